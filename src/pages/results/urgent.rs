//! 「今週中に」: what is due within a week or overdue, gathered at the top of the results,
//! each with its countdown. Which ones and the countdown are `guide_engine::urgent`.

use guide_engine::urgent::{countdown, urgent};
use guide_engine::{Plan, UiKey, Urgency};
use leptos::prelude::*;

use super::steps::card_id;
use crate::content::{date_text, model, named, ui_view, ui_view_fill};
use crate::dom::focus_id;

#[component]
pub fn UrgentBlock(plan: Plan) -> impl IntoView {
    let m = model();
    let items = urgent(&plan, crate::dom::today());
    (!items.is_empty()).then(|| {
        let rows = items
            .into_iter()
            .map(|u| {
                let p = &m.procedures[plan.procedures[u.procedure].procedure];
                let id = card_id(&p.id);
                let target = id.clone();
                let (key, days) = countdown(u.urgency).unwrap_or((UiKey::Countdown, 0));
                let class = if u.urgency == Urgency::Overdue { "countdown overdue" } else { "countdown" };
                view! {
                    <li>
                        <strong class=class>{ui_view_fill(key, &[("days", &days.to_string())])}</strong>
                        " "
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
                        <span class="due-date">{ui_view_fill(UiKey::DueOn, &[("date", &date_text(u.due))])}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="urgent" aria-labelledby="urgent-heading">
                <h2 id="urgent-heading">{ui_view(UiKey::UrgentHeading)}</h2>
                <p>{ui_view(UiKey::UrgentIntro)}</p>
                <ul class="plain">{rows}</ul>
            </section>
        }
    })
}
