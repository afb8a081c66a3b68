//! The error page, rendered from the model: every code, then each endpoint's table in the
//! layout of Aerosync's page (`HTTP Status | Code | Message | Description`), then the widget
//! strings. Markdown or HTML.

use crate::model::{Catalog, Endpoint, Transport};
use std::fmt::Write as _;

/// How to render the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// GitHub-flavoured Markdown.
    Markdown,
    /// An HTML fragment.
    Html,
}

/// The error page of `catalog`.
pub fn render(catalog: &Catalog, format: Format) -> String {
    let page = page(catalog);
    match format {
        Format::Markdown => markdown(&page),
        Format::Html => html(&page),
    }
}

/// The page's structure, written out by `markdown` or `html`.
struct Page {
    title: String,
    intro: Option<String>,
    sections: Vec<Section>,
}

struct Section {
    level: usize,
    heading: String,
    /// Already in the output format's own markup (Markdown from the catalog).
    text: Vec<String>,
    header: &'static [&'static str],
    rows: Vec<Vec<String>>,
    /// Examples after the table: the code, and the body (JSON) or widget string.
    examples: Vec<(String, String)>,
}

const HTTP_COLUMNS: &[&str] = &["HTTP Status", "Code", "Message", "Description"];
const WIDGET_COLUMNS: &[&str] = &["Code", "Type", "Message"];

fn page(catalog: &Catalog) -> Page {
    let mut sections = vec![Section {
        level: 2,
        heading: "Codes".to_owned(),
        text: vec!["Every code, with the status, message and description it has unless an endpoint says otherwise.".to_owned()],
        header: HTTP_COLUMNS,
        rows: catalog
            .codes
            .iter()
            .map(|code| vec![status_text(code.status), code.code.clone(), code.message.shown(), code.description.clone()])
            .collect(),
        examples: catalog
            .codes
            .iter()
            .flat_map(|code| code.examples.iter().map(|e| (code.code.clone(), e.clone())))
            .collect(),
    }];
    sections.push(Section {
        level: 2,
        heading: "Endpoints".to_owned(),
        text: Vec::new(),
        header: &[],
        rows: Vec::new(),
        examples: Vec::new(),
    });
    sections.extend(
        catalog
            .endpoints
            .iter()
            .map(|endpoint| endpoint_section(catalog, endpoint)),
    );
    Page {
        title: format!("{} errors", catalog.name),
        intro: catalog.description.clone(),
        sections,
    }
}

fn endpoint_section(catalog: &Catalog, endpoint: &Endpoint) -> Section {
    let route = match (&endpoint.method, &endpoint.path) {
        (Some(method), Some(path)) => format!("{method} {path}"),
        (None, Some(path)) => path.clone(),
        (Some(method), None) => method.clone(),
        (None, None) => String::new(),
    };
    let heading = if route.is_empty() {
        endpoint.key.clone()
    } else {
        format!("{}: {route}", endpoint.key)
    };
    let mut text: Vec<String> = endpoint.description.iter().cloned().collect();
    let examples = endpoint
        .entries
        .iter()
        .flat_map(|entry| {
            let code = &catalog.code_of(entry).code;
            entry.examples.iter().map(|e| (code.clone(), e.clone()))
        })
        .collect();
    if endpoint.transport == Transport::Widget {
        if let Some(format) = &catalog.wire.widget {
            text.push(format!("Reported as one string: `{}`", format.text));
        }
        let rows = endpoint
            .entries
            .iter()
            .map(|entry| {
                let code = catalog.code_of(entry);
                vec![
                    code.code.clone(),
                    code.error_type.clone().unwrap_or_default(),
                    entry.message.shown(),
                ]
            })
            .collect();
        return Section {
            level: 3,
            heading,
            text,
            header: WIDGET_COLUMNS,
            rows,
            examples,
        };
    }
    if route.is_empty() {
        text.push("The catalog does not give this endpoint's path.".to_owned());
    }
    let rows = endpoint
        .entries
        .iter()
        .map(|entry| {
            let code = catalog.code_of(entry);
            vec![
                status_text(entry.status),
                code.code.clone(),
                entry.message.shown(),
                entry.description.clone(),
            ]
        })
        .collect();
    Section {
        level: 3,
        heading,
        text,
        header: HTTP_COLUMNS,
        rows,
        examples,
    }
}

/// `404 Not Found`; `-` for a code with no HTTP status.
fn status_text(status: Option<u16>) -> String {
    match status {
        Some(status) => match reason(status) {
            Some(reason) => format!("{status} {reason}"),
            None => status.to_string(),
        },
        None => "-".to_owned(),
    }
}

/// The standard reason phrase of an error status.
fn reason(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Range Not Satisfiable",
        417 => "Expectation Failed",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => return None,
    })
}

fn markdown(page: &Page) -> String {
    let mut out = format!("# {}\n", page.title);
    if let Some(intro) = &page.intro {
        let _ = write!(out, "\n{intro}\n");
    }
    for section in &page.sections {
        let _ = write!(
            out,
            "\n{} {}\n",
            "#".repeat(section.level),
            escape_markdown(&section.heading)
        );
        for text in &section.text {
            let _ = write!(out, "\n{text}\n");
        }
        if section.header.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n| {} |\n|{}\n",
            section.header.join(" | "),
            "---|".repeat(section.header.len())
        );
        for row in &section.rows {
            // A table row is one line: a description's line breaks become spaces.
            let cells: Vec<String> = row
                .iter()
                .map(|cell| escape_markdown(&cell.replace(['\r', '\n'], " ")))
                .collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        for (code, example) in &section.examples {
            let lang = if example.starts_with('{') {
                "json"
            } else {
                "text"
            };
            let _ = write!(out, "\nExample of `{code}`:\n\n```{lang}\n{example}\n```\n");
        }
    }
    out
}

fn html(page: &Page) -> String {
    let mut out = format!("<h1>{}</h1>\n", escape_html(&page.title));
    if let Some(intro) = &page.intro {
        let _ = writeln!(out, "<p>{}</p>", escape_html(intro));
    }
    for section in &page.sections {
        let level = section.level;
        let _ = writeln!(
            out,
            "<h{level}>{}</h{level}>",
            escape_html(&section.heading)
        );
        for text in &section.text {
            let _ = writeln!(out, "<p>{}</p>", escape_html(text));
        }
        if section.header.is_empty() {
            continue;
        }
        out.push_str("<table>\n<thead><tr>");
        for column in section.header {
            let _ = write!(out, "<th>{}</th>", escape_html(column));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &section.rows {
            out.push_str("<tr>");
            for cell in row {
                let _ = write!(out, "<td>{}</td>", escape_html(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
        for (code, example) in &section.examples {
            let _ = writeln!(
                out,
                "<p>Example of <code>{}</code>:</p>\n<pre><code>{}</code></pre>",
                escape_html(code),
                escape_html(example)
            );
        }
    }
    out
}

/// Text shown as written, in Markdown: no HTML tags, links, emphasis, headings or (in
/// tables) column breaks. Underscores inside words stay bare (`access_token`); URLs become
/// autolinks (`<https://…>`), as rustdoc asks.
pub(crate) fn escape_markdown(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut url_end = 0;
    for (i, &c) in chars.iter().enumerate() {
        if i < url_end {
            continue;
        }
        if c == 'h'
            && let Some(len) = url_len(&chars[i..])
        {
            out.push('<');
            out.extend(&chars[i..i + len]);
            out.push('>');
            url_end = i + len;
            continue;
        }
        let inside_word = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
        let emphasis = c == '_'
            && !(inside_word(i.checked_sub(1).map(|p| &chars[p])) && inside_word(chars.get(i + 1)));
        let heading = c == '#' && chars[..i].iter().all(|c| c.is_whitespace());
        if matches!(c, '\\' | '<' | '>' | '[' | ']' | '*' | '`' | '|') || emphasis || heading {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The length of the `http(s)://` URL `text` starts with, without trailing punctuation.
fn url_len(text: &[char]) -> Option<usize> {
    let starts = |prefix: &str| text.iter().take(prefix.len()).copied().eq(prefix.chars());
    if !starts("https://") && !starts("http://") {
        return None;
    }
    let mut len = text
        .iter()
        .position(|c| c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '`' | '|'))
        .unwrap_or(text.len());
    while len > 0 && matches!(text[len - 1], '.' | ',' | ';' | ':' | '!' | '?') {
        len -= 1;
    }
    Some(len)
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aerosync() -> Catalog {
        crate::load(include_bytes!("../../catalogs/aerosync.toml")).unwrap()
    }

    #[test]
    fn markdown_has_a_table_per_endpoint_with_escaped_cells() {
        let page = render(&aerosync(), Format::Markdown);
        assert!(page.starts_with("# aerosync errors\n"));
        assert!(page.contains("\n### accounts: GET /v2/accounts/{connectionId}\n"));
        assert!(page.contains("| 404 Not Found | AC-102 | User \\<connectionId\\> not found. | The connectionId in the path parameter is invalid. |"));
        assert!(page.contains("| AR-100 | POLLING_TIMEOUT | No response received"));
        assert_eq!(
            page.matches("\n| HTTP Status | Code | Message | Description |\n")
                .count(),
            1 + 11
        );
    }

    #[test]
    fn html_escapes_text() {
        let page = render(&aerosync(), Format::Html);
        assert!(page.contains("<td>User &lt;connectionId&gt; not found.</td>"));
        assert_eq!(page.matches("<table>").count(), 1 + 12);
    }

    #[test]
    fn rows_stay_one_line_and_messages_read_as_the_api_words_them() {
        let source = "[catalog]\nname = \"t\"\ncode_type = \"string\"\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n\
                      [codes.E-1]\nname = \"A\"\nstatus = 400\nmessage = \"a << b for <id>\"\n\
                      description = \"\"\"two\nlines, see https://x.io/a|b\"\"\"\nretry = \"never\"\n\
                      [endpoints.e]\ncodes = [\"E-1\"]\n";
        let catalog = crate::load(source.as_bytes()).unwrap();
        let page = render(&catalog, Format::Markdown);
        let row = page.lines().find(|l| l.contains("| E-1 |")).unwrap();
        assert_eq!(
            row,
            "| 400 Bad Request | E-1 | a \\< b for \\<id\\> | two lines, see <https://x.io/a>\\|b |"
        );
    }

    #[test]
    fn escaping_keeps_words_readable() {
        assert_eq!(
            escape_markdown("a|b <c> access_token _x_"),
            "a\\|b \\<c\\> access_token \\_x\\_"
        );
        assert_eq!(
            escape_markdown(
                "See the [Link docs](https://plaid.com/docs/link/). Or http://x.io/a_b."
            ),
            "See the \\[Link docs\\](<https://plaid.com/docs/link/>). Or <http://x.io/a_b>."
        );
    }
}
