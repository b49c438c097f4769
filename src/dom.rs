//! Small browser helpers, kept out of the components.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Removes what the build wrote into index.html for the time before the app starts (the
/// home page, the loading line, the notice if starting fails: `data-prerendered`), right
/// before the app mounts its own page in the same place, so nothing moves in between.
pub fn remove_loading_message() {
    while let Ok(Some(el)) = document().query_selector("[data-prerendered]") {
        el.remove();
    }
}

/// Moves keyboard and screen-reader focus to the element with this id.
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

static FIRST_PAGE_SHOWN: AtomicBool = AtomicBool::new(false);

/// Every page calls this: it sets the document title and, on every page after the first,
/// moves focus to the page's `<h1>` so screen readers announce the new page.
pub fn page_shown(title: String, heading: NodeRef<leptos::html::H1>) {
    document().set_title(&title);
    Effect::new(move |_| {
        if let Some(h1) = heading.get()
            && FIRST_PAGE_SHOWN.swap(true, Ordering::Relaxed)
        {
            // A new page opens at its top: focus alone would scroll only until the heading
            // shows, often cut in half under a long previous page.
            window().scroll_to_with_x_and_y(0.0, 0.0);
            let _ = h1.focus();
        }
    });
}

/// Today in the citizen's own time zone, for deadline warnings.
pub fn today() -> guide_engine::Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8);
    guide_engine::Date::new(y, m, d).unwrap_or(guide_engine::Date { year: y, month: 1, day: 1 })
}

/// This page's address with another fragment: a link that opens that page.
pub fn url_with_hash(hash: &str) -> String {
    let href = location().href().unwrap_or_default();
    format!("{}{hash}", href.split('#').next().unwrap_or_default())
}
