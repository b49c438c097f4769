use guide_engine::{PlannedProcedure, SectionIx, UiKey};
use leptos::prelude::*;

use super::procedure::ProcedureCard;
use crate::content::{model, t, ui, ui_fill};

/// The procedures handled by one section (課): where to go, then each procedure.
#[component]
pub fn GroupSection(section: SectionIx, procedures: Vec<PlannedProcedure>) -> impl IntoView {
    let m = model();
    let s = &m.sections[section];
    let office = &m.offices[s.office];
    let phone = s.phone.as_ref().or(office.phone.as_ref()).map(|phone| {
        let tel = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
        view! {
            <span class="line">
                <a href=tel>{ui_fill(UiKey::Phone, &[("phone", phone)])}</a>
            </span>
        }
    });
    view! {
        <section class="group">
            <h3>{t(s.name)}</h3>
            <dl class="where">
                <dt>{ui(UiKey::WhereToGo)}</dt>
                <dd>
                    <span class="line place">
                        <strong>{t(office.name)}</strong>
                        {s.counter.map(|c| view! { " " {t(c)} })}
                    </span>
                    <span class="line">{t(office.address)}</span>
                    <span class="line">{t(office.hours)}</span>
                    {phone}
                </dd>
            </dl>
            <ul class="procedures">
                {procedures
                    .into_iter()
                    .map(|p| view! { <ProcedureCard planned=p office=s.office /> })
                    .collect_view()}
            </ul>
        </section>
    }
}
