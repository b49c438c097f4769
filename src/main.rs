//! 伊賀市 くらしの手続きガイド: the web app. It only renders what the rule engine
//! (`guide-engine`) decides, with texts from the compiled content.

mod app;
mod checks;
mod components;
mod content;
mod describe;
mod dom;
mod draft;
mod page;
mod pages;
mod panic;
mod router;

fn main() {
    panic::install_hook();
    // Decode the content before anything is shown: both files come from this build.
    content::load();
    dom::remove_loading_message();
    leptos::mount::mount_to_body(app::App);
}
