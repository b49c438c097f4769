//! Offices (庁舎) and the sections (課) that work in them.

use guide_engine::{Office, Section};

use super::ids::IdTables;
use super::{Lower, unresolved};
use crate::load::Parsed;
use crate::source::{OfficesFile, SectionsFile};

impl Lower {
    pub(super) fn offices(&mut self, src: &Parsed<OfficesFile>, ids: &mut IdTables) -> Vec<Office> {
        let f = &src.file;
        self.define(&mut ids.offices, src.value.offices.iter().map(|o| (f.as_str(), &o.id)));
        let offices = src.value.offices.iter().map(|o| {
            self.note_verify(f, &o.verify);
            Office {
                id: o.id.value.clone(),
                name: self.text(f, &o.name),
                address: self.text(f, &o.address),
                hours: self.text(f, &o.hours),
                phone: o.phone.clone(),
            }
        });
        offices.collect()
    }

    pub(super) fn sections(&mut self, src: &Parsed<SectionsFile>, ids: &mut IdTables) -> Vec<Section> {
        let f = &src.file;
        self.define(&mut ids.sections, src.value.sections.iter().map(|x| (f.as_str(), &x.id)));
        let mut sections = Vec::new();
        for x in &src.value.sections {
            self.note_verify(f, &x.verify);
            let office = self.resolve(f, &ids.offices, &x.office).unwrap_or_else(unresolved);
            let counter = x.counter.as_ref().map(|t| self.text(f, t));
            sections.push(Section {
                id: x.id.value.clone(),
                name: self.text(f, &x.name),
                counter,
                phone: x.phone.clone(),
                office,
            });
        }
        sections
    }
}
