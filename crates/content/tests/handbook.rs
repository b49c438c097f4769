//! The printed handbook (`guide-content html`): one page per available life event and
//! an index, each naming every procedure of its event, in plain HTML.

use std::path::Path;

use guide_content::handbook::{escape, pages};
use guide_content::load;

#[test]
fn one_page_per_event_naming_every_procedure() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let c = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let (m, ja) = (&c.model, &c.texts[0]);
    let pages = pages(m, ja);
    let available: Vec<_> = m.available_events().map(|(_, e)| e).collect();
    let combinations = m.journeys.offered.len();
    assert_eq!(
        pages.len(),
        available.len() + combinations + 1,
        "an index, one page per available event and one per offered combination"
    );
    let (index_name, index) = &pages[0];
    assert_eq!(index_name, "index.html");
    for event in &available {
        let name = format!("{}.html", event.id);
        assert!(index.contains(&format!("href=\"{name}\"")), "the index links to {name}");
        let (_, html) = pages.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no page {name}"));
        assert!(html.starts_with("<!doctype html>\n<html lang=\"ja\">"), "{name}");
        assert!(!html.contains("<script"), "{name} needs no JavaScript");
        assert!(html.contains(&escape(ja.get(event.title))), "{name} names its event");
        for ep in &event.procedures {
            let p = &m.procedures[ep.procedure];
            let title = format!("<h2 id=\"procedure-{}\">{}</h2>", p.id, escape(ja.get(p.title)));
            assert!(html.contains(&title), "{name} lists {}", p.id);
        }
        let body = html.split("</style>").nth(1).expect("a stylesheet, then the body");
        assert!(!body.contains('{'), "{name}: every placeholder filled");
    }
    // A combination's page lists every procedure of its events, each once.
    for c in &m.journeys.offered {
        let id: Vec<&str> = c.events.iter().map(|e| m.events[*e].id.as_str()).collect();
        let name = format!("{}.html", id.join("+"));
        assert!(index.contains(&format!("href=\"{name}\"")), "the index links to {name}");
        let (_, html) = pages.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no page {name}"));
        for &e in &c.events {
            for ep in &m.events[e].procedures {
                let p = &m.procedures[ep.procedure];
                let title = format!("<h2 id=\"procedure-{}\">", p.id);
                assert_eq!(html.matches(&title).count(), 1, "{name} lists {} once", p.id);
            }
        }
    }
}

#[test]
fn conditions_are_written_in_words() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let c = load(&root.join("content")).unwrap_or_else(|report| panic!("{report}"));
    let pages = pages(&c.model, &c.texts[0]);
    let (_, tennyu) = pages.iter().find(|(n, _)| n == "tennyu.html").expect("the 転入 page");
    // 国民健康保険の加入 is needed when the insurance answer is 国民健康保険.
    let kokuho = tennyu.split("<section aria-labelledby=\"procedure-kokuho-kanyu\"").nth(1).expect("国保 section");
    let kokuho = &kokuho[..kokuho.find("</section>").unwrap()];
    assert!(kokuho.contains("<dt>必要になる方</dt>"), "{kokuho}");
    assert!(kokuho.contains("」が「"), "a condition in words: {kokuho}");
    assert!(kokuho.contains("確認）"), "sources with their checked date: {kokuho}");
}
