//! The printed handbook: plain HTML pages, one per life event and an index, generated
//! from the same content at build time (`guide-content html DIR`, run by Trunk into
//! `dist/handbook/`). They need no JavaScript, so a search engine, a very old phone or a
//! locked-down counter PC still gets every procedure with its conditions in plain words,
//! documents, deadlines, fees and sources. Japanese only, like the paper handbook.

use guide_engine::catalogue::Entry;
use guide_engine::html::{Html, procedure_anchor};
use guide_engine::journey::Combination;
use guide_engine::markup::Markup;
use guide_engine::{Event, Model, TextId, Texts, UiKey, fill, html};

/// Every page: `(file name, html)`, the index first.
pub fn pages(model: &Model, texts: &Texts) -> Vec<(String, String)> {
    let h = Handbook { model, texts };
    let mut out = vec![("index.html".to_string(), h.index())];
    out.extend(model.available_events().map(|(_, e)| (format!("{}.html", e.id), h.event(e))));
    out.extend(model.journeys.offered.iter().map(|c| (format!("{}.html", h.combination_id(c)), h.combination(c))));
    out
}

struct Handbook<'a> {
    model: &'a Model,
    texts: &'a Texts,
}

pub use guide_engine::html::escape;

const STYLE: &str = "body{margin:0 auto;max-width:50rem;padding:1rem;font-family:\"Noto Sans JP\",\"Hiragino Sans\",\"BIZ UDPGothic\",Meiryo,sans-serif;line-height:1.7;color:#1a1a1c;overflow-wrap:anywhere}\
a{color:#0017c1}h1{font-size:1.6rem;line-height:1.4}h2{font-size:1.3rem;margin-top:2rem;padding-bottom:.25rem;border-bottom:2px solid #0017c1}\
.caption{display:block;font-size:1rem;font-weight:normal;color:#5e5e62}dl{margin:0}dt{font-weight:bold;margin-top:.5rem}dd{margin:0 0 0 1rem}\
ul{margin:0;padding-left:1.25rem}.when{margin:0;font-size:.9375rem;color:#5e5e62}.when dt{display:inline;font-weight:normal}.when dt::after{content:\"：\"}.when dd{display:inline;margin:0}\
@media print{body{max-width:none;font-size:10.5pt}section{break-inside:avoid}a{color:inherit}}";

impl Handbook<'_> {
    fn t(&self, id: TextId) -> Markup {
        Markup::text(self.texts.get(id))
    }

    fn ui(&self, key: UiKey) -> Markup {
        self.t(self.model.ui(key))
    }

    fn page(&self, title: &Markup, body: &Markup) -> String {
        html!(
            "<!doctype html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n\
             <style>{}</style>\n</head>\n<body>\n{}</body>\n</html>\n",
            title,
            Markup::trusted(STYLE),
            body
        )
        .into_string()
    }

    fn index(&self) -> String {
        let m = self.model;
        let mut body = html!(
            "<header><p><a href=\"../index.html\">{}</a></p></header>\n<main>\n<h1>{}</h1>\n<p>{}</p>\n<ul>\n",
            self.ui(UiKey::AppTitle),
            self.ui(UiKey::HandbookLink),
            self.ui(UiKey::HandbookIntro)
        );
        for e in &m.events {
            body.push(&if e.available {
                html!(
                    "<li><a href=\"{}.html\">{}</a><br>{}</li>\n",
                    Markup::text(&e.id),
                    self.t(e.title),
                    self.t(e.summary)
                )
            } else {
                html!("<li>{}（{}）</li>\n", self.t(e.title), self.ui(UiKey::EventComing))
            });
        }
        body.push(&Markup::trusted("</ul>\n"));
        // Several events at once: a page each, every procedure once with each event's conditions.
        if !m.journeys.offered.is_empty() {
            body.push(&html!("<h2>{}</h2>\n<ul>\n", self.ui(UiKey::CombineHeading)));
            for c in &m.journeys.offered {
                body.push(&html!(
                    "<li><a href=\"{}.html\">{}</a></li>\n",
                    Markup::text(&self.combination_id(c)),
                    self.combination_title(c)
                ));
            }
            body.push(&Markup::trusted("</ul>\n"));
        }
        body.push(&html!("<h2>{}</h2>\n<dl>\n", self.ui(UiKey::OfficesHeading)));
        for o in &m.offices {
            let phone = o.phone.as_ref().map_or(Markup::new(), |p| {
                html!("<br>{}", Markup::text(&fill(self.texts.get(m.ui(UiKey::Phone)), &[("phone", p)])))
            });
            body.push(&html!(
                "<dt>{}</dt>\n<dd>{}<br>{}{}</dd>\n",
                self.t(o.name),
                self.t(o.address),
                self.t(o.hours),
                phone
            ));
        }
        body.push(&Markup::trusted("</dl>\n</main>\n"));
        self.page(&html!("{} - {}", self.ui(UiKey::HandbookLink), self.ui(UiKey::AppTitle)), &body)
    }

    /// The file name of a combination's page: its events' ids joined by `+`, as in links.
    fn combination_id(&self, c: &Combination) -> String {
        c.events.iter().map(|e| self.model.events[*e].id.as_str()).collect::<Vec<_>>().join("+")
    }

    fn combination_title(&self, c: &Combination) -> Markup {
        let titles: Vec<Markup> = c.events.iter().map(|e| self.t(self.model.events[*e].title)).collect();
        Markup::join(&titles, &self.ui(UiKey::ListSeparator))
    }

    /// Several events' procedures on one page: each once, with who needs it in each event
    /// (the catalogue's wording), and links to each event's own page.
    fn combination(&self, c: &Combination) -> String {
        let m = self.model;
        let title = self.combination_title(c);
        let mut entries: Vec<Entry> = Vec::new();
        for &e in &c.events {
            for (i, ep) in m.events[e].procedures.iter().enumerate() {
                match entries.iter_mut().find(|x| x.procedure == ep.procedure) {
                    Some(x) => x.uses.push((e, i)),
                    None => entries.push(Entry { procedure: ep.procedure, uses: vec![(e, i)] }),
                }
            }
        }
        let mut body = html!(
            "<header><p><a href=\"index.html\">{}</a></p></header>\n<main>\n<h1><span class=\"caption\">{}</span>{}</h1>\n<ul>\n",
            self.ui(UiKey::HandbookLink),
            self.ui(UiKey::CombineHeading),
            title
        );
        for &e in &c.events {
            let ev = &m.events[e];
            body.push(&html!("<li><a href=\"{}.html\">{}</a></li>\n", Markup::text(&ev.id), self.t(ev.title)));
        }
        body.push(&Markup::trusted("</ul>\n<ol>\n"));
        for x in &entries {
            let p = &m.procedures[x.procedure];
            body.push(&html!("<li><a href=\"#{}\">{}</a></li>\n", procedure_anchor(&p.id), self.t(p.title)));
        }
        body.push(&Markup::trusted("</ol>\n"));
        let html = Html { model: m, text: &|id| self.texts.get(id), new_tab: false };
        for x in &entries {
            let id = procedure_anchor(&m.procedures[x.procedure].id);
            body.push(&html!("<section aria-labelledby=\"{}\">\n{}\n</section>\n", id, html.procedure(x, true)));
        }
        body.push(&Markup::trusted("</main>\n"));
        self.page(&html!("{} - {}", title, self.ui(UiKey::HandbookLink)), &body)
    }

    fn event(&self, event: &Event) -> String {
        let m = self.model;
        let title = self.t(event.title);
        let mut body = html!(
            "<header><p><a href=\"index.html\">{}</a></p></header>\n<main>\n<h1><span class=\"caption\">{}</span>{}</h1>\n<p>{}</p>\n<ol>\n",
            self.ui(UiKey::HandbookLink),
            self.ui(UiKey::AppTitle),
            title,
            self.t(event.summary),
        );
        for ep in &event.procedures {
            let p = &m.procedures[ep.procedure];
            body.push(&html!("<li><a href=\"#{}\">{}</a></li>\n", procedure_anchor(&p.id), self.t(p.title)));
        }
        body.push(&Markup::trusted("</ol>\n"));
        let html = Html { model: m, text: &|id| self.texts.get(id), new_tab: false };
        for (i, ep) in event.procedures.iter().enumerate() {
            let e = m.event(&event.id).expect("an event of the model");
            let entry = Entry { procedure: ep.procedure, uses: vec![(e, i)] };
            body.push(&html!(
                "<section aria-labelledby=\"{}\">\n{}\n</section>\n",
                procedure_anchor(&m.procedures[ep.procedure].id),
                html.procedure(&entry, false)
            ));
        }
        body.push(&Markup::trusted("</main>\n"));
        self.page(&html!("{} - {}", title, self.ui(UiKey::HandbookLink)), &body)
    }
}
