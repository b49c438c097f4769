use guide_engine::UiKey;
use leptos::prelude::*;

use crate::components::Notice;
use crate::content::{home_html, ui};
use crate::dom::page_shown;

/// The start page: every life event, in content order (one still being written is listed
/// as coming, not as a link). Its markup is `guide_engine::home`'s, which the build also
/// writes into index.html, so the app replaces that copy without anything moving.
#[component]
pub fn Home(notice: Option<UiKey>) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(ui(UiKey::AppTitle).to_string(), heading);
    let [title, intro, events, more, footer] =
        home_html(|h| [h.heading(), h.intro(), h.events(), h.more(), h.footer()].map(|m| m.into_string()));
    view! {
        <h1 tabindex="-1" node_ref=heading inner_html=title></h1>
        {notice.map(|key| view! { <Notice text=ui(key).to_string() /> })}
        <p class="lead" inner_html=intro></p>
        <ul class="events" inner_html=events></ul>
        <ul class="more" inner_html=more></ul>
        <footer class="page-footer" inner_html=footer></footer>
    }
}
