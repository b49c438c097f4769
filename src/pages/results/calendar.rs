use guide_engine::ics::{Deadline, calendar};
use guide_engine::{Journey, Plan, Status, UiKey};
use leptos::prelude::*;

use crate::content::{model, t, ui, ui_fill, ui_view};
use crate::describe::journey_text;

/// A download of the deadlines as a calendar file, when the event date gave any dates.
#[component]
pub fn CalendarLink(journey: Journey, plan: Plan, scope: String) -> impl IntoView {
    let m = model();
    let deadlines: Vec<Deadline> = plan
        .procedures
        .iter()
        .filter(|p| p.status != Status::NotNeeded)
        .filter_map(|p| {
            let procedure = &m.procedures[p.procedure];
            Some(Deadline { id: &procedure.id, title: t(procedure.title), due: p.due?, description: t(p.deadline?) })
        })
        .collect();
    (!deadlines.is_empty()).then(|| {
        let name = ui_fill(UiKey::CalendarName, &[("event", &journey_text(m, &journey))]);
        let ics = calendar(&name, &scope, &deadlines);
        let href = format!("data:text/calendar;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&ics)));
        // The file name stays in a phone's downloads: it must not name the event (a divorce,
        // a pregnancy), so it is the same for every event.
        let file = ui(UiKey::CalendarFile);
        view! {
            <p class="calendar">
                <a href=href download=file>
                    {ui_view(UiKey::CalendarDownload)}
                </a>
            </p>
        }
    })
}
