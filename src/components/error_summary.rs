use guide_engine::UiKey;
use leptos::prelude::*;

use crate::content::ui_view;
use crate::dom::focus_id;

/// The error box at the top of a form. It takes focus when shown so the problem is
/// announced, and its link moves focus to the field to fix (without touching the URL,
/// which holds the page).
#[component]
pub fn ErrorSummary(message: &'static str, target: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            let _ = el.focus();
        }
    });
    let href = format!("#{target}");
    view! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" node_ref=node>
            <h2 id="error-summary-title">{ui_view(UiKey::ErrorSummaryTitle)}</h2>
            <ul>
                <li>
                    <a
                        href=href
                        on:click=move |ev| {
                            ev.prevent_default();
                            focus_id(&target);
                        }
                    >
                        {message}
                    </a>
                </li>
            </ul>
        </div>
    }
}
