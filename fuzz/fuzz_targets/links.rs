//! Any bytes as a link's fragment, over the real content: parsing, decoding and writing the
//! canonical link never panic, a notice stays short, and the canonical link reads back the
//! same. The proptest twin (`crates/content/tests/hostile_links.rs`) runs in CI; this target
//! explores further, guided by coverage: `cargo fuzz run links --sanitizer none` (stable Rust).
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use guide_engine::answers::MAX_PROBLEMS;
use guide_engine::{Answers, Model, Route};
use libfuzzer_sys::fuzz_target;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        guide_content::compile::compile(&root).unwrap_or_else(|r| panic!("content does not compile:\n{r}")).model
    })
}

fuzz_target!(|data: &[u8]| {
    let m = model();
    let hash = String::from_utf8_lossy(data);
    let route = Route::parse(&hash);
    if !matches!(route, Route::NotFound(_)) {
        assert_eq!(Route::parse(&route.to_hash()), route, "a route's own link gives it back");
    }
    let (Route::Event { event, answers, .. } | Route::Staff { event: Some(event), answers }) = &route else { return };
    for e in m.events.iter().filter(|e| e.id == *event || e.id == "tennyu") {
        let (decoded, problems) = Answers::decode(m, e, answers);
        assert!(problems.len() <= MAX_PROBLEMS);
        let canonical = decoded.encode(m);
        let (again, none) = Answers::decode(m, e, &canonical);
        assert!(none.is_empty(), "{canonical}");
        assert_eq!(again, decoded);
    }
});
