use leptos::prelude::*;

use crate::components::LanguageMenu;
use crate::content::home_html;

/// The guide's name, linking to its start, and the language menu (markup by
/// `guide_engine::home`, as in the build's copy of the home page).
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-name" href="#/" inner_html=home_html(|h| h.site_name().into_string())></a>
            <LanguageMenu />
        </header>
    }
}
