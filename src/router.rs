//! A tiny hash router (the leptos todomvc pattern): the page lives in the URL fragment,
//! so the app works from any sub-path and inside an iframe, and answers are never sent
//! to a server. Only `location.hash` and `location.replace` are used, never the History
//! API, so the host page is left alone.

use guide_engine::Route;
use leptos::prelude::*;

/// The current route, updated on every `hashchange`.
pub fn use_hash_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(current());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // After a panic the page shows the error message; the app must not touch it again.
        if !crate::panic::happened() {
            set_route.set(current());
        }
    });
    on_cleanup(move || handle.remove());
    route
}

fn current() -> Route {
    Route::parse(&location().hash().unwrap_or_default())
}

/// Goes to a page; the browser keeps the previous one in its history (back works).
pub fn go(hash: &str) {
    let _ = location().set_hash(hash);
}

/// Swaps the current page for another without a history entry (for redirects, so that
/// back does not bounce).
pub fn replace(hash: &str) {
    let _ = location().replace(&crate::dom::url_with_hash(hash));
}
