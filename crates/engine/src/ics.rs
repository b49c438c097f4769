//! Deadlines as an iCalendar file (RFC 5545), so a citizen can put them in a phone's
//! calendar. Pure text: the app turns it into a download.

use crate::Date;

/// One deadline: an all-day event on its last day.
pub struct Deadline<'a> {
    /// Stable within the results (the procedure id), so re-importing updates, not duplicates.
    pub id: &'a str,
    pub title: &'a str,
    pub due: Date,
    pub description: &'a str,
}

/// An iCalendar file with one all-day event per deadline. `scope` makes the UIDs unique to
/// one set of results (the share link's hash, say).
pub fn calendar(name: &str, scope: &str, deadlines: &[Deadline]) -> String {
    let mut out = String::new();
    let mut line = |s: String| fold_line(&mut out, &s);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Iga City//kurashi-tetsuzuki-guide//JA".into());
    line("CALSCALE:GREGORIAN".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    for d in deadlines {
        let next = d.due.add_days(1);
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}-{:08x}@guide.city.iga.lg.jp", d.id, fnv(scope)));
        // DTSTAMP is required; a fixed stamp from the due date keeps the file deterministic.
        line(format!("DTSTAMP:{}T000000Z", compact(d.due)));
        line(format!("DTSTART;VALUE=DATE:{}", compact(d.due)));
        line(format!("DTEND;VALUE=DATE:{}", compact(next)));
        line(format!("SUMMARY:{}", escape(d.title)));
        line(format!("DESCRIPTION:{}", escape(d.description)));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// Text values escape `\`, `;`, `,` and newlines (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character.
fn fold_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A small stable hash (FNV-1a) for UIDs.
fn fnv(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_day_events_with_escaped_folded_text() {
        let due = Date::new(2026, 12, 31).unwrap();
        let long = "転入届の期限です。".repeat(10);
        let ics = calendar(
            "手続きの期限",
            "#/tennyu/results?a=b",
            &[Deadline { id: "tennyu-todoke", title: "転入届, 住民課; 本庁", due, description: &long }],
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        assert!(ics.contains("SUMMARY:転入届\\, 住民課\\; 本庁\r\n"));
        for l in ics.split("\r\n") {
            assert!(l.len() <= 75, "{l} is {} octets", l.len());
        }
        // Unfolding gives the description back whole.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("DESCRIPTION:{long}\r\n")));
        // The same results give the same file.
        assert_eq!(
            ics,
            calendar(
                "手続きの期限",
                "#/tennyu/results?a=b",
                &[Deadline { id: "tennyu-todoke", title: "転入届, 住民課; 本庁", due, description: &long }]
            )
        );
    }
}
