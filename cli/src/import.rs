//! `error-catalog import`: an error page's Markdown tables -> a catalog to review.
//!
//! A table is an error table if its header has a `Code` column; `HTTP`/`HTTP Status`/
//! `Status`, `Message`, `Description`/`Resolve` and `Type` columns are read where present.
//! Each table becomes an endpoint, keyed by the nearest heading above it. A code that
//! several tables give differently gets the most common value as its default and the
//! others as overrides. What the page cannot say is guessed and marked `# review`.

use error_catalog_codegen::template::Template;
use error_catalog_core::{Retry, integer, names, status::ERROR_STATUSES};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The catalog, and a warning for every line that could not be read.
#[derive(Debug)]
pub struct Imported {
    /// The catalog's TOML.
    pub toml: String,
    /// `line N: …` for each row or table left out, and why.
    pub warnings: Vec<String>,
}

/// What a column holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Status,
    Code,
    Message,
    Description,
    Type,
    Other,
}

/// One table of the page.
struct Table {
    line: usize,
    heading: Option<String>,
    has_status: bool,
    rows: Vec<Row>,
}

/// One row, cleaned.
struct Row {
    status: Option<u16>,
    code: String,
    message: String,
    description: String,
    error_type: String,
}

/// Reads `page` (Markdown) into a catalog named `name`.
///
/// # Errors
///
/// A page with no error table.
pub fn import(page: &str, name: &str) -> Result<Imported, String> {
    let mut warnings = Vec::new();
    let tables = tables(page, &mut warnings);
    if tables.iter().all(|t| t.rows.is_empty()) {
        return Err(if tables.is_empty() {
            "no error table found: expected a Markdown pipe table whose header has a `Code` column"
                .to_owned()
        } else {
            "the page's error tables have no row that could be read".to_owned()
        });
    }
    Ok(Imported {
        toml: catalog(name, &tables),
        warnings,
    })
}

// --- reading the page ----------------------------------------------------------------------

fn tables(page: &str, warnings: &mut Vec<String>) -> Vec<Table> {
    let lines: Vec<&str> = page.lines().collect();
    let mut tables = Vec::new();
    let mut heading: Option<String> = None;
    let mut seen_codes: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        if let Some(text) = line.strip_prefix('#') {
            heading =
                Some(text.trim_start_matches('#').trim().to_owned()).filter(|h| !h.is_empty());
            i += 1;
            continue;
        }
        let is_header =
            line.contains('|') && lines.get(i + 1).is_some_and(|next| is_separator(next));
        if !is_header {
            i += 1;
            continue;
        }
        let columns: Vec<Column> = cells(line).iter().map(|cell| column(cell)).collect();
        let start = i + 1;
        i += 2;
        if !columns.contains(&Column::Code) {
            warnings.push(format!(
                "line {start}: a table without a `Code` column: left out"
            ));
            continue;
        }
        let mut table = Table {
            line: start,
            heading: heading.take(),
            has_status: columns.contains(&Column::Status),
            rows: Vec::new(),
        };
        // Rows run to a line without a pipe, or to the header of a table right after.
        while i < lines.len()
            && lines[i].contains('|')
            && !is_separator(lines[i])
            && !lines.get(i + 1).is_some_and(|next| is_separator(next))
        {
            let number = i + 1;
            let cells = cells(lines[i]);
            i += 1;
            match row(&cells, &columns, &table.rows, &mut seen_codes) {
                Ok(row) => table.rows.push(row),
                Err(why) => warnings.push(format!("line {number}: {why}: row left out")),
            }
        }
        tables.push(table);
    }
    tables
}

/// One row of a table with `columns`, or why it cannot be read. `earlier` are the table's
/// rows so far; `seen` every code of the page so far, as written.
fn row(
    cells: &[String],
    columns: &[Column],
    earlier: &[Row],
    seen: &mut Vec<String>,
) -> Result<Row, String> {
    if cells.len() < columns.len() {
        return Err(format!(
            "{} cells where the table has {} columns",
            cells.len(),
            columns.len()
        ));
    }
    let at = |wanted: Column| columns.iter().position(|c| *c == wanted);
    let cell = |column: Option<usize>| {
        column
            .and_then(|c| cells.get(c))
            .map_or(String::new(), |c| clean(c))
    };
    let code = unlink(&cell(at(Column::Code)));
    if code.is_empty() || code.contains(|c: char| c.is_whitespace() || c.is_control()) {
        return Err(format!("code {code:?} is empty or has spaces"));
    }
    // Codes are matched exactly: the same code twice in a table, or in two cases, is a
    // mistake on the page, not a second code.
    if earlier.iter().any(|r| r.code == code) {
        return Err(format!("code {code:?} is already in this table"));
    }
    if let Some(other) = seen
        .iter()
        .find(|c| c.eq_ignore_ascii_case(&code) && **c != code)
    {
        return Err(format!("code {code:?} differs from {other:?} only in case"));
    }
    let status = match at(Column::Status) {
        None => None,
        Some(column) => {
            let text = cell(Some(column));
            Some(
                status(&text)
                    .ok_or_else(|| format!("status {text:?} is not an HTTP error status"))?,
            )
        }
    };
    if !seen.contains(&code) {
        seen.push(code.clone());
    }
    Ok(Row {
        status,
        code,
        message: cell(at(Column::Message)),
        description: cell(at(Column::Description)),
        error_type: cell(at(Column::Type)),
    })
}

/// `|---|`, `---- | ----`, `| :-- | --: |`.
fn is_separator(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '-' | ':' | '|' | ' ' | '\t'))
}

/// The cells of a row, with or without leading and trailing pipes; `\|` is a pipe in a cell.
fn cells(line: &str) -> Vec<String> {
    let line = line.trim();
    let line = line.strip_prefix('|').unwrap_or(line);
    let line = if line.ends_with('|') && !line.ends_with("\\|") {
        &line[..line.len() - 1]
    } else {
        line
    };
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            _ => cell.push(c),
        }
    }
    cells.push(cell);
    cells
        .into_iter()
        .map(|cell| cell.trim().to_owned())
        .collect()
}

fn column(header: &str) -> Column {
    match clean(header).to_ascii_lowercase().as_str() {
        "http" | "http status" | "status" | "http code" | "status code" => Column::Status,
        "code" | "error code" => Column::Code,
        "message" | "error message" => Column::Message,
        "description" | "resolve" | "resolution" | "details" => Column::Description,
        "type" | "error type" => Column::Type,
        _ => Column::Other,
    }
}

/// A cell's text without the page's decoration: `` `400` ``, `*message*`, `**x**`, `_x_`.
fn clean(cell: &str) -> String {
    let mut text = cell.trim();
    for wrap in ["**", "`", "*", "_"] {
        if text.len() >= 2 * wrap.len() && text.starts_with(wrap) && text.ends_with(wrap) {
            text = text[wrap.len()..text.len() - wrap.len()].trim();
        }
    }
    text.to_owned()
}

/// `[AC-102](#ac-102)` -> `AC-102`: a code the page links to its section.
fn unlink(cell: &str) -> String {
    cell.strip_prefix('[')
        .and_then(|rest| rest.split_once("]("))
        .filter(|(_, target)| target.ends_with(')'))
        .map_or_else(|| cell.to_owned(), |(text, _)| clean(text))
}

/// `400`, `400 Bad Request`, `` `400` ``: the first number, if it is an error status.
fn status(text: &str) -> Option<u16> {
    let digits: String = text
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok().filter(|s| ERROR_STATUSES.contains(s))
}

// --- writing the catalog --------------------------------------------------------------------

/// The most common value, the first of those equally common.
fn most_common<T: PartialEq + Clone>(values: &[T]) -> T {
    let mut best = (0, &values[0]);
    for value in values {
        let count = values.iter().filter(|v| *v == value).count();
        if count > best.0 {
            best = (count, value);
        }
    }
    best.1.clone()
}

struct Defaults {
    status: Option<u16>,
    message: String,
    description: String,
    error_type: String,
}

fn catalog(name: &str, tables: &[Table]) -> String {
    // Codes in order of first appearance, with every row that gives them.
    let mut order: Vec<&str> = Vec::new();
    let mut rows: HashMap<&str, Vec<&Row>> = HashMap::new();
    for row in tables.iter().flat_map(|t| &t.rows) {
        if !rows.contains_key(row.code.as_str()) {
            order.push(&row.code);
        }
        rows.entry(&row.code).or_default().push(row);
    }
    let defaults: HashMap<&str, Defaults> = order
        .iter()
        .map(|code| {
            let all = &rows[code];
            let pick = |f: &dyn Fn(&Row) -> String| {
                most_common(&all.iter().map(|r| f(r)).collect::<Vec<_>>())
            };
            let statuses: Vec<Option<u16>> = all
                .iter()
                .filter(|r| r.status.is_some())
                .map(|r| r.status)
                .collect();
            let defaults = Defaults {
                status: if statuses.is_empty() {
                    None
                } else {
                    most_common(&statuses)
                },
                message: pick(&|r| r.message.clone()),
                description: pick(&|r| r.description.clone()),
                // A type where the page gives one.
                error_type: {
                    let types: Vec<String> = all
                        .iter()
                        .map(|r| r.error_type.clone())
                        .filter(|t| !t.is_empty())
                        .collect();
                    if types.is_empty() {
                        String::new()
                    } else {
                        most_common(&types)
                    }
                },
            };
            (*code, defaults)
        })
        .collect();
    // Integer codes only if every code is one as the catalog takes it.
    let integer = order.iter().all(|c| integer::parse(c).is_ok());
    let widget_rows: Vec<&Row> = tables
        .iter()
        .filter(|t| !t.has_status)
        .flat_map(|t| &t.rows)
        .collect();
    let widget = match widget_rows.as_slice() {
        [] => None,
        rows if rows
            .iter()
            .all(|r| !defaults[r.code.as_str()].error_type.is_empty()) =>
        {
            Some("<type> | Code: <code> | Message: <message>")
        }
        _ => Some("Code: <code> | Message: <message>"),
    };

    let mut out = header(name, integer, widget);
    write_codes(&mut out, &order, &defaults);
    write_endpoints(&mut out, tables, &defaults, integer);
    out
}

/// The review notes, `[catalog]` and `[wire]`.
fn header(name: &str, integer: bool, widget: Option<&str>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Imported by `error-catalog import`. Review before committing:"
    );
    let _ = writeln!(
        out,
        "# - each `name` (the variant) is derived from the message: name it for what the error means;"
    );
    let _ = writeln!(out, "# - each `retry` is guessed from the wording;");
    let _ = writeln!(
        out,
        "# - [wire] is a guess: the page does not say where error bodies keep code and message;"
    );
    let _ = writeln!(
        out,
        "# - endpoints are named after the heading above their table, or numbered where there is none."
    );
    let _ = write!(
        out,
        "\n[catalog]\nname = {}\ncode_type = {}\n",
        quoted(name),
        quoted(if integer { "integer" } else { "string" })
    );
    out.push_str("\n# review: where your API's error bodies keep code and message (JSON pointers)\n[wire]\ncode = \"/error/code\"\nmessage = \"/error/message\"\n");
    if let Some(format) = widget {
        out.push_str(
            "# review: the format of errors reported as strings (tables without a status)\n",
        );
        let _ = writeln!(out, "widget = {}", quoted(format));
    }

    out
}

/// `[codes.*]`, in order of first appearance.
fn write_codes(out: &mut String, order: &[&str], defaults: &HashMap<&str, Defaults>) {
    let variants = variant_names(order, defaults);
    for (code, name) in order.iter().zip(&variants) {
        let d = &defaults[code];
        let _ = write!(
            out,
            "\n[codes.{}]\nname = {}  # review: derived from the message\n",
            key(code),
            quoted(name)
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
            "retry = {}  # review: guessed from the wording",
            quoted(retry(&d.message, &d.description).as_str())
        );
        if !d.error_type.is_empty() {
            let _ = writeln!(out, "error_type = {}", quoted(&d.error_type));
        }
    }
}

/// `[endpoints.*]`: one per table, with each row's overrides of its code's defaults.
fn write_endpoints(
    out: &mut String,
    tables: &[Table],
    defaults: &HashMap<&str, Defaults>,
    integer: bool,
) {
    let mut keys: Vec<String> = Vec::new();
    for (index, table) in tables
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.rows.is_empty())
    {
        let mut key = table
            .heading
            .as_deref()
            .map(|heading| snake_words(heading, usize::MAX))
            .filter(|k| !k.is_empty())
            .unwrap_or_else(|| format!("endpoint_{}", index + 1));
        // Words of lowercase letters and digits: `snake_case` unless it starts with a digit.
        if !names::is_snake_case(&key) {
            key = format!("endpoint_{key}");
        }
        // Unique by the enum they name: `version_2` and `version2` are both `Version2Error`.
        // Compared without case, so that no two enums differ only in case either.
        let enum_name = |key: &str| names::to_upper_camel_case(key).to_ascii_lowercase();
        let base = key.clone();
        let mut n = 2;
        while keys.contains(&enum_name(&key)) {
            key = format!("{base}_{n}");
            n += 1;
        }
        keys.push(enum_name(&key));
        let source = table.heading.as_ref().map_or_else(
            || format!("the table at line {} (no heading above it)", table.line),
            |h| format!("the table at line {} under {h:?}", table.line),
        );
        let _ = write!(out, "\n# From {source}.\n[endpoints.{key}]\n");
        if !table.has_status {
            out.push_str("transport = \"widget\"\n");
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
            if table.has_status && row.status != d.status {
                overrides.push(format!("status = {}", row.status.unwrap_or_default()));
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

/// Variant names from the messages' first words, `UpperCamelCase`, unique (a name taken
/// already gets the code as a suffix).
fn variant_names(order: &[&str], defaults: &HashMap<&str, Defaults>) -> Vec<String> {
    let mut taken: Vec<String> = Vec::new();
    for code in order {
        let message = &defaults[code].message;
        let sentence = message
            .split(['.', '!', '?', ';', ':'])
            .next()
            .unwrap_or("");
        let mut name = names::to_upper_camel_case(&snake_words(sentence, 5));
        // A message starting with a digit (or with no word) gives no identifier.
        if !names::is_upper_camel_case(&name) {
            name = format!("Code{name}");
        }
        // `Code` alone says nothing; a keyword or a generated item is not a variant name.
        if name == "Code"
            || names::is_keyword(&name)
            || names::RESERVED_VARIANTS.contains(&name.as_str())
        {
            name.push_str("Error");
        }
        let suffix: String = code.chars().filter(char::is_ascii_alphanumeric).collect();
        let unique = if taken.contains(&name) {
            format!("{name}{suffix}")
        } else {
            name
        };
        let mut candidate = unique.clone();
        let mut n = 2;
        while taken.contains(&candidate) {
            candidate = format!("{unique}{n}");
            n += 1;
        }
        taken.push(candidate);
    }
    taken
}

/// Retry guidance from the wording: "retry with backoff", "try again later", or never.
fn retry(message: &str, description: &str) -> Retry {
    let text = format!("{message} {description}").to_ascii_lowercase();
    if text.contains("do not retry") || text.contains("don't retry") {
        Retry::Never
    } else if text.contains("backoff")
        || text.contains("try again soon")
        || text.contains("resubmit this")
        || text.contains("may go through")
    {
        Retry::Backoff
    } else if text.contains("try again")
        || text.contains("later")
        || text.contains("maintenance")
        || text.contains("couple hours")
    {
        Retry::Later
    } else {
        Retry::Never
    }
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

/// `Version 2 errors!` -> `version_2_errors`: the first `most` ASCII words of `text`,
/// lowercase, joined by `_` (`snake_case`, unless the first word starts with a digit).
fn snake_words(text: &str, most: usize) -> String {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(most)
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("_")
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

/// A TOML basic string.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_split_with_or_without_outer_pipes_and_keep_escaped_ones() {
        assert_eq!(cells("| a | b |"), ["a", "b"]);
        assert_eq!(cells("a | b |"), ["a", "b"]);
        assert_eq!(cells("`400` | `1000` | *x*"), ["`400`", "`1000`", "*x*"]);
        assert_eq!(cells(r"| a \| b | c |"), ["a | b", "c"]);
    }

    #[test]
    fn separators_and_statuses_are_recognised() {
        assert!(is_separator("|---|"));
        assert!(is_separator("---- | ----"));
        assert!(is_separator("| :-- | --: |"));
        assert!(!is_separator("| a | b |"));
        assert_eq!(status("400 Bad Request"), Some(400));
        assert_eq!(status(&clean("`402`")), Some(402));
        assert_eq!(status("OK"), None);
        assert_eq!(status("302 Found"), None);
    }

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
    fn strings_are_escaped_for_toml() {
        assert_eq!(quoted("say \"hi\" \\ now\n"), r#""say \"hi\" \\ now\n""#);
    }

    /// The variant names of codes with these messages, in order.
    fn names_for(codes: &[(&str, &str)]) -> Vec<String> {
        let defaults: HashMap<&str, Defaults> = codes
            .iter()
            .map(|&(code, message)| {
                let defaults = Defaults {
                    status: None,
                    message: message.into(),
                    description: String::new(),
                    error_type: String::new(),
                };
                (code, defaults)
            })
            .collect();
        let order: Vec<&str> = codes.iter().map(|&(code, _)| code).collect();
        variant_names(&order, &defaults)
    }

    #[test]
    fn names_are_unique_upper_camel_case() {
        assert_eq!(
            names_for(&[
                ("1104", "unauthorized product"),
                ("1109", "unauthorized product"),
                ("1", "500 internal"),
            ]),
            [
                "UnauthorizedProduct",
                "UnauthorizedProduct1109",
                "Code500Internal"
            ]
        );
    }

    #[test]
    fn names_steer_clear_of_keywords_and_say_more_than_code() {
        assert_eq!(
            names_for(&[
                ("A-1", "self"),
                ("A-2", "code"),
                ("A-3", "!!!"),
                ("A-4", "type mismatch"),
            ]),
            ["SelfError", "CodeError", "CodeErrorA3", "TypeMismatch"]
        );
        assert_eq!(retry("Try again later.", "").as_str(), "later");
    }
}
