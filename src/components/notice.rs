use guide_engine::{Problem, UiKey};
use leptos::prelude::*;

use crate::content::{ui, ui_fill};

/// A short message about the page itself (a link that led nowhere, a bad part of a link).
#[component]
pub fn Notice(text: String) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>{text}</p>
        </div>
    }
}

/// Tells which parts of a shared link could not be restored (the rest is used).
#[component]
pub fn LinkProblems(problems: Vec<Problem>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let keys = problems.iter().map(|p| p.key.as_str()).collect::<Vec<_>>().join(ui(UiKey::ListSeparator));
        view! { <Notice text=ui_fill(UiKey::LinkProblems, &[("keys", &keys)]) /> }
    })
}
