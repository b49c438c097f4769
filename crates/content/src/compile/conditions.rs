//! Conditions (`applies_if`, a document's `when`): atoms resolved to (question, option)
//! pairs of the right kind, and connectives that can never hold reported.

use std::collections::BTreeMap;

use guide_engine::condition::satisfiable;
use guide_engine::{Condition, Question, QuestionKind};

use super::Lower;
use super::ids::IdTables;
use crate::diagnostic::did_you_mean;
use crate::source::{ConditionSrc, Spanned};

impl Lower {
    pub(super) fn condition(
        &mut self,
        f: &str,
        c: &Spanned<ConditionSrc>,
        ids: &IdTables,
        questions: &[Question],
    ) -> Condition {
        match &c.value {
            ConditionSrc::All(cs) | ConditionSrc::Any(cs) if cs.is_empty() => {
                self.error(f, &c.referenced, "`all` and `any` need at least one condition in their list");
                Condition::Always
            }
            ConditionSrc::All(cs) => {
                let parts: Vec<Condition> = cs.iter().map(|c| self.condition(f, c, ids, questions)).collect();
                let all = Condition::All(parts.clone());
                // Report the innermost impossible part only.
                let parts_possible = parts.iter().all(|p| satisfiable(p, questions) != Some(false));
                if parts_possible && satisfiable(&all, questions) == Some(false) {
                    self.error(
                        f,
                        &c.referenced,
                        "this `all` can never hold: its parts contradict each other for every possible answer",
                    );
                }
                all
            }
            ConditionSrc::Any(cs) => Condition::Any(cs.iter().map(|c| self.condition(f, c, ids, questions)).collect()),
            ConditionSrc::Not(inner) => {
                let not = Condition::Not(Box::new(self.condition(f, inner, ids, questions)));
                if satisfiable(&not, questions) == Some(false) {
                    self.error(
                        f,
                        &c.referenced,
                        "this `not` can never hold: what it negates is true for every possible answer",
                    );
                }
                not
            }
            ConditionSrc::Equals(atom) => self.atom(f, atom, ids, questions, false),
            ConditionSrc::Includes(atom) => self.atom(f, atom, ids, questions, true),
        }
    }

    fn atom(
        &mut self,
        f: &str,
        atom: &Spanned<BTreeMap<String, String>>,
        ids: &IdTables,
        questions: &[Question],
        includes: bool,
    ) -> Condition {
        let word = if includes { "includes" } else { "equals" };
        let loc = &atom.referenced;
        let [(qid, oid)] = atom.value.iter().collect::<Vec<_>>()[..] else {
            self.error(
                f,
                loc,
                format!("`{word}` takes exactly one `question: option` pair; combine several with `all` or `any`"),
            );
            return Condition::Always;
        };
        let Some(q) = ids.questions.get(qid) else {
            let hint = did_you_mean(qid, ids.questions.names());
            self.error(f, loc, format!("unknown question `{qid}`{hint}; questions are defined in content/questions/"));
            return Condition::Always;
        };
        let question = &questions[q.index()];
        let Some(o) = question.option(oid) else {
            let hint = did_you_mean(oid, question.options.iter().map(|o| o.id.as_str()));
            let all: Vec<&str> = question.options.iter().map(|o| o.id.as_str()).collect();
            self.error(
                f,
                loc,
                format!("question `{qid}` has no option `{oid}`{hint}; its options are: {}", all.join(", ")),
            );
            return Condition::Always;
        };
        match (question.kind, includes) {
            (QuestionKind::Multi, false) => {
                self.error(f, loc, format!("`{qid}` is a multiple question: use `includes`, not `equals`"))
            }
            (QuestionKind::Single, true) => {
                self.error(f, loc, format!("`{qid}` allows one answer: use `equals`, not `includes`"))
            }
            (QuestionKind::Date, _) => {
                self.error(f, loc, format!("`{qid}` is a date question and cannot be used in a condition"))
            }
            _ => {}
        }
        if includes { Condition::Includes(q, o) } else { Condition::Equals(q, o) }
    }
}
