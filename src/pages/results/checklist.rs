use guide_engine::{MergedDocument, Status, UiKey};
use leptos::prelude::*;

use crate::content::{model, t, ui};

/// Everything to bring, merged across procedures, as tick boxes (also on paper).
#[component]
pub fn Checklist(documents: Vec<MergedDocument>) -> impl IntoView {
    let m = model();
    let items = documents
        .into_iter()
        .map(|d| {
            let doc = &m.documents[d.document];
            let id = format!("bring-{}", doc.id);
            view! {
                <li>
                    <label class="choice">
                        <input type="checkbox" id=id />
                        <span class="choice-text">
                            {t(doc.name)}
                            {(d.status == Status::Maybe).then(|| view! { " " <span class="tag">{ui(UiKey::MaybeTag)}</span> })}
                            {doc.detail.map(|x| view! { <span class="hint">{t(x)}</span> })}
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="bring" aria-labelledby="bring-heading">
            <h2 id="bring-heading">{ui(UiKey::BringAll)}</h2>
            <ul class="checklist">{items}</ul>
        </section>
    }
}
