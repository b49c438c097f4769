//! Documents (what to bring), and their use by a procedure: which one, when, with what note.

use guide_engine::{Condition, Document, DocumentUse, Question};

use super::ids::IdTables;
use super::{Lower, unresolved};
use crate::source::{DocumentSrc, DocumentUseSrc};

impl Lower {
    pub(super) fn documents(&mut self, src: &[(String, DocumentSrc)], ids: &mut IdTables) -> Vec<Document> {
        self.define(&mut ids.documents, src.iter().map(|(f, d)| (f.as_str(), &d.id)));
        let mut documents = Vec::new();
        for (f, d) in src {
            self.note_verify(f, &d.verify);
            let detail = d.detail.as_ref().map(|t| self.text(f, t));
            documents.push(Document { id: d.id.value.clone(), name: self.text(f, &d.name), detail });
        }
        documents
    }

    /// A `documents:` list, of a procedure or of one event's use of it.
    pub(super) fn document_uses(
        &mut self,
        f: &str,
        uses: &[DocumentUseSrc],
        ids: &IdTables,
        questions: &[Question],
    ) -> Vec<DocumentUse> {
        uses.iter()
            .map(|d| {
                self.note_verify(f, &d.verify);
                let document = self.resolve(f, &ids.documents, &d.document).unwrap_or_else(unresolved);
                let when = d.when.as_ref().map_or(Condition::Always, |w| self.condition(f, w, ids, questions));
                let note = d.note.as_ref().map(|n| self.text(f, n));
                DocumentUse { document, when, note }
            })
            .collect()
    }
}
