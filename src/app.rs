//! The app shell: skip link, header, and the page the URL fragment names.

use leptos::prelude::*;

use guide_engine::answers::Problem;
use guide_engine::{Route, UiKey};

use crate::components::{Notice, SiteHeader, SkipLink};
use crate::content::{current_language, language_signal, model, ui};
use crate::pages::{
    Home, OfficesPage, PrivacyPage, QuestionPage, ResultsPage, ReviewPage, SearchPage, StaffPage, TogetherPage,
};
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
    // At the counter a citizen's results open in the language their link was made in (so
    // they print in it without touching the menu); leaving them, staff mode returns to
    // Japanese for the next citizen. Nothing is remembered on the shared PC.
    Effect::new(move |was_citizen: Option<bool>| {
        let citizen = page.with(|p| matches!(p, Page::StaffResults { .. }));
        let to = if citizen { crate::language::linked() } else { was_citizen.filter(|w| *w).map(|_| 0) };
        if let Some(lang) = to.filter(|l| *l != current_language()) {
            leptos::task::spawn_local(async move {
                language.failed.set(crate::language::switch(lang).await.is_err());
            });
        }
        citizen
    });
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
                Page::Question { journey, question, answers, problems, from_review } => {
                    view! {
                        <QuestionPage
                            journey=journey
                            question=question
                            answers=answers
                            problems=problems
                            from_review=from_review
                        />
                    }
                        .into_any()
                }
                Page::Offices { focus } => view! { <OfficesPage focus=focus /> }.into_any(),
                Page::Together => view! { <TogetherPage /> }.into_any(),
                Page::Search => view! { <SearchPage /> }.into_any(),
                Page::Review { journey, answers, problems } => {
                    view! { <ReviewPage journey=journey answers=answers problems=problems /> }.into_any()
                }
                Page::Results { journey, answers, problems } => {
                    view! { <ResultsPage journey=journey answers=answers problems=problems /> }.into_any()
                }
                Page::Staff => view! { <StaffPage /> }.into_any(),
                Page::Privacy => view! { <PrivacyPage /> }.into_any(),
                Page::StaffResults { journey, answers, problems } => {
                    view! { <ResultsPage journey=journey answers=answers problems=problems staff=true /> }.into_any()
                }
            }}
        </main>
        }
    }
}
