//! Integer codes as APIs write them: decimal digits, no sign, no leading zero (a body's
//! `0012` would arrive as `12`), at most `u32::MAX`.

/// Why a text is not an integer code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntegerCodeError {
    /// Not made of decimal digits only (empty, a sign, a fraction, letters).
    NotDigits,
    /// Digits with a leading zero.
    LeadingZero,
    /// More than `u32::MAX`.
    TooLarge,
}

/// The code `text` writes, if it is one in canonical form.
///
/// # Errors
///
/// Why it is not.
pub const fn parse(text: &str) -> Result<u32, IntegerCodeError> {
    let bytes = text.as_bytes();
    if bytes.is_empty() {
        return Err(IntegerCodeError::NotDigits);
    }
    let mut value: u64 = 0;
    let mut i = 0;
    let mut too_large = false;
    while i < bytes.len() {
        let digit = bytes[i].wrapping_sub(b'0');
        if digit > 9 {
            return Err(IntegerCodeError::NotDigits);
        }
        value = value * 10 + digit as u64;
        if value > u32::MAX as u64 {
            too_large = true;
            value = 0;
        }
        i += 1;
    }
    if bytes.len() > 1 && bytes[0] == b'0' {
        Err(IntegerCodeError::LeadingZero)
    } else if too_large {
        Err(IntegerCodeError::TooLarge)
    } else {
        #[allow(
            clippy::cast_possible_truncation,
            reason = "checked against u32::MAX above"
        )]
        Ok(value as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_decimal_codes_parse() {
        assert_eq!(parse("1200"), Ok(1200));
        assert_eq!(parse("0"), Ok(0));
        assert_eq!(parse("4294967295"), Ok(u32::MAX));
    }

    #[test]
    fn other_spellings_say_why_they_are_not_codes() {
        assert_eq!(parse("0012"), Err(IntegerCodeError::LeadingZero));
        assert_eq!(parse("4294967296"), Err(IntegerCodeError::TooLarge));
        assert_eq!(
            parse("99999999999999999999999"),
            Err(IntegerCodeError::TooLarge)
        );
        for text in ["", "+5", "-1", "12.0", "1e3", "12a", " 12"] {
            assert_eq!(parse(text), Err(IntegerCodeError::NotDigits), "{text:?}");
        }
    }
}
