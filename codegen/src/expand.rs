//! From the macro's path literal to code: locate, read, load, generate. The macro and the
//! CLI's `expand` both call this, so what the CLI prints is what the macro generates.

use crate::{generate, load, locate, render};

/// The code (Rust source) `error_catalog!(literal)` generates, reading environment variables through
/// `env` (the macro passes the compiler's environment; the CLI, the current directory as
/// `CARGO_MANIFEST_DIR`).
///
/// # Errors
///
/// Every problem, rendered (`--> path:line:col`, the line, a caret, the help): a path that
/// does not resolve, a file that cannot be read, or the catalog's diagnostics.
pub fn expand(literal: &str, env: impl Fn(&str) -> Option<String>) -> Result<String, Vec<String>> {
    let located = locate(literal, env).map_err(|message| vec![message])?;
    let bytes = std::fs::read(&located.path).map_err(|error| {
        vec![format!(
            "cannot read catalog `{literal}`: {error}\n  tried: {}\n  = help: catalog paths are relative to the crate root (CARGO_MANIFEST_DIR) of the crate invoking the macro",
            located.path.display()
        )]
    })?;
    let catalog = load(&bytes).map_err(|diagnostics| render(&diagnostics, literal, &bytes))?;
    Ok(generate(&catalog, Some(&located.tracked)))
}
