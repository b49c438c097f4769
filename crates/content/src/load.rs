//! Reading YAML files into the source types, with every parse error turned into a
//! `file:line:column` diagnostic.

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_saphyr::{Location, Options};

use crate::diagnostic::Diagnostic;

/// Parser settings for content: `yes`/`no` stay strings (only `true`/`false` are
/// booleans), and the default budget rejects alias bombs and runaway nesting.
fn options() -> Options {
    serde_saphyr::options! { strict_booleans: true, with_snippet: false }
}

/// A parsed file and the name to show for it in messages.
pub struct Parsed<T> {
    pub file: String,
    pub value: T,
}

pub fn parse_str<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Diagnostic> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let (line, column) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
        Diagnostic { file: file.to_string(), line, column, message: plain_message(&e.to_string()) }
    })
}

pub fn parse_file<T: DeserializeOwned>(path: &Path, errors: &mut Vec<Diagnostic>) -> Option<Parsed<T>> {
    let file = display_path(path);
    match std::fs::read_to_string(path) {
        Ok(text) => match parse_str(&file, &text) {
            Ok(value) => Some(Parsed { file, value }),
            Err(d) => {
                errors.push(d);
                None
            }
        },
        Err(e) => {
            errors.push(Diagnostic { file, line: 1, column: 1, message: format!("cannot read this file: {e}") });
            None
        }
    }
}

/// Every `*.yaml` file in a folder, sorted by name so results never depend on the disk.
pub fn yaml_files(dir: &Path, errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => {
            let mut files: Vec<PathBuf> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .collect();
            files.sort();
            files
        }
        Err(e) => {
            errors.push(Diagnostic {
                file: display_path(dir),
                line: 1,
                column: 1,
                message: format!("cannot read this folder: {e}"),
            });
            Vec::new()
        }
    }
}

/// The path relative to the working directory when it is inside it (`content/…`),
/// so editors and terminals can open it directly.
pub fn display_path(path: &Path) -> String {
    let shown = std::env::current_dir().ok().and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf));
    shown.unwrap_or_else(|| path.to_path_buf()).display().to_string()
}

/// The parser's message without its own " at line N, column M" tail (the position is
/// printed in front), and with the words staff will know.
fn plain_message(raw: &str) -> String {
    let message = match raw.rfind(" at line ") {
        Some(i) if raw[i..].contains(", column ") => &raw[..i],
        _ => raw,
    };
    let message = message.lines().next().unwrap_or(message).trim();
    if message.starts_with("unknown field") {
        format!("{message} (check the spelling; the allowed names are listed in content/README.md)")
    } else if message.contains("budget") || message.contains("alias") {
        format!(
            "{message} (YAML anchors and aliases (&name / *name) expand too much here; write the values out instead)"
        )
    } else {
        message.to_string()
    }
}

pub fn at(file: &str, loc: &Location, message: impl Into<String>) -> Diagnostic {
    Diagnostic { file: file.to_string(), line: loc.line().max(1), column: loc.column().max(1), message: message.into() }
}

/// The files of a list that may be split by topic: `<name>/*.yaml` (one file per event
/// or topic, so editors of different events do not edit the same file).
pub fn list_files(dir: &Path, name: &str, errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let single = dir.join(format!("{name}.yaml"));
    if !dir.join(name).is_dir() && single.exists() {
        errors.push(Diagnostic {
            file: display_path(&single),
            line: 1,
            column: 1,
            message: format!("{name} are read from a folder: move this file to content/{name}/common.yaml (one file per topic or event)"),
        });
        return Vec::new();
    }
    let files = yaml_files(&dir.join(name), errors);
    if files.is_empty() && errors.is_empty() {
        errors.push(Diagnostic {
            file: display_path(&dir.join(name)),
            line: 1,
            column: 1,
            message: format!("no {name} found: add at least one .yaml file to this folder"),
        });
    }
    files
}
