//! The flow asks only what can still change the result, and the plan explains itself.

use guide_engine::*;

/// A typed index from a plain number, for hand-built models.
fn ix<T>(i: usize) -> Idx<T> {
    Idx::new(i)
}

fn ixs<T>(is: &[usize]) -> Vec<Idx<T>> {
    is.iter().map(|&i| Idx::new(i)).collect()
}

use guide_engine::example::model;

fn answers(m: &Model, query: &str) -> Answers {
    let (a, problems) = Answers::decode(m, &m.events[0], query);
    assert!(problems.is_empty(), "{problems:?}");
    a
}

fn next(m: &Model, query: &str) -> Option<String> {
    flow(m, &m.events[0], &answers(m, query)).next.map(|q| m.questions[q].id.clone())
}

#[test]
fn asks_in_order_and_skips_what_cannot_matter() {
    let m = model();
    assert_eq!(next(&m, "").as_deref(), Some("moving_date"));
    assert_eq!(next(&m, "moving_date=2026-11-20").as_deref(), Some("from"));
    assert_eq!(next(&m, "moving_date=2026-11-20&from=domestic").as_deref(), Some("online"));
    // From abroad there is no move-out certificate: the online question is skipped.
    assert_eq!(next(&m, "moving_date=2026-11-20&from=abroad").as_deref(), Some("insurance"));
    assert_eq!(next(&m, "moving_date=unknown&from=abroad&insurance=company"), None);
}

#[test]
fn changing_an_earlier_answer_keeps_later_ones_that_still_apply() {
    let m = model();
    let f = flow(&m, &m.events[0], &answers(&m, "moving_date=2026-11-20&from=abroad&online=yes&insurance=kokuho"));
    // `online` no longer matters, so it is not on the path, but insurance is kept.
    let path: Vec<&str> = f.path.iter().map(|q| m.questions[*q].id.as_str()).collect();
    assert_eq!(path, ["moving_date", "from", "insurance"]);
    assert_eq!(f.next, None);
    assert_eq!(f.previous(None), Some(ix(2)), "back from the results goes to the last question");
    assert_eq!(f.previous(Some(ix(2))), Some(ix(0)));
    assert_eq!(f.previous(Some(ix(3))), None, "the first question goes back home");
}

#[test]
fn unknown_answers_make_documents_maybe_with_reasons() {
    let m = model();
    let a = answers(&m, "moving_date=2026-11-20&from=domestic&online=unknown&insurance=kokuho");
    let p = plan(&m, &m.events[0], &a);
    assert_eq!(p.procedures[0].status, Status::Needed);
    assert!(p.procedures[0].reasons.is_empty(), "needed by everyone");
    assert_eq!(p.procedures[1].status, Status::Needed);
    assert_eq!(p.procedures[1].reasons, vec![Reason { question: ix(2), answer: Some(Answer::Chosen(ixs(&[0]))) }]);
    let certificate = p.procedures[0].documents.iter().find(|d| d.document == ix(1)).unwrap();
    assert_eq!(certificate.status, Status::Maybe);
    assert_eq!(p.procedures[0].due.unwrap().to_string(), "2026-12-04");
    // Document 0 is asked for by both procedures and listed once, for both.
    assert_eq!(p.documents[0].for_procedures, vec![0, 1]);
}

#[test]
fn tampered_links_keep_what_can_be_read() {
    let m = model();
    let (a, problems) = Answers::decode(
        &m,
        &m.events[0],
        "from=mars&insurance=kokuho&bogus=1&online=unknown&moving_date=2026-02-30&insurance=company",
    );
    let kinds: Vec<(&str, ProblemKind)> = problems.iter().map(|p| (p.key.as_str(), p.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("from", ProblemKind::BadValue),
            ("bogus", ProblemKind::UnknownQuestion),
            ("moving_date", ProblemKind::BadValue),
            ("insurance", ProblemKind::Repeated),
        ]
    );
    assert_eq!(a.encode(&m), "insurance=kokuho&online=unknown");
}

#[test]
fn an_events_own_documents_replace_the_procedures_and_drive_the_flow() {
    let mut m = model();
    // This event brings D1 to 国保 when the move was from abroad, instead of the usual D0.
    m.events[0].procedures[1].documents =
        Some(vec![DocumentUse { document: ix(1), when: Condition::Equals(ix(0), ix(1)), note: None }]);
    let kokuho = |query: &str| {
        let p = plan(&m, &m.events[0], &answers(&m, query));
        p.procedures[1].documents.iter().map(|d| d.document).collect::<Vec<_>>()
    };
    assert_eq!(kokuho("moving_date=2026-11-20&from=abroad&insurance=kokuho"), ixs(&[1]));
    assert_eq!(kokuho("moving_date=2026-11-20&from=domestic&online=yes&insurance=kokuho"), Vec::<DocumentIx>::new());
    // The procedure's own list is untouched for other events.
    assert_eq!(m.procedures[1].documents[0].document, ix(0));
}

#[test]
fn a_why_line_names_only_the_ticked_option_that_made_the_procedure_apply() {
    // The 転入-like model with a multiple-choice `household` question (child, school, nursery)
    // and P2 保育所の入所 when `nursery` is ticked; the household ticks all three.
    let mut m = model();
    m.questions.push(Question {
        id: "household".into(),
        kind: QuestionKind::Multi,
        text: 0,
        label: 0,
        help: None,
        options: ["child", "school_child", "nursery"]
            .iter()
            .map(|o| Choice { id: (*o).into(), text: 0, hint: None })
            .collect(),
        allow_unknown: false,
    });
    m.procedures.push(Procedure { id: "hoiku".into(), ..m.procedures[1].clone() });
    m.events[0].questions.push(ix(4));
    m.events[0].procedures.push(EventProcedure {
        procedure: ix(2),
        applies_if: Condition::Includes(ix(4), ix(2)),
        summary: None,
        deadline: None,
        notes: vec![],
        documents: None,
    });
    let a = answers(&m, "moving_date=2026-11-20&from=abroad&insurance=company&household=child,school_child,nursery");
    let p = plan(&m, &m.events[0], &a);
    let hoiku = &p.procedures[2];
    assert_eq!(hoiku.status, Status::Needed);
    assert_eq!(hoiku.reasons, vec![Reason { question: ix(4), answer: Some(Answer::Chosen(ixs(&[2]))) }]);
    // A single-choice reason still shows the whole answer.
    let kokuho =
        plan(&m, &m.events[0], &answers(&m, "moving_date=2026-11-20&from=abroad&insurance=kokuho&household=none"));
    assert_eq!(kokuho.procedures[1].reasons, vec![Reason { question: ix(2), answer: Some(Answer::Chosen(ixs(&[0]))) }]);
}
