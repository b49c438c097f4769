use guide_engine::ics::{Deadline, calendar};
use guide_engine::{EventIx, Plan, Status, UiKey};
use leptos::prelude::*;

use crate::content::{model, t, ui_fill, ui_view};

/// A download of the deadlines as a calendar file, when the event date gave any dates.
#[component]
pub fn CalendarLink(event: EventIx, plan: Plan, scope: String) -> impl IntoView {
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
        let name = ui_fill(UiKey::CalendarName, &[("event", t(m.events[event].title))]);
        let ics = calendar(&name, &scope, &deadlines);
        let href = format!("data:text/calendar;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&ics)));
        let file = format!("{}.ics", m.events[event].id);
        view! {
            <p class="calendar">
                <a href=href download=file>
                    {ui_view(UiKey::CalendarDownload)}
                </a>
            </p>
        }
    })
}
