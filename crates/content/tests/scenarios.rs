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
