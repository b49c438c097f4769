//! Where each part of the model was written, keyed by its index in the model, for the
//! checks that run after everything is resolved (`crate::analysis`).

use guide_engine::{DocumentIx, EventIx, ProcedureIx, QuestionIx};
use serde_saphyr::Location;

use crate::source::SString;

/// A file and a position in it.
#[derive(Debug, Clone)]
pub struct Place {
    pub file: String,
    pub at: Location,
}

impl Place {
    pub(super) fn new(file: &str, id: &SString) -> Place {
        Place { file: file.to_string(), at: id.referenced }
    }
}

#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    pub(super) events: Vec<EventSource>,
    pub(super) questions: Vec<Place>,
    pub(super) procedures: Vec<ProcedureSource>,
    pub(super) documents: Vec<Place>,
}

impl SourceMap {
    pub fn event(&self, e: EventIx) -> &EventSource {
        &self.events[e.index()]
    }

    /// Where the question is defined.
    pub fn question(&self, q: QuestionIx) -> &Place {
        &self.questions[q.index()]
    }

    pub fn procedure(&self, p: ProcedureIx) -> &ProcedureSource {
        &self.procedures[p.index()]
    }

    /// Where the document is defined.
    pub fn document(&self, d: DocumentIx) -> &Place {
        &self.documents[d.index()]
    }
}

/// An event file: where each question and each procedure is listed.
#[derive(Debug, Clone)]
pub struct EventSource {
    pub file: String,
    /// Per question of the event (in `Event::questions` order), where it is listed.
    pub questions: Vec<Location>,
    /// Per procedure of the event (in `Event::procedures` order).
    pub procedures: Vec<EventProcedureSource>,
}

/// One procedure as an event lists it.
#[derive(Debug, Clone)]
pub struct EventProcedureSource {
    /// Where the procedure is named.
    pub at: Location,
    /// Where its `applies_if` is, when it has one.
    pub applies_if: Option<Location>,
    /// With its own `documents:` here, where each document's `when` is.
    pub document_whens: Option<Vec<Option<Location>>>,
}

impl EventProcedureSource {
    /// Where to point at the procedure's condition: its `applies_if`, else its name.
    pub fn condition_at(&self) -> Location {
        self.applies_if.unwrap_or(self.at)
    }
}

/// A procedure file.
#[derive(Debug, Clone)]
pub struct ProcedureSource {
    /// Where its id is.
    pub place: Place,
    /// Per document of its own list, where its `when` is (if it has one).
    pub document_whens: Vec<Option<Location>>,
}
