//! Texts of one language, and filling `{name}` placeholders in them.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::model::TextId;

/// One language's text table; a model's [`TextId`]s index into it.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]
pub struct Texts {
    pub lang: String,
    pub strings: Vec<String>,
    /// Texts shown in Japanese on purpose (`~` in a translation file): the page marks them.
    pub kept_japanese: Vec<TextId>,
    /// The [`crate::Model::stamp`] of the build these texts belong to.
    pub stamp: u64,
}

impl Texts {
    pub fn get(&self, id: TextId) -> &str {
        self.strings.get(id as usize).map_or("", String::as_str)
    }
}

/// Replaces each `{name}` in `template` with its value; unknown names are left as written
/// so a typo in content shows up on the page rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A date written with the content's date template (`date_format` in `ui.yaml`), which
/// may use `{year}`, `{month}`, `{day}` and 和暦 as `{era}{era_year}`.
pub fn fill_date(template: &str, date: Date) -> String {
    let (era, era_year) = date.wareki().unwrap_or(("", date.year));
    fill(
        template,
        &[
            ("year", &date.year.to_string()),
            ("month", &date.month.to_string()),
            ("day", &date.day.to_string()),
            ("era", era),
            ("era_year", &era_year.to_string()),
        ],
    )
}

/// The `{name}` placeholders a template uses, for the content check.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                out.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_and_lists_placeholders() {
        assert_eq!(fill("{n} / {total}", &[("n", "3"), ("total", "7")]), "3 / 7");
        assert_eq!(fill("{x}", &[]), "{x}");
        assert_eq!(placeholders("窓口で {n} 件、オンラインで {m} 件"), vec!["n", "m"]);
    }
}
