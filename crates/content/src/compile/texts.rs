//! Texts: each is checked for its languages and interned (identical texts share one
//! id), then laid out as one table per language once the translations are applied.

use std::collections::{BTreeMap, HashMap};

use guide_engine::{TextId, Texts};
use serde_saphyr::Location;

use super::Lower;
use crate::diagnostic::did_you_mean;
use crate::source::SText;
use crate::translate;

/// The texts met so far, by id.
#[derive(Default)]
pub(super) struct Interner {
    /// Per text id, the text in each language written in the content.
    pub texts: Vec<BTreeMap<String, String>>,
    /// Per text id, where it was first written, for "translation missing" errors.
    pub written_at: Vec<(String, Location)>,
    ids: HashMap<Vec<(String, String)>, TextId>,
}

impl Interner {
    fn intern(&mut self, file: &str, at: Location, key: Vec<(String, String)>) -> TextId {
        if let Some(id) = self.ids.get(&key) {
            return *id;
        }
        let id = self.texts.len() as TextId;
        self.texts.push(key.iter().cloned().collect());
        self.written_at.push((file.to_string(), at));
        self.ids.insert(key, id);
        id
    }

    /// One table per language offered, aligned with the text ids (complete: checked by
    /// `translate::apply`).
    pub fn tables(&self, applied: &translate::Applied) -> Vec<Texts> {
        applied
            .languages
            .iter()
            .zip(&applied.kept_japanese)
            .map(|(lang, kept)| Texts {
                lang: lang.id.clone(),
                strings: self.texts.iter().map(|t| t.get(&lang.id).cloned().unwrap_or_default()).collect(),
                kept_japanese: kept.iter().copied().collect(),
                stamp: 0,
            })
            .collect()
    }
}

impl Lower {
    /// Interns a text after checking its languages.
    pub(super) fn text(&mut self, file: &str, t: &SText) -> TextId {
        if t.value.0.get("ja").is_none_or(|ja| ja.trim().is_empty()) {
            self.error(file, &t.referenced, "the Japanese text (`ja`) is missing or empty; every text needs Japanese");
        }
        for lang in t.value.0.keys() {
            if !self.languages.contains(lang) {
                let hint = did_you_mean(lang, self.languages.iter().map(String::as_str));
                let known = self.languages.join(", ");
                self.error(
                    file,
                    &t.referenced,
                    format!("unknown language `{lang}`{hint}; languages are {known} (content/languages.yaml)"),
                );
            }
        }
        for problem in t.value.0.values().filter_map(|v| crate::characters::hidden_control(v)) {
            self.error(file, &t.referenced, problem);
        }
        let key: Vec<(String, String)> = t.value.0.iter().map(|(k, v)| (k.clone(), v.trim().to_string())).collect();
        self.texts.intern(file, t.referenced, key)
    }
}
