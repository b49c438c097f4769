//! 回答の確認: every answer on one page, each with a 変更 link, before the results.

use guide_engine::{Answers, EventIx, Problem, Step, UiKey, flow};
use leptos::prelude::*;

use crate::components::{AnswerList, BackLink, LinkProblems};
use crate::content::{model, page_title, text_view, ui, ui_view};
use crate::dom::page_shown;
use crate::resolve::{event_link, step_link};

#[component]
pub fn ReviewPage(event: EventIx, answers: Answers, problems: Vec<Problem>) -> impl IntoView {
    let m = model();
    let ev = &m.events[event];
    let current = flow(m, ev, &answers);
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(ui(UiKey::ReviewHeading)), heading);
    // Back to the last question answered; the results link carries only the answers that count.
    let back = current.path.last().map_or_else(|| "#/".to_string(), |q| event_link(m, event, Some(*q), &answers));
    let results = step_link(m, event, Step::Results, &answers);
    view! {
        <BackLink href=back />
        <h1 tabindex="-1" node_ref=heading>
            <span class="caption">{text_view(ev.title)}</span>
            <span>{ui_view(UiKey::ReviewHeading)}</span>
        </h1>
        <LinkProblems problems=problems />
        <p class="lead">{ui_view(UiKey::ReviewIntro)}</p>
        <AnswerList event=event answers=current.known.clone() path=current.path.clone() />
        <p>
            <a class="button" href=results>
                {ui_view(UiKey::ShowResults)}
            </a>
        </p>
    }
}
