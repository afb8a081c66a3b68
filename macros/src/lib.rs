//! The `error_catalog!` proc-macro. Use it through the `error-catalog` crate, which
//! re-exports it beside the types the generated code needs.
//!
//! This crate is a shim: it takes the path literal and turns problems into compile errors.
//! Everything else lives in `error-catalog-codegen`, where it is tested as plain code and
//! shared with the CLI.

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
    match error_catalog_codegen::expand(&literal.value(), |var| std::env::var(var).ok()) {
        Ok(tokens) => tokens.into(),
        Err(problems) => problems
            .iter()
            .map(|message| compile_error(literal.span(), message))
            .collect::<TokenStream2>()
            .into(),
    }
}

/// `::core::compile_error!("...")` at `span`.
fn compile_error(span: Span, message: &str) -> TokenStream2 {
    syn::Error::new(span, message).to_compile_error()
}
