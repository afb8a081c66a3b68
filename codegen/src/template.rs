//! Message templates: `User <connectionId> not found.` is the literal `User `, the
//! placeholder `connectionId` (field `connection_id`), and the literal ` not found.`.
//!
//! `<<` is a literal `<`; any other `<` opens a placeholder that must be an identifier
//! closed by `>`. Square brackets are plain text (`[connectionId]` is literal).

use crate::names;
use error_catalog_core::template::{self, Piece, pieces};
use std::ops::Range;

/// A checked message template: its text (which generated code and the runtime read with
/// `error_catalog_core::template`) and its fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The text as the catalog writes it.
    pub text: String,
    /// The distinct fields, in order of first appearance.
    pub fields: Vec<Field>,
}

/// A placeholder's field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// As written between `<` and `>`: `connectionId`.
    pub placeholder: String,
    /// The field's name: `connection_id`.
    pub name: String,
}

/// A problem in a template, at a byte range of the template text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TemplateError {
    /// Where in the template text.
    pub range: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl Template {
    /// Parses `text` (its pieces are the format's rule, in `error_catalog_core::template`).
    ///
    /// # Errors
    ///
    /// Every malformed placeholder, with its range in `text`.
    pub fn parse(text: &str) -> Result<Self, Vec<TemplateError>> {
        let mut fields: Vec<Field> = Vec::new();
        let mut errors = Vec::new();
        let mut at = 0;
        for piece in pieces(text) {
            match piece {
                Piece::Literal(literal) => {
                    for open in template::unclosed(literal) {
                        let start = at + open;
                        errors.push(TemplateError {
                            range: start..start + 1,
                            message: "unclosed `<` in message".to_owned(),
                            help: "close the placeholder with `>`, or write `<<` for a literal `<`"
                                .to_owned(),
                        });
                    }
                    at += literal.len();
                }
                Piece::Field {
                    placeholder, range, ..
                } => {
                    at = range.end;
                    if let Err(error) = field(placeholder, range, &mut fields) {
                        errors.push(error);
                    }
                }
            }
        }
        if errors.is_empty() {
            Ok(Self {
                text: text.to_owned(),
                fields,
            })
        } else {
            Err(errors)
        }
    }

    /// The message as the API words it, placeholders kept: `<<` is shown as `<`.
    pub fn shown(&self) -> String {
        pieces(&self.text)
            .map(|piece| match piece {
                Piece::Literal(text) => template::unescape(text).into_owned(),
                Piece::Field { placeholder, .. } => format!("<{placeholder}>"),
            })
            .collect()
    }

    /// The field names, in order.
    pub fn field_names(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| f.name.as_str())
    }
}

/// Checks a placeholder and adds its field, if it is the first of its name.
fn field(
    placeholder: &str,
    range: Range<usize>,
    fields: &mut Vec<Field>,
) -> Result<(), TemplateError> {
    if !names::is_ascii_identifier(placeholder) {
        return Err(TemplateError {
            range,
            message: format!("placeholder `<{placeholder}>` is not an identifier"),
            help: "name placeholders with ASCII letters, digits and `_`, like `<connectionId>`; write `<<` for a literal `<`".to_owned(),
        });
    }
    let name = names::to_snake_case(placeholder);
    if names::field_ident(&name).is_none() {
        return Err(TemplateError {
            range,
            message: format!(
                "placeholder `<{placeholder}>` would be a field named `{name}`, which Rust does not allow"
            ),
            help: "rename the placeholder".to_owned(),
        });
    }
    match fields.iter().find(|f| f.name == name) {
        Some(first) if first.placeholder != placeholder => Err(TemplateError {
            range,
            message: format!(
                "placeholders `<{}>` and `<{placeholder}>` both become the field `{name}`",
                first.placeholder
            ),
            help: format!(
                "write both as `<{}>`, or give them distinct names",
                first.placeholder
            ),
        }),
        Some(_) => Ok(()),
        None => {
            fields.push(Field {
                placeholder: placeholder.to_owned(),
                name,
            });
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Template {
        /// The text with every placeholder replaced by its value, as the runtime writes it.
        fn render(&self, values: &[&str]) -> String {
            let mut out = String::new();
            template::render(&self.text, values, &mut out).unwrap();
            out
        }
    }

    #[test]
    fn placeholders_become_snake_case_fields() {
        let template = Template::parse("User <connectionId> not found.").unwrap();
        assert_eq!(
            template.field_names().collect::<Vec<_>>(),
            ["connection_id"]
        );
        assert_eq!(template.render(&["abc"]), "User abc not found.");
    }

    #[test]
    fn square_brackets_and_doubled_angles_are_literal() {
        let template = Template::parse("Missing: [connectionId]. a <<b").unwrap();
        assert!(template.fields.is_empty());
        assert_eq!(template.render(&[]), "Missing: [connectionId]. a <b");
    }

    #[test]
    fn a_repeated_placeholder_is_one_field() {
        let template = Template::parse("<id> and <id>").unwrap();
        assert_eq!(template.fields.len(), 1);
        assert_eq!(template.render(&["7"]), "7 and 7");
    }

    #[test]
    fn malformed_placeholders_are_all_reported_with_their_ranges() {
        let errors = Template::parse("a <b c> d < e <jobId> <job_id> <self>").unwrap_err();
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.range.clone(), e.message.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (2..7, "placeholder `<b c>` is not an identifier"),
                (10..11, "unclosed `<` in message"),
                (
                    22..30,
                    "placeholders `<jobId>` and `<job_id>` both become the field `job_id`"
                ),
                (
                    31..37,
                    "placeholder `<self>` would be a field named `self`, which Rust does not allow"
                ),
            ]
        );
    }
}
