//! `guide`: the content editors' tool.
//!
//!   guide check                       check all content; exit 1 on any error
//!   guide plan EVENT[+EVENT…] [key=value …]  print the plan for these answers (in order)
//!   guide plan EVENT --json …         the same as JSON (for tests and tools)
//!   guide table [--write]             print (or write to tests/tables/) every answer path
//!   guide export DIR                  write texts-<lang>.bin for the app (Trunk hook)
//!   guide manifest FILE               write the web app manifest (Trunk hook)
//!   guide html DIR                    write the printed handbook (HTML without JavaScript)
//!   guide site DIR                    all of the above into a built site (Trunk hook): the
//!                                     texts, DIR/handbook/, DIR/manifest.webmanifest and the
//!                                     page before the app starts in DIR/index.html, from one
//!                                     load of the content
//!
//! Options: `--content DIR` (default: `content`).

use std::path::PathBuf;
use std::process::ExitCode;

use guide_content::{Compiled, analysis, load};
use guide_engine::{Answer, Journey, JourneyPlan, Model, Place, QuestionIx, Status, Texts};
use serde_json::json;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dir = take_option(&mut args, "--content").map_or_else(|| PathBuf::from("content"), PathBuf::from);
    let json = take_flag(&mut args, "--json");
    let write = take_flag(&mut args, "--write");
    let result = match args.first().map(String::as_str) {
        Some("check") => check(&dir),
        Some("plan") if args.len() >= 2 => show_plan(&dir, &args[1], &args[2..], json),
        Some("table") => tables(&dir, write),
        Some("translations") if args.len() == 2 => missing_translations(&dir, &args[1]),
        Some("export") if args.len() == 2 => export(&dir, &args[1]),
        Some("manifest") if args.len() == 2 => manifest(&dir, &args[1]),
        Some("html") if args.len() == 2 => handbook(&dir, &args[1]),
        Some("site") if args.len() == 2 => site(&dir, &args[1]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage:\n  guide check [--content DIR]\n  guide plan EVENT[+EVENT…] [--json] [--content DIR] [question=answer …]\n  guide table [--write]\n  guide translations LANG\n  guide export DIR\n  guide manifest FILE\n  guide html DIR\n  guide site DIR";

/// Prints, as entries ready to paste into `content/translations/<lang>.yaml`, every
/// Japanese text that has no translation into `lang` yet.
fn missing_translations(dir: &std::path::Path, lang: &str) -> Result<(), String> {
    let c = guide_content::compile::compile_with(dir, false)
        .map_err(|report| format!("{report}\nFix the errors above first."))?;
    let missing = c.missing.get(lang).ok_or_else(|| {
        let known: Vec<&str> = c.missing.keys().map(String::as_str).collect();
        format!("unknown language `{lang}`; languages are {} (content/languages.yaml)", known.join(", "))
    })?;
    eprintln!("{} texts have no `{lang}` translation; add these to content/translations/{lang}.yaml:", missing.len());
    for ja in missing {
        println!("  - ja: {}\n    {lang}: ", serde_json::to_string(ja).expect("json string"));
    }
    Ok(())
}

/// Writes `texts-<lang>.bin` for every language into `out`: the app downloads the Japanese
/// at start (index.html preloads it) and any other language only when a citizen picks it.
fn export(dir: &std::path::Path, out: &str) -> Result<(), String> {
    write_texts(&compiled(dir)?, std::path::Path::new(out))
}

/// Writes the web app manifest (names from content) to `file`.
fn manifest(dir: &std::path::Path, file: &str) -> Result<(), String> {
    write_manifest(&compiled(dir)?, std::path::Path::new(file))
}

/// Writes the handbook pages (`index.html` and one page per life event) into `out`:
/// every procedure with its conditions in words, for browsers without JavaScript.
fn handbook(dir: &std::path::Path, out: &str) -> Result<(), String> {
    write_handbook(&compiled(dir)?, std::path::Path::new(out))
}

/// Everything a built site needs from content, from one load and check of it (Trunk's
/// post-build hook, on the staging folder): `texts/`, `handbook/`, `manifest.webmanifest`,
/// and in `index.html` the page shown before the app starts.
fn site(dir: &std::path::Path, out: &str) -> Result<(), String> {
    let c = compiled(dir)?;
    let out = std::path::Path::new(out);
    write_texts(&c, &out.join("texts"))?;
    write_handbook(&c, &out.join("handbook"))?;
    write_manifest(&c, &out.join("manifest.webmanifest"))?;
    let index = out.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = guide_content::prerender::index_html(&c, &html).map_err(|e| format!("{}: {e}", index.display()))?;
    write(&index, html)
}

fn write(path: &std::path::Path, bytes: impl AsRef<[u8]>) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn write_texts(c: &Compiled, out: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for texts in &c.texts {
        let bytes = postcard::to_allocvec(texts).map_err(|e| e.to_string())?;
        write(&out.join(format!("texts-{}.bin", texts.lang)), bytes)?;
    }
    Ok(())
}

fn write_manifest(c: &Compiled, file: &std::path::Path) -> Result<(), String> {
    write(file, guide_content::manifest::web_manifest(c))
}

fn write_handbook(c: &Compiled, out: &std::path::Path) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for (name, html) in guide_content::handbook::pages(&c.model, &c.texts[0]) {
        write(&out.join(name), html)?;
    }
    Ok(())
}

/// Where the exhaustive tables are committed.
const TABLES: &str = "tests/tables";

fn tables(dir: &std::path::Path, write: bool) -> Result<(), String> {
    let c = compiled(dir)?;
    for (_, event) in c.model.available_events() {
        let table = analysis::table(&c.model, event);
        if write {
            let path = PathBuf::from(TABLES).join(format!("{}.tsv", event.id));
            std::fs::create_dir_all(TABLES).map_err(|e| e.to_string())?;
            std::fs::write(&path, &table).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {} ({} rows)", path.display(), table.lines().filter(|l| !l.starts_with('#')).count());
        } else {
            print!("{table}");
        }
    }
    // Offered combinations: per procedure over its own questions, never the union's paths.
    let m = &c.model;
    for offered in &m.journeys.offered {
        let journey = Journey::new(m, &offered.events);
        let table = analysis::combination_table(m, &journey);
        if write {
            let dir = PathBuf::from(TABLES).join("combinations");
            std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
            let path = dir.join(format!("{}.tsv", journey.id(m)));
            std::fs::write(&path, &table).map_err(|e| format!("{}: {e}", path.display()))?;
            println!("wrote {} ({} rows)", path.display(), table.lines().filter(|l| !l.starts_with('#')).count());
        } else {
            print!("{table}");
        }
    }
    Ok(())
}

fn take_flag(args: &mut Vec<String>, flag: &str) -> bool {
    let found = args.iter().any(|a| a == flag);
    args.retain(|a| a != flag);
    found
}

fn take_option(args: &mut Vec<String>, name: &str) -> Option<String> {
    let i = args.iter().position(|a| a == name)?;
    args.remove(i);
    (i < args.len()).then(|| args.remove(i))
}

fn compiled(dir: &std::path::Path) -> Result<Compiled, String> {
    load(dir).map_err(|report| format!("{report}\nFix the errors above (file:line:column) and run the check again."))
}

fn check(dir: &std::path::Path) -> Result<(), String> {
    let c = compiled(dir)?;
    let m = &c.model;
    println!(
        "content OK: {} events, {} questions, {} procedures, {} documents, {} offices",
        m.events.len(),
        m.questions.len(),
        m.procedures.len(),
        m.documents.len(),
        m.offices.len()
    );
    for (e, x) in m.events.iter().zip(&c.explorations) {
        if !e.available {
            println!("  {:<16} coming (not yet written)", e.id);
            continue;
        }
        let files: Vec<String> = e
            .procedures
            .iter()
            .map(|p| format!("procedures/{}.yaml", m.procedures[p.procedure].id))
            .chain([format!("events/{}.yaml", e.id)])
            .collect();
        let verify = c.verify.iter().filter(|v| files.iter().any(|f| v.file.ends_with(f.as_str()))).count();
        println!(
            "  {:<16} {} questions, {} procedures, {} answer paths{}, {verify} verify markers",
            e.id,
            e.questions.len(),
            e.procedures.len(),
            x.paths,
            if x.complete { "" } else { " (stopped early)" },
        );
    }
    let shared = c.verify.iter().filter(|v| !v.file.contains("procedures/") && !v.file.contains("events/")).count();
    println!("  verify markers in shared files (offices, sections, documents, questions): {shared}");
    println!("  total verify markers: {} (facts the city must still confirm)", c.verify.len());
    let offered: Vec<&str> = m.languages.iter().map(|l| l.id.as_str()).collect();
    println!("translations (languages offered: {}):", offered.join(", "));
    for cov in &c.coverage {
        let percent = ((cov.translated + cov.kept_japanese) * 100).checked_div(cov.total).unwrap_or(100);
        println!(
            "  {:<8} {:>4} / {} texts ({percent}%){}{}",
            cov.lang,
            cov.translated,
            cov.total,
            if cov.kept_japanese > 0 {
                format!(", {} kept in Japanese on purpose", cov.kept_japanese)
            } else {
                String::new()
            },
            if offered.contains(&cov.lang.as_str()) {
                ""
            } else {
                " — not offered (add it to content/languages.yaml when complete)"
            },
        );
    }
    Ok(())
}

fn show_plan(dir: &std::path::Path, events: &str, pairs: &[String], as_json: bool) -> Result<(), String> {
    let c = compiled(dir)?;
    let m = &c.model;
    let t = &c.texts[0];
    // The same syntax as the link: `kekkon+tennyu`.
    let (journey, problems) = Journey::parse(m, events);
    for p in &problems {
        eprintln!("ignored event {p:?}");
    }
    let journey = journey.ok_or_else(|| {
        let ids: Vec<&str> = m.events.iter().filter(|e| e.available).map(|e| e.id.as_str()).collect();
        format!("unknown event `{events}`; events are: {} (join several with +)", ids.join(", "))
    })?;
    if !journey.offered(m) {
        eprintln!("note: `{}` is not a combination offered in content/combinations.yaml", journey.id(m));
    }
    let (answers, problems) = journey.decode(m, &pairs.join("&"));
    for p in &problems {
        eprintln!("ignored `{}={}`: {:?}", p.key, p.value, p.kind);
    }
    let f = journey.flow(m, &answers);
    let p = journey.plan(m, &f.known);
    if as_json {
        println!("{}", serde_json::to_string_pretty(&to_json(m, t, &journey, &f, &p)).expect("json"));
    } else {
        print_text(m, t, &journey, &f, &p);
    }
    Ok(())
}

fn answer_text(m: &Model, t: &Texts, q: QuestionIx, a: &Answer) -> String {
    guide_engine::words::answer(m, q, a, &|id| t.get(id))
}

fn print_text(m: &Model, t: &Texts, j: &Journey, f: &guide_engine::Flow, jp: &JourneyPlan) {
    let p = &jp.plan;
    let titles: Vec<String> = j.events.iter().map(|e| t.get(m.events[*e].title).to_string()).collect();
    println!("{} ({})", titles.join(" + "), j.id(m));
    for (q, a) in j.given.iter() {
        println!("  {}: {} (given by the combination)", t.get(m.questions[q].label), answer_text(m, t, q, a));
    }
    for q in &f.path {
        println!("  {}: {}", t.get(m.questions[*q].label), answer_text(m, t, *q, f.known.get(*q).expect("on path")));
    }
    if let Some(q) = f.next {
        println!("  next question: {} ({})", t.get(m.questions[q].text), m.questions[q].id);
    }
    for (status, heading) in [(Status::Needed, "needed"), (Status::Maybe, "may be needed")] {
        let items: Vec<_> = p.procedures.iter().enumerate().filter(|(_, pp)| pp.status == status).collect();
        println!("\n{heading} ({}):", items.len());
        for (i, pp) in items {
            let pr = &m.procedures[pp.procedure];
            let section = &m.sections[pr.section];
            println!("  - {} ({}) — {}", t.get(pr.title), pr.id, t.get(section.name));
            if j.events.len() > 1 {
                let why: Vec<&str> = jp.because[i].iter().map(|e| m.events[*e].id.as_str()).collect();
                println!("      for: {}", why.join(", "));
            }
            // The plan's wording: an event may word a shared procedure's deadline itself.
            if let Some(d) = pp.deadline {
                let due = pp.due.map(|d| format!(" → {d}")).unwrap_or_default();
                println!("      by: {}{due}", t.get(d));
            }
            let why: Vec<String> = pp
                .reasons
                .iter()
                .map(|r| {
                    format!(
                        "{}={}",
                        m.questions[r.question].id,
                        r.answer.as_ref().map_or("(none)".into(), |a| answer_text(m, t, r.question, a))
                    )
                })
                .collect();
            println!("      why: {}", if why.is_empty() { "everyone".to_string() } else { why.join(", ") });
            for d in &pp.documents {
                let mark = if d.status == Status::Maybe { " (maybe)" } else { "" };
                println!("      bring: {}{mark}", t.get(m.documents[d.document].name));
            }
        }
    }
    println!("\nin this order:");
    for (n, v) in jp.visits.iter().enumerate() {
        let place = match v.place {
            Place::Online => "online".to_string(),
            Place::Office(o) => t.get(m.offices[o].name).to_string(),
        };
        let waits: Vec<String> = v.waits_for.iter().map(|w| (w + 1).to_string()).collect();
        let after = if waits.is_empty() { String::new() } else { format!(" (after {})", waits.join(", ")) };
        println!("  {}. {place}{after}", n + 1);
        for i in &v.steps {
            println!("       {}", m.procedures[p.procedures[*i].procedure].id);
        }
    }
    println!("\nbring, all together:");
    for d in &p.documents {
        let mark = if d.status == Status::Maybe { " (maybe)" } else { "" };
        println!("  [ ] {}{mark}", t.get(m.documents[d.document].name));
    }
}

fn to_json(m: &Model, t: &Texts, j: &Journey, f: &guide_engine::Flow, jp: &JourneyPlan) -> serde_json::Value {
    let p = &jp.plan;
    let status = |s: Status| match s {
        Status::Needed => "needed",
        Status::Maybe => "maybe",
        Status::NotNeeded => "not_needed",
    };
    json!({
        "event": j.id(m),
        "answers": f.known.encode(m),
        "next_question": f.next.map(|q| m.questions[q].id.clone()),
        "procedures": p.procedures.iter().enumerate().map(|(i, pp)| {
            let pr = &m.procedures[pp.procedure];
            json!({
                "id": pr.id,
                "title": t.get(pr.title),
                "status": status(pp.status),
                "section": m.sections[pr.section].id,
                "due": pp.due.map(|d| d.to_string()),
                "because": pp.reasons.iter().map(|r| m.questions[r.question].id.clone()).collect::<Vec<_>>(),
                "for": jp.because[i].iter().map(|e| m.events[*e].id.clone()).collect::<Vec<_>>(),
                "documents": pp.documents.iter().map(|d| json!({"id": m.documents[d.document].id, "status": status(d.status)})).collect::<Vec<_>>(),
            })
        }).collect::<Vec<_>>(),
        "groups": p.groups.iter().map(|g| json!({
            "section": m.sections[g.section].id,
            "procedures": g.procedures.iter().map(|i| m.procedures[p.procedures[*i].procedure].id.clone()).collect::<Vec<_>>(),
            "documents": g.documents.iter().map(|d| m.documents[d.document].id.clone()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "documents": p.documents.iter().map(|d| json!({"id": m.documents[d.document].id, "status": status(d.status)})).collect::<Vec<_>>(),
        "visits": jp.visits.iter().map(|v| json!({
            "place": match v.place { Place::Online => "online".to_string(), Place::Office(o) => m.offices[o].id.clone() },
            "steps": v.steps.iter().map(|i| m.procedures[p.procedures[*i].procedure].id.clone()).collect::<Vec<_>>(),
            "after": v.waits_for.clone(),
        })).collect::<Vec<_>>(),
    })
}
