//! Answers, and their text form in the URL: `key=value` pairs keyed by stable
//! question and option ids, sorted, so a shared link restores the same state.

use std::collections::BTreeMap;

use crate::date::Date;
use crate::model::{Event, Idx, Model, OptionIx, Question, QuestionIx, QuestionKind};

/// Written for an answer of "わからない" (and so never allowed as an option id).
pub const UNKNOWN: &str = "unknown";
/// Written for a multiple-choice answer with nothing chosen.
pub const NONE: &str = "none";

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Answer {
    /// Chosen options, sorted; exactly one for a single-choice question.
    Chosen(Vec<OptionIx>),
    Date(Date),
    /// "わからない".
    Unknown,
}

/// Every choice of some of `options` (each a sorted [`Answer::Chosen`]), the empty
/// choice first: the answers to a multiple question that tell those options apart.
pub fn subsets(options: &[OptionIx]) -> Vec<Answer> {
    let mut options = options.to_vec();
    options.sort_unstable();
    options.dedup();
    (0u32..1 << options.len())
        .map(|bits| {
            let chosen = options.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, o)| *o);
            Answer::Chosen(chosen.collect())
        })
        .collect()
}

impl Question {
    /// Every concrete answer the question can take (all subsets for multiple choice; the
    /// content check caps their options so this stays small). Dates have none.
    pub fn domain(&self) -> Vec<Answer> {
        let options = Idx::all(self.options.len());
        match self.kind {
            QuestionKind::Single => options.map(|o| Answer::Chosen(vec![o])).collect(),
            QuestionKind::Multi => subsets(&options.collect::<Vec<_>>()),
            QuestionKind::Date => Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Answers(BTreeMap<QuestionIx, Answer>);

impl Answers {
    pub fn get(&self, q: QuestionIx) -> Option<&Answer> {
        self.0.get(&q)
    }

    pub fn set(&mut self, q: QuestionIx, answer: Answer) {
        self.0.insert(q, answer);
    }

    pub fn remove(&mut self, q: QuestionIx) {
        self.0.remove(&q);
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionIx, &Answer)> {
        self.0.iter().map(|(q, a)| (*q, a))
    }

    pub fn date(&self, q: QuestionIx) -> Option<Date> {
        match self.get(q) {
            Some(Answer::Date(d)) => Some(*d),
            _ => None,
        }
    }

    /// The URL form: `key=value&…`, keys sorted by id for a canonical link.
    pub fn encode(&self, model: &Model) -> String {
        let mut pairs: Vec<(String, String)> = self
            .iter()
            .map(|(q, a)| {
                let question = &model.questions[q];
                let value = match a {
                    Answer::Unknown => UNKNOWN.to_string(),
                    Answer::Date(d) => d.to_string(),
                    Answer::Chosen(opts) if opts.is_empty() => NONE.to_string(),
                    Answer::Chosen(opts) => {
                        opts.iter().map(|o| question.options[*o].id.as_str()).collect::<Vec<_>>().join(",")
                    }
                };
                (question.id.clone(), value)
            })
            .collect();
        pairs.sort();
        pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
    }

    /// Reads the URL form for one event. What cannot be restored is reported (the first
    /// [`MAX_PROBLEMS`], each by a short sanitised key only) and dropped; everything else is
    /// kept. Keys and values may be percent-encoded (mail clients and QR scanners do that).
    /// Linear in the length of `query`, whatever it holds.
    ///
    /// # Usage
    ///
    /// ```
    /// use guide_engine::{Answers, ProblemKind};
    /// # let model = guide_engine::example::model();
    /// let event = &model.events[model.event("tennyu").unwrap()];
    ///
    /// let (answers, problems) = Answers::decode(&model, event, "from=mars&insurance=kokuho&online=unknown");
    /// assert_eq!((problems[0].key.as_str(), problems[0].kind), ("from", ProblemKind::BadValue));
    /// // The rest is kept, and written back in canonical order.
    /// assert_eq!(answers.encode(&model), "insurance=kokuho&online=unknown");
    /// ```
    pub fn decode(model: &Model, event: &Event, query: &str) -> (Answers, Vec<Problem>) {
        Answers::decode_in(model, &event.questions, query)
    }

    /// Reads the URL form against a list of questions (an event's, or a journey's).
    pub fn decode_in(model: &Model, questions: &[QuestionIx], query: &str) -> (Answers, Vec<Problem>) {
        let mut answers = Answers::default();
        let mut problems = Vec::new();
        let mut report = |key: &str, value: &str, kind| {
            if problems.len() < MAX_PROBLEMS {
                problems.push(Problem { key: sanitised(key), value: sanitised(value), kind });
            }
        };
        // Ids, dates and their separators are all a link holds, so the whole query can be
        // decoded first: also a link whose `=` and `&` were encoded (`%3D`, `%26`).
        let query = percent_decoded(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(q) = questions.iter().copied().find(|q| model.questions[*q].id == key) else {
                report(key, value, ProblemKind::UnknownQuestion);
                continue;
            };
            if answers.get(q).is_some() {
                report(key, value, ProblemKind::Repeated);
                continue;
            }
            match parse_value(model, q, value) {
                Ok(a) => answers.set(q, a),
                Err(kind) => report(key, value, kind),
            }
        }
        (answers, problems)
    }
}

/// At most this many parts of a link are reported as not restored.
pub const MAX_PROBLEMS: usize = 5;
/// A reported key or value keeps this many characters at most.
pub const PROBLEM_CHARS: usize = 24;

/// What a notice may repeat of a link: `[a-z0-9_-]` only, shortened (`…` when cut or empty),
/// so arbitrary text from a link never appears on the city's page.
impl Problem {
    /// An event of a link that was dropped, its id made safe to show.
    pub fn event(id: &str) -> Problem {
        Problem { key: sanitised(id), value: String::new(), kind: ProblemKind::Event }
    }
}

fn sanitised(text: &str) -> String {
    let mut kept = text.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'));
    let mut out: String = kept.by_ref().take(PROBLEM_CHARS).map(|c| c.to_ascii_lowercase()).collect();
    if out.is_empty() || kept.next().is_some() {
        out.push('…');
    }
    out
}

/// `%XX` sequences decoded (invalid ones kept as written; invalid UTF-8 replaced).
fn percent_decoded(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('%') {
        return text.into();
    }
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b)))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned().into()
}

fn parse_value(model: &Model, q: QuestionIx, value: &str) -> Result<Answer, ProblemKind> {
    let question = &model.questions[q];
    if value == UNKNOWN {
        return if question.allow_unknown { Ok(Answer::Unknown) } else { Err(ProblemKind::UnknownNotAllowed) };
    }
    match question.kind {
        QuestionKind::Date => Date::parse(value).map(Answer::Date).ok_or(ProblemKind::BadValue),
        QuestionKind::Multi if value == NONE => Ok(Answer::Chosen(Vec::new())),
        QuestionKind::Single | QuestionKind::Multi => {
            let mut chosen = Vec::new();
            for id in value.split(',') {
                let o = question.option(id).ok_or(ProblemKind::BadValue)?;
                if !chosen.contains(&o) {
                    chosen.push(o);
                }
            }
            chosen.sort_unstable();
            if question.kind == QuestionKind::Single && chosen.len() != 1 {
                return Err(ProblemKind::BadValue);
            }
            Ok(Answer::Chosen(chosen))
        }
    }
}

/// A part of a link that could not be restored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub key: String,
    pub value: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// No question of this event has this id (misspelt, or removed from content).
    UnknownQuestion,
    /// Not an option of the question, or not a valid date.
    BadValue,
    /// "わからない" is not offered for this question.
    UnknownNotAllowed,
    /// The same question appears twice; the first is kept.
    Repeated,
    /// An event of the link that was not used (unknown, repeated, or not offered with
    /// the others); `key` is its id.
    Event,
}
