//! A journey of several events: one question list, one plan, in order.

use guide_engine::journey::{Combination, Journeys, Wording, interleave};
use guide_engine::*;

fn ix<T>(i: usize) -> Idx<T> {
    Idx::new(i)
}

fn ixs<T>(is: &[usize]) -> Vec<Idx<T>> {
    is.iter().map(|&i| Idx::new(i)).collect()
}

/// q0 marriage date, q1 name changes (yes|no), q2 moving date, q3 insurance
/// (kokuho|company), q4 "moved within the city too?" (yes|no), asked by 結婚.
/// P0 婚姻届 (結婚), P1 card name (結婚, after P0), P2 転入届 (転入), P3 国保 (both,
/// worded differently, 結婚 with 30 days and 転入 with 14), P4 転居届 (結婚 when q4=yes),
/// P5 online-only notice (転入, after P2).
fn model() -> Model {
    let choice = |id: &str, opts: &[&str]| Question {
        id: id.into(),
        kind: QuestionKind::Single,
        text: 0,
        label: 0,
        help: None,
        options: opts.iter().map(|o| Choice { id: (*o).into(), text: 0, hint: None }).collect(),
        allow_unknown: true,
    };
    let date = |id: &str| Question { kind: QuestionKind::Date, options: vec![], ..choice(id, &[]) };
    let procedure = |id: &str, office, documents: Vec<DocumentUse>| Procedure {
        id: id.into(),
        title: 0,
        summary: Some(100),
        section: ix(0),
        offices: vec![ix(office)],
        documents,
        deadline: None,
        fee: None,
        online: vec![],
        notes: vec![200],
        sources: vec![],
    };
    let doc = |document, when| DocumentUse { document: ix(document), when, note: None };
    let use_ = |procedure, applies_if| EventProcedure {
        procedure: ix(procedure),
        applies_if,
        summary: None,
        deadline: None,
        notes: vec![],
        documents: None,
    };
    let mut kokuho_kekkon = use_(3, Condition::Equals(ix(3), ix(0)));
    kokuho_kekkon.summary = Some(1);
    kokuho_kekkon.deadline = Some(Deadline { text: 11, offset_days: Some(30) });
    kokuho_kekkon.notes = vec![21];
    kokuho_kekkon.documents = Some(vec![doc(0, Condition::Always), doc(2, Condition::Always)]);
    let mut kokuho_tennyu = use_(3, Condition::Equals(ix(3), ix(0)));
    kokuho_tennyu.summary = Some(2);
    kokuho_tennyu.deadline = Some(Deadline { text: 12, offset_days: Some(14) });
    kokuho_tennyu.notes = vec![22];
    let mut online = procedure("notice", 1, vec![]);
    online.online = vec![Online { kind: ix(0), url: "https://example.org/".into(), text: None, partial: false }];
    Model {
        ui: vec![],
        events: vec![
            Event {
                id: "tennyu".into(),
                title: 0,
                summary: 0,
                available: true,
                questions: ixs(&[2, 3]),
                date_question: Some(ix(2)),
                procedures: vec![use_(2, Condition::Always), kokuho_tennyu, use_(5, Condition::Always)],
            },
            Event {
                id: "kekkon".into(),
                title: 0,
                summary: 0,
                available: true,
                questions: ixs(&[0, 1, 3, 4]),
                date_question: Some(ix(0)),
                procedures: vec![
                    use_(0, Condition::Always),
                    use_(1, Condition::Equals(ix(1), ix(0))),
                    kokuho_kekkon,
                    use_(4, Condition::Equals(ix(4), ix(0))),
                ],
            },
        ],
        questions: vec![
            date("marriage_date"),
            choice("name", &["yes", "no"]),
            date("moving_date"),
            choice("insurance", &["kokuho", "company"]),
            choice("moved_within", &["yes", "no"]),
        ],
        procedures: vec![
            procedure("konin", 0, vec![]),
            procedure("card", 0, vec![doc(0, Condition::Always)]),
            procedure("tennyu", 0, vec![doc(0, Condition::Always), doc(1, Condition::Always)]),
            procedure("kokuho", 0, vec![doc(0, Condition::Always)]),
            procedure("tenkyo", 0, vec![]),
            online,
        ],
        documents: vec![],
        sections: vec![Section { id: "s".into(), name: 0, counter: None, phone: None, office: ix(0) }],
        offices: vec![],
        online_kinds: vec![],
        languages: vec![],
        stamp: 0,
        readings: vec![],
        journeys: Journeys {
            offered: vec![Combination {
                events: ixs(&[0, 1]),
                given: vec![(ix(4), ix(1))],
                wording: vec![(ix(3), Wording::Event(ix(1)))],
                instead: vec![],
            }],
            after: vec![(ix(1), ix(0)), (ix(5), ix(2))],
        },
    }
}

fn ids(m: &Model, qs: &[QuestionIx]) -> Vec<String> {
    qs.iter().map(|q| m.questions[*q].id.clone()).collect()
}

#[test]
fn questions_are_the_union_each_once_in_the_events_orders() {
    let (a, b): (Vec<QuestionIx>, Vec<QuestionIx>) = (ixs(&[0, 1, 2]), ixs(&[3, 1, 4]));
    assert_eq!(interleave(&[&a, &b]), ixs::<Question>(&[0, 3, 1, 2, 4]));
    let (a, b): (Vec<QuestionIx>, Vec<QuestionIx>) = (ixs(&[0, 1]), ixs(&[1, 0]));
    assert_eq!(interleave(&[&a, &b]), ixs::<Question>(&[0, 1]), "conflicting orders: the first list wins");
    let m = model();
    let j = Journey::new(&m, &ixs(&[1, 0, 1]));
    assert_eq!(j.events, ixs::<Event>(&[0, 1]), "canonical order, no repeats");
    assert_eq!(j.id(&m), "tennyu+kekkon");
    // moved_within is given by the combination (the move is the 転入): never asked.
    assert_eq!(ids(&m, &j.questions), ["moving_date", "marriage_date", "name", "insurance"]);
    let (a, problems) = j.decode(&m, "insurance=kokuho&moved_within=yes");
    assert_eq!(problems.len(), 1, "a given question is not part of the link");
    assert_eq!(a.encode(&m), "insurance=kokuho");
}

#[test]
fn a_shared_question_is_asked_once_and_the_flow_completes() {
    let m = model();
    let j = Journey::new(&m, &ixs(&[0, 1]));
    let (a, _) = j.decode(&m, "moving_date=2026-04-01&marriage_date=2026-04-10&name=yes&insurance=kokuho");
    let f = j.flow(&m, &a);
    assert_eq!(f.next, None);
    assert_eq!(ids(&m, &f.path), ["moving_date", "marriage_date", "name", "insurance"]);
    let (partial, _) = j.decode(&m, "moving_date=2026-04-01&marriage_date=2026-04-10&name=yes");
    assert_eq!(j.flow(&m, &partial).next, Some(ix(3)));
}

#[test]
fn a_procedure_of_several_events_is_listed_once_with_every_reason() {
    let m = model();
    let j = Journey::new(&m, &ixs(&[0, 1]));
    let (a, _) = j.decode(&m, "moving_date=2026-04-01&marriage_date=2026-04-10&name=yes&insurance=kokuho");
    let p = j.plan(&m, &j.flow(&m, &a).known);
    let procs: Vec<&str> = p.plan.procedures.iter().map(|pp| m.procedures[pp.procedure].id.as_str()).collect();
    assert_eq!(procs, ["tennyu", "kokuho", "notice", "konin", "card", "tenkyo"]);
    let k = 1;
    assert_eq!(p.because[k], ixs::<Event>(&[0, 1]), "国保 is for 転入 and for 結婚");
    let kokuho = &p.plan.procedures[k];
    assert_eq!(kokuho.status, Status::Needed);
    // The wording content chose (結婚's), the earliest deadline (転入: moving day + 14
    // days is before the marriage day + 30), with its own text.
    assert_eq!(kokuho.summary, Some(1));
    assert_eq!(kokuho.due.unwrap().to_string(), "2026-04-15");
    assert_eq!(kokuho.deadline, Some(12));
    // Notes: the procedure's once, then each event's.
    assert_eq!(kokuho.notes, vec![200, 22, 21]);
    // Documents: 転入 brings D0, 結婚 brings D0 and D2: D0 once.
    let docs: Vec<DocumentIx> = kokuho.documents.iter().map(|d| d.document).collect();
    assert_eq!(docs, ixs::<Document>(&[0, 2]));
    // The given answer (no move within the city) made 転居届 not needed.
    assert_eq!(p.plan.procedures[5].status, Status::NotNeeded);
    assert!(p.because[5].is_empty());
    // The bring-list across the plan names D0 once.
    assert_eq!(p.plan.documents.iter().filter(|d| d.document == ix(0)).count(), 1);
}

#[test]
fn the_later_deadline_loses_and_a_not_needed_event_does_not_count() {
    let m = model();
    let j = Journey::new(&m, &ixs(&[0, 1]));
    // Married long before moving: the marriage's 30 days end first.
    let (a, _) = j.decode(&m, "moving_date=2026-06-01&marriage_date=2026-04-10&name=no&insurance=kokuho");
    let p = j.plan(&m, &j.flow(&m, &a).known);
    assert_eq!(p.plan.procedures[1].due.unwrap().to_string(), "2026-05-10");
    assert_eq!(p.plan.procedures[1].deadline, Some(11));
    let card = p.plan.procedures.iter().position(|pp| m.procedures[pp.procedure].id == "card").unwrap();
    assert_eq!(p.plan.procedures[card].status, Status::NotNeeded);
}

#[test]
fn steps_come_in_order_grouped_into_visits() {
    let m = model();
    let j = Journey::new(&m, &ixs(&[0, 1]));
    let (a, _) = j.decode(&m, "moving_date=2026-04-01&marriage_date=2026-04-10&name=yes&insurance=kokuho");
    let p = j.plan(&m, &j.flow(&m, &a).known);
    let named = |v: &Visit| {
        v.steps.iter().map(|i| m.procedures[p.plan.procedures[*i].procedure].id.as_str()).collect::<Vec<_>>()
    };
    let visits: Vec<(Place, Vec<&str>, Vec<usize>)> =
        p.visits.iter().map(|v| (v.place, named(v), v.waits_for.clone())).collect();
    assert_eq!(
        visits,
        vec![
            (Place::Office(ix(0)), vec!["tennyu", "kokuho", "konin"], vec![]),
            // The online step comes first among those that wait.
            (Place::Online, vec!["notice"], vec![0]),
            (Place::Office(ix(0)), vec!["card"], vec![0]),
        ]
    );
}

#[test]
fn a_single_event_journey_is_the_event() {
    let m = model();
    for e in Idx::all(m.events.len()) {
        let j = Journey::single(&m, e);
        assert_eq!(j.questions, m.events[e].questions);
        for q in [
            "",
            "moving_date=2026-04-01&insurance=kokuho",
            "marriage_date=unknown&name=yes&insurance=unknown&moved_within=yes",
        ] {
            let (a, _) = Answers::decode(&m, &m.events[e], q);
            let f = flow(&m, &m.events[e], &a);
            assert_eq!(j.flow(&m, &a), f);
            assert_eq!(j.plan(&m, &f.known).plan, plan(&m, &m.events[e], &f.known));
        }
    }
}

#[test]
fn links_name_events_canonically_and_drop_unknown_ones() {
    let m = model();
    let (j, problems) = Journey::parse(&m, "kekkon+bogus+tennyu+kekkon");
    assert_eq!(j.unwrap().id(&m), "tennyu+kekkon");
    assert_eq!(
        problems,
        vec![journey::EventProblem::Unknown("bogus".into()), journey::EventProblem::Repeated("kekkon".into())]
    );
    assert_eq!(Journey::parse(&m, "bogus").0, None);
    assert!(Journey::new(&m, &ixs(&[0, 1])).offered(&m));
}

#[test]
fn the_app_runs_only_offered_sets_and_names_each_event_it_drops() {
    use journey::EventProblem::{NotOffered, Unknown};
    let mut m = model();
    // A third event, offered with neither of the others.
    let mut third = m.events[0].clone();
    third.id = "tenshutsu".into();
    m.events.push(third);
    let restore = |ids: &str| {
        let (j, problems) = Journey::restore(&m, ids);
        (j.map(|j| j.id(&m)), problems)
    };
    assert_eq!(restore("kekkon+tennyu"), (Some("tennyu+kekkon".into()), vec![]), "offered: as parse");
    assert_eq!(restore("tenshutsu"), (Some("tenshutsu".into()), vec![]), "one event is always offered");
    // The link's events in its order: each that would make an unoffered set is dropped.
    assert_eq!(
        restore("kekkon+tenshutsu+tennyu"),
        (Some("tennyu+kekkon".into()), vec![NotOffered("tenshutsu".into())])
    );
    assert_eq!(restore("tenshutsu+tennyu"), (Some("tenshutsu".into()), vec![NotOffered("tennyu".into())]));
    assert_eq!(
        restore("bogus+tennyu+tenshutsu"),
        (Some("tennyu".into()), vec![Unknown("bogus".into()), NotOffered("tenshutsu".into())])
    );
    assert_eq!(restore("bogus+nothing").0, None);
    // The kept journey is the offered one: its given answer is not asked.
    let (j, _) = Journey::restore(&m, "kekkon+tenshutsu+tennyu");
    assert!(!ids(&m, &j.unwrap().questions).contains(&"moved_within".to_string()));
}

#[test]
fn content_can_show_every_events_wording() {
    let mut m = model();
    m.journeys.offered[0].wording = vec![(ix(3), Wording::All)];
    let j = Journey::new(&m, &ixs(&[0, 1]));
    let (a, _) = j.decode(&m, "moving_date=2026-04-01&marriage_date=2026-04-10&name=no&insurance=kokuho");
    let kokuho = j.plan(&m, &j.flow(&m, &a).known).plan.procedures[1].clone();
    assert_eq!(kokuho.summary, Some(2), "the first event's (転入) summary");
    assert_eq!(kokuho.notes, vec![1, 200, 22, 21], "結婚's summary leads the notes");
}
