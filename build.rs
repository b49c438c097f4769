//! Compiles `content/*.yaml` into the compact form the app embeds. A content mistake
//! stops the build here, with `file:line:column` messages, so it never reaches a page.

use std::path::Path;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    println!("cargo::rerun-if-changed={}", content.display());
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    if let Err(report) = guide_content::build_into(&content, Path::new(&out)) {
        eprintln!("{report}");
        eprintln!("The guide was not built: fix the content errors above (file:line:column), then build again.");
        std::process::exit(1);
    }
}
