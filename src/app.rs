//! The app shell: skip link, header, and the page the URL fragment names.

use leptos::prelude::*;

use guide_engine::answers::Problem;
use guide_engine::{Route, UiKey};

use crate::components::{Notice, SiteHeader, SkipLink};
use crate::content::{language_signal, model, ui};
use crate::pages::{Home, OfficesPage, PrivacyPage, QuestionPage, ResultsPage, ReviewPage, StaffPage};
use crate::resolve::{Page, carry, resolve};
use crate::router::{replace, use_hash_route};

/// The language shown (an index into the model's languages; the content's one language
/// signal, set by `content::select`) and whether a switch failed; changing the language
/// re-renders every page in it.
#[derive(Clone, Copy)]
pub struct LanguageState {
    pub shown: RwSignal<usize>,
    pub failed: RwSignal<bool>,
}

#[component]
pub fn App(language_failed: bool) -> impl IntoView {
    let language = LanguageState { shown: RwSignal::from(language_signal()), failed: RwSignal::new(language_failed) };
    provide_context(language);
    let network_only = RwSignal::new(false);
    leptos::task::spawn_local(async move { network_only.set(crate::offline::network_only().await) });
    let route = use_hash_route();
    // What a redirected link got wrong, for the page it redirects to (`resolve::carry`).
    let carried = StoredValue::new(None::<(Route, Vec<Problem>)>);
    let resolved = Memo::new(move |_| {
        let route = route.get();
        let mut r = resolve(model(), &route);
        if let Some((_, problems)) = carried.get_value().filter(|(to, _)| *to == route) {
            r.page = carry(r.page, problems);
        }
        carried.set_value(r.redirect.as_deref().map(|to| (Route::parse(to), r.page.problems().to_vec())));
        r
    });
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
        {move || network_only.get().then(|| view! { <div class="page"><Notice text=ui(UiKey::OfflineUnavailable).to_string() /></div> })}
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
                Page::Privacy => view! { <PrivacyPage /> }.into_any(),
                Page::StaffResults { event, answers, problems } => {
                    view! { <ResultsPage event=event answers=answers problems=problems staff=true /> }.into_any()
                }
            }}
        </main>
        }
    }
}
