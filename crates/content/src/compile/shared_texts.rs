//! A procedure's own texts are shown in every event that uses it (its summary, deadline
//! and document notes only where the event does not give its own). So a text that
//! speaks of one event's situation — a word that event lists under `terms:`, or the
//! label of its date question — must not stand in a procedure that another event also
//! shows: "the old 印鑑登録 lapses when you move" is wrong after a marriage. Such a
//! text belongs in the `notes:` (or wording) of the events where it is true.
//!
//! A term may be listed by several events (転入, 転居 and 転出 all speak of 引っ越し);
//! a text using it may then be shared by exactly those events.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::Lower;
use super::read::Sources;
use crate::source::{ProcedureSrc, SText};

/// One event's use of a procedure: which of the procedure's own texts it replaces.
struct Use<'a> {
    event: &'a str,
    title: &'a str,
    own_summary: bool,
    own_deadline: bool,
    own_documents: bool,
}

impl Lower {
    pub(super) fn shared_texts(&mut self, s: &Sources) {
        let owners = term_owners(s);
        let titles: HashMap<&str, &str> =
            s.events.iter().map(|e| (e.value.id.value.as_str(), ja(&e.value.title))).collect();
        let mut uses: HashMap<&str, Vec<Use>> = HashMap::new();
        for e in &s.events {
            for p in &e.value.procedures {
                uses.entry(p.procedure.value.as_str()).or_default().push(Use {
                    event: &e.value.id.value,
                    title: ja(&e.value.title),
                    own_summary: p.summary.is_some(),
                    own_deadline: p.deadline.is_some(),
                    own_documents: p.documents.is_some(),
                });
            }
        }
        for (_, parsed) in &s.procedures {
            let p = &parsed.value;
            let Some(users) = uses.get(p.id.value.as_str()) else { continue };
            for (text, shown_in) in shown_texts(p, users) {
                // A text only one event shows may speak of that event (or point to another).
                if shown_in.len() < 2 {
                    continue;
                }
                if let Some(message) = misplaced(ja(text), &shown_in, &owners, &titles, ja(&p.title)) {
                    self.error(&parsed.file, &text.referenced, message);
                }
            }
        }
    }
}

/// Each term and the events it belongs to: the event's `terms:` and its date question's label.
fn term_owners(s: &Sources) -> BTreeMap<String, BTreeSet<String>> {
    let labels: HashMap<&str, &str> = s.questions.iter().map(|(_, q)| (q.id.value.as_str(), ja(&q.label))).collect();
    let mut owners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for e in &s.events {
        let id = &e.value.id.value;
        let label = e.value.date_question.as_ref().and_then(|q| labels.get(q.value.as_str()).copied());
        let terms = e.value.terms.iter().map(|t| t.value.trim()).chain(label);
        for term in terms.filter(|t| !t.is_empty()) {
            owners.entry(term.to_string()).or_default().insert(id.clone());
        }
    }
    owners
}

/// The procedure's own texts, each with the events that show it.
fn shown_texts<'a>(p: &'a ProcedureSrc, users: &'a [Use<'a>]) -> Vec<(&'a SText, Vec<&'a Use<'a>>)> {
    let all: Vec<&Use> = users.iter().collect();
    let without = |own: fn(&Use) -> bool| all.iter().copied().filter(|u| !own(u)).collect::<Vec<_>>();
    let mut out: Vec<(&SText, Vec<&Use>)> = p.notes.iter().map(|n| (n, all.clone())).collect();
    if let Some(summary) = &p.summary {
        out.push((summary, without(|u| u.own_summary)));
    }
    if let Some(deadline) = &p.deadline {
        out.push((&deadline.text, without(|u| u.own_deadline)));
    }
    for note in p.documents.iter().filter_map(|d| d.note.as_ref()) {
        out.push((note, without(|u| u.own_documents)));
    }
    out
}

/// The message for a text that uses a term of events other than all those showing it.
fn misplaced(
    text: &str,
    shown_in: &[&Use],
    owners: &BTreeMap<String, BTreeSet<String>>,
    titles: &HashMap<&str, &str>,
    title: &str,
) -> Option<String> {
    // The longest term first, so 「住み始めた日」 is named rather than a shorter word in it.
    let mut terms: Vec<(&String, &BTreeSet<String>)> =
        owners.iter().filter(|(t, _)| text.contains(t.as_str())).collect();
    terms.sort_by_key(|(t, _)| std::cmp::Reverse(t.chars().count()));
    terms.into_iter().find_map(|(term, events)| {
        let wrong: Vec<&str> = shown_in.iter().filter(|u| !events.contains(u.event)).map(|u| u.title).collect();
        if wrong.is_empty() {
            return None;
        }
        let right: Vec<&str> = shown_in.iter().filter(|u| events.contains(u.event)).map(|u| u.event).collect();
        let fix = if right.is_empty() {
            "reword it so it holds for every event".to_string()
        } else {
            format!(
                "move it into the `notes:` (or the wording) of `{title}` in {} where it is true, or reword it so it holds for every event",
                right.iter().map(|e| format!("content/events/{e}.yaml")).collect::<Vec<_>>().join(" and ")
            )
        };
        Some(format!(
            "this text of 「{title}」 speaks of 「{term}」, which belongs to {}, but it is also shown in {}, where it may be wrong: {fix}",
            events.iter().map(|e| titles.get(e.as_str()).copied().unwrap_or(e)).collect::<Vec<_>>().join("、"),
            wrong.join("、")
        ))
    })
}

fn ja(t: &SText) -> &str {
    t.value.0.get("ja").map_or("", String::as_str)
}
