//! How a code is written: exactly as the API sends it, so not empty, without whitespace
//! or control characters, and one code whatever its letters' case.

/// Whether `text` can be a code.
pub fn is_code_text(text: &str) -> bool {
    !text.is_empty() && !text.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// The form two codes share when they are one code: ASCII letters folded to uppercase.
pub fn folded(text: &str) -> String {
    text.to_ascii_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_one_word_and_one_code_whatever_the_case() {
        assert!(is_code_text("AC-102"));
        assert!(is_code_text("https://x.io/probs#out-of-credit"));
        for bad in ["", "a b", "a\tb", "a\u{7}"] {
            assert!(!is_code_text(bad), "{bad:?}");
        }
        assert_eq!(folded("ac-1"), folded("AC-1"));
    }
}
