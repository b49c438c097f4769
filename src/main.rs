//! 伊賀市 くらしの手続きガイド: the web app. It only renders what the rule engine
//! (`guide-engine`) decides, with texts from the compiled content.

mod app;
mod components;
mod content;
mod describe;
mod dom;
mod draft;
mod language;
mod offline;
mod pages;
mod panic;
mod resolve;
mod router;
mod storage;
mod ticks;

fn main() {
    panic::install_hook();
    // Decode the model before anything is shown: it comes from this build.
    content::load();
    // The Japanese texts and the language to start in are downloaded first, so the page
    // opens in it (the build's page stays until then); if that language fails, Japanese,
    // with a notice. Without the Japanese texts the app cannot start: the panic leaves the
    // build's page as it is and index.html's start script says so, with the handbook link.
    let lang = language::initial();
    wasm_bindgen_futures::spawn_local(async move {
        let failed = match language::start(lang).await {
            Ok(failed) => failed,
            Err(e) => panic!("the Japanese texts could not be loaded: {e}"),
        };
        language::set_html_lang();
        dom::remove_loading_message();
        leptos::mount::mount_to_body(move || leptos::view! { <app::App language_failed=failed /> });
    });
}
