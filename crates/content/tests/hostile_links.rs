//! Any text as a link's fragment (mangled by a mail client or a QR scanner, or written by an
//! attacker) is harmless with the real content: parsing and decoding it never panics, at most
//! a few short sanitised keys are reported, and the canonical link it leads to round-trips.
//! Linearity is in `links_linear.rs` (it counts allocations, so it needs a binary of its own).

use std::path::Path;
use std::sync::OnceLock;

use guide_content::compile::compile;
use guide_engine::answers::{MAX_PROBLEMS, PROBLEM_CHARS};
use guide_engine::{Answers, Model, Route};
use proptest::prelude::*;

fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        compile(&root).unwrap_or_else(|r| panic!("content does not compile:\n{r}")).model
    })
}

/// Pieces a hostile or mangled fragment is made of: separators, broken and valid percent
/// escapes, the content's own ids (so some pairs decode), and any unicode.
fn piece() -> impl Strategy<Value = String> {
    let m = model();
    let mut ids: Vec<String> = m.events.iter().map(|e| e.id.clone()).collect();
    for q in &m.questions {
        ids.push(q.id.clone());
        ids.extend(q.options.iter().map(|o| o.id.clone()));
    }
    ids.extend(
        ["results", "review", "start", "staff", "offices", "lang", "unknown", "none", "2026-04-01", "2026-02-30"]
            .map(String::from),
    );
    prop_oneof![
        4 => prop::sample::select(ids),
        3 => prop::sample::select(vec!["&", "=", "&&==", "/", "?", "#", ",", "%", "%2", "%zz", "%26", "%3D", "%E8%BB%A2", "%e3%81", "%00", "+", " ", "\u{202e}", "\u{0}"]).prop_map(String::from),
        1 => any::<String>(),
        1 => "[a-z_]{1,12}",
    ]
}

fn fragment() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|p| p.concat())
}

/// Everything a page does with a link, with the properties that must hold on the way.
fn check(hash: &str) -> Result<(), TestCaseError> {
    let m = model();
    let route = Route::parse(hash);
    if !matches!(route, Route::NotFound(_)) {
        prop_assert_eq!(Route::parse(&route.to_hash()), route.clone(), "a route's own link gives it back");
    }
    let (event, query) = match &route {
        Route::Event { event, answers, .. } => (Some(event), answers),
        Route::Staff { event, answers } => (event.as_ref(), answers),
        _ => return Ok(()),
    };
    let Some(event) = event.and_then(|id| m.events.iter().find(|e| e.id == *id)) else { return Ok(()) };
    let (answers, problems) = Answers::decode(m, event, query);
    prop_assert!(problems.len() <= MAX_PROBLEMS, "{} problems reported", problems.len());
    for p in &problems {
        prop_assert!(p.key.chars().count() <= PROBLEM_CHARS + 1, "key {:?} is short", p.key);
        prop_assert!(
            p.key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '-' | '…')),
            "key {:?} is sanitised",
            p.key
        );
    }
    // The canonical link (what a redirect writes) holds only what was understood, and reads back the same.
    let canonical = answers.encode(m);
    let (again, none) = Answers::decode(m, event, &canonical);
    prop_assert_eq!(&again, &answers);
    prop_assert!(none.is_empty(), "the canonical link {} has problems: {:?}", canonical, none);
    prop_assert_eq!(again.encode(m), canonical);
    Ok(())
}

const CASES: u32 = 4000;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn any_fragment_is_harmless(f in fragment()) {
        for hash in [format!("#/{f}"), format!("#/tennyu?{f}"), format!("#/tennyu/results?{f}"), format!("#/staff/tennyu?{f}"), f.clone()] {
            check(&hash)?;
        }
    }
}

#[test]
fn long_and_broken_links_are_harmless() {
    let kb100 = |unit: &str| unit.repeat(100_000 / unit.len() + 1);
    for body in [
        kb100("&&=="),
        kb100("%"),
        kb100("%zz"),
        kb100("%E3%81"),
        kb100("moved_from=abroad&"),
        kb100("x=1&"),
        kb100("転入"),
        format!("moved_from={}", kb100("a")),
        format!("{}=1", kb100("b")),
        kb100("\u{202e}<img src=x onerror=alert(1)>&"),
    ] {
        for hash in [format!("#/tennyu/results?{body}"), format!("#/{body}"), format!("#/staff/tennyu?{body}")] {
            check(&hash).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}

#[test]
fn percent_encoded_links_are_read() {
    let m = model();
    let event = m.events.iter().find(|e| e.id == "tennyu").expect("転入");
    let plain = "#/tennyu/results?".to_string() + &Answers::decode(m, event, "moved_from=other_city").0.encode(m);
    let Route::Event { answers: plain_q, .. } = Route::parse(&plain) else { panic!() };
    let (a, p) = Answers::decode(m, event, &plain_q);
    assert!(p.is_empty() && a.iter().count() == 1, "{plain}");
    // What a mail client or a QR scanner makes of it: `=` and `_` percent-encoded, in
    // upper or lower case.
    let mangled = plain_q.replace('=', "%3D").replace('_', "%5f");
    assert_ne!(mangled, plain_q);
    let (b, p) = Answers::decode(m, event, &mangled);
    assert!(p.is_empty(), "{mangled}: {p:?}");
    assert_eq!(b, a);
}
