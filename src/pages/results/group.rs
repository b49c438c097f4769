use guide_engine::{PlannedProcedure, SectionIx, UiKey};
use leptos::prelude::*;

use super::procedure::ProcedureCard;
use crate::components::{OfficeDetails, office_link};
use crate::content::{model, named, text_view, ui_view};

/// The procedures handled by one section (課): where to go, then each procedure.
#[component]
pub fn GroupSection(section: SectionIx, procedures: Vec<(PlannedProcedure, Option<String>)>) -> impl IntoView {
    let m = model();
    let s = &m.sections[section];
    view! {
        <section class="group">
            <h3>{named(s.name)}</h3>
            <dl class="where">
                <dt>{ui_view(UiKey::WhereToGo)}</dt>
                <dd>
                    <span class="line place">
                        <a href=office_link(s.office)>
                            <strong>{named(m.offices[s.office].name)}</strong>
                        </a>
                        {s.counter.map(|c| view! { " " {text_view(c)} })}
                    </span>
                    <OfficeDetails office=s.office phone=s.phone.clone() />
                </dd>
            </dl>
            <ul class="procedures">
                {procedures
                    .into_iter()
                    .map(|(p, because)| view! { <ProcedureCard planned=p because=because office=s.office /> })
                    .collect_view()}
            </ul>
        </section>
    }
}
