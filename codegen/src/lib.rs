//! The code generator behind `error_catalog!`: a catalog's text in, Rust source or
//! diagnostics out. It is a plain library so that the macro stays a thin shim and the
//! whole pipeline is unit-tested without a compiler in the loop:
//!
//! ```text
//! bytes -> parse (spans kept) -> validate -> model -> generate
//! ```
//!
//! [`load`] never panics, whatever the bytes: every problem is a [`Diagnostic`]. [`generate()`]
//! is total on the models `load` returns; a model built by hand must hold the same
//! invariants (valid identifiers, indices in range).

pub mod ast;
pub mod diagnostic;
mod escapes;
mod examples;
mod expand;
pub mod generate;
pub mod lint;
pub mod locate;
pub mod markdown_escape;
pub mod model;
pub use error_catalog_core::names;
pub mod parse;
pub mod quote;
pub mod template;
pub mod validate;

pub use diagnostic::Diagnostic;
pub use expand::expand;
pub use generate::{TrackedFile, generate};
pub use locate::{Located, locate};
pub use model::Catalog;

/// Reads catalog bytes into a checked model.
///
/// # Errors
///
/// Every problem found, in file order.
pub fn load(bytes: &[u8]) -> Result<Catalog, Vec<Diagnostic>> {
    load_with_ast(bytes).map(|(catalog, _)| catalog)
}

/// What `check` found: the model or the errors, and what the lints found (only for a
/// valid catalog).
#[derive(Debug)]
pub struct Checked {
    /// The model, or every error in file order.
    pub catalog: Result<Catalog, Vec<Diagnostic>>,
    /// What [`lint`](lint::lint) says of a valid catalog, at each lint's level.
    pub lints: lint::Findings,
}

/// Reads catalog bytes like [`load`], and lints a valid catalog (the CLI's `check`; the
/// macro has no use for warnings it cannot show), each lint at the level `overrides`
/// gives it, else the catalog's.
pub fn check(bytes: &[u8], overrides: &[(lint::Lint, lint::Level)]) -> Checked {
    match load_with_ast(bytes) {
        Ok((catalog, ast)) => Checked {
            lints: lint::lint(&ast, &catalog, overrides),
            catalog: Ok(catalog),
        },
        Err(errors) => Checked {
            catalog: Err(errors),
            lints: lint::Findings::default(),
        },
    }
}

fn load_with_ast(bytes: &[u8]) -> Result<(Catalog, ast::Catalog), Vec<Diagnostic>> {
    let source = std::str::from_utf8(bytes).map_err(|error| {
        let at = error.valid_up_to();
        vec![
            Diagnostic::new(at..at, "the catalog is not valid UTF-8")
                .label("invalid byte here")
                .help("save the file as UTF-8"),
        ]
    })?;
    let mut diagnostics = Vec::new();
    let ast = parse::parse(source, &mut diagnostics);
    match validate::validate(source, &ast, &mut diagnostics) {
        Some(catalog) if diagnostics.is_empty() => Ok((catalog, ast)),
        _ => {
            // In file order, as a reader fixes them; once each, though a group's entry is
            // checked for every endpoint that includes it.
            diagnostics.sort_by_key(|d| d.span.start);
            let mut seen = std::collections::HashSet::new();
            diagnostics.retain(|d| seen.insert((d.span.clone(), d.message.clone())));
            Err(diagnostics)
        }
    }
}

/// Renders `diagnostics` for a catalog at `path` with contents `bytes`, one string each.
pub fn render(diagnostics: &[Diagnostic], path: &str, bytes: &[u8]) -> Vec<String> {
    let source = String::from_utf8_lossy(bytes);
    diagnostics
        .iter()
        .map(|d| d.render(path, &source))
        .collect()
}
