//! Finding a procedure by name (「印鑑登録」「児童手当」), in the language shown: every
//! procedure of every event, with links into the events that use it. The search is the
//! counter catalogue's (`guide_engine::catalogue::find`, tested natively).

use guide_engine::UiKey;
use guide_engine::catalogue::{entries, events_of, find};
use leptos::prelude::*;

use crate::components::BackLink;
use crate::content::{model, named, page_title, search_haystacks, text_view, ui, ui_view, ui_view_fill};
use crate::dom::page_shown;

#[component]
pub fn SearchPage() -> impl IntoView {
    let m = model();
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::SearchHeading)), heading);
    let all = entries(m);
    let haystacks = search_haystacks(&all);
    let query = RwSignal::new(String::new());
    let found = Memo::new(move |_| query.with(|q| find(m, &all, &haystacks, q)));
    let all = entries(m);
    let list = move || {
        found
            .get()
            .into_iter()
            .map(|i| {
                let entry = &all[i];
                let events = events_of(entry)
                    .into_iter()
                    .map(|e| view! { <li><a href=format!("#/{}", m.events[e].id)>{text_view(m.events[e].title)}</a></li> })
                    .collect_view();
                view! {
                    <li class="found">
                        <span class="event-title">{named(m.procedures[entry.procedure].title)}</span>
                        <span class="line hint">{ui_view(UiKey::SearchUsedIn)}</span>
                        <ul class="inline">{events}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <BackLink href="#/".to_string() />
        <h1 tabindex="-1" node_ref=heading>
            {ui_view(UiKey::SearchHeading)}
        </h1>
        <form class="search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="search-q">{ui_view(UiKey::SearchLabel)}</label>
            <input
                id="search-q"
                type="search"
                class="share-link"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
        </form>
        <p role="status" id="search-count">
            {move || {
                let n = found.with(Vec::len);
                query.with(|q| !q.trim().is_empty()).then(|| ui_view_fill(UiKey::SearchCount, &[("shown", &n.to_string())]))
            }}
        </p>
        <ul class="search-results plain">{list}</ul>
    }
}
