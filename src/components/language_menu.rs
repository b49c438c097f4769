use guide_engine::UiKey;
use leptos::prelude::*;

use crate::app::LanguageState;
use crate::content::{model, ui_view};
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
                    state.shown.set(lang);
                }
                Err(_) => state.failed.set(true),
            }
        });
    };
    (languages.len() > 1).then(|| {
        let options = languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                view! {
                    <option value=i.to_string() selected=move || state.shown.get() == i lang=l.html.clone()>
                        {l.name.clone()}
                    </option>
                }
            })
            .collect_view();
        view! {
            <div class="language">
                <label for="language">{ui_view(UiKey::LanguageLabel)}</label>
                <select id="language" on:change=on_change>
                    {options}
                </select>
            </div>
        }
    })
}
