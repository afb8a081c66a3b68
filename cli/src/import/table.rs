//! Which tables of a page are error tables, and what their rows say. A table is one if
//! its header names a code column; status, message, description, type and retry columns
//! are read where present, and every other column is kept as labelled description text.

use super::page::{Block, Row, Table};
use error_catalog_codegen::markdown_escape::escape_markdown;
use error_catalog_core::{Retry, code, status::ERROR_STATUSES};
use std::fmt::Write as _;

/// An error table: one endpoint of the catalog.
pub struct ErrorTable {
    pub line: usize,
    pub heading: Option<String>,
    /// The heading above that one, where several tables share theirs.
    pub parent: Option<String>,
    /// Whether the page gives statuses: a table without a status column does not.
    pub has_status: bool,
    pub rows: Vec<ErrorRow>,
}

/// A row, as the page shows it.
#[derive(Clone)]
pub struct ErrorRow {
    pub line: usize,
    pub status: Option<u16>,
    pub code: String,
    pub message: String,
    /// The description, then each further column's text after its header.
    pub description: String,
    pub error_type: String,
    /// What a retry column says, where the table has one.
    pub retry: Option<Retry>,
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Column {
    Status,
    Code,
    Message,
    Description,
    Type,
    Retry,
    /// Kept in the description, after its header.
    Other,
}

/// Headings that name something other than errors, for tables with a code column.
const NOT_ERRORS: &[&str] = &[
    "opcode",
    "opcodes",
    "intent",
    "intents",
    "scope",
    "scopes",
    "permission",
    "permissions",
    "language",
    "languages",
    "locale",
    "locales",
    "currency",
    "currencies",
    "country",
    "countries",
    "region",
    "regions",
    "flag",
    "flags",
];

/// The error tables of `blocks`, each with the nearest heading above it (and the one
/// above that, where several tables share a heading); tables and rows that cannot be
/// read are warnings.
pub fn error_tables(blocks: &[Block], warnings: &mut Vec<String>) -> Vec<ErrorTable> {
    let mut headings: Vec<(usize, &str)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    let mut tables = Vec::new();
    let mut without_codes = Vec::new();
    for block in blocks {
        match block {
            Block::Heading(level, text) if !text.is_empty() => {
                headings.retain(|(l, _)| l < level);
                headings.push((*level, text));
            }
            Block::Table(table) => {
                let heading = headings.last().map(|(_, h)| *h);
                match error_table(table, heading, &mut seen, warnings) {
                    Ok(Some(mut read)) => {
                        read.parent = headings.iter().rev().nth(1).map(|(_, h)| (*h).to_owned());
                        tables.push(read);
                    }
                    Ok(None) => {}
                    Err(line) => without_codes.push(line.to_string()),
                }
            }
            _ => {}
        }
    }
    if !without_codes.is_empty() {
        warnings.push(format!(
            "line {}: a table without a `Code` column: left out",
            without_codes.join(", ")
        ));
    }
    // A heading several tables share ("On failure") says less than the one above it.
    for i in 0..tables.len() {
        let shared = tables
            .iter()
            .filter(|t| t.heading.is_some() && t.heading == tables[i].heading)
            .count()
            > 1;
        if !shared {
            tables[i].parent = None;
        }
    }
    tables
}

/// The table as an error table, `None` if it is something else (said in a warning), or
/// its line if it has no code column.
fn error_table(
    table: &Table,
    heading: Option<&str>,
    seen: &mut Vec<String>,
    warnings: &mut Vec<String>,
) -> Result<Option<ErrorTable>, usize> {
    let columns = columns(&table.header);
    if !columns.contains(&Column::Code) {
        if !columns.contains(&Column::Status) {
            return Err(table.line);
        }
        warnings.push(format!(
            "line {}: a table of HTTP statuses without error codes: left out (the catalog's codes are the body's)",
            table.line
        ));
        return Ok(None);
    }
    if let Some(i) = columns.iter().position(|c| *c == Column::Code)
        && !table.rows.is_empty()
        && table
            .rows
            .iter()
            .all(|r| r.cells.get(i).is_some_and(|c| is_status_text(c)))
    {
        warnings.push(format!(
            "line {}: a table whose codes are HTTP statuses (like {:?}): left out (the catalog's codes are the body's)",
            table.line,
            table.rows[0].cells[i]
        ));
        return Ok(None);
    }
    let has_status = columns.contains(&Column::Status);
    if let Some(heading) = heading {
        let named = words(heading);
        let about_errors = named
            .iter()
            .any(|w| w.starts_with("error") || w == "status");
        if !has_status && !about_errors && named.iter().any(|w| NOT_ERRORS.contains(&w.as_str())) {
            warnings.push(format!(
                "line {}: the table under {heading:?} lists {}, not errors: left out",
                table.line,
                named
                    .iter()
                    .find(|w| NOT_ERRORS.contains(&w.as_str()))
                    .map_or("something else", String::as_str)
            ));
            return Ok(None);
        }
    }
    let mut out = ErrorTable {
        line: table.line,
        heading: heading.map(str::to_owned),
        parent: None,
        has_status,
        rows: Vec::new(),
    };
    for row in &table.rows {
        match read_row(row, &columns, &table.header, seen) {
            Ok(read) => add_row(&mut out.rows, read, warnings),
            Err(why) => warnings.push(format!("line {}: {why}: row left out", row.line)),
        }
    }
    Ok(Some(out))
}

/// `200 (OK)`, `404 Not Found`, `5xx`: an HTTP status with its reason, not a bare number.
fn is_status_text(cell: &str) -> bool {
    let bytes = cell.as_bytes();
    let class = bytes.len() >= 3 && matches!(bytes[0], b'1'..=b'5');
    let numbered =
        class && bytes[1..3].iter().all(u8::is_ascii_digit) && cell[3..].starts_with([' ', '(']);
    let ranged = class && bytes[1..3].eq_ignore_ascii_case(b"xx");
    numbered || ranged
}

/// One row, or why it cannot be read.
fn read_row(
    row: &Row,
    columns: &[Column],
    header: &[String],
    seen: &mut Vec<String>,
) -> Result<ErrorRow, String> {
    let in_row = |cells: &'_ [String], wanted: &Column| -> String {
        columns
            .iter()
            .position(|c| c == wanted)
            .and_then(|i| cells.get(i))
            .cloned()
            .unwrap_or_default()
    };
    // Descriptions are Markdown: they keep the page's own; the rest is text as shown.
    let at = |wanted: &Column| in_row(&row.cells, wanted);
    let cells = &row.sources;
    let code = unquote(&at(&Column::Code)).to_owned();
    if code.is_empty() {
        return Err("no code".to_owned());
    }
    if !code::is_code_text(&code) {
        return Err(format!("code {code:?} has spaces"));
    }
    if let Some(other) = seen
        .iter()
        .find(|c| code::folded(c) == code::folded(&code) && **c != code)
    {
        return Err(format!("code {code:?} differs from {other:?} only in case"));
    }
    let status = if columns.contains(&Column::Status) {
        status(&at(&Column::Status))?
    } else {
        None
    };
    let mut description = in_row(cells, &Column::Description);
    for ((column, cell), name) in columns.iter().zip(cells).zip(header) {
        if *column == Column::Other && !cell.is_empty() {
            add_paragraph(&mut description, format_args!("{name}: {cell}"));
        }
    }
    let retry_text = at(&Column::Retry);
    let retry = retry_cell(&retry_text);
    if retry.is_none() && !retry_text.is_empty() {
        // Not a yes or a no: the words are kept for the reader and for the guess.
        let name = columns
            .iter()
            .position(|c| *c == Column::Retry)
            .and_then(|i| header.get(i))
            .map_or("Retry", String::as_str);
        add_paragraph(&mut description, format_args!("{name}: {retry_text}"));
    }
    let row = ErrorRow {
        line: row.line,
        status,
        code,
        message: at(&Column::Message),
        description,
        error_type: at(&Column::Type),
        retry,
    };
    if !seen.contains(&row.code) {
        seen.push(row.code.clone());
    }
    Ok(row)
}

/// Adds `row` to a table's `rows`. A code the table has already is one entry: a repeat
/// is dropped, and other text for it is added to the first row's description.
fn add_row(rows: &mut Vec<ErrorRow>, row: ErrorRow, warnings: &mut Vec<String>) {
    let Some(first) = rows.iter_mut().find(|r| r.code == row.code) else {
        rows.push(row);
        return;
    };
    let same = first.status == row.status
        && first.message == row.message
        && first.description == row.description;
    if same {
        return;
    }
    warnings.push(format!(
        "line {}: code {:?} is already in this table, at line {}: its text is added to that row's description",
        row.line, row.code, first.line
    ));
    let status = row
        .status
        .filter(|s| first.status != Some(*s))
        .map(|s| format!("HTTP {s}"));
    // The message is text; the description it joins is Markdown.
    let message = escape_markdown(&row.message);
    let more: Vec<String> = [status, Some(message), Some(row.description)]
        .into_iter()
        .flatten()
        .filter(|text| !text.is_empty())
        .collect();
    add_paragraph(
        &mut first.description,
        format_args!("Also: {}", more.join(" — ")),
    );
}

/// `text` as the description's next paragraph.
fn add_paragraph(description: &mut String, text: std::fmt::Arguments<'_>) {
    if !description.is_empty() {
        description.push_str("\n\n");
    }
    let _ = description.write_fmt(text);
}

fn columns(header: &[String]) -> Vec<Column> {
    let mut columns: Vec<Column> = header.iter().map(|h| column(h)).collect();
    // Without a column named for codes, the one that names the errors holds them.
    if !columns.contains(&Column::Code)
        && let Some(i) = header.iter().position(|h| {
            matches!(
                words(h).join(" ").as_str(),
                "error" | "error name" | "error id" | "error identifier" | "exception"
            )
        })
    {
        columns[i] = Column::Code;
    }
    // One column of each kind; a second one is kept as text.
    for i in 0..columns.len() {
        if columns[i] != Column::Other && columns[..i].contains(&columns[i]) {
            columns[i] = Column::Other;
        }
    }
    columns
}

fn column(header: &str) -> Column {
    let words = words(header);
    let has = |w: &str| words.iter().any(|x| x == w);
    let text = words.join(" ");
    if has("http") || (has("status") && !has("description")) || text == "response code" {
        return Column::Status;
    }
    match text.as_str() {
        "code" | "error code" | "errorcode" | "error code name" | "code name" | "error codes"
        | "codes" => Column::Code,
        "message" | "error message" | "text" | "title" | "reason" | "summary" | "error text"
        | "name" | "message text" | "short description" | "error" => Column::Message,
        "description" | "resolve" | "resolution" | "details" | "detail" | "meaning"
        | "explanation" | "notes" | "what it means" | "error description" | "long description" => {
            Column::Description
        }
        "type" | "error type" | "category" | "error category" | "class" | "kind" => Column::Type,
        "retry" | "retryable" | "retriable" | "can retry" | "should retry" | "retry guidance" => {
            Column::Retry
        }
        _ => Column::Other,
    }
}

/// A header's words, lowercase: `Error_Code` -> `error code`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `400`, `400 Bad Request`, `HTTP 400`: the first number, if it is an error status; an
/// empty cell or a dash says nothing.
fn status(text: &str) -> Result<Option<u16>, String> {
    let text = text.trim();
    if text.is_empty() || matches!(text, "-" | "–" | "—" | "n/a" | "N/A") {
        return Ok(None);
    }
    let digits: String = text
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    match digits.parse::<u16>() {
        Ok(status) if ERROR_STATUSES.contains(&status) => Ok(Some(status)),
        _ => Err(format!("status {text:?} is not an HTTP error status")),
    }
}

/// A retry column's yes or no.
fn retry_cell(text: &str) -> Option<Retry> {
    match text.trim().to_ascii_lowercase().trim_end_matches('.') {
        "yes" | "true" | "y" | "retryable" | "retry" => Some(Retry::Backoff),
        "no" | "false" | "n" | "never" | "do not retry" => Some(Retry::Never),
        _ => None,
    }
}

/// `"card_declined"` -> `card_declined`: a code the page writes in quotes.
fn unquote(code: &str) -> &str {
    code.strip_prefix('"')
        .and_then(|c| c.strip_suffix('"'))
        .or_else(|| code.strip_prefix('\'').and_then(|c| c.strip_suffix('\'')))
        .unwrap_or(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(header: &[&str]) -> Vec<Column> {
        columns(&header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn columns_are_recognised_by_their_words() {
        assert_eq!(
            kinds(&["HTTP status code", "Error code", "Description"]),
            [Column::Status, Column::Code, Column::Description]
        );
        assert_eq!(
            kinds(&["Code", "Text", "Meaning"]),
            [Column::Code, Column::Message, Column::Description]
        );
        assert_eq!(
            kinds(&["Error", "Description", "Cause", "Explanation"]),
            [
                Column::Code,
                Column::Description,
                Column::Other,
                Column::Other
            ]
        );
        assert_eq!(kinds(&["Retry"]), [Column::Retry]);
    }

    #[test]
    fn statuses_are_read_from_their_first_number() {
        assert_eq!(status("400 Bad Request"), Ok(Some(400)));
        assert_eq!(status("HTTP 429"), Ok(Some(429)));
        assert_eq!(status(""), Ok(None));
        assert_eq!(status("-"), Ok(None));
        assert!(status("200 OK").is_err());
        assert!(status("teapot").is_err());
    }
}
