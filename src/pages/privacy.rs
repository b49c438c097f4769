//! What the guide keeps on this device, in plain words, and one button that removes all of
//! it: the ticks and the language in localStorage, and the offline copy (the service
//! worker's caches and its registration). Linked from every results page, which also has
//! the button itself.

use guide_engine::UiKey;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::content::{page_title, ui, ui_view};
use crate::dom::page_shown;
use crate::storage::{keys, remove};
use crate::ticks::Ticks;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::PrivacyHeading)), heading);
    view! {
        <h1 tabindex="-1" node_ref=heading>
            {ui_view(UiKey::PrivacyHeading)}
        </h1>
        // Three facts, each a short paragraph of its own (style/main.css: `.privacy-facts`).
        <div class="privacy-facts">
            <p class="sent">{ui_view(UiKey::PrivacySent)}</p>
            <p>{ui_view(UiKey::PrivacyStored)}</p>
            <p>{ui_view(UiKey::PrivacyHistory)}</p>
        </div>
        <ForgetButton />
    }
}

/// "Remove everything this guide keeps on this device", then a status line saying it is done.
#[component]
pub fn ForgetButton() -> impl IntoView {
    let done = RwSignal::new(false);
    let ticks = use_context::<Ticks>();
    let forget = move |_| {
        if let Some(t) = ticks {
            t.clear();
        }
        leptos::task::spawn_local(async move {
            forget_everything().await;
            done.set(true);
        });
    };
    view! {
        <div class="forget">
            <button type="button" class="button secondary" on:click=forget>
                {ui_view(UiKey::ForgetButton)}
            </button>
            <p role="status">{move || done.get().then(|| ui_view(UiKey::ForgetDone))}</p>
        </div>
    }
}

/// Every `iga-guide/…` key of localStorage, every cache of this copy of the guide, and its
/// service worker's registration (the next visit installs a fresh one). Failures (storage
/// blocked, no service worker on plain http) leave nothing to remove.
async fn forget_everything() {
    for key in keys() {
        remove(&key);
    }
    let Some(window) = web_sys::window() else { return };
    let scope = crate::offline::scope().unwrap_or_default();
    if let Ok(caches) = window.caches()
        && let Ok(names) = JsFuture::from(caches.keys()).await
    {
        // Named "iga-guide… <scope> …" (assets/sw.js): only this copy's, not another guide's on the site.
        for name in js_sys::Array::from(&names).iter().filter_map(|n| n.as_string()) {
            if name.starts_with("iga-guide") && name.split(' ').nth(1) == Some(scope.as_str()) {
                let _ = JsFuture::from(caches.delete(&name)).await;
            }
        }
    }
    let container = window.navigator().service_worker();
    if let Ok(found) = JsFuture::from(container.get_registration()).await
        && let Ok(registration) = found.dyn_into::<web_sys::ServiceWorkerRegistration>()
        && let Ok(promise) = registration.unregister()
    {
        let _ = JsFuture::from(promise).await;
    }
}
