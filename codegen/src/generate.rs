//! [`crate::model::Catalog`] -> Rust. The expansion says what the catalog says, once, and
//! nothing else: `Code` with one row of facts per code, then one enum per endpoint with its
//! variants and one entry per code (overrides written as in the catalog). Everything that
//! is the same for every catalog (reading, rendering, the std traits, the inherent methods
//! handlers call) is the runtime's, written once; generated code invokes it.
//!
//! The code is written as text, which the macro hands to rustc's lexer in one call:
//! building it token by token cost most of an expansion in the unoptimized builds
//! proc-macros run as. Every path is absolute or
//! imported inside the facts block, so the output compiles anywhere (`#![no_implicit_prelude]`,
//! beside a user's own `Result` or `String`), and each item is documented.

use crate::markdown_escape::escape_markdown;
use crate::model::Transport;
use crate::model::{Catalog, Code, CodeType, Endpoint, Entry, FieldKind, FieldSource, Retry};
use crate::names;
use crate::template::Template;
use std::fmt::{self, Write as _};

mod facts;

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

/// Generates the items for `catalog`, as Rust source: the enums, each followed by the
/// runtime's macro that gives it its inherent methods, then one block that implements the
/// runtime's traits with the catalog's facts (the block's imports keep those tables short,
/// and stay out of the invoking module). The macro hands it to rustc's lexer as is.
pub fn generate(catalog: &Catalog, tracked: Option<&TrackedFile>) -> String {
    // About 300 bytes a code-in-endpoint: one allocation, not a doubling series.
    let entries: usize = catalog.endpoints.iter().map(|e| e.entries.len()).sum();
    let mut out = String::with_capacity(4096 + 300 * (entries + catalog.codes.len()));
    // A code's doc, and that of every entry that says what its code says: written once.
    let default_docs: Vec<String> = catalog
        .codes
        .iter()
        .map(|code| {
            variant_doc(
                code,
                &code.message,
                code.status,
                code.retry,
                &code.description,
            )
        })
        .collect();
    code_enum(&mut out, catalog, &default_docs);
    if !catalog.wire.fields.is_empty() {
        extra_struct(&mut out, catalog);
    }
    for endpoint in &catalog.endpoints {
        endpoint_enum(&mut out, catalog, endpoint, &default_docs);
    }
    facts::block(&mut out, catalog);
    if let Some(file) = tracked {
        // Makes cargo rebuild this crate when the catalog changes.
        let relative = format!("/{}", file.relative.trim_start_matches('/'));
        let _ = writeln!(
            out,
            "const _: &[::core::primitive::u8] = ::core::include_bytes!(::core::concat!(::core::env!({}), {}));",
            Lit(&file.env_var),
            Lit(&relative)
        );
    }
    out
}

fn code_enum(out: &mut String, catalog: &Catalog, docs: &[String]) {
    let mut lines = vec![format!(
        "Every error code of the {} catalog, in catalog order.",
        code_span(&catalog.name)
    )];
    if let Some(description) = &catalog.description {
        lines.push(String::new());
        lines.push(description.clone());
    }
    doc(out, &lines);
    out.push_str(
        "#[derive(::core::clone::Clone, ::core::marker::Copy, ::core::fmt::Debug)]\n\
         #[derive(::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]\n\
         #[derive(::core::cmp::PartialOrd, ::core::cmp::Ord)]\n\
         pub enum Code {\n",
    );
    for (code, doc) in catalog.codes.iter().zip(docs) {
        doc_line(out, doc);
        let _ = writeln!(out, "{},", code.name);
    }
    let kind = match catalog.code_type {
        CodeType::String => "string",
        CodeType::Integer | CodeType::Status => "integer",
    };
    let _ = writeln!(
        out,
        "}}\n::error_catalog::{PRIVATE}::code_items!(Code, {kind});"
    );
}

/// `Extra`: the declared further fields, typed, with the lifetime of the response they are
/// borrowed from where one is text.
fn extra_struct(out: &mut String, catalog: &Catalog) {
    doc(
        out,
        &[format!(
            "The further fields of the {} catalog's error responses (`[wire.fields]`): read \
             with an error, or set when rendering one.",
            code_span(&catalog.name)
        )],
    );
    let _ = writeln!(
        out,
        "#[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::default::Default)]\n\
         #[derive(::core::cmp::PartialEq, ::core::cmp::Eq)]\n\
         pub struct {} {{",
        extra_type(catalog)
    );
    for field in &catalog.wire.fields {
        let place = match &field.source {
            FieldSource::Body(pointer) => format!("At {} in the body", code_span(pointer)),
            FieldSource::Header(name) => format!("The {} header", code_span(name)),
        };
        let every = if field.required {
            "; every error body has it"
        } else {
            ""
        };
        doc_line(out, &format!("{place}{every}."));
        let ty = match field.kind {
            FieldKind::String => "::std::borrow::Cow<'a, ::core::primitive::str>",
            FieldKind::Integer => "::core::primitive::i64",
            FieldKind::Boolean => "::core::primitive::bool",
        };
        let _ = if field.required {
            writeln!(out, "pub {}: {ty},", field_ident(&field.name))
        } else {
            writeln!(
                out,
                "pub {}: ::core::option::Option<{ty}>,",
                field_ident(&field.name)
            )
        };
    }
    out.push_str("}\n");
}

/// `Extra<'a>`, or `Extra` when no field borrows text.
fn extra_type(catalog: &Catalog) -> &'static str {
    if catalog
        .wire
        .fields
        .iter()
        .any(|field| field.kind == FieldKind::String)
    {
        "Extra<'a>"
    } else {
        "Extra"
    }
}

fn endpoint_enum(
    out: &mut String,
    catalog: &Catalog,
    endpoint: &Endpoint,
    default_docs: &[String],
) {
    doc(out, &endpoint_doc(catalog, endpoint));
    let _ = writeln!(
        out,
        "#[derive(::core::clone::Clone, ::core::fmt::Debug)]\n\
         #[derive(::core::cmp::PartialEq, ::core::cmp::Eq, ::core::hash::Hash)]\n\
         pub enum {} {{",
        endpoint.enum_name
    );
    for entry in &endpoint.entries {
        variant(out, catalog, entry, default_docs);
    }
    let kind = match endpoint.transport {
        Transport::Http if endpoint.statuses_listed => "http",
        Transport::Http => "http_unlisted",
        Transport::Widget => "widget",
    };
    let _ = writeln!(
        out,
        "}}\n::error_catalog::{PRIVATE}::endpoint_items!({}, Code, {kind});",
        endpoint.enum_name
    );
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
        "{what} ({} in the {} catalog): exactly the codes the catalog lists for it, so a \
         `match` must cover them all.",
        code_span(&endpoint.key),
        code_span(&catalog.name)
    )];
    if !endpoint.statuses_listed {
        lines.push(String::new());
        lines.push(
            "The catalog does not list this endpoint's statuses, so the enum has no \
             `status()`: the status is the one received."
                .to_owned(),
        );
    }
    if let Some(description) = &endpoint.description {
        lines.push(String::new());
        lines.push(description.clone());
    }
    lines
}

fn variant(out: &mut String, catalog: &Catalog, entry: &Entry, default_docs: &[String]) {
    let code = catalog.code_of(entry);
    let as_defaults = entry.message.text == code.message.text
        && entry.status == code.status
        && entry.retry == code.retry
        && entry.description == code.description;
    match default_docs.get(entry.code).filter(|_| as_defaults) {
        Some(line) => doc_line(out, line),
        None => doc_line(
            out,
            &variant_doc(
                code,
                &entry.message,
                entry.status,
                entry.retry,
                &entry.description,
            ),
        ),
    }
    if entry.message.fields.is_empty() {
        let _ = writeln!(out, "{},", code.name);
        return;
    }
    let _ = writeln!(out, "{} {{", code.name);
    for field in &entry.message.fields {
        doc(
            out,
            &[format!(
                "The {} in the message.",
                code_span(&format!("<{}>", field.placeholder))
            )],
        );
        let _ = writeln!(out, "{}: ::std::string::String,", field_ident(&field.name));
    }
    out.push_str("},\n");
}

/// An endpoint variant's doc: the summary, then what to do, in one paragraph (a handler's
/// author reads both on hover).
fn variant_doc(
    code: &Code,
    message: &Template,
    status: Option<u16>,
    retry: Retry,
    description: &str,
) -> String {
    let mut line = summary(code, message, status, retry);
    if !description.is_empty() {
        line.push(' ');
        line.push_str(&doc_text(description));
    }
    line
}

/// A variant's doc: the code, the message, then status, widget type and retry.
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

/// `#[doc = "..."]` attributes, one per line.
fn doc(out: &mut String, lines: &[String]) {
    for line in lines {
        doc_line(out, line);
    }
}

/// `#[doc = "..."]` attributes for `text`, one per line of it, each with the leading space
/// `///` gives.
fn doc_line(out: &mut String, text: &str) {
    for line in text.split('\n') {
        if line.is_empty() {
            out.push_str("#[doc = \"\"]\n");
        } else {
            let _ = writeln!(out, "#[doc = {}]", Lit(&format!(" {line}")));
        }
    }
}

/// A string as a Rust string literal.
struct Lit<'a>(&'a str);

impl fmt::Display for Lit<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Debug` writes a valid Rust literal (std's code, optimized even in the unoptimized
        // build a proc-macro runs as).
        write!(f, "{:?}", self.0)
    }
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

/// A field's name as Rust writes it: raw if it is a keyword (`r#type`).
fn field_ident(name: &str) -> String {
    names::field_ident(name).unwrap_or_else(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn aerosync() -> Catalog {
        crate::load(include_bytes!("../../catalogs/aerosync.toml")).unwrap()
    }

    fn items(catalog: &Catalog) -> Vec<syn::Item> {
        syn::parse_file(&generate(catalog, None)).unwrap().items
    }

    /// The generated code as tokens, spaced as `TokenStream`'s `Display` spaces them.
    fn tokens(catalog: &Catalog, tracked: Option<&TrackedFile>) -> String {
        generate(catalog, tracked)
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .to_string()
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
        let tokens = tokens(&aerosync(), None);
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
        let tokens = tokens(&catalog, None);
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
        assert_eq!(generate(&catalog, None), generate(&aerosync(), None));
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
        let tokens = tokens(&aerosync(), None);
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
        let tokens = tokens(&aerosync(), Some(&tracked));
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
