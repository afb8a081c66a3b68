//! The expansions of both catalogs (and of the edge-case fixture) are committed in
//! `tests/golden/`, formatted, so every
//! change to what the macro generates shows up in review as a diff of Rust. The tests crate
//! compiles them (under its strict lints), so they are known to be valid code.
//!
//! After an intended change, rewrite them with `UPDATE_GOLDEN=1 cargo test -p error-catalog-cli --test golden`.

use std::path::Path;

/// What `error_catalog!(literal)` expands to in the tests crate, against `golden/<name>.rs`.
fn check_golden(catalog: &str, literal: &str) {
    let tests_crate = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
    let expanded = error_catalog_cli::expand(literal, &tests_crate).unwrap();
    let golden = tests_crate.join(format!("golden/{catalog}.rs"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &expanded).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&golden).unwrap_or_default();
    if committed != expanded {
        let first = committed
            .lines()
            .zip(expanded.lines())
            .position(|(a, b)| a != b);
        panic!(
            "the expansion of {catalog}.toml changed (first difference at line {}); review it and run \
             UPDATE_GOLDEN=1 cargo test -p error-catalog-cli --test golden",
            first.map_or(
                committed.lines().count().min(expanded.lines().count()) + 1,
                |i| i + 1
            )
        );
    }
}

#[test]
fn the_aerosync_expansion_matches_its_golden_file() {
    check_golden("aerosync", "../catalogs/aerosync.toml");
}

#[test]
fn the_plaid_expansion_matches_its_golden_file() {
    check_golden("plaid", "../catalogs/plaid.toml");
}

#[test]
fn the_edge_case_expansion_matches_its_golden_file() {
    check_golden("edge_cases", "fixtures/edge-cases.toml");
}

#[test]
fn the_stripe_like_expansion_matches_its_golden_file() {
    check_golden("stripe_like", "fixtures/wire/stripe_like.toml");
}

#[test]
fn the_status_keyed_expansion_matches_its_golden_file() {
    check_golden("github_like", "fixtures/wire/github_like.toml");
}
