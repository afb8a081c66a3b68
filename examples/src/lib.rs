//! A mock Aerosync server and a typed client for it, shared by the `aerosync_server` and
//! `aerosync_client` examples and the loopback test. Run the examples with
//! `cargo run -p error-catalog-examples --example <name>`.

pub mod client;
pub mod mock;

/// The Aerosync catalog.
pub mod aerosync {
    error_catalog::error_catalog!("../catalogs/aerosync.toml");
}
