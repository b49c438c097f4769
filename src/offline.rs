//! Whether the service worker gave up keeping this guide for offline use: after repeated
//! failed installs of a new build it deletes its caches, unregisters and leaves an empty
//! cache of this name (assets/sw.js, NETWORK_ONLY), so the page can say it needs the network
//! instead of leaving the citizen on an old build without knowing.

use wasm_bindgen_futures::JsFuture;

/// The worker's scope: the guide's folder (sw.js sits next to index.html).
pub fn scope() -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let page = &href[..href.find(['?', '#']).unwrap_or(href.len())];
    Some(page[..=page.rfind('/')?].to_string())
}

/// True if the worker left its "network only" mark for this copy of the guide. Where
/// caches are unavailable (plain http, blocked storage), false.
pub async fn network_only() -> bool {
    let (Some(caches), Some(scope)) = (web_sys::window().and_then(|w| w.caches().ok()), scope()) else {
        return false;
    };
    let has = caches.has(&format!("iga-guide-network-only {scope}"));
    JsFuture::from(has).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
