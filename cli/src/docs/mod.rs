//! `error-catalog docs CATALOG`: the error page, from the model. Every code, then each
//! endpoint's table in the layout of Aerosync's page (`HTTP Status | Code | Message |
//! Description`, widget errors `Code | Type | Message`), each with retry guidance, then
//! the examples. [`Format::Markdown`] is GitHub-flavoured Markdown; [`Format::Html`] a
//! standalone page to host.
//!
//! Descriptions (the catalog's, each code's and endpoint's) are Markdown source, rendered
//! as such in both formats. Messages are the API's words: text, with placeholders shown
//! as placeholders.

mod anchors;
mod description;
mod html;
mod markdown;
mod status;

use anchors::Anchors;
use error_catalog_codegen::model::{Catalog, Code, Endpoint, Entry, Retry, Transport};
use error_catalog_codegen::template::Template;

/// How to render the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// GitHub-flavoured Markdown.
    Markdown,
    /// A standalone HTML page: no script, no external resource.
    Html,
}

/// The error page of `catalog`.
pub fn render(catalog: &Catalog, format: Format) -> String {
    let page = Page::new(catalog);
    match format {
        Format::Markdown => markdown::page(&page),
        Format::Html => html::page(&page),
    }
}

/// The page's structure, which `markdown` and `html` each write out.
struct Page<'c> {
    title: String,
    /// The catalog's name, for the HTML page's footer.
    name: &'c str,
    /// The catalog's description (Markdown).
    intro: Option<&'c str>,
    /// Every code, with its defaults.
    codes: Section<'c>,
    /// Each endpoint, in catalog order.
    endpoints: Vec<Section<'c>>,
    anchors: Anchors,
}

/// A table and what goes around it.
struct Section<'c> {
    /// The element id (`endpoint-accounts`).
    id: String,
    /// The endpoint's key; `None` for the codes.
    key: Option<&'c str>,
    method: Option<&'c str>,
    path: Option<&'c str>,
    /// Markdown from the catalog.
    description: Option<&'c str>,
    /// What the page itself says, after the description.
    notes: Vec<Vec<Span>>,
    layout: Layout,
    rows: Vec<Row<'c>>,
    examples: Vec<Example<'c>>,
}

/// A piece of the page's own text.
enum Span {
    Text(&'static str),
    /// Shown as code (`<type> | Code: <code>`).
    Code(String),
}

/// Which columns a table has.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// `HTTP Status | Code | Message | Description | Retry`
    Http,
    /// `Code | Type | Message | Retry`: errors reported as strings have no status.
    Widget,
}

impl Layout {
    fn columns(self) -> &'static [&'static str] {
        match self {
            Self::Http => &["HTTP Status", "Code", "Message", "Description", "Retry"],
            Self::Widget => &["Code", "Type", "Message", "Retry"],
        }
    }
}

/// One code as a table shows it.
struct Row<'c> {
    /// Index into the catalog's codes (and the anchors).
    index: usize,
    code: &'c Code,
    status: Option<u16>,
    message: &'c Template,
    /// Markdown.
    description: &'c str,
    retry: Retry,
}

/// An example after a table: the code's index, and the body (JSON) or widget string.
struct Example<'c> {
    index: usize,
    text: &'c str,
}

impl Example<'_> {
    /// A JSON body, laid out one member a line; a widget string as it is.
    fn shown(&self) -> String {
        if self.text.starts_with('{') {
            pretty_json(self.text)
        } else {
            self.text.to_owned()
        }
    }

    fn is_json(&self) -> bool {
        self.text.starts_with('{')
    }
}

impl<'c> Page<'c> {
    fn new(catalog: &'c Catalog) -> Self {
        let anchors = Anchors::new(catalog);
        let codes = Section {
            id: anchors.codes_section.clone(),
            key: None,
            method: None,
            path: None,
            description: None,
            notes: vec![vec![Span::Text(
                "Every code, with the status, message, description and retry guidance it has unless an endpoint says otherwise.",
            )]],
            layout: Layout::Http,
            rows: catalog
                .codes
                .iter()
                .enumerate()
                .map(|(index, code)| Row {
                    index,
                    code,
                    status: code.status,
                    message: &code.message,
                    description: &code.description,
                    retry: code.retry,
                })
                .collect(),
            examples: catalog
                .codes
                .iter()
                .enumerate()
                .flat_map(|(index, code)| {
                    code.examples
                        .iter()
                        .map(move |text| Example { index, text })
                })
                .collect(),
        };
        let endpoints = catalog
            .endpoints
            .iter()
            .zip(&anchors.endpoints)
            .map(|(endpoint, id)| endpoint_section(catalog, endpoint, id.clone()))
            .collect();
        Self {
            title: catalog.page_title(),
            name: &catalog.name,
            intro: catalog.description.as_deref(),
            codes,
            endpoints,
            anchors,
        }
    }

    /// The id of the code's row in the codes table.
    fn anchor(&self, index: usize) -> &str {
        &self.anchors.codes[index]
    }
}

fn endpoint_section<'c>(catalog: &'c Catalog, endpoint: &'c Endpoint, id: String) -> Section<'c> {
    let row = |entry: &'c Entry| Row {
        index: entry.code,
        code: catalog.code_of(entry),
        status: entry.status,
        message: &entry.message,
        description: &entry.description,
        retry: entry.retry,
    };
    let mut notes = Vec::new();
    let layout = match endpoint.transport {
        Transport::Widget => {
            if let Some(format) = &catalog.wire.widget {
                notes.push(vec![
                    Span::Text("Reported as one string: "),
                    Span::Code(format.text.clone()),
                ]);
            }
            Layout::Widget
        }
        Transport::Http => {
            if endpoint.path.is_none() {
                notes.push(vec![Span::Text(
                    "The catalog does not give this endpoint's path.",
                )]);
            }
            if !endpoint.statuses_listed {
                notes.push(vec![Span::Text(
                    "The API's documentation does not give these errors' HTTP statuses: read them from the response.",
                )]);
            }
            Layout::Http
        }
    };
    Section {
        id,
        key: Some(&endpoint.key),
        method: endpoint.method.as_deref(),
        path: endpoint.path.as_deref(),
        description: endpoint.description.as_deref(),
        notes,
        layout,
        rows: endpoint.entries.iter().map(row).collect(),
        examples: endpoint
            .entries
            .iter()
            .flat_map(|entry| {
                entry.examples.iter().map(|text| Example {
                    index: entry.code,
                    text,
                })
            })
            .collect(),
    }
}

impl Section<'_> {
    /// `GET /v2/accounts/{connectionId}`, or what the catalog gives of it.
    fn route(&self) -> Option<String> {
        match (self.method, self.path) {
            (Some(method), Some(path)) => Some(format!("{method} {path}")),
            (one, other) => one.or(other).map(str::to_owned),
        }
    }
}

/// Retry guidance in words: whether, and why.
fn retry_words(retry: Retry) -> (&'static str, &'static str) {
    match retry {
        Retry::Never => ("Never", "fix the request or have the user act"),
        Retry::Backoff => ("With backoff", "a transient failure"),
        Retry::Later => ("Later", "unavailable for a while"),
    }
}

/// `404 Not Found`; `-` for a code with no HTTP status.
fn status_text(status: Option<u16>) -> String {
    match status {
        Some(status) => match status::reason(status) {
            Some(reason) => format!("{status} {reason}"),
            None => status.to_string(),
        },
        None => "-".to_owned(),
    }
}

/// Compact JSON (as the catalog's examples are kept) laid out with one member or item a
/// line, in the body's own order.
fn pretty_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_examples_are_laid_out_in_their_own_order() {
        assert_eq!(
            pretty_json(
                r#"{"error":{"code":"AC-102","message":"a \"{b}\", c:d"},"list":[1,2],"e":{}}"#
            ),
            "{\n  \"error\": {\n    \"code\": \"AC-102\",\n    \"message\": \"a \\\"{b}\\\", c:d\"\n  },\n  \"list\": [\n    1,\n    2\n  ],\n  \"e\": {}\n}"
        );
    }

    #[test]
    fn routes_show_what_the_catalog_gives() {
        let section = |method, path| Section {
            id: String::new(),
            key: None,
            method,
            path,
            description: None,
            notes: Vec::new(),
            layout: Layout::Http,
            rows: Vec::new(),
            examples: Vec::new(),
        };
        assert_eq!(
            section(Some("GET"), Some("/a")).route().as_deref(),
            Some("GET /a")
        );
        assert_eq!(section(None, Some("/a")).route().as_deref(), Some("/a"));
        assert_eq!(section(None, None).route(), None);
    }
}
