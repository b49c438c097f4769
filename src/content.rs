//! The compiled content, embedded at build time and decoded once.

use std::sync::OnceLock;

use guide_engine::{Date, Model, TextId, Texts, UiKey, fill};

static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/model.bin"));
static TEXTS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/texts-ja.bin"));

pub struct Content {
    pub model: Model,
    pub texts: Texts,
}

static CONTENT: OnceLock<Content> = OnceLock::new();

/// Decodes the embedded content on first use. Both files come from the same build,
/// so a failure here is a broken build, not bad input.
pub fn load() -> &'static Content {
    CONTENT.get_or_init(|| Content {
        model: postcard::from_bytes(MODEL_BYTES).expect("model.bin does not match this build of the engine"),
        texts: postcard::from_bytes(TEXTS_BYTES).expect("texts-ja.bin does not match this build of the engine"),
    })
}

/// The content if it has been decoded; for the panic hook, which must not decode.
pub fn loaded() -> Option<&'static Content> {
    CONTENT.get()
}

impl Content {
    pub fn t(&self, id: TextId) -> &str {
        self.texts.get(id)
    }

    pub fn ui(&self, key: UiKey) -> &str {
        self.texts.get(self.model.ui(key))
    }
}

pub fn model() -> &'static Model {
    &load().model
}

/// A content text.
pub fn t(id: TextId) -> &'static str {
    load().t(id)
}

/// A UI text (`content/ui.yaml`).
pub fn ui(key: UiKey) -> &'static str {
    load().ui(key)
}

/// A UI text with its `{name}` placeholders filled.
pub fn ui_fill(key: UiKey, values: &[(&str, &str)]) -> String {
    fill(ui(key), values)
}

/// A date in the content's date format, with 和暦 (`{era}{era_year}`) available.
pub fn date_text(date: Date) -> String {
    let (era, era_year) = date.wareki().unwrap_or(("", date.year));
    ui_fill(
        UiKey::DateFormat,
        &[
            ("year", &date.year.to_string()),
            ("month", &date.month.to_string()),
            ("day", &date.day.to_string()),
            ("era", era),
            ("era_year", &era_year.to_string()),
        ],
    )
}

/// The document title for a page: "{question} - {app}".
pub fn page_title(heading: &str) -> String {
    ui_fill(UiKey::QuestionTitle, &[("question", heading), ("app", ui(UiKey::AppTitle))])
}
