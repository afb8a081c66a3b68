//! Message templates: `User <connectionId> not found.` is the literal `User `, the
//! placeholder `connectionId` (field `connection_id`), and the literal ` not found.`.
//!
//! `<<` is a literal `<`; any other `<` opens a placeholder closed by `>`. A placeholder
//! that repeats is one field; fields are numbered in order of first appearance. The macro
//! checks templates with [`pieces`]; the runtime renders and splits them with [`render`]
//! and [`split`], straight from the catalog's text.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;

/// A piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    /// Literal text as the template writes it: `<<` stands for `<` (see [`unescape`]), and
    /// a `<` that no `>` closes (a mistake the macro reports) is kept as is.
    Literal(&'t str),
    /// A placeholder: field `index`, written `<placeholder>` at `range` of the template.
    Field {
        /// The field's number, in order of first appearance.
        index: usize,
        /// The text between `<` and `>`.
        placeholder: &'t str,
        /// Where `<placeholder>` stands in the template.
        range: Range<usize>,
    },
}

/// The pieces of `template`, in order; literal runs are never empty.
pub fn pieces(template: &str) -> Pieces<'_> {
    Pieces {
        template,
        at: 0,
        seen: [""; 8],
        more: Vec::new(),
        distinct: 0,
    }
}

/// The iterator of [`pieces`]. It numbers fields as it goes, remembering the placeholders
/// it has met: the first eight without allocating (it runs each time a message is read or
/// shown), any more in a vector.
#[derive(Clone, Debug)]
pub struct Pieces<'t> {
    template: &'t str,
    at: usize,
    seen: [&'t str; 8],
    more: Vec<&'t str>,
    distinct: usize,
}

impl<'t> Iterator for Pieces<'t> {
    type Item = Piece<'t>;

    fn next(&mut self) -> Option<Piece<'t>> {
        let (raw, next) = raw_at(self.template, self.at)?;
        self.at = next;
        Some(match raw {
            Raw::Literal(text) => Piece::Literal(text),
            Raw::Field(placeholder, range) => Piece::Field {
                index: self.number(placeholder),
                placeholder,
                range,
            },
        })
    }
}

impl<'t> Pieces<'t> {
    /// The field number of `placeholder`, met now: its first appearance's.
    fn number(&mut self, placeholder: &'t str) -> usize {
        let first = self.distinct.min(self.seen.len());
        let known = self.seen[..first]
            .iter()
            .chain(&self.more)
            .position(|&p| p == placeholder);
        if let Some(index) = known {
            return index;
        }
        match self.seen.get_mut(self.distinct) {
            Some(slot) => *slot = placeholder,
            None => self.more.push(placeholder),
        }
        self.distinct += 1;
        self.distinct - 1
    }
}

/// A piece before fields are numbered.
enum Raw<'t> {
    Literal(&'t str),
    Field(&'t str, Range<usize>),
}

/// The piece that starts at byte `start` of `template`, and where the next one starts.
/// One pass over the bytes: this runs each time a message is read or shown, and templates
/// are short. (`<` and `>` are ASCII, so every index it slices at is a char boundary.)
fn raw_at(template: &str, start: usize) -> Option<(Raw<'_>, usize)> {
    let bytes = template.as_bytes();
    if start >= bytes.len() {
        return None;
    }
    let mut i = start;
    while let Some(&byte) = bytes.get(i) {
        if byte != b'<' {
            i += 1;
            continue;
        }
        if bytes.get(i + 1) == Some(&b'<') {
            i += 2;
            continue;
        }
        let Some(close) = placeholder_at(template, i) else {
            i += 1;
            continue;
        };
        if i > start {
            return Some((Raw::Literal(template.get(start..i)?), i));
        }
        let name = template.get(i + 1..close)?;
        return Some((Raw::Field(name, i..close + 1), close + 1));
    }
    Some((Raw::Literal(template.get(start..)?), bytes.len()))
}

/// Where the `>` is, if a placeholder opens at byte `i` of `text`: a `<` not doubled,
/// closed by a `>` before any other `<`.
fn placeholder_at(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(i) != Some(&b'<') || bytes.get(i + 1) == Some(&b'<') {
        return None;
    }
    let close = i
        + 1
        + bytes
            .get(i + 1..)?
            .iter()
            .position(|&b| b == b'>' || b == b'<')?;
    (bytes.get(close) == Some(&b'>')).then_some(close)
}

/// The text a literal run stands for: `<<` becomes `<`.
pub fn unescape(literal: &str) -> Cow<'_, str> {
    // A `<` in a literal run is an escape (or a mistake): most runs have none.
    if literal.contains('<') && literal.contains("<<") {
        Cow::Owned(literal.replace("<<", "<"))
    } else {
        Cow::Borrowed(literal)
    }
}

/// The byte offsets of every `<` in a literal run that opens nothing: unclosed placeholders.
pub fn unclosed(literal: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = literal.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let at = i;
            i += 1;
            if bytes[at] == b'<' {
                if bytes.get(at + 1) == Some(&b'<') {
                    i += 1;
                } else {
                    return Some(at);
                }
            }
        }
        None
    })
}

/// The number of distinct fields of `template`.
pub fn field_count(template: &str) -> usize {
    pieces(template)
        .filter_map(|piece| match piece {
            Piece::Field { index, .. } => Some(index + 1),
            Piece::Literal(_) => None,
        })
        .max()
        .unwrap_or(0)
}

/// Writes `template` with `values[n]` for field `n` (empty where `values` has none).
///
/// # Errors
///
/// Only what `out` returns.
pub fn render(template: &str, values: &[&str], out: &mut dyn fmt::Write) -> fmt::Result {
    for piece in pieces(template) {
        match piece {
            Piece::Literal(text) => out.write_str(&unescape(text))?,
            Piece::Field { index, .. } => {
                out.write_str(values.get(index).copied().unwrap_or(""))?;
            }
        }
    }
    Ok(())
}

/// Splits `text` along `template`, writing each field's text into `values[n]` (the first
/// occurrence, if a placeholder repeats). Returns whether `text` fits; if it does not,
/// every value is `None`. Literals are found leftmost, except a final literal, which must
/// end the text, so a value may contain the literal that follows it.
pub fn split<'t>(template: &str, text: &'t str, values: &mut [Option<&'t str>]) -> bool {
    values.fill(None);
    // Most templates have one placeholder: a prefix and a suffix to strip.
    if let Some((prefix, suffix)) = one_field(template) {
        let value = text
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix));
        if let (Some(value), Some(slot)) = (value, values.first_mut()) {
            *slot = Some(value);
        }
        return value.is_some();
    }
    let fits = split_inner(template, text, values);
    if !fits {
        values.fill(None);
    }
    fits
}

/// The literal text before and after the one placeholder of `template`, if it has exactly
/// one placeholder and no other `<`.
fn one_field(template: &str) -> Option<(&str, &str)> {
    let open = template.find('<')?;
    let close = placeholder_at(template, open)?;
    let suffix = template.get(close + 1..)?;
    if suffix.contains('<') {
        return None;
    }
    Some((template.get(..open)?, suffix))
}

fn split_inner<'t>(template: &str, text: &'t str, values: &mut [Option<&'t str>]) -> bool {
    let mut rest = text;
    let mut pending: Option<usize> = None;
    let mut pieces = pieces(template);
    while let Some(piece) = pieces.next() {
        match piece {
            Piece::Literal(literal) => {
                let literal = unescape(literal);
                let Some(field) = pending.take() else {
                    match rest.strip_prefix(&*literal) {
                        Some(after) => rest = after,
                        None => return false,
                    }
                    continue;
                };
                let found = if pieces.at >= template.len() {
                    rest.strip_suffix(&*literal).map(|value| (value, ""))
                } else {
                    rest.find(&*literal)
                        .map(|at| (&rest[..at], &rest[at + literal.len()..]))
                };
                let Some((value, after)) = found else {
                    return false;
                };
                set(values, field, value);
                rest = after;
            }
            Piece::Field { index, .. } => {
                // Two placeholders side by side cannot be told apart: the first is empty.
                if let Some(previous) = pending.replace(index) {
                    set(values, previous, "");
                }
            }
        }
    }
    match pending {
        Some(field) => {
            set(values, field, rest);
            true
        }
        None => rest.is_empty(),
    }
}

fn set<'t>(values: &mut [Option<&'t str>], field: usize, value: &'t str) {
    if let Some(slot @ None) = values.get_mut(field) {
        *slot = Some(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(template: &str, values: &[&str]) -> String {
        let mut out = String::new();
        render(template, values, &mut out).unwrap();
        out
    }

    #[test]
    fn pieces_are_literal_runs_and_numbered_fields() {
        let found: Vec<_> = pieces("<a> and <b>, <a> <<c>").collect();
        assert_eq!(
            found,
            [
                Piece::Field {
                    index: 0,
                    placeholder: "a",
                    range: 0..3
                },
                Piece::Literal(" and "),
                Piece::Field {
                    index: 1,
                    placeholder: "b",
                    range: 8..11
                },
                Piece::Literal(", "),
                Piece::Field {
                    index: 0,
                    placeholder: "a",
                    range: 13..16
                },
                Piece::Literal(" <<c>"),
            ]
        );
        assert_eq!(field_count("<a> and <b>, <a>"), 2);
        assert_eq!(field_count("none"), 0);
    }

    #[test]
    fn fields_past_the_eighth_are_numbered_by_first_appearance_too() {
        let names: Vec<String> = (0..400).map(|i| format!("<p{i}>")).collect();
        let template = format!("{} <p3> <p399>", names.join(" "));
        let indices: Vec<usize> = pieces(&template)
            .filter_map(|piece| match piece {
                Piece::Field { index, .. } => Some(index),
                Piece::Literal(_) => None,
            })
            .collect();
        let mut expected: Vec<usize> = (0..400).collect();
        expected.extend([3, 399]);
        assert_eq!(indices, expected);
        assert_eq!(field_count(&template), 400);
    }

    #[test]
    fn unclosed_angles_stay_in_the_literal_and_are_found() {
        let found: Vec<_> = pieces("a < b <c> d <").collect();
        assert_eq!(found[0], Piece::Literal("a < b "));
        assert_eq!(found[2], Piece::Literal(" d <"));
        assert_eq!(unclosed("a < b <<").collect::<Vec<_>>(), [2]);
        assert_eq!(unclosed(" d <").collect::<Vec<_>>(), [3]);
    }

    #[test]
    fn render_fills_fields_and_unescapes() {
        assert_eq!(
            rendered("User <connectionId> not found.", &["c-1"]),
            "User c-1 not found."
        );
        assert_eq!(rendered("<id> and <id> <<x>", &["7"]), "7 and 7 <x>");
        assert_eq!(rendered("a <b>", &[]), "a ");
    }

    const USER: &str = "User <connectionId> not found.";

    #[test]
    fn values_are_taken_from_a_message_that_fits() {
        let mut values = [None];
        assert!(split(USER, "User abc not found.", &mut values));
        assert_eq!(values, [Some("abc")]);
    }

    #[test]
    fn a_value_may_contain_the_literal_after_it_when_that_literal_ends_the_template() {
        let mut values = [None];
        assert!(split(USER, "User a not found. b not found.", &mut values));
        assert_eq!(values, [Some("a not found. b")]);
    }

    #[test]
    fn a_reworded_message_fits_nothing_and_leaves_no_partial_values() {
        let format = "<type> | Code: <code> | Message: <message>";
        let mut values = [None, None, None];
        assert!(!split(
            format,
            "TYPE | Code: AC-1 without message",
            &mut values
        ));
        assert_eq!(values, [None, None, None]);
        let mut values = [None];
        assert!(!split(USER, "No such user: abc", &mut values));
        assert_eq!(values, [None]);
    }

    #[test]
    fn templates_without_fields_fit_only_their_own_text() {
        let mut values: [Option<&str>; 0] = [];
        assert!(split("Invalid.", "Invalid.", &mut values));
        assert!(!split("Invalid.", "Invalid. ", &mut values));
        assert!(split("a <<b", "a <b", &mut values));
    }

    #[test]
    fn a_repeated_placeholder_keeps_its_first_value_and_escapes_match_unescaped() {
        let mut values = [None];
        assert!(split("<x> and <x>", "1 and 2", &mut values));
        assert_eq!(values, [Some("1")]);
        assert!(split("<<<x>>> <<", "<v>> <", &mut values));
        assert_eq!(values, [Some("v")]);
    }

    #[test]
    fn one_placeholder_is_split_as_the_general_splitter_splits_it() {
        let templates = [
            "User <id> not found.",
            "<id>",
            "No such <thing>",
            "<id> is gone",
            "a <<b <c>",
            "x <a> <a>",
            "User <id not closed",
        ];
        let texts = [
            "User u-1 not found.",
            "User  not found.",
            "User not found.",
            "u-1",
            "",
            "No such x",
            "No such ",
            "q is gone",
            "a <b c",
            "x 1 1",
            "User <id not closed",
        ];
        for template in templates {
            for text in texts {
                let mut fast = [None; 2];
                let mut general = [None; 2];
                let fits = split(template, text, &mut fast);
                let general_fits = split_inner(template, text, &mut general);
                if !general_fits {
                    general = [None; 2];
                }
                assert_eq!(
                    (fits, fast),
                    (general_fits, general),
                    "{template:?} {text:?}"
                );
            }
        }
    }
}
