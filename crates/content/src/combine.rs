//! Combining events: `content/combinations.yaml` (the combinations offered, the answers
//! a combination gives, whose wording wins) and the procedures' `after:` (what must come
//! first). Checked here with `file:line:column`: unknown ids, cycles, and a procedure
//! that two events of an offered combination word differently without a choice.

use std::collections::BTreeMap;
use std::path::Path;

use guide_engine::journey::{Combination, Journeys, Wording};
use guide_engine::{Condition, EventIx, Idx, Model, OptionIx, ProcedureIx, QuestionIx, QuestionKind, TextId, idx};
use serde::Deserialize;
use serde_saphyr::Location;

use crate::compile::SourceMap;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::load::{Parsed, at, parse_file};
use crate::source::{ProcedureSrc, SString, Spanned};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombinationsFile {
    pub combinations: Vec<CombinationSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CombinationSrc {
    /// The events, at least two (`[kekkon, tennyu]`).
    pub events: Spanned<Vec<SString>>,
    /// Answers the combination gives, so they are not asked (`kekkon_tenkyo: "no"`).
    #[serde(default)]
    pub given: BTreeMap<String, SString>,
    /// For a procedure the events word differently: the event whose wording is shown,
    /// or `all` (every event's summary).
    #[serde(default)]
    pub wording: BTreeMap<String, SString>,
    /// A procedure one event makes moot where another is needed:
    /// `jido-fuyo-henko: kekkon-jido-fuyo-soshitsu` (dropped: kept).
    #[serde(default)]
    pub instead: BTreeMap<String, SString>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Where each combination was written, for the analysis's messages.
#[derive(Debug, Clone, Default)]
pub struct CombinationPositions {
    pub file: String,
    pub combinations: Vec<Location>,
}

/// Reads `combinations.yaml` (optional) and every procedure's `after:`, resolved
/// against the model; errors go to `errors`.
pub fn journeys(
    dir: &Path,
    model: &Model,
    sources: &SourceMap,
    procedures: &[(String, Parsed<ProcedureSrc>)],
    errors: &mut Vec<Diagnostic>,
) -> (Journeys, CombinationPositions) {
    let after = after_edges(model, procedures, errors);
    let path = dir.join("combinations.yaml");
    let mut pos = CombinationPositions::default();
    if !path.exists() {
        return (Journeys { offered: Vec::new(), after }, pos);
    }
    let Some(parsed) = parse_file::<CombinationsFile>(&path, errors) else {
        return (Journeys { offered: Vec::new(), after }, pos);
    };
    let f = parsed.file.as_str();
    pos.file = f.to_string();
    let mut offered: Vec<Combination> = Vec::new();
    for c in &parsed.value.combinations {
        let loc = c.events.referenced;
        let mut events: Vec<EventIx> = Vec::new();
        for id in &c.events.value {
            match model.event(&id.value) {
                Some(e) if !model.events[e].available => errors.push(at(
                    f,
                    &id.referenced,
                    format!("event `{}` is not available yet, so it cannot be combined", id.value),
                )),
                Some(e) if events.contains(&e) => {
                    errors.push(at(f, &id.referenced, format!("event `{}` is listed twice", id.value)))
                }
                Some(e) => events.push(e),
                None => {
                    let hint = did_you_mean(&id.value, model.events.iter().map(|e| e.id.as_str()));
                    errors.push(at(f, &id.referenced, format!("unknown event `{}`{hint}", id.value)));
                }
            }
        }
        events.sort_unstable();
        if events.len() < 2 {
            errors.push(at(f, &loc, "a combination needs at least two different events"));
            continue;
        }
        if offered.iter().any(|o| o.events == events) {
            errors.push(at(f, &loc, "this combination is already listed"));
            continue;
        }
        let mut given = Vec::new();
        for (qid, oid) in &c.given {
            let Some(q) = idx::position(&model.questions, |q| q.id == *qid) else {
                let hint = did_you_mean(qid, model.questions.iter().map(|q| q.id.as_str()));
                errors.push(at(f, &oid.referenced, format!("unknown question `{qid}`{hint}")));
                continue;
            };
            if !events.iter().any(|e| model.events[*e].questions.contains(&q)) {
                errors.push(at(
                    f,
                    &oid.referenced,
                    format!("no event of this combination asks `{qid}`, so there is nothing to give"),
                ));
                continue;
            }
            let question = &model.questions[q];
            if question.kind != QuestionKind::Single {
                errors.push(at(
                    f,
                    &oid.referenced,
                    format!("`{qid}` is not a one-answer question; only those can be given"),
                ));
                continue;
            }
            match question.option(&oid.value) {
                Some(o) => given.push((q, o)),
                None => {
                    let all: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
                    errors.push(at(
                        f,
                        &oid.referenced,
                        format!("question `{qid}` has no option `{}`; its options are: {}", oid.value, all.join(", ")),
                    ));
                }
            }
        }
        let mut wording = Vec::new();
        for (pid, eid) in &c.wording {
            let Some(p) = idx::position(&model.procedures, |p| p.id == *pid) else {
                let hint = did_you_mean(pid, model.procedures.iter().map(|p| p.id.as_str()));
                errors.push(at(f, &eid.referenced, format!("unknown procedure `{pid}`{hint}")));
                continue;
            };
            if eid.value == "all" {
                wording.push((p, Wording::All));
                continue;
            }
            match events.iter().copied().find(|e| model.events[*e].id == eid.value) {
                Some(e) if model.events[e].procedures.iter().any(|ep| ep.procedure == p) => {
                    wording.push((p, Wording::Event(e)))
                }
                Some(_) => errors.push(at(f, &eid.referenced, format!("event `{}` does not list `{pid}`", eid.value))),
                None => errors.push(at(
                    f,
                    &eid.referenced,
                    format!("`{}` is not one of this combination's events", eid.value),
                )),
            }
        }
        let mut instead = Vec::new();
        let listed =
            |p: ProcedureIx| events.iter().any(|e| model.events[*e].procedures.iter().any(|ep| ep.procedure == p));
        for (dropped_id, kept_id) in &c.instead {
            let find = |id: &str| idx::position(&model.procedures, |p| p.id == id);
            let mut resolve = |id: &str| match find(id) {
                Some(p) if listed(p) => Some(p),
                Some(_) => {
                    errors.push(at(f, &kept_id.referenced, format!("no event of this combination lists `{id}`")));
                    None
                }
                None => {
                    let hint = did_you_mean(id, model.procedures.iter().map(|p| p.id.as_str()));
                    errors.push(at(f, &kept_id.referenced, format!("unknown procedure `{id}`{hint}")));
                    None
                }
            };
            if let (Some(d), Some(k)) = (resolve(dropped_id), resolve(&kept_id.value)) {
                if d == k {
                    errors.push(at(f, &kept_id.referenced, format!("`{dropped_id}` cannot be instead of itself")));
                } else {
                    instead.push((d, k));
                }
            }
        }
        let combination = Combination { events, given, wording, instead };
        check_wording(model, sources, &combination, f, &loc, errors);
        pos.combinations.push(loc);
        offered.push(combination);
    }
    (Journeys { offered, after }, pos)
}

/// The texts a citizen reads for a procedure in one event: its summary and deadline.
/// A summary and a deadline text, as a citizen reads them.
type Words = (Option<TextId>, Option<TextId>);

fn wording(model: &Model, e: EventIx, p: ProcedureIx) -> Option<Words> {
    let ep = model.events[e].procedures.iter().find(|ep| ep.procedure == p)?;
    let procedure = &model.procedures[p];
    Some((ep.summary.or(procedure.summary), ep.deadline.as_ref().or(procedure.deadline.as_ref()).map(|d| d.text)))
}

/// A procedure that two events of the combination word differently needs a choice in
/// `wording:`; a choice where the wordings agree is refused too (it would hide a change).
fn check_wording(
    model: &Model,
    sources: &SourceMap,
    c: &Combination,
    f: &str,
    loc: &Location,
    errors: &mut Vec<Diagnostic>,
) {
    let mut procedures: Vec<ProcedureIx> = Vec::new();
    for &e in &c.events {
        for ep in &model.events[e].procedures {
            if !procedures.contains(&ep.procedure) {
                procedures.push(ep.procedure);
            }
        }
    }
    for p in procedures {
        // Events whose condition can hold under the combination's given answers.
        let users: Vec<(EventIx, Words)> = c
            .events
            .iter()
            .filter(|e| {
                model.events[**e].procedures.iter().any(|ep| ep.procedure == p && possible(&ep.applies_if, &c.given))
            })
            .filter_map(|e| wording(model, *e, p).map(|w| (*e, w)))
            .collect();
        let differs = users.windows(2).any(|w| w[0].1 != w[1].1);
        let chosen = c.wording.iter().any(|(x, _)| *x == p);
        let id = &model.procedures[p].id;
        if differs && !chosen {
            let where_: Vec<String> = users
                .iter()
                .map(|(e, _)| {
                    let ep = model.events[*e].procedures.iter().position(|ep| ep.procedure == p).unwrap_or(0);
                    let ev = sources.event(*e);
                    let l = ev.procedures[ep].at;
                    format!("`{}` ({}:{}:{})", model.events[*e].id, ev.file, l.line(), l.column())
                })
                .collect();
            errors.push(at(
                f,
                loc,
                format!(
                    "procedure `{id}` is worded differently by {}; say whose summary and deadline to show: add `wording: {{ {id}: <event> }}` (or `all`: every event's summary) to this combination",
                    where_.join(" and ")
                ),
            ));
        } else if chosen && !differs {
            errors.push(at(
                f,
                loc,
                format!("`wording` for `{id}` chooses between texts that are the same in this combination; remove it"),
            ));
        }
    }
}

/// Whether a condition can hold when the given answers are fixed (the other questions
/// free): a quick, exact test for the simple conditions content uses.
fn possible(cond: &Condition, given: &[(QuestionIx, OptionIx)]) -> bool {
    let mut answers = guide_engine::Answers::default();
    for (q, o) in given {
        answers.set(*q, guide_engine::Answer::Chosen(vec![*o]));
    }
    guide_engine::eval(cond, &answers) != guide_engine::Truth::No
}

/// Every procedure's `after:` resolved to edges; unknown ids, a procedure after itself
/// and cycles are errors at the id that closes them.
fn after_edges(
    model: &Model,
    procedures: &[(String, Parsed<ProcedureSrc>)],
    errors: &mut Vec<Diagnostic>,
) -> Vec<(ProcedureIx, ProcedureIx)> {
    let mut edges: Vec<(usize, usize, String, Location)> = Vec::new();
    for (p, (_, parsed)) in procedures.iter().enumerate() {
        for id in &parsed.value.after {
            match model.procedures.iter().position(|x| x.id == id.value) {
                Some(q) if q == p => {
                    errors.push(at(&parsed.file, &id.referenced, "a procedure cannot come after itself"))
                }
                Some(q) => edges.push((p, q, parsed.file.clone(), id.referenced)),
                None => {
                    let hint = did_you_mean(&id.value, model.procedures.iter().map(|p| p.id.as_str()));
                    errors.push(at(
                        &parsed.file,
                        &id.referenced,
                        format!(
                            "unknown procedure `{}`{hint}; procedures are defined in content/procedures/",
                            id.value
                        ),
                    ));
                }
            }
        }
    }
    // A cycle: an edge p→q where p is reachable from q by other edges.
    for (k, (p, q, file, loc)) in edges.iter().enumerate() {
        if let Some(path) = path_between(&edges, *q, *p) {
            // Report each cycle once, at its edge with the smallest index.
            let in_cycle: Vec<usize> = cycle_edges(&edges, *p, &path);
            if in_cycle.iter().all(|i| *i >= k) {
                let names: Vec<&str> =
                    std::iter::once(*p).chain(path).map(|x| model.procedures[x].id.as_str()).collect();
                errors.push(at(
                    file,
                    loc,
                    format!(
                        "`after:` makes a circle ({}): nothing in it could be done first; remove one of these",
                        names.join(" → after → ")
                    ),
                ));
            }
        }
    }
    edges.into_iter().map(|(p, q, _, _)| (Idx::new(p), Idx::new(q))).collect()
}

/// The procedures after `from` (following `after:` edges) up to `to`, if `to` is reached.
fn path_between(edges: &[(usize, usize, String, Location)], from: usize, to: usize) -> Option<Vec<usize>> {
    let mut prev: BTreeMap<usize, usize> = BTreeMap::new();
    let mut todo = vec![from];
    let mut seen = vec![from];
    while let Some(x) = todo.pop() {
        if x == to {
            let mut path = vec![to];
            let mut cur = to;
            while let Some(&p) = prev.get(&cur) {
                path.push(p);
                cur = p;
            }
            path.reverse();
            return Some(path);
        }
        for &(_, b, _, _) in edges.iter().filter(|(a, _, _, _)| *a == x) {
            if !seen.contains(&b) {
                seen.push(b);
                prev.insert(b, x);
                todo.push(b);
            }
        }
    }
    None
}

fn cycle_edges(edges: &[(usize, usize, String, Location)], start: usize, path: &[usize]) -> Vec<usize> {
    let nodes: Vec<usize> = std::iter::once(start).chain(path.iter().copied()).collect();
    nodes.windows(2).filter_map(|w| edges.iter().position(|(a, b, _, _)| *a == w[0] && *b == w[1])).collect()
}
