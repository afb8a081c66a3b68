//! The `error_catalog!` proc-macro. Use it through the `error-catalog` crate, which
//! re-exports it beside the types the generated code needs.
//!
//! This crate is a shim: it reads the file and turns diagnostics into compile errors.
//! Everything else lives in `error-catalog-codegen`, where it is tested as plain code.

use error_catalog_codegen as codegen;
use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as TokenStream2};

/// Generates a catalog's `Code` enum and one enum per endpoint. See the `error-catalog`
/// crate for the documentation.
#[proc_macro]
pub fn error_catalog(input: TokenStream) -> TokenStream {
    let literal = match syn::parse::<syn::LitStr>(input) {
        Ok(literal) => literal,
        Err(error) => {
            return compile_error(
                error.span(),
                "error_catalog! takes the path of a catalog: error_catalog!(\"catalogs/my_api.toml\")",
            )
            .into();
        }
    };
    expand(&literal.value(), literal.span()).into()
}

fn expand(path: &str, span: Span) -> TokenStream2 {
    let located = match codegen::locate(path, |var| std::env::var(var).ok()) {
        Ok(located) => located,
        Err(message) => return compile_error(span, &message),
    };
    let bytes = match std::fs::read(&located.path) {
        Ok(bytes) => bytes,
        Err(error) => {
            let message = format!(
                "cannot read catalog `{path}`: {error}\n  tried: {}\n  = help: catalog paths are relative to the crate root (CARGO_MANIFEST_DIR) of the crate invoking the macro",
                located.path.display()
            );
            return compile_error(span, &message);
        }
    };
    match codegen::load(&bytes) {
        Ok(catalog) => codegen::generate(&catalog, Some(&located.tracked)),
        Err(diagnostics) => codegen::render(&diagnostics, path, &bytes)
            .iter()
            .map(|message| compile_error(span, message))
            .collect(),
    }
}

/// `::core::compile_error!("...")` at `span`.
fn compile_error(span: Span, message: &str) -> TokenStream2 {
    syn::Error::new(span, message).to_compile_error()
}
