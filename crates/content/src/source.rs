//! The YAML files as written by city staff. Positions are kept (`Spanned`) wherever a
//! later check may need to point at a value; unknown fields are rejected.

use std::collections::BTreeMap;

use serde::Deserialize;
pub use serde_saphyr::Spanned;

/// A translatable text: Japanese on one line, or a map from language to text.
#[derive(Debug, Clone, PartialEq)]
pub struct Text(pub BTreeMap<String, String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> serde::de::Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text: Japanese on one line, or a map from language to text (ja: …)")
            }
            fn visit_str<E>(self, s: &str) -> Result<Text, E> {
                Ok(Text(BTreeMap::from([("ja".to_string(), s.to_string())])))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                Ok(Text(Deserialize::deserialize(map)?))
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

pub type SText = Spanned<Text>;
pub type SString = Spanned<String>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficesFile {
    pub offices: Vec<OfficeSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeSrc {
    pub id: SString,
    pub name: SText,
    pub address: SText,
    pub hours: SText,
    pub phone: Option<String>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionsFile {
    pub sections: Vec<SectionSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSrc {
    pub id: SString,
    pub name: SText,
    pub office: SString,
    pub counter: Option<SText>,
    pub phone: Option<String>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsFile {
    pub documents: Vec<DocumentSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSrc {
    pub id: SString,
    pub name: SText,
    pub detail: Option<SText>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineFile {
    pub online_kinds: Vec<OnlineKindSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineKindSrc {
    pub id: SString,
    pub name: SText,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionsFile {
    pub questions: Vec<QuestionSrc>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    Choice,
    Multiple,
    YesNo,
    Date,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSrc {
    pub id: SString,
    #[serde(rename = "type")]
    pub kind: Spanned<QuestionType>,
    pub text: SText,
    pub label: SText,
    pub help: Option<SText>,
    #[serde(default)]
    pub unknown: bool,
    #[serde(default)]
    pub options: Vec<OptionSrc>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionSrc {
    pub id: SString,
    pub text: SText,
    pub hint: Option<SText>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    Available,
    Coming,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventSrc {
    pub id: SString,
    pub order: u32,
    pub status: Spanned<EventStatus>,
    pub title: SText,
    pub summary: SText,
    pub date_question: Option<SString>,
    #[serde(default)]
    pub questions: Vec<SString>,
    #[serde(default)]
    pub procedures: Vec<EventProcedureSrc>,
    /// Words that speak of this event's own situation (its act, what happens in it): a
    /// procedure other events also show may not use them in its own texts.
    #[serde(default)]
    pub terms: Vec<SString>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventProcedureSrc {
    pub procedure: SString,
    pub applies_if: Option<Spanned<ConditionSrc>>,
    pub summary: Option<SText>,
    pub deadline: Option<DeadlineSrc>,
    #[serde(default)]
    pub notes: Vec<SText>,
    pub documents: Option<Vec<DocumentUseSrc>>,
}

/// The condition language as written. Each atom is a one-entry map `{ question: option }`.
#[derive(Debug, Deserialize, Clone)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ConditionSrc {
    All(Vec<Spanned<ConditionSrc>>),
    Any(Vec<Spanned<ConditionSrc>>),
    Not(Box<Spanned<ConditionSrc>>),
    Equals(Spanned<BTreeMap<String, String>>),
    Includes(Spanned<BTreeMap<String, String>>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureSrc {
    pub id: SString,
    pub title: SText,
    pub summary: Option<SText>,
    pub section: SString,
    pub offices: Vec<SString>,
    #[serde(default)]
    pub documents: Vec<DocumentUseSrc>,
    pub deadline: Option<DeadlineSrc>,
    pub fee: Option<SText>,
    #[serde(default)]
    pub online: Vec<OnlineSrc>,
    #[serde(default)]
    pub notes: Vec<SText>,
    pub sources: Spanned<Vec<SourceSrc>>,
    pub verify: Option<SString>,
    /// Procedures that must be done before this one (`after: [konin-todoke]`).
    #[serde(default)]
    pub after: Vec<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentUseSrc {
    pub document: SString,
    pub when: Option<Spanned<ConditionSrc>>,
    pub note: Option<SText>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineSrc {
    pub text: SText,
    pub days: Option<Spanned<u16>>,
    pub first_day_counts: Option<bool>,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnlineSrc {
    pub kind: SString,
    pub url: SString,
    pub text: Option<SText>,
    #[serde(default)]
    pub partial: bool,
    pub verify: Option<SString>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSrc {
    pub title: SText,
    pub url: Option<SString>,
    pub checked: SString,
}

/// `content/languages.yaml`: the languages offered, Japanese first.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagesFile {
    pub languages: Vec<LanguageSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageSrc {
    pub id: SString,
    pub name: String,
    pub html: String,
    /// Primary subtags of browser languages (`navigator.languages`) that choose it.
    #[serde(default)]
    pub browser: Vec<String>,
    /// `false` while its translation is being written: checked and counted, not offered.
    #[serde(default = "yes")]
    pub offered: bool,
}

fn yes() -> bool {
    true
}

/// `content/translations/<lang>.yaml`: each Japanese text with its translation
/// (`~` keeps the Japanese on purpose).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    pub lang: SString,
    #[serde(default)]
    pub texts: Vec<Spanned<BTreeMap<String, Option<String>>>>,
}

/// `content/translations/terms/<lang>.yaml`: the agreed translation of a term. Every text
/// whose Japanese holds `ja` must hold `translation` in that language, and no text may use
/// a wording listed under `avoid` (a known mistranslation, or a wrong reading in やさしい日本語).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermSheet {
    pub lang: SString,
    #[serde(default)]
    pub terms: Vec<Spanned<TermSrc>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermSrc {
    /// The Japanese term; omitted for an `avoid`-only entry.
    #[serde(default)]
    pub ja: Option<String>,
    /// What the term must be translated as (compared ignoring case).
    #[serde(default)]
    pub translation: Option<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Why, for the translator (not shown to citizens).
    #[serde(default)]
    pub note: Option<String>,
}
