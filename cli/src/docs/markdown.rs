//! The page as GitHub-flavoured Markdown: descriptions as the catalog writes them (they are
//! Markdown), everything else escaped so that it shows as written.

use super::{Layout, Page, Row, Section, Span, retry_words, status_text};
use error_catalog_codegen::markdown_escape::escape_markdown;
use std::fmt::Write as _;

pub(super) fn page(page: &Page<'_>) -> String {
    let mut out = format!("# {}\n", escape_markdown(&page.title));
    if let Some(intro) = page.intro {
        let _ = write!(out, "\n{intro}\n");
    }
    out.push_str("\n## Codes\n");
    section(&mut out, page, &page.codes);
    out.push_str("\n## Endpoints\n");
    for endpoint in &page.endpoints {
        let key = endpoint.key.unwrap_or_default();
        let heading = match endpoint.route() {
            Some(route) => format!("{key}: {route}"),
            None => key.to_owned(),
        };
        let _ = write!(out, "\n### {}\n", escape_markdown(&heading));
        section(&mut out, page, endpoint);
    }
    out
}

fn section(out: &mut String, page: &Page<'_>, section: &Section<'_>) {
    if let Some(description) = section.description {
        let _ = write!(out, "\n{description}\n");
    }
    for note in &section.notes {
        let text: String = note
            .iter()
            .map(|span| match span {
                Span::Text(text) => escape_markdown(text),
                Span::Code(code) => code_span(code),
            })
            .collect();
        let _ = write!(out, "\n{text}\n");
    }
    let columns = section.layout.columns();
    let _ = write!(
        out,
        "\n| {} |\n|{}\n",
        columns.join(" | "),
        "---|".repeat(columns.len())
    );
    for row in &section.rows {
        let _ = writeln!(out, "| {} |", cells(section.layout, row).join(" | "));
    }
    for example in &section.examples {
        let lang = if example.is_json() { "json" } else { "text" };
        let code = &page.codes.rows[example.index].code.code;
        let _ = write!(
            out,
            "\nExample of {}:\n\n```{lang}\n{}\n```\n",
            code_span(code),
            example.shown()
        );
    }
}

fn cells(layout: Layout, row: &Row<'_>) -> Vec<String> {
    let (when, why) = retry_words(row.retry);
    let retry = format!("{when}: {why}");
    // A table row is one line: the API's words are escaped, so they show as written.
    let text = |text: &str| escape_markdown(&text.replace(['\r', '\n'], " "));
    match layout {
        Layout::Http => vec![
            status_text(row.status),
            text(&row.code.code),
            text(&row.message.shown()),
            cell(row.description),
            retry,
        ],
        Layout::Widget => vec![
            text(&row.code.code),
            text(row.code.error_type.as_deref().unwrap_or_default()),
            text(&row.message.shown()),
            retry,
        ],
    }
}

/// A description (Markdown) as one table cell: as written, on one line, its column breaks
/// escaped. A `|` the description escapes already stays as it is.
fn cell(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut backslashes = 0;
    for c in markdown.chars() {
        match c {
            '\r' | '\n' => out.push(' '),
            '|' if backslashes % 2 == 0 => out.push_str("\\|"),
            _ => out.push(c),
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    out
}

/// `text` as a code span, fenced with more backticks than it holds in a row.
fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_description_cell_is_one_line_as_written_with_its_column_breaks_escaped() {
        assert_eq!(
            cell("Check `decline_code`:\na | b, c \\| d, e \\\\| f"),
            "Check `decline_code`: a \\| b, c \\| d, e \\\\\\| f"
        );
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code_span("AC-102"), "`AC-102`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`a"), "`` `a ``");
    }
}
