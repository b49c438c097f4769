//! The app shell: skip link, header, and the page the URL fragment names.

use leptos::prelude::*;

use guide_engine::UiKey;

use crate::components::{Notice, SiteHeader, SkipLink};
use crate::content::{current_language, model, ui};
use crate::pages::{Home, OfficesPage, QuestionPage, ResultsPage, ReviewPage, StaffPage};
use crate::resolve::{Page, resolve};
use crate::router::{replace, use_hash_route};

/// The language shown (an index into the model's languages) and whether a switch failed;
/// changing it re-renders every page in the new language.
#[derive(Clone, Copy)]
pub struct LanguageState {
    pub shown: RwSignal<usize>,
    pub failed: RwSignal<bool>,
}

#[component]
pub fn App(language_failed: bool) -> impl IntoView {
    let language = LanguageState { shown: RwSignal::new(current_language()), failed: RwSignal::new(language_failed) };
    provide_context(language);
    let route = use_hash_route();
    let resolved = Memo::new(move |_| resolve(model(), &route.get()));
    // A URL that does not name the page shown (say, results before the last answer) is
    // corrected in place, without a history entry.
    Effect::new(move |_| {
        if let Some(to) = resolved.with(|r| r.redirect.clone()) {
            replace(&to);
        }
    });
    // Only a different page re-renders: the corrected URL resolves to the same page.
    let page = Memo::new(move |_| resolved.with(|r| r.page.clone()));
    move || {
        language.shown.track();
        view! {
        <SkipLink />
        <SiteHeader />
        {move || language.failed.get().then(|| view! { <div class="page"><Notice text=ui(UiKey::LanguageFailed).to_string() /></div> })}
        // The counter's pages are wider on a desk screen.
        <main id="main" class=move || if page.with(|p| matches!(p, Page::Staff | Page::StaffResults { .. })) { "page staff" } else { "page" } tabindex="-1">
            {move || match page.get() {
                Page::Home { notice } => view! { <Home notice=notice /> }.into_any(),
                Page::Question { event, question, answers, problems, from_review } => {
                    view! {
                        <QuestionPage
                            event=event
                            question=question
                            answers=answers
                            problems=problems
                            from_review=from_review
                        />
                    }
                        .into_any()
                }
                Page::Offices { focus } => view! { <OfficesPage focus=focus /> }.into_any(),
                Page::Review { event, answers, problems } => {
                    view! { <ReviewPage event=event answers=answers problems=problems /> }.into_any()
                }
                Page::Results { event, answers, problems } => {
                    view! { <ResultsPage event=event answers=answers problems=problems /> }.into_any()
                }
                Page::Staff => view! { <StaffPage /> }.into_any(),
                Page::StaffResults { event, answers, problems } => {
                    view! { <ResultsPage event=event answers=answers problems=problems staff=true /> }.into_any()
                }
            }}
        </main>
        }
    }
}
