//! Furigana in やさしい日本語 texts, written in the Aozora Bunko notation that Japanese
//! editors know: the reading in 《》 right after a run of kanji (`届《とど》け`), or after a
//! base marked with ｜ where the base is not just kanji (`｜市役所《しやくしょ》`).

/// A piece of text: plain, or a base with its reading (rendered as `<ruby>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    Plain(&'a str),
    Ruby { base: &'a str, reading: &'a str },
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '々' | '〆' | 'ヶ')
}

/// Splits a text into plain and ruby segments. Text without 《 is one plain segment.
pub fn parse(text: &str) -> Result<Vec<Segment<'_>>, String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('《') {
        let close = rest[open..].find('》').map(|c| open + c).ok_or_else(|| format!("《 without 》 in “{text}”"))?;
        let before = &rest[..open];
        let reading = &rest[open + '《'.len_utf8()..close];
        if reading.is_empty() || reading.contains('《') {
            return Err(format!("empty or nested reading in “{text}”"));
        }
        // The base: after the last ｜, else the kanji run that ends right before 《.
        let start = match before.rfind('｜') {
            Some(bar) if !before[bar..].contains('》') => bar,
            _ => before.char_indices().rev().take_while(|(_, c)| is_kanji(*c)).last().map_or(open, |(i, _)| i),
        };
        let plain = &before[..start];
        let base = before[start..].trim_start_matches('｜');
        if base.is_empty() {
            return Err(format!("a reading 《{reading}》 must follow kanji (or a base marked with ｜) in “{text}”"));
        }
        if !plain.is_empty() {
            out.push(Segment::Plain(plain));
        }
        out.push(Segment::Ruby { base, reading });
        rest = &rest[close + '》'.len_utf8()..];
    }
    if rest.contains('》') || rest.contains('｜') {
        return Err(format!("》 or ｜ without a reading in “{text}”"));
    }
    if !rest.is_empty() {
        out.push(Segment::Plain(rest));
    }
    Ok(out)
}

/// The text without readings (for page titles, labels and search): `市役所に行きます`.
pub fn plain(text: &str) -> String {
    join(text, |base, _| base)
}

/// The text as it is read: each base replaced by its reading (`転入届《てんにゅうとどけ》を`
/// → `てんにゅうとどけを`), for searching by reading.
pub fn reading(text: &str) -> String {
    join(text, |_, reading| reading)
}

/// The segments joined again, each ruby as `pick(base, reading)`; a malformed text as written.
fn join<'a>(text: &'a str, pick: fn(&'a str, &'a str) -> &'a str) -> String {
    match parse(text) {
        Ok(segments) => segments
            .iter()
            .map(|s| match s {
                Segment::Plain(p) => p,
                Segment::Ruby { base, reading } => pick(base, reading),
            })
            .collect(),
        Err(_) => text.to_string(),
    }
}

/// Kanji that carry no reading, for the content check of やさしい日本語.
pub fn kanji_without_reading(text: &str) -> Option<String> {
    let segments = parse(text).ok()?;
    let bare: String = segments
        .iter()
        .filter_map(|s| match s {
            Segment::Plain(p) => Some(p.chars().filter(|c| is_kanji(*c)).collect::<String>()),
            Segment::Ruby { .. } => None,
        })
        .collect();
    (!bare.is_empty()).then_some(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kanji_runs_and_marked_bases() {
        assert_eq!(
            parse("転入届《てんにゅうとどけ》を出《だ》します").unwrap(),
            vec![
                Segment::Ruby { base: "転入届", reading: "てんにゅうとどけ" },
                Segment::Plain("を"),
                Segment::Ruby { base: "出", reading: "だ" },
                Segment::Plain("します"),
            ]
        );
        assert_eq!(
            parse("伊賀｜市役所《しやくしょ》へ").unwrap(),
            vec![Segment::Plain("伊賀"), Segment::Ruby { base: "市役所", reading: "しやくしょ" }, Segment::Plain("へ"),]
        );
        assert_eq!(parse("ひらがなだけ").unwrap(), vec![Segment::Plain("ひらがなだけ")]);
        assert_eq!(plain("市役所《しやくしょ》に行《い》きます"), "市役所に行きます");
        assert_eq!(reading("市役所《しやくしょ》に行《い》きます"), "しやくしょにいきます");
    }

    #[test]
    fn mistakes_are_reported() {
        assert!(parse("あ《あ》").is_err(), "a reading after kana needs ｜");
        assert!(parse("漢字《かんじ").is_err());
        assert!(parse("漢字》").is_err());
        assert_eq!(kanji_without_reading("市役所《しやくしょ》に行きます").as_deref(), Some("行"));
        assert_eq!(kanji_without_reading("市役所《しやくしょ》に行《い》きます"), None);
    }
}
