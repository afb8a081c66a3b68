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
            "line 6: 2 cells where the table has 3 columns: row left out",
            "line 7: status \"teapot\" is not an HTTP error status: row left out",
            "line 8: code \"\" is empty or has spaces: row left out",
        ]
    );
    let report = error_catalog_cli::check("shop.toml", imported.toml.as_bytes());
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
    fn import_never_panics(page in "[|:`*# \\n<>A-Za-z0-9\\\\-]{0,300}") {
        if let Ok(imported) = import(&page, "fuzz") {
            // Whatever it imports is a catalog the pipeline reads without panicking.
            let _ = error_catalog_cli::check("fuzz.toml", imported.toml.as_bytes());
        }
    }

    #[test]
    fn import_never_panics_on_arbitrary_text(page in ".{0,400}") {
        let _ = import(&page, "fuzz");
    }
}
