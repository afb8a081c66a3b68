//! The tables of a Markdown page as a reader sees them, read without the importer.
//!
//! `import` parses pages with pulldown-cmark; this reader shares none of that code, so tests can
//! hold the importer's output against an independent reading of the same page. The page is
//! rendered to HTML by comrak (GitHub Flavored Markdown tables, raw HTML kept as GitHub keeps
//! it), and the HTML is parsed by html5ever (through `scraper`) and walked in document order.
//!
//! Include it with `#[path = "support/page_reader.rs"] mod page_reader;`.

use scraper::{ElementRef, Html, Node};

/// One table of a page: the heading above it, its header cells and its other rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageTable {
    /// The text of the nearest `h1`–`h6` above the table, if any.
    pub heading: Option<String>,
    /// The cells of the first row holding a `<th>` (a pipe table's header row), or of the
    /// first row when the table has no `<th>`.
    pub headers: Vec<String>,
    /// Every other row, in order, as its cells' texts.
    pub rows: Vec<Vec<String>>,
}

/// Every table of `markdown` in document order: pipe tables and the `<table>`s of raw HTML
/// blocks alike, tables nested in a cell included (after the table holding them).
///
/// Text is what a browser shows: code spans and emphasis as their text, escapes resolved,
/// entities decoded, `<br>` and the edges of block elements as spaces, whitespace runs
/// collapsed to one space and trimmed. A YAML front matter block (between `---` lines at the
/// top) is metadata, not content, and is skipped.
pub fn tables(markdown: &str) -> Vec<PageTable> {
    let document = Html::parse_document(&to_html(markdown));
    let mut heading = None;
    let mut found = Vec::new();
    walk(document.root_element(), &mut heading, &mut found);
    found
}

fn to_html(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.front_matter_delimiter = Some("---".to_owned());
    options.render.r#unsafe = true;
    comrak::markdown_to_html(markdown, &options)
}

fn walk(element: ElementRef<'_>, heading: &mut Option<String>, found: &mut Vec<PageTable>) {
    let name = element.value().name();
    if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        *heading = Some(text(element));
        return;
    }
    if name == "table" {
        found.push(read_table(element, heading.clone()));
    }
    for child in element.children() {
        if let Some(child) = ElementRef::wrap(child) {
            walk(child, heading, found);
        }
    }
}

fn read_table(table: ElementRef<'_>, heading: Option<String>) -> PageTable {
    let mut rows: Vec<(bool, Vec<String>)> = own_rows(table)
        .into_iter()
        .map(|row| {
            let cells: Vec<ElementRef<'_>> = row
                .child_elements()
                .filter(|cell| matches!(cell.value().name(), "th" | "td"))
                .collect();
            let has_th = cells.iter().any(|cell| cell.value().name() == "th");
            (has_th, cells.into_iter().map(text).collect())
        })
        .collect();
    let header_at = rows.iter().position(|(has_th, _)| *has_th).unwrap_or(0);
    let headers = if rows.is_empty() {
        Vec::new()
    } else {
        rows.remove(header_at).1
    };
    PageTable {
        heading,
        headers,
        rows: rows.into_iter().map(|(_, cells)| cells).collect(),
    }
}

/// The `<tr>`s of `table` itself, not of tables nested in its cells. The HTML parser puts
/// every row in a `<thead>`, `<tbody>` or `<tfoot>`.
fn own_rows(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut rows = Vec::new();
    for child in table.child_elements() {
        match child.value().name() {
            "tr" => rows.push(child),
            "thead" | "tbody" | "tfoot" => rows.extend(
                child
                    .child_elements()
                    .filter(|row| row.value().name() == "tr"),
            ),
            _ => {}
        }
    }
    rows
}

/// An element's text as shown, on one line.
fn text(element: ElementRef<'_>) -> String {
    let mut raw = String::new();
    push_text(element, &mut raw);
    collapse(&raw)
}

fn push_text(element: ElementRef<'_>, out: &mut String) {
    let block = is_block(element.value().name());
    if block {
        out.push(' ');
    }
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(inner) if inner.name() == "br" => out.push(' '),
            // Not shown by a browser.
            Node::Element(inner) if matches!(inner.name(), "script" | "style" | "template") => {}
            Node::Element(_) => {
                if let Some(inner) = ElementRef::wrap(child) {
                    push_text(inner, out);
                }
            }
            _ => {}
        }
    }
    if block {
        out.push(' ');
    }
}

/// Elements a browser lays out on lines of their own (inside a cell they only separate words).
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "pre"
            | "blockquote"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
    )
}

/// Runs of HTML white space (space, tab, line feed, form feed, carriage return) become one
/// space, and the ends are trimmed. Other spaces (no-break space) are kept, as a browser keeps
/// them.
fn collapse(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for c in raw.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\x0C' | '\r') {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}
