//! 伊賀市 くらしの手続きガイド: the web app. It only renders what the rule engine
//! (`guide-engine`) decides, with texts from the compiled content.

mod app;
mod components;
mod content;
mod describe;
mod dom;
mod draft;
mod language;
mod pages;
mod panic;
mod resolve;
mod router;
mod storage;
mod ticks;

fn main() {
    panic::install_hook();
    // Decode the content before anything is shown: both files come from this build.
    content::load();
    // A language other than Japanese is downloaded first, so the page opens in it (the
    // "loading" line of index.html stays until then); if that fails, Japanese, with a notice.
    let lang = language::initial();
    wasm_bindgen_futures::spawn_local(async move {
        let failed = lang != 0 && language::switch(lang).await.is_err();
        language::set_html_lang();
        dom::remove_loading_message();
        leptos::mount::mount_to_body(move || leptos::view! { <app::App language_failed=failed /> });
    });
}
