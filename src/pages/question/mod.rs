//! One question per screen.

mod choice_row;
mod fields;

use guide_engine::{Answers, Journey, Problem, QuestionIx, Step, UiKey};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::{BackLink, ErrorSummary, LinkProblems};
use crate::content::{model, page_title, t, text_view, ui, ui_view, ui_view_fill};
use crate::describe::journey_view;
use crate::dom::page_shown;
use crate::draft::Draft;
use crate::resolve::{after_answer, event_link, progress, step_link};
use crate::router::go;
use fields::{Fields, first_field_id};

/// A question with its choices. The answer goes into the URL and the next question
/// is whatever the engine says can still change the result, then the review. Opened from
/// the review (`from_review`), "back" and "next" both return there.
#[component]
pub fn QuestionPage(
    journey: Journey,
    question: QuestionIx,
    answers: Answers,
    problems: Vec<Problem>,
    from_review: bool,
) -> impl IntoView {
    let m = model();
    let q = &m.questions[question];
    let current = journey.flow(m, &answers);
    let (n, total) = progress(m, &journey, &current, question);
    let back = match current.previous(Some(question)) {
        _ if from_review => step_link(m, &journey, Step::Review, &answers),
        Some(previous) => event_link(m, &journey, Some(previous), &answers),
        None => "#/".to_string(),
    };

    let title = journey_view(m, &journey);
    let draft = RwSignal::new(Draft::from_answer(answers.get(question)));
    // The error and how many times it was shown: each failed try shows (and focuses) it anew.
    let error = RwSignal::new(None::<(UiKey, u32)>);
    let heading = NodeRef::<leptos::html::H1>::new();
    page_shown(page_title(t(q.text)), heading);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match draft.with(|d| d.to_answer(q)) {
            Ok(answer) => {
                let mut next = answers.clone();
                next.set(question, answer);
                go(&after_answer(m, &journey, &next, from_review));
            }
            Err(key) => error.update(|e| *e = Some((key, e.map_or(0, |(_, tries)| tries + 1)))),
        }
    };

    let error_id = format!("{}-error", q.id);
    let described_by = {
        let error_id = error_id.clone();
        move || error.with(|e| e.is_some().then(|| error_id.clone()))
    };
    view! {
        <BackLink href=back />
        {move || {
            error.get().map(|(key, _)| view! { <ErrorSummary message=ui(key) target=first_field_id(q) /> })
        }}
        <LinkProblems problems=problems />
        <form class="question" on:submit=on_submit novalidate>
            <fieldset class:invalid=move || error.with(Option::is_some) aria-describedby=described_by>
                <legend>
                    <h1 tabindex="-1" node_ref=heading>
                        <span class="caption">
                            {title} <span class="progress">{ui_view_fill(UiKey::Progress, &[("n", &n.to_string()), ("total", &total.to_string())])}</span>
                        </span>
                        <span class="question-text" id="question-text">
                            {text_view(q.text)}
                        </span>
                    </h1>
                </legend>
                {q.help.map(|help| {
                    view! {
                        <details class="help">
                            <summary>{ui_view(UiKey::HelpLabel)}</summary>
                            <p>{text_view(help)}</p>
                        </details>
                    }
                })}
                {move || {
                    error.get().map(|(key, _)| view! { <p class="field-error" id=error_id.clone()>{ui_view(key)}</p> })
                }}
                <Fields question=q draft=draft />
            </fieldset>
            <button type="submit" class="button">
                {ui_view(UiKey::Next)}
            </button>
        </form>
    }
}
