//! A procedure's facts as plain HTML: who needs it (conditions in words), where, by when,
//! what to bring (each with its condition), fee, online, notes, and sources with the
//! date they were checked. One writer for the printed handbook (`guide-content html`) and
//! the counter's catalogue (`#/staff`), so both always say the same; a string, because a
//! catalogue of every procedure would cost far more as typed views in the wasm bundle.

use crate::catalogue::Entry;
use crate::date::Date;
use crate::html;
use crate::markup::Markup;
use crate::model::{Condition, Model, TextId};
use crate::text::{fill, fill_date};
use crate::ui::UiKey;
use crate::words::condition;

/// Text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The element id of a procedure's heading: the procedure id (chosen by staff) behind a
/// prefix, so it can never be the id of one of the app's own elements (`main`, `language` …).
pub fn procedure_anchor(procedure_id: &str) -> Markup {
    html!("procedure-{}", Markup::text(procedure_id))
}

/// Writes HTML with one language's texts. Everything it returns is [`Markup`]: a content
/// text can only reach the page escaped, a link only as a safe address.
pub struct Html<'a, F> {
    pub model: &'a Model,
    pub text: &'a F,
    /// Links to other sites open in a new tab, and say so (the app's convention).
    pub new_tab: bool,
}

impl<'a, F: Fn(TextId) -> &'a str> Html<'a, F> {
    /// A text, escaped.
    pub fn t(&self, id: TextId) -> Markup {
        Markup::text((self.text)(id))
    }

    pub fn ui(&self, key: UiKey) -> Markup {
        self.t(self.model.ui(key))
    }

    /// A text with its `{name}` placeholders filled, escaped.
    pub fn fill(&self, key: UiKey, values: &[(&str, &str)]) -> Markup {
        Markup::text(&fill((self.text)(self.model.ui(key)), values))
    }

    fn words(&self, cond: &Condition) -> Markup {
        Markup::text(&condition(self.model, cond, self.text))
    }

    /// "2026年11月23日（令和8年） 確認"
    pub fn checked(&self, date: Date) -> Markup {
        let date = fill_date((self.text)(self.model.ui(UiKey::DateFormat)), date);
        self.fill(UiKey::CheckedOn, &[("date", &date)])
    }

    /// A link to another site ([`Markup::url`]: web, mail and phone addresses only).
    fn link(&self, url: &str, text: &Markup) -> Markup {
        let href = Markup::url(url);
        if self.new_tab {
            html!(
                "<a class=\"external\" href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}<span class=\"new-tab\">{}</span></a>",
                href,
                text,
                self.ui(UiKey::NewTab)
            )
        } else {
            html!("<a class=\"external\" href=\"{}\">{}</a>", href, text)
        }
    }

    fn list(items: impl Iterator<Item = Markup>) -> Markup {
        let items: Markup = items.map(|i| html!("<li>{}</li>", i)).collect();
        html!("<ul class=\"plain\">{}</ul>", items)
    }

    fn lines(items: impl IntoIterator<Item = Markup>) -> Markup {
        let items: Vec<Markup> = items.into_iter().collect();
        Markup::join(&items, &Markup::trusted("<br>"))
    }

    /// A procedure as used by `entry.uses`: a heading (`<h2 id="procedure-{procedure id}">`,
    /// see [`procedure_anchor`])
    /// and a definition list. With `name_events`, who needs it is given per event.
    pub fn procedure(&self, entry: &Entry, name_events: bool) -> Markup {
        let m = self.model;
        let p = &m.procedures[entry.procedure];
        let uses: Vec<_> = entry.uses.iter().map(|(e, i)| (*e, &m.events[*e].procedures[*i])).collect();
        let mut facts: Vec<(UiKey, Markup)> = Vec::new();
        let who = if name_events {
            let rows: Markup = uses
                .iter()
                .map(|(e, ep)| html!("<dt>{}</dt><dd>{}</dd>", self.t(m.events[*e].title), self.words(&ep.applies_if)))
                .collect();
            html!("<dl class=\"uses\">{}</dl>", rows)
        } else {
            Self::lines(uses.iter().map(|(_, ep)| self.words(&ep.applies_if)))
        };
        facts.push((UiKey::AppliesWhen, who));
        let section = &m.sections[p.section];
        let counter = section.counter.map_or(Markup::new(), |c| html!(" {}", self.t(c)));
        let offices: Vec<Markup> = p.offices.iter().map(|o| self.t(m.offices[*o].name)).collect();
        facts.push((
            UiKey::WhereToGo,
            html!("{}{}（{}）", self.t(section.name), counter, Markup::join(&offices, &self.ui(UiKey::ListSeparator))),
        ));
        // Each event may word the deadline and list the documents itself: every variant once.
        let mut deadlines: Vec<TextId> = Vec::new();
        let mut docs = Vec::new();
        let mut notes: Vec<TextId> = p.notes.clone();
        for (_, ep) in &uses {
            if let Some(d) = ep.deadline.as_ref().or(p.deadline.as_ref())
                && !deadlines.contains(&d.text)
            {
                deadlines.push(d.text);
            }
            for d in ep.documents(m) {
                if !docs.contains(&d) {
                    docs.push(d);
                }
            }
            notes.extend(ep.notes.iter().filter(|n| !p.notes.contains(n)));
        }
        if !deadlines.is_empty() {
            facts.push((UiKey::DeadlineLabel, Self::lines(deadlines.iter().map(|d| self.t(*d)))));
        }
        if !docs.is_empty() {
            let items = docs.iter().map(|d| {
                let mut li = self.t(m.documents[d.document].name);
                if let Some(note) = d.note {
                    li.push(&html!("（{}）", self.t(note)));
                }
                if d.when != Condition::Always {
                    li.push(&html!(
                        "<dl class=\"when\"><dt>{}</dt><dd>{}</dd></dl>",
                        self.ui(UiKey::AppliesWhen),
                        self.words(&d.when)
                    ));
                }
                li
            });
            facts.push((UiKey::BringHeading, Self::list(items)));
        }
        if let Some(fee) = p.fee {
            facts.push((UiKey::FeeLabel, self.t(fee)));
        }
        if !p.online.is_empty() {
            let items = p.online.iter().map(|o| {
                let text = o.text.map_or(Markup::new(), |t| html!(" {}", self.t(t)));
                html!("{}{}", self.link(&o.url, &self.t(m.online_kinds[o.kind].name)), text)
            });
            facts.push((UiKey::OnlineLabel, Self::list(items)));
        }
        if !notes.is_empty() {
            facts.push((UiKey::NotesLabel, Self::list(notes.iter().map(|n| self.t(*n)))));
        }
        if !p.sources.is_empty() {
            let items = p.sources.iter().map(|s| {
                let title = match &s.url {
                    Some(url) => self.link(url, &self.t(s.title)),
                    None => self.t(s.title),
                };
                html!("{}（{}）", title, self.checked(s.checked))
            });
            facts.push((UiKey::SourcesLabel, Self::list(items)));
        }
        let summary = uses.first().and_then(|(_, ep)| ep.summary).or(p.summary).filter(|_| !name_events);
        let summary = summary.or(p.summary).map_or(Markup::new(), |s| html!("<p>{}</p>", self.t(s)));
        let facts: Markup = facts.into_iter().map(|(k, v)| html!("<dt>{}</dt><dd>{}</dd>", self.ui(k), v)).collect();
        html!(
            "<h2 id=\"{}\">{}</h2>{}<dl class=\"facts\">{}</dl>",
            procedure_anchor(&p.id),
            self.t(p.title),
            summary,
            facts
        )
    }
}
