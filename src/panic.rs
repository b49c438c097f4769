//! The last line of defence: if the app panics, the page shows a friendly message with a
//! link back to the start instead of a broken or blank screen. Written with `web_sys`
//! only, because after a panic the reactive system cannot be trusted (and with
//! `panic = "abort"` the hook is the last code that runs).

use std::sync::atomic::{AtomicBool, Ordering};

use guide_engine::UiKey;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

static PANICKED: AtomicBool = AtomicBool::new(false);

/// Whether the app has panicked (so listeners stop touching the page).
pub fn happened() -> bool {
    PANICKED.load(Ordering::Relaxed)
}

pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let first = !PANICKED.swap(true, Ordering::Relaxed);
        web_sys::console::error_1(&info.to_string().into());
        if first {
            let _ = show_error_page();
        }
    }));
}

fn show_error_page() -> Option<()> {
    // The texts are only used if already decoded: decoding could be what panicked.
    let content = crate::content::loaded()?;
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    body.set_text_content(None);

    let element = |tag: &str, text: &str| -> Option<web_sys::Element> {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let main = document.create_element("main").ok()?;
    main.set_class_name("page");
    let h1 = element("h1", content.ui(UiKey::ErrorHeading))?;
    h1.set_attribute("tabindex", "-1").ok()?;
    let p = element("p", content.ui(UiKey::ErrorBody))?;
    let a = element("a", content.ui(UiKey::ErrorBack))?;
    a.set_attribute("href", "#/").ok()?;
    a.set_class_name("button");
    // A fresh start: the app's state after a panic is not usable, so reload at the home page.
    let reload = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
        ev.prevent_default();
        if let Some(window) = web_sys::window() {
            let location = window.location();
            let _ = location.set_hash("/");
            let _ = location.reload();
        }
    });
    a.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref()).ok()?;
    reload.forget();
    let p2 = document.create_element("p").ok()?;
    p2.append_child(&a).ok()?;
    for child in [&h1, &p, &p2] {
        main.append_child(child).ok()?;
    }
    body.append_child(&main).ok()?;
    document.set_title(content.ui(UiKey::ErrorHeading));
    let _ = h1.dyn_ref::<web_sys::HtmlElement>()?.focus();
    Some(())
}
