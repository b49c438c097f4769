//! Every answer path of every event, through the real content: the engine never
//! panics, is deterministic, and its results are consistent with the links it makes.

use std::path::Path;

use guide_content::{analysis, load};
use guide_engine::{Answers, Status, flow, plan};

#[test]
fn every_answer_path_gives_a_consistent_plan() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let compiled = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let m = &compiled.model;
    for (_, event) in m.available_events() {
        let mut checked = 0usize;
        let x = analysis::walk(m, event, &mut |answers, p| {
            checked += 1;
            // Deterministic: the same answers give the same plan.
            assert_eq!(&plan(m, event, answers), p);
            // The link restores exactly these answers, and the flow is complete.
            let query = answers.encode(m);
            let (decoded, problems) = Answers::decode(m, event, &query);
            assert!(problems.is_empty(), "{query}: {problems:?}");
            assert_eq!(&decoded, answers, "{query}");
            assert_eq!(flow(m, event, &decoded).next, None, "{query}");
            // Every needed or maybe procedure is in exactly one group; documents are
            // only listed for procedures that may apply.
            for (i, pp) in p.procedures.iter().enumerate() {
                let groups = p.groups.iter().filter(|g| g.procedures.contains(&i)).count();
                assert_eq!(groups, usize::from(pp.status != Status::NotNeeded), "{query}");
                if pp.status == Status::NotNeeded {
                    assert!(pp.documents.is_empty(), "{query}");
                }
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
