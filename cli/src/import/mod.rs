//! `error-catalog import`: a vendor's error page -> a catalog to review.
//!
//! The page is read as a browser shows it (`repair` first makes text copied out of a
//! browser read as Markdown again; `page` parses with pulldown-cmark, `html` reads
//! HTML tables), then `table` finds the error tables and reads their rows, `guess`
//! names what the page does not, and `write` writes the TOML. Each error table becomes
//! an endpoint, keyed by the nearest heading above it.

mod guess;
mod html;
mod page;
mod repair;
mod table;
mod write;

use write::Kind;

/// The catalog, and a warning for every line that could not be read.
#[derive(Debug)]
pub struct Imported {
    /// The catalog's TOML.
    pub toml: String,
    /// `line N: …` for each row or table left out, and why, and each repair of the page.
    pub warnings: Vec<String>,
}

/// Reads `page` (Markdown, with HTML tables where it has them) into a catalog named `name`.
///
/// # Errors
///
/// A page with no error table.
pub fn import(page: &str, name: &str) -> Result<Imported, String> {
    let mut warnings = Vec::new();
    let repaired = repair::repair(page, &mut warnings);
    let blocks = page::read(&repaired.text, repaired.lines());
    let tables = table::error_tables(&blocks, &mut warnings);
    if tables.iter().all(|t| t.rows.is_empty()) {
        return Err(if tables.is_empty() {
            "no error table found: expected a table whose header has a `Code` column".to_owned()
        } else {
            "the page's error tables have no row that could be read".to_owned()
        });
    }
    let codes: Vec<&str> = tables
        .iter()
        .flat_map(|t| &t.rows)
        .map(|r| r.code.as_str())
        .collect();
    let wire = guess::wire(&blocks, &codes);
    // Widget endpoints only where the page shows its errors as strings.
    let mut widget = None;
    let mut kinds = Vec::new();
    for table in &tables {
        let all_listed = table.rows.iter().all(|r| r.status.is_some());
        let kind = if table.has_status && all_listed {
            Kind::Http
        } else if !table.has_status
            && let Some(format) = widget
                .clone()
                .or_else(|| guess::widget_format(&blocks, &table.rows))
                .filter(|format| fits(format, &table.rows))
        {
            widget = Some(format);
            Kind::Widget
        } else {
            Kind::Unlisted
        };
        kinds.push(kind);
    }
    let page = write::Page {
        name,
        tables: tables.into_iter().zip(kinds).collect(),
        wire,
        widget,
    };
    Ok(Imported {
        toml: write::catalog(&page),
        warnings,
    })
}

/// Whether every row can be written in the widget `format`: a type for `<type>`.
fn fits(format: &str, rows: &[table::ErrorRow]) -> bool {
    !format.contains("<type>") || rows.iter().all(|r| !r.error_type.is_empty())
}
