use guide_engine::UiKey;
use leptos::prelude::*;
use qrcode::{EcLevel, QrCode as Code, render::svg};

use crate::content::ui;

/// A QR code of `text`, drawn as SVG in the browser, so staff at the counter (or a
/// relative's phone) can open the same results. Nothing is sent anywhere to make it.
#[component]
pub fn QrCode(text: String) -> impl IntoView {
    // Level M survives a crease or a smudge on a printed sheet; a URL this long always fits.
    let svg = Code::with_error_correction_level(text.as_bytes(), EcLevel::M).ok().map(|code| {
        let markup = code.render::<svg::Color>().min_dimensions(200, 200).quiet_zone(true).build();
        // Drop the XML prologue: the SVG is inlined into HTML.
        markup.find("<svg").map_or(markup.clone(), |i| markup[i..].to_string())
    });
    svg.map(|svg| view! { <div class="qr" role="img" aria-label=ui(UiKey::QrLabel) inner_html=svg></div> })
}
