//! `error-catalog import` on pages that are not clean: every row it cannot read is a warning
//! with its line number, a page without an error table is an error, nothing panics.

use error_catalog_cli::import::import;
use proptest::prelude::*;

#[test]
fn rows_that_cannot_be_read_are_reported_with_their_line_numbers() {
    let page = "\
## Orders

| Status | Code | Message |
|---|---|---|
| 404 | E-1 | Order <orderId> not found. |
| 409 | E-2 |
| teapot | E-3 | I'm a teapot. |
| 500 | | No code. |
| 503 Service Unavailable | E-4 | Down for maintenance. |
";
    let imported = import(page, "shop").unwrap();
    assert_eq!(
        imported.warnings,
        [
            "line 7: status \"teapot\" is not an HTTP error status: row left out",
            "line 8: no code: row left out",
        ]
    );
    let report = error_catalog_cli::check("shop.toml", imported.toml.as_bytes(), &[]);
    assert_eq!(report.errors, Vec::<String>::new(), "{}", imported.toml);
    assert!(imported.toml.contains("[endpoints.orders]"));
    assert!(
        imported.toml.contains("retry = \"later\""),
        "maintenance: try later\n{}",
        imported.toml
    );
}

#[test]
fn header_spellings_separators_and_decorations_are_understood() {
    let page = "\
HTTP Status | Error Code | Error Message | Resolution
:--- | --- | --- | ---:
`400 Bad Request` | **`E-1`** | *bad thing* | Fix it \\| now.
";
    let imported = import(page, "x").unwrap();
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
    assert!(
        imported.toml.contains("[codes.E-1]\nname = \"BadThing\""),
        "{}",
        imported.toml
    );
    assert!(
        imported
            .toml
            .contains("status = 400\nmessage = \"bad thing\"\ndescription = \"Fix it | now.\""),
        "{}",
        imported.toml
    );
    assert!(imported.toml.contains("[endpoints.endpoint_1]"));
}

#[test]
fn pages_without_error_tables_are_errors() {
    assert!(import("", "x").unwrap_err().contains("no error table"));
    assert!(
        import("# Errors\n\nSee the docs.\n", "x")
            .unwrap_err()
            .contains("no error table")
    );
    let only_other = "| Name | Value |\n|---|---|\n| a | b |\n";
    let error = import(only_other, "x").unwrap_err();
    assert!(error.contains("no error table"), "{error}");
    let junk =
        String::from_utf8_lossy(&[0xff, 0x00, 0x7c, 0x2d, 0x7c, 0x0a, 0xfe, 0x7c]).into_owned();
    assert!(import(&junk, "x").is_err());
}

#[test]
fn a_table_without_a_code_column_is_left_out_with_a_warning() {
    let page =
        "| Name | Value |\n|---|---|\n| a | b |\n\n| Code | Message |\n|---|---|\n| E-1 | m |\n";
    let imported = import(page, "x").unwrap();
    assert_eq!(
        imported.warnings,
        ["line 1: a table without a `Code` column: left out"]
    );
}

proptest! {
    #[test]
    fn imports_never_panic_and_always_pass_check(page in "[|:`*# \\n<>A-Za-z0-9\\\\-]{0,300}") {
        if let Ok(imported) = import(&page, "fuzz") {
            // Whatever it imports passes check.
            let report = error_catalog_cli::check("fuzz.toml", imported.toml.as_bytes(), &[]);
            prop_assert!(report.errors.is_empty(), "{:?}\n{}", report.errors, imported.toml);
        }
    }

    #[test]
    fn import_never_panics_on_arbitrary_text(page in ".{0,400}") {
        let _ = import(&page, "fuzz");
    }
}

/// The catalog `import` makes of `page`, after asserting `check` finds no error in it.
fn checked(page: &str) -> error_catalog_cli::import::Imported {
    let imported = import(page, "x").unwrap();
    let report = error_catalog_cli::check("x.toml", imported.toml.as_bytes(), &[]);
    assert_eq!(report.errors, Vec::<String>::new(), "{}", imported.toml);
    imported
}

#[test]
fn what_check_would_reject_is_left_out_or_made_valid() {
    // The same code twice in a table, or in another case, or written as a link.
    let imported = checked(
        "| Status | Code | Message |\n|---|---|---|\n| 400 | [AC-1](#ac-1) | a |\n| 400 | AC-1 | b |\n| 400 | ac-1 | c |\n",
    );
    assert_eq!(
        imported.warnings,
        [
            "line 4: code \"AC-1\" is already in this table, at line 3: its text is added to that row's description",
            "line 5: code \"ac-1\" differs from \"AC-1\" only in case: row left out",
        ]
    );
    // Placeholders that would not be valid fields stay text.
    let imported = checked(
        "| Status | Code | Message |\n|---|---|---|\n| 404 | E-1 | Job <jobId> or <job_id> |\n| 404 | E-2 | <self> |\n",
    );
    assert!(
        imported
            .toml
            .contains(r#"message = "Job <<jobId> or <<job_id>""#),
        "{}",
        imported.toml
    );
    // Headings naming the same enum, and an integer-looking code with a sign.
    let imported = checked(
        "# Version 2 errors\n| Status | Code | Message |\n|---|---|---|\n| 400 | +5 | a |\n\n# Version2 errors\n| Status | Code | Message |\n|---|---|---|\n| 400 | 6 | b |\n",
    );
    assert!(
        imported.toml.contains("code_type = \"string\""),
        "{}",
        imported.toml
    );
    assert!(
        imported.toml.contains("[endpoints.version_2]")
            && imported.toml.contains("[endpoints.version2_2]"),
        "{}",
        imported.toml
    );
}

#[test]
fn tables_without_statuses_are_http_endpoints_that_say_so() {
    let imported = checked("| Code | Message |\n|---|---|\n| W-1 | Timed out. |\n");
    assert!(
        imported.toml.contains("statuses = \"unlisted\"") && !imported.toml.contains("widget"),
        "{}",
        imported.toml
    );
    assert!(!imported.toml.contains("status = "), "{}", imported.toml);
}

#[test]
fn widget_endpoints_come_from_error_strings_the_page_shows() {
    let page = "The widget reports errors like this:\n\n```\nW-1 :: Timed out. :: TIMEOUT\n```\n\n| Code | Type | Message |\n|---|---|---|\n| W-1 | TIMEOUT | Timed out. |\n| W-2 | DOWN | Down. |\n";
    let imported = checked(page);
    assert!(
        imported
            .toml
            .contains(r#"widget = "<code> :: <message> :: <type>""#),
        "{}",
        imported.toml
    );
    assert!(imported.toml.contains("transport = \"widget\""));
}

/// Pages made of real tables with awkward cells: random columns, headings and rows.
fn pages() -> impl Strategy<Value = String> {
    const COLUMNS: &[&str] = &[
        "Code",
        "Status",
        "HTTP Status",
        "Message",
        "Description",
        "Resolve",
        "Type",
        "Notes",
    ];
    const CELLS: &[&str] = &[
        "400",
        "404 Not Found",
        "`429`",
        "teapot",
        "",
        "AC-1",
        "ac-1",
        "AC-2",
        "1200",
        "0012",
        "+5",
        "[AC-3](#ac-3)",
        "User <connectionId> not found.",
        "<jobId> and <job_id>",
        "<self>",
        "a < b",
        "x \\| y",
        "*italic*",
        "POLLING_TIMEOUT",
        "Try again later.",
        "Retry with exponential backoff.",
        "\"quoted\" \\\\ back",
    ];
    const HEADINGS: &[&str] = &[
        "",
        "# Errors",
        "## Version 2",
        "## Version2",
        "### 2024 codes",
        "# !!!",
    ];
    let table = (
        proptest::sample::select(HEADINGS),
        proptest::sample::subsequence(COLUMNS, 1..5),
        proptest::collection::vec(
            proptest::collection::vec(proptest::sample::select(CELLS), 0..6),
            0..8,
        ),
    )
        .prop_map(|(heading, columns, rows)| {
            let mut page = format!(
                "{heading}\n\n| {} |\n|{}\n",
                columns.join(" | "),
                "---|".repeat(columns.len())
            );
            for row in rows {
                page.push_str("| ");
                page.push_str(&row.join(" | "));
                page.push_str(" |\n");
            }
            page
        });
    proptest::collection::vec(table, 1..4).prop_map(|tables| tables.join("\n"))
}

proptest! {
    #[test]
    fn imported_tables_always_pass_check(page in pages()) {
        if let Ok(imported) = import(&page, "fuzz") {
            let report = error_catalog_cli::check("fuzz.toml", imported.toml.as_bytes(), &[]);
            prop_assert!(report.errors.is_empty(), "{:?}\n{}\n{}", report.errors, page, imported.toml);
        }
    }
}
