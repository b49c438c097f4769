//! What a phone shows before the app has loaded, written into the built `index.html`
//! (`guide-content site DIR`, run by Trunk after every build):
//!
//! - the home page in Japanese, by the engine's `home` writer, the code the app's home page
//!   uses, so the app replaces it with identical markup and nothing moves;
//! - the loading line a deep link (`#/tennyu/…`, a results link, another language) shows
//!   instead of the home page until the app has started;
//! - an empty notice and, as JSON, its texts in every language offered: `assets/shell.js`
//!   fills it in when the app is slow or fails to start, with a link to the handbook.
//!
//! Every element carries `data-prerendered`: the app removes them all when it mounts.

use guide_engine::home::{Home, rich};
use guide_engine::markup::Markup;
use guide_engine::{UiKey, html, ruby};
use serde_json::json;

use crate::Compiled;

/// Where the build writes the page in `index.html`'s `<body>`.
pub const BODY_MARKER: &str = "<!-- guide-content: the page before the app starts -->";
/// Where it writes the texts for `assets/shell.js`: in `<head>`, before that script.
pub const HEAD_MARKER: &str = "<!-- guide-content: texts before the app starts -->";

/// `template` (the built index.html) with both markers replaced.
pub fn index_html(c: &Compiled, template: &str) -> Result<String, String> {
    for marker in [HEAD_MARKER, BODY_MARKER] {
        if template.matches(marker).count() != 1 {
            return Err(format!("index.html must contain `{marker}` exactly once"));
        }
    }
    Ok(template.replacen(HEAD_MARKER, &start_texts(c), 1).replacen(BODY_MARKER, &before_app(c), 1))
}

/// The elements for `<body>`.
pub fn before_app(c: &Compiled) -> String {
    let m = &c.model;
    let text = |id| rich(c.texts[0].get(id));
    let home = Home { model: m, rich: &text };
    html!(
        "<p id=\"loading\" class=\"loading\" role=\"status\" data-prerendered=\"loading\">{}</p>\n\
         <div id=\"start-failed\" class=\"page\" data-prerendered=\"failed\" hidden><div class=\"notice\" role=\"alert\">\
         <p></p><p><a></a></p></div></div>\n{}\n",
        text(m.ui(UiKey::Loading)),
        home.page(0, &Markup::trusted(" data-prerendered=\"home\"")),
    )
    .into_string()
}

/// The languages offered, the events with a handbook page, and per language the notices'
/// texts, as JSON for `assets/shell.js`.
pub fn start_texts(c: &Compiled) -> String {
    let m = &c.model;
    // Per language, as plain text (no furigana: shell.js sets textContent).
    let texts: serde_json::Map<String, serde_json::Value> = c
        .texts
        .iter()
        .filter(|t| m.languages.iter().any(|l| l.id == t.lang))
        .map(|t| {
            let ui = |key| ruby::plain(t.get(m.ui(key)));
            let html = &m.languages.iter().find(|l| l.id == t.lang).expect("offered").html;
            let value = json!({
                "html": html,
                "slow": ui(UiKey::StartSlow),
                "failed": ui(UiKey::StartFailed),
                "handbook": ui(UiKey::StartHandbook),
            });
            (t.lang.clone(), value)
        })
        .collect();
    let data = json!({
        "languages": m.languages.iter().map(|l| &l.id).collect::<Vec<_>>(),
        "handbook": m.events.iter().filter(|e| e.available).map(|e| &e.id).collect::<Vec<_>>(),
        "texts": texts,
    });
    // Inside <script>: no `<` at all, so no `</script>` can end it early.
    let data = data.to_string().replace('<', "\\u003c");
    format!("<script type=\"application/json\" id=\"start-texts\">{data}</script>")
}
