//! The plan at a glance: the steps in the order to do them, one line each (what, where,
//! by when, online or not), grouped into visits, before the details. The order and the
//! visits come from the engine (`after:` edges in content); this only renders them.

use guide_engine::journey::{Place, visits};
use guide_engine::{Plan, Status, UiKey};
use leptos::prelude::*;

use crate::content::{date_text, model, named, text_view, ui, ui_view, ui_view_fill};
use crate::dom::focus_id;

/// The id of a procedure's details card, so a step can take the reader there.
pub fn card_id(procedure: &str) -> String {
    format!("proc-{procedure}")
}

#[component]
pub fn Steps(plan: Plan) -> impl IntoView {
    let m = model();
    let visits = visits(m, &plan);
    (!visits.is_empty()).then(|| {
        let items = visits
            .iter()
            .map(|v| {
                let place = match v.place {
                    Place::Online => ui_view(UiKey::PlanOnline),
                    Place::Office(o) => text_view(m.offices[o].name),
                };
                let numbers: Vec<String> = v.waits_for.iter().map(|w| (w + 1).to_string()).collect();
                let after = (!numbers.is_empty()).then(|| {
                    let list = numbers.join(ui(UiKey::ListSeparator));
                    view! { " " <span class="after">{ui_view_fill(UiKey::PlanAfter, &[("steps", &list)])}</span> }
                });
                let steps = v
                    .steps
                    .iter()
                    .map(|i| {
                        let planned = &plan.procedures[*i];
                        let p = &m.procedures[planned.procedure];
                        let id = card_id(&p.id);
                        let target = id.clone();
                        let due = planned
                            .due
                            .map(|d| view! { " " <span class="due">{ui_view_fill(UiKey::DueOn, &[("date", &date_text(d))])}</span> });
                        let online = (v.place != Place::Online && !p.online.is_empty())
                            .then(|| view! { " " <span class="tag">{ui_view(UiKey::PlanOnlineTag)}</span> });
                        let maybe = (planned.status == Status::Maybe)
                            .then(|| view! { " " <span class="tag">{ui_view(UiKey::MaybeTag)}</span> });
                        view! {
                            <li>
                                // Hash routing owns the fragment, so the link moves focus itself.
                                <a
                                    href=format!("#{id}")
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_id(&target);
                                    }
                                >
                                    {named(p.title)}
                                </a>
                                " "
                                <span class="section">{named(m.sections[p.section].name)}</span>
                                {due}
                                {online}
                                {maybe}
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="visit">
                        <span class="place">{place}</span>
                        {after}
                        <ul class="plain">{steps}</ul>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="plan" aria-labelledby="plan-heading">
                <h2 id="plan-heading">{ui_view(UiKey::PlanHeading)}</h2>
                <p>{ui_view(UiKey::PlanIntro)}</p>
                <ol class="visits">{items}</ol>
            </section>
        }
    })
}
