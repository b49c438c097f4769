//! Which page a route shows. Pure: a route and the model in, a page out, so every odd
//! link (unknown event, a question that is not asked, results before the last answer)
//! ends on a real page, never a blank one.

use guide_engine::answers::Problem;
use guide_engine::flow::Rules;
use guide_engine::{Answers, EventIx, Flow, Model, QuestionIx, Route, Step, UiKey, flow};

#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    /// The list of life events, with a notice when a link led nowhere.
    Home {
        notice: Option<UiKey>,
    },
    Question {
        event: EventIx,
        question: QuestionIx,
        answers: Answers,
        problems: Vec<Problem>,
    },
    Results {
        event: EventIx,
        answers: Answers,
        problems: Vec<Problem>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub page: Page,
    /// Set when the URL does not name the page shown: the address to show instead.
    pub redirect: Option<String>,
}

pub fn resolve(model: &Model, route: &Route) -> Resolved {
    let home = |notice| Resolved { page: Page::Home { notice }, redirect: None };
    let (event_id, step, query) = match route {
        Route::Home => return home(None),
        Route::NotFound(_) => return home(Some(UiKey::PageNotFound)),
        Route::Event { event, step, answers } => (event, step, answers),
    };
    let Some(event) = model.event(event_id).filter(|e| model.events[*e].available) else {
        return home(Some(UiKey::UnknownEvent));
    };
    let (answers, problems) = Answers::decode(model, &model.events[event], query);
    let flow = flow(model, &model.events[event], &answers);
    // The page for "the next thing to do": the next question, or the results when done.
    let page_at = |next: Option<QuestionIx>| match next {
        Some(question) => Page::Question { event, question, answers: answers.clone(), problems: problems.clone() },
        None => Page::Results { event, answers: answers.clone(), problems: problems.clone() },
    };
    // Keeps the query as written, so a notice about a bad part of the link stays visible.
    let address = |next: Option<QuestionIx>| {
        let step = next.map_or(Step::Results, |q| Step::Question(model.questions[q].id.clone()));
        Route::Event { event: event_id.clone(), step, answers: query.clone() }.to_hash()
    };
    let shown = match step {
        Step::Start => return Resolved { page: page_at(flow.next), redirect: None },
        Step::Results | Step::Review => None,
        Step::Question(id) => {
            model.events[event].questions.iter().copied().find(|q| model.questions[*q].id == *id).filter(|q| {
                // A question can be shown once reached: on the path, or the next one.
                flow.path.contains(q) || flow.next == Some(*q)
            })
        }
    };
    match (step, shown) {
        (_, Some(q)) => Resolved { page: page_at(Some(q)), redirect: None },
        (Step::Results, None) if flow.next.is_none() => Resolved { page: page_at(None), redirect: None },
        _ => Resolved { page: page_at(flow.next), redirect: Some(address(flow.next)) },
    }
}

/// Progress for "n / total": n is the question's place on the path; total counts the
/// questions reached plus those that can still change the result, so it shrinks as
/// answers make questions unnecessary.
pub fn progress(model: &Model, event: EventIx, flow: &Flow, question: QuestionIx) -> (usize, usize) {
    let rules = Rules::new(model, &model.events[event]);
    let n = flow.position(question).unwrap_or(flow.path.len() + 1);
    let rest =
        rules.event.questions.iter().filter(|q| !flow.path.contains(q) && rules.matters(&flow.known, **q)).count();
    (n, (flow.path.len() + rest).max(n))
}

/// The link to a step of an event, with the answers in canonical form.
pub fn event_link(model: &Model, event: EventIx, step: Option<QuestionIx>, answers: &Answers) -> String {
    let step = step.map_or(Step::Results, |q| Step::Question(model.questions[q].id.clone()));
    Route::Event { event: model.events[event].id.clone(), step, answers: answers.encode(model) }.to_hash()
}
