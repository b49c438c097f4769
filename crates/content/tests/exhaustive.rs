//! Every answer path of every event, through the real content: the engine never
//! panics, and what the walk found is what a citizen's link shows.

use std::path::Path;

use guide_content::{analysis, load};
use guide_engine::{Answers, Status, flow};

#[test]
fn every_answer_path_gives_a_consistent_plan() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let m = &compiled.model;
    for (_, event) in m.available_events() {
        let mut checked = 0usize;
        let x = analysis::walk(m, event, &mut |answers, p| {
            checked += 1;
            // The link restores exactly these answers, and the flow (asked from scratch, not
            // resumed as the walk does) has nothing left to ask and keeps every answer, so
            // the results the link opens are the plan the walk found.
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
        assert!(x.complete, "{}: too many paths to walk", event.id);
        assert!(checked > 1, "{}: more than one path", event.id);
        println!("{}: {checked} answer paths checked", event.id);
    }
}
