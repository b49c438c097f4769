use guide_engine::UiKey;
use leptos::prelude::*;

use crate::components::QrCode;
use crate::content::ui_view;
use crate::dom::url_with_hash;

/// The link that brings back these results (the answers live in it, nowhere else).
#[component]
pub fn Share(hash: String) -> impl IntoView {
    let url = url_with_hash(&hash);
    let url_for_qr = url.clone();
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ui_view(UiKey::ShareHeading)}</h2>
            <p id="share-hint">{ui_view(UiKey::ShareHint)}</p>
            <input
                type="text"
                class="share-link"
                readonly
                value=url
                aria-labelledby="share-heading"
                aria-describedby="share-hint"
                on:focus=|ev| {
                    let input: web_sys::HtmlInputElement = event_target(&ev);
                    input.select();
                }
            />
            <QrCode text=url_for_qr />
        </section>
    }
}
