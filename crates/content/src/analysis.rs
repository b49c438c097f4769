//! Checks on the meaning of the rules, after every id is resolved: conditions that
//! can never hold, questions no procedure depends on, procedures no answers reach.

use std::collections::BTreeSet;

use guide_engine::{
    Answer, Answers, Condition, Date, Event, Model, QuestionIx, QuestionKind, Status, Truth,
    condition::questions as mentioned, eval, flow, flow::domain, plan,
};

use crate::compile::{Compiled, EventPositions};
use crate::diagnostic::Diagnostic;
use crate::load::at;

/// Above this many answer combinations a condition is not enumerated.
const MAX_COMBINATIONS: usize = 1 << 16;
/// Above this many complete answer paths an event is not explored exhaustively.
pub const MAX_PATHS: usize = 1 << 20;

/// Whether some answers make `cond` true; `None` when there are too many to try.
pub fn satisfiable(cond: &Condition, questions: &[guide_engine::Question]) -> Option<bool> {
    let mut qs = Vec::new();
    mentioned(cond, &mut qs);
    let domains: Vec<Vec<Answer>> = qs.iter().map(|q| domain_of(questions, *q)).collect();
    if domains.iter().try_fold(1usize, |acc, d| acc.checked_mul(d.len().max(1))).is_none_or(|n| n > MAX_COMBINATIONS) {
        return None;
    }
    let mut answers = Answers::default();
    Some(any_assignment(cond, &qs, &domains, 0, &mut answers))
}

fn domain_of(questions: &[guide_engine::Question], q: QuestionIx) -> Vec<Answer> {
    let model = Model { questions: questions.to_vec(), ..empty_model() };
    domain(&model, q)
}

fn empty_model() -> Model {
    Model {
        ui: vec![],
        events: vec![],
        questions: vec![],
        procedures: vec![],
        documents: vec![],
        sections: vec![],
        offices: vec![],
        online_kinds: vec![],
    }
}

fn any_assignment(
    cond: &Condition,
    qs: &[QuestionIx],
    domains: &[Vec<Answer>],
    i: usize,
    answers: &mut Answers,
) -> bool {
    if i == qs.len() {
        return eval(cond, answers) == Truth::Yes;
    }
    domains[i].iter().any(|a| {
        answers.set(qs[i], a.clone());
        any_assignment(cond, qs, domains, i + 1, answers)
    })
}

/// Everything a walk through all answer paths of an event found.
#[derive(Debug, Default, Clone)]
pub struct Exploration {
    /// Complete answer paths (each a distinct set of answers the flow can produce).
    pub paths: usize,
    pub asked: BTreeSet<QuestionIx>,
    /// Procedures (indices into the event's list) needed on some path.
    pub reached: BTreeSet<usize>,
    /// `false` when the walk stopped at [`MAX_PATHS`].
    pub complete: bool,
}

/// Walks every answer path the flow allows: each next question, each possible answer
/// (and "わからない" where offered). A fixed date stands for every date.
pub fn explore(model: &Model, event: &Event) -> Exploration {
    let mut x = Exploration { complete: true, ..Exploration::default() };
    walk(model, event, &mut Answers::default(), &mut x, &mut |_, _| {});
    x
}

/// Calls `visit` with the answers and plan of every complete path (for tables).
pub fn walk(
    model: &Model,
    event: &Event,
    answers: &mut Answers,
    x: &mut Exploration,
    visit: &mut dyn FnMut(&Answers, &guide_engine::Plan),
) {
    if x.paths >= MAX_PATHS {
        x.complete = false;
        return;
    }
    let f = flow(model, event, answers);
    match f.next {
        None => {
            x.paths += 1;
            let p = plan(model, event, &f.known);
            x.reached
                .extend(p.procedures.iter().enumerate().filter(|(_, p)| p.status == Status::Needed).map(|(i, _)| i));
            visit(&f.known, &p);
        }
        Some(q) => {
            x.asked.insert(q);
            let question = &model.questions[q];
            // A date changes deadlines, never which procedures apply: one date stands for all.
            let values = match question.kind {
                QuestionKind::Date => vec![Answer::Date(Date { year: 2026, month: 4, day: 1 })],
                _ if question.allow_unknown => domain(model, q).into_iter().chain([Answer::Unknown]).collect(),
                _ => domain(model, q),
            };
            for v in values {
                answers.set(q, v);
                walk(model, event, answers, x, visit);
            }
            answers.remove(q);
        }
    }
}

/// The checks that need the whole model.
pub fn check(c: &Compiled) -> Vec<Diagnostic> {
    let m = &c.model;
    let mut errors = Vec::new();
    let mut asked_anywhere = BTreeSet::new();
    let mut used_procedures = BTreeSet::new();
    for (event, pos) in m.events.iter().zip(&c.positions.events) {
        asked_anywhere.extend(event.questions.iter().copied());
        used_procedures.extend(event.procedures.iter().map(|p| p.procedure));
        check_event(c, event, pos, &mut errors);
    }
    for (q, (file, loc)) in c.positions.questions.iter().enumerate() {
        if !asked_anywhere.contains(&q) {
            errors.push(at(
                file,
                loc,
                format!(
                    "question `{}` is not asked by any event; add it to an event's `questions:` or remove it",
                    m.questions[q].id
                ),
            ));
        }
    }
    for (p, (file, loc)) in c.positions.procedures.iter().enumerate() {
        if !used_procedures.contains(&p) {
            errors.push(at(
                file,
                loc,
                format!("procedure `{}` is not listed by any event, so no one can reach it", m.procedures[p].id),
            ));
        }
    }
    let used_documents: BTreeSet<usize> =
        m.procedures.iter().flat_map(|p| p.documents.iter().map(|d| d.document)).collect();
    for (d, (file, loc)) in c.positions.documents.iter().enumerate() {
        if !used_documents.contains(&d) {
            errors.push(at(
                file,
                loc,
                format!("document `{}` is not used by any procedure; use it or remove it", m.documents[d].id),
            ));
        }
    }
    errors
}

fn check_event(c: &Compiled, event: &Event, pos: &EventPositions, errors: &mut Vec<Diagnostic>) {
    let m = &c.model;
    let f = &pos.file;
    // Conditions may only ask about what this event asks.
    let mut depended_on = BTreeSet::new();
    for (i, ep) in event.procedures.iter().enumerate() {
        let procedure = &m.procedures[ep.procedure];
        let mut qs = Vec::new();
        mentioned(&ep.applies_if, &mut qs);
        for q in &qs {
            if !event.questions.contains(q) {
                let loc = pos.applies_if[i].unwrap_or(pos.procedures[i]);
                errors.push(at(
                    f,
                    &loc,
                    format!(
                        "this condition uses question `{}`, which this event does not ask; add it to `questions:`",
                        m.questions[*q].id
                    ),
                ));
            }
        }
        depended_on.extend(qs);
        for (d, use_) in procedure.documents.iter().enumerate() {
            let (pfile, ploc) = &c.positions.procedures[ep.procedure];
            let when_loc = c.positions.document_whens[ep.procedure][d].unwrap_or(*ploc);
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
            let both = Condition::All(vec![ep.applies_if.clone(), use_.when.clone()]);
            if use_.when != Condition::Always && satisfiable(&both, &m.questions) == Some(false) {
                errors.push(at(pfile, &when_loc, format!(
                    "in event `{}`, this document can never be needed: its condition contradicts the procedure's `applies_if`",
                    event.id
                )));
            }
        }
    }
    for (i, q) in event.questions.iter().enumerate() {
        let is_date = event.date_question == Some(*q);
        if !is_date && !depended_on.contains(q) {
            errors.push(at(
                f,
                &pos.questions[i],
                format!(
                    "no procedure depends on question `{}`; remove it or use it in a condition",
                    m.questions[*q].id
                ),
            ));
        }
    }
    if !event.available {
        return;
    }
    let x = explore(m, event);
    if !x.complete {
        return;
    }
    for (i, q) in event.questions.iter().enumerate() {
        if depended_on.contains(q) && !x.asked.contains(q) {
            errors.push(at(f, &pos.questions[i], format!(
                "question `{}` is never asked: for every answer to the earlier questions it cannot change any result",
                m.questions[*q].id
            )));
        }
    }
    for (i, ep) in event.procedures.iter().enumerate() {
        if !x.reached.contains(&i) {
            let loc = pos.applies_if[i].unwrap_or(pos.procedures[i]);
            errors.push(at(
                f,
                &loc,
                format!(
                    "procedure `{}` is never needed: no answers make this condition hold",
                    m.procedures[ep.procedure].id
                ),
            ));
        }
    }
}

/// The exhaustive table of an event: one line per answer path, with the procedures
/// it needs and may need. Committed under `tests/tables/` so that any content change
/// shows up as a reviewable diff.
pub fn table(model: &Model, event: &Event) -> String {
    let mut out = format!(
        "# {}: every answer path the guide can take, and the procedures it shows.\n\
         # Generated by `cargo run -q -p guide-content -- table --write`; do not edit by hand.\n\
         # answers\tneeded\tmay be needed\n",
        event.id
    );
    let mut x = Exploration { complete: true, ..Exploration::default() };
    walk(model, event, &mut Answers::default(), &mut x, &mut |answers, p| {
        let ids = |status: Status| {
            p.with_status(status).map(|pp| model.procedures[pp.procedure].id.as_str()).collect::<Vec<_>>().join(" ")
        };
        let mut shown = answers.clone();
        if let Some(q) = event.date_question {
            shown.remove(q);
        }
        out.push_str(&format!("{}\t{}\t{}\n", shown.encode(model), ids(Status::Needed), ids(Status::Maybe)));
    });
    if !x.complete {
        out.push_str("# stopped: too many paths\n");
    }
    out
}
