use guide_engine::answers::UNKNOWN;
use guide_engine::{Question, QuestionKind, UiKey, idx};
use leptos::prelude::*;

use super::choice_row::ChoiceRow;
use crate::content::{t, ui};
use crate::draft::Draft;

/// The id of the first input, for the error summary's link.
pub fn first_field_id(question: &Question) -> String {
    match (question.kind, question.options.first()) {
        (QuestionKind::Date, _) | (_, None) => format!("{}-date", question.id),
        (_, Some(first)) => format!("{}-{}", question.id, first.id),
    }
}

/// The inputs of a question: radio buttons, checkboxes or a date field.
#[component]
pub fn Fields(question: &'static Question, draft: RwSignal<Draft>) -> impl IntoView {
    let unknown = question.allow_unknown.then(|| {
        view! {
            <ChoiceRow
                kind=if question.kind == QuestionKind::Single { "radio" } else { "checkbox" }
                id=format!("{}-{UNKNOWN}", question.id)
                name=question.id.clone()
                value=UNKNOWN.to_string()
                text=ui(UiKey::Unknown)
                hint=None
                checked=Signal::derive(move || draft.with(|d| d.unknown))
                on_change=move |on| draft.update(|d| d.set_unknown(on))
                exclusive=true
            />
        }
    });
    let options = idx::enumerate(&question.options).map(move |(o, choice)| {
        let single = question.kind == QuestionKind::Single;
        view! {
            <ChoiceRow
                kind=if single { "radio" } else { "checkbox" }
                id=format!("{}-{}", question.id, choice.id)
                name=question.id.clone()
                value=choice.id.clone()
                text=t(choice.text)
                hint=choice.hint.map(t)
                checked=Signal::derive(move || draft.with(|d| d.chosen.contains(&o)))
                on_change=move |on| {
                    draft
                        .update(|d| {
                            if single {
                                d.pick(o)
                            } else {
                                d.toggle(o, on)
                            }
                        })
                }
            />
        }
    });
    match question.kind {
        QuestionKind::Single => view! { <div class="choices">{options.collect_view()} {unknown}</div> }.into_any(),
        QuestionKind::Multi => view! {
            <div class="choices">
                {options.collect_view()}
                <ChoiceRow
                    kind="checkbox"
                    id=format!("{}-none", question.id)
                    name=question.id.clone()
                    value=guide_engine::answers::NONE.to_string()
                    text=ui(UiKey::NoneOfThese)
                    hint=None
                    checked=Signal::derive(move || draft.with(|d| d.none))
                    on_change=move |on| draft.update(|d| d.set_none(on))
                    exclusive=true
                />
                {unknown}
            </div>
        }
        .into_any(),
        QuestionKind::Date => {
            let initial = draft.with_untracked(|d| d.date.clone());
            let set = move |ev: leptos::ev::Event| draft.update(|d| d.set_date(event_target_value(&ev)));
            view! {
                <div class="choices">
                    <input
                        type="date"
                        class="date"
                        id=format!("{}-date", question.id)
                        name=question.id.clone()
                        value=initial
                        aria-labelledby="question-text"
                        on:input=set
                        on:change=set
                    />
                    {unknown}
                </div>
            }
            .into_any()
        }
    }
}
