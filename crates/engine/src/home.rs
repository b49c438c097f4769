//! The home page and the frame around every page (skip link, the guide's name, the language
//! menu) as HTML. One writer for the app's home page and for the copy that `guide-content`
//! writes into `index.html` at build time: a phone shows that copy before the app has
//! loaded, and the app puts the same markup in its place, so nothing moves (CLS 0).
//!
//! Texts come in as HTML already (`rich`): the app passes its current language (furigana as
//! `<ruby>`, texts kept in Japanese marked), the build passes Japanese.

use crate::model::{Event, Model, TextId};
use crate::ui::UiKey;

use crate::html::escape;

pub struct Home<'a, R> {
    pub model: &'a Model,
    /// A content text as HTML in the language shown.
    pub rich: &'a R,
}

impl<'a, R: Fn(TextId) -> String> Home<'a, R> {
    fn ui(&self, key: UiKey) -> String {
        (self.rich)(self.model.ui(key))
    }

    /// The skip link's text (`<a class="skip-link" href="#main">`).
    pub fn skip_link(&self) -> String {
        self.ui(UiKey::SkipToContent)
    }

    /// The guide's name in the header (`<a class="site-name" href="#/">`).
    pub fn site_name(&self) -> String {
        self.ui(UiKey::AppTitle)
    }

    /// Inside `<div class="language">`: the label and the menu, each language named in
    /// itself, `shown` selected. Empty when only one language is offered.
    pub fn language_menu(&self, shown: usize) -> String {
        let languages = &self.model.languages;
        if languages.len() < 2 {
            return String::new();
        }
        let options: String = languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let selected = if i == shown { " selected=\"\"" } else { "" };
                format!("<option value=\"{i}\" lang=\"{}\"{selected}>{}</option>", escape(&l.html), escape(&l.name))
            })
            .collect();
        format!(
            "<label for=\"language\">{}</label><select id=\"language\">{options}</select>",
            self.ui(UiKey::LanguageLabel)
        )
    }

    /// The home page's `<h1>`.
    pub fn heading(&self) -> String {
        self.ui(UiKey::HomeHeading)
    }

    /// Inside `<p class="lead">`.
    pub fn intro(&self) -> String {
        self.ui(UiKey::AppIntro)
    }

    /// Inside `<ul class="events">`: every life event in content order; one still being
    /// written is listed as coming, not as a link.
    pub fn events(&self) -> String {
        self.model.events.iter().map(|e| self.event(e)).collect()
    }

    fn event(&self, event: &Event) -> String {
        let body = format!(
            "<span class=\"event-title\">{}</span><span class=\"event-summary\">{}</span>",
            (self.rich)(event.title),
            (self.rich)(event.summary)
        );
        if event.available {
            format!("<li><a class=\"event\" href=\"#/{}\">{body}</a></li>", escape(&event.id))
        } else {
            format!(
                "<li><div class=\"event coming\">{body}<span class=\"tag\">{}</span></div></li>",
                self.ui(UiKey::EventComing)
            )
        }
    }

    /// Inside `<footer class="page-footer">`.
    /// Below the events: several events at once (when content offers any combination),
    /// and finding a procedure by name. Links, so a single event stays one tap.
    pub fn more(&self) -> String {
        let together = if self.model.journeys.offered.is_empty() {
            String::new()
        } else {
            format!("<li><a href=\"#/together\">{}</a></li>", self.ui(UiKey::CombineLink))
        };
        format!("{together}<li><a href=\"#/search\">{}</a></li>", self.ui(UiKey::SearchLink))
    }

    pub fn footer(&self) -> String {
        format!("<a href=\"#/staff\">{}</a>", self.ui(UiKey::StaffLink))
    }

    /// The page at `#/` as the app shows it: skip link, header and `<main>`, each element
    /// carrying `attrs` (the build marks its copy so the app can replace it).
    pub fn page(&self, shown: usize, attrs: &str) -> String {
        let menu = self.language_menu(shown);
        let menu = if menu.is_empty() { menu } else { format!("<div class=\"language\">{menu}</div>") };
        format!(
            "<a class=\"skip-link\" href=\"#main\"{attrs}>{}</a>\
             <header class=\"site-header\"{attrs}><a class=\"site-name\" href=\"#/\">{}</a>{menu}</header>\
             <main id=\"main\" class=\"page\" tabindex=\"-1\"{attrs}><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p>\
             <ul class=\"events\">{}</ul><ul class=\"more\">{}</ul><footer class=\"page-footer\">{}</footer></main>",
            self.skip_link(),
            self.site_name(),
            self.heading(),
            self.intro(),
            self.events(),
            self.more(),
            self.footer(),
        )
    }
}

/// A text as HTML: escaped, with furigana (`漢字《かんじ》`) as `<ruby>`; a malformed
/// reading (the content check rejects those) as plain text.
pub fn rich(text: &str) -> String {
    if !text.contains('《') {
        return escape(text);
    }
    match crate::ruby::parse(text) {
        Ok(segments) => segments
            .iter()
            .map(|s| match s {
                crate::ruby::Segment::Plain(p) => escape(p),
                crate::ruby::Segment::Ruby { base, reading } => {
                    format!("<ruby>{}<rt>{}</rt></ruby>", escape(base), escape(reading))
                }
            })
            .collect(),
        Err(_) => escape(&crate::ruby::plain(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furigana_become_ruby_and_text_is_escaped() {
        assert_eq!(
            rich("転入届《てんにゅうとどけ》を出《だ》す"),
            "<ruby>転入届<rt>てんにゅうとどけ</rt></ruby>を<ruby>出<rt>だ</rt></ruby>す"
        );
        assert_eq!(rich("<b>&"), "&lt;b&gt;&amp;");
        assert_eq!(rich("漢字《かんじ"), "漢字《かんじ", "malformed: as written");
    }
}
