//! The seed pages both ways. `error-catalog docs` regenerates the pages the catalogs came
//! from: every row of Aerosync's endpoint tables and widget table, and every row of Plaid's
//! page. `error-catalog import` of each page gives a catalog that passes `check` and whose
//! docs regenerate the page's rows again.

use error_catalog_cli::docs::Format;
use error_catalog_tests::seeds::{self, Row, http_rows};
use std::path::Path;

fn page(catalog: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../catalogs")
        .join(catalog);
    error_catalog_cli::docs(catalog, &std::fs::read(path).unwrap(), Format::Markdown).unwrap()
}

/// The docs of the catalog `import` makes of a seed page, after checking it has no errors.
fn imported_page(seed: &str, name: &str) -> String {
    let imported = error_catalog_cli::import::import(seed, name).unwrap();
    // Repairs of a page copied out of a browser are reported, but no row is left out.
    let left_out: Vec<&String> = imported
        .warnings
        .iter()
        .filter(|w| w.contains("left out"))
        .collect();
    assert_eq!(
        left_out,
        Vec::<&String>::new(),
        "every row of the page is read"
    );
    let report = error_catalog_cli::check("imported.toml", imported.toml.as_bytes(), &[]);
    assert_eq!(
        report.errors,
        Vec::<String>::new(),
        "the imported catalog passes check:\n{}",
        imported.toml
    );
    error_catalog_cli::docs("imported.toml", imported.toml.as_bytes(), Format::Markdown).unwrap()
}

/// Markdown cell text as shown: escapes dropped, autolinks back to bare URLs.
fn shown(cell: &str) -> String {
    let mut out = String::new();
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '<' if chars.peek() == Some(&'h') => {}
            '>' if out.contains("http") && !out.ends_with(' ') => {}
            _ => out.push(c),
        }
    }
    out
}

/// The tables of a page, each as its heading and rows of cells.
fn tables(page: &str) -> Vec<(String, Vec<Vec<String>>)> {
    let mut tables: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let mut heading = String::new();
    let mut in_table = false;
    for line in page.lines() {
        if let Some(h) = line
            .strip_prefix("### ")
            .or_else(|| line.strip_prefix("## "))
        {
            h.clone_into(&mut heading);
            in_table = false;
        } else if line.starts_with("| ") && !in_table {
            tables.push((heading.clone(), Vec::new()));
            in_table = true;
        } else if line.starts_with("| ") {
            let inner = &line[2..line.len() - 2];
            let mut cells = Vec::new();
            let mut cell = String::new();
            let mut escaped = false;
            for c in inner.chars() {
                if c == '|' && !escaped && cell.ends_with(' ') {
                    cells.push(shown(cell.trim()));
                    cell.clear();
                } else {
                    cell.push(c);
                }
                escaped = c == '\\' && !escaped;
            }
            cells.push(shown(cell.trim()));
            tables.last_mut().unwrap().1.push(cells);
        } else if !line.starts_with('|') {
            in_table = false;
        }
    }
    tables
}

#[test]
fn the_aerosync_page_is_regenerated_table_by_table_row_by_row() {
    let tables = tables(&page("aerosync.toml"));
    let endpoint_tables: Vec<Vec<Row>> = tables[1..12]
        .iter()
        .map(|(_, rows)| http_rows(rows))
        .collect();
    let seed = seeds::aerosync_tables();
    assert_eq!(endpoint_tables.len(), seed.len());
    for (index, (ours, theirs)) in endpoint_tables.iter().zip(&seed).enumerate() {
        assert_eq!(ours, theirs, "table {}", index + 1);
    }
    let (heading, widget) = &tables[12];
    assert!(heading.starts_with("widget"));
    let mut widget: Vec<(String, String, String)> = widget
        .iter()
        .map(|c| (c[0].clone(), c[1].clone(), c[2].clone()))
        .collect();
    widget.sort();
    assert_eq!(widget, seeds::aerosync_widget_rows());
}

#[test]
fn the_plaid_page_is_regenerated_row_by_row() {
    let tables = tables(&page("plaid.toml"));
    let (heading, codes) = &tables[0];
    assert_eq!(heading, "Codes");
    assert_eq!(http_rows(codes), seeds::plaid_rows());
}

#[test]
fn status_columns_use_reason_phrases() {
    let page = page("aerosync.toml");
    assert!(page.contains("| 405 Method Not Allowed | AC-105 |"));
    assert!(page.contains("| 429 Too Many Requests | AC-108 |"));
    // The page's "401 Forbidden" (sic) is 401, and rendered with its standard phrase.
    assert!(page.contains("| 401 Unauthorized | AC-101 |"));
}

#[test]
fn importing_the_aerosync_page_regenerates_its_rows() {
    let tables = tables(&imported_page(seeds::AEROSYNC, "aerosync"));
    // Codes, then the page's tables in order: the AR (widget) table first, then the eleven
    // endpoint tables.
    assert_eq!(tables.len(), 1 + 1 + 11);
    let (heading, widget) = &tables[1];
    assert!(heading.starts_with("endpoint_1"), "{heading}");
    let mut widget: Vec<(String, String, String)> = widget
        .iter()
        .map(|c| (c[0].clone(), c[1].clone(), c[2].clone()))
        .collect();
    widget.sort();
    // AC-117 is only in an example string on the page, not in a table.
    let in_tables: Vec<_> = seeds::aerosync_widget_rows()
        .into_iter()
        .filter(|(code, _, _)| code.starts_with("AR-"))
        .collect();
    assert_eq!(widget, in_tables);
    let endpoint_tables: Vec<Vec<Row>> = tables[2..]
        .iter()
        .map(|(_, rows)| http_rows(rows))
        .collect();
    assert_eq!(endpoint_tables.len(), seeds::aerosync_tables().len());
    for (index, (ours, theirs)) in endpoint_tables
        .iter()
        .zip(&seeds::aerosync_tables())
        .enumerate()
    {
        assert_eq!(ours, theirs, "table {}", index + 1);
    }
}

#[test]
fn importing_the_plaid_page_regenerates_its_rows() {
    let page = imported_page(seeds::PLAID, "plaid");
    let tables = tables(&page);
    assert_eq!(http_rows(&tables[0].1), seeds::plaid_rows());
    // One endpoint per table, named after the heading above it.
    assert_eq!(tables[1].0, "error_codes");
    assert_eq!(tables[2].0, "plaid_link_stripe_ach");
    assert_eq!((tables[1].1.len(), tables[2].1.len()), (60, 2));
}
