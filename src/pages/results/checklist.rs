use guide_engine::{MergedDocument, Status, UiKey};
use leptos::prelude::*;

use crate::content::{model, named, text_view, ui_view};
use crate::ticks::Ticks;

/// Everything to bring, merged across procedures, as tick boxes (also on paper).
#[component]
pub fn Checklist(documents: Vec<MergedDocument>) -> impl IntoView {
    let m = model();
    let ticks = expect_context::<Ticks>();
    let items = documents
        .into_iter()
        .map(|d| {
            let doc = &m.documents[d.document];
            let id = format!("bring-{}", doc.id);
            let key = format!("doc:{}", doc.id);
            let key2 = key.clone();
            view! {
                <li>
                    <label class="choice">
                        <input
                            type="checkbox"
                            id=id
                            prop:checked=move || ticks.is_ticked(&key)
                            on:change=move |ev| ticks.set(&key2, event_target_checked(&ev))
                        />
                        <span class="choice-text">
                            {named(doc.name)}
                            {(d.status == Status::Maybe).then(|| view! { " " <span class="tag">{ui_view(UiKey::MaybeTag)}</span> })}
                            {doc.detail.map(|x| view! { <span class="hint">{text_view(x)}</span> })}
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="bring" aria-labelledby="bring-heading">
            <h2 id="bring-heading">{ui_view(UiKey::BringAll)}</h2>
            <ul class="checklist">{items}</ul>
        </section>
    }
}
