//! From source files to the checked [`Model`]: every id resolved, every text interned,
//! and every mistake reported with its position.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use guide_engine::{
    Choice, Condition, Date, Deadline, Document, DocumentUse, Event, EventProcedure, Model, Office, Online, OnlineKind,
    Procedure, Question, QuestionKind, Section, Source, TextId, Texts, UiKey,
    answers::{NONE, UNKNOWN},
    route::{RESERVED_KEYS, RESERVED_STEPS},
};
use serde_saphyr::Location;

use crate::analysis::satisfiable;
use crate::diagnostic::{Diagnostic, Report, did_you_mean};
use crate::load::{Parsed, at, list_files, parse_file, yaml_files};
use crate::source::*;
use crate::translate;

/// Languages a text may be written in. `ja` is required everywhere.
pub const LANGUAGES: [&str; 8] = ["ja", "ja-easy", "en", "pt", "vi", "es", "zh", "tl"];

/// A `verify` marker: a city fact still to be confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyNote {
    pub file: String,
    pub line: u64,
    pub text: String,
}

/// Where things were written, for checks that run after resolution.
#[derive(Debug, Clone, Default)]
pub struct Positions {
    pub events: Vec<EventPositions>,
    pub procedures: Vec<(String, Location)>,
    pub questions: Vec<(String, Location)>,
    pub documents: Vec<(String, Location)>,
    /// Per procedure, per document use: where its `when` is (if it has one).
    pub document_whens: Vec<Vec<Option<Location>>>,
}

#[derive(Debug, Clone)]
pub struct EventPositions {
    pub file: String,
    pub id: Location,
    pub questions: Vec<Location>,
    pub procedures: Vec<Location>,
    /// Where each procedure's `applies_if` is, when it has one.
    pub applies_if: Vec<Option<Location>>,
    /// Per procedure with its own `documents:` here, where each document's `when` is.
    pub document_whens: Vec<Option<Vec<Option<Location>>>>,
}

pub struct Compiled {
    pub model: Model,
    /// One table per language that appears in content; `texts[0]` is Japanese.
    pub texts: Vec<Texts>,
    pub verify: Vec<VerifyNote>,
    pub positions: Positions,
    /// Where each offered combination is written (`content/combinations.yaml`).
    pub combinations: crate::combine::CombinationPositions,
    /// Per event (in model order), what walking every answer path found.
    pub explorations: Vec<crate::analysis::Exploration>,
    /// How much of each language is translated.
    pub coverage: Vec<translate::Coverage>,
    /// Per language, the Japanese texts still without a translation.
    pub missing: BTreeMap<String, Vec<String>>,
}

/// The reading of each procedure and document name, from its やさしい日本語 furigana
/// (`転入届《てんにゅうとどけ》` → てんにゅうとどけ), for the counter's search.
fn readings(model: &Model, texts: &[BTreeMap<String, String>]) -> Vec<(TextId, String)> {
    let names = model.procedures.iter().map(|p| p.title).chain(model.documents.iter().map(|d| d.name));
    let mut out: Vec<(TextId, String)> = names
        .filter_map(|id| {
            let easy = texts[id as usize].get("ja-easy")?;
            easy.contains('《').then(|| (id, guide_engine::ruby::reading(easy)))
        })
        .collect();
    out.sort();
    out.dedup_by_key(|(id, _)| *id);
    out
}

/// FNV-1a over the compiled model and texts.
fn stamp(model: &Model, texts: &[Texts]) -> u64 {
    let mut bytes = postcard::to_allocvec(model).expect("the model serialises");
    for t in texts {
        bytes.extend(postcard::to_allocvec(t).expect("texts serialise"));
    }
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

/// Reads and checks every file under `dir`. Errors are collected, not stopped at.
pub fn compile(dir: &Path) -> Result<Compiled, Report> {
    compile_with(dir, true)
}

/// As [`compile`]; with `require_complete` false, missing translations are not errors
/// (for listing what is left to translate).
pub fn compile_with(dir: &Path, require_complete: bool) -> Result<Compiled, Report> {
    let mut errors = Vec::new();
    let ui = parse_file::<BTreeMap<String, SText>>(&dir.join("ui.yaml"), &mut errors);
    let offices = parse_file::<OfficesFile>(&dir.join("offices.yaml"), &mut errors);
    let sections = parse_file::<SectionsFile>(&dir.join("sections.yaml"), &mut errors);
    let documents: Vec<(String, DocumentSrc)> = list_files(dir, "documents", &mut errors)
        .iter()
        .filter_map(|p| parse_file::<DocumentsFile>(p, &mut errors))
        .flat_map(|f| f.value.documents.into_iter().map(move |d| (f.file.clone(), d)))
        .collect();
    let online = parse_file::<OnlineFile>(&dir.join("online.yaml"), &mut errors);
    let questions: Vec<(String, QuestionSrc)> = list_files(dir, "questions", &mut errors)
        .iter()
        .filter_map(|p| parse_file::<QuestionsFile>(p, &mut errors))
        .flat_map(|f| f.value.questions.into_iter().map(move |q| (f.file.clone(), q)))
        .collect();
    let events: Vec<Parsed<EventSrc>> =
        yaml_files(&dir.join("events"), &mut errors).iter().filter_map(|p| parse_file(p, &mut errors)).collect();
    let procedures: Vec<(String, Parsed<ProcedureSrc>)> = yaml_files(&dir.join("procedures"), &mut errors)
        .iter()
        .filter_map(|p| {
            let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            parse_file(p, &mut errors).map(|parsed| (stem, parsed))
        })
        .collect();
    let languages = parse_file::<LanguagesFile>(&dir.join("languages.yaml"), &mut errors);
    let translations: Vec<Parsed<TranslationFile>> = if dir.join("translations").is_dir() {
        yaml_files(&dir.join("translations"), &mut errors).iter().filter_map(|p| parse_file(p, &mut errors)).collect()
    } else {
        Vec::new()
    };
    let (Some(ui), Some(offices), Some(sections), Some(online), Some(languages)) =
        (ui, offices, sections, online, languages)
    else {
        return Err(Report(errors));
    };
    if !errors.is_empty() {
        // References cannot be checked reliably while a file does not parse.
        return Err(Report(errors));
    }
    let mut c =
        Compiler { errors, texts: Vec::new(), text_at: Vec::new(), interned: HashMap::new(), verify: Vec::new() };
    let sources = Sources { ui, offices, sections, documents, online, questions, events, procedures };
    let (mut model, positions) = c.model(&sources);
    let (journeys, combinations) =
        crate::combine::journeys(dir, &model, &positions, &sources.procedures, &mut c.errors);
    model.journeys = journeys;
    let applied =
        translate::apply(&mut c.texts, &c.text_at, &languages, &translations, require_complete, &mut c.errors);
    if !c.errors.is_empty() {
        return Err(Report(c.errors));
    }
    model.languages = applied.languages.clone();
    model.readings = readings(&model, &c.texts);
    let mut texts = c.tables(&applied);
    // One stamp for the model and its texts: the app refuses a texts file from another build.
    let stamp = stamp(&model, &texts);
    model.stamp = stamp;
    for t in &mut texts {
        t.stamp = stamp;
    }
    Ok(Compiled {
        model,
        texts,
        verify: c.verify,
        positions,
        combinations,
        explorations: Vec::new(),
        coverage: applied.coverage,
        missing: applied.missing,
    })
}

struct Sources {
    ui: Parsed<BTreeMap<String, SText>>,
    offices: Parsed<OfficesFile>,
    sections: Parsed<SectionsFile>,
    documents: Vec<(String, DocumentSrc)>,
    online: Parsed<OnlineFile>,
    questions: Vec<(String, QuestionSrc)>,
    events: Vec<Parsed<EventSrc>>,
    procedures: Vec<(String, Parsed<ProcedureSrc>)>,
}

/// Ids of one kind, with where each was defined.
struct Ids {
    kind: &'static str,
    defined_in: &'static str,
    map: HashMap<String, usize>,
}

impl Ids {
    fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }
}

struct Compiler {
    errors: Vec<Diagnostic>,
    texts: Vec<BTreeMap<String, String>>,
    /// Where each text was first written, for "translation missing" errors.
    text_at: Vec<(String, Location)>,
    interned: HashMap<Vec<(String, String)>, TextId>,
    verify: Vec<VerifyNote>,
}

impl Compiler {
    fn error(&mut self, file: &str, loc: &Location, message: impl Into<String>) {
        self.errors.push(at(file, loc, message));
    }

    fn model(&mut self, s: &Sources) -> (Model, Positions) {
        let ui = self.ui(&s.ui);

        let office_ids = self.ids(
            "office",
            "content/offices.yaml",
            s.offices.value.offices.iter().map(|o| (&*s.offices.file, &o.id)),
        );
        let offices = s.offices.value.offices.iter().map(|o| {
            self.note_verify(&s.offices.file, &o.verify);
            Office {
                id: o.id.value.clone(),
                name: self.text(&s.offices.file, &o.name),
                address: self.text(&s.offices.file, &o.address),
                hours: self.text(&s.offices.file, &o.hours),
                phone: o.phone.clone(),
            }
        });
        let offices: Vec<Office> = offices.collect();

        let section_ids = self.ids(
            "section",
            "content/sections.yaml",
            s.sections.value.sections.iter().map(|x| (&*s.sections.file, &x.id)),
        );
        let mut sections = Vec::new();
        for x in &s.sections.value.sections {
            let f = &s.sections.file;
            self.note_verify(f, &x.verify);
            let office = self.resolve(f, &office_ids, &x.office).unwrap_or(0);
            let counter = x.counter.as_ref().map(|t| self.text(f, t));
            sections.push(Section {
                id: x.id.value.clone(),
                name: self.text(f, &x.name),
                counter,
                phone: x.phone.clone(),
                office,
            });
        }

        let document_ids =
            self.ids("document", "content/documents/", s.documents.iter().map(|(f, d)| (f.as_str(), &d.id)));
        let mut documents = Vec::new();
        for (f, d) in &s.documents {
            self.note_verify(f, &d.verify);
            let detail = d.detail.as_ref().map(|t| self.text(f, t));
            documents.push(Document { id: d.id.value.clone(), name: self.text(f, &d.name), detail });
        }

        let online_ids = self.ids(
            "online kind",
            "content/online.yaml",
            s.online.value.online_kinds.iter().map(|k| (&*s.online.file, &k.id)),
        );
        let online_kinds: Vec<OnlineKind> = s
            .online
            .value
            .online_kinds
            .iter()
            .map(|k| OnlineKind { id: k.id.value.clone(), name: self.text(&s.online.file, &k.name) })
            .collect();

        let question_ids =
            self.ids("question", "content/questions/", s.questions.iter().map(|(f, q)| (f.as_str(), &q.id)));
        let questions: Vec<Question> = s.questions.iter().map(|(f, q)| self.question(f, q, &ui)).collect();

        let procedure_ids =
            self.ids("procedure", "content/procedures/", s.procedures.iter().map(|(_, p)| (&*p.file, &p.value.id)));
        let mut positions = Positions {
            questions: s.questions.iter().map(|(f, q)| (f.clone(), q.id.referenced)).collect(),
            documents: s.documents.iter().map(|(f, d)| (f.clone(), d.id.referenced)).collect(),
            ..Positions::default()
        };
        let mut procedures = Vec::new();
        for (stem, p) in &s.procedures {
            let (f, src) = (&p.file, &p.value);
            if &src.id.value != stem {
                self.error(
                    f,
                    &src.id.referenced,
                    format!("the id `{}` must be the same as the file name `{stem}.yaml`", src.id.value),
                );
            }
            positions.procedures.push((f.clone(), src.id.referenced));
            positions
                .document_whens
                .push(src.documents.iter().map(|d| d.when.as_ref().map(|w| w.referenced)).collect());
            let refs = Refs { questions: &question_ids, model_questions: &questions };
            procedures.push(self.procedure(f, src, &refs, &section_ids, &office_ids, &document_ids, &online_ids));
        }

        let event_ids = self.ids("event", "content/events/", s.events.iter().map(|e| (&*e.file, &e.value.id)));
        let _ = event_ids;
        let mut events: Vec<(u32, Event, EventPositions)> = Vec::new();
        let mut orders: HashMap<u32, String> = HashMap::new();
        for e in &s.events {
            let (f, src) = (&e.file, &e.value);
            if let Some(other) = orders.insert(src.order, src.id.value.clone()) {
                self.error(
                    f,
                    &src.id.referenced,
                    format!("`order: {}` is also used by event `{other}`; give each event its own position", src.order),
                );
            }
            let refs = Refs { questions: &question_ids, model_questions: &questions };
            let (event, pos) = self.event(f, src, &refs, &procedure_ids, &document_ids);
            events.push((src.order, event, pos));
        }
        events.sort_by_key(|(order, _, _)| *order);
        let (events, event_positions): (Vec<Event>, Vec<EventPositions>) =
            events.into_iter().map(|(_, e, p)| (e, p)).unzip();
        positions.events = event_positions;

        let model = Model {
            ui,
            events,
            questions,
            procedures,
            documents,
            sections,
            offices,
            online_kinds,
            languages: Vec::new(),
            stamp: 0,
            readings: Vec::new(),
            journeys: Default::default(),
        };
        (model, positions)
    }

    fn ui(&mut self, file: &Parsed<BTreeMap<String, SText>>) -> Vec<TextId> {
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

    /// Collects ids of one kind, reporting malformed, reserved and duplicate ones.
    fn ids<'a>(
        &mut self,
        kind: &'static str,
        defined_in: &'static str,
        items: impl Iterator<Item = (&'a str, &'a SString)>,
    ) -> Ids {
        let mut map = HashMap::new();
        for (i, (file, id)) in items.enumerate() {
            self.check_id(file, id, kind);
            if map.insert(id.value.clone(), i).is_some() {
                self.error(
                    file,
                    &id.referenced,
                    format!("duplicate {kind} id `{}`: each {kind} needs its own id", id.value),
                );
            }
        }
        Ids { kind, defined_in, map }
    }

    fn check_id(&mut self, file: &str, id: &SString, kind: &str) {
        let v = &id.value;
        let well_formed = v.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && v.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !well_formed {
            self.error(
                file,
                &id.referenced,
                format!("the {kind} id `{v}` may only use lowercase letters a–z, digits, `-` and `_`"),
            );
        }
        let reserved = [UNKNOWN, NONE].iter().chain(RESERVED_KEYS.iter()).chain(RESERVED_STEPS.iter()).any(|r| r == v);
        if reserved {
            self.error(file, &id.referenced, format!("`{v}` is reserved by the app and cannot be a {kind} id"));
        }
    }

    fn resolve(&mut self, file: &str, ids: &Ids, r: &SString) -> Option<usize> {
        let found = ids.map.get(&r.value).copied();
        if found.is_none() {
            let hint = did_you_mean(&r.value, ids.names());
            let (kind, value, defined_in) = (ids.kind, &r.value, ids.defined_in);
            self.error(
                file,
                &r.referenced,
                format!("unknown {kind} `{value}`{hint}; {kind}s are defined in {defined_in}"),
            );
        }
        found
    }

    fn note_verify(&mut self, file: &str, v: &Option<SString>) {
        if let Some(v) = v {
            if v.value.trim().is_empty() {
                self.error(file, &v.referenced, "`verify` must say what the city should confirm");
            }
            self.verify.push(VerifyNote { file: file.to_string(), line: v.referenced.line(), text: v.value.clone() });
        }
    }

    /// Interns a text (identical texts share one entry) after checking its languages.
    fn text(&mut self, file: &str, t: &SText) -> TextId {
        if t.value.0.get("ja").is_none_or(|ja| ja.trim().is_empty()) {
            self.error(file, &t.referenced, "the Japanese text (`ja`) is missing or empty; every text needs Japanese");
        }
        for lang in t.value.0.keys() {
            if !LANGUAGES.contains(&lang.as_str()) {
                let hint = did_you_mean(lang, LANGUAGES);
                self.error(
                    file,
                    &t.referenced,
                    format!("unknown language `{lang}`{hint}; languages are {}", LANGUAGES.join(", ")),
                );
            }
        }
        let key: Vec<(String, String)> = t.value.0.iter().map(|(k, v)| (k.clone(), v.trim().to_string())).collect();
        if let Some(id) = self.interned.get(&key) {
            return *id;
        }
        let id = self.texts.len() as TextId;
        self.texts.push(key.iter().cloned().collect());
        self.text_at.push((file.to_string(), t.referenced));
        self.interned.insert(key, id);
        id
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
            let mut seen = HashMap::new();
            q.options
                .iter()
                .map(|o| {
                    self.check_id(file, &o.id, "option");
                    if seen.insert(o.id.value.clone(), ()).is_some() {
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

    #[allow(clippy::too_many_arguments)]
    fn procedure(
        &mut self,
        f: &str,
        p: &ProcedureSrc,
        refs: &Refs,
        sections: &Ids,
        offices: &Ids,
        documents: &Ids,
        online: &Ids,
    ) -> Procedure {
        self.note_verify(f, &p.verify);
        let section = self.resolve(f, sections, &p.section).unwrap_or(0);
        if p.offices.is_empty() {
            self.error(f, &p.section.referenced, "`offices` must list at least one office that accepts this procedure");
        }
        let offices = p.offices.iter().filter_map(|o| self.resolve(f, offices, o)).collect();
        let documents = self.document_uses(f, &p.documents, documents, refs);
        let deadline = p.deadline.as_ref().map(|d| self.deadline(f, d));
        let online = p
            .online
            .iter()
            .map(|o| {
                self.note_verify(f, &o.verify);
                self.check_url(f, &o.url);
                let text = o.text.as_ref().map(|t| self.text(f, t));
                Online {
                    kind: self.resolve(f, online, &o.kind).unwrap_or(0),
                    url: o.url.value.clone(),
                    text,
                    partial: o.partial,
                }
            })
            .collect();
        if p.sources.value.is_empty() {
            self.error(
                f,
                &p.sources.referenced,
                "list at least one source (the law or the city page this procedure follows)",
            );
        }
        let sources = p
            .sources
            .value
            .iter()
            .map(|s| {
                if let Some(u) = &s.url {
                    self.check_url(f, u);
                }
                let checked = Date::parse(&s.checked.value).unwrap_or_else(|| {
                    self.error(
                        f,
                        &s.checked.referenced,
                        format!("`checked: {}` is not a date; write it as YYYY-MM-DD", s.checked.value),
                    );
                    Date { year: 1970, month: 1, day: 1 }
                });
                Source { title: self.text(f, &s.title), url: s.url.as_ref().map(|u| u.value.clone()), checked }
            })
            .collect();
        let summary = p.summary.as_ref().map(|t| self.text(f, t));
        let fee = p.fee.as_ref().map(|t| self.text(f, t));
        let notes = p.notes.iter().map(|t| self.text(f, t)).collect();
        Procedure {
            id: p.id.value.clone(),
            title: self.text(f, &p.title),
            summary,
            section,
            offices,
            documents,
            deadline,
            fee,
            online,
            notes,
            sources,
        }
    }

    fn document_uses(&mut self, f: &str, uses: &[DocumentUseSrc], documents: &Ids, refs: &Refs) -> Vec<DocumentUse> {
        uses.iter()
            .map(|d| {
                self.note_verify(f, &d.verify);
                let document = self.resolve(f, documents, &d.document).unwrap_or(0);
                let when = d.when.as_ref().map_or(Condition::Always, |w| self.condition(f, w, refs));
                let note = d.note.as_ref().map(|n| self.text(f, n));
                DocumentUse { document, when, note }
            })
            .collect()
    }

    fn deadline(&mut self, f: &str, d: &DeadlineSrc) -> Deadline {
        self.note_verify(f, &d.verify);
        let offset_days = d.days.as_ref().map(|n| i32::from(n.value) - i32::from(d.first_day_counts.unwrap_or(false)));
        if let (Some(n), None) = (&d.days, d.first_day_counts) {
            self.error(f, &n.referenced, "say how days are counted: add `first_day_counts: false` (counting starts the next day, 民法140条) or `true` (the day itself counts, e.g. 出生届)");
        }
        Deadline { text: self.text(f, &d.text), offset_days }
    }

    fn check_url(&mut self, file: &str, url: &SString) {
        if !url.value.starts_with("https://") || url.value.contains(char::is_whitespace) {
            self.error(file, &url.referenced, format!("`{}` is not a web address starting with https://", url.value));
        }
    }

    fn event(
        &mut self,
        f: &str,
        e: &EventSrc,
        refs: &Refs,
        procedures: &Ids,
        documents: &Ids,
    ) -> (Event, EventPositions) {
        self.note_verify(f, &e.verify);
        let available = e.status.value == EventStatus::Available;
        if !available && (!e.questions.is_empty() || !e.procedures.is_empty()) {
            self.error(f, &e.status.referenced, "an event that is `coming` has no questions or procedures yet; set `status: available` when it is ready");
        }
        if available && e.procedures.is_empty() {
            self.error(f, &e.status.referenced, "an available event needs at least one procedure");
        }
        let mut questions = Vec::new();
        for q in &e.questions {
            if let Some(ix) = self.resolve(f, refs.questions, q) {
                if questions.contains(&ix) {
                    self.error(f, &q.referenced, format!("question `{}` is listed twice", q.value));
                }
                questions.push(ix);
            }
        }
        let date_question = e.date_question.as_ref().and_then(|q| {
            let ix = self.resolve(f, refs.questions, q)?;
            if refs.model_questions[ix].kind != QuestionKind::Date {
                self.error(
                    f,
                    &q.referenced,
                    format!("`date_question` must be a question of type date; `{}` is not", q.value),
                );
            } else if !questions.contains(&ix) {
                self.error(f, &q.referenced, format!("add `{}` to `questions:` so it is asked", q.value));
            }
            Some(ix)
        });
        let mut list = Vec::new();
        let mut seen = Vec::new();
        for p in &e.procedures {
            let Some(procedure) = self.resolve(f, procedures, &p.procedure) else {
                continue;
            };
            if seen.contains(&procedure) {
                self.error(f, &p.procedure.referenced, format!("procedure `{}` is listed twice", p.procedure.value));
            }
            seen.push(procedure);
            let applies_if = p.applies_if.as_ref().map_or(Condition::Always, |c| self.condition(f, c, refs));
            let summary = p.summary.as_ref().map(|t| self.text(f, t));
            let deadline = p.deadline.as_ref().map(|d| self.deadline(f, d));
            let notes = p.notes.iter().map(|t| self.text(f, t)).collect();
            let documents = p.documents.as_ref().map(|uses| self.document_uses(f, uses, documents, refs));
            list.push(EventProcedure { procedure, applies_if, summary, deadline, notes, documents });
        }
        let positions = EventPositions {
            file: f.to_string(),
            id: e.id.referenced,
            questions: e.questions.iter().map(|q| q.referenced).collect(),
            procedures: e.procedures.iter().map(|p| p.procedure.referenced).collect(),
            applies_if: e.procedures.iter().map(|p| p.applies_if.as_ref().map(|c| c.referenced)).collect(),
            document_whens: e
                .procedures
                .iter()
                .map(|p| {
                    p.documents
                        .as_ref()
                        .map(|uses| uses.iter().map(|d| d.when.as_ref().map(|w| w.referenced)).collect())
                })
                .collect(),
        };
        let event = Event {
            id: e.id.value.clone(),
            title: self.text(f, &e.title),
            summary: self.text(f, &e.summary),
            available,
            questions,
            date_question,
            procedures: list,
        };
        (event, positions)
    }

    fn condition(&mut self, f: &str, c: &Spanned<ConditionSrc>, refs: &Refs) -> Condition {
        match &c.value {
            ConditionSrc::All(cs) | ConditionSrc::Any(cs) if cs.is_empty() => {
                self.error(f, &c.referenced, "`all` and `any` need at least one condition in their list");
                Condition::Always
            }
            ConditionSrc::All(cs) => {
                let parts: Vec<Condition> = cs.iter().map(|c| self.condition(f, c, refs)).collect();
                let all = Condition::All(parts.clone());
                // Report the innermost impossible part only.
                let parts_possible = parts.iter().all(|p| satisfiable(p, refs.model_questions) != Some(false));
                if parts_possible && satisfiable(&all, refs.model_questions) == Some(false) {
                    self.error(
                        f,
                        &c.referenced,
                        "this `all` can never hold: its parts contradict each other for every possible answer",
                    );
                }
                all
            }
            ConditionSrc::Any(cs) => Condition::Any(cs.iter().map(|c| self.condition(f, c, refs)).collect()),
            ConditionSrc::Not(inner) => {
                let not = Condition::Not(Box::new(self.condition(f, inner, refs)));
                if satisfiable(&not, refs.model_questions) == Some(false) {
                    self.error(
                        f,
                        &c.referenced,
                        "this `not` can never hold: what it negates is true for every possible answer",
                    );
                }
                not
            }
            ConditionSrc::Equals(atom) => self.atom(f, atom, refs, false),
            ConditionSrc::Includes(atom) => self.atom(f, atom, refs, true),
        }
    }

    fn atom(&mut self, f: &str, atom: &Spanned<BTreeMap<String, String>>, refs: &Refs, includes: bool) -> Condition {
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
        let Some(&q) = refs.questions.map.get(qid) else {
            let hint = did_you_mean(qid, refs.questions.names());
            self.error(f, loc, format!("unknown question `{qid}`{hint}; questions are defined in content/questions/"));
            return Condition::Always;
        };
        let question = &refs.model_questions[q];
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

    /// One table per language offered, aligned with the text ids (complete: checked by
    /// `translate::apply`).
    fn tables(&self, applied: &translate::Applied) -> Vec<Texts> {
        applied
            .languages
            .iter()
            .zip(&applied.kept_japanese)
            .map(|(lang, kept)| Texts {
                lang: lang.id.clone(),
                strings: self.texts.iter().map(|t| t.get(&lang.id).cloned().unwrap_or_default()).collect(),
                kept_japanese: kept.iter().copied().collect(),
                stamp: 0,
            })
            .collect()
    }
}

struct Refs<'a> {
    questions: &'a Ids,
    model_questions: &'a [Question],
}
