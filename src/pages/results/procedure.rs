use guide_engine::{OfficeIx, PlannedProcedure, Status, UiKey, Urgency};
use leptos::prelude::*;

use crate::components::{ExternalLink, office_link};
use crate::content::{date_text, model, named, t, text_view, ui, ui_fill, ui_view, ui_view_fill};
use crate::describe::reason_text;
use crate::ticks::Ticks;

/// One procedure: what it is, online options first, by when, what to bring, fee, other
/// offices, notes, why it is listed, and where the facts come from.
#[component]
pub fn ProcedureCard(
    planned: PlannedProcedure,
    /// For a journey of several events: the events it is listed for, in words.
    because: Option<String>,
    office: OfficeIx,
) -> impl IntoView {
    let m = model();
    let p = &m.procedures[planned.procedure];
    let ticks = expect_context::<Ticks>();
    let done_key = format!("proc:{}", p.id);
    let done_key2 = done_key.clone();

    let online = (!p.online.is_empty()).then(|| {
        let items = p
            .online
            .iter()
            .map(|o| {
                view! {
                    <li>
                        <ExternalLink href=o.url.clone()>{text_view(m.online_kinds[o.kind].name)}</ExternalLink>
                        {o.text.map(|text| view! { <span class="line">{text_view(text)}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! { <dt>{ui_view(UiKey::OnlineLabel)}</dt> <dd><ul class="plain">{items}</ul></dd> }
    });
    // Summary, deadline and notes come from the plan: an event may word them itself.
    let deadline = planned.deadline.map(|text| {
        let due = planned.due.map(|due| {
            // Overdue or within a week: said in words, not by colour alone.
            let (class, warning) = match due.urgency(crate::dom::today()) {
                Urgency::Overdue => ("due overdue", Some(ui(UiKey::Overdue).to_string())),
                Urgency::Soon(0) => ("due soon", Some(ui(UiKey::DueToday).to_string())),
                Urgency::Soon(1) => ("due soon", Some(ui(UiKey::DueSoonOne).to_string())),
                Urgency::Soon(n) => ("due soon", Some(ui_fill(UiKey::DueSoon, &[("days", &n.to_string())]))),
                Urgency::Later => ("due", None),
            };
            view! {
                <strong class=class>{ui_view_fill(UiKey::DueOn, &[("date", &date_text(due))])}</strong>
                {warning.map(|w| view! { <span class="line urgency">{w}</span> })}
            }
        });
        view! { <dt>{ui_view(UiKey::DeadlineLabel)}</dt> <dd><span class="line">{text_view(text)}</span> {due}</dd> }
    });
    let documents = (!planned.documents.is_empty()).then(|| {
        let items = planned
            .documents
            .iter()
            .map(|d| {
                let doc = &m.documents[d.document];
                view! {
                    <li>
                        {named(doc.name)}
                        {(d.status == Status::Maybe && planned.status == Status::Needed)
                            .then(|| view! { " " <span class="tag">{ui_view(UiKey::MaybeTag)}</span> })}
                        {doc.detail.map(|x| view! { <span class="line hint">{text_view(x)}</span> })}
                        {d.note.map(|x| view! { <span class="line hint">{text_view(x)}</span> })}
                    </li>
                }
            })
            .collect_view();
        view! { <dt>{ui_view(UiKey::BringHeading)}</dt> <dd><ul class="plain">{items}</ul></dd> }
    });
    let fee = p.fee.map(|fee| view! { <dt>{ui_view(UiKey::FeeLabel)}</dt> <dd>{text_view(fee)}</dd> });
    let others: Vec<_> = p.offices.iter().copied().filter(|o| *o != office).collect();
    let also = (!others.is_empty()).then(|| {
        let items = others
            .into_iter()
            .map(|o| view! { <li><a href=office_link(o)>{named(m.offices[o].name)}</a></li> })
            .collect_view();
        view! { <dt>{ui_view(UiKey::AlsoAccepted)}</dt> <dd><ul class="inline">{items}</ul></dd> }
    });
    let notes = (!planned.notes.is_empty()).then(|| {
        let items = planned.notes.iter().map(|n| view! { <li>{text_view(*n)}</li> }).collect_view();
        view! { <dt>{ui_view(UiKey::NotesLabel)}</dt> <dd><ul class="plain">{items}</ul></dd> }
    });
    let mut reasons: Vec<String> = because.into_iter().collect();
    if planned.reasons.is_empty() {
        reasons.push(ui(UiKey::ReasonEveryone).to_string());
    } else {
        reasons.extend(planned.reasons.iter().map(|r| reason_text(m, r)));
    }
    let why = reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view();
    let sources = (!p.sources.is_empty()).then(|| {
        let items = p
            .sources
            .iter()
            .map(|s| {
                let title = t(s.title);
                let checked = ui_fill(UiKey::CheckedOn, &[("date", &date_text(s.checked))]);
                view! {
                    <li>
                        {match &s.url {
                            Some(url) => view! { <ExternalLink href=url.clone()>{title}</ExternalLink> }.into_any(),
                            None => title.into_any(),
                        }}
                        <span class="line hint">{checked}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="sources">
                <summary>{ui_view(UiKey::SourcesLabel)}</summary>
                <ul class="plain">{items}</ul>
            </details>
        }
    });

    view! {
        <li class="procedure" id=super::steps::card_id(&p.id) tabindex="-1">
            <h4>{named(p.title)}</h4>
            <label class="choice done">
                <input
                    type="checkbox"
                    prop:checked=move || ticks.is_ticked(&done_key)
                    on:change=move |ev| ticks.set(&done_key2, event_target_checked(&ev))
                />
                <span class="choice-text">{ui_view(UiKey::ProcedureDone)}</span>
            </label>
            {planned.summary.map(|s| view! { <p>{text_view(s)}</p> })}
            <dl class="facts">
                {online} {deadline} {documents} {fee} {also} {notes} <dt>{ui_view(UiKey::WhyLabel)}</dt>
                <dd>
                    <ul class="plain">{why}</ul>
                </dd>
            </dl>
            {sources}
        </li>
    }
}
