//! The catalog's TOML: a `[codes.*]` table per code, with the values most of the page's
//! tables give it, and an endpoint per error table with the entries where that table
//! says otherwise. Guesses carry a `# review` comment.

use super::guess::{self, WireGuess};
use super::table::{ErrorRow, ErrorTable};
use error_catalog_codegen::quote::quoted;
use error_catalog_codegen::template::Template;
use error_catalog_core::{Retry, integer, names};
use std::collections::HashMap;
use std::fmt::Write as _;

/// How an endpoint made from a table reports its errors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// HTTP, with the statuses the table gives.
    Http,
    /// HTTP, but the page does not give (all) the statuses.
    Unlisted,
    /// As strings in the format the page shows.
    Widget,
}

/// What the page says, read and guessed.
pub struct Page<'a> {
    pub name: &'a str,
    pub tables: Vec<(ErrorTable, Kind)>,
    pub wire: Option<WireGuess>,
    pub widget: Option<String>,
}

/// A code's values where an endpoint does not say otherwise.
struct Defaults {
    status: Option<u16>,
    message: String,
    description: String,
    error_type: String,
    retry: Retry,
}

/// The most common value, the first of those equally common.
fn most_common<T: PartialEq + Clone>(values: &[T]) -> Option<T> {
    let mut best: Option<(usize, &T)> = None;
    for value in values {
        let count = values.iter().filter(|v| *v == value).count();
        if best.is_none_or(|(most, _)| count > most) {
            best = Some((count, value));
        }
    }
    best.map(|(_, value)| value.clone())
}

pub fn catalog(page: &Page<'_>) -> String {
    // Codes in order of first appearance, with every row that gives them.
    let mut order: Vec<&str> = Vec::new();
    let mut rows: HashMap<&str, Vec<&ErrorRow>> = HashMap::new();
    for row in page.tables.iter().flat_map(|(t, _)| &t.rows) {
        if !rows.contains_key(row.code.as_str()) {
            order.push(&row.code);
        }
        rows.entry(&row.code).or_default().push(row);
    }
    let defaults: HashMap<&str, Defaults> = order
        .iter()
        .map(|code| (*code, defaults(&rows[code])))
        .collect();
    let integer = order.iter().all(|c| integer::parse(c).is_ok())
        && page.wire.as_ref().is_none_or(|w| !w.code_is_string);
    let mut out = header(page, integer);
    write_codes(&mut out, &order, &defaults);
    write_endpoints(&mut out, page, &defaults, integer);
    out
}

fn defaults(rows: &[&ErrorRow]) -> Defaults {
    let pick = |f: &dyn Fn(&ErrorRow) -> String| {
        let values: Vec<String> = rows.iter().map(|r| f(r)).collect();
        most_common(&values).unwrap_or_default()
    };
    let nonempty = |f: &dyn Fn(&ErrorRow) -> String| {
        let values: Vec<String> = rows
            .iter()
            .map(|r| f(r))
            .filter(|v| !v.is_empty())
            .collect();
        most_common(&values).unwrap_or_default()
    };
    let statuses: Vec<u16> = rows.iter().filter_map(|r| r.status).collect();
    let status = most_common(&statuses);
    let message = pick(&|r| r.message.clone());
    let description = pick(&|r| r.description.clone());
    let column = rows.iter().find_map(|r| r.retry);
    Defaults {
        retry: guess::retry(status, &message, &description, column),
        status,
        message,
        description,
        error_type: nonempty(&|r| r.error_type.clone()),
    }
}

/// The review notes, `[catalog]` and `[wire]`.
fn header(page: &Page<'_>, integer: bool) -> String {
    let mut out = String::from(
        "# Imported by `error-catalog import`. Review before committing:\n\
         # - each `name` (the variant) is derived from the code or the message: name it for what the error means;\n\
         # - each `retry` is guessed from the status and the wording;\n\
         # - [wire] says where error bodies keep code and message: check it against a real response;\n\
         # - endpoints are named after the heading above their table, or numbered where there is none.\n",
    );
    let _ = write!(
        out,
        "\n[catalog]\nname = {}\ncode_type = {}\n\n",
        quoted(page.name),
        quoted(if integer { "integer" } else { "string" })
    );
    match &page.wire {
        Some(wire) => {
            out.push_str("# review: taken from the page's JSON example\n[wire]\n");
            let _ = writeln!(out, "code = {}", quoted(&wire.code));
            match &wire.message {
                Some(message) => {
                    let _ = writeln!(out, "message = {}", quoted(message));
                }
                None => {
                    out.push_str("# review: the example has no message beside the code\nmessage = \"/message\"\n");
                }
            }
        }
        None => out.push_str(
            "# review: the page has no JSON example of an error body; these are a guess\n\
             [wire]\ncode = \"/error/code\"\nmessage = \"/error/message\"\n",
        ),
    }
    if let Some(format) = &page.widget {
        out.push_str("# The format of the error strings the page shows.\n");
        let _ = writeln!(out, "widget = {}", quoted(format));
    }
    out
}

/// `[codes.*]`, in order of first appearance.
fn write_codes(out: &mut String, order: &[&str], defaults: &HashMap<&str, Defaults>) {
    let names = variant_names(order, defaults);
    for (code, name) in order.iter().zip(&names) {
        let d = &defaults[code];
        let _ = write!(
            out,
            "\n[codes.{}]\nname = {}  # review: derived from the {}\n",
            key(code),
            quoted(name),
            if guess::variant_name(code, "", "").is_some() {
                "code"
            } else {
                "message"
            }
        );
        if let Some(status) = d.status {
            let _ = writeln!(out, "status = {status}");
        }
        let _ = writeln!(out, "message = {}", quoted(&template(&d.message)));
        if !d.description.is_empty() {
            let _ = writeln!(out, "description = {}", quoted(&d.description));
        }
        let _ = writeln!(
            out,
            "retry = {}  # review: guessed from the status and the wording",
            quoted(d.retry.as_str())
        );
        if !d.error_type.is_empty() {
            let _ = writeln!(out, "error_type = {}", quoted(&d.error_type));
        }
    }
}

/// `[endpoints.*]`: one per table, with each row's overrides of its code's defaults.
fn write_endpoints(
    out: &mut String,
    page: &Page<'_>,
    defaults: &HashMap<&str, Defaults>,
    integer: bool,
) {
    let mut keys: Vec<String> = Vec::new();
    for (index, (table, kind)) in page.tables.iter().enumerate() {
        if table.rows.is_empty() {
            continue;
        }
        let key = unique_key(
            &table
                .heading
                .as_deref()
                .and_then(|heading| guess::endpoint_key(heading, table.parent.as_deref()))
                .unwrap_or_else(|| format!("endpoint_{}", index + 1)),
            &mut keys,
        );
        let source = table.heading.as_ref().map_or_else(
            || format!("the table at line {} (no heading above it)", table.line),
            |h| format!("the table at line {} under {h:?}", table.line),
        );
        let _ = write!(out, "\n# From {source}.\n[endpoints.{key}]\n");
        match kind {
            Kind::Http => {}
            Kind::Unlisted => out.push_str(
                "# The page does not give these errors' HTTP statuses.\nstatuses = \"unlisted\"\n",
            ),
            Kind::Widget => out.push_str("transport = \"widget\"\n"),
        }
        out.push_str("codes = [\n");
        for row in &table.rows {
            let d = &defaults[row.code.as_str()];
            let code = if integer {
                row.code.clone()
            } else {
                quoted(&row.code)
            };
            let mut overrides = Vec::new();
            if let Some(status) = row
                .status
                .filter(|s| Some(*s) != d.status && *kind != Kind::Widget)
            {
                overrides.push(format!("status = {status}"));
            }
            if row.message != d.message {
                overrides.push(format!("message = {}", quoted(&template(&row.message))));
            }
            if row.description != d.description {
                overrides.push(format!("description = {}", quoted(&row.description)));
            }
            if overrides.is_empty() {
                let _ = writeln!(out, "    {code},");
            } else {
                let _ = writeln!(out, "    {{ code = {code}, {} }},", overrides.join(", "));
            }
        }
        out.push_str("]\n");
    }
}

/// `key`, or `key_2`, … where an endpoint's enum would have the name of an earlier one
/// (`version_2` and `version2` are both `Version2Error`; compared without case).
fn unique_key(key: &str, taken: &mut Vec<String>) -> String {
    let enum_name = |key: &str| names::to_upper_camel_case(key).to_ascii_lowercase();
    let mut candidate = key.to_owned();
    let mut n = 2;
    while taken.contains(&enum_name(&candidate)) {
        candidate = format!("{key}_{n}");
        n += 1;
    }
    taken.push(enum_name(&candidate));
    candidate
}

/// Unique variant names: the short guess, else a longer one from the wording, else the
/// short one with the code after it.
fn variant_names(order: &[&str], defaults: &HashMap<&str, Defaults>) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    for code in order {
        let d = &defaults[code];
        let suffix: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
        let short = guess::variant_name(code, &d.message, &d.description)
            .unwrap_or_else(|| format!("Code{suffix}"));
        let free = |name: &String| !taken.iter().any(|t| t.eq_ignore_ascii_case(name));
        let mut name = [
            Some(short.clone()),
            guess::longer_name(&d.message, &d.description),
        ]
        .into_iter()
        .flatten()
        .find(|n| free(n))
        .unwrap_or_else(|| format!("{short}{suffix}"));
        let base = name.clone();
        let mut n = 2;
        while !free(&name) {
            name = format!("{base}{n}");
            n += 1;
        }
        taken.push(name);
    }
    taken
}

/// A message as a catalog template: `<name>` stays a placeholder, any other `<` is doubled;
/// if the placeholders would not make valid fields, every `<` is text.
fn template(message: &str) -> String {
    let converted = placeholders(message);
    if Template::parse(&converted).is_ok() {
        converted
    } else {
        message.replace('<', "<<")
    }
}

/// `<name>` kept, any other `<` doubled.
fn placeholders(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let placeholder = after
            .find('>')
            .map(|end| &after[..end])
            .filter(|p| names::is_ascii_identifier(p));
        if let Some(p) = placeholder {
            let _ = write!(out, "<{p}>");
            rest = &after[p.len() + 1..];
        } else {
            out.push_str("<<");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// A TOML table key: bare if it can be.
fn key(code: &str) -> String {
    if code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        code.to_owned()
    } else {
        quoted(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_keep_placeholders_and_double_other_angles() {
        assert_eq!(
            template("User <connectionId> not found."),
            "User <connectionId> not found."
        );
        assert_eq!(
            template("a < b and <not a placeholder>"),
            "a << b and <<not a placeholder>"
        );
    }

    #[test]
    fn names_are_unique() {
        let defaults: HashMap<&str, Defaults> = [
            ("1104", "unauthorized product"),
            ("1109", "unauthorized product"),
            ("1", ""),
        ]
        .into_iter()
        .map(|(code, message)| {
            (
                code,
                Defaults {
                    status: None,
                    message: message.into(),
                    description: String::new(),
                    error_type: String::new(),
                    retry: Retry::Never,
                },
            )
        })
        .collect();
        assert_eq!(
            variant_names(&["1104", "1109", "1"], &defaults),
            ["UnauthorizedProduct", "UnauthorizedProduct1109", "Code1"]
        );
    }
}
