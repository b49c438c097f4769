use guide_engine::UiKey;
use leptos::prelude::*;

use crate::content::ui_view;

/// A link to another site, opened in a new tab, saying so to everyone.
#[component]
pub fn ExternalLink(href: String, children: Children) -> impl IntoView {
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" class="external">
            {children()}
            <span class="new-tab">{ui_view(UiKey::NewTab)}</span>
        </a>
    }
}
