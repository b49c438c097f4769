//! Which page a route shows. Pure: a route and the model in, a page out, so every odd
//! link (unknown event, a question that is not asked, results before the last answer)
//! ends on a real page, never a blank one.

use guide_engine::answers::Problem;
use guide_engine::flow::Rules;
use guide_engine::{Answers, EventIx, Flow, Model, OfficeIx, QuestionIx, Route, Step, UiKey, flow, idx};

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
        /// Opened by a 変更 link on the review page: answering returns there.
        from_review: bool,
    },
    /// What the guide keeps on this device, and removing it.
    Privacy,
    /// Every office, opened at one of them.
    Offices {
        focus: Option<OfficeIx>,
    },
    /// 回答の確認: every answer with a 変更 link, before the results.
    Review {
        event: EventIx,
        answers: Answers,
        problems: Vec<Problem>,
    },
    Results {
        event: EventIx,
        answers: Answers,
        problems: Vec<Problem>,
    },
    /// The counter's catalogue of every procedure.
    Staff,
    /// A citizen's results opened at the counter from their link (or QR code).
    StaffResults {
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
        Route::Privacy => return Resolved { page: Page::Privacy, redirect: None },
        Route::Offices { office } => {
            let focus = office.as_deref().and_then(|id| idx::position(&model.offices, |o| o.id == id));
            return Resolved { page: Page::Offices { focus }, redirect: None };
        }
        Route::Staff { event: None, .. } => return Resolved { page: Page::Staff, redirect: None },
        Route::Staff { event: Some(event), answers } => {
            let page = match model.available_event(event) {
                Some(event) => {
                    let (answers, problems) = Answers::decode(model, &model.events[event], answers);
                    let canonical =
                        Route::Staff { event: Some(model.events[event].id.clone()), answers: answers.encode(model) };
                    let redirect = (!problems.is_empty()).then(|| canonical.to_hash());
                    return Resolved { page: Page::StaffResults { event, answers, problems }, redirect };
                }
                None => Page::Staff,
            };
            return Resolved { page, redirect: None };
        }
        Route::Event { event, step, answers } => (event, step, answers),
    };
    let Some(event) = model.available_event(event_id) else {
        return home(Some(UiKey::UnknownEvent));
    };
    let (answers, problems) = Answers::decode(model, &model.events[event], query);
    let flow = flow(model, &model.events[event], &answers);
    // The page for "the next thing to do": the next question, or (when every question
    // that matters is answered) the review, or the results.
    let done_page = |step: &Step| match step {
        Step::Results => Page::Results { event, answers: answers.clone(), problems: problems.clone() },
        _ => Page::Review { event, answers: answers.clone(), problems: problems.clone() },
    };
    let question_page = |question, from_review| Page::Question {
        event,
        question,
        answers: answers.clone(),
        problems: problems.clone(),
        from_review,
    };
    // The answers in canonical form: a redirect drops what the link got wrong (the page
    // still names it: `carry`).
    let address = |step: Step| Route::Event { event: event_id.clone(), step, answers: answers.encode(model) }.to_hash();
    let reachable = |id: &str| {
        model.events[event].questions.iter().copied().find(|q| model.questions[*q].id == id).filter(|q| {
            // A question can be shown once reached: on the path, or the next one.
            flow.path.contains(q) || flow.next == Some(*q)
        })
    };
    // A link with parts that could not be read is corrected to its canonical form in place.
    let shown = |page| {
        let redirect = (!problems.is_empty()).then(|| address(step.clone()));
        Resolved { page, redirect }
    };
    let from_review = matches!(step, Step::Change(_));
    let target = match step {
        Step::Question(id) | Step::Change(id) => reachable(id),
        _ => None,
    };
    match (step, target, flow.next) {
        (_, Some(q), _) => shown(question_page(q, from_review)),
        (Step::Start, None, Some(next)) => shown(question_page(next, false)),
        (Step::Start, None, None) => shown(done_page(&Step::Results)),
        (Step::Review | Step::Results, None, None) => shown(done_page(step)),
        // Not reachable yet, or the answers are not complete: go to what is next.
        (_, None, Some(next)) => {
            let id = question_id(model, next);
            let step = if from_review { Step::Change(id) } else { Step::Question(id) };
            Resolved { page: question_page(next, from_review), redirect: Some(address(step)) }
        }
        (Step::Question(_) | Step::Change(_), None, None) => {
            Resolved { page: done_page(&Step::Review), redirect: Some(address(Step::Review)) }
        }
    }
}

/// The page a redirect leads to, still naming what the link it came from got wrong (the
/// redirect dropped those parts): `problems` are the previous page's, kept when `route`
/// is where it redirected to.
pub fn carry(page: Page, problems: Vec<Problem>) -> Page {
    match page {
        Page::Question { event, question, answers, problems: none, from_review } if none.is_empty() => {
            Page::Question { event, question, answers, problems, from_review }
        }
        Page::Review { event, answers, problems: none } if none.is_empty() => Page::Review { event, answers, problems },
        Page::Results { event, answers, problems: none } if none.is_empty() => {
            Page::Results { event, answers, problems }
        }
        Page::StaffResults { event, answers, problems: none } if none.is_empty() => {
            Page::StaffResults { event, answers, problems }
        }
        page => page,
    }
}

impl Page {
    /// What the link of this page got wrong (shown as a notice).
    pub fn problems(&self) -> &[Problem] {
        match self {
            Page::Question { problems, .. }
            | Page::Review { problems, .. }
            | Page::Results { problems, .. }
            | Page::StaffResults { problems, .. } => problems,
            _ => &[],
        }
    }
}

fn question_id(model: &Model, q: QuestionIx) -> String {
    model.questions[q].id.clone()
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
    let step = step.map_or(Step::Results, |q| Step::Question(question_id(model, q)));
    step_link(model, event, step, answers)
}

/// The link to any step of an event (review, a 変更 link), answers in canonical form.
pub fn step_link(model: &Model, event: EventIx, step: Step, answers: &Answers) -> String {
    Route::Event { event: model.events[event].id.clone(), step, answers: answers.encode(model) }.to_hash()
}

/// Where a question page goes once answered: the next question that still matters, then
/// the review. From a 変更 link, straight back to the review unless the change made a new
/// question necessary.
pub fn after_answer(model: &Model, event: EventIx, answers: &Answers, from_review: bool) -> String {
    let next = flow(model, &model.events[event], answers).next;
    let step = match (next, from_review) {
        (Some(q), false) => Step::Question(question_id(model, q)),
        (Some(q), true) => Step::Change(question_id(model, q)),
        (None, _) => Step::Review,
    };
    step_link(model, event, step, answers)
}

/// The staff view of a citizen's results from what was pasted: their results link, or
/// the text a QR scanner read (the same link). `None` when it names no event's answers.
pub fn staff_link(model: &Model, pasted: &str) -> Option<String> {
    let (_, fragment) = pasted.trim().split_once('#')?;
    let (event, answers) = match Route::parse(fragment) {
        Route::Event { event, answers, .. } | Route::Staff { event: Some(event), answers } => (event, answers),
        _ => return None,
    };
    model.available_event(&event)?;
    Some(Route::Staff { event: Some(event), answers }.to_hash())
}

#[cfg(test)]
mod hostile_links;

#[cfg(test)]
mod tests {
    use guide_engine::{Answer, Date, Idx, QuestionKind};

    use super::*;
    use crate::content::model;

    fn tennyu() -> EventIx {
        model().event("tennyu").expect("the 転入 event")
    }

    /// Answers every question the flow asks (first option, or a date), in order.
    fn complete(event: EventIx) -> Answers {
        let m = model();
        let mut answers = Answers::default();
        while let Some(q) = flow(m, &m.events[event], &answers).next {
            let answer = match m.questions[q].kind {
                QuestionKind::Date => Answer::Date(Date::new(2026, 11, 20).unwrap()),
                _ => Answer::Chosen(vec![Idx::new(0)]),
            };
            answers.set(q, answer);
        }
        answers
    }

    fn page(hash: &str) -> Resolved {
        resolve(model(), &Route::parse(hash))
    }

    #[test]
    fn the_last_answer_leads_to_the_review_and_the_review_to_the_results() {
        let (m, ev) = (model(), tennyu());
        let answers = complete(ev);
        let review = after_answer(m, ev, &answers, false);
        assert!(review.starts_with("#/tennyu/review?"), "{review}");
        let shown = page(&review);
        assert!(matches!(shown.page, Page::Review { .. }) && shown.redirect.is_none(), "{shown:?}");
        let results = step_link(m, ev, Step::Results, &answers);
        assert!(matches!(page(&results).page, Page::Results { .. }));
    }

    #[test]
    fn a_change_returns_to_the_review_or_asks_what_it_made_necessary() {
        let (m, ev) = (model(), tennyu());
        let answers = complete(ev);
        let first = flow(m, &m.events[ev], &answers).path[0];
        let id = &m.questions[first].id;
        let shown = page(&step_link(m, ev, Step::Change(id.clone()), &answers));
        assert!(matches!(shown.page, Page::Question { from_review: true, question, .. } if question == first));
        assert!(after_answer(m, ev, &answers, true).starts_with("#/tennyu/review?"));
        // Remove the last answer: the change now needs that question, still in change mode.
        let mut partial = answers.clone();
        let last = *flow(m, &m.events[ev], &answers).path.last().unwrap();
        partial.remove(last);
        let to = after_answer(m, ev, &partial, true);
        assert!(to.starts_with(&format!("#/tennyu/review/{}?", m.questions[last].id)), "{to}");
    }

    #[test]
    fn an_incomplete_review_goes_to_the_next_question() {
        let shown = page("#/tennyu/review");
        assert!(matches!(shown.page, Page::Question { from_review: false, .. }), "{shown:?}");
        assert!(shown.redirect.is_some_and(|r| !r.contains("review")));
    }

    #[test]
    fn a_pasted_results_link_opens_in_staff_mode() {
        let m = model();
        let link = "https://www.city.iga.lg.jp/guide/#/tennyu/results?moved_from=other_city&lang=pt";
        let to = staff_link(m, link).expect("a results link");
        assert_eq!(to, "#/staff/tennyu?moved_from=other_city");
        assert!(matches!(page(&to).page, Page::StaffResults { event, .. } if event == tennyu()));
        assert_eq!(staff_link(m, "  #/tennyu/review?a=b \n").as_deref(), Some("#/staff/tennyu?a=b"));
        assert_eq!(staff_link(m, "https://example.org/"), None, "no fragment");
        assert_eq!(staff_link(m, "#/nowhere/results?a=b"), None, "unknown event");
        assert_eq!(staff_link(m, "#/offices"), None);
        assert_eq!(page("#/staff").page, Page::Staff);
        assert_eq!(page("#/staff/nowhere").page, Page::Staff);
    }

    #[test]
    fn offices_open_at_the_named_office_and_ignore_unknown_ones() {
        let honcho = idx::position(&model().offices, |o| o.id == "honcho");
        assert_eq!(page("#/offices/honcho").page, Page::Offices { focus: honcho });
        assert_eq!(page("#/offices/nowhere").page, Page::Offices { focus: None });
        assert_eq!(page("#/offices").page, Page::Offices { focus: None });
    }
}
