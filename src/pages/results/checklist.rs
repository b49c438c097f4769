use guide_engine::urgent::document_notes;
use guide_engine::{Plan, Status, UiKey};
use leptos::prelude::*;

use crate::content::{model, named, t, text_view, ui, ui_view, ui_view_fill};
use crate::ticks::Ticks;

/// Everything to bring, merged across procedures, as tick boxes (also on paper): each
/// item with what the cards say about it ("one for every person moving") and the
/// procedures it is for.
#[component]
pub fn Checklist(plan: Plan) -> impl IntoView {
    let m = model();
    let ticks = expect_context::<Ticks>();
    let items = plan
        .documents
        .iter()
        .map(|d| {
            let doc = &m.documents[d.document];
            let id = format!("bring-{}", doc.id);
            let key = format!("doc:{}", doc.id);
            let key2 = key.clone();
            let notes = document_notes(&plan, d)
                .into_iter()
                .map(|n| view! { <span class="hint">{text_view(n)}</span> })
                .collect_view();
            let mut titles: Vec<&str> = Vec::new();
            for &i in &d.for_procedures {
                let title = t(m.procedures[plan.procedures[i].procedure].title);
                if !titles.contains(&title) {
                    titles.push(title);
                }
            }
            let used_for = titles.join(ui(UiKey::ListSeparator));
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
                            {notes}
                            <span class="hint used-for">{ui_view_fill(UiKey::BringFor, &[("procedures", &used_for)])}</span>
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
