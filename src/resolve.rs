//! Which page a route shows. Pure: a route and the model in, a page out, so every odd
//! link (unknown event, a question that is not asked, results before the last answer)
//! ends on a real page, never a blank one. A link names one event (`#/tennyu/...`) or
//! several that content offers together (`#/kekkon+tennyu/...`): either way one
//! [`Journey`], with the same pages.

use guide_engine::answers::Problem;
use guide_engine::{Answers, Flow, Journey, Model, OfficeIx, QuestionIx, Route, Step, UiKey, idx};

#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    /// The list of life events, with a notice when a link led nowhere.
    Home {
        notice: Option<UiKey>,
    },
    Question {
        journey: Journey,
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
    /// The combinations of events content offers as one journey.
    Together,
    /// Finding a procedure by name.
    Search,
    /// 回答の確認: every answer with a 変更 link, before the results.
    Review {
        journey: Journey,
        answers: Answers,
        problems: Vec<Problem>,
    },
    Results {
        journey: Journey,
        answers: Answers,
        problems: Vec<Problem>,
    },
    /// The counter's catalogue of every procedure.
    Staff,
    /// A citizen's results opened at the counter from their link (or QR code).
    StaffResults {
        journey: Journey,
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

/// The journey a link's events part names, its answers, and what could not be restored
/// (dropped events first, then answers). `None` when no event of the link is usable.
pub fn restore(model: &Model, events: &str, query: &str) -> Option<(Journey, Answers, Vec<Problem>)> {
    let (journey, dropped) = Journey::restore(model, events);
    let journey = journey?;
    let (answers, problems) = journey.decode(model, query);
    let problems = dropped.iter().map(|p| Problem::event(p.id())).chain(problems).collect();
    Some((journey, answers, problems))
}

pub fn resolve(model: &Model, route: &Route) -> Resolved {
    let home = |notice| Resolved { page: Page::Home { notice }, redirect: None };
    let shown = |page| Resolved { page, redirect: None };
    let (event_id, step, query) = match route {
        Route::Home => return home(None),
        Route::NotFound(_) => return home(Some(UiKey::PageNotFound)),
        Route::Privacy => return shown(Page::Privacy),
        Route::Together => return shown(Page::Together),
        Route::Search => return shown(Page::Search),
        Route::Offices { office } => {
            let focus = office.as_deref().and_then(|id| idx::position(&model.offices, |o| o.id == id));
            return shown(Page::Offices { focus });
        }
        Route::Staff { event: None, .. } => return shown(Page::Staff),
        Route::Staff { event: Some(event), answers: query } => {
            let Some((journey, answers, problems)) = restore(model, event, query) else {
                return shown(Page::Staff);
            };
            let canonical = Route::Staff { event: Some(journey.id(model)), answers: answers.encode(model) };
            let redirect = (!problems.is_empty()).then(|| keep_language(&canonical.to_hash(), query));
            return Resolved { page: Page::StaffResults { journey, answers, problems }, redirect };
        }
        Route::Event { event, step, answers } => (event, step, answers),
    };
    let Some((journey, answers, problems)) = restore(model, event_id, query) else {
        return home(Some(UiKey::UnknownEvent));
    };
    let flow = journey.flow(model, &answers);
    // The page for "the next thing to do": the next question, or (when every question
    // that matters is answered) the review, or the results.
    let done_page = |step: &Step| match step {
        Step::Results => {
            Page::Results { journey: journey.clone(), answers: answers.clone(), problems: problems.clone() }
        }
        _ => Page::Review { journey: journey.clone(), answers: answers.clone(), problems: problems.clone() },
    };
    let question_page = |question, from_review| Page::Question {
        journey: journey.clone(),
        question,
        answers: answers.clone(),
        problems: problems.clone(),
        from_review,
    };
    // The answers in canonical form: a redirect drops what the link got wrong (the page
    // still names it: `carry`), and keeps the language the link was made in.
    let address = |step: Step| {
        keep_language(&Route::Event { event: journey.id(model), step, answers: answers.encode(model) }.to_hash(), query)
    };
    let reachable = |id: &str| {
        journey.questions.iter().copied().find(|q| model.questions[*q].id == id).filter(|q| {
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
        Page::Question { journey, question, answers, problems: none, from_review } if none.is_empty() => {
            Page::Question { journey, question, answers, problems, from_review }
        }
        Page::Review { journey, answers, problems: none } if none.is_empty() => {
            Page::Review { journey, answers, problems }
        }
        Page::Results { journey, answers, problems: none } if none.is_empty() => {
            Page::Results { journey, answers, problems }
        }
        Page::StaffResults { journey, answers, problems: none } if none.is_empty() => {
            Page::StaffResults { journey, answers, problems }
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

/// `hash` with the language `query` names (`lang=pt`), so a corrected link still opens in
/// the language it was made in.
fn keep_language(hash: &str, query: &str) -> String {
    match query.split('&').find_map(|p| p.strip_prefix("lang=")) {
        Some(lang) if !lang.is_empty() => with_language(hash, lang),
        _ => hash.to_string(),
    }
}

fn question_id(model: &Model, q: QuestionIx) -> String {
    model.questions[q].id.clone()
}

/// Progress for "n / total": n is the question's place on the path; total counts the
/// questions reached plus those that can still change the result, so it shrinks as
/// answers make questions unnecessary.
pub fn progress(model: &Model, journey: &Journey, flow: &Flow, question: QuestionIx) -> (usize, usize) {
    let rules = journey.rules(model);
    let n = flow.position(question).unwrap_or(flow.path.len() + 1);
    let rest = journey.questions.iter().filter(|q| !flow.path.contains(q) && rules.matters(&flow.known, **q)).count();
    (n, (flow.path.len() + rest).max(n))
}

/// The link to a step of a journey, with the answers in canonical form.
pub fn event_link(model: &Model, journey: &Journey, step: Option<QuestionIx>, answers: &Answers) -> String {
    let step = step.map_or(Step::Results, |q| Step::Question(question_id(model, q)));
    step_link(model, journey, step, answers)
}

/// The link to any step of a journey (review, a 変更 link), answers in canonical form.
pub fn step_link(model: &Model, journey: &Journey, step: Step, answers: &Answers) -> String {
    Route::Event { event: journey.id(model), step, answers: answers.encode(model) }.to_hash()
}

/// Where a question page goes once answered: the next question that still matters, then
/// the review. From a 変更 link, straight back to the review unless the change made a new
/// question necessary.
pub fn after_answer(model: &Model, journey: &Journey, answers: &Answers, from_review: bool) -> String {
    let next = journey.flow(model, answers).next;
    let step = match (next, from_review) {
        (Some(q), false) => Step::Question(question_id(model, q)),
        (Some(q), true) => Step::Change(question_id(model, q)),
        (None, _) => Step::Review,
    };
    step_link(model, journey, step, answers)
}

/// The staff view of a citizen's results from what was pasted: their results link, or
/// the text a QR scanner read (the same link). `None` when it names no event's answers.
pub fn staff_link(model: &Model, pasted: &str) -> Option<String> {
    let (_, fragment) = pasted.trim().split_once('#')?;
    let (event, answers) = match Route::parse(fragment) {
        Route::Event { event, answers, .. } | Route::Staff { event: Some(event), answers } => (event, answers),
        _ => return None,
    };
    Journey::parse(model, &event).0?;
    let hash = Route::Staff { event: Some(event), answers }.to_hash();
    // The language the citizen made the link in, when it is one the guide offers.
    let lang = fragment
        .split_once('?')
        .map_or("", |(_, q)| q)
        .split('&')
        .find_map(|p| p.strip_prefix("lang="))
        .filter(|l| model.languages.iter().any(|x| x.id == *l));
    Some(match lang {
        Some(l) => with_language(&hash, l),
        None => hash,
    })
}

/// A link that also names the language it was made in (`lang=pt`): a clerk who opens it
/// at the counter sees and prints it in that language. Links without one still work.
pub fn with_language(hash: &str, lang: &str) -> String {
    let sep = if hash.contains('?') { '&' } else { '?' };
    format!("{hash}{sep}lang={lang}")
}

#[cfg(test)]
mod hostile_links;

#[cfg(test)]
mod tests {
    use guide_engine::{Answer, Date, Idx, ProblemKind, QuestionKind};

    use super::*;
    use crate::content::model;

    fn tennyu() -> Journey {
        Journey::single(model(), model().event("tennyu").expect("the 転入 event"))
    }

    fn journey(ids: &str) -> Journey {
        let (journey, problems) = Journey::parse(model(), ids);
        assert!(problems.is_empty(), "{problems:?}");
        journey.expect(ids)
    }

    /// Answers every question the flow asks (first option, or a date), in order.
    fn complete(journey: &Journey) -> Answers {
        let m = model();
        let mut answers = Answers::default();
        while let Some(q) = journey.flow(m, &answers).next {
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
        let (m, ev) = (model(), &tennyu());
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
        let (m, ev) = (model(), &tennyu());
        let answers = complete(ev);
        let first = ev.flow(m, &answers).path[0];
        let id = &m.questions[first].id;
        let shown = page(&step_link(m, ev, Step::Change(id.clone()), &answers));
        assert!(matches!(shown.page, Page::Question { from_review: true, question, .. } if question == first));
        assert!(after_answer(m, ev, &answers, true).starts_with("#/tennyu/review?"));
        // Remove the last answer: the change now needs that question, still in change mode.
        let mut partial = answers.clone();
        let last = *ev.flow(m, &answers).path.last().unwrap();
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
        assert_eq!(to, "#/staff/tennyu?moved_from=other_city&lang=pt", "the citizen's language goes along");
        assert!(matches!(page(&to).page, Page::StaffResults { journey, .. } if journey == tennyu()));
        assert_eq!(staff_link(m, "  #/tennyu/review?a=b \n").as_deref(), Some("#/staff/tennyu?a=b"));
        assert_eq!(staff_link(m, "https://example.org/"), None, "no fragment");
        assert_eq!(staff_link(m, "#/nowhere/results?a=b"), None, "unknown event");
        assert_eq!(staff_link(m, "#/offices"), None);
        assert_eq!(
            staff_link(m, "#/tennyu/results?a=b&lang=xx").as_deref(),
            Some("#/staff/tennyu?a=b"),
            "an unknown language is dropped"
        );
        assert_eq!(staff_link(m, "#/tennyu/results?lang=vi").as_deref(), Some("#/staff/tennyu?lang=vi"));
        assert_eq!(page("#/staff").page, Page::Staff);
        assert_eq!(page("#/staff/nowhere").page, Page::Staff);
    }

    #[test]
    fn a_combined_link_runs_one_journey_with_each_question_once() {
        let m = model();
        let both = journey("kekkon+tennyu");
        assert_eq!(both.events.len(), 2);
        // The link's order does not matter: the same journey, written canonically.
        assert_eq!(journey("tennyu+kekkon"), both);
        let start = page("#/tennyu+kekkon");
        let Page::Question { journey: shown, question, .. } = &start.page else { panic!("{start:?}") };
        assert_eq!(shown, &both);
        assert_eq!(Some(*question), both.flow(m, &Answers::default()).next);
        let answers = complete(&both);
        let asked = both.flow(m, &answers).path;
        let mut once = asked.clone();
        once.sort_unstable();
        once.dedup();
        assert_eq!(once.len(), asked.len(), "a question asked twice");
        // 結婚's "moving within Iga?" is given by the combination, never asked.
        let tenkyo = idx::position(&m.questions, |q| q.id == "kekkon_tenkyo").expect("kekkon_tenkyo");
        assert!(!asked.contains(&tenkyo));
        let review = after_answer(m, &both, &answers, false);
        assert!(review.starts_with("#/tennyu+kekkon/review?"), "{review}");
        let results = step_link(m, &both, Step::Results, &answers);
        let shown = page(&results);
        assert!(
            matches!(&shown.page, Page::Results { journey, problems, .. } if *journey == both && problems.is_empty())
        );
        assert_eq!(shown.redirect, None);
        // A change from the review keeps the journey.
        let change = step_link(m, &both, Step::Change(m.questions[asked[0]].id.clone()), &answers);
        assert!(change.starts_with("#/tennyu+kekkon/review/"), "{change}");
        assert!(matches!(page(&change).page, Page::Question { from_review: true, journey, .. } if journey == both));
    }

    #[test]
    fn a_tampered_combination_keeps_what_it_can_and_says_what_it_dropped() {
        let both = journey("kekkon+tennyu");
        let dropped = |p: &Page| match p {
            Page::Question { problems, .. } | Page::Review { problems, .. } | Page::Results { problems, .. } => {
                problems.iter().filter(|p| p.kind == ProblemKind::Event).map(|p| p.key.clone()).collect::<Vec<_>>()
            }
            other => panic!("{other:?}"),
        };
        // Unknown, repeated and not-offered events are dropped, each named; the rest runs.
        for (link, kept, named) in [
            ("#/kekkon+nowhere", "kekkon", vec!["nowhere"]),
            ("#/kekkon+tennyu+tennyu", "tennyu+kekkon", vec!["tennyu"]),
            ("#/kekkon+tennyu+tenshutsu", "tennyu+kekkon", vec!["tenshutsu"]),
            ("#/tenshutsu+tennyu", "tenshutsu", vec!["tennyu"]),
            ("#/kekkon+<script>", "kekkon", vec!["script"]),
        ] {
            let shown = page(link);
            let journey = match &shown.page {
                Page::Question { journey, .. } => journey.id(model()),
                other => panic!("{link}: {other:?}"),
            };
            assert_eq!(journey, kept, "{link}");
            assert_eq!(dropped(&shown.page), named, "{link}");
        }
        // Answers for the kept events survive; an answer to a given question is reported.
        let m = model();
        let answers = complete(&both);
        let link = format!("#/kekkon+tennyu+bogus/results?{}&kekkon_tenkyo=yes", answers.encode(m));
        let shown = page(&link);
        let Page::Results { journey, answers: kept, problems } = &shown.page else { panic!("{shown:?}") };
        assert_eq!((journey, kept), (&both, &answers));
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["bogus", "kekkon_tenkyo"]);
        // Nothing usable: home, with the notice.
        assert_eq!(page("#/nowhere+bogus").page, Page::Home { notice: Some(UiKey::UnknownEvent) });
        assert_eq!(page("#/together").page, Page::Together);
        assert_eq!(page("#/search").page, Page::Search);
    }

    #[test]
    fn a_pasted_combined_link_opens_in_staff_mode() {
        let m = model();
        let to = staff_link(m, "https://example.org/guide/#/kekkon+tennyu/results?a=b").expect("a combined link");
        assert_eq!(to, "#/staff/kekkon+tennyu?a=b");
        assert!(
            matches!(page(&to).page, Page::StaffResults { journey, .. } if journey == self::journey("kekkon+tennyu"))
        );
    }

    #[test]
    fn offices_open_at_the_named_office_and_ignore_unknown_ones() {
        let honcho = idx::position(&model().offices, |o| o.id == "honcho");
        assert_eq!(page("#/offices/honcho").page, Page::Offices { focus: honcho });
        assert_eq!(page("#/offices/nowhere").page, Page::Offices { focus: None });
        assert_eq!(page("#/offices").page, Page::Offices { focus: None });
    }
}
