//! Changes to how bodies carry errors: the catalog's `code_type`, and `[wire]` with its
//! fields.

use super::{Change, Kind, Semver};
use error_catalog_codegen::model::{CodeType, Field, FieldKind, FieldSource};

fn code_type_name(code_type: CodeType) -> &'static str {
    match code_type {
        CodeType::String => "string",
        CodeType::Integer => "integer",
        CodeType::Status => "status",
    }
}

pub(super) fn code_type_changed(old: CodeType, new: CodeType) -> Change {
    let (before, after) = (code_type_name(old), code_type_name(new));
    Change::new(
        Kind::CodeTypeChanged,
        Semver::Major,
        format!("catalog: code_type {before} -> {after}"),
    )
    .values(Some(before.to_owned()), Some(after.to_owned()))
    .verdict(
        "`Code`'s methods change (as_u32/from_u32 come or go), so code using them stops compiling; at run time codes are read the new way, and bodies written the old way read as Unexpected (CodeType or NoCode)",
        "bodies carry the code the new way; clients on the old catalog cannot read them",
    )
}

pub(super) fn shown(value: Option<&str>) -> String {
    value.map_or_else(|| "none".to_owned(), ToOwned::to_owned)
}

pub(super) fn pointer_changed(
    name: &str,
    before: Option<&String>,
    after: Option<&String>,
) -> Change {
    let what = match (before, after) {
        (None, Some(after)) => format!("wire: {name} pointer added at {after}"),
        (Some(before), None) => format!("wire: {name} pointer {before} removed"),
        _ => format!(
            "wire: {name} pointer {} -> {}",
            shown(before.map(String::as_str)),
            shown(after.map(String::as_str))
        ),
    };
    let (semver, clients, servers) = pointer_verdict(name, before.is_none());
    Change::new(Kind::WirePointerChanged, semver, what)
        .values(before.cloned(), after.cloned())
        .verdict(clients, servers)
}

/// Code and message are what clients read a variant from: moving them breaks reading
/// across versions. The description is text; the status pointer is only written.
fn pointer_verdict(name: &str, added: bool) -> (Semver, String, String) {
    match name {
        "code" | "message" => (
            Semver::Major,
            format!("compile unchanged; at run time the {name} is read at the new place, and bodies with it at the old one read as {}", if name == "code" { "Unexpected (NoCode)" } else { "the variant with no message (message_fits false, fields empty)" }),
            format!("write the {name} at the new place; clients on the old catalog no longer find it"),
        ),
        "description" if added => (
            Semver::Minor,
            "compile unchanged; the received description is read from bodies".to_owned(),
            "bodies now echo the description".to_owned(),
        ),
        "description" => (
            Semver::Minor,
            "compile unchanged; the received description is read at the new place or not at all, so clients on the old catalog lose it".to_owned(),
            "bodies echo the description at the new place or not at all".to_owned(),
        ),
        _ => (
            Semver::Minor,
            "compile unchanged; clients do not read it".to_owned(),
            "bodies repeat the status at the new place or not at all".to_owned(),
        ),
    }
}

pub(super) fn media_type_changed(old: Option<&str>, new: Option<&str>) -> Change {
    let name = |m: Option<&str>| m.unwrap_or("application/json").to_owned();
    Change::new(
        Kind::MediaTypeChanged,
        Semver::Minor,
        format!("wire: media_type {} -> {}", name(old), name(new)),
    )
    .values(Some(name(old)), Some(name(new)))
    .verdict(
        "compile unchanged; reading does not look at the media type",
        format!("rendered responses carry Content-Type {}", name(new)),
    )
}

pub(super) fn widget_changed(old: Option<String>, new: Option<String>) -> Change {
    let (semver, what, clients) = match (&old, &new) {
        (None, Some(new)) => (
            Semver::Minor,
            format!("wire: widget format added: `{new}`"),
            "compile unchanged; widget strings can be read".to_owned(),
        ),
        (Some(old), None) => (
            Semver::Major,
            format!("wire: widget format `{old}` removed"),
            "`Code::CATALOG.widget` is gone; widget strings no longer parse".to_owned(),
        ),
        _ => (
            Semver::Major,
            format!(
                "wire: widget format `{}` -> `{}`",
                old.as_deref().unwrap_or_default(),
                new.as_deref().unwrap_or_default()
            ),
            "compile unchanged; at run time strings in the old format fail to parse (MalformedWidget)".to_owned(),
        ),
    };
    Change::new(Kind::WidgetFormatChanged, semver, what)
        .values(old, new)
        .verdict(clients, "widget strings are written in the new format")
}

fn kind_name(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::String => "string",
        FieldKind::Integer => "integer",
        FieldKind::Boolean => "boolean",
    }
}

/// The field's type in the generated `Extra`.
fn rust_type(field: &Field) -> String {
    let inner = match field.kind {
        FieldKind::String => "Cow<'a, str>",
        FieldKind::Integer => "i64",
        FieldKind::Boolean => "bool",
    };
    if field.required {
        inner.to_owned()
    } else {
        format!("Option<{inner}>")
    }
}

fn source_name(source: &FieldSource) -> String {
    match source {
        FieldSource::Body(pointer) => pointer.clone(),
        FieldSource::Header(header) => format!("header {header}"),
    }
}

/// `optional string at /error/type`.
fn field_shape(field: &Field) -> String {
    format!(
        "{} {} at {}",
        if field.required {
            "required"
        } else {
            "optional"
        },
        kind_name(field.kind),
        source_name(&field.source)
    )
}

pub(super) fn field_added(field: &Field, first: bool) -> Change {
    let name = &field.name;
    let extra = if first {
        format!(
            "received.extra changes type from NoExtra to the new Extra {{ {name}: {} }}, so code naming its type stops compiling",
            rust_type(field)
        )
    } else {
        format!(
            "`Extra` gains pub {name}: {}, so building it with a struct literal stops compiling",
            rust_type(field)
        )
    };
    let reading = if field.required {
        "; at run time a body without it reads as Unexpected (MissingField)"
    } else {
        ""
    };
    Change::new(
        Kind::WireFieldAdded,
        Semver::Major,
        format!("wire: field {name} added ({})", field_shape(field)),
    )
    .item(format!("Extra::{name}"))
    .values(None, Some(field_shape(field)))
    .verdict(
        format!("{extra}{reading}"),
        format!(
            "can send it (to_body().with(&extra)){}",
            if field.required {
                "; every error must"
            } else {
                ""
            }
        ),
    )
}

pub(super) fn field_removed(field: &Field) -> Change {
    let name = &field.name;
    Change::new(
        Kind::WireFieldRemoved,
        Semver::Major,
        format!("wire: field {name} removed (was {})", field_shape(field)),
    )
    .item(format!("Extra::{name}"))
    .values(Some(field_shape(field)), None)
    .verdict(
        format!("code naming extra.{name} stops compiling"),
        format!("code setting {name} stops compiling; bodies no longer carry it"),
    )
}

pub(super) fn field_changed(old: &Field, new: &Field) -> Vec<Change> {
    let name = &new.name;
    let mut changes = Vec::new();
    if (old.kind, old.required) != (new.kind, new.required) {
        let (before, after) = (rust_type(old), rust_type(new));
        changes.push(
            Change::new(
                Kind::WireFieldRetyped,
                Semver::Major,
                format!("wire: field {name} {before} -> {after}"),
            )
            .item(format!("Extra::{name}"))
            .values(Some(field_shape(old)), Some(field_shape(new)))
            .verdict(
                format!("extra.{name} is now {after} (was {before}): code using it stops compiling; at run time a body with the old type {}", if new.required { "reads as Unexpected (MissingField)" } else { "reads it as absent" }),
                format!("code setting {name} stops compiling; bodies carry it as {}", kind_name(new.kind)),
            )
            ,
        );
    }
    if old.source != new.source {
        let (before, after) = (source_name(&old.source), source_name(&new.source));
        changes.push(
            Change::new(
                Kind::WireFieldMoved,
                Semver::Major,
                format!("wire: field {name} moved from {before} to {after}"),
            )
            .item(format!("Extra::{name}"))
            .values(Some(before), Some(after))
            .verdict(
                format!("compile unchanged; at run time it is read at the new place, so clients on either catalog miss it in the other's bodies{}", if new.required { " (Unexpected, MissingField)" } else { " (None)" }),
                "write it at the new place",
            )
            ,
        );
    }
    changes
}
