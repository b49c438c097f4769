//! Reads the guide's content (`content/*.yaml`), checks it, and compiles it into the
//! engine's [`guide_engine::Model`]. Runs at build time and in the editors' command-line
//! tool; nothing here ships to the browser.

pub mod analysis;
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

/// Writes the compact form of the content (postcard, so the browser never parses YAML):
/// `model.bin`, which the app embeds, and one `texts-<lang>.bin` per language, which it
/// does not: it downloads the copies `guide site` writes into `dist/texts/`.
pub fn build_into(dir: &Path, out: &Path) -> Result<Compiled, Report> {
    let compiled = load(dir)?;
    let write = |name: &str, bytes: Vec<u8>| {
        std::fs::write(out.join(name), bytes).map_err(|e| {
            Report(vec![Diagnostic {
                file: out.join(name).display().to_string(),
                line: 1,
                column: 1,
                message: format!("cannot write: {e}"),
            }])
        })
    };
    write("model.bin", postcard::to_allocvec(&compiled.model).expect("the model serialises"))?;
    for texts in &compiled.texts {
        write(&format!("texts-{}.bin", texts.lang), postcard::to_allocvec(texts).expect("texts serialise"))?;
    }
    Ok(compiled)
}
