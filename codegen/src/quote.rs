//! Quoted strings for the text formats catalogs meet: a JSON string (example bodies) is
//! also a TOML basic string (`import`'s catalogs), since TOML takes JSON's escapes.

use std::fmt::Write as _;

/// `text` as a JSON string, which is also a TOML basic string: quotes, backslashes and
/// control characters escaped, everything else as is.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    write_quoted(text, &mut out);
    out
}

/// [`quoted`], appended to `out`.
pub fn write_quoted(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_backslashes_and_controls_are_escaped() {
        assert_eq!(
            super::quoted("say \"hi\" \\ now\n\u{7f}é"),
            r#""say \"hi\" \\ now\n\u007fé""#
        );
    }
}
