//! The page a URL fragment names. Everything lives in the fragment (`#/event/step?answers`)
//! so the app works from any sub-path and inside a frame, and answers about sensitive
//! life events are never sent to a server.

/// Step names that can never be question ids.
/// (`offices` is the page of every office and `staff` the counter's catalogue, so they
/// cannot be event ids either.)
pub const RESERVED_STEPS: [&str; 8] =
    ["results", "review", "start", "offices", "staff", "privacy", "together", "search"];
/// Query keys that are not answers.
pub const RESERVED_KEYS: [&str; 1] = ["lang"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The first question still to be answered.
    Start,
    Question(String),
    /// A question opened from the review page by a 変更 link: once answered, the
    /// citizen goes straight back to the review (or on to a question the change made
    /// necessary, still in this mode).
    Change(String),
    Review,
    Results,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Event {
        event: String,
        step: Step,
        /// The answers part, still in URL form (decoded against the event's questions).
        answers: String,
    },
    /// Every office with address, hours and phone; `office` is the one to show first.
    Offices {
        office: Option<String>,
    },
    /// The counter's catalogue of every procedure; with `event`, a citizen's results
    /// opened from their shared link (`#/staff/tennyu?answers`), shown densely.
    Staff {
        event: Option<String>,
        answers: String,
    },
    /// What the guide keeps on the device, and one button that removes it.
    Privacy,
    /// The offered combinations of events, to start one journey for several.
    Together,
    /// Finding a procedure by name.
    Search,
    /// A fragment that names no page; shown as home with a notice.
    NotFound(String),
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let answers = query
            .split('&')
            .filter(|p| !RESERVED_KEYS.contains(&p.split_once('=').map_or(*p, |(k, _)| k)))
            .collect::<Vec<_>>()
            .join("&");
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["offices"] => Route::Offices { office: None },
            ["privacy"] => Route::Privacy,
            ["together"] => Route::Together,
            ["search"] => Route::Search,
            ["offices", office] => Route::Offices { office: Some(office.to_string()) },
            ["staff"] => Route::Staff { event: None, answers },
            ["staff", event] => Route::Staff { event: Some(event.to_string()), answers },
            [event] => Route::Event { event: event.to_string(), step: Step::Start, answers },
            [event, step] => {
                let step = match *step {
                    "results" => Step::Results,
                    "review" => Step::Review,
                    "start" => Step::Start,
                    q => Step::Question(q.to_string()),
                };
                Route::Event { event: event.to_string(), step, answers }
            }
            [event, "review", q] => {
                Route::Event { event: event.to_string(), step: Step::Change(q.to_string()), answers }
            }
            _ => Route::NotFound(hash.to_string()),
        }
    }

    pub fn to_hash(&self) -> String {
        match self {
            Route::Home | Route::NotFound(_) => "#/".to_string(),
            Route::Offices { office: None } => "#/offices".to_string(),
            Route::Privacy => "#/privacy".to_string(),
            Route::Together => "#/together".to_string(),
            Route::Search => "#/search".to_string(),
            Route::Offices { office: Some(o) } => format!("#/offices/{o}"),
            Route::Staff { event, answers } => {
                let event = event.as_ref().map(|e| format!("/{e}")).unwrap_or_default();
                let query = if answers.is_empty() { String::new() } else { format!("?{answers}") };
                format!("#/staff{event}{query}")
            }
            Route::Event { event, step, answers } => {
                let step = match step {
                    Step::Start => String::new(),
                    Step::Question(q) => format!("/{q}"),
                    Step::Change(q) => format!("/review/{q}"),
                    Step::Review => "/review".to_string(),
                    Step::Results => "/results".to_string(),
                };
                let query = if answers.is_empty() { String::new() } else { format!("?{answers}") };
                format!("#/{event}{step}{query}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_page() {
        for (hash, route) in [
            ("", Route::Home),
            ("#/", Route::Home),
            ("#/tennyu", Route::Event { event: "tennyu".into(), step: Step::Start, answers: "".into() }),
            (
                "#/tennyu/from?from=abroad&lang=pt",
                Route::Event {
                    event: "tennyu".into(),
                    step: Step::Question("from".into()),
                    answers: "from=abroad".into(),
                },
            ),
            (
                "#/tennyu/results?a=b",
                Route::Event { event: "tennyu".into(), step: Step::Results, answers: "a=b".into() },
            ),
            (
                "#/tennyu/review/insurance?a=b",
                Route::Event { event: "tennyu".into(), step: Step::Change("insurance".into()), answers: "a=b".into() },
            ),
            ("#/offices", Route::Offices { office: None }),
            ("#/offices/iga", Route::Offices { office: Some("iga".into()) }),
            ("#/staff", Route::Staff { event: None, answers: "".into() }),
            ("#/together", Route::Together),
            ("#/search", Route::Search),
            (
                "#/kekkon+tennyu/review?a=b",
                Route::Event { event: "kekkon+tennyu".into(), step: Step::Review, answers: "a=b".into() },
            ),
            ("#/staff/tennyu?a=b", Route::Staff { event: Some("tennyu".into()), answers: "a=b".into() }),
            ("#/a/b/c", Route::NotFound("/a/b/c".into())),
            ("#/a/b/c/d", Route::NotFound("/a/b/c/d".into())),
        ] {
            assert_eq!(Route::parse(hash), route, "{hash}");
        }
        for hash in [
            "#/tennyu/results?a=b",
            "#/tennyu/review?a=b",
            "#/tennyu/review/insurance?a=b",
            "#/tennyu/x",
            "#/offices/iga",
            "#/staff",
            "#/staff/tennyu?a=b",
            "#/staff/kekkon+tennyu?a=b",
            "#/kekkon+tennyu/results?a=b",
            "#/together",
            "#/search",
        ] {
            let r = Route::parse(hash);
            assert_eq!(r.to_hash(), hash);
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
    }
}
