use guide_engine::UiKey;
use leptos::prelude::*;

use crate::content::rui;

/// A link to another site, opened in a new tab, saying so to everyone.
#[component]
pub fn ExternalLink(href: String, children: Children) -> impl IntoView {
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" class="external">
            {children()}
            <span class="new-tab">{rui(UiKey::NewTab)}</span>
        </a>
    }
}
