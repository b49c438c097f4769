//! Which question comes next. A question is asked only while its answer can still
//! change some procedure or document for this event (as Publicodes and OpenFisca ask
//! only for missing variables that matter); the rest are skipped.

use crate::answers::{Answer, Answers, subsets};
use crate::condition::{self, Truth, eval};
use crate::model::{Condition, Event, Idx, Model, OptionIx, QuestionIx, QuestionKind};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flow {
    /// Questions asked so far, in order; the "back" link walks this.
    pub path: Vec<QuestionIx>,
    /// The next question to ask, or `None` when the results are complete.
    pub next: Option<QuestionIx>,
    /// The answers on the path. Answers to questions that no longer matter (after an
    /// earlier answer changed) are kept in the URL but are not part of the result.
    pub known: Answers,
}

impl Flow {
    /// The question asked before `q` (or before the results when `q` is `None`).
    pub fn previous(&self, q: Option<QuestionIx>) -> Option<QuestionIx> {
        match q.and_then(|q| self.path.iter().position(|p| *p == q)) {
            Some(i) => i.checked_sub(1).map(|i| self.path[i]),
            None if q.is_some() && self.next == q => self.path.last().copied(),
            None if q.is_none() => self.path.last().copied(),
            None => None,
        }
    }

    /// The place of `q` in the questions reached, counting from 1 (the "3" of "3 / 7"):
    /// on the path, or the next one. `None` for a question not reached.
    pub fn position(&self, q: QuestionIx) -> Option<usize> {
        self.path
            .iter()
            .position(|p| *p == q)
            .or_else(|| (self.next == Some(q)).then_some(self.path.len()))
            .map(|i| i + 1)
    }
}

/// Walks the event's questions in order, keeping those that matter given the answers
/// on the path so far.
///
/// # Usage
///
/// Answers in (from the link), the next question out; nothing is kept between calls.
///
/// ```
/// use guide_engine::{Answers, flow};
/// # let model = guide_engine::example::model();
/// let event = &model.events[model.event("tennyu").unwrap()];
/// let (answers, _) = Answers::decode(&model, event, "moving_date=2026-11-20&from=abroad");
///
/// let f = flow(&model, event, &answers);
/// // From abroad there is no move-out certificate: the online question is skipped.
/// let next = f.next.map(|q| model.questions[q].id.as_str());
/// assert_eq!(next, Some("insurance"));
/// assert_eq!(f.path.len(), 2, "moving_date, from");
/// ```
pub fn flow(model: &Model, event: &Event, answers: &Answers) -> Flow {
    Rules::new(model, event).flow(answers)
}

/// An event's conditions, prepared once for asking "does this question still matter?".
pub struct Rules<'m> {
    pub model: &'m Model,
    pub event: &'m Event,
    targets: Vec<Target>,
}

/// A condition whose value the result shows, with the (question, option) pairs it tests.
struct Target {
    condition: Condition,
    atoms: Vec<(QuestionIx, OptionIx)>,
}

impl<'m> Rules<'m> {
    pub fn new(model: &'m Model, event: &'m Event) -> Rules<'m> {
        let targets = targets(model, event)
            .into_iter()
            .map(|condition| {
                let mut atoms = Vec::new();
                condition::atoms(&condition, &mut atoms);
                Target { condition, atoms }
            })
            .collect();
        Rules { model, event, targets }
    }

    pub fn flow(&self, answers: &Answers) -> Flow {
        walk(&self.event.questions, answers, |known, q| self.matters(known, q))
    }

    /// The first question from position `from` in the event's list that matters given
    /// `known` (the answers to earlier questions), with its position.
    pub fn next_from(&self, from: usize, known: &Answers) -> Option<(usize, QuestionIx)> {
        self.event.questions.iter().enumerate().skip(from).find(|(_, q)| self.matters(known, **q)).map(|(i, q)| (i, *q))
    }

    /// Whether answering `q` can change any target, given the answers known so far.
    pub fn matters(&self, known: &Answers, q: QuestionIx) -> bool {
        let (model, event) = (self.model, self.event);
        let question = &model.questions[q];
        if question.kind == QuestionKind::Date {
            // The event date turns deadlines into dates: asked while a dated deadline may apply.
            return event.date_question == Some(q)
                && event.procedures.iter().any(|ep| {
                    ep.deadline
                        .as_ref()
                        .or(model.procedures[ep.procedure].deadline.as_ref())
                        .is_some_and(|d| d.offset_days.is_some())
                        && eval(&ep.applies_if, known) != Truth::No
                });
        }
        self.targets.iter().any(|t| {
            // Only the options this condition tests can change it; every other option
            // behaves like one representative, so trying these values is exact.
            let tested: Vec<OptionIx> = t.atoms.iter().filter(|(aq, _)| *aq == q).map(|(_, o)| *o).collect();
            if tested.is_empty() {
                return false;
            }
            let values: Vec<Answer> = match question.kind {
                QuestionKind::Multi => subsets(&tested),
                _ => {
                    let other = Idx::all(question.options.len()).find(|o| !tested.contains(o));
                    tested.iter().chain(other.iter()).map(|o| Answer::Chosen(vec![*o])).collect()
                }
            };
            let mut trial = known.clone();
            let mut first = None;
            values.into_iter().any(|v| {
                trial.set(q, v);
                let value = eval(&t.condition, &trial);
                *first.get_or_insert(value) != value
            })
        })
    }
}

/// Every condition whose value the result shows: each procedure's, and each of its
/// documents' (which only matter while the procedure may apply).
pub fn targets(model: &Model, event: &Event) -> Vec<Condition> {
    let mut out = Vec::new();
    for ep in &event.procedures {
        out.push(ep.applies_if.clone());
        for doc in ep.documents(model) {
            if doc.when != Condition::Always {
                out.push(ep.document_condition(doc));
            }
        }
    }
    out
}

/// The questions in order, skipping those that no longer matter given the answers so far:
/// the path answered, and the next question to ask. One walk for one event and for a
/// journey of several (only what "matters" means differs).
pub(crate) fn walk(
    questions: &[QuestionIx],
    answers: &Answers,
    matters: impl Fn(&Answers, QuestionIx) -> bool,
) -> Flow {
    let mut known = Answers::default();
    let mut path = Vec::new();
    for &q in questions {
        if !matters(&known, q) {
            continue;
        }
        match answers.get(q) {
            Some(a) => {
                known.set(q, a.clone());
                path.push(q);
            }
            None => return Flow { path, next: Some(q), known },
        }
    }
    Flow { path, next: None, known }
}
