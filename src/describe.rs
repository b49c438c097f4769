//! Answers and reasons in words, for the results page.

use guide_engine::{Answer, EventIx, Journey, Model, QuestionIx, Reason, UiKey, words};
use leptos::prelude::*;

use crate::content::{t, text_view, ui, ui_fill};

/// A journey's name: its events' titles, joined ("結婚、転入（…）").
pub fn journey_text(model: &Model, journey: &Journey) -> String {
    journey.events.iter().map(|e| t(model.events[*e].title)).collect::<Vec<_>>().join(ui(UiKey::ListSeparator))
}

/// A journey's name for the page (with furigana in やさしい日本語).
pub fn journey_view(model: &Model, journey: &Journey) -> AnyView {
    let n = journey.events.len();
    journey
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| view! { {text_view(model.events[*e].title)} {(i + 1 < n).then(|| ui(UiKey::ListSeparator))} })
        .collect_view()
        .into_any()
}

/// In a journey of several events, which events a procedure is listed for
/// ("結婚のため、転入（…）のため"); `None` for one event, where it goes without saying.
pub fn because_text(model: &Model, journey: &Journey, events: &[EventIx]) -> Option<String> {
    (journey.events.len() > 1 && !events.is_empty()).then(|| {
        events
            .iter()
            .map(|e| ui_fill(UiKey::ReasonEvent, &[("event", t(model.events[*e].title))]))
            .collect::<Vec<_>>()
            .join(ui(UiKey::ListSeparator))
    })
}

/// An answer as the citizen would say it: the chosen options, the date, or "わからない".
pub fn answer_text(model: &Model, question: QuestionIx, answer: &Answer) -> String {
    words::answer(model, question, answer, &t)
}

/// One "why is this shown" line.
pub fn reason_text(model: &Model, reason: &Reason) -> String {
    let label = t(model.questions[reason.question].label);
    match &reason.answer {
        None | Some(Answer::Unknown) => ui_fill(UiKey::ReasonNotAnswered, &[("question", label)]),
        Some(answer) => ui_fill(
            UiKey::ReasonAnswer,
            &[("question", label), ("answer", &answer_text(model, reason.question, answer))],
        ),
    }
}
