//! Ids: each kind's table from id to typed index, and the checks every id gets
//! (well formed, not reserved by the app, not defined twice).

use std::collections::HashMap;

use guide_engine::answers::{NONE, UNKNOWN};
use guide_engine::route::{RESERVED_KEYS, RESERVED_STEPS};
use guide_engine::{Document, Idx, Office, OnlineKind, Procedure, Question, Section};

use super::Lower;
use crate::diagnostic::did_you_mean;
use crate::source::SString;

/// The ids of one kind, with where they are defined (for "unknown …" messages).
pub(super) struct Ids<T> {
    kind: &'static str,
    defined_in: &'static str,
    map: HashMap<String, Idx<T>>,
}

impl<T> Ids<T> {
    fn empty(kind: &'static str, defined_in: &'static str) -> Ids<T> {
        Ids { kind, defined_in, map: HashMap::new() }
    }

    pub fn get(&self, id: &str) -> Option<Idx<T>> {
        self.map.get(id).copied()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }
}

/// Every kind of id that other content refers to. Each table is filled by the step
/// that lowers its kind, before any step that refers to it runs.
pub(super) struct IdTables {
    pub offices: Ids<Office>,
    pub sections: Ids<Section>,
    pub documents: Ids<Document>,
    pub online_kinds: Ids<OnlineKind>,
    pub questions: Ids<Question>,
    pub procedures: Ids<Procedure>,
}

impl Default for IdTables {
    fn default() -> IdTables {
        IdTables {
            offices: Ids::empty("office", "content/offices.yaml"),
            sections: Ids::empty("section", "content/sections.yaml"),
            documents: Ids::empty("document", "content/documents/"),
            online_kinds: Ids::empty("online kind", "content/online.yaml"),
            questions: Ids::empty("question", "content/questions/"),
            procedures: Ids::empty("procedure", "content/procedures/"),
        }
    }
}

impl Lower {
    /// Checks the ids of one kind (`items` in model order) and fills their table.
    pub(super) fn define<'a, T>(&mut self, table: &mut Ids<T>, items: impl Iterator<Item = (&'a str, &'a SString)>) {
        let items: Vec<_> = items.collect();
        self.check_ids(table.kind, items.iter().copied());
        table.map = items.iter().enumerate().map(|(i, (_, id))| (id.value.clone(), Idx::new(i))).collect();
    }

    /// Reports malformed, reserved and duplicate ids of one kind.
    pub(super) fn check_ids<'a>(&mut self, kind: &str, items: impl Iterator<Item = (&'a str, &'a SString)>) {
        let mut seen = std::collections::HashSet::new();
        for (file, id) in items {
            self.check_id(file, id, kind);
            if !seen.insert(&id.value) {
                self.error(
                    file,
                    &id.referenced,
                    format!("duplicate {kind} id `{}`: each {kind} needs its own id", id.value),
                );
            }
        }
    }

    pub(super) fn check_id(&mut self, file: &str, id: &SString, kind: &str) {
        let v = &id.value;
        let well_formed = v.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !well_formed {
            self.error(
                file,
                &id.referenced,
                format!("the {kind} id `{v}` may only use lowercase letters a–z, digits, `-` and `_`"),
            );
        }
        let reserved = [UNKNOWN, NONE].iter().chain(RESERVED_KEYS.iter()).chain(RESERVED_STEPS.iter()).any(|r| r == v);
        if reserved {
            self.error(file, &id.referenced, format!("`{v}` is reserved by the app and cannot be a {kind} id"));
        }
    }

    /// The index a reference names; reported (with a suggestion) when there is none.
    pub(super) fn resolve<T>(&mut self, file: &str, ids: &Ids<T>, r: &SString) -> Option<Idx<T>> {
        let found = ids.get(&r.value);
        if found.is_none() {
            let hint = did_you_mean(&r.value, ids.names());
            let (kind, value, defined_in) = (ids.kind, &r.value, ids.defined_in);
            self.error(
                file,
                &r.referenced,
                format!("unknown {kind} `{value}`{hint}; {kind}s are defined in {defined_in}"),
            );
        }
        found
    }
}
