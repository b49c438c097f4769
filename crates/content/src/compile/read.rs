//! Reading every content file into its source type. Nothing is resolved here.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::load::{Parsed, list_files, parse_file, yaml_files};
use crate::source::*;

/// Every content file as written, with the name to show in messages.
pub(super) struct Sources {
    pub ui: Parsed<BTreeMap<String, SText>>,
    pub offices: Parsed<OfficesFile>,
    pub sections: Parsed<SectionsFile>,
    pub documents: Vec<(String, DocumentSrc)>,
    pub online: Parsed<OnlineFile>,
    pub questions: Vec<(String, QuestionSrc)>,
    pub events: Vec<Parsed<EventSrc>>,
    /// Each procedure file with its file stem (which must be the procedure's id).
    pub procedures: Vec<(String, Parsed<ProcedureSrc>)>,
    pub languages: Parsed<LanguagesFile>,
    pub translations: Vec<Parsed<TranslationFile>>,
    pub terms: Vec<Parsed<TermSheet>>,
}

/// Parses every file under `dir`, collecting parse errors in `errors`. `None` when a
/// file that must exist could not be read.
pub(super) fn read(dir: &Path, errors: &mut Vec<Diagnostic>) -> Option<Sources> {
    let ui = parse_file::<BTreeMap<String, SText>>(&dir.join("ui.yaml"), errors);
    let offices = parse_file::<OfficesFile>(&dir.join("offices.yaml"), errors);
    let sections = parse_file::<SectionsFile>(&dir.join("sections.yaml"), errors);
    let documents: Vec<(String, DocumentSrc)> = list_files(dir, "documents", errors)
        .iter()
        .filter_map(|p| parse_file::<DocumentsFile>(p, errors))
        .flat_map(|f| f.value.documents.into_iter().map(move |d| (f.file.clone(), d)))
        .collect();
    let online = parse_file::<OnlineFile>(&dir.join("online.yaml"), errors);
    let questions: Vec<(String, QuestionSrc)> = list_files(dir, "questions", errors)
        .iter()
        .filter_map(|p| parse_file::<QuestionsFile>(p, errors))
        .flat_map(|f| f.value.questions.into_iter().map(move |q| (f.file.clone(), q)))
        .collect();
    let events: Vec<Parsed<EventSrc>> =
        yaml_files(&dir.join("events"), errors).iter().filter_map(|p| parse_file(p, errors)).collect();
    let procedures: Vec<(String, Parsed<ProcedureSrc>)> = yaml_files(&dir.join("procedures"), errors)
        .iter()
        .filter_map(|p| {
            let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            parse_file(p, errors).map(|parsed| (stem, parsed))
        })
        .collect();
    let languages = parse_file::<LanguagesFile>(&dir.join("languages.yaml"), errors);
    let translations: Vec<Parsed<TranslationFile>> = if dir.join("translations").is_dir() {
        yaml_files(&dir.join("translations"), errors).iter().filter_map(|p| parse_file(p, errors)).collect()
    } else {
        Vec::new()
    };
    let terms: Vec<Parsed<TermSheet>> = if dir.join("translations/terms").is_dir() {
        yaml_files(&dir.join("translations/terms"), errors).iter().filter_map(|p| parse_file(p, errors)).collect()
    } else {
        Vec::new()
    };
    Some(Sources {
        ui: ui?,
        offices: offices?,
        sections: sections?,
        documents,
        online: online?,
        questions,
        events,
        procedures,
        languages: languages?,
        translations,
        terms,
    })
}
