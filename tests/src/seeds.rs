//! The two seed pages (copies in `fixtures/seeds/`), parsed into rows, for tests that
//! compare the catalogs, the generated enums and the rendered docs with them.

use ::std::prelude::rust_2024::*;

/// The Aerosync page.
pub const AEROSYNC: &str = include_str!("../fixtures/seeds/aerosync.txt");
/// Plaid's legacy page.
pub const PLAID: &str = include_str!("../fixtures/seeds/plaid.md");

/// A row of an error table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The status number (Aerosync writes `401 Forbidden`; the number is the status).
    pub status: u16,
    /// The code.
    pub code: String,
    /// The message.
    pub message: String,
    /// The description (Plaid's "Resolve").
    pub description: String,
}

/// The rows of a docs table laid out `HTTP Status | Code | Message | Description | …`,
/// as the seed rows they should be.
#[must_use]
pub fn http_rows(rows: &[Vec<String>]) -> Vec<Row> {
    rows.iter()
        .map(|cells| Row {
            status: cells[0]
                .split(' ')
                .next()
                .and_then(|status| status.parse().ok())
                .unwrap_or_default(),
            code: cells[1].clone(),
            message: cells[2].clone(),
            description: cells[3].clone(),
        })
        .collect()
}

/// Aerosync's endpoint tables, in order: `| 400 Bad Request | AC-100 | message | description |`.
#[must_use]
pub fn aerosync_tables() -> Vec<Vec<Row>> {
    let mut tables: Vec<Vec<Row>> = Vec::new();
    for line in AEROSYNC.lines() {
        if line.starts_with("| HTTP Status |") {
            tables.push(Vec::new());
            continue;
        }
        let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
        if let (Some(table), [status, code, message, description]) =
            (tables.last_mut(), cells.as_slice())
            && code.starts_with("AC-")
            && let Some(status) = status.split(' ').next().and_then(|s| s.parse().ok())
        {
            table.push(Row {
                status,
                code: (*code).to_owned(),
                message: (*message).to_owned(),
                description: (*description).to_owned(),
            });
        }
    }
    tables
}

/// Aerosync's widget errors, `(code, type, message)`, sorted: the `AR` table's rows and the
/// example strings (`INCORRECT_CREDENTIALS | Code: AC-117 | Message: …`).
#[must_use]
pub fn aerosync_widget_rows() -> Vec<(String, String, String)> {
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for line in AEROSYNC.lines() {
        let cells: Vec<&str> = line.trim_end_matches(" |").split(" | ").collect();
        let [first, second, third] = cells.as_slice() else {
            continue;
        };
        let row = match (
            second.strip_prefix("Code: "),
            third.strip_prefix("Message: "),
        ) {
            // An example string: `TYPE | Code: CODE | Message: MESSAGE`.
            (Some(code), Some(message)) if *first != "ERROR_TYPE" => (code, *first, message),
            // A row of the AR table: `CODE | TYPE | MESSAGE |`.
            _ if first.starts_with("AR-") => (*first, *second, *third),
            _ => continue,
        };
        let row = (row.0.to_owned(), row.1.to_owned(), row.2.to_owned());
        if !rows.contains(&row) {
            rows.push(row);
        }
    }
    rows.sort();
    rows
}

/// Plaid's rows: `` `402` | `1200` | *invalid credentials* | The username or password … ``.
#[must_use]
pub fn plaid_rows() -> Vec<Row> {
    PLAID
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.splitn(4, " | ").collect();
            let [status, code, message, resolve] = cells.as_slice() else {
                return None;
            };
            Some(Row {
                status: status.trim_matches('`').parse().ok()?,
                code: code.trim_matches('`').parse::<u32>().ok()?.to_string(),
                message: message.trim_matches('*').to_owned(),
                description: (*resolve).to_owned(),
            })
        })
        .collect()
}
