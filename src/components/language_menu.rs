use leptos::prelude::*;

use crate::app::LanguageState;
use crate::content::{home_html, model};
use crate::language;

/// The language menu, on every page: each language named in itself, so everyone finds
/// their own. Choosing downloads that language (once) and shows the page in it.
#[component]
pub fn LanguageMenu() -> impl IntoView {
    let state = expect_context::<LanguageState>();
    let languages = &model().languages;
    let on_change = move |ev: leptos::ev::Event| {
        let Ok(lang) = event_target_value(&ev).parse::<usize>() else { return };
        wasm_bindgen_futures::spawn_local(async move {
            match language::switch(lang).await {
                Ok(()) => {
                    language::remember(lang);
                    state.failed.set(false);
                }
                Err(_) => state.failed.set(true),
            }
        });
    };
    // The options by `guide_engine::home`, as in the build's copy of the home page; the whole
    // page is drawn again when the language changes, so the selected one is always right.
    (languages.len() > 1).then(|| {
        view! { <div class="language" on:change=on_change inner_html=home_html(|h| h.language_menu(state.shown.get_untracked()).into_string())></div> }
    })
}
