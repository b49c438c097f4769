use guide_engine::{OfficeIx, UiKey};
use leptos::prelude::*;

use crate::components::ExternalLink;
use crate::content::{model, t, text_view, ui_view, ui_view_fill};

/// Address, hours, phone (a `tel:` link) and a map link of an office, one per line.
/// `phone` is a section's own number where it has one, else the office's.
#[component]
pub fn OfficeDetails(office: OfficeIx, phone: Option<String>) -> impl IntoView {
    let m = model();
    let o = &m.offices[office];
    let phone = phone.or_else(|| o.phone.clone()).map(|phone| view! { <span class="line">{phone_link(&phone)}</span> });
    view! {
        <span class="line">{text_view(o.address)}</span>
        <span class="line">{text_view(o.hours)}</span>
        {phone}
        <span class="line">
            <ExternalLink href=map_url(t(o.name), t(o.address))>{ui_view(UiKey::MapLink)}</ExternalLink>
        </span>
    }
}

/// A phone number as a `tel:` link ("電話 0595-22-9624"), so a phone calls it with one tap.
pub fn phone_link(phone: &str) -> impl IntoView + use<> {
    let tel = format!("tel:{}", phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>());
    view! { <a class="tel" href=tel>{ui_view_fill(UiKey::Phone, &[("phone", phone)])}</a> }
}

/// A map search for the office by name and address (the content holds no coordinates,
/// and a search finds a 支所 even where the address is not yet confirmed).
fn map_url(name: &str, address: &str) -> String {
    let query = String::from(js_sys::encode_uri_component(&format!("{name} {address}")));
    format!("https://www.google.com/maps/search/?api=1&query={query}")
}

/// The page of every office, opened at this one.
pub fn office_link(office: OfficeIx) -> String {
    guide_engine::Route::Offices { office: Some(model().offices[office].id.clone()) }.to_hash()
}
