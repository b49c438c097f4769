//! The compiled content: the model embedded at build time; the texts downloaded
//! (`texts/texts-<lang>.bin`, written by the content tool after each build): Japanese at
//! start, in parallel with the wasm (index.html preloads it), every other language only
//! when it is shown, so a phone fetches only the languages it shows and the wasm carries code.

use std::sync::OnceLock;

use guide_engine::markup::Markup;
use guide_engine::text::fill_date;
use guide_engine::{Date, Model, TextId, Texts, UiKey, fill, html, ruby};
use leptos::prelude::*;

static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/model.bin"));

/// One language's texts, ready to show.
pub struct LangTexts {
    texts: Texts,
    /// やさしい日本語: the texts with their 《readings》 removed, for titles and labels.
    plain: Option<Vec<String>>,
}

impl LangTexts {
    pub fn new(texts: Texts) -> LangTexts {
        let plain = (texts.lang == "ja-easy").then(|| texts.strings.iter().map(|s| ruby::plain(s)).collect());
        LangTexts { texts, plain }
    }

    fn plain(&self, id: TextId) -> &str {
        match &self.plain {
            Some(p) => p.get(id as usize).map_or("", String::as_str),
            None => self.texts.get(id),
        }
    }
}

pub struct Content {
    pub model: Model,
    /// Per offered language (model order); Japanese is there before anything is shown
    /// (`language::start`).
    texts: Vec<OnceLock<LangTexts>>,
    /// The language shown (an index into `model.languages`). The app's one language
    /// signal: pages re-render when it changes (`app::LanguageState` holds it), and text
    /// lookups read it untracked, so they also work before the app is mounted.
    language: ArcRwSignal<usize>,
}

static CONTENT: OnceLock<Content> = OnceLock::new();

/// Decodes the embedded model on first use. It comes from this build, so a failure here
/// is a broken build, not bad input.
pub fn load() -> &'static Content {
    CONTENT.get_or_init(|| {
        let model: Model =
            postcard::from_bytes(MODEL_BYTES).expect("model.bin does not match this build of the engine");
        let texts: Vec<OnceLock<LangTexts>> = model.languages.iter().map(|_| OnceLock::new()).collect();
        Content { model, texts, language: ArcRwSignal::new(0) }
    })
}

/// The content if it has been decoded with its Japanese texts; for the panic hook, which
/// must not decode (nor show texts that are not there).
pub fn loaded() -> Option<&'static Content> {
    CONTENT.get().filter(|c| c.texts[0].get().is_some())
}

impl Content {
    fn current(&self) -> &LangTexts {
        self.texts[self.language.get_untracked()].get().unwrap_or_else(|| self.japanese())
    }

    fn japanese(&self) -> &LangTexts {
        self.texts[0].get().expect("the Japanese texts are loaded before anything is shown")
    }

    pub fn t(&self, id: TextId) -> &str {
        self.current().plain(id)
    }

    pub fn ui(&self, key: UiKey) -> &str {
        self.t(self.model.ui(key))
    }
}

/// Decodes a downloaded texts file for language `lang` and keeps it (Japanese first).
/// Refuses a file from another build (its stamp differs), so old and new content are never
/// mixed.
pub fn add_language(lang: usize, bytes: &[u8]) -> Result<(), String> {
    let c = load();
    let texts: Texts = postcard::from_bytes(bytes).map_err(|e| e.to_string())?;
    let same_length = lang == 0 || c.texts[0].get().is_some_and(|ja| ja.texts.strings.len() == texts.strings.len());
    if texts.stamp != c.model.stamp || texts.lang != c.model.languages[lang].id || !same_length {
        return Err("texts from another build".into());
    }
    let _ = c.texts[lang].set(LangTexts::new(texts));
    Ok(())
}

pub fn is_loaded(lang: usize) -> bool {
    load().texts.get(lang).is_some_and(|t| t.get().is_some())
}

/// Shows language `lang` from now on (its texts must be loaded): every page re-renders.
pub fn select(lang: usize) {
    load().language.set(lang);
}

pub fn current_language() -> usize {
    load().language.get_untracked()
}

/// The language signal, for the app's context.
pub fn language_signal() -> ArcRwSignal<usize> {
    load().language.clone()
}

pub fn model() -> &'static Model {
    &load().model
}

/// A content text, as plain text (for titles, labels and attributes).
pub fn t(id: TextId) -> &'static str {
    load().t(id)
}

/// What the staff search looks in for a text: the Japanese, and the language shown.
pub fn search_text(id: TextId) -> String {
    let c = load();
    format!("{}\n{}", c.japanese().texts.get(id), c.t(id))
}

/// What each catalogue entry is found by, through `search_key`: each text as written (in
/// Japanese and the language shown), and names also as read (てんにゅう finds 転入届).
/// The counter's catalogue and the citizen's search by name both use it.
pub fn search_haystacks(entries: &[guide_engine::catalogue::Entry]) -> Vec<String> {
    use guide_engine::catalogue::{reading, search_key, search_texts};
    let m = model();
    entries
        .iter()
        .map(|e| {
            search_texts(m, e)
                .into_iter()
                .map(|id| search_key(&search_text(id)) + &reading(m, id).map(search_key).unwrap_or_default())
                .collect()
        })
        .collect()
}

/// A UI text (`content/ui.yaml`), as plain text.
pub fn ui(key: UiKey) -> &'static str {
    load().ui(key)
}

/// A UI text with its `{name}` placeholders filled.
pub fn ui_fill(key: UiKey, values: &[(&str, &str)]) -> String {
    fill(ui(key), values)
}

/// A content text for the page: with furigana as `<ruby>` in やさしい日本語, and marked as
/// Japanese where a translation keeps the Japanese on purpose.
pub fn text_view(id: TextId) -> AnyView {
    let c = load();
    let lang = c.current();
    if lang.texts.kept_japanese.contains(&id) {
        // Kept in Japanese on purpose (`~` in the translation file): said so, in the reader's language.
        let note = lang.plain(c.model.ui(UiKey::JapaneseOnly)).to_string();
        return view! { <span lang="ja">{c.japanese().texts.get(id)}</span> <small class="japanese-only">{note}</small> }
            .into_any();
    }
    ruby_view(lang.texts.get(id))
}

/// A content text as HTML, as `text_view` shows it: for the pages written by the engine as HTML
/// (`guide_engine::home`, the same writer the build uses for index.html).
pub fn text_html(id: TextId) -> Markup {
    let c = load();
    let lang = c.current();
    if lang.texts.kept_japanese.contains(&id) {
        return html!(
            "<span lang=\"ja\">{}</span> <small class=\"japanese-only\">{}</small>",
            Markup::text(c.japanese().texts.get(id)),
            Markup::text(lang.plain(c.model.ui(UiKey::JapaneseOnly)))
        );
    }
    guide_engine::home::rich(lang.texts.get(id))
}

/// The home page and the page frame as HTML, in the language shown.
pub fn home_html<R>(f: impl FnOnce(&guide_engine::home::Home<'_, fn(TextId) -> Markup>) -> R) -> R {
    let rich: fn(TextId) -> Markup = text_html;
    f(&guide_engine::home::Home { model: model(), rich: &rich })
}

/// A UI text for the page (with furigana in やさしい日本語).
pub fn ui_view(key: UiKey) -> AnyView {
    text_view(model().ui(key))
}

/// A UI text with placeholders, for the page.
pub fn ui_view_fill(key: UiKey, values: &[(&str, &str)]) -> AnyView {
    let c = load();
    ruby_view(&fill(c.current().texts.get(c.model.ui(key)), values))
}

/// The name of a procedure or document: in another language, the Japanese name follows,
/// so a resident can point at it at the counter ("Registro de mudança（転入届）").
pub fn named(id: TextId) -> AnyView {
    let c = load();
    let ja = c.japanese().texts.get(id);
    let shown = c.current().plain(id);
    if shown == ja {
        return text_view(id);
    }
    view! { {text_view(id)} " " <span lang="ja" class="ja-name">"（"{ja}"）"</span> }.into_any()
}

/// Text with Aozora ruby (`漢字《かんじ》`) as `<ruby>`; other text as it is.
fn ruby_view(text: &str) -> AnyView {
    if !text.contains('《') {
        return text.to_string().into_any();
    }
    match ruby::parse(text) {
        Ok(segments) => segments
            .into_iter()
            .map(|s| match s {
                ruby::Segment::Plain(p) => p.to_string().into_any(),
                ruby::Segment::Ruby { base, reading } => {
                    view! { <ruby>{base.to_string()}<rt>{reading.to_string()}</rt></ruby> }.into_any()
                }
            })
            .collect_view()
            .into_any(),
        Err(_) => ruby::plain(text).into_any(),
    }
}

/// A date in the content's date format, with 和暦 (`{era}{era_year}`) available.
pub fn date_text(date: Date) -> String {
    fill_date(ui(UiKey::DateFormat), date)
}

/// The document title for a page: "{question} - {app}".
pub fn page_title(heading: &str) -> String {
    ui_fill(UiKey::QuestionTitle, &[("question", heading), ("app", ui(UiKey::AppTitle))])
}
