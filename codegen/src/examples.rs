//! Example errors, checked against the catalog at compile time: a body must be read into
//! its code through the catalog's `[wire]`, and its message must fit the template; a
//! widget string must fit the widget format the same way. What does not fit is a compile
//! error at the example, saying what; what fits is kept, as JSON text, for the docs.

use crate::ast::{Example, Json, Sp};
use crate::diagnostic::Diagnostic;
use crate::model::{Code, CodeType, FieldKind, FieldSource, Transport, Wire};
use crate::quote::write_quoted;
use crate::template::Template;
use error_catalog_core::{pointer, template};
use std::fmt::Write as _;

/// What an example is an example of: a code, as a code's defaults or an endpoint's
/// entry words it.
pub struct Subject<'a> {
    /// The code.
    pub code: &'a Code,
    /// The message template the example's message must fit.
    pub template: &'a Template,
    /// The status it is sent with, where it has one.
    pub status: Option<u16>,
    /// Where bodies keep their fields.
    pub wire: &'a Wire,
    /// How codes are written.
    pub code_type: CodeType,
    /// How the endpoint reports it, for an endpoint's example; `None` for a code's own.
    pub transport: Option<Transport>,
}

/// The example as the docs show it, or what does not fit.
pub fn check(example: &Sp<Example>, subject: &Subject<'_>) -> Result<String, Diagnostic> {
    // A code with no status is only ever a widget string; an endpoint says which it sends.
    let widget = match subject.transport {
        Some(transport) => transport == Transport::Widget,
        None => subject.code.status.is_none(),
    };
    let wrong = match (&example.value, widget) {
        (Example::Body(_), true) => {
            Some("is reported as a widget string, so its example is that string")
        }
        (Example::Widget(_), false) if subject.transport.is_some() => {
            Some("is sent as an HTTP response here, so its example is a body: write it as a table")
        }
        _ => None,
    };
    if let Some(why) = wrong {
        return Err(Diagnostic::new(
            example.span.clone(),
            format!("`{}` {why}", subject.code.code),
        )
        .help("give each example the form the error is sent in"));
    }
    match &example.value {
        Example::Body(body) => {
            body_fits(body, &example.span, subject)?;
            Ok(to_json(body))
        }
        Example::Widget(text) => {
            widget_fits(text, &example.span, subject)?;
            Ok(text.clone())
        }
    }
}

fn body_fits(
    body: &Json,
    span: &std::ops::Range<usize>,
    subject: &Subject<'_>,
) -> Result<(), Diagnostic> {
    let wire = subject.wire;
    let code = subject.code;
    let missing = |what: &str, at: &str| {
        Diagnostic::new(
            span.clone(),
            format!("the example of `{}` has no {what} at `{at}`", code.code),
        )
        .help(format!(
            "write the body as the API sends it, with its {what} at `{at}`"
        ))
    };
    if let Some(at) = &wire.code {
        let found = lookup(body, at).ok_or_else(|| missing("code", at))?;
        let expected = match (subject.code_type, code.number) {
            (CodeType::Integer, Some(number)) => Json::Integer(i64::from(number)),
            _ => Json::String(code.code.clone()),
        };
        if found.value != expected {
            return Err(Diagnostic::new(
                found.span.clone(),
                format!(
                    "the example's code is {}, but it is an example of `{}`",
                    to_json(&found.value),
                    code.code
                ),
            )
            .help(format!(
                "write `{}` at `{at}`, or move the example to its own code",
                to_json(&expected)
            )));
        }
    }
    let message = lookup(body, &wire.message).ok_or_else(|| missing("message", &wire.message))?;
    let Json::String(text) = &message.value else {
        return Err(Diagnostic::new(
            message.span.clone(),
            "the example's message is not a string",
        )
        .help("write the message as the API sends it"));
    };
    fits(text, &message.span, subject)?;
    if let (Some(at), Some(status)) = (&wire.status, subject.status)
        && let Some(found) = lookup(body, at)
        && found.value != Json::Integer(i64::from(status))
    {
        return Err(Diagnostic::new(
            found.span.clone(),
            format!(
                "the example's status is {}, but `{}` is sent with {status}",
                to_json(&found.value),
                code.code
            ),
        )
        .help(format!("write {status} at `{at}`")));
    }
    for field in &wire.fields {
        let FieldSource::Body(at) = &field.source else {
            continue;
        };
        match lookup(body, at) {
            Some(found) if !of_kind(&found.value, field.kind) => {
                return Err(Diagnostic::new(
                    found.span.clone(),
                    format!(
                        "the example's `{}` is {}, but the field is declared {}",
                        field.name,
                        to_json(&found.value),
                        kind_name(field.kind)
                    ),
                )
                .help("write a value of the declared type, or change `type` in `[wire.fields]`"));
            }
            None if field.required => return Err(missing(&format!("`{}`", field.name), at)),
            _ => {}
        }
    }
    Ok(())
}

fn widget_fits(
    text: &str,
    span: &std::ops::Range<usize>,
    subject: &Subject<'_>,
) -> Result<(), Diagnostic> {
    let code = subject.code;
    let Some(format) = &subject.wire.widget else {
        return Err(Diagnostic::new(
            span.clone(),
            "a string example is a widget error, but `[wire]` has no widget format",
        )
        .help("write a body as a table, or add `widget = \"…\"` to `[wire]`"));
    };
    let mut values = vec![None; format.fields.len()];
    if !template::split(&format.text, text, &mut values) {
        return Err(Diagnostic::new(
            span.clone(),
            format!(
                "the example does not fit the widget format `{}`",
                format.text
            ),
        )
        .help("write the string as the widget reports it"));
    }
    let value = |name: &str| {
        let index = format.fields.iter().position(|f| f.placeholder == name)?;
        values.get(index).copied().flatten()
    };
    if let Some(found) = value("code")
        && found != code.code
    {
        return Err(Diagnostic::new(
            span.clone(),
            format!(
                "the example's code is `{found}`, but it is an example of `{}`",
                code.code
            ),
        )
        .help("move the example to its own code"));
    }
    if let (Some(found), Some(expected)) = (value("type"), &code.error_type)
        && found != expected
    {
        return Err(Diagnostic::new(
            span.clone(),
            format!(
                "the example's type is `{found}`, but `{}` has `error_type = \"{expected}\"`",
                code.code
            ),
        )
        .help("write the type as the widget reports it"));
    }
    match value("message") {
        Some(message) => fits(message, span, subject),
        None => Ok(()),
    }
}

/// Whether `message` fits the subject's template.
fn fits(
    message: &str,
    span: &std::ops::Range<usize>,
    subject: &Subject<'_>,
) -> Result<(), Diagnostic> {
    let mut values = vec![None; subject.template.fields.len()];
    if template::split(&subject.template.text, message, &mut values) {
        return Ok(());
    }
    Err(Diagnostic::new(
        span.clone(),
        format!(
            "the example's message {message:?} does not fit `{}`",
            subject.template.text
        ),
    )
    .help("write the message as the template words it, each <placeholder> filled in"))
}

/// The value at `at` (a JSON pointer into objects).
fn lookup<'j>(body: &'j Json, at: &str) -> Option<&'j Sp<Json>> {
    let mut tokens = pointer::tokens(at);
    let first = tokens.next()?;
    let mut found = member(body, first)?;
    for token in tokens {
        found = member(&found.value, token)?;
    }
    Some(found)
}

fn member<'j>(value: &'j Json, token: &str) -> Option<&'j Sp<Json>> {
    let Json::Object(members) = value else {
        return None;
    };
    let key = pointer::unescape(token);
    members
        .iter()
        .rev()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

fn of_kind(value: &Json, kind: FieldKind) -> bool {
    matches!(
        (value, kind),
        (Json::String(_), FieldKind::String)
            | (Json::Integer(_), FieldKind::Integer)
            | (Json::Bool(_), FieldKind::Boolean)
    )
}

fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::String => "a string",
        FieldKind::Integer => "an integer",
        FieldKind::Boolean => "a boolean",
    }
}

/// The value as compact JSON text.
pub fn to_json(value: &Json) -> String {
    let mut out = String::new();
    write_json(value, &mut out);
    out
}

fn write_json(value: &Json, out: &mut String) {
    match value {
        Json::String(text) => write_quoted(text, out),
        Json::Integer(n) => {
            let _ = write!(out, "{n}");
        }
        Json::Float(text) => out.push_str(text),
        Json::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        Json::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(&item.value, out);
            }
            out.push(']');
        }
        Json::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_quoted(key, out);
                out.push(':');
                write_json(&item.value, out);
            }
            out.push('}');
        }
    }
}

#[cfg(test)]
mod tests {
    const HEAD: &str = "[catalog]\nname = \"t\"\ncode_type = \"string\"\n\
        [wire]\ncode = \"/error/code\"\nmessage = \"/error/message\"\nstatus = \"/error/status\"\n\
        widget = \"<type> | Code: <code> | Message: <message>\"\n\
        [wire.fields]\nparam = { pointer = \"/error/param\", required = true }\n";

    /// The catalog with `examples` on code E-1 (default wording `User <id> not found.`) and
    /// `entry` as endpoint `e`'s entry for it: the errors, or the docs' examples.
    fn load(examples: &str, entry: &str) -> Result<(Vec<String>, Vec<String>), Vec<String>> {
        let source = format!(
            "{HEAD}[codes.E-1]\nname = \"Gone\"\nstatus = 404\nmessage = \"User <id> not found.\"\n\
             retry = \"never\"\nerror_type = \"GONE\"\nexamples = {examples}\n\
             [endpoints.e]\ncodes = [{entry}]\n[endpoints.w]\ntransport = \"widget\"\ncodes = [\"E-1\"]\n"
        );
        match crate::load(source.as_bytes()) {
            Ok(catalog) => Ok((
                catalog.codes[0].examples.clone(),
                catalog.endpoints[0].entries[0].examples.clone(),
            )),
            Err(errors) => Err(errors.into_iter().map(|d| d.message).collect()),
        }
    }

    const BODY: &str = "{ error = { code = \"E-1\", message = \"User u-1 not found.\", status = 404, param = \"id\" } }";

    #[test]
    fn examples_that_fit_are_kept_as_the_docs_show_them() {
        let (code, entry) = load(
            &format!("[{BODY}, \"GONE | Code: E-1 | Message: User u-2 not found.\"]"),
            "{ code = \"E-1\", message = \"No user <id>.\", examples = [{ error = { code = \"E-1\", message = \"No user u-3.\", param = \"x\" } }] }",
        )
        .unwrap();
        assert_eq!(
            code,
            [
                r#"{"error":{"code":"E-1","message":"User u-1 not found.","status":404,"param":"id"}}"#,
                "GONE | Code: E-1 | Message: User u-2 not found.",
            ]
        );
        assert_eq!(
            entry,
            [r#"{"error":{"code":"E-1","message":"No user u-3.","param":"x"}}"#]
        );
    }

    #[test]
    fn each_way_an_example_does_not_fit_is_an_error_saying_what() {
        let cases = [
            (
                BODY.replace("\"E-1\"", "\"E-2\""),
                "the example's code is \"E-2\", but it is an example of `E-1`",
            ),
            (
                BODY.replace("User u-1 not found.", "No such user."),
                "the example's message \"No such user.\" does not fit `User <id> not found.`",
            ),
            (
                BODY.replace("status = 404", "status = 410"),
                "the example's status is 410, but `E-1` is sent with 404",
            ),
            (
                BODY.replace(", param = \"id\"", ""),
                "the example of `E-1` has no `param` at `/error/param`",
            ),
            (
                BODY.replace("param = \"id\"", "param = 7"),
                "the example's `param` is 7, but the field is declared a string",
            ),
            (
                "{ code = \"E-1\" }".to_owned(),
                "the example of `E-1` has no code at `/error/code`",
            ),
            (
                "\"GONE | Code: E-1\"".to_owned(),
                "the example does not fit the widget format `<type> | Code: <code> | Message: <message>`",
            ),
            (
                "\"LOST | Code: E-1 | Message: User u not found.\"".to_owned(),
                "the example's type is `LOST`, but `E-1` has `error_type = \"GONE\"`",
            ),
            (
                BODY.replace("status = 404", "status = 99999999999999999999"),
                "an example body has 99999999999999999999, beyond a 64-bit integer",
            ),
            (
                BODY.replace("status = 404", "status = nan"),
                "an example body has `nan`, which JSON has not",
            ),
            (
                "7".to_owned(),
                "an example in code `E-1` must be a table (a body) or a string (a widget error), found the integer 7",
            ),
        ];
        for (example, expected) in cases {
            assert_eq!(
                load(&format!("[{example}]"), "\"E-1\""),
                Err(vec![expected.to_owned()]),
                "{example}"
            );
        }
    }

    #[test]
    fn an_endpoint_s_example_has_the_form_the_endpoint_sends() {
        let widget_on_http =
            "{ code = \"E-1\", examples = [\"GONE | Code: E-1 | Message: User u not found.\"] }";
        assert_eq!(
            load("[]", widget_on_http),
            Err(vec![
                "`E-1` is sent as an HTTP response here, so its example is a body: write it as a table"
                    .to_owned()
            ])
        );
    }
}
