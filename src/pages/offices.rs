//! Every office: address, hours, phone, a map link, and the sections found there (each
//! with its own number where it has one). Names carry the Japanese beside them in other
//! languages, so a resident can match the sign in the building.
//! Results link here (`#/offices/<id>`), opened at the office they name.

use guide_engine::{OfficeIx, UiKey, idx};
use leptos::prelude::*;

use crate::components::{OfficeDetails, phone_link};
use crate::content::{model, named, page_title, ui, ui_view};
use crate::dom::{focus_id, page_shown};

#[component]
pub fn OfficesPage(focus: Option<OfficeIx>) -> impl IntoView {
    let m = model();
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::OfficesHeading)), heading);
    // Opened from a result: bring that office into view, focused for keyboards and screen readers.
    if let Some(office) = focus {
        let id = heading_id(office);
        Effect::new(move |_| focus_id(&id));
    }
    let offices = idx::enumerate(&m.offices)
        .map(|(office, o)| {
            let sections: Vec<_> = m.sections.iter().filter(|s| s.office == office).collect();
            let sections = (!sections.is_empty()).then(|| {
                let items = sections
                    .into_iter()
                    .map(|s| view! { <li>{named(s.name)} {s.phone.as_deref().map(phone_link)}</li> })
                    .collect_view();
                view! {
                    <dt>{ui_view(UiKey::OfficeSections)}</dt>
                    <dd>
                        <ul class="plain">{items}</ul>
                    </dd>
                }
            });
            view! {
                <section class="office" aria-labelledby=heading_id(office)>
                    <h2 id=heading_id(office) tabindex="-1">{named(o.name)}</h2>
                    <dl class="facts">
                        <dt>{ui_view(UiKey::WhereToGo)}</dt>
                        <dd>
                            <OfficeDetails office=office phone=None />
                        </dd>
                        {sections}
                    </dl>
                </section>
            }
        })
        .collect_view();
    view! {
        <h1 tabindex="-1" node_ref=heading>
            {ui_view(UiKey::OfficesHeading)}
        </h1>
        <p class="lead">{ui_view(UiKey::OfficesIntro)}</p>
        {offices}
    }
}

fn heading_id(office: OfficeIx) -> String {
    format!("office-{}", model().offices[office].id)
}
