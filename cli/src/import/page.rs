//! The page as a reader sees it: headings, tables, code blocks and paragraphs, in order,
//! with text as a browser shows it. pulldown-cmark reads the Markdown (GitHub's tables,
//! escapes, entities, code spans and emphasis as their text); HTML `<table>`s go to
//! [`html`](super::html).

use super::html::HtmlTables;
use super::repair::LineMap;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// One block of the page.
pub enum Block {
    /// A heading's level (1 to 6) and text.
    Heading(usize, String),
    Table(Table),
    /// A code block's text, as written.
    Code(String),
    /// A paragraph's text, one line per line of the page.
    Text(String),
}

/// A table: its header's cells and its rows, as shown.
pub struct Table {
    /// The page line the table starts at.
    pub line: usize,
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

pub struct Row {
    pub line: usize,
    /// Each cell's text as shown.
    pub cells: Vec<String>,
    /// Each cell's Markdown as written (for an HTML table, its text), for descriptions,
    /// which the catalog keeps as Markdown: links and code spans stay what they are.
    pub sources: Vec<String>,
}

/// The blocks of `text`, whose lines `lines` maps back to the page.
pub fn read(text: &str, lines: &LineMap) -> Vec<Block> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut walk = Walk::default();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        if matches!(event, Event::Start(Tag::TableCell)) {
            walk.source = markdown_of_cell(text.get(range.clone()).unwrap_or(""));
        }
        walk.event(event, lines.line(range.start), range.start, lines);
    }
    walk.blocks
}

/// Where inline text is going: the block it belongs to.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
enum Target {
    #[default]
    Nowhere,
    Heading,
    Paragraph,
    Cell,
    Code,
}

#[derive(Default)]
struct Walk {
    blocks: Vec<Block>,
    into: Target,
    text: String,
    table: Option<Table>,
    row: Vec<String>,
    row_sources: Vec<String>,
    source: String,
    row_line: usize,
    html: HtmlTables,
    html_text: String,
    html_start: usize,
    metadata: bool,
    level: usize,
}

impl Walk {
    fn event(&mut self, event: Event<'_>, line: usize, offset: usize, lines: &LineMap) {
        match event {
            Event::Start(tag) => self.start(&tag, line, offset),
            Event::End(tag) => self.end(tag, lines),
            Event::Text(text)
            | Event::Code(text)
            | Event::InlineMath(text)
            | Event::DisplayMath(text)
                if !self.metadata =>
            {
                self.text.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak => {
                let brk = if self.into == Target::Paragraph {
                    '\n'
                } else {
                    ' '
                };
                self.text.push(brk);
            }
            Event::Html(html) => self.html_text.push_str(&html),
            Event::InlineHtml(html) => {
                if is_line_break(&html) {
                    self.text.push(' ');
                } else if !is_html_tag(&html) {
                    // `<connectionId>`: no HTML element, so a placeholder the page shows.
                    self.text.push_str(&html);
                }
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag<'_>, line: usize, offset: usize) {
        match tag {
            Tag::Heading { level, .. } => {
                self.level = *level as usize;
                self.begin(Target::Heading);
            }
            Tag::Paragraph if self.into != Target::Cell => self.begin(Target::Paragraph),
            Tag::CodeBlock(_) => self.begin(Target::Code),
            Tag::Table(_) => {
                self.table = Some(Table {
                    line,
                    header: Vec::new(),
                    rows: Vec::new(),
                });
            }
            Tag::TableHead | Tag::TableRow => {
                self.row.clear();
                self.row_sources.clear();
                self.row_line = line;
            }
            Tag::TableCell => self.begin(Target::Cell),
            Tag::HtmlBlock => {
                self.html_text.clear();
                self.html_start = offset;
            }
            Tag::MetadataBlock(_) => self.metadata = true,
            _ => {}
        }
    }

    fn begin(&mut self, into: Target) {
        self.into = into;
        self.text.clear();
    }

    fn end(&mut self, tag: TagEnd, lines: &LineMap) {
        match tag {
            TagEnd::Heading(_) => {
                let text = shown(&self.take());
                self.push(Block::Heading(self.level, text));
            }
            TagEnd::Paragraph if self.into == Target::Paragraph => {
                let text = self.take();
                if self.html.in_cell() {
                    self.html.text(&text);
                } else {
                    self.push(Block::Text(text));
                }
            }
            TagEnd::CodeBlock => {
                let text = self.take();
                self.push(Block::Code(text));
            }
            TagEnd::TableCell => {
                let text = shown(&self.take());
                self.row.push(text);
                self.row_sources.push(std::mem::take(&mut self.source));
            }
            TagEnd::TableHead => {
                if let Some(table) = &mut self.table {
                    table.header = std::mem::take(&mut self.row);
                }
            }
            TagEnd::TableRow => {
                if let Some(table) = &mut self.table {
                    table.rows.push(Row {
                        line: self.row_line,
                        cells: std::mem::take(&mut self.row),
                        sources: std::mem::take(&mut self.row_sources),
                    });
                }
            }
            TagEnd::Table => {
                if let Some(table) = self.table.take() {
                    self.blocks.push(Block::Table(table));
                }
            }
            TagEnd::HtmlBlock => {
                let html = std::mem::take(&mut self.html_text);
                self.html
                    .feed(&html, self.html_start, lines, &mut self.blocks);
            }
            TagEnd::MetadataBlock(_) => self.metadata = false,
            _ => {}
        }
    }

    fn take(&mut self) -> String {
        self.into = Target::Nowhere;
        std::mem::take(&mut self.text)
    }

    /// A block, unless an HTML table is open: then its text belongs to the open cell.
    fn push(&mut self, block: Block) {
        if self.html.in_cell() {
            match &block {
                Block::Heading(_, text) | Block::Code(text) | Block::Text(text) => {
                    self.html.text(text);
                }
                Block::Table(_) => {}
            }
            return;
        }
        self.blocks.push(block);
    }
}

/// `<br>`, `<br/>`, `<br />`.
fn is_line_break(html: &str) -> bool {
    let tag: String = html
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '/')
        .collect();
    tag.eq_ignore_ascii_case("<br>")
}

/// Elements an error page's inline HTML uses; any other `<name>` is text.
const HTML_ELEMENTS: &[&str] = &[
    "a", "abbr", "b", "br", "code", "del", "div", "em", "i", "img", "ins", "kbd", "li", "mark",
    "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "table", "tbody",
    "td", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr",
];

/// Whether `html` (`<code>`, `</a>`, `<!-- … -->`) is an HTML tag or comment.
fn is_html_tag(html: &str) -> bool {
    let inner = html.trim_start_matches('<').trim_start_matches('/');
    if inner.starts_with(['!', '?']) {
        return true;
    }
    let name: String = inner
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_ascii_lowercase();
    HTML_ELEMENTS.contains(&name.as_str())
}

/// A pipe table cell's Markdown: trimmed, line breaks as spaces, and without escapes
/// that outside a table cell change nothing (`\|`, `\(`, `\.`, `well\-formed`), so that
/// what `description()` returns reads as the page does. Code spans stay as written.
fn markdown_of_cell(source: &str) -> String {
    let mut text = source.to_owned();
    for br in ["<br>", "<br/>", "<br />", "<BR>"] {
        text = text.replace(br, " ");
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut ticks = 0;
    while let Some(c) = chars.next() {
        if c == '`' {
            let mut run = 1;
            while chars.next_if_eq(&'`').is_some() {
                run += 1;
            }
            // A run of the same length closes the span it opened.
            ticks = if ticks == 0 {
                run
            } else if ticks == run {
                0
            } else {
                ticks
            };
            out.extend(std::iter::repeat_n('`', run));
            continue;
        }
        let plain = chars.peek().is_some_and(|next| {
            c == '\\'
                && ticks == 0
                && !"\\`*_[]<>|~!#".contains(*next)
                && next.is_ascii_punctuation()
        });
        let pipe = c == '\\' && chars.peek() == Some(&'|');
        if !(plain || pipe) {
            out.push(c);
        }
    }
    shown(&out)
}

/// Text as a browser shows it: runs of whitespace as one space, trimmed.
pub fn shown(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::repair::repair;

    fn blocks(page: &str) -> Vec<Block> {
        let repaired = repair(page, &mut Vec::new());
        read(&repaired.text, repaired.lines())
    }

    fn tables(page: &str) -> Vec<Table> {
        blocks(page)
            .into_iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn cells_read_as_shown() {
        let page = "# Errors {#errors}\n\n{:.table}\nStatus | Code | Message\n--- | --- | ---\n`400 Bad Request` | **E\\_1** `x` | *bad* &amp; [worse](#x)<br>now \\| then\n";
        let all = blocks(page);
        assert!(matches!(&all[0], Block::Heading(1, h) if h == "Errors"));
        let table = tables(page).remove(0);
        assert_eq!(table.header, ["Status", "Code", "Message"]);
        assert_eq!(
            table.rows[0].cells,
            ["400 Bad Request", "E_1 x", "bad & worse now | then"]
        );
        assert_eq!(
            table.rows[0].sources[2],
            "*bad* &amp; [worse](#x) now | then"
        );
        assert_eq!(table.rows[0].line, 6);
    }

    #[test]
    fn html_tables_are_tables_too() {
        let page = "## Codes\n\n<table>\n<tr><th>Code</th><th>Description</th></tr>\n<tr>\n<td><code>E1</code></td>\n<td>Bad &lt;id&gt;<br/>really</td>\n</tr>\n</table>\n\nAfter.\n";
        let table = tables(page).remove(0);
        assert_eq!(table.header, ["Code", "Description"]);
        assert_eq!(table.rows.len(), 1);
        assert_eq!(table.rows[0].cells, ["E1", "Bad <id> really"]);
        assert_eq!(table.rows[0].line, 5);
    }
}
