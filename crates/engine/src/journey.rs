//! Several life events at once: a household that marries and moves in the same month
//! answers one journey and gets one plan. A journey is a set of events. Its questions
//! are the union of the events' questions (a shared id is one answer), interleaved in
//! the events' own orders; its plan lists a procedure that several events need once,
//! with every event it is for, the earliest deadline, the union of what to bring and
//! each event's notes. Which question is next follows the same rule as for one event:
//! a question is asked only while it can change some event's result.

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, Answers, Problem};
use crate::date::Date;
use crate::flow::{Flow, Rules};
use crate::model::{EventIx, Model, OfficeIx, OptionIx, ProcedureIx, QuestionIx};
use crate::plan::{self, Plan, PlannedProcedure, Status};

/// What content says about combining events (`content/combinations.yaml` and the
/// procedures' `after:`).
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Journeys {
    /// The combinations offered to citizens, each with its events in canonical order.
    pub offered: Vec<Combination>,
    /// `(p, q)`: procedure `p` comes after procedure `q` (from `p`'s `after:`).
    pub after: Vec<(ProcedureIx, ProcedureIx)>,
}

/// A combination of events that households meet, as content offers it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Combination {
    /// Sorted (model order), at least two.
    pub events: Vec<EventIx>,
    /// Answers that the combination itself gives: one event's question about another
    /// (結婚's "did you move within Iga?" when 転居 is part of the journey) is never asked.
    pub given: Vec<(QuestionIx, OptionIx)>,
    /// Where events word a shared procedure differently, whose wording is shown.
    pub wording: Vec<(ProcedureIx, Wording)>,
    /// `(dropped, kept)`: where `kept` is needed, `dropped` is not (one event's act
    /// makes the other's step moot: a marriage ends the 児童扶養手当, so a move after it
    /// needs no address change of the allowance).
    #[serde(default)]
    pub instead: Vec<(ProcedureIx, ProcedureIx)>,
}

/// How a combination shows a procedure that its events word differently.
#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// This event's summary (the deadline is still the earliest).
    Event(EventIx),
    /// Every event's summary: the first as the summary, the others first among the
    /// notes (the card gets a new name *and* a new address at one visit).
    All,
}

/// The separator between event ids in a link (`#/kekkon+tennyu/...`).
pub const SEPARATOR: char = '+';

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    /// In canonical (model) order, no duplicates, at least one.
    pub events: Vec<EventIx>,
    /// The questions to ask, each once, in the events' orders interleaved.
    pub questions: Vec<QuestionIx>,
    /// Answers the combination gives (not asked, not in the link).
    pub given: Answers,
    pub wording: Vec<(ProcedureIx, Wording)>,
    /// See [`Combination::instead`].
    pub instead: Vec<(ProcedureIx, ProcedureIx)>,
}

/// Why a link's events were not all used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventProblem {
    /// No available event has this id; it was dropped.
    Unknown(String),
    /// Named twice; once is kept.
    Repeated(String),
    /// Content does not offer it together with the events before it in the link; dropped.
    NotOffered(String),
}

impl EventProblem {
    /// The id as the link wrote it.
    pub fn id(&self) -> &str {
        match self {
            EventProblem::Unknown(id) | EventProblem::Repeated(id) | EventProblem::NotOffered(id) => id,
        }
    }
}

impl Journey {
    /// The journey of one event: the same questions and plan as the event alone.
    pub fn single(model: &Model, event: EventIx) -> Journey {
        Journey::new(model, &[event])
    }

    /// The journey of a set of events (order and repeats do not matter).
    pub fn new(model: &Model, events: &[EventIx]) -> Journey {
        let mut events = events.to_vec();
        events.sort_unstable();
        events.dedup();
        let combination = model.journeys.offered.iter().find(|c| c.events == events);
        let mut given = Answers::default();
        for &(q, o) in combination.map(|c| c.given.as_slice()).unwrap_or_default() {
            given.set(q, Answer::Chosen(vec![o]));
        }
        let lists: Vec<&[QuestionIx]> = events.iter().map(|e| model.events[*e].questions.as_slice()).collect();
        let questions = interleave(&lists).into_iter().filter(|q| given.get(*q).is_none()).collect();
        let wording = combination.map(|c| c.wording.clone()).unwrap_or_default();
        let instead = combination.map(|c| c.instead.clone()).unwrap_or_default();
        Journey { events, questions, given, wording, instead }
    }

    /// Reads the events part of a link (`kekkon+tennyu`): unknown or unavailable ids
    /// are dropped and reported; `None` when nothing usable is left.
    pub fn parse(model: &Model, ids: &str) -> (Option<Journey>, Vec<EventProblem>) {
        let mut events = Vec::new();
        let mut problems = Vec::new();
        for id in ids.split(SEPARATOR).filter(|s| !s.is_empty()) {
            match model.event(id).filter(|e| model.events[*e].available) {
                Some(e) if events.contains(&e) => problems.push(EventProblem::Repeated(id.to_string())),
                Some(e) => events.push(e),
                None => problems.push(EventProblem::Unknown(id.to_string())),
            }
        }
        let journey = (!events.is_empty()).then(|| Journey::new(model, &events));
        (journey, problems)
    }

    /// Reads the events part of a link as the app runs it: like [`Journey::parse`], and
    /// keeps only a set that content offers, taking the link's events in its order and
    /// dropping (and reporting) each that would make the set one content does not offer.
    /// A tampered `#/kekkon+tennyu+tenshutsu/...` still runs 結婚＋転入.
    pub fn restore(model: &Model, ids: &str) -> (Option<Journey>, Vec<EventProblem>) {
        let (parsed, mut problems) = Journey::parse(model, ids);
        let Some(parsed) = parsed else { return (None, problems) };
        if parsed.offered(model) {
            return (Some(parsed), problems);
        }
        let mut kept: Vec<EventIx> = Vec::new();
        for id in ids.split(SEPARATOR) {
            let Some(e) = model.event(id).filter(|e| parsed.events.contains(e) && !kept.contains(e)) else { continue };
            let mut trial = kept.clone();
            trial.push(e);
            if kept.is_empty() || Journey::new(model, &trial).offered(model) {
                kept = trial;
            } else {
                problems.push(EventProblem::NotOffered(id.to_string()));
            }
        }
        (Some(Journey::new(model, &kept)), problems)
    }

    /// The events part of a link, canonical: model order, joined by `+`.
    pub fn id(&self, model: &Model) -> String {
        self.events.iter().map(|e| model.events[*e].id.as_str()).collect::<Vec<_>>().join("+")
    }

    /// Whether content offers this set of events together (or it is one event).
    pub fn offered(&self, model: &Model) -> bool {
        self.events.len() == 1 || model.journeys.offered.iter().any(|c| c.events == self.events)
    }

    /// Reads the answers part of a link against this journey's questions.
    pub fn decode(&self, model: &Model, query: &str) -> (Answers, Vec<Problem>) {
        Answers::decode_in(model, &self.questions, query)
    }

    pub fn rules<'m>(&'m self, model: &'m Model) -> JourneyRules<'m> {
        JourneyRules {
            model,
            journey: self,
            rules: self.events.iter().map(|e| Rules::new(model, &model.events[*e])).collect(),
        }
    }

    pub fn flow(&self, model: &Model, answers: &Answers) -> Flow {
        self.rules(model).flow(answers)
    }

    /// The answers a plan is made from: those on the path and those the combination gives.
    pub fn with_given(&self, known: &Answers) -> Answers {
        let mut all = known.clone();
        for (q, a) in self.given.iter() {
            all.set(q, a.clone());
        }
        all
    }

    /// One plan for every event of the journey, from the answers on the flow's path.
    pub fn plan(&self, model: &Model, known: &Answers) -> JourneyPlan {
        let answers = self.with_given(known);
        let plans: Vec<Plan> = self.events.iter().map(|e| plan::plan(model, &model.events[*e], &answers)).collect();
        let mut merged: Vec<(PlannedProcedure, Vec<(usize, usize)>)> = Vec::new();
        for (k, p) in plans.iter().enumerate() {
            for (i, pp) in p.procedures.iter().enumerate() {
                match merged.iter_mut().find(|(m, _)| m.procedure == pp.procedure) {
                    Some((_, uses)) => uses.push((k, i)),
                    None => merged.push((pp.clone(), vec![(k, i)])),
                }
            }
        }
        let mut because = Vec::new();
        let mut procedures: Vec<PlannedProcedure> = merged
            .into_iter()
            .map(|(first, uses)| {
                let entries: Vec<(EventIx, &PlannedProcedure)> =
                    uses.iter().map(|&(k, i)| (self.events[k], &plans[k].procedures[i])).collect();
                let (step, events) = self.merge(first.procedure, &entries);
                because.push(events);
                step
            })
            .collect();
        for &(dropped, kept) in &self.instead {
            let status = |p: ProcedureIx| procedures.iter().position(|x| x.procedure == p);
            if let (Some(d), Some(k)) = (status(dropped), status(kept))
                && procedures[k].status == Status::Needed
            {
                procedures[d].status = Status::NotNeeded;
                because[d].clear();
            }
        }
        let plan = plan::assemble(model, procedures);
        let visits = visits(model, &plan);
        JourneyPlan { plan, because, visits }
    }

    /// One procedure as several events plan it. The events whose status is the best
    /// (needed before maybe) decide: their reasons, documents and notes are joined;
    /// the summary is the wording content chose (else the first event's); the deadline
    /// is the earliest dated one (each counted from its own event's date).
    fn merge(
        &self,
        procedure: ProcedureIx,
        entries: &[(EventIx, &PlannedProcedure)],
    ) -> (PlannedProcedure, Vec<EventIx>) {
        let status = entries.iter().map(|(_, p)| p.status).min().unwrap_or(Status::NotNeeded);
        let deciding: Vec<&(EventIx, &PlannedProcedure)> = entries.iter().filter(|(_, p)| p.status == status).collect();
        let rule = self.wording.iter().find(|(p, _)| *p == procedure).map(|(_, w)| *w);
        let chosen = match rule {
            Some(Wording::Event(e)) => deciding.iter().find(|(x, _)| *x == e),
            _ => None,
        }
        .unwrap_or(&deciding[0])
        .1;
        let mut out = PlannedProcedure {
            status,
            reasons: Vec::new(),
            documents: Vec::new(),
            notes: Vec::new(),
            ..chosen.clone()
        };
        if rule == Some(Wording::All) {
            for (_, p) in &deciding {
                if let Some(s) = p.summary.filter(|s| Some(*s) != out.summary && !out.notes.contains(s)) {
                    out.notes.push(s);
                }
            }
        }
        let earliest: Option<(Date, &PlannedProcedure)> =
            deciding.iter().filter_map(|(_, p)| p.due.map(|d| (d, *p))).min_by_key(|(d, _)| *d);
        if let Some((due, p)) = earliest {
            out.due = Some(due);
            out.deadline = p.deadline;
        } else if out.deadline.is_none() {
            out.deadline = deciding.iter().find_map(|(_, p)| p.deadline);
        }
        for (_, p) in &deciding {
            for r in &p.reasons {
                if !out.reasons.contains(r) {
                    out.reasons.push(r.clone());
                }
            }
            for n in &p.notes {
                if !out.notes.contains(n) {
                    out.notes.push(*n);
                }
            }
        }
        // What to bring: every deciding event's list, each document once (as sure as the
        // surest event that asks for it, with the first note given for it).
        for (k, (_, p)) in deciding.iter().enumerate() {
            for d in &p.documents {
                match out.documents.iter_mut().find(|x| x.document == d.document).filter(|_| k > 0) {
                    Some(x) => {
                        x.status = x.status.min(d.status);
                        x.note = x.note.or(d.note);
                    }
                    None => out.documents.push(d.clone()),
                }
            }
        }
        let events = if status == Status::NotNeeded { Vec::new() } else { deciding.iter().map(|(e, _)| *e).collect() };
        (out, events)
    }
}

/// The events' question lists merged into one, each question once, keeping every
/// list's order where the lists agree: the first list's next question is taken unless
/// another list still has it waiting behind its own questions; a conflict of orders
/// (never in authored content, but possible in principle) is broken by the first list.
pub fn interleave(lists: &[&[QuestionIx]]) -> Vec<QuestionIx> {
    let mut rest: Vec<Vec<QuestionIx>> = lists.iter().map(|l| l.to_vec()).collect();
    let mut out: Vec<QuestionIx> = Vec::new();
    loop {
        for l in &mut rest {
            l.retain(|q| !out.contains(q));
        }
        let heads: Vec<QuestionIx> = rest.iter().filter_map(|l| l.first().copied()).collect();
        let Some(&fallback) = heads.first() else {
            return out;
        };
        let waiting = |q: &QuestionIx| rest.iter().any(|l| l.iter().skip(1).any(|x| x == q));
        out.push(heads.iter().copied().find(|q| !waiting(q)).unwrap_or(fallback));
    }
}

/// A journey's questions, prepared once: the same rule as [`Rules`] for one event, over
/// every event of the journey.
pub struct JourneyRules<'m> {
    pub model: &'m Model,
    pub journey: &'m Journey,
    rules: Vec<Rules<'m>>,
}

impl JourneyRules<'_> {
    /// Whether answering `q` can still change some event's result, given `known` (the
    /// combination's given answers count as known).
    pub fn matters(&self, known: &Answers, q: QuestionIx) -> bool {
        let all = self.journey.with_given(known);
        self.rules.iter().any(|r| r.matters(&all, q))
    }

    pub fn flow(&self, answers: &Answers) -> Flow {
        crate::flow::walk(&self.journey.questions, answers, |known, q| self.matters(known, q))
    }

    /// The first question from position `from` that matters given `known`, with its position.
    pub fn next_from(&self, from: usize, known: &Answers) -> Option<(usize, QuestionIx)> {
        self.journey
            .questions
            .iter()
            .enumerate()
            .skip(from)
            .find(|(_, q)| self.matters(known, **q))
            .map(|(i, q)| (i, *q))
    }
}

/// A journey's plan: one entry per procedure, the events each is for, and the order to
/// do them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JourneyPlan {
    /// Every procedure once (not-needed ones included), grouped and with documents
    /// merged as for one event.
    pub plan: Plan,
    /// Parallel to `plan.procedures`: the events it is needed (or may be needed) for.
    pub because: Vec<Vec<EventIx>>,
    /// The needed and maybe procedures in the order to do them, grouped into visits.
    pub visits: Vec<Visit>,
}

/// Where a visit happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Place {
    /// Can be done whole online: no visit needed.
    Online,
    /// At an office (the procedure's first office: city hall, 入管, 家庭裁判所 …).
    Office(OfficeIx),
}

/// Steps that can be done together, at one place, once the visits they wait for are done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visit {
    pub place: Place,
    /// Indices into `plan.procedures`, in the events' order.
    pub steps: Vec<usize>,
    /// Indices of earlier visits that hold a step one of these must come after.
    pub waits_for: Vec<usize>,
}

/// Orders the needed and maybe steps by the content's `after:` edges and groups them
/// into visits. A step's stage is one more than the latest stage of the steps it must
/// follow (an edge through a procedure not in the plan still counts); steps of one
/// stage at one place are one visit; within a stage, online steps come first (each
/// one is a visit saved), then offices in the order they are first needed.
pub fn visits(model: &Model, plan: &Plan) -> Vec<Visit> {
    let steps: Vec<usize> =
        (0..plan.procedures.len()).filter(|i| plan.procedures[*i].status != Status::NotNeeded).collect();
    let index_of = |p: ProcedureIx| steps.iter().copied().find(|i| plan.procedures[*i].procedure == p);
    // The steps each step must follow, through procedures that are not in the plan.
    let before: Vec<Vec<usize>> = steps
        .iter()
        .map(|&i| {
            let mut found = Vec::new();
            let mut seen = vec![plan.procedures[i].procedure];
            let mut todo = vec![plan.procedures[i].procedure];
            while let Some(p) = todo.pop() {
                for &(_, q) in model.journeys.after.iter().filter(|(a, _)| *a == p) {
                    if seen.contains(&q) {
                        continue;
                    }
                    seen.push(q);
                    match index_of(q) {
                        Some(j) => found.push(j),
                        None => todo.push(q),
                    }
                }
            }
            found
        })
        .collect();
    // Stages by relaxation; bounded by the number of steps, so a cycle cannot loop.
    let mut stage = vec![0usize; steps.len()];
    for _ in 0..steps.len() {
        let mut changed = false;
        for (k, b) in before.iter().enumerate() {
            let s = b.iter().filter_map(|j| steps.iter().position(|x| x == j)).map(|x| stage[x] + 1).max().unwrap_or(0);
            if s > stage[k] && s <= steps.len() {
                stage[k] = s;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let place = |i: usize| {
        let p = &model.procedures[plan.procedures[i].procedure];
        if p.can_finish_online() {
            Place::Online
        } else {
            Place::Office(p.offices.first().copied().unwrap_or(model.sections[p.section].office))
        }
    };
    let mut visits: Vec<(usize, Visit)> = Vec::new();
    let last = stage.iter().copied().max().unwrap_or(0);
    for s in 0..=last {
        let at: Vec<usize> = (0..steps.len()).filter(|k| stage[*k] == s).collect();
        let mut places: Vec<Place> = Vec::new();
        for &k in &at {
            let pl = place(steps[k]);
            if !places.contains(&pl) {
                places.push(pl);
            }
        }
        places.sort_by_key(|p| *p != Place::Online);
        for pl in places {
            let members: Vec<usize> = at.iter().copied().filter(|k| place(steps[*k]) == pl).collect();
            visits.push((
                s,
                Visit { place: pl, steps: members.iter().map(|k| steps[*k]).collect(), waits_for: Vec::new() },
            ));
        }
    }
    let visit_of = |i: usize, visits: &[(usize, Visit)]| visits.iter().position(|(_, v)| v.steps.contains(&i));
    for v in 0..visits.len() {
        let mut waits: Vec<usize> = Vec::new();
        for &i in &visits[v].1.steps.clone() {
            let k = steps.iter().position(|x| *x == i).expect("a step");
            for &j in &before[k] {
                if let Some(w) = visit_of(j, &visits).filter(|w| *w < v && !waits.contains(w)) {
                    waits.push(w);
                }
            }
        }
        waits.sort_unstable();
        visits[v].1.waits_for = waits;
    }
    visits.into_iter().map(|(_, v)| v).collect()
}
