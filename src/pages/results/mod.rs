//! The results: what to do, where, with what, by when; then the checklist and a link to
//! come back to.

mod calendar;
mod checklist;
mod group;
mod keep;
mod print;
mod procedure;
mod share;
mod steps;
mod urgent;

use guide_engine::urgent::summary;
use guide_engine::{Answers, Journey, Problem, Status, Step, UiKey};
use leptos::prelude::*;

use crate::components::{AnswerList, LinkProblems};
use crate::content::{current_language, model, page_title, ui, ui_view, ui_view_fill};
use crate::describe::{because_text, journey_view};
use crate::dom::{page_shown, url_with_hash};
use crate::resolve::{event_link, step_link, with_language};
use calendar::CalendarLink;
use checklist::Checklist;
use group::GroupSection;
use keep::KeepBar;
use print::{FULL_KEY, PrintOptions, PrintSheet};
use share::Share;
use steps::Steps;
use urgent::UrgentBlock;

#[component]
pub fn ResultsPage(
    journey: Journey,
    answers: Answers,
    problems: Vec<Problem>,
    /// Opened by counter staff from the citizen's link: "start over" goes back to the
    /// catalogue ("back to the list"), the citizen's answers come before the procedures,
    /// and only the print button stays at the top. The rest is style (`.staff` in
    /// style/main.css): dense, no share link or calendar.
    #[prop(optional)]
    staff: bool,
) -> impl IntoView {
    let m = model();
    let current = journey.flow(m, &answers);
    // Only the answers on the path count: answers kept in the link for questions that no
    // longer matter do not change the result. Several events make one plan: a procedure
    // they share is listed once, for each of them.
    let planned = journey.plan(m, &current.known);
    let plan = planned.plan.clone();
    // Ticks belong to these results: the procedure cards and the checklist read them.
    let share_hash = event_link(m, &journey, None, &current.known);
    let ticks = crate::ticks::Ticks::new(&share_hash, !staff);
    // The link to keep or hand over says the language it was made in (the ticks above
    // stay the same in every language), so the counter prints in the citizen's language.
    let link = url_with_hash(&with_language(&share_hash, &m.languages[current_language()].id));
    provide_context(ticks);
    let needed = plan.with_status(Status::Needed).count();
    let maybe = plan.with_status(Status::Maybe).count();
    let online = plan.with_status(Status::Needed).filter(|p| m.procedures[p.procedure].can_finish_online()).count();
    let heading = NodeRef::<leptos::html::H1>::new();
    // At the counter the results are the citizen's, not the reader's: said so in Japanese
    // for the clerk; in the citizen's language the page (and its printout) speaks to them.
    let title = if staff && current_language() == 0 { UiKey::StaffResultsHeading } else { UiKey::ResultsHeading };
    page_shown(page_title(ui(title)), heading);

    // The groups (by section) with only the procedures of one status.
    let groups_with = |status: Status| {
        plan.groups
            .iter()
            .filter_map(|g| {
                let procedures: Vec<_> = g
                    .procedures
                    .iter()
                    .filter(|i| plan.procedures[**i].status == status)
                    .map(|i| (plan.procedures[*i].clone(), because_text(m, &journey, &planned.because[*i])))
                    .collect();
                (!procedures.is_empty()).then(|| view! { <GroupSection section=g.section procedures=procedures /> })
            })
            .collect_view()
    };
    let needed_groups = groups_with(Status::Needed);
    let maybe_groups = groups_with(Status::Maybe);
    // 答えを直す: the review, where every answer has its own 変更 link.
    let change = (!current.path.is_empty()).then(|| step_link(m, &journey, Step::Review, &answers));
    let mut event_dates = Vec::new();
    for q in journey.events.iter().filter_map(|e| m.events[*e].date_question) {
        if let Some(date) =
            current.known.date(q).filter(|_| !event_dates.iter().any(|(l, _)| *l == m.questions[q].label))
        {
            event_dates.push((m.questions[q].label, date));
        }
    }
    let (known, path, answered) = (current.known.clone(), current.path.clone(), journey.clone());
    let answers = move || view! { <AnswerList journey=answered.clone() answers=known.clone() path=path.clone() /> };

    view! {
        // On paper the sheet replaces the screen; the screen follows only when chosen.
        <PrintSheet journey=journey.clone() plan=plan.clone() qr=link.clone() event_dates=event_dates staff=staff />
        <div class="screen" class=("print-full", move || !staff && ticks.is_ticked(FULL_KEY))>
        <h1 tabindex="-1" node_ref=heading>
            <span class="caption">{journey_view(m, &journey)}</span>
            <span>{ui_view(title)}</span>
        </h1>
        <LinkProblems problems=problems />
        <p class="lead">
            {summary(needed, online, maybe)
                .into_iter()
                .enumerate()
                .map(|(i, (key, name, n))| view! { {(i > 0).then_some(" ")} {ui_view_fill(key, &[(name, &n.to_string())])} })
                .collect_view()}
        </p>
        <UrgentBlock plan=plan.clone() />
        <KeepBar url=link.clone() staff=staff />
        {staff.then(answers.clone())}
        <Steps plan=plan.clone() />
        <section class="needed" aria-labelledby="needed-heading">
            <h2 id="needed-heading">{ui_view(UiKey::NeededHeading)}</h2>
            {(needed == 0).then(|| view! { <p>{ui_view(UiKey::NothingNeeded)}</p> })}
            {needed_groups}
        </section>
        {(maybe > 0)
            .then(|| {
                view! {
                    <section class="maybe" aria-labelledby="maybe-heading">
                        <h2 id="maybe-heading">{ui_view(UiKey::MaybeHeading)}</h2>
                        <p>{ui_view(UiKey::MaybeIntro)}</p>
                        {maybe_groups}
                    </section>
                }
            })}
        {(!plan.documents.is_empty()).then(|| view! { <Checklist plan=plan.clone() /> })}
        <CalendarLink journey=journey.clone() plan=plan.clone() scope=share_hash.clone() />
        {(!staff).then(answers.clone())}
        <Share url=link />
        {(!staff).then(|| view! { <PrintOptions /> })}
        <nav class="actions">
            {change.map(|href| view! { <a class="button secondary" href=href>{ui_view(UiKey::ChangeAnswers)}</a> })}
            <a
                class="button secondary"
                href=if staff { "#/staff" } else { "#/" }
                on:click=move |ev| {
                    // At the counter, back to the catalogue in place: the citizen's results
                    // leave no entry in the shared PC's history.
                    if staff {
                        ev.prevent_default();
                        crate::router::replace("#/staff");
                    }
                }
            >
                {ui_view(if staff { UiKey::BackToList } else { UiKey::StartOver })}
            </a>
            <a class="button secondary" href="#/offices">
                {ui_view(UiKey::AllOffices)}
            </a>
        </nav>
        // A shared phone or PC: one step removes what the guide keeps; the page says what that is.
        <section class="privacy" aria-labelledby="privacy-link">
            <p>
                <a id="privacy-link" href="#/privacy">
                    {ui_view(UiKey::PrivacyLink)}
                </a>
            </p>
            <crate::pages::ForgetButton />
        </section>
        </div>
    }
}
