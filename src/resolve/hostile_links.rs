//! Any text as the URL fragment (mangled by a mail client or a QR scanner, or written by an
//! attacker) ends on a real page, over the content this app is built with: resolving never
//! panics, a redirect lands on the page it announced with no second redirect and without
//! the parts the link got wrong (the notice about them is carried over), a page is shown
//! at its canonical address or redirected there, and that address opens that same page. (Parsing and decoding alone are
//! tested in `crates/content/tests/hostile_links.rs`.)

use guide_engine::{Route, Step};
use proptest::prelude::*;

use super::{Page, Resolved, carry, resolve, step_link};
use crate::content::model;

/// The content's own ids (so many links name a real event, question or option), the
/// step names, and pieces that break parsing.
fn word() -> impl Strategy<Value = String> {
    let m = model();
    let mut ids: Vec<String> = m.events.iter().map(|e| e.id.clone()).collect();
    for q in &m.questions {
        ids.push(q.id.clone());
        ids.extend(q.options.iter().map(|o| o.id.clone()));
    }
    ids.extend(["results", "review", "start", "staff", "offices", "privacy", "lang", "2026-04-01"].map(String::from));
    prop_oneof![
        6 => prop::sample::select(ids),
        3 => prop::sample::select(vec!["&", "=", "&&==", "/", "?", "#", ",", "%", "%zz", "%3D", "%E8%BB%A2", "+", "\u{202e}", ""]).prop_map(String::from),
        1 => any::<String>(),
    ]
}

/// `#/event/step?query` shapes (and `#/staff/event?…`, and no shape at all).
fn fragment() -> impl Strategy<Value = String> {
    let words = |n| prop::collection::vec(word(), 0..n).prop_map(|w| w.concat());
    let pairs = || {
        prop::collection::vec((word(), word()), 0..12)
            .prop_map(|p| p.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&"))
    };
    prop_oneof![
        (word(), word(), pairs()).prop_map(|(e, s, q)| format!("#/{e}/{s}?{q}")),
        (word(), word(), pairs()).prop_map(|(e, s, q)| format!("#/{e}/review/{s}?{q}")),
        (word(), pairs()).prop_map(|(e, q)| format!("#/{e}?{q}")),
        (word(), pairs()).prop_map(|(e, q)| format!("#/staff/{e}?{q}")),
        words(40),
    ]
}

/// The address that shows `page` with its answers in canonical form, if it has answers.
fn canonical(page: &Page) -> Option<String> {
    let m = model();
    Some(match page {
        Page::Question { journey, question, answers, from_review, .. } => {
            let id = m.questions[*question].id.clone();
            step_link(m, journey, if *from_review { Step::Change(id) } else { Step::Question(id) }, answers)
        }
        Page::Review { journey, answers, .. } => step_link(m, journey, Step::Review, answers),
        Page::Results { journey, answers, .. } => step_link(m, journey, Step::Results, answers),
        Page::StaffResults { journey, answers, .. } => {
            Route::Staff { event: Some(journey.id(m)), answers: answers.encode(m) }.to_hash()
        }
        _ => return None,
    })
}

/// The page without what was wrong with the link it came from.
fn without_problems(page: &Page) -> Page {
    let mut page = page.clone();
    if let Page::Question { problems, .. }
    | Page::Review { problems, .. }
    | Page::Results { problems, .. }
    | Page::StaffResults { problems, .. } = &mut page
    {
        problems.clear();
    }
    page
}

fn check(hash: &str) -> Result<(), TestCaseError> {
    let m = model();
    let first: Resolved = resolve(m, &Route::parse(hash));
    if let Some(to) = &first.redirect {
        let second = resolve(m, &Route::parse(to));
        prop_assert_eq!(&second.redirect, &None, "{} redirects to {}, which redirects again", hash, to);
        // The redirect dropped what the link got wrong; the page carries the notice over.
        prop_assert!(second.page.problems().is_empty(), "{} keeps problems: {:?}", to, second.page.problems());
        let carried = carry(second.page, first.page.problems().to_vec());
        prop_assert_eq!(&carried, &first.page, "{} announced one page and {} shows another", hash, to);
    }
    if first.redirect.is_none() {
        prop_assert!(first.page.problems().is_empty(), "{} shows problems without dropping them from the link", hash);
    }
    if let Some(link) = canonical(&first.page) {
        let again = resolve(m, &Route::parse(&link));
        prop_assert_eq!(&again.redirect, &None, "the canonical link {} of {} redirects", link, hash);
        prop_assert_eq!(again.page, without_problems(&first.page), "the canonical link {} of {}", link, hash);
    }
    Ok(())
}

/// Cases per run: each resolves a link up to three times over the real content.
const CASES: u32 = 3000;

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    fn any_fragment_resolves_to_a_page_and_a_redirect_is_final(hash in fragment()) {
        check(&hash)?;
    }
}

#[test]
fn long_and_broken_links_resolve_to_a_page() {
    let kb100 = |unit: &str| unit.repeat(100_000 / unit.len() + 1);
    for body in
        [kb100("&&=="), kb100("%zz"), kb100("moved_from=abroad&"), kb100("\u{202e}<img src=x onerror=alert(1)>&")]
    {
        for hash in [
            format!("#/tennyu/results?{body}"),
            format!("#/tennyu/review/moved_from?{body}"),
            format!("#/{body}"),
            format!("#/staff/tennyu?{body}"),
        ] {
            check(&hash).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}
