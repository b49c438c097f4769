//! Runs every declarative scenario in `tests/scenarios/*.yaml` against the real content.

use std::path::Path;

use guide_content::load;
use guide_content::scenario::{Scenario, run, run_file};

#[test]
fn every_scenario_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("content does not check:\n{report}"));
    let model = &compiled.model;
    let mut failures = Vec::new();
    let mut counts = Vec::new();
    for (_, event) in model.available_events() {
        let path = root.join("tests/scenarios").join(format!("{}.yaml", event.id));
        assert!(path.exists(), "event `{}` has no scenario file {}", event.id, path.display());
        let (n, f) = run_file(model, &path);
        counts.push((event.id.clone(), n));
        failures.extend(f);
    }
    let shown: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "{} scenario expectation(s) failed:\n{}", shown.len(), shown.join("\n"));
    for (event, n) in counts {
        assert!(n >= 8, "event `{event}` has {n} scenarios; write at least 8 real household situations");
    }
}

/// Every combination offered has its households: `tests/scenarios/combinations/<events>.yaml`.
#[test]
fn every_combination_has_scenarios_that_hold() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("content does not check:\n{report}"));
    let model = &compiled.model;
    let mut failures = Vec::new();
    assert!(!model.journeys.offered.is_empty(), "content offers no combinations");
    for c in &model.journeys.offered {
        let id = guide_engine::Journey::new(model, &c.events).id(model);
        let path = root.join("tests/scenarios/combinations").join(format!("{id}.yaml"));
        assert!(path.exists(), "combination `{id}` has no scenario file {}", path.display());
        let (n, f) = run_file(model, &path);
        assert!(n >= 2, "combination `{id}` has {n} scenarios; write at least 2 real households");
        failures.extend(f);
    }
    let shown: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(shown.is_empty(), "{} scenario expectation(s) failed:\n{}", shown.len(), shown.join("\n"));
}

/// For every household of every combination: one journey asks no more questions than the
/// events answered one by one (each shared question once, the combination's given answers
/// never), and a procedure needed by several events is listed once. Prints the numbers.
#[test]
fn one_journey_asks_less_and_lists_each_procedure_once() {
    use guide_content::load::parse_file;
    use guide_content::scenario::ScenarioFile;
    use guide_engine::{Journey, Status};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let m = &compiled.model;
    for c in &m.journeys.offered {
        let journey = Journey::new(m, &c.events);
        let path = root.join("tests/scenarios/combinations").join(format!("{}.yaml", journey.id(m)));
        let file = parse_file::<ScenarioFile>(&path, &mut Vec::new()).expect("scenario file parses");
        for s in &file.value.scenarios {
            let query = s.value.query();
            let (answers, _) = journey.decode(m, &query);
            let together = journey.flow(m, &answers);
            let mut asked_alone = 0;
            let mut needed_by: Vec<(guide_engine::ProcedureIx, usize)> = Vec::new();
            for &e in &journey.events {
                let alone = Journey::single(m, e);
                let given = journey.given.encode(m);
                let (mut a, _) = alone.decode(m, &format!("{query}&{given}"));
                let mut f = alone.flow(m, &a);
                // A question the journey never asks (its answer is given, or cannot matter
                // once the other event is known) is still asked of the event alone.
                while let Some(q) = f.next {
                    let answer = match m.questions[q].kind {
                        guide_engine::QuestionKind::Date => guide_engine::Answer::Unknown,
                        _ => guide_engine::Answer::Chosen(vec![guide_engine::Idx::new(0)]),
                    };
                    a.set(q, answer);
                    f = alone.flow(m, &a);
                }
                asked_alone += f.path.len();
                for pp in alone.plan(m, &f.known).plan.with_status(Status::Needed) {
                    match needed_by.iter_mut().find(|(p, _)| *p == pp.procedure) {
                        Some((_, n)) => *n += 1,
                        None => needed_by.push((pp.procedure, 1)),
                    }
                }
            }
            let plan = journey.plan(m, &together.known);
            let twice: Vec<&str> =
                needed_by.iter().filter(|(_, n)| *n > 1).map(|(p, _)| m.procedures[*p].id.as_str()).collect();
            for id in &twice {
                let listed = plan.plan.procedures.iter().filter(|pp| m.procedures[pp.procedure].id == *id).count();
                assert_eq!(listed, 1, "{id} is listed {listed} times");
            }
            assert!(together.path.len() <= asked_alone);
            println!(
                "{}\t{} questions together, {} answering the events one by one\tlisted twice before, once now: {}\t「{}」",
                journey.id(m),
                together.path.len(),
                asked_alone,
                if twice.is_empty() { "-".to_string() } else { twice.join(", ") },
                s.value.name
            );
        }
    }
}

#[test]
fn a_misspelt_document_fails_in_either_list() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let m = &compiled.model;
    let e = m.available_event("tennyu").expect("the 転入 event");
    let scenario = |field: &str| -> Scenario {
        let yaml = format!("name: typo\npartial: true\n{field}: [honin-kakunin]\n");
        serde_saphyr::from_str(&yaml).expect("a scenario")
    };
    for field in ["documents", "no_documents"] {
        assert_eq!(run(m, e, &scenario(field)), ["`honin-kakunin` is not a document"], "{field}");
    }
}
