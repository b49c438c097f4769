//! Procedures: where (section, offices), what to bring, by when, online options and
//! sources; and the kinds of online service they can name.

use guide_engine::{Date, Deadline, OnlineKind, Procedure, Question};
use guide_engine::{Online, Source};

use super::ids::IdTables;
use super::source_map::{Place, ProcedureSource};
use super::{Lower, unresolved};
use crate::load::Parsed;
use crate::source::{DeadlineSrc, OnlineFile, ProcedureSrc};

impl Lower {
    pub(super) fn online_kinds(&mut self, src: &Parsed<OnlineFile>, ids: &mut IdTables) -> Vec<OnlineKind> {
        let f = &src.file;
        self.define(&mut ids.online_kinds, src.value.online_kinds.iter().map(|k| (f.as_str(), &k.id)));
        let kinds = src.value.online_kinds.iter();
        kinds.map(|k| OnlineKind { id: k.id.value.clone(), name: self.text(f, &k.name) }).collect()
    }

    /// Every procedure file (`(file stem, parsed)`), with where each was written.
    pub(super) fn procedures(
        &mut self,
        src: &[(String, Parsed<ProcedureSrc>)],
        questions: &[Question],
        ids: &mut IdTables,
    ) -> (Vec<Procedure>, Vec<ProcedureSource>) {
        self.define(&mut ids.procedures, src.iter().map(|(_, p)| (p.file.as_str(), &p.value.id)));
        let mut procedures = Vec::new();
        let mut sources = Vec::new();
        for (stem, p) in src {
            let (f, src) = (&p.file, &p.value);
            if &src.id.value != stem {
                self.error(
                    f,
                    &src.id.referenced,
                    format!("the id `{}` must be the same as the file name `{stem}.yaml`", src.id.value),
                );
            }
            sources.push(ProcedureSource {
                place: Place::new(f, &src.id),
                document_whens: src.documents.iter().map(|d| d.when.as_ref().map(|w| w.referenced)).collect(),
            });
            procedures.push(self.procedure(f, src, ids, questions));
        }
        (procedures, sources)
    }

    fn procedure(&mut self, f: &str, p: &ProcedureSrc, ids: &IdTables, questions: &[Question]) -> Procedure {
        self.note_verify(f, &p.verify);
        let section = self.resolve(f, &ids.sections, &p.section).unwrap_or_else(unresolved);
        if p.offices.is_empty() {
            self.error(f, &p.section.referenced, "`offices` must list at least one office that accepts this procedure");
        }
        let offices = p.offices.iter().filter_map(|o| self.resolve(f, &ids.offices, o)).collect();
        let documents = self.document_uses(f, &p.documents, ids, questions);
        let deadline = p.deadline.as_ref().map(|d| self.deadline(f, d));
        let online = p
            .online
            .iter()
            .map(|o| {
                self.note_verify(f, &o.verify);
                self.check_url(f, &o.url);
                let text = o.text.as_ref().map(|t| self.text(f, t));
                Online {
                    kind: self.resolve(f, &ids.online_kinds, &o.kind).unwrap_or_else(unresolved),
                    url: o.url.value.clone(),
                    text,
                    partial: o.partial,
                }
            })
            .collect();
        if p.sources.value.is_empty() {
            self.error(
                f,
                &p.sources.referenced,
                "list at least one source (the law or the city page this procedure follows)",
            );
        }
        let sources = p
            .sources
            .value
            .iter()
            .map(|s| {
                if let Some(u) = &s.url {
                    self.check_url(f, u);
                }
                let checked = Date::parse(&s.checked.value).unwrap_or_else(|| {
                    self.error(
                        f,
                        &s.checked.referenced,
                        format!("`checked: {}` is not a date; write it as YYYY-MM-DD", s.checked.value),
                    );
                    Date { year: 1970, month: 1, day: 1 }
                });
                Source { title: self.text(f, &s.title), url: s.url.as_ref().map(|u| u.value.clone()), checked }
            })
            .collect();
        let summary = p.summary.as_ref().map(|t| self.text(f, t));
        let fee = p.fee.as_ref().map(|t| self.text(f, t));
        let notes = p.notes.iter().map(|t| self.text(f, t)).collect();
        Procedure {
            id: p.id.value.clone(),
            title: self.text(f, &p.title),
            summary,
            section,
            offices,
            documents,
            deadline,
            fee,
            online,
            notes,
            sources,
        }
    }

    /// A deadline, of a procedure or of one event's use of it.
    pub(super) fn deadline(&mut self, f: &str, d: &DeadlineSrc) -> Deadline {
        self.note_verify(f, &d.verify);
        let offset_days = d.days.as_ref().map(|n| i32::from(n.value) - i32::from(d.first_day_counts.unwrap_or(false)));
        if let (Some(n), None) = (&d.days, d.first_day_counts) {
            self.error(f, &n.referenced, "say how days are counted: add `first_day_counts: false` (counting starts the next day, 民法140条) or `true` (the day itself counts, e.g. 出生届)");
        }
        Deadline { text: self.text(f, &d.text), offset_days }
    }
}
