//! Answers and reasons in words, for the results page.

use guide_engine::{Answer, Model, QuestionIx, Reason, UiKey, words};

use crate::content::{t, ui_fill};

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
