//! The web app manifest written after each build: names from content, relative URLs.

use std::path::Path;

use guide_content::load;
use guide_content::manifest::{ICON_SIZES, web_manifest};

#[test]
fn manifest_takes_its_names_from_content_and_works_from_any_sub_path() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let c = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let m: serde_json::Value = serde_json::from_str(&web_manifest(&c)).expect("valid JSON");
    let ui = std::fs::read_to_string(root.join("content/ui.yaml")).unwrap();
    let line = |key: &str| {
        ui.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}: ")))
            .unwrap_or_else(|| panic!("{key} in ui.yaml"))
            .to_string()
    };
    assert_eq!(m["name"], line("app_title"));
    assert_eq!(m["short_name"], line("app_short_name"));
    assert!(m["short_name"].as_str().unwrap().chars().count() <= 12, "a home screen shows about 12 characters");
    assert_eq!(m["lang"], "ja");
    for key in ["id", "start_url", "scope"] {
        assert_eq!(m[key], "./", "{key} is relative to the manifest, so any sub-path works");
    }
    assert_eq!(m["display"], "standalone");
    let icons = m["icons"].as_array().unwrap();
    for size in ICON_SIZES {
        assert!(
            icons
                .iter()
                .any(|i| i["src"] == format!("icons/icon-{size}.png") && i["sizes"] == format!("{size}x{size}")),
            "a {size}px icon"
        );
    }
    assert!(icons.iter().any(|i| i["purpose"] == "maskable"));
    assert!(icons.iter().all(|i| !i["src"].as_str().unwrap().starts_with('/')), "relative icon URLs");
}
