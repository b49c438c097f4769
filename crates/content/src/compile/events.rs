//! Life events: the questions they ask and the procedures they list, each with the
//! event's condition and its own wording where the shared one does not fit.

use std::collections::HashMap;

use guide_engine::{Condition, Event, EventProcedure, Question, QuestionKind};

use super::Lower;
use super::ids::IdTables;
use super::source_map::{EventProcedureSource, EventSource};
use crate::load::Parsed;
use crate::source::{EventSrc, EventStatus};

impl Lower {
    /// Every event, in the order of their `order:` (the order of the home page).
    pub(super) fn events(
        &mut self,
        src: &[Parsed<EventSrc>],
        questions: &[Question],
        ids: &IdTables,
    ) -> (Vec<Event>, Vec<EventSource>) {
        // Nothing refers to an event by id in content; links do, so ids are checked alike.
        self.check_ids("event", src.iter().map(|e| (e.file.as_str(), &e.value.id)));
        let mut events: Vec<(u32, Event, EventSource)> = Vec::new();
        let mut orders: HashMap<u32, String> = HashMap::new();
        for e in src {
            let (f, src) = (&e.file, &e.value);
            if let Some(other) = orders.insert(src.order, src.id.value.clone()) {
                self.error(
                    f,
                    &src.id.referenced,
                    format!("`order: {}` is also used by event `{other}`; give each event its own position", src.order),
                );
            }
            let (event, source) = self.event(f, src, ids, questions);
            events.push((src.order, event, source));
        }
        events.sort_by_key(|(order, _, _)| *order);
        events.into_iter().map(|(_, e, s)| (e, s)).unzip()
    }

    fn event(&mut self, f: &str, e: &EventSrc, ids: &IdTables, model_questions: &[Question]) -> (Event, EventSource) {
        self.note_verify(f, &e.verify);
        let available = e.status.value == EventStatus::Available;
        if !available && (!e.questions.is_empty() || !e.procedures.is_empty()) {
            self.error(f, &e.status.referenced, "an event that is `coming` has no questions or procedures yet; set `status: available` when it is ready");
        }
        if available && e.procedures.is_empty() {
            self.error(f, &e.status.referenced, "an available event needs at least one procedure");
        }
        let mut source = EventSource { file: f.to_string(), questions: Vec::new(), procedures: Vec::new() };
        let mut questions = Vec::new();
        for q in &e.questions {
            if let Some(ix) = self.resolve(f, &ids.questions, q) {
                if questions.contains(&ix) {
                    self.error(f, &q.referenced, format!("question `{}` is listed twice", q.value));
                }
                questions.push(ix);
                source.questions.push(q.referenced);
            }
        }
        let date_question = e.date_question.as_ref().and_then(|q| {
            let ix = self.resolve(f, &ids.questions, q)?;
            if model_questions[ix.index()].kind != QuestionKind::Date {
                self.error(
                    f,
                    &q.referenced,
                    format!("`date_question` must be a question of type date; `{}` is not", q.value),
                );
            } else if !questions.contains(&ix) {
                self.error(f, &q.referenced, format!("add `{}` to `questions:` so it is asked", q.value));
            }
            Some(ix)
        });
        let mut list = Vec::new();
        for p in &e.procedures {
            let Some(procedure) = self.resolve(f, &ids.procedures, &p.procedure) else {
                continue;
            };
            if list.iter().any(|ep: &EventProcedure| ep.procedure == procedure) {
                self.error(f, &p.procedure.referenced, format!("procedure `{}` is listed twice", p.procedure.value));
            }
            let applies_if =
                p.applies_if.as_ref().map_or(Condition::Always, |c| self.condition(f, c, ids, model_questions));
            let summary = p.summary.as_ref().map(|t| self.text(f, t));
            let deadline = p.deadline.as_ref().map(|d| self.deadline(f, d));
            let notes = p.notes.iter().map(|t| self.text(f, t)).collect();
            let documents = p.documents.as_ref().map(|uses| self.document_uses(f, uses, ids, model_questions));
            list.push(EventProcedure { procedure, applies_if, summary, deadline, notes, documents });
            source.procedures.push(EventProcedureSource {
                at: p.procedure.referenced,
                applies_if: p.applies_if.as_ref().map(|c| c.referenced),
                document_whens: p
                    .documents
                    .as_ref()
                    .map(|uses| uses.iter().map(|d| d.when.as_ref().map(|w| w.referenced)).collect()),
            });
        }
        let event = Event {
            id: e.id.value.clone(),
            title: self.text(f, &e.title),
            summary: self.text(f, &e.summary),
            available,
            questions,
            date_question,
            procedures: list,
        };
        (event, source)
    }
}
