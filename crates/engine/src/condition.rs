//! Evaluating conditions in three-valued logic, and explaining the result.

use crate::answers::{Answer, Answers};
use crate::model::{Condition, OptionIx, Question, QuestionIx};

/// The value of a condition when some answers may be missing or "わからない".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Truth {
    Yes,
    No,
    Unknown,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::Yes => Truth::No,
            Truth::No => Truth::Yes,
            Truth::Unknown => Truth::Unknown,
        }
    }

    /// Kleene conjunction.
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, Truth::Yes) => Truth::Yes,
            _ => Truth::Unknown,
        }
    }
}

pub fn eval(cond: &Condition, answers: &Answers) -> Truth {
    match cond {
        Condition::Always => Truth::Yes,
        Condition::All(cs) => cs.iter().fold(Truth::Yes, |acc, c| acc.and(eval(c, answers))),
        Condition::Any(cs) => cs.iter().fold(Truth::No, |acc, c| acc.not().and(eval(c, answers).not()).not()),
        Condition::Not(c) => eval(c, answers).not(),
        Condition::Equals(q, o) | Condition::Includes(q, o) => match answers.get(*q) {
            Some(Answer::Chosen(opts)) => {
                if opts.contains(o) {
                    Truth::Yes
                } else {
                    Truth::No
                }
            }
            _ => Truth::Unknown,
        },
    }
}

/// The questions whose answers decided `cond`'s value: for a true `all`, every part;
/// for a true `any`, the first true part; for an unknown value, the unknown atoms.
/// This is the "why" shown beside a procedure.
pub fn explain(cond: &Condition, answers: &Answers) -> Vec<QuestionIx> {
    let mut out = Vec::new();
    collect_reasons(cond, answers, eval(cond, answers), &mut out);
    out.dedup();
    let mut seen = Vec::new();
    out.retain(|q| {
        let new = !seen.contains(q);
        seen.push(*q);
        new
    });
    out
}

fn collect_reasons(cond: &Condition, answers: &Answers, value: Truth, out: &mut Vec<QuestionIx>) {
    match cond {
        Condition::Always => {}
        Condition::Equals(q, _) | Condition::Includes(q, _) => out.push(*q),
        Condition::Not(c) => collect_reasons(c, answers, value.not(), out),
        Condition::All(cs) | Condition::Any(cs) => {
            // The parts that carry the decisive value: for all=No or any=Yes one is enough;
            // otherwise every part with that value contributes.
            let decisive_one =
                matches!((cond, value), (Condition::All(_), Truth::No) | (Condition::Any(_), Truth::Yes));
            for c in cs {
                let v = eval(c, answers);
                if v == value {
                    collect_reasons(c, answers, v, out);
                    if decisive_one {
                        return;
                    }
                }
            }
        }
    }
}

/// Every (question, option) pair a condition tests.
pub fn atoms(cond: &Condition, out: &mut Vec<(QuestionIx, OptionIx)>) {
    match cond {
        Condition::Always => {}
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| atoms(c, out)),
        Condition::Not(c) => atoms(c, out),
        Condition::Equals(q, o) | Condition::Includes(q, o) => out.push((*q, *o)),
    }
}

/// Every question a condition mentions, in order of first mention.
pub fn questions(cond: &Condition, out: &mut Vec<QuestionIx>) {
    match cond {
        Condition::Always => {}
        Condition::All(cs) | Condition::Any(cs) => cs.iter().for_each(|c| questions(c, out)),
        Condition::Not(c) => questions(c, out),
        Condition::Equals(q, _) | Condition::Includes(q, _) => {
            if !out.contains(q) {
                out.push(*q)
            }
        }
    }
}

/// Above this many answer combinations [`satisfiable`] gives up.
const MAX_COMBINATIONS: usize = 1 << 16;

/// Whether some answers to `questions` (the model's list) make `cond` true; `None` when
/// there are too many combinations to try.
pub fn satisfiable(cond: &Condition, questions: &[Question]) -> Option<bool> {
    let mut qs = Vec::new();
    self::questions(cond, &mut qs);
    let domains: Vec<Vec<Answer>> = qs.iter().map(|q| questions[q.index()].domain()).collect();
    if domains.iter().try_fold(1usize, |acc, d| acc.checked_mul(d.len().max(1))).is_none_or(|n| n > MAX_COMBINATIONS) {
        return None;
    }
    Some(any_assignment(cond, &qs, &domains, &mut Answers::default()))
}

/// Whether some choice from the `domains` of the questions `qs` (given the answers set so
/// far) makes `cond` true.
fn any_assignment(cond: &Condition, qs: &[QuestionIx], domains: &[Vec<Answer>], answers: &mut Answers) -> bool {
    let Some((&q, rest)) = qs.split_first() else {
        return eval(cond, answers) == Truth::Yes;
    };
    domains[0].iter().any(|a| {
        answers.set(q, a.clone());
        any_assignment(cond, rest, &domains[1..], answers)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Idx;

    /// Question `q` has option `o`, with plain numbers for brevity.
    fn eq(q: usize, o: usize) -> Condition {
        Condition::Equals(Idx::new(q), Idx::new(o))
    }
    use Condition::{All, Any, Not};

    fn chosen(o: usize) -> Answer {
        Answer::Chosen(vec![Idx::new(o)])
    }

    fn answers(pairs: &[(usize, Answer)]) -> Answers {
        let mut a = Answers::default();
        for (q, ans) in pairs {
            a.set(Idx::new(*q), ans.clone());
        }
        a
    }

    fn qs(ixs: &[usize]) -> Vec<QuestionIx> {
        ixs.iter().map(|&i| Idx::new(i)).collect()
    }

    #[test]
    fn kleene_logic() {
        let a = answers(&[(0, chosen(1)), (1, Answer::Unknown)]);
        assert_eq!(eval(&eq(0, 1), &a), Truth::Yes);
        assert_eq!(eval(&eq(0, 0), &a), Truth::No);
        assert_eq!(eval(&eq(1, 0), &a), Truth::Unknown);
        assert_eq!(eval(&eq(2, 0), &a), Truth::Unknown, "unanswered is unknown");
        assert_eq!(eval(&All(vec![eq(0, 0), eq(1, 0)]), &a), Truth::No);
        assert_eq!(eval(&All(vec![eq(0, 1), eq(1, 0)]), &a), Truth::Unknown);
        assert_eq!(eval(&Any(vec![eq(0, 1), eq(1, 0)]), &a), Truth::Yes);
        assert_eq!(eval(&Any(vec![eq(0, 0), eq(1, 0)]), &a), Truth::Unknown);
        assert_eq!(eval(&Any(vec![]), &a), Truth::No);
        assert_eq!(eval(&All(vec![]), &a), Truth::Yes);
        assert_eq!(eval(&Not(Box::new(eq(1, 0))), &a), Truth::Unknown);
        assert_eq!(eval(&Not(Box::new(eq(0, 0))), &a), Truth::Yes);
    }

    #[test]
    fn explain_names_the_deciding_answers() {
        let a = answers(&[(0, chosen(1)), (1, chosen(0)), (2, Answer::Unknown)]);
        // any: the first true part decides.
        assert_eq!(explain(&Any(vec![eq(0, 0), eq(1, 0), eq(0, 1)]), &a), qs(&[1]));
        // all true: every part.
        assert_eq!(explain(&All(vec![eq(0, 1), eq(1, 0)]), &a), qs(&[0, 1]));
        // unknown: the unknown atom, not the true one.
        assert_eq!(explain(&All(vec![eq(0, 1), eq(2, 0)]), &a), qs(&[2]));
        // not: the inner atom.
        assert_eq!(explain(&Not(Box::new(eq(0, 0))), &a), qs(&[0]));
    }
}
