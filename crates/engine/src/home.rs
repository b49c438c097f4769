//! The home page and the frame around every page (skip link, the guide's name, the language
//! menu) as HTML. One writer for the app's home page and for the copy that `guide-content`
//! writes into `index.html` at build time: a phone shows that copy before the app has
//! loaded, and the app puts the same markup in its place, so nothing moves (CLS 0).
//!
//! Texts come in as [`Markup`] already (`rich`): the app passes its current language (furigana as
//! `<ruby>`, texts kept in Japanese marked), the build passes Japanese.

use crate::html;
use crate::markup::Markup;
use crate::model::{Event, Model, TextId};
use crate::ui::UiKey;

pub struct Home<'a, R> {
    pub model: &'a Model,
    /// A content text as HTML in the language shown.
    pub rich: &'a R,
}

impl<'a, R: Fn(TextId) -> Markup> Home<'a, R> {
    fn ui(&self, key: UiKey) -> Markup {
        (self.rich)(self.model.ui(key))
    }

    /// The skip link's text (`<a class="skip-link" href="#main">`).
    pub fn skip_link(&self) -> Markup {
        self.ui(UiKey::SkipToContent)
    }

    /// The guide's name in the header (`<a class="site-name" href="#/">`).
    pub fn site_name(&self) -> Markup {
        self.ui(UiKey::AppTitle)
    }

    /// Inside `<div class="language">`: the label and the menu, each language named in
    /// itself, `shown` selected. Empty when only one language is offered.
    pub fn language_menu(&self, shown: usize) -> Markup {
        let languages = &self.model.languages;
        if languages.len() < 2 {
            return Markup::new();
        }
        let options: Markup = languages
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let selected = Markup::trusted(if i == shown { " selected=\"\"" } else { "" });
                let (value, lang, name) = (Markup::text(&i.to_string()), Markup::text(&l.html), Markup::text(&l.name));
                html!("<option value=\"{}\" lang=\"{}\"{}>{}</option>", value, lang, selected, name)
            })
            .collect();
        html!(
            "<label for=\"language\">{}</label><select id=\"language\">{}</select>",
            self.ui(UiKey::LanguageLabel),
            options
        )
    }

    /// The home page's `<h1>`.
    pub fn heading(&self) -> Markup {
        self.ui(UiKey::HomeHeading)
    }

    /// Inside `<p class="lead">`.
    pub fn intro(&self) -> Markup {
        self.ui(UiKey::AppIntro)
    }

    /// Inside `<ul class="events">`: every life event in content order; one still being
    /// written is listed as coming, not as a link.
    pub fn events(&self) -> Markup {
        self.model.events.iter().map(|e| self.event(e)).collect()
    }

    fn event(&self, event: &Event) -> Markup {
        let body = html!(
            "<span class=\"event-title\">{}</span><span class=\"event-summary\">{}</span>",
            (self.rich)(event.title),
            (self.rich)(event.summary)
        );
        if event.available {
            html!("<li><a class=\"event\" href=\"#/{}\">{}</a></li>", Markup::text(&event.id), body)
        } else {
            html!(
                "<li><div class=\"event coming\">{}<span class=\"tag\">{}</span></div></li>",
                body,
                self.ui(UiKey::EventComing)
            )
        }
    }

    /// Inside `<ul class="more">`, below the events: several events at once (when content
    /// offers any combination), and finding a procedure by name. Links, so a single event
    /// stays one tap.
    pub fn more(&self) -> Markup {
        let together = if self.model.journeys.offered.is_empty() {
            Markup::new()
        } else {
            html!("<li><a href=\"#/together\">{}</a></li>", self.ui(UiKey::CombineLink))
        };
        html!("{}<li><a href=\"#/search\">{}</a></li>", together, self.ui(UiKey::SearchLink))
    }

    /// Inside `<footer class="page-footer">`.
    pub fn footer(&self) -> Markup {
        html!("<a href=\"#/staff\">{}</a>", self.ui(UiKey::StaffLink))
    }

    /// The page at `#/` as the app shows it: skip link, header and `<main>`, each element
    /// carrying `attrs` (the build marks its copy so the app can replace it).
    pub fn page(&self, shown: usize, attrs: &Markup) -> Markup {
        let menu = self.language_menu(shown);
        let menu = if menu.is_empty() { menu } else { html!("<div class=\"language\">{}</div>", menu) };
        html!(
            "<a class=\"skip-link\" href=\"#main\"{}>{}</a>\
             <header class=\"site-header\"{}><a class=\"site-name\" href=\"#/\">{}</a>{}</header>\
             <main id=\"main\" class=\"page\" tabindex=\"-1\"{}><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p>\
             <ul class=\"events\">{}</ul><ul class=\"more\">{}</ul><footer class=\"page-footer\">{}</footer></main>",
            attrs,
            self.skip_link(),
            attrs,
            self.site_name(),
            menu,
            attrs,
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
pub fn rich(text: &str) -> Markup {
    if !text.contains('《') {
        return Markup::text(text);
    }
    match crate::ruby::parse(text) {
        Ok(segments) => segments
            .iter()
            .map(|s| match s {
                crate::ruby::Segment::Plain(p) => Markup::text(p),
                crate::ruby::Segment::Ruby { base, reading } => {
                    html!("<ruby>{}<rt>{}</rt></ruby>", Markup::text(base), Markup::text(reading))
                }
            })
            .collect(),
        Err(_) => Markup::text(&crate::ruby::plain(text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furigana_become_ruby_and_text_is_escaped() {
        assert_eq!(
            rich("転入届《てんにゅうとどけ》を出《だ》す").as_str(),
            "<ruby>転入届<rt>てんにゅうとどけ</rt></ruby>を<ruby>出<rt>だ</rt></ruby>す"
        );
        assert_eq!(rich("<b>&").as_str(), "&lt;b&gt;&amp;");
        assert_eq!(rich("漢字《かんじ").as_str(), "漢字《かんじ", "malformed: as written");
    }
}
