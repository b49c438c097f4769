//! The printed handbook: plain HTML pages, one per life event and an index, generated
//! from the same content at build time (`guide-content html DIR`, run by Trunk into
//! `dist/handbook/`). They need no JavaScript, so a search engine, a very old phone or a
//! locked-down counter PC still gets every procedure with its conditions in plain words,
//! documents, deadlines, fees and sources. Japanese only, like the paper handbook.

use guide_engine::words::condition;
use guide_engine::{Condition, Date, DocumentUse, Event, Model, TextId, Texts, UiKey, fill};

/// Every page: `(file name, html)`, the index first.
pub fn pages(model: &Model, texts: &Texts) -> Vec<(String, String)> {
    let h = Handbook { model, texts };
    let mut out = vec![("index.html".to_string(), h.index())];
    out.extend(model.events.iter().filter(|e| e.available).map(|e| (format!("{}.html", e.id), h.event(e))));
    out
}

struct Handbook<'a> {
    model: &'a Model,
    texts: &'a Texts,
}

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

const STYLE: &str = "body{margin:0 auto;max-width:50rem;padding:1rem;font-family:\"Noto Sans JP\",\"Hiragino Sans\",\"BIZ UDPGothic\",Meiryo,sans-serif;line-height:1.7;color:#1a1a1c;overflow-wrap:anywhere}\
a{color:#0017c1}h1{font-size:1.6rem;line-height:1.4}h2{font-size:1.3rem;margin-top:2rem;padding-bottom:.25rem;border-bottom:2px solid #0017c1}\
.caption{display:block;font-size:1rem;font-weight:normal;color:#5e5e62}dl{margin:0}dt{font-weight:bold;margin-top:.5rem}dd{margin:0 0 0 1rem}\
ul{margin:0;padding-left:1.25rem}.when{margin:0;font-size:.9375rem;color:#5e5e62}.when dt{display:inline;font-weight:normal}.when dt::after{content:\"：\"}.when dd{display:inline;margin:0}\
@media print{body{max-width:none;font-size:10.5pt}section{break-inside:avoid}a{color:inherit}}";

impl Handbook<'_> {
    fn t(&self, id: TextId) -> String {
        escape(self.texts.get(id))
    }

    fn ui(&self, key: UiKey) -> String {
        self.t(self.model.ui(key))
    }

    fn words(&self, cond: &Condition) -> String {
        escape(&condition(self.model, cond, &|id| self.texts.get(id)))
    }

    fn date(&self, date: Date) -> String {
        let (era, era_year) = date.wareki().unwrap_or(("", date.year));
        let date = fill(
            self.texts.get(self.model.ui(UiKey::DateFormat)),
            &[
                ("year", &date.year.to_string()),
                ("month", &date.month.to_string()),
                ("day", &date.day.to_string()),
                ("era", era),
                ("era_year", &era_year.to_string()),
            ],
        );
        escape(&fill(self.texts.get(self.model.ui(UiKey::CheckedOn)), &[("date", &date)]))
    }

    fn page(&self, title: &str, body: &str) -> String {
        format!(
            "<!doctype html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n\
             <style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
        )
    }

    fn index(&self) -> String {
        let m = self.model;
        let mut body = format!(
            "<header><p><a href=\"../index.html\">{}</a></p></header>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n<ul>\n",
            self.ui(UiKey::AppTitle),
            self.ui(UiKey::HandbookLink),
            self.ui(UiKey::HandbookIntro)
        );
        for e in &m.events {
            if e.available {
                body += &format!(
                    "<li><a href=\"{}.html\">{}</a><br>{}</li>\n",
                    escape(&e.id),
                    self.t(e.title),
                    self.t(e.summary)
                );
            } else {
                body += &format!("<li>{}（{}）</li>\n", self.t(e.title), self.ui(UiKey::EventComing));
            }
        }
        body += &format!("</ul>\n<h2>{}</h2>\n<dl>\n", self.ui(UiKey::OfficesHeading));
        for o in &m.offices {
            let phone = o.phone.as_ref().map_or(String::new(), |p| {
                format!("<br>{}", escape(&fill(self.texts.get(m.ui(UiKey::Phone)), &[("phone", p)])))
            });
            body +=
                &format!("<dt>{}</dt>\n<dd>{}<br>{}{phone}</dd>\n", self.t(o.name), self.t(o.address), self.t(o.hours));
        }
        body += "</dl>\n</main>\n";
        self.page(&format!("{} - {}", self.ui(UiKey::HandbookLink), self.ui(UiKey::AppTitle)), &body)
    }

    fn documents(&self, docs: &[DocumentUse]) -> String {
        let items: String = docs
            .iter()
            .map(|d| {
                let doc = &self.model.documents[d.document];
                let mut li = format!("<li>{}", self.t(doc.name));
                if let Some(note) = d.note {
                    li += &format!("（{}）", self.t(note));
                }
                if d.when != Condition::Always {
                    li += &format!(
                        "<dl class=\"when\"><dt>{}</dt><dd>{}</dd></dl>",
                        self.ui(UiKey::AppliesWhen),
                        self.words(&d.when)
                    );
                }
                li + "</li>\n"
            })
            .collect();
        format!("<ul>\n{items}</ul>")
    }

    fn event(&self, event: &Event) -> String {
        let m = self.model;
        let title = self.t(event.title);
        let mut body = format!(
            "<header><p><a href=\"index.html\">{}</a></p></header>\n<main>\n<h1><span class=\"caption\">{}</span>{title}</h1>\n<p>{}</p>\n<ol>\n",
            self.ui(UiKey::HandbookLink),
            self.ui(UiKey::AppTitle),
            self.t(event.summary),
        );
        for ep in &event.procedures {
            let p = &m.procedures[ep.procedure];
            body += &format!("<li><a href=\"#{}\">{}</a></li>\n", escape(&p.id), self.t(p.title));
        }
        body += "</ol>\n";
        for ep in &event.procedures {
            let p = &m.procedures[ep.procedure];
            let mut facts = vec![(UiKey::AppliesWhen, self.words(&ep.applies_if))];
            let section = &m.sections[p.section];
            let offices: Vec<String> = p.offices.iter().map(|o| self.t(m.offices[*o].name)).collect();
            let counter = section.counter.map_or(String::new(), |c| format!(" {}", self.t(c)));
            facts.push((
                UiKey::WhereToGo,
                format!("{}{counter}（{}）", self.t(section.name), offices.join(&self.ui(UiKey::ListSeparator))),
            ));
            if let Some(d) = ep.deadline.as_ref().or(p.deadline.as_ref()) {
                facts.push((UiKey::DeadlineLabel, self.t(d.text)));
            }
            let docs = ep.documents(m);
            if !docs.is_empty() {
                facts.push((UiKey::BringHeading, self.documents(docs)));
            }
            if let Some(fee) = p.fee {
                facts.push((UiKey::FeeLabel, self.t(fee)));
            }
            if !p.online.is_empty() {
                let items: String = p
                    .online
                    .iter()
                    .map(|o| {
                        let text = o.text.map_or(String::new(), |t| format!(" {}", self.t(t)));
                        format!(
                            "<li><a href=\"{}\">{}</a>{text}</li>\n",
                            escape(&o.url),
                            self.t(m.online_kinds[o.kind].name)
                        )
                    })
                    .collect();
                facts.push((UiKey::OnlineLabel, format!("<ul>\n{items}</ul>")));
            }
            let notes: Vec<TextId> = p.notes.iter().chain(&ep.notes).copied().collect();
            if !notes.is_empty() {
                let items: String = notes.iter().map(|n| format!("<li>{}</li>\n", self.t(*n))).collect();
                facts.push((UiKey::NotesLabel, format!("<ul>\n{items}</ul>")));
            }
            if !p.sources.is_empty() {
                let items: String = p
                    .sources
                    .iter()
                    .map(|s| {
                        let title = match &s.url {
                            Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), self.t(s.title)),
                            None => self.t(s.title),
                        };
                        format!("<li>{title}（{}）</li>\n", self.date(s.checked))
                    })
                    .collect();
                facts.push((UiKey::SourcesLabel, format!("<ul>\n{items}</ul>")));
            }
            let id = escape(&p.id);
            body += &format!(
                "<section id=\"{id}\" aria-labelledby=\"h-{id}\">\n<h2 id=\"h-{id}\">{}</h2>\n",
                self.t(p.title)
            );
            if let Some(s) = ep.summary.or(p.summary) {
                body += &format!("<p>{}</p>\n", self.t(s));
            }
            body += "<dl>\n";
            for (key, value) in facts {
                body += &format!("<dt>{}</dt>\n<dd>{value}</dd>\n", self.ui(key));
            }
            body += "</dl>\n</section>\n";
        }
        body += "</main>\n";
        self.page(&format!("{title} - {}", self.ui(UiKey::HandbookLink)), &body)
    }
}
