use guide_engine::UiKey;
use leptos::prelude::*;

use crate::content::ui_view;

/// "戻る": to the previous question (answers kept) or to the start.
#[component]
pub fn BackLink(href: String) -> impl IntoView {
    view! {
        <a class="back-link" href=href>
            {ui_view(UiKey::Back)}
        </a>
    }
}
