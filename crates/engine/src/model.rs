//! The checked content model. Every reference is an index that the content compiler
//! has already resolved, so the engine never meets a dangling id. Ids that appear in
//! URLs (events, questions, options) stay as strings: they are the stable public keys.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::idx;
pub use crate::idx::Idx;

/// Index into a language's text table ([`crate::Texts`]). Texts live apart from the
/// model so that a page only needs to load the language it shows.
pub type TextId = u32;
pub type EventIx = Idx<Event>;
pub type QuestionIx = Idx<Question>;
/// An option of one question (an index into [`Question::options`]).
pub type OptionIx = Idx<Choice>;
pub type ProcedureIx = Idx<Procedure>;
pub type DocumentIx = Idx<Document>;
pub type SectionIx = Idx<Section>;
pub type OfficeIx = Idx<Office>;
pub type OnlineKindIx = Idx<OnlineKind>;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Model {
    /// UI strings, indexed by [`crate::UiKey`].
    pub ui: Vec<TextId>,
    pub events: Vec<Event>,
    pub questions: Vec<Question>,
    pub procedures: Vec<Procedure>,
    pub documents: Vec<Document>,
    pub sections: Vec<Section>,
    pub offices: Vec<Office>,
    pub online_kinds: Vec<OnlineKind>,
    /// The languages offered, Japanese first (`content/languages.yaml`).
    pub languages: Vec<Language>,
    /// Identifies this build's content, so a texts file from another build is refused.
    pub stamp: u64,
    /// Readings (in hiragana) of procedure and document names, sorted by text id, so the
    /// counter can search 「てんにゅう」 for 転入届. Taken from the furigana of やさしい日本語.
    pub readings: Vec<(TextId, String)>,
    /// Combinations of events offered together, and the order between procedures.
    pub journeys: crate::journey::Journeys,
}

/// A language the guide is offered in. Its name is written in itself (an autonym), so
/// the switcher reads the same whatever language is showing.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Language {
    /// Content key: `ja`, `ja-easy`, `pt` …
    pub id: String,
    pub name: String,
    /// The `lang` attribute for pages in this language (`pt-BR`, `zh-Hans` …).
    pub html: String,
    /// The primary subtags of browser languages that start the guide in it (`tl`, `fil`).
    pub browser: Vec<String>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: TextId,
    pub summary: TextId,
    /// `false` for an event whose content is not written yet: shown as coming, never faked.
    pub available: bool,
    /// Questions in the order they are asked (each asked only while it can change the result).
    pub questions: Vec<QuestionIx>,
    /// The question whose answer is the event date that deadlines count from.
    pub date_question: Option<QuestionIx>,
    pub procedures: Vec<EventProcedure>,
}

/// A procedure as used by one event: the same act (say 国保の加入) is needed for
/// different reasons in different events, so the condition belongs to the event.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct EventProcedure {
    pub procedure: ProcedureIx,
    pub applies_if: Condition,
    /// This event's wording of the summary and deadline, where the shared one does not
    /// fit (国保の加入 is "14 days from moving in" for 転入, "from the birth" for 出生).
    pub summary: Option<TextId>,
    pub deadline: Option<Deadline>,
    /// Notes for this event only, shown after the procedure's own.
    pub notes: Vec<TextId>,
    /// This event's list of what to bring, replacing the procedure's own: the same act
    /// (国保の加入) needs other papers after a divorce than after a move, and the
    /// conditions can only use questions this event asks.
    pub documents: Option<Vec<DocumentUse>>,
}

impl EventProcedure {
    /// What to bring for this procedure in this event.
    pub fn documents<'a>(&'a self, model: &'a Model) -> &'a [DocumentUse] {
        self.documents.as_deref().unwrap_or(&model.procedures[self.procedure].documents)
    }

    /// When a document of this procedure is needed in this event: only while the
    /// procedure itself may apply.
    pub fn document_condition(&self, document: &DocumentUse) -> Condition {
        Condition::All(vec![self.applies_if.clone(), document.when.clone()])
    }
}

#[derive(Serialize, Deserialize, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// One option. Yes/no questions compile to this with the options `yes` and `no`.
    Single,
    /// Any number of options, including none.
    Multi,
    /// A calendar date, such as the moving day.
    Date,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: TextId,
    /// Short label used on the review page and in reasons ("健康保険").
    pub label: TextId,
    pub help: Option<TextId>,
    pub options: Vec<Choice>,
    /// Whether "わからない" is offered.
    pub allow_unknown: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Choice {
    pub id: String,
    pub text: TextId,
    pub hint: Option<TextId>,
}

/// A small, typed condition language. Unanswered and "わからない" make an atom
/// [`crate::Truth::Unknown`]; the connectives follow three-valued (Kleene) logic.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    Always,
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    /// A single-choice (or yes/no) question has this option as its answer.
    Equals(QuestionIx, OptionIx),
    /// A multiple-choice question's answer includes this option.
    Includes(QuestionIx, OptionIx),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Procedure {
    pub id: String,
    pub title: TextId,
    pub summary: Option<TextId>,
    pub section: SectionIx,
    /// Offices that accept it, main office first.
    pub offices: Vec<OfficeIx>,
    pub documents: Vec<DocumentUse>,
    pub deadline: Option<Deadline>,
    pub fee: Option<TextId>,
    pub online: Vec<Online>,
    pub notes: Vec<TextId>,
    pub sources: Vec<Source>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct DocumentUse {
    pub document: DocumentIx,
    pub when: Condition,
    pub note: Option<TextId>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Deadline {
    /// The rule in words ("住み始めた日から14日以内").
    pub text: TextId,
    /// Days to add to the event date to get the last day, when the rule is a day count.
    pub offset_days: Option<i32>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Online {
    pub kind: OnlineKindIx,
    pub url: String,
    pub text: Option<TextId>,
    /// The service does only part of the procedure (say, announcing a visit): a visit to
    /// the counter is still needed, so the results do not count it as "online".
    pub partial: bool,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct OnlineKind {
    pub id: String,
    pub name: TextId,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Source {
    pub title: TextId,
    pub url: Option<String>,
    pub checked: Date,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Document {
    pub id: String,
    pub name: TextId,
    pub detail: Option<TextId>,
}

/// A 課 (section) and its counter.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub name: TextId,
    pub counter: Option<TextId>,
    pub phone: Option<String>,
    pub office: OfficeIx,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Office {
    pub id: String,
    pub name: TextId,
    pub address: TextId,
    pub hours: TextId,
    pub phone: Option<String>,
}

impl Procedure {
    /// Whether a citizen can do the whole procedure online (an online option that is not
    /// `partial`), so the results can say how many need no visit.
    pub fn can_finish_online(&self) -> bool {
        self.online.iter().any(|o| !o.partial)
    }
}

impl Model {
    pub fn event(&self, id: &str) -> Option<EventIx> {
        idx::position(&self.events, |e| e.id == id)
    }

    /// The event with this id if it can be used (written, not still coming).
    pub fn available_event(&self, id: &str) -> Option<EventIx> {
        self.event(id).filter(|e| self.events[*e].available)
    }

    /// The events that can be used, in home page order.
    pub fn available_events(&self) -> impl Iterator<Item = (EventIx, &Event)> {
        idx::enumerate(&self.events).filter(|(_, e)| e.available)
    }

    pub fn ui(&self, key: crate::UiKey) -> TextId {
        self.ui[key as usize]
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<OptionIx> {
        idx::position(&self.options, |o| o.id == id)
    }
}
