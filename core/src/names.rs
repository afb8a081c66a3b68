//! The naming rules of generated items: which catalog names are valid Rust identifiers,
//! and the case conversions from catalog names to Rust names.
//!
//! Names are ASCII, so every name that passes these checks is a valid Rust identifier by
//! construction, and case conversions are unambiguous.

/// Rust's strict and reserved keywords (2024 edition), which no generated name may be.
const KEYWORDS: &[&str] = &[
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Associated items the generated enums have, which a variant must not be named.
pub const RESERVED_VARIANTS: &[&str] = &["ALL", "CODES", "ENDPOINT", "WIRE"];

/// Keywords that cannot be written as raw identifiers either.
const NOT_RAW: &[&str] = &["Self", "self", "super", "crate", "_"];

/// Whether `name` is a Rust keyword.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Whether `name` is an ASCII identifier: a letter or `_`, then letters, digits or `_`.
pub fn is_ascii_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether `name` is `UpperCamelCase`: an uppercase ASCII letter, then ASCII letters and digits.
pub fn is_upper_camel_case(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

/// Whether `name` is `snake_case`: a lowercase ASCII letter, then lowercase letters, digits and
/// single underscores, not ending in one.
pub fn is_snake_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.contains("__")
        && !name.ends_with('_')
}

/// `connectionId` -> `connection_id`, `HTTPStatus` -> `http_status`, `job_id` -> `job_id`.
pub fn to_snake_case(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let previous = i.checked_sub(1).map(|p| chars[p]);
            let next = chars.get(i + 1);
            let starts_word = previous.is_some_and(|p| {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(char::is_ascii_lowercase))
            });
            if starts_word && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `balance_refresh` -> `BalanceRefresh`.
pub fn to_upper_camel_case(snake: &str) -> String {
    snake
        .split('_')
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// How a field name is written in Rust: as is, as a raw identifier if it is a keyword, or
/// not at all (`self`, `crate`, ...).
pub fn field_ident(field: &str) -> Option<String> {
    if NOT_RAW.contains(&field) {
        None
    } else if is_keyword(field) {
        Some(format!("r#{field}"))
    } else {
        Some(field.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_splits_camel_humps_and_acronyms() {
        assert_eq!(to_snake_case("connectionId"), "connection_id");
        assert_eq!(to_snake_case("job_id"), "job_id");
        assert_eq!(to_snake_case("HTTPStatus"), "http_status");
        assert_eq!(to_snake_case("accountID"), "account_id");
        assert_eq!(to_snake_case("item2Id"), "item2_id");
        assert_eq!(to_snake_case("Job_Id"), "job_id");
    }

    #[test]
    fn upper_camel_case_joins_snake_words() {
        assert_eq!(
            to_upper_camel_case("balance_refresh_job"),
            "BalanceRefreshJob"
        );
        assert_eq!(to_upper_camel_case("token"), "Token");
        assert_eq!(to_upper_camel_case("v2_accounts"), "V2Accounts");
    }

    #[test]
    fn case_predicates_reject_near_misses() {
        assert!(is_upper_camel_case("UserNotFound"));
        assert!(!is_upper_camel_case("userNotFound"));
        assert!(!is_upper_camel_case("User_NotFound"));
        assert!(!is_upper_camel_case("Usér"));
        assert!(is_snake_case("balance_refresh"));
        assert!(!is_snake_case("balance__refresh"));
        assert!(!is_snake_case("Balance"));
        assert!(!is_snake_case("refresh_"));
        assert!(is_ascii_identifier("_x1"));
        assert!(!is_ascii_identifier("1x"));
        assert!(!is_ascii_identifier("connection-id"));
    }

    #[test]
    fn keyword_fields_become_raw_identifiers_where_rust_allows() {
        assert_eq!(field_ident("job_id").as_deref(), Some("job_id"));
        assert_eq!(field_ident("type").as_deref(), Some("r#type"));
        assert_eq!(field_ident("self"), None);
    }
}
