//! Every answer path of every event, through the real content: the engine never
//! panics, and what the walk found is what a citizen's link shows.

use std::collections::BTreeSet;
use std::path::Path;

use guide_content::{analysis, load};
use guide_engine::{Answers, Status, flow};

fn compiled() -> guide_content::Compiled {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"))
}

/// One path per distinct state of the walk (paths below equal states lead to the same
/// questions and results): the link restores exactly these answers, and the flow (asked
/// from scratch, not resumed as the walk does) has nothing left to ask and keeps every
/// answer, so the results the link opens are the plan the walk found.
#[test]
fn every_state_gives_a_consistent_plan() {
    let compiled = compiled();
    let m = &compiled.model;
    for (_, event) in m.available_events() {
        let mut checked = 0usize;
        let x = analysis::walk(m, event, &mut |answers, p| {
            checked += 1;
            let query = answers.encode(m);
            let (decoded, problems) = Answers::decode(m, event, &query);
            assert!(problems.is_empty(), "{query}: {problems:?}");
            assert_eq!(&decoded, answers, "{query}");
            let f = flow(m, event, &decoded);
            assert_eq!(f.next, None, "{query}");
            assert_eq!(&f.known, answers, "{query}: the flow drops an answer");
            for pp in &p.procedures {
                if pp.status == Status::Maybe {
                    assert!(!pp.reasons.is_empty(), "a maybe names the open answer: {query}");
                }
            }
        });
        assert!(x.complete, "{}: too many states to walk", event.id);
        assert!(checked > 1, "{}: more than one path", event.id);
        println!("{}: {} answer paths, {} states, {checked} checked", event.id, x.paths, x.states);
    }
}

/// The walk that reuses equal states finds what the plain walk, path by path, finds:
/// the same number of paths, the same questions asked, the same procedures reached.
/// Checked on every event with up to 40,000 paths (the plain walk's time grows with
/// the paths, which is why the check itself no longer uses it).
#[test]
fn shared_states_walk_equals_the_plain_walk() {
    let compiled = compiled();
    let m = &compiled.model;
    let mut compared = 0;
    for (_, event) in m.available_events() {
        let mut asked = BTreeSet::new();
        let mut reached = BTreeSet::new();
        let Some(paths) = analysis::walk_every_path(m, event, 40_000, &mut |answers, p| {
            asked.extend(answers.iter().map(|(q, _)| q));
            reached.extend(p.procedures.iter().enumerate().filter(|(_, p)| p.status == Status::Needed).map(|(i, _)| i));
        }) else {
            continue;
        };
        let x = analysis::explore(m, event);
        assert_eq!(x.paths, paths, "{}: paths", event.id);
        assert_eq!(x.asked, asked, "{}: questions asked", event.id);
        assert_eq!(x.reached, reached, "{}: procedures reached", event.id);
        compared += 1;
    }
    assert!(compared >= 4, "the plain walk compared on {compared} events only");
}
