//! Declarative scenario tests (as in OpenFisca): a household's answers, and the
//! procedures that must and must not appear. Files live in `tests/scenarios/`.

use std::collections::BTreeMap;
use std::path::Path;

use guide_engine::{EventIx, Journey, Model, Status};
use serde::Deserialize;

use crate::diagnostic::Diagnostic;
use crate::load::{at, parse_file};
use crate::source::{SString, Spanned};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// One event, or several joined by `+` as in a link (`tennyu+kekkon`).
    pub event: SString,
    pub scenarios: Vec<Spanned<Scenario>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub name: String,
    #[serde(default)]
    pub answers: BTreeMap<String, Value>,
    #[serde(default)]
    pub needed: Vec<String>,
    #[serde(default)]
    pub maybe: Vec<String>,
    #[serde(default)]
    pub not_needed: Vec<String>,
    #[serde(default)]
    pub documents: Vec<String>,
    #[serde(default)]
    pub no_documents: Vec<String>,
    #[serde(default)]
    pub due: BTreeMap<String, String>,
    /// Procedures in the order the plan must list them (each needed or maybe).
    #[serde(default)]
    pub order: Vec<String>,
    /// Set when the answers deliberately stop before the last question.
    #[serde(default)]
    pub partial: bool,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub enum Value {
    One(String),
    Many(Vec<String>),
}

impl Scenario {
    /// The answers in URL form, so scenarios also exercise the link codec.
    pub fn query(&self) -> String {
        self.answers
            .iter()
            .map(|(k, v)| match v {
                Value::One(s) => format!("{k}={s}"),
                Value::Many(list) if list.is_empty() => {
                    format!("{k}={}", guide_engine::answers::NONE)
                }
                Value::Many(list) => format!("{k}={}", list.join(",")),
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Reads one scenario file and runs it; returns one message per failed expectation.
pub fn run_file(model: &Model, path: &Path) -> (usize, Vec<Diagnostic>) {
    let mut failures = Vec::new();
    let Some(parsed) = parse_file::<ScenarioFile>(path, &mut failures) else {
        return (0, failures);
    };
    let file = parsed.file;
    let (journey, problems) = Journey::parse(model, &parsed.value.event.value);
    let Some(journey) = journey.filter(|_| problems.is_empty()) else {
        failures.push(at(
            &file,
            &parsed.value.event.referenced,
            format!("unknown event `{}` ({problems:?})", parsed.value.event.value),
        ));
        return (0, failures);
    };
    for s in &parsed.value.scenarios {
        for message in run_journey(model, &journey, &s.value) {
            failures.push(at(&file, &s.referenced, format!("scenario 「{}」: {message}", s.value.name)));
        }
    }
    (parsed.value.scenarios.len(), failures)
}

/// Runs one scenario of one event as the app would.
pub fn run(model: &Model, e: EventIx, s: &Scenario) -> Vec<String> {
    run_journey(model, &Journey::single(model, e), s)
}

/// Runs one scenario as the app would: decode the link, follow the flow, plan.
pub fn run_journey(model: &Model, journey: &Journey, s: &Scenario) -> Vec<String> {
    let mut out = Vec::new();
    let (answers, problems) = journey.decode(model, &s.query());
    for p in problems {
        out.push(format!("answer `{}={}` cannot be read ({:?})", p.key, p.value, p.kind));
    }
    let f = journey.flow(model, &answers);
    if let (Some(q), false) = (f.next, s.partial) {
        out.push(format!(
            "the guide would still ask `{}`; answer it (or mark the scenario `partial: true`)",
            model.questions[q].id
        ));
    }
    for (q, _) in answers.iter() {
        if !f.path.contains(&q) {
            out.push(format!(
                "`{}` is answered but the guide would not ask it for this household",
                model.questions[q].id
            ));
        }
    }
    let jp = journey.plan(model, &f.known);
    let p = &jp.plan;
    let status_of =
        |id: &str| p.procedures.iter().find(|pp| model.procedures[pp.procedure].id == id).map(|pp| pp.status);
    for (ids, want) in [(&s.needed, Status::Needed), (&s.maybe, Status::Maybe), (&s.not_needed, Status::NotNeeded)] {
        for id in ids {
            match status_of(id) {
                None if want == Status::NotNeeded && model.procedures.iter().any(|pp| pp.id == *id) => {}
                None => out.push(format!("`{id}` is not a procedure of `{}`", journey.id(model))),
                Some(got) if got != want => out.push(format!("`{id}` should be {want:?} but is {got:?}")),
                Some(_) => {}
            }
        }
    }
    let has_doc = |id: &str| p.documents.iter().any(|d| model.documents[d.document].id == id);
    // A misspelt id is reported in both lists: in `no_documents` it would otherwise pass
    // silently, since a document that does not exist is never in the list.
    for (ids, wanted) in [(&s.documents, true), (&s.no_documents, false)] {
        for id in ids {
            if !model.documents.iter().any(|d| d.id == *id) {
                out.push(format!("`{id}` is not a document"));
            } else if has_doc(id) != wanted {
                let should = if wanted { "should" } else { "should not" };
                out.push(format!("document `{id}` {should} be in the list of things to bring"));
            }
        }
    }
    for (id, date) in &s.due {
        let due = p.procedures.iter().find(|pp| model.procedures[pp.procedure].id == *id).and_then(|pp| pp.due);
        if due.map(|d| d.to_string()).as_deref() != Some(date.as_str()) {
            out.push(format!("`{id}` should be due on {date}, but is due {due:?}"));
        }
    }
    // The order of the steps: visit by visit, as the results list them.
    let sequence: Vec<&str> = jp
        .visits
        .iter()
        .flat_map(|v| v.steps.iter().map(|i| model.procedures[p.procedures[*i].procedure].id.as_str()))
        .collect();
    let positions: Vec<Option<usize>> = s.order.iter().map(|id| sequence.iter().position(|x| x == id)).collect();
    for (id, at) in s.order.iter().zip(&positions) {
        if at.is_none() {
            out.push(format!("`{id}` is in `order` but is not a step of this plan"));
        }
    }
    if positions.iter().all(Option::is_some) && positions.windows(2).any(|w| w[0] >= w[1]) {
        out.push(format!("the steps should come in the order {:?}, but the plan's order is {sequence:?}", s.order));
    }
    out
}
