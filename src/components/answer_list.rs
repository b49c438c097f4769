use guide_engine::{Answers, Journey, QuestionIx, Step, UiKey};
use leptos::prelude::*;

use crate::content::{model, t, ui_view};
use crate::describe::answer_text;
use crate::resolve::step_link;

/// The answers given, each with a 変更 link that opens the question and then returns to
/// the review (answers to later questions are kept in the link).
#[component]
pub fn AnswerList(journey: Journey, answers: Answers, path: Vec<QuestionIx>) -> impl IntoView {
    let m = model();
    (!path.is_empty()).then(|| {
        let rows = path
            .iter()
            .filter_map(|q| {
                let answer = answers.get(*q)?;
                let label = t(m.questions[*q].label);
                let href = step_link(m, &journey, Step::Change(m.questions[*q].id.clone()), &answers);
                Some(view! {
                    <div class="answer">
                        <dt>{label}</dt>
                        <dd>{answer_text(m, *q, answer)}</dd>
                        <dd class="change">
                            <a href=href>
                                {ui_view(UiKey::Change)} <span class="visually-hidden">{label}</span>
                            </a>
                        </dd>
                    </div>
                })
            })
            .collect_view();
        view! {
            <section class="answers" aria-labelledby="answers-heading">
                <h2 id="answers-heading">{ui_view(UiKey::AnswersHeading)}</h2>
                <dl>{rows}</dl>
            </section>
        }
    })
}
