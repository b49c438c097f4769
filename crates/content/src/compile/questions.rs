//! Questions (with their options), and the screen texts of `content/ui.yaml`, whose
//! 「はい」「いいえ」 are the options of every yes/no question.

use std::collections::{BTreeMap, HashSet};

use guide_engine::{Choice, Question, QuestionKind, TextId, UiKey};

use super::Lower;
use super::ids::IdTables;
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::load::Parsed;
use crate::source::{QuestionSrc, QuestionType, SText};

impl Lower {
    /// The screen texts, indexed by [`UiKey`]: every key the app uses, and no other.
    pub(super) fn ui(&mut self, file: &Parsed<BTreeMap<String, SText>>) -> Vec<TextId> {
        let f = &file.file;
        let mut ui = Vec::new();
        for (key, name) in UiKey::ALL {
            match file.value.get(*name) {
                Some(t) => ui.push(self.text(f, t)),
                None => {
                    self.errors.push(Diagnostic {
                        file: f.clone(),
                        line: 1,
                        column: 1,
                        message: format!("the screen text `{name}` is missing; add `{name}: …` (used for {key:?})"),
                    });
                    ui.push(0);
                }
            }
        }
        for (name, t) in &file.value {
            if !UiKey::ALL.iter().any(|(_, n)| n == name) {
                let hint = did_you_mean(name, UiKey::ALL.iter().map(|(_, n)| *n));
                self.error(f, &t.referenced, format!("`{name}` is not a screen text the app uses{hint}"));
            }
        }
        ui
    }

    pub(super) fn questions(
        &mut self,
        src: &[(String, QuestionSrc)],
        ui: &[TextId],
        ids: &mut IdTables,
    ) -> Vec<Question> {
        self.define(&mut ids.questions, src.iter().map(|(f, q)| (f.as_str(), &q.id)));
        src.iter().map(|(f, q)| self.question(f, q, ui)).collect()
    }

    fn question(&mut self, file: &str, q: &QuestionSrc, ui: &[TextId]) -> Question {
        self.note_verify(file, &q.verify);
        let kind = match q.kind.value {
            QuestionType::Choice | QuestionType::YesNo => QuestionKind::Single,
            QuestionType::Multiple => QuestionKind::Multi,
            QuestionType::Date => QuestionKind::Date,
        };
        let options: Vec<Choice> = if q.kind.value == QuestionType::YesNo {
            if let Some(o) = q.options.first() {
                self.error(
                    file,
                    &o.id.referenced,
                    "a yes_no question has the options `yes` and `no` already; remove `options`",
                );
            }
            let text = |k: UiKey| ui.get(k as usize).copied().unwrap_or(0);
            vec![
                Choice { id: "yes".into(), text: text(UiKey::Yes), hint: None },
                Choice { id: "no".into(), text: text(UiKey::No), hint: None },
            ]
        } else {
            let mut seen = HashSet::new();
            q.options
                .iter()
                .map(|o| {
                    self.check_id(file, &o.id, "option");
                    if !seen.insert(o.id.value.clone()) {
                        self.error(
                            file,
                            &o.id.referenced,
                            format!("duplicate option id `{}` in question `{}`", o.id.value, q.id.value),
                        );
                    }
                    let hint = o.hint.as_ref().map(|h| self.text(file, h));
                    Choice { id: o.id.value.clone(), text: self.text(file, &o.text), hint }
                })
                .collect()
        };
        let n = options.len();
        match q.kind.value {
            QuestionType::Choice if n < 2 => {
                self.error(file, &q.kind.referenced, "a choice question needs at least two options")
            }
            QuestionType::Multiple if !(1..=8).contains(&n) => self.error(
                file,
                &q.kind.referenced,
                "a multiple question needs between one and eight options (more would be hard to read on a phone)",
            ),
            QuestionType::Date if n > 0 => {
                self.error(file, &q.kind.referenced, "a date question has no options; remove `options`")
            }
            _ => {}
        }
        let help = q.help.as_ref().map(|h| self.text(file, h));
        Question {
            id: q.id.value.clone(),
            kind,
            text: self.text(file, &q.text),
            label: self.text(file, &q.label),
            help,
            options,
            allow_unknown: q.unknown,
        }
    }
}
