use leptos::prelude::*;

use crate::content::home_html;
use crate::dom::focus_id;

/// "本文へ移動" for keyboard users. It moves focus itself: a plain `#main` link would
/// change the URL fragment, which names the page.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                focus_id("main");
            }
            inner_html=home_html(|h| h.skip_link().into_string())
        ></a>
    }
}
