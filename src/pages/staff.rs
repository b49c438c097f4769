//! The counter's catalogue (`#/staff`): every procedure of every event once, searchable
//! and filtered, with who needs it in words; and a field to open a citizen's results link.
//! The search itself is `guide_engine::catalogue` (tested natively).

use std::sync::Arc;

use guide_engine::catalogue::{Filter, entries, fold, search_texts};
use guide_engine::html::Html;
use guide_engine::{TextId, UiKey};
use leptos::prelude::*;

use crate::components::Notice;
use crate::content::{model, page_title, rui, search_text, t, ui, ui_fill};
use crate::dom::page_shown;
use crate::page::staff_link;
use crate::router::go;

#[component]
pub fn StaffPage() -> impl IntoView {
    let m = model();
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::StaffHeading)), heading);
    let all = Arc::new(entries(m));
    let haystacks: Arc<Vec<String>> = Arc::new(
        all.iter().map(|e| search_texts(m, e).into_iter().map(|id| fold(&search_text(id))).collect()).collect(),
    );
    let filter = RwSignal::new(Filter::default());
    let shown = {
        let all = all.clone();
        Memo::new(move |_| {
            filter.with(|f| all.iter().zip(haystacks.iter()).map(|(e, h)| f.matches(m, e, h)).collect::<Vec<bool>>())
        })
    };
    let total = all.len().to_string();
    let count = move || {
        let n = shown.with(|s| s.iter().filter(|v| **v).count()).to_string();
        ui_fill(UiKey::StaffCount, &[("shown", &n), ("total", &total)])
    };

    let bad_link = RwSignal::new(false);
    let link = NodeRef::<leptos::html::Input>::new();
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match link.get().and_then(|input| staff_link(m, &input.value())) {
            Some(to) => go(&to),
            None => bad_link.set(true),
        }
    };

    let select = |id: &'static str, label: UiKey, names: Vec<TextId>, set: fn(&mut Filter, Option<usize>)| {
        let options = names
            .into_iter()
            .enumerate()
            .map(|(i, n)| view! { <option value=i.to_string()>{t(n)}</option> })
            .collect_view();
        view! {
            <div class="field">
                <label for=id>{rui(label)}</label>
                <select id=id on:change=move |ev| filter.update(|f| set(f, event_target_value(&ev).parse().ok()))>
                    <option value="">{rui(UiKey::StaffAll)}</option>
                    {options}
                </select>
            </div>
        }
    };
    // The facts as HTML, written by the engine (as in the printed handbook).
    let html = Html { model: m, text: &t, new_tab: true };
    let events = m.events.iter().filter(|e| e.available).map(|e| e.title).collect();
    let list = all
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            view! { <li class="entry" hidden=move || !shown.with(|s| s[i]) inner_html=html.procedure(entry, true) /> }
        })
        .collect_view();

    view! {
        <h1 tabindex="-1" node_ref=heading>
            {rui(UiKey::StaffHeading)}
        </h1>
        <form class="staff-open" on:submit=open>
            <label for="staff-link">{rui(UiKey::StaffOpenLink)}</label>
            <div class="row">
                <input id="staff-link" type="text" class="share-link" node_ref=link on:input=move |_| bad_link.set(false) />
                <button type="submit" class="button">
                    {rui(UiKey::StaffOpen)}
                </button>
            </div>
            {move || bad_link.get().then(|| view! { <Notice text=ui(UiKey::StaffBadLink).to_string() /> })}
        </form>
        <p>
            <a href="handbook/index.html">{rui(UiKey::HandbookLink)}</a>
        </p>
        <div class="filters" role="search">
            <div class="field">
                <label for="staff-q">{rui(UiKey::StaffSearch)}</label>
                <input
                    id="staff-q"
                    type="search"
                    class="share-link"
                    on:input=move |ev| filter.update(|f| f.query = event_target_value(&ev))
                />
            </div>
            {select("staff-event", UiKey::StaffEvent, events, |f, v| {
                f.event = v.and_then(|i| model().events.iter().enumerate().filter(|(_, e)| e.available).nth(i)).map(|(e, _)| e)
            })}
            {select("staff-section", UiKey::StaffSection, m.sections.iter().map(|s| s.name).collect(), |f, v| f.section = v)}
            {select("staff-office", UiKey::StaffOffice, m.offices.iter().map(|o| o.name).collect(), |f, v| f.office = v)}
        </div>
        <p role="status">{count}</p>
        <ul class="catalogue">{list}</ul>
    }
}
