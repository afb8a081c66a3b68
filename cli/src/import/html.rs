//! HTML `<table>`s in a Markdown page: html5gum tokenizes them (entities decoded, as a
//! browser would), and this keeps their rows. A table may span several HTML blocks with
//! Markdown between them; the Markdown's text goes to the open cell.

use super::page::{Block, Row, Table, shown};
use super::repair::LineMap;
use error_catalog_codegen::markdown_escape::escape_markdown;
use html5gum::{DefaultEmitter, Token, Tokenizer};

#[derive(Default)]
pub struct HtmlTables {
    /// The table being read, and how deep in nested tables we are (inner ones are text).
    table: Option<Building>,
    depth: usize,
}

struct Building {
    line: usize,
    header: Vec<String>,
    rows: Vec<Row>,
    row: Option<(usize, Vec<String>)>,
    cell: Option<String>,
}

impl HtmlTables {
    /// Whether a cell is open, so that text belongs to it.
    pub fn in_cell(&self) -> bool {
        self.table.as_ref().is_some_and(|t| t.cell.is_some())
    }

    /// Text for the open cell.
    pub fn text(&mut self, text: &str) {
        if let Some(cell) = self.table.as_mut().and_then(|t| t.cell.as_mut()) {
            cell.push(' ');
            cell.push_str(text);
        }
    }

    /// An HTML block of the page, starting at byte `start` of the text `lines` maps.
    pub fn feed(&mut self, html: &str, start: usize, lines: &LineMap, out: &mut Vec<Block>) {
        let mut emitter = DefaultEmitter::<usize>::new_with_span();
        emitter.naively_switch_states(true);
        for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let line = lines.line(start + tag.span.start);
                    self.open(&String::from_utf8_lossy(&tag.name), line);
                }
                Token::EndTag(tag) => {
                    if let Some(table) = self.close(&String::from_utf8_lossy(&tag.name)) {
                        out.push(Block::Table(table));
                    }
                }
                Token::String(text) => self.text(&String::from_utf8_lossy(&text.value)),
                _ => {}
            }
        }
    }

    fn open(&mut self, name: &str, line: usize) {
        if name == "table" {
            self.depth += 1;
            if self.depth == 1 {
                self.table = Some(Building {
                    line,
                    header: Vec::new(),
                    rows: Vec::new(),
                    row: None,
                    cell: None,
                });
            }
            return;
        }
        let Some(table) = self.table.as_mut().filter(|_| self.depth == 1) else {
            if name == "br" {
                self.text(" ");
            }
            return;
        };
        match name {
            "tr" => {
                table.end_row();
                table.row = Some((line, Vec::new()));
            }
            "td" | "th" => {
                table.end_cell();
                if table.row.is_none() {
                    table.row = Some((line, Vec::new()));
                }
                table.cell = Some(String::new());
            }
            "br" | "p" | "li" | "div" => {
                if let Some(cell) = &mut table.cell {
                    cell.push(' ');
                }
            }
            _ => {}
        }
    }

    fn close(&mut self, name: &str) -> Option<Table> {
        match name {
            "table" => {
                self.depth = self.depth.saturating_sub(1);
                if self.depth > 0 {
                    return None;
                }
                let mut table = self.table.take()?;
                table.end_row();
                Some(Table {
                    line: table.line,
                    header: table.header,
                    rows: table.rows,
                })
            }
            "td" | "th" if self.depth == 1 => {
                if let Some(table) = &mut self.table {
                    table.end_cell();
                }
                None
            }
            "tr" if self.depth == 1 => {
                if let Some(table) = &mut self.table {
                    table.end_row();
                }
                None
            }
            _ => None,
        }
    }
}

impl Building {
    fn end_cell(&mut self) {
        if let (Some(cell), Some((_, cells))) = (self.cell.take(), &mut self.row) {
            cells.push(shown(&cell));
        }
    }

    /// The row ends. The first row is the header: `<th>` cells, or, in a table without
    /// them, the cells that name the columns.
    fn end_row(&mut self) {
        self.end_cell();
        if let Some((line, cells)) = self.row.take().filter(|(_, cells)| !cells.is_empty()) {
            if self.header.is_empty() && self.rows.is_empty() {
                self.header = cells;
            } else {
                self.rows.push(Row {
                    line,
                    // An HTML table is not Markdown: its backticks and brackets are text.
                    sources: cells.iter().map(|cell| escape_markdown(cell)).collect(),
                    cells,
                });
            }
        }
    }
}
