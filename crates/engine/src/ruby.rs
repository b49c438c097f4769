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

/// Kana, kanji and Japanese punctuation: the characters between which やさしい日本語 puts
/// no space.
fn is_japanese(c: char) -> bool {
    is_kanji(c) || matches!(c, '\u{3000}'..='\u{30ff}' | '\u{ff01}'..='\u{ff0f}' | '\u{ff1a}'..='\u{ff20}' | '｜')
}

/// The longest reading of one ruby: one that cannot wrap must fit a 320px screen (and reads
/// as one word): 出入国在留管理局《しゅつにゅうこくざいりゅうかんりきょく》 is 19.
pub const MAX_READING: usize = 20;

/// Where a やさしい日本語 text breaks the writing rule of content/README.md, for the content
/// check. A word is read whole: a run of kanji carries one reading (`転入《てんにゅう》`), not
/// one per kanji (`転《てん》入《にゅう》`), which ruby would draw apart as 「転 入」. And no
/// spaces between Japanese words (分かち書き): the readings already show where words are,
/// and 「、」 where phrases end; a space sits only beside Latin letters, digits or `{name}`.
pub fn spacing_problem(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, w) in chars.windows(2).enumerate() {
        if w[0] == '》' && is_kanji(w[1]) {
            let start = chars[..i].iter().rposition(|c| *c == '《').unwrap_or(0);
            let base_start = chars[..start].iter().rposition(|c| !is_kanji(*c)).map_or(0, |p| p + 1);
            let end = chars[i + 1..].iter().position(|c| *c == '》').map_or(chars.len(), |p| i + p + 2);
            let piece: String = chars[base_start..end].iter().collect();
            return Some(format!("one reading for the whole word, not one per kanji: 「{piece}」"));
        }
    }
    if let Ok(segments) = parse(text) {
        for s in segments {
            if let Segment::Ruby { base, reading } = s
                && reading.chars().count() > MAX_READING
            {
                return Some(format!(
                    "a reading longer than {MAX_READING} kana is wider than a small phone: split 「{base}」 into words with ｜"
                ));
            }
        }
    }
    for (i, w) in chars.windows(3).enumerate() {
        if matches!(w[1], ' ' | '\u{3000}') && is_japanese(w[0]) && is_japanese(w[2]) {
            let piece: String = chars[i.saturating_sub(4)..(i + 7).min(chars.len())].iter().collect();
            return Some(format!("no space between Japanese words (分かち書き): 「{piece}」"));
        }
    }
    None
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

    #[test]
    fn words_are_read_whole_and_not_spaced() {
        assert_eq!(spacing_problem("転入届《てんにゅうとどけ》を出《だ》します"), None);
        assert_eq!(spacing_problem("必要《ひつよう》な手続《てつづ》きは {needed} 件《けん》です"), None);
        assert_eq!(spacing_problem("伊賀市《いがし》のホームページ www.city.iga.lg.jp"), None);
        assert_eq!(
            spacing_problem("前《まえ》の市《し》区《く》町《ちょう》村《そん》で").as_deref(),
            Some("one reading for the whole word, not one per kanji: 「市《し》区《く》」")
        );
        assert!(spacing_problem("会社《かいしゃ》や 役所《やくしょ》の").unwrap().contains("分かち書き"));
        assert!(spacing_problem("選《えら》んだ　言葉《ことば》").is_some(), "a full-width space too");
        assert!(
            spacing_problem(
                "名古屋出入国在留管理局津出張所《なごやしゅつにゅうこくざいりゅうかんりきょくつしゅっちょうしょ》"
            )
            .is_some()
        );
        assert_eq!(
            spacing_problem(
                "名古屋《なごや》｜出入国在留管理局《しゅつにゅうこくざいりゅうかんりきょく》｜津出張所《つしゅっちょうしょ》"
            ),
            None
        );
    }
}
