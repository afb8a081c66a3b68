//! The `error_catalog!` proc-macro. Use it through the `error-catalog` crate, which
//! re-exports it beside the types the generated code needs.
//!
//! This crate is a shim: it takes the path literal, hands the generated code to rustc's
//! lexer, and turns problems into compile errors. Everything else lives in
//! `error-catalog-codegen`, where it is tested as plain code and shared with the CLI. It
//! uses the compiler's `proc_macro` alone: what it builds, every user builds.

use proc_macro::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// Generates a catalog's `Code` enum and one enum per endpoint. See the `error-catalog`
/// crate for the documentation.
#[proc_macro]
pub fn error_catalog(input: TokenStream) -> TokenStream {
    let (path, span) = match path_literal(input) {
        Ok(found) => found,
        Err(span) => {
            return compile_error(
                span,
                "error_catalog! takes the path of a catalog: error_catalog!(\"catalogs/my_api.toml\")",
            );
        }
    };
    match error_catalog_codegen::expand(&path, |var| std::env::var(var).ok()) {
        // rustc's own lexer, in one call: cheap, where building tokens one by one in this
        // unoptimized build (or lexing first with a crate's own lexer) is not.
        Ok(source) => source.parse().unwrap_or_else(|error| {
            compile_error(
                span,
                &format!("error-catalog wrote code that does not lex ({error}); please report it"),
            )
        }),
        Err(problems) => problems
            .iter()
            .map(|message| compile_error(span, message))
            .collect(),
    }
}

/// The value and span of the one string literal the macro takes, or the span to report a
/// mistake at.
fn path_literal(input: TokenStream) -> Result<(String, Span), Span> {
    let mut tokens = input.into_iter();
    let (first, rest) = (tokens.next(), tokens.next());
    match (first, rest) {
        (Some(TokenTree::Literal(literal)), None) => {
            let span = literal.span();
            error_catalog_codegen::locate::string_literal(&literal.to_string())
                .map(|path| (path, span))
                .ok_or(span)
        }
        // A literal passed on by a `macro_rules!` macro arrives in an invisible group.
        (Some(TokenTree::Group(group)), None) if group.delimiter() == Delimiter::None => {
            path_literal(group.stream())
        }
        (Some(first), _) => Err(first.span()),
        (None, _) => Err(Span::call_site()),
    }
}

/// `::core::compile_error!("…")` at `span`.
fn compile_error(span: Span, message: &str) -> TokenStream {
    let mut message = Literal::string(message);
    message.set_span(span);
    let tokens: [TokenTree; 7] = [
        Punct::new(':', Spacing::Joint).into(),
        Punct::new(':', Spacing::Alone).into(),
        Ident::new("core", span).into(),
        Punct::new(':', Spacing::Joint).into(),
        Punct::new(':', Spacing::Alone).into(),
        Ident::new("compile_error", span).into(),
        Punct::new('!', Spacing::Alone).into(),
    ];
    let mut group = Group::new(Delimiter::Brace, TokenTree::from(message).into());
    group.set_span(span);
    tokens
        .into_iter()
        .map(|mut token| {
            token.set_span(span);
            token
        })
        .chain([TokenTree::from(group)])
        .collect()
}
