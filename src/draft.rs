//! The answer being filled in on a question page, before it is checked and written
//! to the URL. Pure: the page's inputs only call these methods.

use guide_engine::{Answer, Date, OptionIx, Question, QuestionKind, UiKey};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    /// Chosen options (one at most for a single-choice question).
    pub chosen: Vec<OptionIx>,
    /// "None of these" (multiple choice only).
    pub none: bool,
    /// "わからない".
    pub unknown: bool,
    /// The date field's value as typed (`YYYY-MM-DD` from `<input type="date">`).
    pub date: String,
}

impl Draft {
    /// Pre-fills the page from an earlier answer (so "back" keeps what was chosen).
    pub fn from_answer(answer: Option<&Answer>) -> Draft {
        match answer {
            None => Draft::default(),
            Some(Answer::Unknown) => Draft { unknown: true, ..Draft::default() },
            Some(Answer::Date(d)) => Draft { date: d.to_string(), ..Draft::default() },
            Some(Answer::Chosen(c)) => Draft { none: c.is_empty(), chosen: c.clone(), ..Draft::default() },
        }
    }

    /// A radio button was chosen.
    pub fn pick(&mut self, option: OptionIx) {
        *self = Draft { chosen: vec![option], ..Draft::default() };
    }

    /// A checkbox was ticked or unticked; "none" and "わからない" no longer hold.
    pub fn toggle(&mut self, option: OptionIx, on: bool) {
        self.chosen.retain(|o| *o != option);
        if on {
            self.chosen.push(option);
            self.chosen.sort_unstable();
        }
        self.none = false;
        self.unknown = false;
    }

    /// "None of these" clears the other choices.
    pub fn set_none(&mut self, on: bool) {
        if on {
            *self = Draft { none: true, date: std::mem::take(&mut self.date), ..Draft::default() };
        } else {
            self.none = false;
        }
    }

    /// "わからない" clears the other choices (the typed date is kept but not used).
    pub fn set_unknown(&mut self, on: bool) {
        if on {
            *self = Draft { unknown: true, date: std::mem::take(&mut self.date), ..Draft::default() };
        } else {
            self.unknown = false;
        }
    }

    pub fn set_date(&mut self, value: String) {
        self.date = value;
        self.unknown = false;
    }

    /// The answer, or the message that says what is missing.
    pub fn to_answer(&self, question: &Question) -> Result<Answer, UiKey> {
        if self.unknown && question.allow_unknown {
            return Ok(Answer::Unknown);
        }
        match question.kind {
            QuestionKind::Single => match self.chosen.as_slice() {
                [o] if o.index() < question.options.len() => Ok(Answer::Chosen(vec![*o])),
                _ => Err(UiKey::ChooseError),
            },
            // Nothing ticked means none of these.
            QuestionKind::Multi => Ok(Answer::Chosen(self.chosen.clone())),
            QuestionKind::Date => Date::parse(self.date.trim()).map(Answer::Date).ok_or(UiKey::DateError),
        }
    }
}
