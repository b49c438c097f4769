//! The app shell: skip link, header, and the page the URL fragment names.

use leptos::prelude::*;

use crate::components::{SiteHeader, SkipLink};
use crate::content::model;
use crate::page::{Page, resolve};
use crate::pages::{Home, OfficesPage, QuestionPage, ResultsPage, ReviewPage};
use crate::router::{replace, use_hash_route};

#[component]
pub fn App() -> impl IntoView {
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
    view! {
        <SkipLink />
        <SiteHeader />
        <main id="main" class="page" tabindex="-1">
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
            }}
        </main>
    }
}
