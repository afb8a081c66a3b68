//! The JSON pointers (RFC 6901) of `[wire]`: where an error body keeps its fields. They
//! lead through objects only; `~1` in a token is `/` and `~0` is `~`.

use std::borrow::Cow;

/// What is wrong with `pointer` as a `[wire]` pointer, if anything.
pub fn problem(pointer: &str) -> Option<&'static str> {
    let Some(tokens) = pointer.strip_prefix('/') else {
        return Some(if pointer.is_empty() {
            "is empty, not a JSON pointer"
        } else {
            "is not a JSON pointer: it must start with `/`"
        });
    };
    if tokens
        .split('/')
        .any(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
    {
        return Some("indexes into an array, which error bodies are not read from");
    }
    if tokens.split('/').any(str::is_empty) {
        return Some("has an empty segment (`//`, or a `/` at the end)");
    }
    let bytes = tokens.as_bytes();
    let bad_escape = bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'~' && !matches!(bytes.get(i + 1), Some(b'0' | b'1')));
    if bad_escape {
        return Some("has a `~` that is not `~0` (for `~`) or `~1` (for `/`)");
    }
    None
}

/// The reference tokens of a pointer, still escaped: `/error/code` -> `error`, `code`.
/// A text that does not start with `/` has none.
pub fn tokens(pointer: &str) -> impl Iterator<Item = &str> {
    pointer
        .strip_prefix('/')
        .into_iter()
        .flat_map(|rest| rest.split('/'))
}

/// A reference token as the object key it names.
pub fn unescape(token: &str) -> Cow<'_, str> {
    if token.contains('~') {
        Cow::Owned(token.replace("~1", "/").replace("~0", "~"))
    } else {
        Cow::Borrowed(token)
    }
}

/// Whether one pointer leads through (or to) the other: a body cannot hold both.
pub fn overlap(a: &str, b: &str) -> bool {
    let (mut a, mut b) = (tokens(a), tokens(b));
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => {}
            (Some(_), Some(_)) => return false,
            _ => return true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_must_start_with_a_slash_and_stay_in_objects() {
        assert_eq!(problem("/error/code"), None);
        assert_eq!(problem("/a~1b"), None);
        assert!(problem("").unwrap().contains("empty"));
        assert!(problem("error/code").unwrap().contains("start with"));
        assert!(problem("/errors/0/code").unwrap().contains("array"));
        assert_eq!(problem("/a~0~1"), None);
        assert!(problem("/error/code/").unwrap().contains("empty segment"));
        assert!(problem("/error//code").unwrap().contains("empty segment"));
        assert!(problem("/").unwrap().contains("empty segment"));
        assert!(problem("/a~2").unwrap().contains("`~0`"));
        assert!(problem("/a~").unwrap().contains("`~0`"));
    }

    #[test]
    fn tokens_unescape_to_keys() {
        let keys: Vec<_> = tokens("/a~1b/c~0d/e").map(unescape).collect();
        assert_eq!(keys, ["a/b", "c~d", "e"]);
        assert_eq!(tokens("code").count(), 0);
    }

    #[test]
    fn a_pointer_overlaps_its_parents_and_itself_only() {
        assert!(overlap("/error", "/error/message"));
        assert!(overlap("/error/message", "/error"));
        assert!(overlap("/code", "/code"));
        assert!(!overlap("/error/code", "/error/message"));
        assert!(!overlap("/code", "/codes"));
    }
}
