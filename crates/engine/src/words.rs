//! Conditions in plain words ("「健康保険」が「国民健康保険」"), for the staff catalogue
//! and the printed handbook: which answers make a procedure or a document apply. The
//! words are the model's question labels and option texts put into UI templates, so
//! they follow the content and its translations.

use crate::model::{Condition, Model, OptionIx, QuestionIx, TextId};
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

    fn option(&self, q: QuestionIx, o: OptionIx) -> &'a str {
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
                Some((q, key)) => {
                    let answers: Vec<String> = cs
                        .iter()
                        .filter_map(|c| match c {
                            Condition::Equals(_, o) | Condition::Includes(_, o) => {
                                Some(fill(self.ui(UiKey::CondAnswer), &[("answer", self.option(q, *o))]))
                            }
                            _ => None,
                        })
                        .collect();
                    let label = (self.text)(self.model.questions[q].label);
                    let answers = answers.join(self.ui(UiKey::ListSeparator));
                    fill(self.ui(key), &[("question", label), ("answers", &answers)])
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

/// The question, and the template, when every part is `equals` (or every part is
/// `includes`) on the same question: "one of these answers".
fn one_question(cs: &[Condition]) -> Option<(QuestionIx, UiKey)> {
    let first = match cs.first()? {
        Condition::Equals(q, _) => (*q, UiKey::CondOneOf),
        Condition::Includes(q, _) => (*q, UiKey::CondIncludesOneOf),
        _ => return None,
    };
    let same = cs.iter().all(|c| match (c, first.1) {
        (Condition::Equals(q, _), UiKey::CondOneOf) | (Condition::Includes(q, _), UiKey::CondIncludesOneOf) => {
            *q == first.0
        }
        _ => false,
    });
    (same && cs.len() > 1).then_some(first)
}
