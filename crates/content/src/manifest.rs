//! The web app manifest (`manifest.webmanifest`): what a phone shows when the guide is added
//! to its home screen. The names come from content (`app_title`, `app_short_name`,
//! `app_intro` in Japanese); the icons are drawn after the build by `scripts/offline.mjs`.

use guide_engine::UiKey;
use serde_json::json;

use crate::Compiled;

/// The icons the manifest lists: `icons/icon-<size>.png` (square, full-bleed, so one file
/// serves as both the plain and the maskable icon).
pub const ICON_SIZES: [u32; 2] = [192, 512];

/// The same blue as the page (`--blue` in style/main.css, `theme-color` in index.html).
const THEME: &str = "#0017c1";

/// The manifest as JSON. Every URL is relative to the manifest itself, so the guide installs
/// from whatever sub-path it is copied to.
pub fn web_manifest(c: &Compiled) -> String {
    let ja = &c.texts[0];
    let ui = |key| ja.get(c.model.ui(key));
    let mut icons: Vec<_> = ICON_SIZES
        .iter()
        .map(|s| json!({ "src": format!("icons/icon-{s}.png"), "sizes": format!("{s}x{s}"), "type": "image/png" }))
        .collect();
    let largest = ICON_SIZES[ICON_SIZES.len() - 1];
    icons.push(json!({
        "src": format!("icons/icon-{largest}.png"),
        "sizes": format!("{largest}x{largest}"),
        "type": "image/png",
        "purpose": "maskable"
    }));
    let manifest = json!({
        "name": ui(UiKey::AppTitle),
        "short_name": ui(UiKey::AppShortName),
        "description": ui(UiKey::AppIntro),
        "lang": "ja",
        "dir": "ltr",
        "id": "./",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME,
        "icons": icons,
    });
    serde_json::to_string_pretty(&manifest).expect("a JSON value") + "\n"
}
