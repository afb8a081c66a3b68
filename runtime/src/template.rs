//! Message templates at run time: taking placeholder values out of a received message, and
//! filling a format (the widget's) with values.

/// A piece of a template, as generated code writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment {
    /// Text that must appear as is.
    Literal(&'static str),
    /// The value of field `n`.
    Field(usize),
}

/// Splits `text` along `template`, writing each field's text into `values[n]` (the first
/// occurrence, if a placeholder repeats). Returns whether `text` fits; if it does not, every
/// value is `None`. Literals are found leftmost, except a final literal, which must end the
/// text, so a value may contain the literal that follows it.
pub fn split<'t>(template: &[Segment], text: &'t str, values: &mut [Option<&'t str>]) -> bool {
    let fits = split_inner(template, text, values);
    if !fits {
        values.fill(None);
    }
    fits
}

fn split_inner<'t>(template: &[Segment], text: &'t str, values: &mut [Option<&'t str>]) -> bool {
    let mut rest = text;
    let mut pending: Option<usize> = None;
    for (i, segment) in template.iter().enumerate() {
        match *segment {
            Segment::Literal(literal) => {
                let Some(field) = pending.take() else {
                    match rest.strip_prefix(literal) {
                        Some(after) => rest = after,
                        None => return false,
                    }
                    continue;
                };
                let is_last = i + 1 == template.len();
                let found = if is_last {
                    rest.strip_suffix(literal).map(|value| (value, ""))
                } else {
                    rest.find(literal)
                        .map(|at| (&rest[..at], &rest[at + literal.len()..]))
                };
                let Some((value, after)) = found else {
                    return false;
                };
                set(values, field, value);
                rest = after;
            }
            Segment::Field(field) => {
                // Two placeholders side by side cannot be told apart: the first is empty.
                if let Some(previous) = pending.replace(field) {
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

/// Writes `template` with `values[n]` for field `n`.
pub fn render(template: &[Segment], values: &[&str]) -> String {
    let mut out = String::new();
    for segment in template {
        match *segment {
            Segment::Literal(text) => out.push_str(text),
            Segment::Field(field) => out.push_str(values.get(field).copied().unwrap_or("")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Segment::{Field, Literal};
    use super::*;

    const USER: &[Segment] = &[Literal("User "), Field(0), Literal(" not found.")];

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
        let format = &[
            Field(0),
            Literal(" | Code: "),
            Field(1),
            Literal(" | Message: "),
            Field(2),
        ];
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
        assert!(split(&[Literal("Invalid.")], "Invalid.", &mut values));
        assert!(!split(&[Literal("Invalid.")], "Invalid. ", &mut values));
    }

    #[test]
    fn a_repeated_placeholder_keeps_its_first_value() {
        let template = &[Field(0), Literal(" and "), Field(0)];
        let mut values = [None];
        assert!(split(template, "x and y", &mut values));
        assert_eq!(values, [Some("x")]);
    }

    #[test]
    fn render_fills_fields_in_order() {
        assert_eq!(render(USER, &["c-1"]), "User c-1 not found.");
    }
}
