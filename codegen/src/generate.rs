//! [`crate::model::Catalog`] -> Rust tokens: the `Code` enum, then one enum per endpoint, in
//! catalog order, each item documented, every path absolute so the output compiles
//! anywhere (`#![no_implicit_prelude]`, beside a user's own `Result` or `String`).

#![allow(
    clippy::too_many_lines,
    reason = "a function per generated item reads best as one `quote!`"
)]

use crate::docs::escape_markdown;
use crate::model::{Catalog, Code, CodeType, Endpoint, Entry, Retry, Transport};
use crate::names;
use crate::template::{Segment, Template};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

mod wire;

/// How the generated code makes cargo rebuild the crate when the catalog file changes:
/// `include_bytes!(concat!(env!(env_var), "/", relative))`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrackedFile {
    /// The variable holding the base directory, normally `CARGO_MANIFEST_DIR`.
    pub env_var: String,
    /// The file's path below it, with `/` separators.
    pub relative: String,
}

/// The runtime module for what only generated code uses, named for this version (see
/// `error_catalog::__private_v0_1`).
const PRIVATE: &str = concat!(
    "__private_v",
    env!("CARGO_PKG_VERSION_MAJOR"),
    "_",
    env!("CARGO_PKG_VERSION_MINOR")
);

/// Generates the items for `catalog`.
pub fn generate(catalog: &Catalog, tracked: Option<&TrackedFile>) -> TokenStream {
    let code_enum = code_enum(catalog);
    let endpoints = catalog
        .endpoints
        .iter()
        .map(|endpoint| endpoint_enum(catalog, endpoint));
    let track = tracked.map(|file| {
        let var = &file.env_var;
        let relative = format!("/{}", file.relative.trim_start_matches('/'));
        quote! {
            // Makes cargo rebuild this crate when the catalog changes.
            const _: &[::core::primitive::u8] = ::core::include_bytes!(::core::concat!(::core::env!(#var), #relative));
        }
    });
    quote! {
        #code_enum
        #(#endpoints)*
        #track
    }
}

fn code_enum(catalog: &Catalog) -> TokenStream {
    let heading = format!(
        "Every error code of the {} catalog, in catalog order.",
        code_span(&catalog.name)
    );
    let mut doc_lines = vec![heading];
    if let Some(description) = &catalog.description {
        doc_lines.push(String::new());
        doc_lines.push(description.clone());
    }
    let doc = doc_attrs(&doc_lines);
    let variants = catalog.codes.iter().map(|code| {
        let ident = ident(&code.name);
        let doc = variant_doc(
            code,
            &code.message,
            code.status,
            code.retry,
            &code.description,
        );
        quote! { #doc #ident, }
    });
    let idents: Vec<Ident> = catalog.codes.iter().map(|c| ident(&c.name)).collect();
    let texts = catalog.codes.iter().map(|c| &c.code);
    let as_str_arms = idents
        .iter()
        .zip(texts.clone())
        .map(|(ident, text)| quote! { Self::#ident => #text, });
    // Sorted by text for a binary search: rustc compiles a `match` on strings into one
    // comparison per arm.
    let mut by_text: Vec<(&str, &Ident)> = catalog
        .codes
        .iter()
        .map(|c| c.code.as_str())
        .zip(&idents)
        .collect();
    by_text.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let sorted_texts = by_text.iter().map(|(text, _)| text);
    let sorted_idents = by_text.iter().map(|(_, ident)| ident);
    let status_use = option_use(
        catalog.codes.iter().any(|c| c.status.is_some()),
        catalog.codes.iter().any(|c| c.status.is_none()),
    );
    let status_arms = idents.iter().zip(&catalog.codes).map(|(ident, code)| {
        let status = option_u16(code.status);
        quote! { Self::#ident => #status, }
    });
    let message_arms = idents.iter().zip(&catalog.codes).map(|(ident, code)| {
        let text = &code.message.text;
        quote! { Self::#ident => #text, }
    });
    let description_arms = idents.iter().zip(&catalog.codes).map(|(ident, code)| {
        let text = &code.description;
        quote! { Self::#ident => #text, }
    });
    let retry_arms = idents.iter().zip(&catalog.codes).map(|(ident, code)| {
        let retry = retry(code.retry);
        quote! { Self::#ident => #retry, }
    });
    let numeric = (catalog.code_type == CodeType::Integer)
        .then(|| integer_accessors(&catalog.codes, &idents));
    let wire = wire::wire_const(catalog);
    quote! {
        #doc
        #[derive(
            ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq,
            ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug,
        )]
        pub enum Code {
            #(#variants)*
        }

        impl Code {
            /// Every code, in catalog order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            #wire

            /// The code as the API writes it.
            #[must_use]
            pub const fn as_str(self) -> &'static ::core::primitive::str {
                match self { #(#as_str_arms)* }
            }

            /// The code the API wrote as `code`, if the catalog has it (exact match).
            #[must_use]
            pub fn parse(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                const BY_TEXT: &[(&::core::primitive::str, Code)] = &[#((#sorted_texts, Code::#sorted_idents)),*];
                match BY_TEXT.binary_search_by(|(text, _)| ::core::cmp::Ord::cmp(*text, code)) {
                    ::core::result::Result::Ok(index) => ::core::option::Option::Some(BY_TEXT[index].1),
                    ::core::result::Result::Err(_) => ::core::option::Option::None,
                }
            }

            #numeric

            /// The HTTP status the code has unless an endpoint overrides it; `None` for a
            /// code that is only reported as a string (a widget error).
            #[must_use]
            pub const fn status(self) -> ::core::option::Option<::core::primitive::u16> {
                #status_use
                match self { #(#status_arms)* }
            }

            /// The message template unless an endpoint overrides it; `<name>` marks a
            /// placeholder.
            #[must_use]
            pub const fn message(self) -> &'static ::core::primitive::str {
                match self { #(#message_arms)* }
            }

            /// What the code means and what to do, unless an endpoint overrides it.
            #[must_use]
            pub const fn description(self) -> &'static ::core::primitive::str {
                match self { #(#description_arms)* }
            }

            /// Whether retrying can help, unless an endpoint overrides it.
            #[must_use]
            pub const fn retry(self) -> ::error_catalog::Retry {
                match self { #(#retry_arms)* }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for Code {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for Code {
            type Err = ::error_catalog::UnknownCode;

            fn from_str(code: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::parse(code) {
                    ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                    ::core::option::Option::None => ::core::result::Result::Err(::error_catalog::UnknownCode::new(code)),
                }
            }
        }
    }
}

fn integer_accessors(codes: &[Code], idents: &[Ident]) -> TokenStream {
    let numbers: Vec<Literal> = codes
        .iter()
        .map(|c| Literal::u32_unsuffixed(c.number.unwrap_or_default()))
        .collect();
    quote! {
        /// The code as a number.
        #[must_use]
        pub const fn as_u32(self) -> ::core::primitive::u32 {
            match self { #(Self::#idents => #numbers,)* }
        }

        /// The code the API sent as the number `code`, if the catalog has it.
        #[must_use]
        pub const fn from_u32(code: ::core::primitive::u32) -> ::core::option::Option<Self> {
            use ::core::option::Option::{None, Some};
            match code {
                #(#numbers => Some(Self::#idents),)*
                _ => None,
            }
        }
    }
}

fn endpoint_enum(catalog: &Catalog, endpoint: &Endpoint) -> TokenStream {
    let name = ident(&endpoint.enum_name);
    let private = private();
    let (wire_methods, wire_impls) = wire::endpoint_wire(catalog, endpoint);
    let doc = doc_attrs(&endpoint_doc(catalog, endpoint));
    let variants = endpoint.entries.iter().map(|entry| variant(catalog, entry));
    let codes: Vec<Ident> = endpoint
        .entries
        .iter()
        .map(|entry| ident(&catalog.code_of(entry).name))
        .collect();
    let patterns: Vec<TokenStream> = endpoint
        .entries
        .iter()
        .map(|entry| pattern(catalog, entry))
        .collect();
    // What an endpoint says like its codes' defaults is read from `Code`; only what it
    // words differently is spelled out here, as in the catalog.
    let own = |differs: &dyn Fn(&Entry) -> bool, value: &dyn Fn(&Entry) -> TokenStream| {
        endpoint
            .entries
            .iter()
            .map(|entry| {
                (
                    pattern(catalog, entry),
                    differs(entry).then(|| value(entry)),
                )
            })
            .collect::<Vec<_>>()
    };
    let templates = overrides(
        &own(
            &|e| e.message.text != catalog.code_of(e).message.text,
            &|e| {
                let text = &e.message.text;
                quote! { #text }
            },
        ),
        &quote! { self.code().message() },
    );
    let descriptions = overrides(
        &own(&|e| e.description != catalog.code_of(e).description, &|e| {
            let text = &e.description;
            quote! { #text }
        }),
        &quote! { self.code().description() },
    );
    let retries = overrides(
        &own(&|e| e.retry != catalog.code_of(e).retry, &|e| {
            retry(e.retry)
        }),
        &quote! { self.code().retry() },
    );
    let displays = overrides(
        &endpoint
            .entries
            .iter()
            .map(|entry| match display(catalog, entry) {
                Some((pattern, body)) => (pattern, Some(body)),
                None => (pattern(catalog, entry), None),
            })
            .collect::<Vec<_>>(),
        &quote! { f.write_str(self.message_template()) },
    );
    let key = &endpoint.key;
    let method = option_str(endpoint.method.as_deref());
    let path = option_str(endpoint.path.as_deref());
    let transport_specific = match endpoint.transport {
        Transport::Http => {
            let statuses = endpoint
                .entries
                .iter()
                .map(|entry| Literal::u16_unsuffixed(entry.status.unwrap_or_default()));
            quote! {
                /// The HTTP status this endpoint answers the error with.
                #[must_use]
                pub const fn status(&self) -> ::core::primitive::u16 {
                    match self { #(#patterns => #statuses,)* }
                }
            }
        }
        Transport::Widget => {
            let types = endpoint.entries.iter().map(|entry| {
                catalog
                    .code_of(entry)
                    .error_type
                    .clone()
                    .unwrap_or_default()
            });
            quote! {
                /// The error type the widget reports, like `POLLING_TIMEOUT`.
                #[must_use]
                pub const fn error_type(&self) -> &'static ::core::primitive::str {
                    match self { #(#patterns => #types,)* }
                }
            }
        }
    };
    let http_status = match endpoint.transport {
        Transport::Http => quote! { ::core::option::Option::Some(self.status()) },
        Transport::Widget => quote! { ::core::option::Option::None },
    };
    quote! {
        #doc
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        pub enum #name {
            #(#variants)*
        }

        impl #name {
            /// The codes this endpoint can return, in the order the catalog lists them.
            pub const CODES: &'static [Code] = &[#(Code::#codes),*];

            /// Which endpoint this is.
            pub const ENDPOINT: ::error_catalog::Endpoint = ::error_catalog::Endpoint {
                key: #key,
                method: #method,
                path: #path,
            };

            /// The error's code.
            #[must_use]
            pub const fn code(&self) -> Code {
                match self { #(#patterns => Code::#codes,)* }
            }

            #transport_specific

            /// The message template as this endpoint words it; `<name>` marks a placeholder.
            #[must_use]
            pub const fn message_template(&self) -> &'static ::core::primitive::str {
                #templates
            }

            /// What the error means and what to do, as this endpoint's table says.
            #[must_use]
            pub const fn description(&self) -> &'static ::core::primitive::str {
                #descriptions
            }

            /// Whether retrying can help.
            #[must_use]
            pub const fn retry(&self) -> ::error_catalog::Retry {
                #retries
            }

            #wire_methods
        }

        /// The message, with placeholders filled in.
        #[automatically_derived]
        impl ::core::fmt::Display for #name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #displays
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for #name {}

        #[automatically_derived]
        impl ::error_catalog::#private::CatalogError for #name {
            fn code_str(&self) -> &'static ::core::primitive::str {
                self.code().as_str()
            }
            fn http_status(&self) -> ::core::option::Option<::core::primitive::u16> {
                #http_status
            }
            fn message_template(&self) -> &'static ::core::primitive::str {
                self.message_template()
            }
            fn description(&self) -> &'static ::core::primitive::str {
                self.description()
            }
            fn retry(&self) -> ::error_catalog::Retry {
                self.retry()
            }
            fn endpoint(&self) -> ::error_catalog::Endpoint {
                Self::ENDPOINT
            }
        }

        #wire_impls
    }
}

fn endpoint_doc(catalog: &Catalog, endpoint: &Endpoint) -> Vec<String> {
    let what = match (endpoint.transport, &endpoint.method, &endpoint.path) {
        (Transport::Widget, ..) => "Errors the widget reports as strings".to_owned(),
        (Transport::Http, Some(method), Some(path)) => {
            format!("Errors of {}", code_span(&format!("{method} {path}")))
        }
        (Transport::Http, None, Some(path)) => format!("Errors of {}", code_span(path)),
        (Transport::Http, Some(method), None) => {
            format!(
                "Errors of a {} call whose path the catalog does not give",
                code_span(method)
            )
        }
        (Transport::Http, None, None) => {
            "Errors of a call whose path the catalog does not give".to_owned()
        }
    };
    let mut lines = vec![format!(
        "{what} ({} in the {} catalog).",
        code_span(&endpoint.key),
        code_span(&catalog.name)
    )];
    if let Some(description) = &endpoint.description {
        lines.push(String::new());
        lines.push(description.clone());
    }
    lines.push(String::new());
    lines.push(
        "Exactly the codes the catalog lists for this endpoint; a `match` must cover them all."
            .to_owned(),
    );
    lines
}

fn variant(catalog: &Catalog, entry: &Entry) -> TokenStream {
    let code = catalog.code_of(entry);
    let ident = ident(&code.name);
    let doc = variant_doc(
        code,
        &entry.message,
        entry.status,
        entry.retry,
        &entry.description,
    );
    if entry.message.fields.is_empty() {
        return quote! { #doc #ident, };
    }
    let fields = entry.message.fields.iter().map(|field| {
        let doc = doc_attrs(&[format!(
            "The {} in the message.",
            code_span(&format!("<{}>", field.placeholder))
        )]);
        let name = field_ident(&field.name);
        quote! { #doc #name: ::std::string::String, }
    });
    quote! { #doc #ident { #(#fields)* }, }
}

/// `Self::UserNotFound { .. }` or `Self::InvalidRequest`.
fn pattern(catalog: &Catalog, entry: &Entry) -> TokenStream {
    let ident = ident(&catalog.code_of(entry).name);
    if entry.message.fields.is_empty() {
        quote! { Self::#ident }
    } else {
        quote! { Self::#ident { .. } }
    }
}

/// The `Display` arm of a variant whose message is not its template text as is (it has
/// placeholders, or a `<<`): its literals and fields, written in order.
fn display(catalog: &Catalog, entry: &Entry) -> Option<(TokenStream, TokenStream)> {
    let ident = ident(&catalog.code_of(entry).name);
    let template: &Template = &entry.message;
    if template.fields.is_empty() {
        let text = template.segments.iter().map(|s| match s {
            Segment::Literal(text) => text.as_str(),
            Segment::Field(_) => "",
        });
        let rendered: String = text.collect();
        if rendered == template.text {
            return None;
        }
        return Some((quote! { Self::#ident }, quote! { f.write_str(#rendered) }));
    }
    // Each field is bound by its own name, except one named like the formatter `f`.
    let bound: Vec<Ident> = template
        .fields
        .iter()
        .map(|field| {
            let mut name = field.name.clone();
            while name == "f"
                || (name != field.name && template.fields.iter().any(|other| other.name == name))
            {
                name.push('_');
            }
            field_ident(&name)
        })
        .collect();
    let bindings = template.fields.iter().zip(&bound).map(|(field, binding)| {
        let name = field_ident(&field.name);
        if name == *binding {
            quote! { #name }
        } else {
            quote! { #name: #binding }
        }
    });
    let writes: Vec<TokenStream> = template
        .segments
        .iter()
        .map(|segment| match segment {
            Segment::Literal(text) => quote! { f.write_str(#text) },
            Segment::Field(index) => {
                let binding = &bound[*index];
                quote! { f.write_str(#binding) }
            }
        })
        .collect();
    let (last, init) = writes
        .split_last()
        .map_or((None, &[][..]), |(last, init)| (Some(last), init));
    Some((
        quote! { Self::#ident { #(#bindings),* } },
        quote! { {
            #(#init?;)*
            #last
        } },
    ))
}

/// `match self { <arms> _ => <fallback> }`: the variants whose value is their own, then
/// the rest (named, if only one is left). Just the fallback if no variant has its own.
fn overrides(
    entries: &[(TokenStream, Option<TokenStream>)],
    fallback: &TokenStream,
) -> TokenStream {
    let own: Vec<_> = entries
        .iter()
        .filter_map(|(pattern, value)| Some((pattern, value.as_ref()?)))
        .collect();
    if own.is_empty() {
        return fallback.clone();
    }
    let arms = own
        .iter()
        .map(|(pattern, value)| quote! { #pattern => #value, });
    let others: Vec<&TokenStream> = entries
        .iter()
        .filter(|(_, value)| value.is_none())
        .map(|(pattern, _)| pattern)
        .collect();
    let rest = match others.as_slice() {
        [] => TokenStream::new(),
        [only] => quote! { #only => #fallback, },
        _ => quote! { _ => #fallback, },
    };
    quote! {
        match self {
            #(#arms)*
            #rest
        }
    }
}

/// A variant's doc: code and message, then status, widget type and retry, then the
/// description.
fn variant_doc(
    code: &Code,
    message: &Template,
    status: Option<u16>,
    retry: Retry,
    description: &str,
) -> TokenStream {
    let mut lines = vec![format!(
        "{} {}",
        code_span(&code.code),
        code_span(&message.text)
    )];
    lines.push(String::new());
    lines.push(facts(status, retry, code.error_type.as_deref()));
    if !description.is_empty() {
        lines.push(String::new());
        lines.push(escape_markdown(description));
    }
    doc_attrs(&lines)
}

fn facts(status: Option<u16>, retry: Retry, error_type: Option<&str>) -> String {
    let mut facts = Vec::new();
    if let Some(status) = status {
        facts.push(format!("HTTP {status}"));
    }
    if let Some(error_type) = error_type {
        facts.push(format!("widget type {}", code_span(error_type)));
    }
    facts.push(format!(
        "retry: {}",
        match retry {
            Retry::Never => "never",
            Retry::Backoff => "with backoff",
            Retry::Later => "later",
        }
    ));
    let mut line = facts.join(" · ");
    line.push('.');
    line[..1].make_ascii_uppercase();
    line
}

fn retry(retry: Retry) -> TokenStream {
    match retry {
        Retry::Never => quote! { ::error_catalog::Retry::Never },
        Retry::Backoff => quote! { ::error_catalog::Retry::Backoff },
        Retry::Later => quote! { ::error_catalog::Retry::Later },
    }
}

/// `Some(404)` or `None`, with `Some` and `None` imported where used (see `option_use`).
fn option_u16(value: Option<u16>) -> TokenStream {
    let Some(value) = value else {
        return quote! { None };
    };
    let value = Literal::u16_unsuffixed(value);
    quote! { Some(#value) }
}

/// `use ::core::option::Option::{None, Some};`, of the two only those used: a function
/// with many arms reads (and expands) better with `Some(…)` than with the full path.
fn option_use(some: bool, none: bool) -> TokenStream {
    match (some, none) {
        (true, true) => quote! { use ::core::option::Option::{None, Some}; },
        (true, false) => quote! { use ::core::option::Option::Some; },
        (false, true) => quote! { use ::core::option::Option::None; },
        (false, false) => TokenStream::new(),
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    let Some(value) = value else {
        return quote! { ::core::option::Option::None };
    };
    quote! { ::core::option::Option::Some(#value) }
}

/// `#[doc = "..."]` attributes, one per line, each with the leading space `///` gives.
fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().flat_map(|line| line.split('\n')).map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote! { #[doc = #text] }
    });
    quote! { #(#attrs)* }
}

/// Text as a Markdown code span, whatever backticks it holds.
fn code_span(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest == 0 {
        format!("{fence}{text}{fence}")
    } else {
        format!("{fence} {text} {fence}")
    }
}

/// The runtime's versioned private module, as an identifier.
fn private() -> Ident {
    ident(PRIVATE)
}

fn option_usize(value: Option<usize>) -> TokenStream {
    let Some(value) = value else {
        return quote! { ::core::option::Option::None };
    };
    quote! { ::core::option::Option::Some(#value) }
}

fn ident(name: &str) -> Ident {
    format_ident!("{}", name, span = Span::call_site())
}

fn field_ident(name: &str) -> Ident {
    match names::field_ident(name) {
        Some(raw) if raw.starts_with("r#") => Ident::new_raw(&raw[2..], Span::call_site()),
        _ => ident(name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aerosync() -> Catalog {
        crate::load(include_bytes!("../../catalogs/aerosync.toml")).unwrap()
    }

    fn items(catalog: &Catalog) -> Vec<syn::Item> {
        syn::parse2::<syn::File>(generate(catalog, None))
            .unwrap()
            .items
    }

    fn enum_named<'a>(items: &'a [syn::Item], name: &str) -> &'a syn::ItemEnum {
        items
            .iter()
            .find_map(|item| match item {
                syn::Item::Enum(e) if e.ident == name => Some(e),
                _ => None,
            })
            .unwrap()
    }

    fn methods_of(items: &[syn::Item], type_name: &str) -> Vec<String> {
        items
            .iter()
            .filter_map(|item| match item {
                syn::Item::Impl(i)
                    if i.trait_.is_none() && {
                        let ty = &i.self_ty;
                        quote!(#ty).to_string() == type_name
                    } =>
                {
                    Some(i)
                }
                _ => None,
            })
            .flat_map(|i| i.items.iter())
            .filter_map(|item| match item {
                syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn trait_impls_go_through_the_versioned_private_module() {
        let tokens = generate(&aerosync(), None).to_string();
        assert_eq!(
            PRIVATE,
            format!(
                "__private_v{}_{}",
                env!("CARGO_PKG_VERSION_MAJOR"),
                env!("CARGO_PKG_VERSION_MINOR")
            )
        );
        assert!(tokens.contains(&format!(
            ":: error_catalog :: {PRIVATE} :: CatalogError for AccountsError"
        )));
    }

    #[test]
    fn generation_is_deterministic() {
        let catalog = aerosync();
        assert_eq!(
            generate(&catalog, None).to_string(),
            generate(&aerosync(), None).to_string()
        );
    }

    #[test]
    fn every_endpoint_enum_has_exactly_its_codes_and_no_escape_hatch() {
        let catalog = aerosync();
        let items = items(&catalog);
        for endpoint in &catalog.endpoints {
            let generated = enum_named(&items, &endpoint.enum_name);
            let variants: Vec<String> = generated
                .variants
                .iter()
                .map(|v| v.ident.to_string())
                .collect();
            let expected: Vec<String> = endpoint
                .entries
                .iter()
                .map(|e| catalog.code_of(e).name.clone())
                .collect();
            assert_eq!(variants, expected, "{}", endpoint.enum_name);
            assert!(
                !generated
                    .attrs
                    .iter()
                    .any(|a| a.path().is_ident("non_exhaustive"))
            );
            assert!(
                generated
                    .variants
                    .iter()
                    .all(|v| !v.attrs.iter().any(|a| a.path().is_ident("non_exhaustive")))
            );
        }
    }

    #[test]
    fn placeholders_become_string_fields_per_endpoint() {
        let items = items(&aerosync());
        let field_names = |enum_name: &str, variant: &str| -> Vec<String> {
            let generated = enum_named(&items, enum_name);
            let v = generated
                .variants
                .iter()
                .find(|v| v.ident == variant)
                .unwrap();
            v.fields
                .iter()
                .map(|f| f.ident.as_ref().unwrap().to_string())
                .collect()
        };
        assert_eq!(field_names("JobsError", "JobNotFound"), ["job_id"]);
        assert_eq!(
            field_names("BalanceRefreshJobError", "JobNotFound"),
            ["connection_id"]
        );
        assert_eq!(
            field_names("AccountsError", "UserNotFound"),
            ["connection_id"]
        );
        assert!(field_names("AccountsError", "InvalidRequest").is_empty());
    }

    #[test]
    fn http_endpoints_have_a_status_and_the_widget_has_an_error_type_instead() {
        let items = items(&aerosync());
        let accounts = methods_of(&items, "AccountsError");
        assert!(accounts.contains(&"status".to_owned()));
        assert!(!accounts.contains(&"error_type".to_owned()));
        let widget = methods_of(&items, "WidgetError");
        assert!(!widget.contains(&"status".to_owned()));
        assert!(widget.contains(&"error_type".to_owned()));
    }

    #[test]
    fn every_item_and_variant_is_documented() {
        for item in items(&aerosync()) {
            if let syn::Item::Enum(e) = item {
                assert!(
                    e.attrs.iter().any(|a| a.path().is_ident("doc")),
                    "{}",
                    e.ident
                );
                for v in &e.variants {
                    let doc: String = v
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident("doc"))
                        .map(|a| quote!(#a).to_string())
                        .collect();
                    assert!(
                        doc.contains("`AC-") || doc.contains("`AR-"),
                        "{}::{} doc names its code",
                        e.ident,
                        v.ident
                    );
                }
            }
        }
    }

    #[test]
    fn the_catalog_file_is_tracked_through_an_environment_variable() {
        let tracked = TrackedFile {
            env_var: "CARGO_MANIFEST_DIR".into(),
            relative: "catalogs/a.toml".into(),
        };
        let tokens = generate(&aerosync(), Some(&tracked)).to_string();
        assert!(tokens.contains(":: core :: include_bytes ! (:: core :: concat ! (:: core :: env ! (\"CARGO_MANIFEST_DIR\") , \"/catalogs/a.toml\"))"));
    }

    #[test]
    fn markdown_in_code_descriptions_is_escaped_and_code_spans_fit_their_text() {
        assert_eq!(
            escape_markdown("see [connectionId] <id>"),
            "see \\[connectionId\\] \\<id\\>"
        );
        assert_eq!(
            escape_markdown("# no _heading_ for access_token"),
            "\\# no \\_heading\\_ for access_token"
        );
        assert_eq!(code_span("a`b"), "`` a`b ``");
        assert_eq!(code_span("ab"), "`ab`");
    }
}
