//! The page written into index.html after each build: the home page from content, the
//! loading line, and the start notices' texts in every language offered.

use std::path::Path;

use guide_content::load;
use guide_content::prerender::{BODY_MARKER, HEAD_MARKER, index_html};
use guide_engine::UiKey;

const TEMPLATE: &str = "<html><head><!-- guide-content: texts before the app starts --><script>shell</script></head>\
<body><noscript>no js</noscript><!-- guide-content: the page before the app starts --></body></html>";

#[test]
fn index_html_gets_the_home_page_the_loading_line_and_the_notice_texts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let c = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let html = index_html(&c, TEMPLATE).expect("both markers");
    let ja = &c.texts[0];
    let ui = |key| ja.get(c.model.ui(key)).to_string();
    assert!(!html.contains(HEAD_MARKER) && !html.contains(BODY_MARKER), "markers replaced");
    for e in &c.model.events {
        assert!(html.contains(ja.get(e.title)) && html.contains(ja.get(e.summary)), "{} with its summary", e.id);
        if e.available {
            assert!(html.contains(&format!("<a class=\"event\" href=\"#/{}\">", e.id)), "{} is a link", e.id);
        }
    }
    for key in
        [UiKey::AppTitle, UiKey::HomeHeading, UiKey::AppIntro, UiKey::StaffLink, UiKey::LanguageLabel, UiKey::Loading]
    {
        assert!(html.contains(&ui(key)), "{key:?} on the page");
    }
    for l in &c.model.languages {
        assert!(html.contains(&format!(">{}</option>", l.name)), "the menu offers {}", l.name);
    }
    // The texts come before the script that reads them, as JSON with no `<` to end the script.
    let open = "<script type=\"application/json\" id=\"start-texts\">";
    let start = html.find(open).expect("texts") + open.len();
    assert!(start < html.find("<script>shell").unwrap(), "texts before shell.js");
    let json = &html[start..start + html[start..].find("</script>").unwrap()];
    assert!(!json.contains('<'));
    let data: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    for l in &c.model.languages {
        let t = &data["texts"][&l.id];
        for key in ["slow", "failed", "handbook"] {
            assert!(
                t[key].as_str().is_some_and(|s| !s.is_empty() && !s.contains('《')),
                "{} {key} in plain words",
                l.id
            );
        }
        assert_eq!(t["html"], l.html.as_str());
    }
    assert_eq!(data["texts"]["ja"]["failed"], ui(UiKey::StartFailed));
    // Everything the app replaces is marked, and the notice starts hidden.
    assert_eq!(html.matches("data-prerendered=\"home\"").count(), 3, "skip link, header, main");
    assert!(html.contains("id=\"start-failed\" class=\"page\" data-prerendered=\"failed\" hidden"));
    assert!(
        index_html(&c, "<body></body>").is_err(),
        "a template without markers is an error, not a page without a home"
    );
}
