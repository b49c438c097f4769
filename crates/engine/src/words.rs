//! Conditions in plain words ("「健康保険」が「国民健康保険」"), for the staff catalogue
//! and the printed handbook: which answers make a procedure or a document apply. The
//! words are the model's question labels and option texts put into UI templates, so
//! they follow the content and its translations.

use crate::model::{Condition, Model, QuestionIx, TextId};
use crate::text::fill;
use crate::ui::UiKey;

/// `cond` in words, with texts looked up by `text` (one language's table).
pub fn condition<'a>(model: &Model, cond: &Condition, text: &impl Fn(TextId) -> &'a str) -> String {
    Words { model, text }.say(cond, false)
}

struct Words<'m, F> {
    model: &'m Model,
    text: &'m F,
}

impl<'a, F: Fn(TextId) -> &'a str> Words<'_, F> {
    fn ui(&self, key: UiKey) -> &'a str {
        (self.text)(self.model.ui(key))
    }

    fn atom(&self, key: UiKey, q: QuestionIx, answer: &str) -> String {
        let label = (self.text)(self.model.questions[q].label);
        fill(self.ui(key), &[("question", label), ("answer", answer)])
    }

    fn option(&self, q: QuestionIx, o: usize) -> &'a str {
        (self.text)(self.model.questions[q].options[o].text)
    }

    /// `nested`: inside another connective, where a compound needs brackets.
    fn say(&self, cond: &Condition, nested: bool) -> String {
        match cond {
            Condition::Always => self.ui(UiKey::ReasonEveryone).to_string(),
            Condition::Equals(q, o) => self.atom(UiKey::CondEquals, *q, self.option(*q, *o)),
            Condition::Includes(q, o) => self.atom(UiKey::CondIncludes, *q, self.option(*q, *o)),
            Condition::Not(inner) => match inner.as_ref() {
                Condition::Includes(q, o) => self.atom(UiKey::CondNotIncludes, *q, self.option(*q, *o)),
                inner => fill(self.ui(UiKey::CondNot), &[("condition", &self.say(inner, true))]),
            },
            Condition::All(cs) | Condition::Any(cs) if cs.len() == 1 => self.say(&cs[0], nested),
            Condition::All(cs) if cs.is_empty() => self.say(&Condition::Always, nested),
            Condition::Any(cs) => match one_question(cs) {
                // 「健康保険」が「国民健康保険」、「後期高齢者医療」のどれか
                Some(q) => {
                    let answers: Vec<String> = cs
                        .iter()
                        .filter_map(|c| match c {
                            Condition::Equals(_, o) => {
                                Some(fill(self.ui(UiKey::CondAnswer), &[("answer", self.option(q, *o))]))
                            }
                            _ => None,
                        })
                        .collect();
                    let label = (self.text)(self.model.questions[q].label);
                    let answers = answers.join(self.ui(UiKey::ListSeparator));
                    fill(self.ui(UiKey::CondOneOf), &[("question", label), ("answers", &answers)])
                }
                None => self.join(cs, UiKey::CondOr, nested),
            },
            Condition::All(cs) => self.join(cs, UiKey::CondAnd, nested),
        }
    }

    fn join(&self, cs: &[Condition], joiner: UiKey, nested: bool) -> String {
        let template = self.ui(joiner);
        let joined = cs.iter().map(|c| self.say(c, true)).reduce(|a, b| fill(template, &[("a", &a), ("b", &b)]));
        let joined = joined.unwrap_or_default();
        if nested { fill(self.ui(UiKey::CondGroup), &[("condition", &joined)]) } else { joined }
    }
}

/// The question when every part is `equals` on the same single-choice question.
fn one_question(cs: &[Condition]) -> Option<QuestionIx> {
    let mut q = None;
    for c in cs {
        match (c, q) {
            (Condition::Equals(x, _), None) => q = Some(*x),
            (Condition::Equals(x, _), Some(y)) if *x == y => {}
            _ => return None,
        }
    }
    q.filter(|_| cs.len() > 1)
}
