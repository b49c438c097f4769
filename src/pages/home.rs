use guide_engine::{Event, UiKey};
use leptos::prelude::*;

use crate::components::Notice;
use crate::content::{model, text_view, ui, ui_view};
use crate::dom::page_shown;

/// The start page: every life event, in content order. Events still being written are
/// listed as "準備中", not as links.
#[component]
pub fn Home(notice: Option<UiKey>) -> impl IntoView {
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(ui(UiKey::AppTitle).to_string(), heading);
    view! {
        <h1 tabindex="-1" node_ref=heading>
            {ui_view(UiKey::HomeHeading)}
        </h1>
        {notice.map(|key| view! { <Notice text=ui(key).to_string() /> })}
        <p class="lead">{ui_view(UiKey::AppIntro)}</p>
        <ul class="events">{model().events.iter().map(event_item).collect_view()}</ul>
        <footer class="page-footer">
            <a href="#/staff">{ui_view(UiKey::StaffLink)}</a>
        </footer>
    }
}

fn event_item(event: &'static Event) -> impl IntoView {
    let body = view! {
        <span class="event-title">{text_view(event.title)}</span>
        <span class="event-summary">{text_view(event.summary)}</span>
    };
    if event.available {
        view! {
            <li>
                <a class="event" href=format!("#/{}", event.id)>
                    {body}
                </a>
            </li>
        }
        .into_any()
    } else {
        view! {
            <li>
                <div class="event coming">
                    {body}
                    <span class="tag">{ui_view(UiKey::EventComing)}</span>
                </div>
            </li>
        }
        .into_any()
    }
}
