//! Properties of the three-valued logic that the "may be needed" state relies on.

use guide_engine::{Answer, Answers, Condition, Idx, Truth, eval};
use proptest::prelude::*;

const QUESTIONS: usize = 3;
const OPTIONS: usize = 3;

fn condition() -> impl Strategy<Value = Condition> {
    let atom = (0..QUESTIONS, 0..OPTIONS).prop_map(|(q, o)| Condition::Equals(Idx::new(q), Idx::new(o)));
    atom.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(Condition::All),
            prop::collection::vec(inner.clone(), 1..4).prop_map(Condition::Any),
            inner.prop_map(|c| Condition::Not(Box::new(c))),
        ]
    })
}

/// Per question: `None` unanswered, `Some(None)` わからない, `Some(Some(o))` option o.
fn partial() -> impl Strategy<Value = Vec<Option<Option<usize>>>> {
    prop::collection::vec(prop::option::of(prop::option::of(0..OPTIONS)), QUESTIONS)
}

fn to_answers(p: &[Option<Option<usize>>]) -> Answers {
    let mut a = Answers::default();
    for (q, v) in p.iter().enumerate() {
        match v {
            Some(Some(o)) => a.set(Idx::new(q), Answer::Chosen(vec![Idx::new(*o)])),
            Some(None) => a.set(Idx::new(q), Answer::Unknown),
            None => {}
        }
    }
    a
}

/// Every way to fill in the unanswered and unknown questions.
fn completions(p: &[Option<Option<usize>>]) -> Vec<Vec<usize>> {
    p.iter().fold(vec![vec![]], |acc, v| {
        let choices: Vec<usize> = match v {
            Some(Some(o)) => vec![*o],
            _ => (0..OPTIONS).collect(),
        };
        acc.into_iter().flat_map(|prefix| choices.iter().map(move |c| [prefix.clone(), vec![*c]].concat())).collect()
    })
}

proptest! {
    /// A decided value (needed / not needed) never flips when a missing answer is given:
    /// so "needed" is safe to print before every question is answered.
    #[test]
    fn decided_values_survive_every_completion(c in condition(), p in partial()) {
        let value = eval(&c, &to_answers(&p));
        let values: Vec<Truth> = completions(&p)
            .iter()
            .map(|full| eval(&c, &to_answers(&full.iter().map(|o| Some(Some(*o))).collect::<Vec<_>>())))
            .collect();
        if value != Truth::Unknown {
            prop_assert!(values.iter().all(|v| *v == value));
        }
        // Complete answers are always decided.
        prop_assert!(values.iter().all(|v| *v != Truth::Unknown));
    }
}

/// Random small models of three events over five yes/no-like questions and five
/// procedures, each event using some of them (so events share questions and procedures),
/// with `after:` edges from later to earlier procedures (acyclic, as content is checked).
mod journeys {
    use guide_engine::journey::{Combination, Journeys};
    use guide_engine::*;
    use proptest::prelude::*;

    const Q: usize = 5;
    const P: usize = 5;

    #[derive(Debug, Clone)]
    struct EventSpec {
        questions: Vec<usize>,
        procedures: Vec<(usize, Vec<(usize, usize)>)>,
    }

    fn event_spec() -> impl Strategy<Value = EventSpec> {
        (prop::sample::subsequence((0..Q).collect::<Vec<_>>(), 1..=Q), prop::collection::vec(any::<u32>(), Q))
            .prop_flat_map(|(qs, keys)| {
                let mut questions = qs.clone();
                questions.sort_by_key(|q| keys[*q]);
                let atom = (prop::sample::select(qs), 0..2usize);
                let proc_ = (0..P, prop::collection::vec(atom, 0..3));
                (Just(questions), prop::collection::vec(proc_, 1..4))
            })
            .prop_map(|(questions, mut procedures)| {
                procedures.sort_by_key(|(p, _)| *p);
                procedures.dedup_by_key(|(p, _)| *p);
                EventSpec { questions, procedures }
            })
    }

    fn build(specs: &[EventSpec], after: Vec<(usize, usize)>, given: Option<usize>) -> Model {
        let question = |i: usize| Question {
            id: format!("q{i}"),
            kind: QuestionKind::Single,
            text: 0,
            label: 0,
            help: None,
            options: ["a", "b"].iter().map(|o| Choice { id: (*o).into(), text: 0, hint: None }).collect(),
            allow_unknown: true,
        };
        let procedure = |i: usize| Procedure {
            id: format!("p{i}"),
            title: 0,
            summary: None,
            section: Idx::new(0),
            offices: vec![Idx::new(i % 2)],
            documents: vec![DocumentUse { document: Idx::new(i % 3), when: Condition::Always, note: None }],
            deadline: None,
            fee: None,
            online: vec![],
            notes: vec![i as u32],
            sources: vec![],
        };
        let events = specs
            .iter()
            .enumerate()
            .map(|(e, s)| Event {
                id: format!("e{e}"),
                title: 0,
                summary: 0,
                available: true,
                questions: s.questions.iter().map(|q| Idx::new(*q)).collect(),
                date_question: None,
                procedures: s
                    .procedures
                    .iter()
                    .map(|(p, atoms)| EventProcedure {
                        procedure: Idx::new(*p),
                        applies_if: if atoms.is_empty() {
                            Condition::Always
                        } else {
                            Condition::Any(
                                atoms.iter().map(|(q, o)| Condition::Equals(Idx::new(*q), Idx::new(*o))).collect(),
                            )
                        },
                        summary: Some(e as u32),
                        deadline: None,
                        notes: vec![100 + e as u32],
                        documents: None,
                    })
                    .collect(),
            })
            .collect();
        let offered = given
            .map(|q| {
                vec![Combination {
                    events: vec![Idx::new(0), Idx::new(1)],
                    given: vec![(Idx::new(q), Idx::new(0))],
                    wording: vec![],
                    instead: vec![],
                }]
            })
            .unwrap_or_default();
        Model {
            ui: vec![],
            events,
            questions: (0..Q).map(question).collect(),
            procedures: (0..P).map(procedure).collect(),
            documents: vec![],
            sections: vec![Section { id: "s".into(), name: 0, counter: None, phone: None, office: Idx::new(0) }],
            offices: vec![],
            online_kinds: vec![],
            languages: vec![],
            stamp: 0,
            readings: vec![],
            journeys: Journeys { offered, after: after.into_iter().map(|(a, b)| (Idx::new(a), Idx::new(b))).collect() },
        }
    }

    /// Per question: unanswered, わからない, or an option.
    fn answers() -> impl Strategy<Value = Vec<Option<Option<usize>>>> {
        prop::collection::vec(prop::option::of(prop::option::of(0..2usize)), Q)
    }

    fn to_answers(p: &[Option<Option<usize>>]) -> Answers {
        let mut a = Answers::default();
        for (q, v) in p.iter().enumerate() {
            match v {
                Some(Some(o)) => a.set(Idx::new(q), Answer::Chosen(vec![Idx::new(*o)])),
                Some(None) => a.set(Idx::new(q), Answer::Unknown),
                None => {}
            }
        }
        a
    }

    fn edges() -> impl Strategy<Value = Vec<(usize, usize)>> {
        prop::collection::vec((1..P, 0..P), 0..5).prop_map(|es| es.into_iter().filter(|(a, b)| b < a).collect())
    }

    proptest! {
        /// Over any set of events: the flow never panics, is deterministic, asks each
        /// question once and only while it can change a result; the plan lists each
        /// procedure once; visits hold every step once, in an order that keeps `after:`.
        #[test]
        fn combined_events_flow_and_plan(
            specs in prop::collection::vec(event_spec(), 3),
            set in prop::sample::subsequence(vec![0usize, 1, 2], 1..=3),
            after in edges(),
            given in prop::option::of(0..Q),
            raw in answers(),
        ) {
            let m = build(&specs, after.clone(), given);
            let set: Vec<EventIx> = set.into_iter().map(Idx::new).collect();
            let j = Journey::new(&m, &set);
            let a = to_answers(&raw);
            let f = j.flow(&m, &a);
            prop_assert_eq!(&f, &j.flow(&m, &a));
            let rules = j.rules(&m);
            let mut known = Answers::default();
            for (i, q) in f.path.iter().enumerate() {
                prop_assert!(!f.path[..i].contains(q), "asked twice");
                prop_assert!(j.questions.contains(q));
                prop_assert!(rules.matters(&known, *q), "asked a question that could not change anything");
                known.set(*q, a.get(*q).unwrap().clone());
            }
            if let Some(q) = f.next {
                prop_assert!(rules.matters(&f.known, q));
                prop_assert!(a.get(q).is_none());
            }
            // Every question in the union is asked once at most, and a given one never.
            for (q, _) in j.given.iter() {
                prop_assert!(!j.questions.contains(&q));
            }
            let p = j.plan(&m, &f.known);
            prop_assert_eq!(&p, &j.plan(&m, &f.known));
            let mut seen = Vec::new();
            for (i, pp) in p.plan.procedures.iter().enumerate() {
                prop_assert!(!seen.contains(&pp.procedure), "listed twice");
                seen.push(pp.procedure);
                prop_assert_eq!(p.because[i].is_empty(), pp.status == Status::NotNeeded);
                let mut docs: Vec<DocumentIx> = pp.documents.iter().map(|d| d.document).collect();
                docs.dedup();
                prop_assert_eq!(docs.len(), pp.documents.len());
            }
            let mut in_visits: Vec<usize> = p.visits.iter().flat_map(|v| v.steps.iter().copied()).collect();
            in_visits.sort_unstable();
            let steps: Vec<usize> =
                (0..p.plan.procedures.len()).filter(|i| p.plan.procedures[*i].status != Status::NotNeeded).collect();
            prop_assert_eq!(&in_visits, &steps);
            let visit_of = |proc_: ProcedureIx| {
                p.visits.iter().position(|v| v.steps.iter().any(|i| p.plan.procedures[*i].procedure == proc_))
            };
            for (later, earlier) in &after {
                if let (Some(l), Some(e)) = (visit_of(Idx::new(*later)), visit_of(Idx::new(*earlier))) {
                    prop_assert!(e < l, "p{} must come before p{}", earlier, later);
                    prop_assert!(p.visits[l].waits_for.contains(&e) || l > e);
                }
            }
        }

        /// Cyclic `after:` edges (refused by the content check) still give a plan.
        #[test]
        fn cycles_do_not_hang_or_panic(
            specs in prop::collection::vec(event_spec(), 3),
            after in prop::collection::vec((0..P, 0..P), 0..8),
            raw in answers(),
        ) {
            let m = build(&specs, after, None);
            let j = Journey::new(&m, &[Idx::new(0), Idx::new(1), Idx::new(2)]);
            let p = j.plan(&m, &to_answers(&raw));
            let total: usize = p.visits.iter().map(|v| v.steps.len()).sum();
            prop_assert_eq!(total, p.plan.with_status(Status::Needed).count() + p.plan.with_status(Status::Maybe).count());
        }
    }
}
