//! Errors a widget reports as one string in the catalog's format, like Aerosync's
//! `<type> | Code: <code> | Message: <message>`.

use crate::facts::CodeFacts;
use crate::received::ResponseError;
use error_catalog_core::template::{self, Piece};

/// The field of `format` that holds `placeholder`.
fn field(format: &str, placeholder: &str) -> Option<usize> {
    template::pieces(format).find_map(|piece| match piece {
        Piece::Field {
            index,
            placeholder: p,
            ..
        } if p == placeholder => Some(index),
        _ => None,
    })
}

/// Reads a widget string (plain, or JSON-quoted) and lets `decide` turn its code and
/// message into the endpoint's variant.
pub(crate) fn read<T>(
    text: &str,
    format: &'static str,
    decide: impl FnOnce(&str, Option<&str>) -> Result<T, ResponseError>,
) -> Result<T, ResponseError> {
    // Only a JSON-quoted string is unquoted (and may be padded); a plain one is split as
    // received, so a message that is empty or ends in a space still fits.
    let trimmed = text.trim();
    if trimmed.starts_with('"') {
        let unquoted: String =
            serde_json::from_str(trimmed).map_err(|_| ResponseError::MalformedWidget { format })?;
        return read_unquoted(&unquoted, format, decide);
    }
    read_unquoted(text, format, decide)
}

fn read_unquoted<T>(
    text: &str,
    format: &'static str,
    decide: impl FnOnce(&str, Option<&str>) -> Result<T, ResponseError>,
) -> Result<T, ResponseError> {
    // The format's placeholders are `type`, `code` and `message`: three at most.
    let mut values = [None; 3];
    let code = template::split(format, text, &mut values)
        .then(|| values.get(field(format, "code")?).copied().flatten())
        .flatten()
        .ok_or(ResponseError::MalformedWidget { format })?;
    let message = field(format, "message").and_then(|m| values.get(m).copied().flatten());
    decide(code, message)
}

/// The widget string for a code with `message`.
pub(crate) fn render<C>(format: &str, facts: &CodeFacts<C>, message: &str) -> String {
    let mut values = [""; 3];
    for (placeholder, value) in [
        ("type", facts.error_type.unwrap_or_default()),
        ("code", facts.text),
        ("message", message),
    ] {
        if let Some(slot) = field(format, placeholder).and_then(|i| values.get_mut(i)) {
            *slot = value;
        }
    }
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = template::render(format, &values, &mut out);
    out
}
