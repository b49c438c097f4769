//! The counter's catalogue (`#/staff`): every procedure of every event once, searchable
//! and filtered, with who needs it in words; and a field to open a citizen's results link.
//! The search itself is `guide_engine::catalogue` and the facts are written by
//! `guide_engine::html` (both tested natively). The page is one HTML string with two
//! event handlers, not typed views: staff mode ships in every citizen's download, so it
//! has to stay small.

use guide_engine::catalogue::{Filter, entries};
use guide_engine::html::Html;
use guide_engine::markup::Markup;
use guide_engine::{EventIx, Idx, TextId, UiKey, html};
use leptos::prelude::*;

use crate::content::{model, page_title, search_haystacks, t, ui, ui_fill, ui_view};
use crate::dom::page_shown;
use crate::resolve::staff_link;
use crate::router::replace;

#[component]
pub fn StaffPage() -> impl IntoView {
    let m = model();
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::StaffHeading)), heading);
    let all = entries(m);
    let haystacks = search_haystacks(&all);
    let html = Html { model: m, text: &t, new_tab: true };
    let text = |key| Markup::text(ui(key));
    let field = |id: &'static str, key, control: Markup| {
        html!("<div class=\"field\"><label for=\"{}\">{}</label>{}</div>", Markup::trusted(id), text(key), control)
    };
    let select = |id: &'static str, key, names: Vec<TextId>| {
        let options: Markup = names
            .iter()
            .enumerate()
            .map(|(i, n)| html!("<option value=\"{}\">{}</option>", Markup::text(&i.to_string()), Markup::text(t(*n))))
            .collect();
        let control = html!(
            "<select id=\"{}\"><option value=\"\">{}</option>{}</select>",
            Markup::trusted(id),
            text(UiKey::StaffAll),
            options
        );
        field(id, key, control)
    };
    let available: Vec<EventIx> = m.available_events().map(|(e, _)| e).collect();
    let list: Markup = all.iter().map(|e| html!("<li class=\"entry\">{}</li>", html.procedure(e, true))).collect();
    let body = html!(
        "<form class=\"staff-open\"><label for=\"staff-link\">{}</label><div class=\"row\">\
         <input id=\"staff-link\" type=\"text\" class=\"share-link\"><button type=\"submit\" class=\"button\">{}</button>\
         </div><div id=\"staff-bad\" class=\"notice\" role=\"status\" hidden><p>{}</p></div></form>\
         <p><a href=\"handbook/index.html\">{}</a></p><div class=\"filters\" role=\"search\">{}{}{}{}</div>\
         <p id=\"staff-count\" role=\"status\">{}</p><ul id=\"staff-list\" class=\"catalogue\">{}</ul>",
        text(UiKey::StaffOpenLink),
        text(UiKey::StaffOpen),
        text(UiKey::StaffBadLink),
        text(UiKey::HandbookLink),
        field("staff-q", UiKey::StaffSearch, Markup::trusted("<input id=\"staff-q\" type=\"search\" class=\"share-link\">")),
        select("staff-event", UiKey::StaffEvent, available.iter().map(|e| m.events[*e].title).collect()),
        select("staff-section", UiKey::StaffSection, m.sections.iter().map(|s| s.name).collect()),
        select("staff-office", UiKey::StaffOffice, m.offices.iter().map(|o| o.name).collect()),
        Markup::text(&count(all.len(), all.len())),
        list,
    )
    .into_string();

    // Typing in the search box or choosing a filter (a <select> fires `input` too).
    let refresh = move |_| {
        set_hidden("staff-bad", true);
        let number = |id| value(id).parse::<usize>().ok();
        let filter = Filter {
            query: value("staff-q"),
            event: number("staff-event").and_then(|i| available.get(i).copied()),
            section: number("staff-section").map(Idx::new),
            office: number("staff-office").map(Idx::new),
        };
        let mut shown = 0;
        let mut li = document().get_element_by_id("staff-list").and_then(|ul| ul.first_element_child());
        for (e, h) in all.iter().zip(&haystacks) {
            let Some(el) = li else { break };
            let v = filter.matches(m, e, h);
            shown += usize::from(v);
            let _ = el.toggle_attribute_with_force("hidden", !v);
            li = el.next_element_sibling();
        }
        if let Some(p) = document().get_element_by_id("staff-count") {
            p.set_text_content(Some(&count(shown, all.len())));
        }
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match staff_link(m, &value("staff-link")) {
            // In place of the catalogue: the counter PC's history keeps no citizen's answers.
            Some(to) => replace(&to),
            None => set_hidden("staff-bad", false),
        }
    };
    view! {
        <h1 tabindex="-1" node_ref=heading>
            {ui_view(UiKey::StaffHeading)}
        </h1>
        <div on:input=refresh on:submit=open inner_html=body />
    }
}

fn count(shown: usize, total: usize) -> String {
    ui_fill(UiKey::StaffCount, &[("shown", &shown.to_string()), ("total", &total.to_string())])
}

/// The value of the form control with this id.
fn value(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|el| js_sys::Reflect::get(&el, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}
