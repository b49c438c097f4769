use leptos::prelude::*;

/// One radio button or checkbox with its text, the whole row a tap target.
#[component]
pub fn ChoiceRow(
    /// "radio" or "checkbox".
    kind: &'static str,
    id: String,
    name: String,
    value: String,
    text: &'static str,
    hint: Option<&'static str>,
    #[prop(into)] checked: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
    /// Set for "none of these" and "わからない", which clear the other choices.
    #[prop(optional)]
    exclusive: bool,
) -> impl IntoView {
    view! {
        <label class="choice" class:exclusive=exclusive>
            <input
                type=kind
                id=id
                name=name
                value=value
                prop:checked=move || checked.get()
                on:change=move |ev| on_change.run(event_target_checked(&ev))
            />
            <span class="choice-text">
                {text} {hint.map(|hint| view! { <span class="hint">{hint}</span> })}
            </span>
        </label>
    }
}
