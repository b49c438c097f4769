//! The editors' schema for `content/ui.yaml` (the completion and red underlines their
//! editor shows) lists exactly the keys the app has: a key added in Rust and not in the
//! schema would be flagged as unknown while they type, and a removed one still offered.

use std::collections::BTreeSet;
use std::path::Path;

use guide_engine::UiKey;

#[test]
fn the_ui_schema_lists_every_screen_text_key_and_no_other() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/schema/ui.schema.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let keys: BTreeSet<&str> = UiKey::ALL.iter().map(|(_, name)| *name).collect();
    let required: BTreeSet<&str> = schema["required"].as_array().unwrap().iter().filter_map(|v| v.as_str()).collect();
    let properties: BTreeSet<&str> = schema["properties"].as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(required, keys, "content/schema/ui.schema.json `required` against crates/engine/src/ui.rs");
    assert_eq!(properties, keys, "content/schema/ui.schema.json `properties` against crates/engine/src/ui.rs");
}
