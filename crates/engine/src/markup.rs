//! HTML written as strings (the handbook, the counter's catalogue) is a [`Markup`]: a value
//! that can only be built from text (escaped when it is made), from markup written in this
//! code base (string literals), or from other markup. So a text from content, a link or an
//! id can never reach the page unescaped: passing a `String` where markup is expected does
//! not compile.
//!
//! ```
//! use guide_engine::{html, markup::Markup};
//! let title = String::from("<img src=x onerror=alert(1)>");
//! let h2 = html!("<h2>{}</h2>", Markup::text(&title));
//! assert_eq!(h2.as_str(), "<h2>&lt;img src=x onerror=alert(1)&gt;</h2>");
//! ```
//!
//! ```compile_fail
//! let title = String::from("<img src=x onerror=alert(1)>");
//! let _ = guide_engine::html!("<h2>{}</h2>", title); // a String is not Markup
//! ```
//!
//! ```compile_fail
//! use guide_engine::markup::Markup;
//! let _ = guide_engine::html!("<h2>{}</h2>{}", Markup::new()); // a placeholder without an argument
//! ```
//!
//! ```compile_fail
//! let title = String::from("<img src=x onerror=alert(1)>");
//! let _ = guide_engine::markup::Markup::trusted(&title); // only 'static literals are trusted
//! ```

use std::fmt;

/// A piece of HTML that is safe to put into a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    pub const fn new() -> Markup {
        Markup(String::new())
    }

    /// Text for element content or a quoted attribute value: `& < > " '` escaped.
    pub fn text(text: &str) -> Markup {
        Markup(crate::html::escape(text))
    }

    /// Markup written in the code (a literal, or a constant such as a style sheet).
    pub fn trusted(markup: &'static str) -> Markup {
        Markup(markup.to_string())
    }

    /// A link target for `href="…"`, escaped: see [`safe_href`].
    pub fn url(url: &str) -> Markup {
        Markup::text(safe_href(url))
    }

    pub fn push(&mut self, more: &Markup) {
        self.0.push_str(&more.0);
    }

    /// The items with `separator` between them.
    pub fn join<'a>(items: impl IntoIterator<Item = &'a Markup>, separator: &Markup) -> Markup {
        let mut out = Markup::new();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                out.push(separator);
            }
            out.push(item);
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Used by [`html!`](crate::html!): only markup is accepted as an argument.
    #[doc(hidden)]
    pub fn __arg(markup: &Markup) -> &str {
        &markup.0
    }

    /// Used by [`html!`](crate::html!): the template is a literal whose every `{}` is
    /// replaced by the next argument (other braces, as in CSS, are kept as written).
    #[doc(hidden)]
    pub fn __format(template: &'static str, args: &[&str]) -> Markup {
        let mut out = String::with_capacity(template.len() + args.iter().map(|a| a.len()).sum::<usize>());
        let mut pieces = template.split("{}");
        out.push_str(pieces.next().unwrap_or_default());
        for (piece, arg) in pieces.zip(args) {
            out.push_str(arg);
            out.push_str(piece);
        }
        Markup(out)
    }
}

impl FromIterator<Markup> for Markup {
    fn from_iter<I: IntoIterator<Item = Markup>>(items: I) -> Markup {
        let mut out = Markup::new();
        for item in items {
            out.push(&item);
        }
        out
    }
}

impl fmt::Display for Markup {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A link target from content: a secure web, mail or phone address, or one inside the site
/// (`#id`, `page.html`), as written; anything else (`javascript:`, `data:`, `http:` …) is `#`.
/// The content check already refuses such links; this holds even when it is bypassed.
pub fn safe_href(url: &str) -> &str {
    let url = url.trim();
    let scheme = url.find(':').filter(|i| !url[..*i].contains(['/', '?', '#'])).map(|i| url[..i].to_ascii_lowercase());
    match scheme.as_deref() {
        None | Some("https" | "mailto" | "tel") => url,
        Some(_) => "#",
    }
}

/// How many `{}` a template has (checked against the arguments at compile time).
#[doc(hidden)]
pub const fn __placeholders(template: &str) -> usize {
    let b = template.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i + 1 < b.len() {
        if b[i] == b'{' && b[i + 1] == b'}' {
            n += 1;
            i += 1;
        }
        i += 1;
    }
    n
}

/// `html!("<li>{}</li>", item)`: markup from a literal template whose `{}` are filled, in
/// order, with [`Markup`] arguments only (a `String` or `&str` does not compile; make it
/// `Markup::text(…)`). Named or inline arguments (`{title}`) are not interpolated.
#[macro_export]
macro_rules! html {
    ($template:literal $(, $arg:expr)* $(,)?) => {{
        const _: () = assert!(
            $crate::markup::__placeholders($template) == 0 $(+ { let _ = stringify!($arg); 1 })*,
            "html!: the template needs as many placeholders as arguments"
        );
        $crate::markup::Markup::__format($template, &[$($crate::markup::Markup::__arg(&$arg)),*])
    }};
}

#[cfg(test)]
mod tests {
    use super::Markup;

    const HOSTILE: &str = "\"'><img src=x onerror=alert(1)>&";

    #[test]
    fn text_is_escaped_and_templates_filled_in_order() {
        let t = Markup::text(HOSTILE);
        assert_eq!(t.as_str(), "&quot;&#39;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;");
        let m = crate::html!("<a title=\"{}\">{}</a>{}", t, Markup::text("a&b"), Markup::trusted("<br>"));
        assert_eq!(m.as_str(), format!("<a title=\"{}\">a&amp;b</a><br>", t.as_str()));
        // CSS braces and an inline `{name}` are not placeholders.
        let css = crate::html!("<style>a{color:red}</style>{title}{}", Markup::text("<"));
        assert_eq!(css.as_str(), "<style>a{color:red}</style>{title}&lt;");
    }

    #[test]
    fn only_web_mail_phone_and_local_links() {
        for ok in
            ["https://www.city.iga.lg.jp/a?b=1&c=2", "mailto:a@b", "tel:0595-22-9611", "#id", "tennyu.html", "a/b:c"]
        {
            assert_ne!(Markup::url(ok).as_str(), "#", "{ok}");
        }
        assert_eq!(
            Markup::url("https://x/?a=1&b=\"><script>").as_str(),
            "https://x/?a=1&amp;b=&quot;&gt;&lt;script&gt;"
        );
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>",
            "vbscript:x",
            "java\tscript:x",
            "http://x",
            "\u{0}javascript:x",
        ] {
            assert_eq!(Markup::url(bad).as_str(), "#", "{bad}");
        }
    }

    #[test]
    fn joins_and_collects() {
        let items = [Markup::text("<a>"), Markup::text("b")];
        assert_eq!(Markup::join(&items, &Markup::trusted("<br>")).as_str(), "&lt;a&gt;<br>b");
        let all: Markup = items.into_iter().collect();
        assert_eq!(all.as_str(), "&lt;a&gt;b");
    }
}
