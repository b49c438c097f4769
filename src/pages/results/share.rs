use guide_engine::UiKey;
use leptos::prelude::*;

use crate::components::QrCode;
use crate::content::ui_view;

/// The link that brings back these results (the answers live in it, nowhere else), with
/// the language they were made in.
#[component]
pub fn Share(url: String) -> impl IntoView {
    let url_for_qr = url.clone();
    view! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{ui_view(UiKey::ShareHeading)}</h2>
            <p id="share-hint">{ui_view(UiKey::ShareHint)}</p>
            <label for="share-link">{ui_view(UiKey::ShareLinkLabel)}</label>
            <input
                type="text"
                id="share-link"
                class="share-link"
                readonly
                value=url
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
