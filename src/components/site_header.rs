use guide_engine::UiKey;
use leptos::prelude::*;

use crate::content::ui;

/// The guide's name, linking to its start.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="site-name" href="#/">
                {ui(UiKey::AppTitle)}
            </a>
        </header>
    }
}
