//! The printout: not the screen on paper but a checklist of its own, one or two A4 pages.
//! Hidden on screen and shown only in print (style/main.css, `.sheet`); the screen's cards
//! follow it on paper only when the reader chooses "print the full details too".

use guide_engine::{Date, Journey, Plan, PlannedProcedure, Status, TextId, UiKey};
use leptos::prelude::*;

use crate::components::QrCode;
use crate::content::{date_text, model, named, t, text_view, ui, ui_view, ui_view_fill};
use crate::describe::journey_view;
use crate::ticks::Ticks;

/// Key of the "print the full details too" choice among the page's ticks, so it is
/// remembered with them for these results.
pub const FULL_KEY: &str = "print:full";

/// The choice before printing, and a button that prints (citizen's results).
#[component]
pub fn PrintOptions() -> impl IntoView {
    let ticks = expect_context::<Ticks>();
    view! {
        <section class="print-options" aria-labelledby="print-heading">
            <h2 id="print-heading">{ui_view(UiKey::PrintHeading)}</h2>
            <p>{ui_view(UiKey::PrintIntro)}</p>
            <label class="choice">
                <input
                    type="checkbox"
                    id="print-full"
                    prop:checked=move || ticks.is_ticked(FULL_KEY)
                    on:change=move |ev| ticks.set(FULL_KEY, event_target_checked(&ev))
                />
                <span class="choice-text">{ui_view(UiKey::PrintFull)}</span>
            </label>
            <button type="button" class="button secondary print-now" on:click=|_| { let _ = window().print(); }>
                {ui_view(UiKey::Print)}
            </button>
        </section>
    }
}

/// The checklist sheet: event and date, the steps by where to go (box, name, deadline,
/// documents), everything to bring with boxes, the QR code back, the city's contact and the
/// date printed. At the counter (`staff`), a space for the clerk's notes follows.
#[component]
pub fn PrintSheet(
    journey: Journey,
    plan: Plan,
    qr: String,
    /// Each event's date (転入: 住み始めた日, 結婚: 婚姻届を出す日), where answered.
    event_dates: Vec<(TextId, Date)>,
    staff: bool,
) -> impl IntoView {
    let m = model();
    let ticks = expect_context::<Ticks>();
    let steps = |status: Status| {
        plan.groups
            .iter()
            .filter_map(|g| {
                let items: Vec<&PlannedProcedure> =
                    g.procedures.iter().map(|i| &plan.procedures[*i]).filter(|p| p.status == status).collect();
                (!items.is_empty()).then(|| {
                    let s = &m.sections[g.section];
                    let phone = s.phone.clone().or_else(|| m.offices[s.office].phone.clone());
                    view! {
                        <div class="sheet-group">
                            <h3>
                                {text_view(s.name)} <span class="sheet-place">
                                    <span class="nobreak">{text_view(m.offices[s.office].name)}</span> {s.counter.map(|c| view! { " " {text_view(c)} })}
                                    {phone.map(|p| view! { " " {ui_view_fill(UiKey::Phone, &[("phone", &p)])} })}
                                </span>
                            </h3>
                            <ul class="sheet-steps">
                                {items.into_iter().map(|p| view! { <Step planned=p.clone() ticks=ticks /> }).collect_view()}
                            </ul>
                        </div>
                    }
                })
            })
            .collect_view()
    };
    let needed = steps(Status::Needed);
    let maybe = plan.with_status(Status::Maybe).next().is_some().then(|| {
        view! {
            <h2 class="sheet-maybe">{ui_view(UiKey::MaybeHeading)}</h2>
            {steps(Status::Maybe)}
        }
    });
    let bring = (!plan.documents.is_empty()).then(|| {
        let items = plan
            .documents
            .iter()
            .map(|d| {
                let doc = &m.documents[d.document];
                let key = format!("doc:{}", doc.id);
                view! {
                    <li>
                        <span class="box" class:ticked=move || ticks.is_ticked(&key)></span>
                        {named(doc.name)}
                        {(d.status == Status::Maybe).then(|| view! { " " <span class="tag">{ui_view(UiKey::MaybeTag)}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="sheet-bring">
                <h2>{ui_view(UiKey::BringAll)}</h2>
                <ul class="sheet-checklist">{items}</ul>
            </div>
        }
    });
    // The city's contact: the first office (本庁) with the city's site as a short domain.
    let city = &m.offices[0];
    // The sheet is handed to the citizen, at the counter too: it speaks to them.
    let title = UiKey::ResultsHeading;
    let today = date_text(crate::dom::today());
    view! {
        <div class="sheet">
            <div class="sheet-head">
                <div class="sheet-title">
                    <p class="sheet-app">{ui_view(UiKey::AppTitle)}</p>
                    <h2>{journey_view(m, &journey)} <span class="sheet-for">{ui_view(title)}</span></h2>
                    <p class="sheet-meta">
                        {event_dates
                            .into_iter()
                            .map(|(label, date)| {
                                view! {
                                    <span>
                                        {ui_view_fill(
                                            UiKey::EventDate,
                                            &[("label", t(label)), ("date", &date_text(date))],
                                        )}
                                    </span>
                                    " "
                                }
                            })
                            .collect_view()}
                        <span>{ui_view_fill(UiKey::PrintedOn, &[("date", &today)])}</span>
                    </p>
                    // The city's contact sits in the head, so no page ends with it alone.
                    <p class="sheet-contact">
                        <strong>{ui_view(UiKey::PrintContact)}</strong>
                        " "
                        <span class="nobreak">{text_view(city.name)}</span>
                        " "
                        {text_view(city.address)}
                        " "
                        {text_view(city.hours)}
                        {city.phone.clone().map(|p| view! { " " {ui_view_fill(UiKey::Phone, &[("phone", &p)])} })}
                        " "
                        {ui_view(UiKey::PrintWebsite)}
                    </p>
                </div>
                <div class="sheet-qr">
                    <p>{ui_view(UiKey::QrLabel)}</p>
                    <QrCode text=qr />
                </div>
            </div>
            {needed}
            {maybe}
            {bring}
            {staff
                .then(|| {
                    view! {
                        <div class="sheet-notes">
                            <h2>{ui_view(UiKey::ClerkNotes)}</h2>
                            <div class="sheet-lines"></div>
                        </div>
                    }
                })}
        </div>
    }
}

/// One step: a box (ticked if done on screen), the name, the deadline (as a date where there
/// is one), and the documents by name.
#[component]
fn Step(planned: PlannedProcedure, ticks: Ticks) -> impl IntoView {
    let m = model();
    let p = &m.procedures[planned.procedure];
    let key = format!("proc:{}", p.id);
    let due = match (planned.due, planned.deadline) {
        (Some(due), _) => Some(ui_view_fill(UiKey::DueOn, &[("date", &date_text(due))])),
        (None, Some(text)) => Some(text_view(text)),
        (None, None) => None,
    };
    let sep = ui(UiKey::ListSeparator);
    let documents = (!planned.documents.is_empty()).then(|| {
        let n = planned.documents.len();
        let names = planned
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| view! { <span class="sheet-doc">{named(m.documents[d.document].name)}</span> {(i + 1 < n).then_some(sep)} })
            .collect_view();
        view! {
            <span class="sheet-docs">
                <span class="sheet-label">{ui_view(UiKey::BringHeading)}</span>
                " "
                {names}
            </span>
        }
    });
    view! {
        <li class="sheet-step">
            <span class="box" class:ticked=move || ticks.is_ticked(&key)></span>
            <span class="sheet-name">{named(p.title)}</span>
            {due.map(|d| view! { " " <strong class="sheet-due">{d}</strong> })}
            {documents}
        </li>
    }
}
