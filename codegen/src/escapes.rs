//! Where a byte of a TOML string's value is in the file. A mistake inside a message (an
//! unclosed `<`) is reported at its own line and column, also when the string spans lines
//! or has escapes before it: the file and the value differ there, so each offset is found
//! by reading the string's source the way TOML decodes it.

/// The file offset of byte `at` of the value of the string whose source is `raw` (quotes
/// included), relative to the start of `raw`; `None` if `raw` does not decode to `value`
/// (a key or a value written some other way), so the caller keeps the whole string's span.
pub fn file_offset(raw: &str, value: &str, at: usize) -> Option<usize> {
    let (delimiter, escapes) = if raw.starts_with("\"\"\"") {
        ("\"\"\"", true)
    } else if raw.starts_with("'''") {
        ("'''", false)
    } else if raw.starts_with('"') {
        ("\"", true)
    } else if raw.starts_with('\'') {
        ("'", false)
    } else {
        return None;
    };
    let mut i = delimiter.len();
    if delimiter.len() == 3 {
        // A newline right after the opening delimiter is not part of the value.
        if raw[i..].starts_with("\r\n") {
            i += 2;
        } else if raw[i..].starts_with('\n') {
            i += 1;
        }
    }
    let mut decoded = 0;
    // Each step reads one character or escape, and checks it against the value: past the
    // value's end (at the closing quote), nothing matches.
    loop {
        // A line-ending backslash decodes to nothing: the byte at `at` is after it.
        if escapes
            && raw[i..].starts_with('\\')
            && let Some((raw_len, 0)) = escape(&raw[i..], delimiter.len() == 3)
        {
            i += raw_len;
            continue;
        }
        if decoded >= at {
            return (decoded == at).then_some(i);
        }
        let c = raw[i..].chars().next()?;
        if !(escapes && c == '\\') {
            // The decoded value must have this very character here.
            if !value.get(decoded..)?.starts_with(c) {
                return None;
            }
            decoded += c.len_utf8();
            i += c.len_utf8();
            continue;
        }
        let (raw_len, value_len) = escape(&raw[i..], delimiter.len() == 3)?;
        if value_len > 0 && value.get(decoded..decoded + value_len).is_none() {
            return None;
        }
        i += raw_len;
        decoded += value_len;
    }
}

/// The escape at the start of `rest` (which starts with `\`): its length in the file and
/// the length of what it decodes to.
fn escape(rest: &str, multi_line: bool) -> Option<(usize, usize)> {
    let next = rest[1..].chars().next()?;
    let hex = |digits: usize| {
        let code = u32::from_str_radix(rest.get(2..2 + digits)?, 16).ok()?;
        Some((2 + digits, char::from_u32(code)?.len_utf8()))
    };
    match next {
        'b' | 't' | 'n' | 'f' | 'r' | 'e' | '"' | '\\' => Some((2, 1)),
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        // A line-ending backslash: it, and the whitespace and newlines after it, are
        // nothing in the value.
        ' ' | '\t' | '\r' | '\n' if multi_line => {
            let skipped = rest[1..]
                .find(|c: char| !matches!(c, ' ' | '\t' | '\r' | '\n'))
                .unwrap_or(rest.len() - 1);
            Some((1 + skipped, 0))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where `needle` of the decoded value is in `raw`, as the text found there.
    fn at<'r>(raw: &'r str, value: &str, needle: &str) -> Option<&'r str> {
        let offset = file_offset(raw, value, value.find(needle)?)?;
        raw.get(offset..offset + needle.len())
    }

    #[test]
    fn offsets_skip_escapes_and_follow_lines() {
        assert_eq!(at(r#""a <b""#, "a <b", "<"), Some("<"));
        assert_eq!(at(r#""a\t\"x\" <b""#, "a\t\"x\" <b", "<b"), Some("<b"));
        assert_eq!(at(r#""\u00e9 <b""#, "é <b", "<b"), Some("<b"));
        assert_eq!(at(r#""\U0001F600 <b""#, "😀 <b", "<b"), Some("<b"));
        assert_eq!(at("'C:\\x <b'", "C:\\x <b", "<b"), Some("<b"));
        assert_eq!(
            at("\"\"\"\nfirst\nsecond <b\"\"\"", "first\nsecond <b", "<b"),
            Some("<b")
        );
        assert_eq!(
            at("\"\"\"one \\\n    two <b\"\"\"", "one two <b", "<b"),
            Some("<b")
        );
        assert_eq!(at("'''\nx\n<b'''", "x\n<b", "<b"), Some("<b"));
    }

    #[test]
    fn what_does_not_decode_to_the_value_has_no_offset() {
        assert_eq!(file_offset("\"abc\"", "xyz", 1), None);
        assert_eq!(file_offset("abc", "abc", 1), None);
        assert_eq!(file_offset("\"a\\q\"", "a?", 2), None);
        assert_eq!(file_offset("\"ab\"", "ab", 5), None);
    }
}
