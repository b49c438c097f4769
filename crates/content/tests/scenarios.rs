//! Runs every declarative scenario in `tests/scenarios/*.yaml` against the real content.

use std::path::Path;

use guide_content::{load, scenario::run_file};

#[test]
fn every_scenario_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("content does not check:\n{report}"));
    let model = &compiled.model;
    let mut failures = Vec::new();
    let mut counts = Vec::new();
    for event in model.events.iter().filter(|e| e.available) {
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
