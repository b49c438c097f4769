//! Content written to break the page: every text of the real content carries one of the
//! payloads below (markup, a script, a `javascript:` address, template braces, right-to-left
//! overrides, a word too long for any line), every link from content tries to leave its
//! attribute or run a script, and every procedure id tries to leave its `id="…"`. Rendered
//! through the handbook and the counter's catalogue, the HTML holds only the writers' own
//! elements and attributes, every link is a secure web, mail or phone address or one inside
//! the site, and every payload is there as text. (The app's own pages: `tests/browser/hostile.test.mjs`;
//! the calendar file: `guide_engine::ics`'s tests.)

use std::path::Path;

use guide_content::compile::compile;
use guide_content::handbook;
use guide_engine::catalogue::entries;
use guide_engine::html::Html;
use guide_engine::{Model, Texts};

/// What each text gets appended (by text id, in turn).
const PAYLOADS: [&str; 7] = [
    "\"'><img src=x onerror=alert(1)>&",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "{{constructor.constructor('alert(1)')()}} {date} {",
    "\u{202e}evil\u{202d}\u{2066}",
    "</dd></dl></li></ul></section></main><a href=//evil.example>x</a>",
    "",
];

/// What each link from content becomes (by its place, in turn).
const URLS: [&str; 6] = [
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "https://x.example/\"><img src=x onerror=alert(1)>",
    "data:text/html,<script>alert(1)</script>",
    "http://insecure.example/",
    "java\nscript:alert(1)",
];

fn hostile() -> (Model, Texts) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let c = compile(&root).unwrap_or_else(|r| panic!("content does not compile:\n{r}"));
    let (mut m, mut texts) = (c.model, c.texts[0].clone());
    let long_word = "W".repeat(400);
    for (i, s) in texts.strings.iter_mut().enumerate() {
        let payload = match PAYLOADS[i % PAYLOADS.len()] {
            "" => long_word.as_str(),
            p => p,
        };
        s.push_str(payload);
    }
    let mut n = 0;
    let mut next_url = || {
        n += 1;
        URLS[n % URLS.len()].to_string()
    };
    for (i, p) in m.procedures.iter_mut().enumerate() {
        p.id = format!("p{i}\"><img src=x onerror=alert(1)>");
        for o in &mut p.online {
            o.url = next_url();
        }
        for s in &mut p.sources {
            s.url = Some(next_url());
        }
    }
    for o in &mut m.offices {
        o.phone = Some("0595\"><script>alert(1)</script>".into());
    }
    (m, texts)
}

/// Elements and attributes the writers use; anything else was injected.
const TAGS: [&str; 21] = [
    "html", "head", "meta", "title", "style", "body", "header", "main", "section", "h1", "h2", "p", "a", "span", "br",
    "ul", "ol", "li", "dl", "dt", "dd",
];
const ATTRS: [&str; 10] =
    ["lang", "charset", "name", "content", "href", "class", "id", "aria-labelledby", "target", "rel"];

/// Reads `html` tag by tag: every tag and attribute is one of the writers', every value is
/// quoted, every link is safe, and no `<` or `>` stands outside a tag.
fn assert_only_own_markup(html: &str, what: &str) {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        assert!(
            !rest[..open].contains('>'),
            "{what}: a bare `>` in text before {:?}",
            &rest[open..][..60.min(rest.len() - open)]
        );
        rest = &rest[open + 1..];
        let close = rest.find('>').unwrap_or_else(|| panic!("{what}: an unclosed tag"));
        let tag = &rest[..close];
        if tag == "!doctype html" {
            rest = &rest[close + 1..];
            continue;
        }
        let name = tag.trim_start_matches('/').split([' ', '>']).next().unwrap_or("").to_ascii_lowercase();
        assert!(TAGS.contains(&name.as_str()), "{what}: injected element <{tag}>");
        // Attributes: name="value" pairs (values are escaped, so a `"` always ends one).
        let mut attrs = tag[name.len() + usize::from(tag.starts_with('/'))..].trim();
        while !attrs.is_empty() {
            let (key, after) = attrs
                .split_once("=\"")
                .unwrap_or_else(|| panic!("{what}: an attribute without a quoted value in <{tag}>"));
            let (value, after) =
                after.split_once('"').unwrap_or_else(|| panic!("{what}: an unterminated value in <{tag}>"));
            let key = key.trim();
            assert!(ATTRS.contains(&key), "{what}: injected attribute {key:?} in <{tag}>");
            assert!(!value.contains(['<', '>']), "{what}: markup in an attribute value: {value:?}");
            if key == "href" {
                let local = !value.contains(':') && !value.starts_with("//");
                let safe = ["https://", "mailto:", "tel:"].iter().any(|s| value.starts_with(s));
                assert!(local || safe, "{what}: a link to {value:?}");
            }
            attrs = after.trim_start();
        }
        rest = &rest[close + 1..];
        if name == "style" && !tag.starts_with('/') {
            // The writers' own style sheet (a constant), up to its end tag.
            rest = &rest[rest.find("</style>").unwrap_or_else(|| panic!("{what}: an unclosed style"))..];
        }
    }
    assert!(!rest.contains('>'), "{what}: a bare `>` at the end");
}

fn assert_payloads_shown(html: &str, what: &str) {
    for shown in [
        "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "{{constructor",
    ] {
        assert!(html.contains(shown), "{what}: the text {shown:?} is shown as text");
    }
}

#[test]
fn the_handbook_shows_hostile_content_as_text() {
    let (m, texts) = hostile();
    let pages = handbook::pages(&m, &texts);
    assert!(pages.len() > 2);
    let all: String = pages.iter().map(|(_, html)| html.as_str()).collect();
    for (name, html) in &pages {
        assert_only_own_markup(html, name);
    }
    assert_payloads_shown(&all, "handbook");
    assert!(all.contains("href=\"#\""), "a refused link becomes #");
    assert!(all.contains("id=\"procedure-p0&quot;&gt;&lt;img"), "an id stays inside its attribute");
}

#[test]
fn the_catalogue_shows_hostile_content_as_text() {
    let (m, texts) = hostile();
    let html = Html { model: &m, text: &|id| texts.get(id), new_tab: true };
    let list: String = entries(&m).iter().map(|e| html.procedure(e, true).into_string()).collect();
    assert_only_own_markup(&list, "catalogue");
    assert_payloads_shown(&list, "catalogue");
    assert!(list.contains("target=\"_blank\" rel=\"noopener noreferrer\""), "links to other sites open apart");
}

#[test]
fn the_checker_catches_what_it_looks_for() {
    // The reader above must fail on each kind of injection, or the tests prove nothing.
    for bad in [
        "<p><img src=x></p>",
        "<p onclick=\"x\">a</p>",
        "<a href=\"javascript:alert(1)\">a</a>",
        "<a href=\"http://x\">a</a>",
        "<p>a > b</p>",
        "<p class=x>a</p>",
    ] {
        let caught = std::panic::catch_unwind(|| assert_only_own_markup(bad, "sample")).is_err();
        assert!(caught, "not caught: {bad}");
    }
    assert_only_own_markup(
        "<p class=\"a\">x &lt; y</p><a href=\"https://x/?a=1&amp;b\">y</a><a href=\"#top\">z</a>",
        "sample",
    );
}
