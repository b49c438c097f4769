use guide_engine::{Problem, ProblemKind, UiKey};
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

/// Tells which parts of a shared link could not be restored (the rest is used): events
/// that were dropped, and answers that were left blank.
#[component]
pub fn LinkProblems(problems: Vec<Problem>) -> impl IntoView {
    let (events, answers): (Vec<&Problem>, Vec<&Problem>) = problems.iter().partition(|p| p.kind == ProblemKind::Event);
    let notice = |list: Vec<&Problem>, key, name| {
        (!list.is_empty()).then(|| {
            let keys = list.iter().map(|p| p.key.as_str()).collect::<Vec<_>>().join(ui(UiKey::ListSeparator));
            view! { <Notice text=ui_fill(key, &[(name, &keys)]) /> }
        })
    };
    view! {
        {notice(events, UiKey::LinkEvents, "events")}
        {notice(answers, UiKey::LinkProblems, "keys")}
    }
}
