use guide_engine::UiKey;
use guide_engine::markup::safe_href;
use leptos::prelude::*;

use crate::content::ui_view;

/// A link to another site, opened in a new tab, saying so to everyone. Only a secure web,
/// mail or phone address is followed (`safe_href`): a link from content can never run a script.
#[component]
pub fn ExternalLink(href: String, children: Children) -> impl IntoView {
    let href = safe_href(&href).to_string();
    view! {
        <a href=href target="_blank" rel="noopener noreferrer" class="external">
            {children()}
            <span class="new-tab">{ui_view(UiKey::NewTab)}</span>
        </a>
    }
}
