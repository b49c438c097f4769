//! Answers and reasons in words, for the results page.

use guide_engine::{Answer, Model, QuestionIx, Reason, UiKey};

use crate::content::{date_text, t, ui, ui_fill};

/// An answer as the citizen would say it: the chosen options, the date, or "わからない".
pub fn answer_text(model: &Model, question: QuestionIx, answer: &Answer) -> String {
    let question = &model.questions[question];
    match answer {
        Answer::Unknown => ui(UiKey::Unknown).to_string(),
        Answer::Date(d) => date_text(*d),
        Answer::Chosen(c) if c.is_empty() => ui(UiKey::NoneOfThese).to_string(),
        Answer::Chosen(c) => {
            c.iter().map(|o| t(question.options[*o].text)).collect::<Vec<_>>().join(ui(UiKey::ListSeparator))
        }
    }
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
