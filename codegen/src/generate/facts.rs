//! The facts block: `const _: () = { … };` with `Code`'s table and each endpoint's entries,
//! as implementations of the runtime's `CatalogCode` and `EndpointError`. Its imports are
//! local to the block, so the tables read like the catalog and nothing leaks into the
//! invoking module.

use super::{Lit, field_ident};
use crate::model::{Catalog, Code, CodeType, Endpoint, Entry, Field, FieldKind, FieldSource};
use crate::model::{Retry, Transport};
use error_catalog_core::phf;
use std::fmt::Write as _;

pub(super) fn block(out: &mut String, catalog: &Catalog) {
    out.push_str(
        "const _: () = {\n\
         use ::core::option::Option::{self, None, Some};\n\
         use ::core::primitive::usize;\n\
         use ::error_catalog::{Catalog, CodeFacts, CodeType, Endpoint, Entry, Lookup, Values, Visit, Wire};\n",
    );
    retry_use(out, catalog);
    if !catalog.wire.fields.is_empty() {
        out.push_str("use ::error_catalog::{Field, FieldKind, FieldValue};\n");
    }
    out.push_str("const CODE_FACTS: &[CodeFacts<Code>] = &[\n");
    for code in &catalog.codes {
        code_facts(out, code);
    }
    out.push_str("];\nimpl ::error_catalog::CatalogCode for Code {\n");
    catalog_const(out, catalog);
    out.push_str("const FACTS: &'static [CodeFacts<Self>] = CODE_FACTS;\n");
    if catalog.wire.fields.is_empty() {
        out.push_str("type Extra<'a> = ::error_catalog::NoExtra;\n");
    } else {
        let _ = writeln!(out, "type Extra<'a> = {};", super::extra_type(catalog));
    }
    lookup(out, catalog);
    out.push_str("fn index(self) -> usize {\nself as usize\n}\n}\n");
    if !catalog.wire.fields.is_empty() {
        extra_impl(out, catalog);
    }
    for endpoint in &catalog.endpoints {
        endpoint_impl(out, catalog, endpoint);
    }
    out.push_str("};\n");
}

/// `use ::error_catalog::Retry::{…};` for the values the tables use, and only those,
/// sorted as rustfmt sorts imports.
fn retry_use(out: &mut String, catalog: &Catalog) {
    let overrides = catalog.endpoints.iter().flat_map(|e| &e.entries);
    let mut used: Vec<&str> = catalog
        .codes
        .iter()
        .map(|c| c.retry)
        .chain(overrides.map(|e| e.retry))
        .map(retry_variant)
        .collect();
    used.sort_unstable();
    used.dedup();
    match used.as_slice() {
        [] => {}
        [only] => {
            let _ = writeln!(out, "use ::error_catalog::Retry::{only};");
        }
        many => {
            let _ = writeln!(out, "use ::error_catalog::Retry::{{{}}};", many.join(", "));
        }
    }
}

fn retry_variant(retry: Retry) -> &'static str {
    match retry {
        Retry::Never => "Never",
        Retry::Backoff => "Backoff",
        Retry::Later => "Later",
    }
}

/// One row of `CODE_FACTS`: `CodeFacts::http(Code::UserNotFound, "AC-102", 404, Never)`, then
/// the message, description and widget type the catalog gives.
fn code_facts(out: &mut String, code: &Code) {
    let retry = retry_variant(code.retry);
    match code.status {
        Some(status) => {
            let _ = write!(
                out,
                "CodeFacts::http(Code::{}, {}, {status}, {retry})",
                code.name,
                Lit(&code.code)
            );
        }
        None => {
            let _ = write!(
                out,
                "CodeFacts::widget(Code::{}, {}, {retry})",
                code.name,
                Lit(&code.code)
            );
        }
    }
    let _ = write!(out, ".message({})", Lit(&code.message.text));
    if !code.description.is_empty() {
        let _ = write!(out, ".description({})", Lit(&code.description));
    }
    if let Some(error_type) = &code.error_type {
        let _ = write!(out, ".error_type({})", Lit(error_type));
    }
    out.push_str(",\n");
}

/// `const CATALOG`: name, code type, wire pointers and widget format.
fn catalog_const(out: &mut String, catalog: &Catalog) {
    let code_type = match catalog.code_type {
        CodeType::String => "String",
        CodeType::Integer => "Integer",
        CodeType::Status => "Status",
    };
    let mut wire = match &catalog.wire.code {
        Some(code) => format!("Wire::at({}, {})", Lit(code), Lit(&catalog.wire.message)),
        None => format!("Wire::keyed_by_status({})", Lit(&catalog.wire.message)),
    };
    if let Some(description) = &catalog.wire.description {
        let _ = write!(wire, ".description({})", Lit(description));
    }
    if let Some(status) = &catalog.wire.status {
        let _ = write!(wire, ".status({})", Lit(status));
    }
    if let Some(media_type) = &catalog.wire.media_type {
        let _ = write!(wire, ".media_type({})", Lit(media_type));
    }
    let _ = writeln!(
        out,
        "const CATALOG: Catalog = Catalog {{\n\
         name: {},\n\
         code_type: CodeType::{code_type},\n\
         wire: {wire},\n\
         widget: {},\n\
         }};",
        Lit(&catalog.name),
        option_str(catalog.wire.widget.as_ref().map(|t| t.text.as_str())),
    );
}

/// `Extra`'s `ExtraFields`: the declared fields, and reading and writing one by index.
fn extra_impl(out: &mut String, catalog: &Catalog) {
    let fields = &catalog.wire.fields;
    let _ = writeln!(
        out,
        "impl<'a> ::error_catalog::ExtraFields<'a> for {} {{\n\
         const FIELDS: &'static [Field] = &[",
        super::extra_type(catalog)
    );
    for field in fields {
        let kind = field_kind(field.kind);
        let _ = match &field.source {
            FieldSource::Body(pointer) => write!(
                out,
                "Field::body({}, {}, FieldKind::{kind})",
                Lit(&field.name),
                Lit(pointer)
            ),
            FieldSource::Header(name) => write!(
                out,
                "Field::header({}, {}, FieldKind::{kind})",
                Lit(&field.name),
                Lit(name)
            ),
        };
        out.push_str(if field.required {
            ".required(),\n"
        } else {
            ",\n"
        });
    }
    out.push_str("];\nfn set(&mut self, index: usize, value: FieldValue<'a>) {\n");
    let set_arm = |index: usize, field: &Field| {
        let kind = field_kind(field.kind);
        let ident = field_ident(&field.name);
        let value = if field.required {
            "value".to_owned()
        } else {
            "Some(value)".to_owned()
        };
        (
            (format!("({index}, FieldValue::{kind}(value))")),
            format!("self.{ident} = {value}"),
        )
    };
    if let [field] = fields.as_slice() {
        let (pattern, assign) = set_arm(0, field);
        let _ = writeln!(out, "if let {pattern} = (index, value) {{\n{assign};\n}}");
    } else {
        out.push_str("match (index, value) {\n");
        for (index, field) in fields.iter().enumerate() {
            let (pattern, assign) = set_arm(index, field);
            let _ = writeln!(out, "{pattern} => {assign},");
        }
        out.push_str("_ => {}\n}\n");
    }
    out.push_str("}\nfn get(&self, index: usize) -> Option<FieldValue<'_>> {\nmatch index {\n");
    for (index, field) in fields.iter().enumerate() {
        let ident = field_ident(&field.name);
        let value = match (field.kind, field.required) {
            (FieldKind::String, true) => format!("Some(FieldValue::text(&self.{ident}))"),
            (FieldKind::String, false) => format!("self.{ident}.as_deref().map(FieldValue::text)"),
            (kind, true) => format!("Some(FieldValue::{}(self.{ident}))", field_kind(kind)),
            (kind, false) => format!("self.{ident}.map(FieldValue::{})", field_kind(kind)),
        };
        let _ = writeln!(out, "{index} => {value},");
    }
    out.push_str("_ => None,\n}\n}\n}\n");
}

/// The runtime's `FieldKind` variant, which is also `FieldValue`'s.
fn field_kind(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::String => "String",
        FieldKind::Integer => "Integer",
        FieldKind::Boolean => "Boolean",
    }
}

/// `const LOOKUP`: the perfect hash of the codes' texts (or numbers), built now so that
/// `Code::parse` costs one hash and one comparison at run time.
fn lookup(out: &mut String, catalog: &Catalog) {
    let keys: Vec<Vec<u8>> = catalog
        .codes
        .iter()
        .map(|code| match (catalog.code_type, code.number) {
            (CodeType::Integer | CodeType::Status, Some(number)) => {
                phf::number_key(number).to_vec()
            }
            _ => code.code.as_bytes().to_vec(),
        })
        .collect();
    let keys: Vec<&[u8]> = keys.iter().map(Vec::as_slice).collect();
    // Validated codes are distinct, so a table is always found; without one (empty slots),
    // the runtime compares every code.
    let built = phf::build(&keys).unwrap_or(phf::Built {
        seed: 0,
        pilots: Vec::new(),
        slots: Vec::new(),
    });
    let list = |numbers: &[u32]| {
        numbers
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        out,
        "const LOOKUP: Lookup = Lookup {{ seed: {}, pilots: &[{}], slots: &[{}] }};",
        built.seed,
        list(&built.pilots),
        list(&built.slots)
    );
}

fn endpoint_impl(out: &mut String, catalog: &Catalog, endpoint: &Endpoint) {
    let constructor = match endpoint.transport {
        Transport::Http => "http",
        Transport::Widget => "widget",
    };
    let _ = write!(
        out,
        "impl ::error_catalog::EndpointError for {} {{\n\
         type Code = Code;\n\
         const ENDPOINT: Endpoint = Endpoint::{constructor}({})",
        endpoint.enum_name,
        Lit(&endpoint.key)
    );
    match (&endpoint.method, &endpoint.path) {
        (Some(method), Some(path)) => {
            let _ = write!(out, ".route({}, {})", Lit(method), Lit(path));
        }
        (Some(method), None) => {
            let _ = write!(out, ".method({})", Lit(method));
        }
        (None, Some(path)) => {
            let _ = write!(out, ".path({})", Lit(path));
        }
        (None, None) => {}
    }
    out.push_str(";\nconst ENTRIES: &'static [Entry<Code>] = &[\n");
    for entry in &endpoint.entries {
        entry_row(out, catalog, entry);
    }
    out.push_str("];\n");
    parts(out, catalog, endpoint);
    from_parts(out, catalog, endpoint);
    out.push_str("}\n");
}

/// One row of `ENTRIES`: `Entry::of(Code::UserNotFound)`, then what this endpoint words
/// differently from the code's defaults, as the catalog's override does.
fn entry_row(out: &mut String, catalog: &Catalog, entry: &Entry) {
    let code = catalog.code_of(entry);
    let _ = write!(out, "Entry::of(Code::{})", code.name);
    if entry.status != code.status
        && let Some(status) = entry.status
    {
        let _ = write!(out, ".status({status})");
    }
    if entry.message.text != code.message.text {
        let _ = write!(out, ".message({})", Lit(&entry.message.text));
    }
    if entry.description != code.description {
        let _ = write!(out, ".description({})", Lit(&entry.description));
    }
    if entry.retry != code.retry {
        let _ = write!(out, ".retry({})", retry_variant(entry.retry));
    }
    out.push_str(",\n");
}

/// `fn parts`: each variant's index and placeholder values.
fn parts(out: &mut String, catalog: &Catalog, endpoint: &Endpoint) {
    out.push_str("fn parts<R>(&self, visit: Visit<'_, R>) -> R {\nmatch self {\n");
    for (index, entry) in endpoint.entries.iter().enumerate() {
        let name = &catalog.code_of(entry).name;
        let fields = &entry.message.fields;
        if fields.is_empty() {
            let _ = writeln!(out, "Self::{name} => visit({index}, &[]),");
            continue;
        }
        // Each field is bound by its own name, except one named like the closure.
        let mut bindings = Vec::new();
        let mut bound = Vec::new();
        for field in fields {
            let mut binding = field.name.clone();
            while binding == "visit"
                || (binding != field.name && fields.iter().any(|other| other.name == binding))
            {
                binding.push('_');
            }
            let name = field_ident(&field.name);
            let binding = field_ident(&binding);
            bindings.push(if name == binding {
                name
            } else {
                format!("{name}: {binding}")
            });
            bound.push(binding);
        }
        let _ = writeln!(
            out,
            "Self::{name} {{ {} }} => visit({index}, &[{}]),",
            bindings.join(", "),
            bound.join(", ")
        );
    }
    out.push_str("}\n}\n");
}

/// `fn from_parts`: the variant at an index, fields filled from the received message.
fn from_parts(out: &mut String, catalog: &Catalog, endpoint: &Endpoint) {
    let uses_values = endpoint
        .entries
        .iter()
        .any(|entry| !entry.message.fields.is_empty());
    let values = if uses_values { "values" } else { "_" };
    let _ = writeln!(
        out,
        "fn from_parts(index: usize, {values}: &mut Values<'_>) -> Option<Self> {{\n\
         let error = match index {{"
    );
    for (index, entry) in endpoint.entries.iter().enumerate() {
        let name = &catalog.code_of(entry).name;
        let fields = &entry.message.fields;
        if fields.is_empty() {
            let _ = writeln!(out, "{index} => Self::{name},");
            continue;
        }
        let fields: Vec<String> = fields
            .iter()
            .map(|field| format!("{}: values.take()", field_ident(&field.name)))
            .collect();
        let _ = writeln!(out, "{index} => Self::{name} {{ {} }},", fields.join(", "));
    }
    out.push_str("_ => return None,\n};\nSome(error)\n}\n");
}

/// `Some("…")` or `None`, as the block imports them.
fn option_str(value: Option<&str>) -> String {
    value.map_or_else(
        || "None".to_owned(),
        |value| format!("Some({})", Lit(value)),
    )
}
