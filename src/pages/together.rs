//! Several events at once: the combinations content offers (`content/combinations.yaml`),
//! each starting one journey with one plan (`#/kekkon+tennyu`).

use guide_engine::{Journey, UiKey};
use leptos::prelude::*;

use crate::components::BackLink;
use crate::content::{model, page_title, ui, ui_view};
use crate::describe::journey_view;
use crate::dom::page_shown;

#[component]
pub fn TogetherPage() -> impl IntoView {
    let m = model();
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::CombineHeading)), heading);
    let items = m
        .journeys
        .offered
        .iter()
        .map(|c| {
            let journey = Journey::new(m, &c.events);
            view! {
                <li>
                    <a class="event" href=format!("#/{}", journey.id(m))>
                        <span class="event-title">{journey_view(m, &journey)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <BackLink href="#/".to_string() />
        <h1 tabindex="-1" node_ref=heading>
            {ui_view(UiKey::CombineHeading)}
        </h1>
        <p class="lead">{ui_view(UiKey::CombineIntro)}</p>
        <ul class="events">{items}</ul>
    }
}
