//! What a citizen has ticked off on a results page (procedures done, documents packed),
//! kept in localStorage per results link. Storage is a convenience: where it is blocked
//! (private modes, some iframes) or holds something unreadable, the ticks simply live as
//! long as the page, and nothing else changes.

use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::storage::{read, write};

/// Kept as first released (ticks saved under it survive the rename of this module).
const PREFIX: &str = "iga-guide/checks/";

/// The ticked ids of one results page, as a signal that writes itself back to storage.
#[derive(Clone, Copy)]
pub struct Ticks {
    key: StoredValue<String>,
    ticked: RwSignal<BTreeSet<String>>,
}

impl Ticks {
    /// `link` identifies the results (their canonical hash): other answers, other ticks.
    pub fn new(link: &str) -> Ticks {
        let key = format!("{PREFIX}{link}");
        let ticked = read(&key).map(|v| parse(&v)).unwrap_or_default();
        Ticks { key: StoredValue::new(key), ticked: RwSignal::new(ticked) }
    }

    pub fn is_ticked(&self, id: &str) -> bool {
        self.ticked.with(|t| t.contains(id))
    }

    pub fn set(&self, id: &str, on: bool) {
        self.ticked.update(|t| {
            if on {
                t.insert(id.to_string());
            } else {
                t.remove(id);
            }
        });
        let value = self.ticked.with_untracked(|t| t.iter().cloned().collect::<Vec<_>>().join(" "));
        self.key.with_value(|key| write(key, &value));
    }
}

/// Ids are content ids (`[a-z0-9_-]`, prefixed `doc:` / `proc:`); anything else in the
/// stored value was not written by us and is ignored.
fn parse(value: &str) -> BTreeSet<String> {
    value
        .split(' ')
        .filter(|id| {
            !id.is_empty()
                && id.len() < 80
                && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_:".contains(&b))
        })
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn unreadable_stored_values_are_ignored() {
        let ids: Vec<String> = parse("doc:honnin  proc:tennyu-todoke <script> DOC:x ").into_iter().collect();
        assert_eq!(ids, ["doc:honnin", "proc:tennyu-todoke"]);
    }
}
