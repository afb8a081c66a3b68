//! Downstream-crate tests of error-catalog. The catalogs are expanded here, in a library
//! held to strict lints, so the generated code is checked as users' crates see it.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, clippy::pedantic)]

/// The Aerosync catalog.
pub mod aerosync {
    ::error_catalog::error_catalog!("../catalogs/aerosync.toml");
}

/// Plaid's legacy catalog.
pub mod plaid {
    ::error_catalog::error_catalog!("../catalogs/plaid.toml");
}
