//! From source files to the checked [`Model`]: every id resolved, every text interned,
//! and every mistake reported with its position.
//!
//! The pipeline, one module per step: [`read`] the files; collect the [`ids`] of each
//! kind; lower [`offices`] and sections, [`documents`], [`questions`] (with the screen
//! texts), [`procedures`] and [`events`], each resolving its references and its
//! [`conditions`] and interning its [`texts`]; check that texts several events share
//! speak of none of them alone ([`shared_texts`]); apply the translations; stamp the
//! result. Where each thing was written is kept in a [`source_map`] for the checks
//! that run on the finished model (`crate::analysis`).

mod conditions;
mod documents;
mod events;
mod ids;
mod offices;
mod procedures;
mod questions;
mod read;
mod shared_texts;
pub mod source_map;
mod texts;

use std::collections::BTreeMap;
use std::path::Path;

use guide_engine::{Idx, Model, TextId, Texts};
use serde_saphyr::Location;

use crate::diagnostic::{Diagnostic, Report};
use crate::load::at;
use crate::source::SString;
use crate::translate;
pub use source_map::SourceMap;

/// A `verify` marker: a city fact still to be confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyNote {
    pub file: String,
    pub line: u64,
    pub text: String,
}

pub struct Compiled {
    pub model: Model,
    /// One table per language that appears in content; `texts[0]` is Japanese.
    pub texts: Vec<Texts>,
    pub verify: Vec<VerifyNote>,
    /// Where each event, question, procedure and document was written.
    pub sources: SourceMap,
    /// Where each offered combination is written (`content/combinations.yaml`).
    pub combinations: crate::combine::CombinationPositions,
    /// Per event (in model order), what walking every answer path found.
    pub explorations: Vec<crate::analysis::Exploration>,
    /// How much of each language is translated.
    pub coverage: Vec<translate::Coverage>,
    /// Per language, the Japanese texts still without a translation.
    pub missing: BTreeMap<String, Vec<String>>,
}

/// Reads and checks every file under `dir`. Errors are collected, not stopped at.
pub fn compile(dir: &Path) -> Result<Compiled, Report> {
    compile_with(dir, true)
}

/// As [`compile`]; with `require_complete` false, missing translations are not errors
/// (for listing what is left to translate).
pub fn compile_with(dir: &Path, require_complete: bool) -> Result<Compiled, Report> {
    let mut errors = Vec::new();
    let sources = read::read(dir, &mut errors);
    let Some(sources) = sources.filter(|_| errors.is_empty()) else {
        // References cannot be checked reliably while a file does not parse.
        return Err(Report(errors));
    };
    let languages = sources.languages.value.languages.iter().map(|l| l.id.value.clone()).collect();
    let mut cx = Lower { errors, texts: texts::Interner::default(), verify: Vec::new(), languages };
    let (mut model, source_map) = cx.model(&sources);
    let (journeys, combinations) =
        crate::combine::journeys(dir, &model, &source_map, &sources.procedures, &mut cx.errors);
    model.journeys = journeys;
    let applied = translate::apply(
        &mut cx.texts.texts,
        &cx.texts.written_at,
        &sources.languages,
        &sources.translations,
        &sources.terms,
        require_complete,
        &mut cx.errors,
    );
    if !cx.errors.is_empty() {
        return Err(Report(cx.errors));
    }
    model.languages = applied.languages.clone();
    model.readings = readings(&model, &cx.texts.texts);
    let mut texts = cx.texts.tables(&applied);
    // One stamp for the model and its texts: the app refuses a texts file from another build.
    let stamp = stamp(&model, &texts);
    model.stamp = stamp;
    for t in &mut texts {
        t.stamp = stamp;
    }
    Ok(Compiled {
        model,
        texts,
        verify: cx.verify,
        sources: source_map,
        combinations,
        explorations: Vec::new(),
        coverage: applied.coverage,
        missing: applied.missing,
    })
}

/// Stands in for a reference that could not be resolved: the error is reported, so no
/// model with it is ever returned.
fn unresolved<T>() -> Idx<T> {
    Idx::new(0)
}

/// What lowering carries from step to step: the errors so far, the texts interned so
/// far, the `verify` notes met, and the languages content may use.
struct Lower {
    errors: Vec<Diagnostic>,
    texts: texts::Interner,
    verify: Vec<VerifyNote>,
    /// The languages a text may be written in: those of `content/languages.yaml`.
    languages: Vec<String>,
}

impl Lower {
    /// The model in the order its parts depend on each other: what is referred to is
    /// lowered before what refers to it.
    fn model(&mut self, s: &read::Sources) -> (Model, SourceMap) {
        let ui = self.ui(&s.ui);
        let mut ids = ids::IdTables::default();
        let offices = self.offices(&s.offices, &mut ids);
        let sections = self.sections(&s.sections, &mut ids);
        let documents = self.documents(&s.documents, &mut ids);
        let online_kinds = self.online_kinds(&s.online, &mut ids);
        let questions = self.questions(&s.questions, &ui, &mut ids);
        let (procedures, procedure_sources) = self.procedures(&s.procedures, &questions, &mut ids);
        let (events, event_sources) = self.events(&s.events, &questions, &ids);
        self.shared_texts(s);
        let source_map = SourceMap {
            events: event_sources,
            questions: s.questions.iter().map(|(f, q)| source_map::Place::new(f, &q.id)).collect(),
            procedures: procedure_sources,
            documents: s.documents.iter().map(|(f, d)| source_map::Place::new(f, &d.id)).collect(),
        };
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
        (model, source_map)
    }

    fn error(&mut self, file: &str, loc: &Location, message: impl Into<String>) {
        self.errors.push(at(file, loc, message));
    }

    fn note_verify(&mut self, file: &str, v: &Option<SString>) {
        if let Some(v) = v {
            if v.value.trim().is_empty() {
                self.error(file, &v.referenced, "`verify` must say what the city should confirm");
            }
            self.verify.push(VerifyNote { file: file.to_string(), line: v.referenced.line(), text: v.value.clone() });
        }
    }

    fn check_url(&mut self, file: &str, url: &SString) {
        if !url.value.starts_with("https://") || url.value.contains(char::is_whitespace) {
            self.error(file, &url.referenced, format!("`{}` is not a web address starting with https://", url.value));
        }
    }
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
