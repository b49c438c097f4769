//! The committed exhaustive tables (`tests/tables/<event>.tsv`) match the content:
//! a content change that alters any result must come with its reviewed table diff.

use std::path::Path;

use guide_content::{analysis, load};

#[test]
fn committed_tables_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let mut stale = Vec::new();
    for (_, event) in compiled.model.available_events() {
        let path = root.join("tests/tables").join(format!("{}.tsv", event.id));
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != analysis::table(&compiled.model, event) {
            stale.push(format!("tests/tables/{}.tsv", event.id));
        }
    }
    for c in &compiled.model.journeys.offered {
        let journey = guide_engine::Journey::new(&compiled.model, &c.events);
        let name = format!("tests/tables/combinations/{}.tsv", journey.id(&compiled.model));
        let committed = std::fs::read_to_string(root.join(&name)).unwrap_or_default();
        if committed != analysis::combination_table(&compiled.model, &journey) {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale: {}\nthe content changed which procedures some answers lead to; run\n  cargo run -q -p guide-content -- table --write\nand review the diff before committing",
        stale.join(", ")
    );
}
