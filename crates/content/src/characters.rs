//! Characters a text must not hold: controls that change the order text is shown in
//! (right-to-left overrides and isolates) and other invisible control characters. The
//! guide's languages never need them; pasted from another document or planted on purpose,
//! they make a text read differently from what the editor reviewed (an address or a
//! deadline shown backwards), so the check refuses them where they are written.

/// The first invisible control character in `text`, described for the editor.
pub fn hidden_control(text: &str) -> Option<String> {
    text.chars().find_map(|c| {
        let name = match c {
            '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
            '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
            '\u{202C}' => "POP DIRECTIONAL FORMATTING",
            '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
            '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
            '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
            '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
            '\u{2068}' => "FIRST STRONG ISOLATE",
            '\u{2069}' => "POP DIRECTIONAL ISOLATE",
            '\u{200E}' => "LEFT-TO-RIGHT MARK",
            '\u{200F}' => "RIGHT-TO-LEFT MARK",
            '\u{061C}' => "ARABIC LETTER MARK",
            '\n' | '\t' | '\r' => return None,
            c if c.is_control() => "control character",
            _ => return None,
        };
        Some(format!(
            "this text holds an invisible character, U+{:04X} ({name}), which can make it show in another order than it reads here; delete it (it often comes in when text is pasted from another document)",
            c as u32
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::hidden_control;

    #[test]
    fn bidi_controls_are_named_and_line_breaks_pass() {
        let m = hidden_control("窓口\u{202E}課民住").unwrap();
        assert!(m.contains("U+202E (RIGHT-TO-LEFT OVERRIDE)"), "{m}");
        assert!(hidden_control("a\u{2066}b").unwrap().contains("U+2066"));
        assert!(hidden_control("bell\u{7}").unwrap().contains("U+0007 (control character)"));
        assert_eq!(hidden_control("一行目\n二行目\tタブ　全角スペース"), None);
        assert_eq!(hidden_control("Đăng ký cư trú – São Paulo"), None);
    }
}
