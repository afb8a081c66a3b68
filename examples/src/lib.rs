//! Runnable examples of error-catalog: see the `[[example]]` targets in Cargo.toml.
