use guide_engine::UiKey;
use leptos::prelude::*;

use crate::components::LanguageMenu;
use crate::content::ui_view;

/// The guide's name, linking to its start, and the language menu.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-name" href="#/">
                {ui_view(UiKey::AppTitle)}
            </a>
            <LanguageMenu />
        </header>
    }
}
