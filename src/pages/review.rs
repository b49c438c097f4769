//! 回答の確認: every answer on one page, each with a 変更 link, before the results.

use guide_engine::{Answers, Journey, Problem, Step, UiKey};
use leptos::prelude::*;

use crate::components::{AnswerList, BackLink, LinkProblems};
use crate::content::{model, page_title, ui, ui_view};
use crate::describe::journey_view;
use crate::dom::page_shown;
use crate::resolve::{event_link, step_link};

#[component]
pub fn ReviewPage(journey: Journey, answers: Answers, problems: Vec<Problem>) -> impl IntoView {
    let m = model();
    let current = journey.flow(m, &answers);
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::ReviewHeading)), heading);
    // Back to the last question answered; the results link carries only the answers that count.
    let back = current.path.last().map_or_else(|| "#/".to_string(), |q| event_link(m, &journey, Some(*q), &answers));
    let results = step_link(m, &journey, Step::Results, &answers);
    view! {
        <BackLink href=back />
        <h1 tabindex="-1" node_ref=heading>
            <span class="caption">{journey_view(m, &journey)}</span>
            <span>{ui_view(UiKey::ReviewHeading)}</span>
        </h1>
        <LinkProblems problems=problems />
        <p class="lead">{ui_view(UiKey::ReviewIntro)}</p>
        <AnswerList journey=journey.clone() answers=current.known.clone() path=current.path.clone() />
        <p>
            <a class="button" href=results>
                {ui_view(UiKey::ShowResults)}
            </a>
        </p>
    }
}
