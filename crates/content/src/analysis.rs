//! Checks on the meaning of the rules, after every id is resolved: conditions that
//! can never hold, questions no procedure depends on, procedures no answers reach.

use std::collections::{BTreeSet, HashMap};

use guide_engine::answers::subsets;
use guide_engine::condition::{questions as mentioned, satisfiable};
use guide_engine::{
    Answer, Answers, Condition, Date, DocumentIx, Event, EventIx, Model, OptionIx, QuestionIx, QuestionKind, Rules,
    Status, Truth, eval, idx, plan,
};

use crate::compile::Compiled;
use crate::diagnostic::Diagnostic;
use crate::load::at;

/// Above this many distinct states (see [`walk`]) an event is not explored.
pub const MAX_STATES: usize = 1 << 20;

/// Everything a walk through all answer paths of an event found.
#[derive(Debug, Default, Clone)]
pub struct Exploration {
    /// Complete answer paths (each a distinct set of answers the flow can produce),
    /// counted exactly, though equivalent paths are walked once.
    pub paths: usize,
    /// Distinct states the walk explored (what the check's time grows with).
    pub states: usize,
    pub asked: BTreeSet<QuestionIx>,
    /// Procedures (indices into the event's list) needed on some path.
    pub reached: BTreeSet<usize>,
    /// `false` when the walk stopped at [`MAX_STATES`].
    pub complete: bool,
}

/// Walks every answer path the flow allows: each next question, each possible answer
/// (and "わからない" where offered). A fixed date stands for every date.
pub fn explore(model: &Model, event: &Event) -> Exploration {
    shared_walk(model, event, false, &mut |_, _| {})
}

/// A condition with the known answers put in: what is left of it to decide.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Residual {
    Yes,
    No,
    Unknown,
    /// A target already decided (yes, no or unknown) once no date question is ahead:
    /// later questions cannot change it, and only whether it is decided matters.
    Decided,
    Atom(QuestionIx, OptionIx),
    All(Vec<Residual>),
    Any(Vec<Residual>),
    Not(Box<Residual>),
}

impl Residual {
    fn decided(&self) -> bool {
        matches!(self, Residual::Yes | Residual::No | Residual::Unknown)
    }
}

/// `cond` with the answers in `known` evaluated (Kleene logic, as [`eval`]): the
/// remaining condition has the same value as `cond` for every answer to the rest.
fn residual(cond: &Condition, known: &Answers) -> Residual {
    let fold = |cs: &[Condition], absorbing: Residual, neutral: Residual, make: fn(Vec<Residual>) -> Residual| {
        let mut parts = Vec::new();
        let mut unknown = false;
        for c in cs {
            match residual(c, known) {
                r if r == absorbing => return absorbing,
                r if r == neutral => {}
                Residual::Unknown => unknown = true,
                r => parts.push(r),
            }
        }
        match (parts.len(), unknown) {
            (0, false) => neutral,
            (0, true) => Residual::Unknown,
            (1, false) => parts.pop().unwrap_or(neutral),
            _ => {
                if unknown {
                    parts.push(Residual::Unknown);
                }
                make(parts)
            }
        }
    };
    match cond {
        Condition::Always => Residual::Yes,
        Condition::All(cs) => fold(cs, Residual::No, Residual::Yes, Residual::All),
        Condition::Any(cs) => fold(cs, Residual::Yes, Residual::No, Residual::Any),
        Condition::Not(c) => match residual(c, known) {
            Residual::Yes => Residual::No,
            Residual::No => Residual::Yes,
            Residual::Unknown => Residual::Unknown,
            r => Residual::Not(Box::new(r)),
        },
        Condition::Equals(q, o) | Condition::Includes(q, o) => match known.get(*q) {
            None => Residual::Atom(*q, *o),
            Some(Answer::Chosen(opts)) if opts.contains(o) => Residual::Yes,
            Some(Answer::Chosen(_)) => Residual::No,
            Some(_) => Residual::Unknown,
        },
    }
}

/// What the walk below one state found: paths, questions asked, and procedures
/// needed on some path that were still undecided when the state was entered.
struct Below {
    paths: usize,
    asked: BTreeSet<QuestionIx>,
    reached_open: BTreeSet<usize>,
}

struct Walker<'a> {
    rules: Rules<'a>,
    targets: Vec<Condition>,
    date_at: Option<usize>,
    /// Also finish one path from every state met again (see [`walk`]).
    finish_hits: bool,
    memo: HashMap<(usize, Vec<Residual>), Below>,
    states: usize,
    complete: bool,
}

/// Calls `visit` with the answers and plan of complete answer paths, and counts all
/// paths: one path through every answer of every distinct state (each state met again
/// is finished along its first answers), so every step the walk takes is on a visited path.
///
/// Exact, not sampled: which questions the flow asks next and which procedures end up
/// needed depend on the answers so far only through the residual of every condition
/// the result shows ([`guide_engine::flow::targets`]), since [`eval`] of a condition is
/// the same as of its residual. Two prefixes at the same question with equal residuals
/// therefore have the same paths below them; the walk explores the first and reuses
/// its result for the other. Once the event's date question is behind, a decided
/// residual no longer changes what is asked (a decided condition cannot change), so
/// decided targets compare equal and only the ones decided "yes" are added back.
/// Independent questions (each deciding its own procedures) then cost their sum, not
/// their product, which is what keeps the check per procedure instead of per path.
/// `tests/exhaustive.rs` compares this walk with the plain one, path by path, on every
/// event small enough.
pub fn walk(model: &Model, event: &Event, visit: &mut dyn FnMut(&Answers, &guide_engine::Plan)) -> Exploration {
    shared_walk(model, event, true, visit)
}

fn shared_walk(
    model: &Model,
    event: &Event,
    finish_hits: bool,
    visit: &mut dyn FnMut(&Answers, &guide_engine::Plan),
) -> Exploration {
    let rules = Rules::new(model, event);
    let date_at = event.date_question.and_then(|d| event.questions.iter().position(|q| *q == d));
    let mut w = Walker {
        rules,
        targets: guide_engine::flow::targets(model, event),
        date_at,
        finish_hits,
        memo: HashMap::new(),
        states: 0,
        complete: true,
    };
    let below = w.step(0, &mut Answers::default(), visit);
    Exploration {
        paths: below.paths,
        states: w.states,
        asked: below.asked,
        reached: below.reached_open,
        complete: w.complete,
    }
}

impl Walker<'_> {
    fn step(
        &mut self,
        from: usize,
        known: &mut Answers,
        visit: &mut dyn FnMut(&Answers, &guide_engine::Plan),
    ) -> Below {
        let (model, event) = (self.rules.model, self.rules.event);
        let procs: Vec<Residual> = event.procedures.iter().map(|ep| residual(&ep.applies_if, known)).collect();
        let keep_decided = self.date_at.is_some_and(|d| d >= from);
        let key: Vec<Residual> = self
            .targets
            .iter()
            .map(|t| match residual(t, known) {
                r if r.decided() && !keep_decided => Residual::Decided,
                r => r,
            })
            .collect();
        let key = (from, key);
        let needed_here = |open: &BTreeSet<usize>| {
            let mut all = open.clone();
            all.extend(procs.iter().enumerate().filter(|(_, r)| **r == Residual::Yes).map(|(i, _)| i));
            all
        };
        if let Some(b) = self.memo.get(&key) {
            if self.finish_hits {
                self.finish(from, &mut known.clone(), visit);
            }
            return Below { paths: b.paths, asked: b.asked.clone(), reached_open: needed_here(&b.reached_open) };
        }
        if self.states >= MAX_STATES {
            self.complete = false;
            return Below { paths: 0, asked: BTreeSet::new(), reached_open: BTreeSet::new() };
        }
        self.states += 1;
        let mut below = Below { paths: 0, asked: BTreeSet::new(), reached_open: BTreeSet::new() };
        match self.rules.next_from(from, known) {
            None => {
                below.paths = 1;
                let p = plan(model, event, known);
                below.reached_open.extend(
                    p.procedures.iter().enumerate().filter(|(_, p)| p.status == Status::Needed).map(|(i, _)| i),
                );
                visit(known, &p);
            }
            Some((i, q)) => {
                below.asked.insert(q);
                for v in answer_values(&model.questions[q]) {
                    known.set(q, v);
                    let b = self.step(i + 1, known, visit);
                    below.paths += b.paths;
                    below.asked.extend(b.asked);
                    below.reached_open.extend(b.reached_open);
                }
                known.remove(q);
            }
        }
        // What holds below for every equivalent state: the undecided procedures reached.
        let open: BTreeSet<usize> = below.reached_open.iter().copied().filter(|i| !procs[*i].decided()).collect();
        self.memo.insert(key, Below { paths: below.paths, asked: below.asked.clone(), reached_open: open });
        below
    }
}

impl Walker<'_> {
    /// Follows the first answer of every question from here to the end of a path.
    fn finish(&self, from: usize, known: &mut Answers, visit: &mut dyn FnMut(&Answers, &guide_engine::Plan)) {
        let mut from = from;
        while let Some((i, q)) = self.rules.next_from(from, known) {
            let v = answer_values(&self.rules.model.questions[q]).swap_remove(0);
            known.set(q, v);
            from = i + 1;
        }
        visit(known, &plan(self.rules.model, self.rules.event, known));
    }
}

/// The answers a walk tries for a question: every option (and わからない where offered).
/// A date changes deadlines, never which procedures apply: one date stands for all.
fn answer_values(question: &guide_engine::Question) -> Vec<Answer> {
    match question.kind {
        QuestionKind::Date => vec![Answer::Date(Date { year: 2026, month: 4, day: 1 })],
        _ if question.allow_unknown => question.domain().into_iter().chain([Answer::Unknown]).collect(),
        _ => question.domain(),
    }
}

/// The plain walk: every answer path one by one, up to `limit` paths (`None` when
/// there are more). Kept to check [`walk`] against on events small enough.
pub fn walk_every_path(
    model: &Model,
    event: &Event,
    limit: usize,
    visit: &mut dyn FnMut(&Answers, &guide_engine::Plan),
) -> Option<usize> {
    fn go(
        rules: &Rules,
        from: usize,
        known: &mut Answers,
        n: &mut usize,
        limit: usize,
        visit: &mut dyn FnMut(&Answers, &guide_engine::Plan),
    ) -> bool {
        match rules.next_from(from, known) {
            None => {
                *n += 1;
                visit(known, &plan(rules.model, rules.event, known));
                *n <= limit
            }
            Some((i, q)) => {
                for v in answer_values(&rules.model.questions[q]) {
                    known.set(q, v);
                    if !go(rules, i + 1, known, n, limit, visit) {
                        return false;
                    }
                }
                known.remove(q);
                true
            }
        }
    }
    let mut n = 0;
    go(&Rules::new(model, event), 0, &mut Answers::default(), &mut n, limit, visit).then_some(n)
}

/// The checks that need the whole model.
/// Also returns each event's exploration (empty for events still to come).
pub fn check(c: &Compiled) -> (Vec<Diagnostic>, Vec<Exploration>) {
    let m = &c.model;
    let mut errors = Vec::new();
    let mut asked_anywhere = BTreeSet::new();
    let mut used_procedures = BTreeSet::new();
    let mut explorations = Vec::new();
    for (e, event) in idx::enumerate(&m.events) {
        asked_anywhere.extend(event.questions.iter().copied());
        used_procedures.extend(event.procedures.iter().map(|p| p.procedure));
        explorations.push(check_event(c, e, &mut errors));
    }
    for (q, question) in idx::enumerate(&m.questions) {
        if !asked_anywhere.contains(&q) {
            let place = c.sources.question(q);
            errors.push(at(
                &place.file,
                &place.at,
                format!(
                    "question `{}` is not asked by any event; add it to an event's `questions:` or remove it",
                    question.id
                ),
            ));
        }
    }
    for (p, procedure) in idx::enumerate(&m.procedures) {
        if !used_procedures.contains(&p) {
            let place = &c.sources.procedure(p).place;
            errors.push(at(
                &place.file,
                &place.at,
                format!("procedure `{}` is not listed by any event, so no one can reach it", procedure.id),
            ));
        }
    }
    let in_events = m.events.iter().flat_map(|e| &e.procedures).flat_map(|ep| ep.documents.iter().flatten());
    let used_documents: BTreeSet<DocumentIx> =
        m.procedures.iter().flat_map(|p| &p.documents).chain(in_events).map(|d| d.document).collect();
    for (d, document) in idx::enumerate(&m.documents) {
        if !used_documents.contains(&d) {
            let place = c.sources.document(d);
            errors.push(at(
                &place.file,
                &place.at,
                format!("document `{}` is not used by any procedure; use it or remove it", document.id),
            ));
        }
    }
    (errors, explorations)
}

fn check_event(c: &Compiled, e: EventIx, errors: &mut Vec<Diagnostic>) -> Exploration {
    let m = &c.model;
    let event = &m.events[e];
    let source = c.sources.event(e);
    let f = &source.file;
    // Conditions may only ask about what this event asks.
    let mut depended_on = BTreeSet::new();
    for (ep, ep_source) in event.procedures.iter().zip(&source.procedures) {
        let mut qs = Vec::new();
        mentioned(&ep.applies_if, &mut qs);
        for q in &qs {
            if !event.questions.contains(q) {
                errors.push(at(
                    f,
                    &ep_source.condition_at(),
                    format!(
                        "this condition uses question `{}`, which this event does not ask; add it to `questions:`",
                        m.questions[*q].id
                    ),
                ));
            }
        }
        depended_on.extend(qs);
        for (d, use_) in ep.documents(m).iter().enumerate() {
            // The event's own list is checked where it is written, else the procedure's.
            let (pfile, when_loc) = match &ep_source.document_whens {
                Some(whens) => (f.as_str(), whens[d].unwrap_or(ep_source.at)),
                None => {
                    let procedure = c.sources.procedure(ep.procedure);
                    (procedure.place.file.as_str(), procedure.document_whens[d].unwrap_or(procedure.place.at))
                }
            };
            let mut qs = Vec::new();
            mentioned(&use_.when, &mut qs);
            for q in &qs {
                if !event.questions.contains(q) {
                    errors.push(at(
                        pfile,
                        &when_loc,
                        format!(
                            "this document's condition uses question `{}`, which event `{}` ({f}) does not ask",
                            m.questions[*q].id, event.id
                        ),
                    ));
                }
            }
            depended_on.extend(qs);
            let both = ep.document_condition(use_);
            if use_.when != Condition::Always && satisfiable(&both, &m.questions) == Some(false) {
                errors.push(at(pfile, &when_loc, format!(
                    "in event `{}`, this document can never be needed: its condition contradicts the procedure's `applies_if`",
                    event.id
                )));
            }
        }
    }
    for (q, q_at) in event.questions.iter().zip(&source.questions) {
        let is_date = event.date_question == Some(*q);
        if !is_date && !depended_on.contains(q) {
            errors.push(at(
                f,
                q_at,
                format!(
                    "no procedure depends on question `{}`; remove it or use it in a condition",
                    m.questions[*q].id
                ),
            ));
        }
    }
    if !event.available {
        return Exploration::default();
    }
    let x = explore(m, event);
    if !x.complete {
        return x;
    }
    for (q, q_at) in event.questions.iter().zip(&source.questions) {
        if depended_on.contains(q) && !x.asked.contains(q) {
            errors.push(at(f, q_at, format!(
                "question `{}` is never asked: for every answer to the earlier questions it cannot change any result",
                m.questions[*q].id
            )));
        }
    }
    for (i, (ep, ep_source)) in event.procedures.iter().zip(&source.procedures).enumerate() {
        if !x.reached.contains(&i) {
            errors.push(at(
                f,
                &ep_source.condition_at(),
                format!(
                    "procedure `{}` is never needed: no answers make this condition hold",
                    m.procedures[ep.procedure].id
                ),
            ));
        }
    }
    x
}

/// The exhaustive table of an event: for each procedure (and each document with its
/// own condition), every combination of the answers it depends on, and the result.
/// All combinations of all questions would run to tens of thousands of lines; these
/// are the combinations that matter, and together they decide every path. Committed
/// under `tests/tables/` so that any content change shows up as a reviewable diff.
pub fn table(model: &Model, event: &Event) -> String {
    let x = explore(model, event);
    let mut out = format!(
        "# {}: for each procedure, every combination of the answers it depends on.\n\
         # Multiple-choice answers list only the options the condition tests.\n\
         # {} complete answer paths through {} questions{}.\n\
         # Generated by `cargo run -q -p guide-content -- table --write`; do not edit by hand.\n",
        event.id,
        x.paths,
        event.questions.len(),
        if x.complete { "" } else { " (walk stopped early)" },
    );
    for ep in &event.procedures {
        let procedure = &model.procedures[ep.procedure];
        out.push_str(&format!("\n## {}\n", procedure.id));
        truth_table(model, &ep.applies_if, &mut out);
        for d in ep.documents(model).iter().filter(|d| d.when != Condition::Always) {
            out.push_str(&format!("\n## {} / document {}\n", procedure.id, model.documents[d.document].id));
            truth_table(model, &ep.document_condition(d), &mut out);
        }
    }
    out
}

fn truth_table(model: &Model, cond: &Condition, out: &mut String) {
    let mut qs = Vec::new();
    mentioned(cond, &mut qs);
    if qs.is_empty() {
        out.push_str("(always)\tneeded\n");
        return;
    }
    let mut atoms = Vec::new();
    guide_engine::condition::atoms(cond, &mut atoms);
    let values: Vec<Vec<Answer>> = qs
        .iter()
        .map(|&q| {
            let question = &model.questions[q];
            let mut vs = match question.kind {
                QuestionKind::Multi => {
                    let tested: Vec<_> = atoms.iter().filter(|(aq, _)| *aq == q).map(|(_, o)| *o).collect();
                    subsets(&tested)
                }
                _ => question.domain(),
            };
            if question.allow_unknown {
                vs.push(Answer::Unknown);
            }
            vs
        })
        .collect();
    let mut answers = Answers::default();
    rows(model, cond, &qs, &values, 0, &mut answers, out);
}

fn rows(
    model: &Model,
    cond: &Condition,
    qs: &[QuestionIx],
    values: &[Vec<Answer>],
    i: usize,
    answers: &mut Answers,
    out: &mut String,
) {
    if i == qs.len() {
        let status = match eval(cond, answers) {
            Truth::Yes => "needed",
            Truth::Unknown => "maybe",
            Truth::No => "-",
        };
        out.push_str(&format!("{}\t{status}\n", answers.encode(model)));
        return;
    }
    for v in &values[i] {
        answers.set(qs[i], v.clone());
        rows(model, cond, qs, values, i + 1, answers, out);
    }
    answers.remove(qs[i]);
}

/// The table of an offered combination: for each procedure of the journey, every
/// combination of the answers its conditions depend on (in every event that lists it,
/// with the answers the combination gives fixed), the merged result and the events it is
/// for. Per procedure, over its own questions, as for one event: combining events never
/// multiplies the walks (the union's paths are not enumerated).
pub fn combination_table(model: &Model, journey: &guide_engine::Journey) -> String {
    let mut out = format!(
        "# {}: for each procedure, every combination of the answers it depends on, and the events it is for.\n\
         # Given by the combination: {}.\n\
         # Generated by `cargo run -q -p guide-content -- table --write`; do not edit by hand.\n",
        journey.id(model),
        if journey.given.iter().next().is_none() { "nothing".to_string() } else { journey.given.encode(model) },
    );
    let mut procedures: Vec<guide_engine::ProcedureIx> = Vec::new();
    for &e in &journey.events {
        for ep in &model.events[e].procedures {
            if !procedures.contains(&ep.procedure) {
                procedures.push(ep.procedure);
            }
        }
    }
    let uses_of = |p: guide_engine::ProcedureIx| -> Vec<(EventIx, &Condition)> {
        journey
            .events
            .iter()
            .filter_map(|e| {
                model.events[*e].procedures.iter().find(|ep| ep.procedure == p).map(|ep| (*e, &ep.applies_if))
            })
            .collect()
    };
    for p in procedures {
        let uses = uses_of(p);
        // Where the combination drops it for another, that one's answers decide too.
        let kept = journey.instead.iter().find(|(d, _)| *d == p).map(|(_, k)| *k);
        let kept_uses = kept.map(uses_of).unwrap_or_default();
        match kept {
            Some(k) => out.push_str(&format!(
                "\n## {} (not where {} is needed)\n",
                model.procedures[p].id, model.procedures[k].id
            )),
            None => out.push_str(&format!("\n## {}\n", model.procedures[p].id)),
        }
        let any = Condition::Any(uses.iter().chain(&kept_uses).map(|(_, c)| (*c).clone()).collect());
        let mut qs = Vec::new();
        mentioned(&any, &mut qs);
        qs.retain(|q| journey.given.get(*q).is_none());
        let values: Vec<Vec<Answer>> = qs.iter().map(|&q| row_values(model, &any, q)).collect();
        let mut answers = journey.given.clone();
        let table = Rows { model, journey, uses: &uses, kept: &kept_uses, qs: &qs, values: &values };
        table.rows(0, &mut answers, &mut out);
    }
    out
}

/// The values a table tries for `q`: every option (only the tested ones of a multiple
/// question, as sets), and わからない where offered.
fn row_values(model: &Model, cond: &Condition, q: QuestionIx) -> Vec<Answer> {
    let question = &model.questions[q];
    let mut atoms = Vec::new();
    guide_engine::condition::atoms(cond, &mut atoms);
    let mut vs = match question.kind {
        QuestionKind::Multi => {
            let tested: Vec<_> = atoms.iter().filter(|(aq, _)| *aq == q).map(|(_, o)| *o).collect();
            subsets(&tested)
        }
        _ => question.domain(),
    };
    if question.allow_unknown {
        vs.push(Answer::Unknown);
    }
    vs
}

/// The rows of one procedure's combination table.
struct Rows<'a> {
    model: &'a Model,
    journey: &'a guide_engine::Journey,
    uses: &'a [(EventIx, &'a Condition)],
    /// The uses of the procedure it gives way to (see `instead:`), if any.
    kept: &'a [(EventIx, &'a Condition)],
    qs: &'a [QuestionIx],
    values: &'a [Vec<Answer>],
}

impl Rows<'_> {
    fn best(&self, uses: &[(EventIx, &Condition)], answers: &Answers) -> (Status, Vec<(EventIx, Truth)>) {
        let truths: Vec<(EventIx, Truth)> = uses.iter().map(|(e, c)| (*e, eval(c, answers))).collect();
        let best = truths.iter().map(|(_, t)| Status::from(*t)).min().unwrap_or(Status::NotNeeded);
        (best, truths)
    }

    fn rows(&self, i: usize, answers: &mut Answers, out: &mut String) {
        let (model, qs) = (self.model, self.qs);
        if i == qs.len() {
            let (mut best, truths) = self.best(self.uses, answers);
            if !self.kept.is_empty() && self.best(self.kept, answers).0 == Status::Needed {
                best = Status::NotNeeded;
            }
            let status = match best {
                Status::Needed => "needed",
                Status::Maybe => "maybe",
                Status::NotNeeded => "-",
            };
            let events: Vec<&str> = truths
                .iter()
                .filter(|(_, t)| best != Status::NotNeeded && Status::from(*t) == best)
                .map(|(e, _)| model.events[*e].id.as_str())
                .collect();
            let mut shown = answers.clone();
            for (q, _) in self.journey.given.iter() {
                shown.remove(q);
            }
            let key = if qs.is_empty() { "(always)".to_string() } else { shown.encode(model) };
            out.push_str(&format!("{key}\t{status}\t{}\n", events.join("+")));
            return;
        }
        for v in &self.values[i] {
            answers.set(qs[i], v.clone());
            self.rows(i + 1, answers, out);
        }
        answers.remove(qs[i]);
    }
}
