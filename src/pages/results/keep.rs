//! Keeping the results, near the top where a phone shows it: copy the link, send it (the
//! phone's own share sheet — LINE, WhatsApp — where the browser has the Web Share API;
//! elsewhere copying is the way), print or save as PDF. At the counter only the print
//! button. The link is handed to the phone's own apps, never sent anywhere by the guide.

use guide_engine::UiKey;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::content::{ui, ui_view};

#[component]
pub fn KeepBar(url: String, staff: bool) -> impl IntoView {
    let copied = RwSignal::new(false);
    let print = view! {
        <button type="button" class="button secondary print-top" on:click=|_| { let _ = window().print(); }>
            {ui_view(UiKey::Print)}
        </button>
    };
    if staff {
        return view! { <div class="keep">{print}</div> }.into_any();
    }
    let for_copy = url.clone();
    let for_share = url;
    let copy = move |_| {
        copy_text(&for_copy);
        copied.set(true);
    };
    let share = can_share().then(|| {
        view! {
            <button type="button" class="button secondary" on:click=move |_| share_url(&for_share)>
                {ui_view(UiKey::ShareLink)}
            </button>
        }
    });
    view! {
        <div class="keep">
            <button type="button" class="button secondary" on:click=copy>
                {ui_view(UiKey::CopyLink)}
            </button>
            {share}
            {print}
            <p class="copied" role="status">{move || copied.get().then(|| ui(UiKey::LinkCopied).to_string())}</p>
        </div>
    }
    .into_any()
}

/// `target[name]` when it is a function (feature detection without web-sys features).
fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()
}

fn can_share() -> bool {
    method(&window().navigator(), "share").is_some()
}

/// The phone's share sheet with the link (and the guide's name as its title). A closed
/// sheet rejects the promise: nothing to report.
fn share_url(url: &str) {
    let nav: JsValue = window().navigator().into();
    let Some(share) = method(&nav, "share") else { return };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &ui(UiKey::AppTitle).into());
    if let Ok(p) = share.call1(&nav, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}

/// The clipboard API where the page may use it; else the old way, through the link field
/// (`#share-link`, selected and copied), which also works inside a frame.
fn copy_text(text: &str) {
    let nav: JsValue = window().navigator().into();
    if let Some(clipboard) = js_sys::Reflect::get(&nav, &"clipboard".into()).ok().filter(JsValue::is_object)
        && let Some(write) = method(&clipboard, "writeText")
        && let Ok(p) = write.call1(&clipboard, &text.into())
        && let Ok(p) = p.dyn_into::<js_sys::Promise>()
    {
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(p).await.is_err() {
                copy_from_field();
            }
        });
        return;
    }
    copy_from_field();
}

fn copy_from_field() {
    if let Some(input) =
        document().get_element_by_id("share-link").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
        if let Some(exec) = method(&document().into(), "execCommand") {
            let _ = exec.call1(&document().into(), &"copy".into());
        }
    }
}
