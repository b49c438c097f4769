//! Properties of the three-valued logic that the "may be needed" state relies on.

use guide_engine::{Answer, Answers, Condition, Idx, Truth, eval};
use proptest::prelude::*;

const QUESTIONS: usize = 3;
const OPTIONS: usize = 3;

fn condition() -> impl Strategy<Value = Condition> {
    let atom = (0..QUESTIONS, 0..OPTIONS).prop_map(|(q, o)| Condition::Equals(Idx::new(q), Idx::new(o)));
    atom.prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..4).prop_map(Condition::All),
            prop::collection::vec(inner.clone(), 1..4).prop_map(Condition::Any),
            inner.prop_map(|c| Condition::Not(Box::new(c))),
        ]
    })
}

/// Per question: `None` unanswered, `Some(None)` わからない, `Some(Some(o))` option o.
fn partial() -> impl Strategy<Value = Vec<Option<Option<usize>>>> {
    prop::collection::vec(prop::option::of(prop::option::of(0..OPTIONS)), QUESTIONS)
}

fn to_answers(p: &[Option<Option<usize>>]) -> Answers {
    let mut a = Answers::default();
    for (q, v) in p.iter().enumerate() {
        match v {
            Some(Some(o)) => a.set(Idx::new(q), Answer::Chosen(vec![Idx::new(*o)])),
            Some(None) => a.set(Idx::new(q), Answer::Unknown),
            None => {}
        }
    }
    a
}

/// Every way to fill in the unanswered and unknown questions.
fn completions(p: &[Option<Option<usize>>]) -> Vec<Vec<usize>> {
    p.iter().fold(vec![vec![]], |acc, v| {
        let choices: Vec<usize> = match v {
            Some(Some(o)) => vec![*o],
            _ => (0..OPTIONS).collect(),
        };
        acc.into_iter().flat_map(|prefix| choices.iter().map(move |c| [prefix.clone(), vec![*c]].concat())).collect()
    })
}

proptest! {
    /// A decided value (needed / not needed) never flips when a missing answer is given:
    /// so "needed" is safe to print before every question is answered.
    #[test]
    fn decided_values_survive_every_completion(c in condition(), p in partial()) {
        let value = eval(&c, &to_answers(&p));
        let values: Vec<Truth> = completions(&p)
            .iter()
            .map(|full| eval(&c, &to_answers(&full.iter().map(|o| Some(Some(*o))).collect::<Vec<_>>())))
            .collect();
        if value != Truth::Unknown {
            prop_assert!(values.iter().all(|v| *v == value));
        }
        // Complete answers are always decided.
        prop_assert!(values.iter().all(|v| *v != Truth::Unknown));
    }
}
