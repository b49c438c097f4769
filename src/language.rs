//! Which language to show, and switching to it. The first choice comes from the link
//! (`?lang=pt`, so staff can hand out a Portuguese link), then the saved choice, then the
//! browser's languages, then Japanese. The Japanese texts are downloaded at start (always
//! needed), every other language's when it is chosen.

use guide_engine::Language;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::{add_language, current_language, is_loaded, model, select};
use crate::storage;

const SAVED: &str = "iga-guide/lang";

/// The language to start in. Pure, so the order of preference is tested natively.
pub fn choose(offered: &[Language], link: Option<&str>, saved: Option<&str>, browser: &[String]) -> usize {
    let by_id = |id: &str| offered.iter().position(|l| l.id == id);
    link.and_then(by_id)
        .or_else(|| saved.and_then(by_id))
        .or_else(|| browser.iter().find_map(|b| from_browser(offered, b)))
        .unwrap_or(0)
}

/// The language a browser language tag (`pt-BR`, `zh-Hans-CN`, `fil`) asks for: the one
/// whose `browser` subtags (content/languages.yaml) include its primary subtag.
fn from_browser(offered: &[Language], tag: &str) -> Option<usize> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    offered.iter().position(|l| l.browser.contains(&primary))
}

/// `lang` from the page's own query string or from the fragment's.
fn from_link() -> Option<String> {
    let location = window().location();
    let query = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let hash_query = hash.split_once('?').map_or("", |(_, q)| q);
    [query.trim_start_matches('?'), hash_query]
        .iter()
        .flat_map(|q| q.split('&'))
        .find_map(|p| p.strip_prefix("lang=").map(str::to_string))
}

/// The offered language the link names (`lang=pt`), if any.
pub fn linked() -> Option<usize> {
    let id = from_link()?;
    model().languages.iter().position(|l| l.id == id)
}

fn browser_languages() -> Vec<String> {
    window().navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

/// The language to start in, from the link, storage and browser.
pub fn initial() -> usize {
    choose(&model().languages, from_link().as_deref(), storage::read(SAVED).as_deref(), &browser_languages())
}

/// Before the app is shown: the Japanese texts (always needed: the names beside a
/// translation, the language to fall back to) and the language to start in, both requested
/// at once. `Err` if the Japanese cannot be had (the app cannot start); `Ok(true)` if only
/// the other language failed (the page opens in Japanese and says so).
pub async fn start(lang: usize) -> Result<bool, String> {
    let japanese = request(0);
    let other = (lang != 0).then(|| request(lang));
    add_language(0, &bytes(japanese).await?)?;
    let Some(other) = other else { return Ok(false) };
    let failed = bytes(other).await.and_then(|b| add_language(lang, &b)).is_err();
    if !failed {
        select(lang);
    }
    Ok(failed)
}

/// Downloads a language's texts if needed and shows it. On failure (offline, a file from
/// another build) the page stays in the language it was in and says so.
pub async fn switch(lang: usize) -> Result<(), String> {
    if !is_loaded(lang) {
        add_language(lang, &bytes(request(lang)).await?)?;
    }
    select(lang);
    set_html_lang();
    Ok(())
}

/// The user's own choice: shown and remembered, but not at the counter (staff mode writes
/// nothing to the shared PC's storage).
pub fn remember(lang: usize) {
    if !window().location().hash().unwrap_or_default().starts_with("#/staff") {
        storage::write(SAVED, &model().languages[lang].id);
    }
}

/// `<html lang>` follows the language shown, so phones pick matching fonts (Chinese glyphs,
/// Vietnamese diacritics) and screen readers the right voice.
pub fn set_html_lang() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", &model().languages[current_language()].html);
    }
}

/// Starts downloading a language's texts (`texts/texts-<id>.bin`, next to index.html, which
/// preloads the Japanese with the same request). Written over `web_sys` rather than
/// gloo-net on purpose: the same two calls through gloo-net's `Request`/`Response` made the
/// wasm 7,172 B larger raw (+1,991 B brotli, glue +267 B; measured 2026-12-03), and its
/// futures start only when polled, so the parallel start below would need a join as well.
fn request(lang: usize) -> (String, js_sys::Promise) {
    let url = format!("texts/texts-{}.bin", model().languages[lang].id);
    let promise = window().fetch_with_str(&url);
    (url, promise)
}

async fn bytes((url, request): (String, js_sys::Promise)) -> Result<Vec<u8>, String> {
    let response = JsFuture::from(request).await.map_err(|e| format!("{url}: {e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer =
        JsFuture::from(response.array_buffer().map_err(|e| format!("{e:?}"))?).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// As in content/languages.yaml, less some languages.
    fn offered() -> Vec<Language> {
        let browser: [&[&str]; 6] = [&["ja"], &[], &["en"], &["pt"], &["zh"], &["tl", "fil"]];
        ["ja", "ja-easy", "en", "pt", "zh", "tl"]
            .iter()
            .zip(browser)
            .map(|(id, b)| Language {
                id: id.to_string(),
                name: String::new(),
                html: String::new(),
                browser: b.iter().map(|s| s.to_string()).collect(),
            })
            .collect()
    }

    #[test]
    fn the_content_says_which_browser_languages_choose_which_language() {
        let m = crate::content::model();
        let tag = |t: &str| m.languages[choose(&m.languages, None, None, &[t.to_string()])].id.as_str();
        assert_eq!(tag("fil-PH"), "tl");
        assert_eq!(tag("pt-BR"), "pt");
        assert_eq!(tag("ja-JP"), "ja", "やさしい日本語 is never guessed");
    }

    #[test]
    fn link_then_saved_then_browser_then_japanese() {
        let o = offered();
        let browser = vec!["pt-BR".to_string(), "en".to_string()];
        assert_eq!(choose(&o, Some("zh"), Some("en"), &browser), 4);
        assert_eq!(choose(&o, Some("xx"), Some("en"), &browser), 2, "an unknown link language is passed over");
        assert_eq!(choose(&o, None, None, &browser), 3);
        assert_eq!(choose(&o, None, None, &["fil-PH".to_string()]), 5);
        assert_eq!(choose(&o, None, None, &["de-DE".to_string(), "zh-Hans-CN".to_string()]), 4);
        assert_eq!(choose(&o, None, None, &["ko".to_string()]), 0);
        assert_eq!(choose(&o, None, Some("ja-easy"), &[]), 1, "やさしい日本語 only when chosen");
        assert_eq!(choose(&o, None, None, &["vi".to_string()]), 0, "a language not offered falls back to Japanese");
    }
}
