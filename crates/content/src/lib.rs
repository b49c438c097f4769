//! Reads the guide's content (`content/*.yaml`), checks it, and compiles it into the
//! engine's [`guide_engine::Model`]. Runs at build time and in the editors' command-line
//! tool; nothing here ships to the browser.

pub mod analysis;
pub mod characters;
pub mod combine;
pub mod compile;
pub mod diagnostic;
pub mod handbook;
pub mod load;
pub mod manifest;
pub mod prerender;
pub mod scenario;
pub mod source;
pub mod translate;

use std::path::Path;

pub use compile::{Compiled, VerifyNote};
pub use diagnostic::{Diagnostic, Report};

/// Compiles and checks everything; any error fails.
pub fn load(dir: &Path) -> Result<Compiled, Report> {
    let mut compiled = compile::compile(dir)?;
    let (errors, explorations) = analysis::check(&compiled);
    compiled.explorations = explorations;
    if errors.is_empty() { Ok(compiled) } else { Err(Report(errors)) }
}

/// Checks the content and writes `model.bin` (postcard, so the browser never parses YAML),
/// which the app embeds. The texts are not written here: the app downloads them from
/// `dist/texts/`, which `guide site` writes after the build.
pub fn build_into(dir: &Path, out: &Path) -> Result<Compiled, Report> {
    let compiled = load(dir)?;
    let path = out.join("model.bin");
    std::fs::write(&path, postcard::to_allocvec(&compiled.model).expect("the model serialises")).map_err(|e| {
        Report(vec![Diagnostic {
            file: path.display().to_string(),
            line: 1,
            column: 1,
            message: format!("cannot write: {e}"),
        }])
    })?;
    Ok(compiled)
}
