//! [`crate::model::Catalog`] -> Rust tokens. The expansion says what the catalog says, once,
//! and nothing else: `Code` with one row of facts per code, then one enum per endpoint with
//! its variants and one entry per code (overrides written as in the catalog). Everything
//! that is the same for every catalog (reading, rendering, the std traits, the inherent
//! methods handlers call) is the runtime's, written once; generated code invokes it.
//!
//! Every path is absolute, so the output compiles anywhere (`#![no_implicit_prelude]`,
//! beside a user's own `Result` or `String`), and each item is documented.

use crate::docs::escape_markdown;
use crate::model::{Catalog, Code, CodeType, Endpoint, Entry, Retry, Transport};
use crate::names;
use crate::template::Template;
use error_catalog_core::phf;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

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

/// Generates the items for `catalog`: the enums, each followed by the runtime's macro that
/// gives it its inherent methods, then one block that implements the runtime's traits with
/// the catalog's facts (the block's imports keep those tables short, and stay out of the
/// invoking module).
pub fn generate(catalog: &Catalog, tracked: Option<&TrackedFile>) -> TokenStream {
    let code_enum = code_enum(catalog);
    let endpoints = catalog
        .endpoints
        .iter()
        .map(|endpoint| endpoint_enum(catalog, endpoint));
    let facts = facts(catalog);
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
        #facts
        #track
    }
}

fn code_enum(catalog: &Catalog) -> TokenStream {
    let private = private();
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
        let doc = doc_attrs(&[summary(code, &code.message, code.status, code.retry)]);
        quote! { #doc #ident, }
    });
    let kind = match catalog.code_type {
        CodeType::String => quote!(string),
        CodeType::Integer => quote!(integer),
    };
    quote! {
        #doc
        #[derive(
            ::core::clone::Clone, ::core::marker::Copy, ::core::cmp::PartialEq, ::core::cmp::Eq,
            ::core::cmp::PartialOrd, ::core::cmp::Ord, ::core::hash::Hash, ::core::fmt::Debug,
        )]
        pub enum Code {
            #(#variants)*
        }

        ::error_catalog::#private::code_items!(Code, #kind);
    }
}

fn endpoint_enum(catalog: &Catalog, endpoint: &Endpoint) -> TokenStream {
    let private = private();
    let name = ident(&endpoint.enum_name);
    let doc = doc_attrs(&endpoint_doc(catalog, endpoint));
    let variants = endpoint.entries.iter().map(|entry| variant(catalog, entry));
    let kind = match endpoint.transport {
        Transport::Http => quote!(http),
        Transport::Widget => quote!(widget),
    };
    quote! {
        #doc
        #[derive(::core::clone::Clone, ::core::fmt::Debug)]
        #[derive(::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]
        pub enum #name {
            #(#variants)*
        }

        ::error_catalog::#private::endpoint_items!(#name, Code, #kind);
    }
}

/// The block of facts: `Code`'s table and the endpoints' entries, as implementations of the
/// runtime's `CatalogCode` and `EndpointError`.
fn facts(catalog: &Catalog) -> TokenStream {
    let imports = imports(catalog);
    let rows = catalog.codes.iter().map(code_facts);
    let catalog_const = catalog_const(catalog);
    let lookup = lookup(catalog);
    let endpoints = catalog
        .endpoints
        .iter()
        .map(|endpoint| endpoint_impl(catalog, endpoint));
    quote! {
        const _: () = {
            #imports

            const FACTS: &[CodeFacts<Code>] = &[#(#rows),*];

            impl ::error_catalog::CatalogCode for Code {
                #catalog_const
                const FACTS: &'static [CodeFacts<Self>] = FACTS;
                #lookup

                fn index(self) -> usize {
                    self as usize
                }
            }

            #(#endpoints)*
        };
    }
}

/// The block's imports: what its tables and functions name, and only that (the output is
/// also read, and compiled, as source).
fn imports(catalog: &Catalog) -> TokenStream {
    let runtime = [
        "Catalog",
        "CodeFacts",
        "CodeType",
        "Endpoint",
        "Entry",
        "Lookup",
        "Values",
        "Visit",
        "Wire",
    ]
    .map(ident);
    let retries = catalog.codes.iter().map(|c| c.retry).chain(
        catalog
            .endpoints
            .iter()
            .flat_map(|e| &e.entries)
            .map(|e| e.retry),
    );
    let retries = retry_use(retries);
    quote! {
        use ::core::option::Option::{self, None, Some};
        use ::core::primitive::usize;
        use ::error_catalog::{#(#runtime),*};
        #retries
    }
}

/// `const CATALOG`: name, code type, wire pointers and widget format.
fn catalog_const(catalog: &Catalog) -> TokenStream {
    let name = &catalog.name;
    let code_type = match catalog.code_type {
        CodeType::String => quote!(String),
        CodeType::Integer => quote!(Integer),
    };
    let code = &catalog.wire.code;
    let message = &catalog.wire.message;
    let description = option_str(catalog.wire.description.as_deref());
    let widget = option_str(catalog.wire.widget.as_ref().map(|t| t.text.as_str()));
    quote! {
        const CATALOG: Catalog = Catalog {
            name: #name,
            code_type: CodeType::#code_type,
            wire: Wire {
                code: #code,
                message: #message,
                description: #description,
            },
            widget: #widget,
        };
    }
}

/// One row of `FACTS`: `CodeFacts::http(Code::UserNotFound, "AC-102", 404, Never)`, then
/// the message, description and widget type the catalog gives.
fn code_facts(code: &Code) -> TokenStream {
    let ident = ident(&code.name);
    let text = &code.code;
    let retry = retry_variant(code.retry);
    let head = if let Some(status) = code.status {
        let status = Literal::u16_unsuffixed(status);
        quote! { CodeFacts::http(Code::#ident, #text, #status, #retry) }
    } else {
        quote! { CodeFacts::widget(Code::#ident, #text, #retry) }
    };
    let message = &code.message.text;
    let description = (!code.description.is_empty()).then(|| {
        let description = &code.description;
        quote! { .description(#description) }
    });
    let error_type = code.error_type.as_ref().map(|t| quote! { .error_type(#t) });
    quote! { #head .message(#message) #description #error_type }
}

/// `const LOOKUP`: the perfect hash of the codes' texts (or numbers), built now so that
/// `Code::parse` costs one hash and one comparison at run time.
fn lookup(catalog: &Catalog) -> TokenStream {
    let keys: Vec<Vec<u8>> = catalog
        .codes
        .iter()
        .map(|code| match (catalog.code_type, code.number) {
            (CodeType::Integer, Some(number)) => phf::number_key(number).to_vec(),
            _ => code.code.as_bytes().to_vec(),
        })
        .collect();
    let keys: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
    // Validated codes are distinct, so a table is always found; without one, the runtime
    // compares every code.
    let built = phf::build(&keys).unwrap_or(phf::Built {
        seed: 0,
        pilots: Vec::new(),
        slots: Vec::new(),
    });
    let seed = Literal::u64_unsuffixed(built.seed);
    let pilots = built.pilots.iter().map(|p| Literal::u32_unsuffixed(*p));
    let slots = built.slots.iter().map(|s| Literal::u32_unsuffixed(*s));
    quote! {
        const LOOKUP: Lookup = Lookup {
            seed: #seed,
            pilots: &[#(#pilots),*],
            slots: &[#(#slots),*],
        };
    }
}

fn endpoint_impl(catalog: &Catalog, endpoint: &Endpoint) -> TokenStream {
    let name = ident(&endpoint.enum_name);
    let key = &endpoint.key;
    let mut route = match endpoint.transport {
        Transport::Http => quote! { Endpoint::http(#key) },
        Transport::Widget => quote! { Endpoint::widget(#key) },
    };
    match (&endpoint.method, &endpoint.path) {
        (Some(method), Some(path)) => route = quote! { #route.route(#method, #path) },
        (Some(method), None) => route = quote! { #route.method(#method) },
        (None, Some(path)) => route = quote! { #route.path(#path) },
        (None, None) => {}
    }
    let entries = endpoint
        .entries
        .iter()
        .map(|entry| entry_row(catalog, entry));
    let parts = parts(catalog, endpoint);
    let from_parts = from_parts(catalog, endpoint);
    quote! {
        impl ::error_catalog::EndpointError for #name {
            type Code = Code;
            const ENDPOINT: Endpoint = #route;
            const ENTRIES: &'static [Entry<Code>] = &[#(#entries),*];
            #parts
            #from_parts
        }
    }
}

/// One row of `ENTRIES`: `Entry::of(Code::UserNotFound)`, then what this endpoint words
/// differently from the code's defaults, as the catalog's override does.
fn entry_row(catalog: &Catalog, entry: &Entry) -> TokenStream {
    let code = catalog.code_of(entry);
    let ident = ident(&code.name);
    let mut row = quote! { Entry::of(Code::#ident) };
    if entry.status != code.status
        && let Some(status) = entry.status
    {
        let status = Literal::u16_unsuffixed(status);
        row = quote! { #row.status(#status) };
    }
    if entry.message.text != code.message.text {
        let message = &entry.message.text;
        row = quote! { #row.message(#message) };
    }
    if entry.description != code.description {
        let description = &entry.description;
        row = quote! { #row.description(#description) };
    }
    if entry.retry != code.retry {
        let retry = retry_variant(entry.retry);
        row = quote! { #row.retry(#retry) };
    }
    row
}

/// `fn parts`: each variant's index and placeholder values.
fn parts(catalog: &Catalog, endpoint: &Endpoint) -> TokenStream {
    let arms = endpoint.entries.iter().enumerate().map(|(index, entry)| {
        let ident = ident(&catalog.code_of(entry).name);
        let index = Literal::usize_unsuffixed(index);
        let fields = &entry.message.fields;
        if fields.is_empty() {
            return quote! { Self::#ident => visit(#index, &[]), };
        }
        // Each field is bound by its own name, except one named like the closure.
        let bound: Vec<Ident> = fields
            .iter()
            .map(|field| {
                let mut name = field.name.clone();
                while name == "visit"
                    || (name != field.name && fields.iter().any(|other| other.name == name))
                {
                    name.push('_');
                }
                field_ident(&name)
            })
            .collect();
        let bindings = fields.iter().zip(&bound).map(|(field, binding)| {
            let name = field_ident(&field.name);
            if name == *binding {
                quote! { #name }
            } else {
                quote! { #name: #binding }
            }
        });
        quote! { Self::#ident { #(#bindings),* } => visit(#index, &[#(#bound),*]), }
    });
    quote! {
            fn parts<R>(&self, visit: Visit<'_, R>) -> R {
            match self {
                #(#arms)*
            }
        }
    }
}

/// `fn from_parts`: the variant at an index, fields filled from the received message.
fn from_parts(catalog: &Catalog, endpoint: &Endpoint) -> TokenStream {
    let uses_values = endpoint
        .entries
        .iter()
        .any(|entry| !entry.message.fields.is_empty());
    let arms = endpoint.entries.iter().enumerate().map(|(index, entry)| {
        let ident = ident(&catalog.code_of(entry).name);
        let index = Literal::usize_unsuffixed(index);
        let fields = &entry.message.fields;
        if fields.is_empty() {
            return quote! { #index => Self::#ident, };
        }
        let fields = fields.iter().map(|field| {
            let name = field_ident(&field.name);
            quote! { #name: values.take() }
        });
        quote! { #index => Self::#ident { #(#fields),* }, }
    });
    let values = if uses_values {
        quote!(values)
    } else {
        quote!(_)
    };
    quote! {
        fn from_parts(index: usize, #values: &mut Values<'_>) -> Option<Self> {
            let error = match index {
                #(#arms)*
                _ => return None,
            };
            Some(error)
        }
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
    // The summary, then what to do, in one paragraph: a handler's author reads both on hover.
    let mut line = summary(code, &entry.message, entry.status, entry.retry);
    if !entry.description.is_empty() {
        line.push(' ');
        line.push_str(&doc_text(&entry.description));
    }
    let doc = doc_attrs(&[line]);
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

/// `Self::…`'s doc: the code, the message, then status, widget type and retry.
fn summary(code: &Code, message: &Template, status: Option<u16>, retry: Retry) -> String {
    format!(
        "{} {} {}",
        code_span(&code.code),
        code_span(&message.text),
        guidance(status, retry, code.error_type.as_deref())
    )
}

fn guidance(status: Option<u16>, retry: Retry, error_type: Option<&str>) -> String {
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
    let mut line = facts.join(", ");
    line.push('.');
    line[..1].make_ascii_uppercase();
    line
}

/// `Never`, `Backoff` or `Later`, imported by [`retry_use`].
fn retry_variant(retry: Retry) -> Ident {
    ident(match retry {
        Retry::Never => "Never",
        Retry::Backoff => "Backoff",
        Retry::Later => "Later",
    })
}

/// `use ::error_catalog::Retry::{…};` for the values a table uses, and only those.
fn retry_use(used: impl Iterator<Item = Retry>) -> TokenStream {
    // Sorted by name, as rustfmt sorts imports.
    let mut used: Vec<Ident> = used.map(retry_variant).collect();
    used.sort_unstable_by_key(ToString::to_string);
    used.dedup();
    match used.as_slice() {
        [] => TokenStream::new(),
        [only] => quote! { use ::error_catalog::Retry::#only; },
        many => quote! { use ::error_catalog::Retry::{#(#many),*}; },
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    let Some(value) = value else {
        return quote! { ::core::option::Option::None };
    };
    quote! { ::core::option::Option::Some(#value) }
}

/// A description as a doc comment shows it: Markdown-escaped, with identifiers
/// (`access_token`, `PlaidLink`) in code spans, as a careful author writes them (and as
/// clippy's `doc_markdown` asks of the same text written out as source).
fn doc_text(text: &str) -> String {
    let escaped = escape_markdown(text);
    let words = escaped.split(' ').map(|word| {
        let is_part = |c: char| c.is_ascii_alphanumeric() || c == '_';
        let (Some(start), Some(end)) = (
            word.find(|c: char| c.is_ascii_alphanumeric()),
            word.rfind(|c: char| c.is_ascii_alphanumeric()),
        ) else {
            return word.to_owned();
        };
        let core = &word[start..=end];
        let identifier = core.chars().all(is_part) && (core.contains('_') || is_camel_case(core));
        if identifier {
            format!("{}`{core}`{}", &word[..start], &word[end + 1..])
        } else {
            word.to_owned()
        }
    });
    words.collect::<Vec<_>>().join(" ")
}

/// `CamelCase` with two humps or more, as `doc_markdown` counts it (a plural `s` aside).
fn is_camel_case(word: &str) -> bool {
    let word = word.strip_suffix('s').unwrap_or(word);
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().filter(char::is_ascii_uppercase).count() > 1
        && word.chars().any(|c| c.is_ascii_lowercase())
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

    #[test]
    fn the_runtime_items_are_invoked_through_the_versioned_private_module() {
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
            ":: error_catalog :: {PRIVATE} :: code_items ! (Code , string)"
        )));
        assert!(tokens.contains(&format!(
            ":: error_catalog :: {PRIVATE} :: endpoint_items ! (AccountsError , Code , http)"
        )));
    }

    #[test]
    fn a_codes_facts_are_written_once_however_many_endpoints_list_it() {
        let catalog = aerosync();
        let tokens = generate(&catalog, None).to_string();
        let listed = catalog
            .endpoints
            .iter()
            .flat_map(|e| &e.entries)
            .filter(|e| catalog.code_of(e).code == "AC-102")
            .count();
        assert!(listed > 5, "AC-102 is listed by {listed} endpoints");
        // Docs aside, the template is a string literal once: in `Code`'s row.
        assert_eq!(
            tokens
                .matches(". message (\"User <connectionId> not found.\")")
                .count(),
            1
        );
        assert_eq!(tokens.matches("\"AC-102\"").count(), 1);
        // Only what an endpoint words differently is written in its entry.
        assert!(tokens.contains("Entry :: of (Code :: UserNotFound) . status (400)"));
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
    fn http_endpoints_and_the_widget_get_their_own_runtime_items() {
        let tokens = generate(&aerosync(), None).to_string();
        assert!(tokens.contains("endpoint_items ! (WidgetError , Code , widget)"));
        assert!(tokens.contains("Endpoint :: widget (\"widget\")"));
        assert!(tokens.contains("endpoint_items ! (TokenError , Code , http)"));
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
