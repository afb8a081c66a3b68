//! What the page does not say outright, guessed from what it does: variant and endpoint
//! names, retry guidance, where error bodies keep the code (from a JSON example), and the
//! format of error strings the page shows. Every guess is marked `# review` in the catalog.

use super::page::Block;
use super::table::ErrorRow;
use error_catalog_core::{Retry, names};
use serde_json::Value;

/// Words a name does without.
const FILLER: &[&str] = &[
    "a", "an", "the", "is", "are", "was", "were", "be", "been", "has", "have", "had", "this",
    "that", "these", "those", "of", "to", "for", "in", "on", "at", "by", "with", "and", "or",
    "your", "our", "you", "we", "it", "its", "please", "sorry", "there", "which", "will", "can",
    "could", "should", "must", "may", "from", "as", "into", "than", "then", "also", "when",
];

/// A variant name from the code where the code is made of words (`card_declined` ->
/// `CardDeclined`, `BadRequestError` -> `BadRequest`), else from the first words of the
/// message or description. `None` if neither has a word.
pub fn variant_name(code: &str, message: &str, description: &str) -> Option<String> {
    from_code(code)
        .or_else(|| from_words(message, 4))
        .or_else(|| from_words(description, 4))
        .map(|name| steer_clear(&name))
}

/// A longer name from the wording, for when the short one is taken.
pub fn longer_name(message: &str, description: &str) -> Option<String> {
    from_words(message, 7)
        .or_else(|| from_words(description, 7))
        .map(|name| steer_clear(&name))
}

/// `Code`, a keyword or a generated item's name is no variant name.
fn steer_clear(name: &str) -> String {
    if name == "Code" || names::is_keyword(name) || names::RESERVED_VARIANTS.contains(&name) {
        format!("{name}Error")
    } else {
        name.to_owned()
    }
}

/// The code's words as `UpperCamelCase`, if it is made of words: segments split at `_`,
/// `-`, `.` and case changes, each starting with two letters, one of them three long.
/// A trailing `Error` goes where two words remain without it.
fn from_code(code: &str) -> Option<String> {
    let segments: Vec<&str> = code
        .split(['_', '-', '.', ':', '/'])
        .filter(|s| !s.is_empty())
        .collect();
    let wordy = |s: &&str| {
        let letters = s.chars().take_while(char::is_ascii_alphabetic).count();
        letters >= 2 && s[letters..].chars().all(|c| c.is_ascii_digit())
    };
    if segments.is_empty()
        || !segments.iter().all(wordy)
        || !segments
            .iter()
            .any(|s| s.chars().filter(char::is_ascii_alphabetic).count() >= 3)
    {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    for segment in segments {
        let segment = if segment.chars().all(|c| !c.is_ascii_lowercase()) {
            segment.to_ascii_lowercase()
        } else {
            segment.to_owned()
        };
        parts.extend(names::to_snake_case(&segment).split('_').map(str::to_owned));
    }
    // `BadRequestError` -> `BadRequest`; `extensionError` keeps its word for what it is.
    if parts.len() > 2
        && matches!(
            parts.last().map(String::as_str),
            Some("error" | "exception")
        )
    {
        parts.pop();
    }
    Some(names::to_upper_camel_case(&parts.join("_")))
}

/// The first `most` meaningful words of `text`'s first sentence: no placeholders, paths,
/// numbers or filler.
fn from_words(text: &str, most: usize) -> Option<String> {
    let paragraph = text.split("\n\n").next().unwrap_or("");
    let sentence = first_sentence(paragraph);
    let words: Vec<String> = sentence
        .split_whitespace()
        .filter(|chunk| !chunk.contains(['/', '{', '}', '<', '>', '@', '=', '$', '%']))
        .flat_map(|chunk| chunk.split(|c: char| !c.is_ascii_alphanumeric() && c != '_'))
        .flat_map(|w| w.split('_'))
        .filter(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
        .filter(|w| !FILLER.contains(&w.as_str()))
        .take(most)
        .collect();
    let name = names::to_upper_camel_case(&words.join("_"));
    names::is_upper_camel_case(&name).then_some(name)
}

/// Up to the first `.`, `!`, `?`, `;` or `:` that ends a sentence.
fn first_sentence(text: &str) -> &str {
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ends = matches!(b, b'.' | b'!' | b'?' | b';' | b':')
            && bytes.get(i + 1).is_none_or(u8::is_ascii_whitespace);
        if ends {
            return &text[..i];
        }
    }
    text
}

/// Words every error page's headings repeat, which name no endpoint.
const SAID: &[&str] = &[
    "error",
    "errors",
    "code",
    "codes",
    "api",
    "list",
    "reference",
    "table",
    "response",
    "responses",
];

/// An endpoint key from a heading, after its parent heading where several tables share
/// it: the words before a route, without paths or the words every error page repeats,
/// at most six, `snake_case`.
pub fn endpoint_key(heading: &str, parent: Option<&str>) -> Option<String> {
    let mut words: Vec<String> = parent.map(|p| telling_words(p, 2)).unwrap_or_default();
    words.extend(telling_words(heading, 4));
    let key = words.join("_");
    if key.is_empty() {
        None
    } else if names::is_snake_case(&key) {
        Some(key)
    } else {
        Some(format!("endpoint_{key}"))
    }
}

/// The first `most` words of a heading that say which endpoint; a heading with none
/// (`Error codes`) is its own name.
fn telling_words(heading: &str, most: usize) -> Vec<String> {
    // `Messages: POST /v1/messages`: the route after the colon is not the name.
    let head = match heading.split_once(':') {
        Some((name, route)) if route.contains('/') => name,
        _ => heading,
    };
    let head = head
        .split(['(', '[', '—', '–'])
        .next()
        .unwrap_or("")
        .split(" - ")
        .next()
        .unwrap_or("");
    let all: Vec<String> = head
        .split_whitespace()
        .filter(|chunk| !chunk.contains(['/', '{', '}', '.']))
        .flat_map(|chunk| chunk.split(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .filter(|w| !FILLER.contains(&w.as_str()))
        .collect();
    let telling: Vec<&String> = all.iter().filter(|w| !SAID.contains(&w.as_str())).collect();
    let words = if telling.is_empty() {
        all.iter().collect()
    } else {
        telling
    };
    words.into_iter().take(most).cloned().collect()
}

/// Retry guidance: what a retry column says, else the wording, else the status.
pub fn retry(
    status: Option<u16>,
    message: &str,
    description: &str,
    column: Option<Retry>,
) -> Retry {
    if let Some(retry) = column {
        return retry;
    }
    let text = format!("{message} {description}").to_lowercase();
    let says = |phrases: &[&str]| phrases.iter().any(|p| text.contains(p));
    if says(&[
        "do not retry",
        "don't retry",
        "not be retried",
        "cannot be retried",
        "not retryable",
        "no retry",
    ]) {
        Retry::Never
    } else if says(&[
        "later",
        "maintenance",
        "couple hours",
        "few minutes",
        "temporarily unavailable",
    ]) {
        Retry::Later
    } else if says(&[
        "retry",
        "try again",
        "backoff",
        "back off",
        "resubmit",
        "short wait",
        "may go through",
    ]) {
        Retry::Backoff
    } else {
        match status {
            Some(429 | 408 | 502 | 504) => Retry::Backoff,
            Some(503) => Retry::Later,
            _ => Retry::Never,
        }
    }
}

/// Where a JSON example of the page keeps the code and message.
pub struct WireGuess {
    pub code: String,
    pub message: Option<String>,
    /// Whether the example has the code as a JSON string.
    pub code_is_string: bool,
}

/// Keys that hold an error's message beside its code.
const MESSAGE_KEYS: &[&str] = &[
    "message",
    "error_message",
    "errorMessage",
    "msg",
    "title",
    "detail",
    "description",
    "error_description",
    "text",
];

/// Keys that hold a code, for an example whose code is none of the page's.
const CODE_KEYS: &[&str] = &["code", "error_code", "errorCode", "error"];

/// The wire of the first JSON example in the page's code blocks that holds one of
/// `codes`, else of the first with a code-like key.
pub fn wire(blocks: &[Block], codes: &[&str]) -> Option<WireGuess> {
    let examples: Vec<Value> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Code(text) => Some(text),
            _ => None,
        })
        .flat_map(|text| json_objects(text))
        .collect();
    let matches_code = |value: &Value| match value {
        Value::String(s) => codes.contains(&s.as_str()),
        Value::Number(n) => n
            .as_u64()
            .is_some_and(|n| codes.contains(&n.to_string().as_str())),
        _ => false,
    };
    let by_value = examples
        .iter()
        .find_map(|e| find_code(e, "", &|_, v| matches_code(v)));
    by_value.or_else(|| {
        examples.iter().find_map(|e| {
            find_code(e, "", &|key, v| {
                CODE_KEYS.contains(&key) && (v.is_string() || v.as_u64().is_some())
            })
        })
    })
}

/// The first code leaf `is_code` accepts, depth first, with its sibling message.
fn find_code(value: &Value, at: &str, is_code: &dyn Fn(&str, &Value) -> bool) -> Option<WireGuess> {
    let Value::Object(object) = value else {
        return None;
    };
    for (key, child) in object {
        let pointer = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
        if is_code(key, child) {
            let message = MESSAGE_KEYS.iter().find_map(|m| {
                object
                    .get(*m)
                    .filter(|v| v.is_string() && *m != key)
                    .map(|_| format!("{at}/{m}"))
            });
            return Some(WireGuess {
                code: pointer,
                message,
                code_is_string: child.is_string(),
            });
        }
        if let Some(found) = find_code(child, &pointer, is_code) {
            return Some(found);
        }
    }
    None
}

/// The JSON objects in a code block: all of it, or each object starting a line (after an
/// HTTP status line, say).
fn json_objects(text: &str) -> Vec<Value> {
    if let Ok(value @ Value::Object(_)) = serde_json::from_str::<Value>(text) {
        return vec![value];
    }
    let mut found = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('{') {
            let start = offset + (line.len() - line.trim_start().len());
            let mut stream =
                serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
            if let Some(Ok(value @ Value::Object(_))) = stream.next() {
                found.push(value);
            }
        }
        offset += line.len();
    }
    found
}

/// The format of error strings the page shows for the codes of `rows`: a line of its
/// text that has a row's code and message (and type, where it has one), with those
/// replaced by placeholders. `None` if the page shows none.
pub fn widget_format(blocks: &[Block], rows: &[ErrorRow]) -> Option<String> {
    let lines = blocks.iter().flat_map(|b| match b {
        Block::Text(text) | Block::Code(text) => text.lines().collect::<Vec<_>>(),
        _ => Vec::new(),
    });
    for line in lines {
        let line = line
            .trim()
            .trim_matches(|c| c == '"' || c == '\'' || c == '`');
        for row in rows.iter().filter(|r| !r.message.is_empty()) {
            let Some(at) = line.find(&row.message) else {
                continue;
            };
            let mut format = format!("{}\u{0}{}", &line[..at], &line[at + row.message.len()..]);
            if !row.error_type.is_empty() {
                format = format.replacen(&row.error_type, "\u{1}", 1);
            }
            if !format.contains(&row.code) {
                continue;
            }
            let format = format
                .replacen(&row.code, "<code>", 1)
                .replace('\u{0}', "<message>")
                .replace('\u{1}', "<type>");
            return Some(format);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_word_codes_else_from_the_wording() {
        let name = |code, message| variant_name(code, message, "").unwrap();
        assert_eq!(name("card_declined", ""), "CardDeclined");
        assert_eq!(name("BadRequestError", ""), "BadRequest");
        assert_eq!(name("INVALID_API_KEY", ""), "InvalidApiKey");
        assert_eq!(name("invalidQuery", ""), "InvalidQuery");
        assert_eq!(name("extensionError", ""), "ExtensionError");
        assert_eq!(
            name("AC-102", "User <connectionId> not found."),
            "UserNotFound"
        );
        assert_eq!(
            name(
                "20404",
                "The requested resource /2010-04-01/Accounts/AC1.json was not found"
            ),
            "RequestedResourceNotFound"
        );
        assert_eq!(
            name("21211", "To number is not a valid mobile number"),
            "NumberNotValidMobile"
        );
        assert_eq!(name("E1", "Self"), "SelfError");
        assert_eq!(variant_name("1", "", "500"), None);
    }

    #[test]
    fn endpoint_keys_are_short() {
        assert_eq!(
            endpoint_key(
                "Messages resource: POST /2010-04-01/Accounts/{AccountSid}/Messages.json",
                None
            )
            .as_deref(),
            Some("messages_resource")
        );
        assert_eq!(
            endpoint_key("Error codes", None).as_deref(),
            Some("error_codes")
        );
        assert_eq!(
            endpoint_key("Plaid Link + Stripe ACH Errors", None).as_deref(),
            Some("plaid_link_stripe_ach")
        );
        assert_eq!(endpoint_key("`{}`", None), None);
        assert_eq!(
            endpoint_key("On Failure: Too Many Requests", Some("GET Manifest")).as_deref(),
            Some("get_manifest_failure_too_many_requests")
        );
        assert_eq!(
            endpoint_key("Version 2 (deprecated)", None).as_deref(),
            Some("version_2")
        );
        assert_eq!(
            endpoint_key("2FA errors", None).as_deref(),
            Some("endpoint_2fa")
        );
    }

    #[test]
    fn retry_follows_the_column_then_the_wording_then_the_status() {
        assert_eq!(
            retry(Some(429), "Retry after a short wait", "", None),
            Retry::Backoff
        );
        assert_eq!(
            retry(Some(429), "Too many requests", "", None),
            Retry::Backoff
        );
        assert_eq!(retry(Some(503), "Unavailable", "", None), Retry::Later);
        assert_eq!(retry(Some(400), "Try again later.", "", None), Retry::Later);
        assert_eq!(
            retry(Some(500), "Do not retry this request.", "", None),
            Retry::Never
        );
        assert_eq!(
            retry(Some(400), "Bad", "", Some(Retry::Backoff)),
            Retry::Backoff
        );
    }

    #[test]
    fn the_wire_comes_from_a_json_example_with_a_code_of_the_page() {
        let blocks = vec![
            Block::Code("HTTP/1.1 404 Not Found\n{\n  \"code\": 20404,\n  \"message\": \"Not found\",\n  \"status\": 404\n}\n".into()),
        ];
        let guess = wire(&blocks, &["20404"]).unwrap();
        assert_eq!(
            (guess.code.as_str(), guess.message.as_deref()),
            ("/code", Some("/message"))
        );
        assert!(!guess.code_is_string);
        let nested = vec![Block::Code(
            r#"{"error": {"type": "x", "code": "card_declined", "message": "m"}}"#.into(),
        )];
        let guess = wire(&nested, &["card_declined"]).unwrap();
        assert_eq!(
            (guess.code.as_str(), guess.message.as_deref()),
            ("/error/code", Some("/error/message"))
        );
        assert!(wire(&[Block::Code("not json".into())], &["x"]).is_none());
    }
}
