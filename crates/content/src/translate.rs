//! Translations: `content/languages.yaml` lists the languages offered, and each
//! `content/translations/<lang>.yaml` pairs every Japanese text with its translation.
//! Keyed by the Japanese text itself (like gettext), so when staff reword a Japanese
//! text the check names every language that now needs a new translation.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use guide_engine::{Language, TextId, ruby, text::placeholders};
use serde_saphyr::Location;

use crate::Diagnostic;
use crate::load::{Parsed, at};
use crate::source::{LanguagesFile, TermSheet, TranslationFile};

/// How much of one language is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub lang: String,
    pub translated: usize,
    /// Texts kept in Japanese on purpose (`~`).
    pub kept_japanese: usize,
    pub total: usize,
}

/// What the translations add to the compiled texts.
pub struct Applied {
    pub languages: Vec<Language>,
    /// Per language (in `languages` order), the texts kept in Japanese.
    pub kept_japanese: Vec<BTreeSet<TextId>>,
    pub coverage: Vec<Coverage>,
    /// Per language, the Japanese texts that have no translation yet.
    pub missing: BTreeMap<String, Vec<String>>,
}

/// One file's entries: Japanese text → (translation, or `None` to keep the Japanese; where).
type Entries = HashMap<String, (Option<String>, Location)>;

/// Missing translations reported one by one before they are summed up.
const SHOWN_MISSING: usize = 10;

/// Fills `texts` (one map from language to text per text id) from the translation files
/// and checks them: every offered language complete, placeholders kept, no stale entries,
/// furigana well formed in やさしい日本語.
pub fn apply(
    texts: &mut [BTreeMap<String, String>],
    text_at: &[(String, Location)],
    languages: &Parsed<LanguagesFile>,
    files: &[Parsed<TranslationFile>],
    terms: &[Parsed<TermSheet>],
    require_complete: bool,
    errors: &mut Vec<Diagnostic>,
) -> Applied {
    let lf = &languages.file;
    // Every language listed (the ones a text may be written in), and those offered.
    let mut known: Vec<&str> = Vec::new();
    let mut offered = Vec::new();
    for (i, l) in languages.value.languages.iter().enumerate() {
        let id = l.id.value.as_str();
        let well_formed = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if !well_formed {
            errors.push(at(lf, &l.id.referenced, format!("the language id `{id}` may only use lowercase letters a–z and `-` (it names translations/{id}.yaml)")));
        } else if i == 0 && id != "ja" {
            errors.push(at(lf, &l.id.referenced, "Japanese (`ja`) must be the first language"));
        } else if known.contains(&id) {
            errors.push(at(lf, &l.id.referenced, format!("language `{id}` is listed twice")));
        } else {
            known.push(id);
            if l.offered {
                let browser = l.browser.iter().map(|b| b.to_ascii_lowercase()).collect();
                offered.push(Language { id: id.to_string(), name: l.name.clone(), html: l.html.clone(), browser });
            }
        }
    }
    if offered.first().is_none_or(|l| l.id != "ja") {
        errors.push(Diagnostic { file: lf.clone(), line: 1, column: 1, message: "list Japanese (`ja`) first".into() });
    }

    // Each file's entries by Japanese text, checked for shape on the way.
    let mut by_lang: HashMap<String, (String, Entries)> = HashMap::new();
    for f in files {
        let lang = f.value.lang.value.clone();
        let stem = std::path::Path::new(&f.file).file_stem().map(|s| s.to_string_lossy().into_owned());
        if stem.as_deref() != Some(lang.as_str()) {
            errors.push(at(
                &f.file,
                &f.value.lang.referenced,
                format!("`lang: {lang}` must match the file name (`{lang}.yaml`)"),
            ));
            continue;
        }
        if lang == "ja" || !known.contains(&lang.as_str()) {
            errors.push(at(
                &f.file,
                &f.value.lang.referenced,
                format!(
                    "`{lang}` is not a language to translate into; languages are {} (add it to content/languages.yaml)",
                    known.get(1..).unwrap_or_default().join(", ")
                ),
            ));
            continue;
        }
        let mut entries = HashMap::new();
        for e in &f.value.texts {
            let loc = e.referenced;
            let keys: Vec<&String> = e.value.keys().collect();
            let (Some(Some(ja)), Some(tr)) = (e.value.get("ja"), e.value.get(&lang)) else {
                errors.push(at(
                    &f.file,
                    &loc,
                    format!("each entry needs `ja:` (the Japanese text) and `{lang}:` (its translation)"),
                ));
                continue;
            };
            if keys.len() != 2 {
                errors.push(at(&f.file, &loc, format!("an entry has only `ja:` and `{lang}:`")));
            }
            // Only line breaks (a YAML block's last newline) are cut from a translation: a quoted
            // space is meant (`list_separator: ', '`).
            let tr = tr.as_ref().map(|t| t.trim_matches(['\n', '\r']).to_string());
            if entries.insert(ja.trim().to_string(), (tr, loc)).is_some() {
                errors.push(at(&f.file, &loc, "this Japanese text is translated twice in this file; keep one"));
            }
        }
        by_lang.insert(lang, (f.file.clone(), entries));
    }

    let ja_of = |t: &BTreeMap<String, String>| t.get("ja").cloned().unwrap_or_default();
    let all_ja: BTreeSet<String> = texts.iter().map(ja_of).collect();
    let mut kept_by_lang: HashMap<&str, BTreeSet<TextId>> = HashMap::new();
    let mut missing_by_lang = BTreeMap::new();
    let mut coverage = Vec::new();
    for lang in known.iter().filter(|l| **l != "ja") {
        let is_offered = offered.iter().any(|o| o.id == *lang);
        let (file, entries) = match by_lang.get(*lang) {
            Some((file, entries)) => (file.clone(), entries.clone()),
            None => (format!("content/translations/{lang}.yaml"), HashMap::new()),
        };
        let sheet = terms.iter().find(|s| s.value.lang.value == *lang);
        let (mut translated, mut kept, mut missing) = (0, BTreeSet::new(), Vec::new());
        for (id, t) in texts.iter_mut().enumerate() {
            let ja = ja_of(t);
            if t.contains_key(*lang) {
                translated += 1;
                continue;
            }
            match entries.get(&ja) {
                Some((Some(tr), loc)) => {
                    check_translation(lang, &ja, tr, &file, loc, errors);
                    if let Some(sheet) = sheet {
                        check_terms(sheet, &ja, tr, &file, loc, errors);
                    }
                    t.insert(lang.to_string(), tr.clone());
                    translated += 1;
                }
                Some((None, _)) => {
                    t.insert(lang.to_string(), ja.clone());
                    kept.insert(id as TextId);
                }
                None => missing.push(id),
            }
        }
        if is_offered && require_complete {
            for id in missing.iter().take(SHOWN_MISSING) {
                let (f, loc) = &text_at[*id];
                errors.push(at(f, loc, format!("this text has no `{lang}` translation: add it to {file} (`guide-content translations {lang}` lists what is missing)")));
            }
            if missing.len() > SHOWN_MISSING {
                errors.push(Diagnostic {
                    file: file.clone(),
                    line: 1,
                    column: 1,
                    message: format!("{} more texts have no `{lang}` translation; run `cargo run -q -p guide-content -- translations {lang}` to list them all", missing.len() - SHOWN_MISSING),
                });
            }
        }
        for (ja, (_, loc)) in entries.iter().filter(|_| require_complete) {
            if !all_ja.contains(ja) {
                let excerpt: String = ja.chars().take(24).collect();
                errors.push(at(&file, loc, format!("「{excerpt}…」 is no longer in the content (reworded or removed): change `ja:` to the new text and update the translation, or delete the entry")));
            }
        }
        coverage.push(Coverage { lang: lang.to_string(), translated, kept_japanese: kept.len(), total: texts.len() });
        kept_by_lang.insert(lang, kept);
        let mut seen = BTreeSet::new();
        let missing_ja = missing.iter().map(|id| ja_of(&texts[*id])).filter(|ja| seen.insert(ja.clone())).collect();
        missing_by_lang.insert(lang.to_string(), missing_ja);
    }
    for sheet in terms {
        let lang = sheet.value.lang.value.as_str();
        let stem = std::path::Path::new(&sheet.file).file_stem().map(|s| s.to_string_lossy().into_owned());
        if stem.as_deref() != Some(lang) || lang == "ja" || !known.contains(&lang) {
            errors.push(at(
                &sheet.file,
                &sheet.value.lang.referenced,
                format!("a term sheet is named after a language to translate into (`{lang}.yaml`), and `lang:` says the same"),
            ));
        }
        for t in &sheet.value.terms {
            let v = &t.value;
            if v.ja.is_some() != v.translation.is_some() || (v.ja.is_none() && v.avoid.is_empty()) {
                errors.push(at(
                    &sheet.file,
                    &t.referenced,
                    "a term needs both `ja:` and `translation:` (or only `avoid:`)",
                ));
            }
        }
    }
    let kept_japanese = offered.iter().map(|l| kept_by_lang.remove(l.id.as_str()).unwrap_or_default()).collect();
    Applied { languages: offered, kept_japanese, coverage, missing: missing_by_lang }
}

/// The term sheet's agreed wordings: a listed term always gets its translation, and a
/// wording to avoid is never used. Case is ignored (a term may start a sentence).
fn check_terms(
    sheet: &Parsed<TermSheet>,
    ja: &str,
    tr: &str,
    file: &str,
    loc: &Location,
    errors: &mut Vec<Diagnostic>,
) {
    let lower = tr.to_lowercase();
    for t in &sheet.value.terms {
        let v = &t.value;
        if let (Some(term), Some(want)) = (&v.ja, &v.translation)
            && ja.contains(term.as_str())
            && !lower.contains(&want.to_lowercase())
        {
            errors.push(at(
                file,
                loc,
                format!(
                    "「{term}」 is translated as 「{want}」 everywhere (term sheet {}:{}); use it here",
                    sheet.file,
                    t.referenced.line()
                ),
            ));
        }
        for bad in &v.avoid {
            if lower.contains(&bad.to_lowercase()) {
                let fix = v.translation.as_deref().map(|w| format!(": write 「{w}」")).unwrap_or_default();
                errors.push(at(
                    file,
                    loc,
                    format!(
                        "「{bad}」 is on the term sheet's list to avoid ({}:{}){fix}",
                        sheet.file,
                        t.referenced.line()
                    ),
                ));
            }
        }
    }
}

fn check_translation(lang: &str, ja: &str, tr: &str, file: &str, loc: &Location, errors: &mut Vec<Diagnostic>) {
    if let Some(problem) = crate::characters::hidden_control(tr) {
        errors.push(at(file, loc, problem));
    }
    let (mut a, mut b) = (placeholders(ja), placeholders(tr));
    a.sort_unstable();
    b.sort_unstable();
    if a != b {
        errors.push(at(
            file,
            loc,
            format!("the translation must keep the placeholders of the Japanese text exactly: {a:?}, not {b:?}"),
        ));
    }
    if lang == "ja-easy" {
        if let Err(e) = ruby::parse(tr) {
            errors.push(at(file, loc, format!("furigana: {e}")));
        } else if let Some(bare) = ruby::kanji_without_reading(tr) {
            errors.push(at(file, loc, format!("give every kanji its reading in 《》 (やさしい日本語): {bare}")));
        } else if let Some(problem) = ruby::spacing_problem(tr) {
            errors.push(at(file, loc, format!("やさしい日本語 (content/README.md): {problem}")));
        }
    }
}
