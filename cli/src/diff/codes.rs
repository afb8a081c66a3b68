//! Changes to the catalog's codes: added, removed, renamed, and their defaults.

use super::wire::shown;
use super::{Change, Kind, Semver};
use error_catalog_codegen::model::{Code, Endpoint};
use error_catalog_codegen::template::Template;

pub(super) fn code_added(code: &Code) -> Change {
    let variant = format!("Code::{}", code.name);
    Change::new(
        Kind::CodeAdded,
        Semver::Major,
        format!("catalog: code {} added as {variant}", code.code),
    )
    .code(&code.code, variant.clone())
    .values(None, Some(variant))
    .verdict(
        "a match on Code without it stops compiling; Code::parse now accepts it",
        "send it only on endpoints that list it (their own lines)",
    )
}

pub(super) fn code_removed(code: &Code) -> Change {
    let variant = format!("Code::{}", code.name);
    Change::new(
        Kind::CodeRemoved,
        Semver::Major,
        format!("catalog: code {} removed ({variant})", code.code),
    )
    .code(&code.code, variant.clone())
    .values(Some(variant.clone()), None)
    .verdict(
        format!("code naming {variant} stops compiling; at run time {} reads as Unexpected (UnknownCode)", code.code),
        "one that still sends it drifts: clients read it as Unexpected (UnknownCode)",
    )
}

pub(super) fn code_changed(old: &Code, new: &Code) -> Change {
    Change::new(
        Kind::CodeChanged,
        Semver::Major,
        format!("code {}: Code::{} is now {} (was {})", new.code, new.name, new.code, old.code),
    )
    .code(&new.code, format!("Code::{}", new.name))
    .values(Some(old.code.clone()), Some(new.code.clone()))
    .verdict(
        format!("compile unchanged; at run time bodies with {} read as Unexpected (UnknownCode) and as_str() is {}", old.code, new.code),
        format!("send {} for it; clients on the old catalog read that as Unexpected (UnknownCode)", new.code),
    )
}

pub(super) fn error_type_changed(old: &Code, new: &Code) -> Change {
    let (before, after) = (
        shown(old.error_type.as_deref()),
        shown(new.error_type.as_deref()),
    );
    Change::new(
        Kind::ErrorTypeChanged,
        Semver::Minor,
        format!(
            "code {}: error_type {before} -> {after} (Code::{})",
            new.code, new.name
        ),
    )
    .code(&new.code, format!("Code::{}", new.name))
    .values(old.error_type.clone(), new.error_type.clone())
    .verdict(
        format!("compile unchanged; error_type() returns {after}; reading ignores the type"),
        format!("widget strings carry {after}"),
    )
}

/// `; kept by accounts, jobs` or `; every endpoint overrides it`.
fn kept_by(kept: &[&Endpoint]) -> String {
    if kept.is_empty() {
        "no endpoint keeps the default".to_owned()
    } else {
        let keys: Vec<&str> = kept.iter().map(|e| e.key.as_str()).collect();
        format!("kept by {}", keys.join(", "))
    }
}

pub(super) fn status_name(status: Option<u16>) -> String {
    status.map_or_else(|| "none".to_owned(), |s| s.to_string())
}

pub(super) fn default_status_changed(old: &Code, new: &Code, kept: &[&Endpoint]) -> Change {
    let (before, after) = (status_name(old.status), status_name(new.status));
    Change::new(
        Kind::StatusChanged,
        Semver::Minor,
        format!("code {}: default status {before} -> {after} (Code::{}; {})", new.code, new.name, kept_by(kept)),
    )
    .code(&new.code, format!("Code::{}", new.name))
    .values(old.status.map(|s| s.to_string()), new.status.map(|s| s.to_string()))
    .verdict(
        format!("compile unchanged; at run time Code::{}.status() and the status() of the endpoints keeping the default give {after}; responses still sent with {before} read as before, with status_differs() true", new.name),
        format!("render it with HTTP {after} where the default is kept"),
    )
}

pub(super) fn field_list(template: &Template) -> String {
    let names: Vec<&str> = template.field_names().collect();
    if names.is_empty() {
        "{}".to_owned()
    } else {
        format!("{{ {} }}", names.join(", "))
    }
}

pub(super) fn field_set(template: &Template) -> Vec<&str> {
    let mut names: Vec<&str> = template.field_names().collect();
    names.sort_unstable();
    names
}

pub(super) fn default_message_changed(old: &Code, new: &Code, kept: &[&Endpoint]) -> Change {
    let (before, after) = (&old.message.text, &new.message.text);
    let what = format!(
        "code {}: default message {before:?} -> {after:?} (Code::{}; {})",
        new.code,
        new.name,
        kept_by(kept)
    );
    let change = if field_set(&old.message) == field_set(&new.message) {
        let semver = if kept.is_empty() || new.message.fields.is_empty() {
            Semver::Patch
        } else {
            Semver::Minor
        };
        Change::new(Kind::MessageReworded, semver, what).verdict(
            format!("compile unchanged; Code::{}.message() and the Display of the endpoints keeping it change{}", new.name, stale_reading(&new.message)),
            "render the new wording where the default is kept",
        )
    } else {
        Change::new(Kind::MessageChanged, Semver::Patch, what).verdict(
            format!("Code::{}.message() changes; the variants keeping it change fields (their own lines)", new.name),
            "render the new wording where the default is kept",
        )
    };
    change
        .code(&new.code, format!("Code::{}", new.name))
        .values(Some(before.clone()), Some(after.clone()))
}

/// What reading a message still worded the old way gives.
pub(super) fn stale_reading(template: &Template) -> String {
    if template.fields.is_empty() {
        "; a message still worded the old way reads with message_fits false".to_owned()
    } else {
        format!(
            "; a message still worded the old way reads with message_fits false and {} empty",
            field_list(template)
        )
    }
}

pub(super) fn default_description_changed(
    old: &Code,
    new: &Code,
    kept: &[&Endpoint],
    echoed: bool,
) -> Change {
    Change::new(
        Kind::DescriptionChanged,
        Semver::Patch,
        format!(
            "code {}: default description changed (Code::{}; {})",
            new.code,
            new.name,
            kept_by(kept)
        ),
    )
    .code(&new.code, format!("Code::{}", new.name))
    .values(Some(old.description.clone()), Some(new.description.clone()))
    .verdict(
        "compile unchanged; description() and the docs give the new text",
        description_servers(echoed),
    )
}

pub(super) fn description_servers(echoed: bool) -> &'static str {
    if echoed {
        "bodies echo the new text"
    } else {
        "nothing they send changes"
    }
}

pub(super) fn default_retry_changed(old: &Code, new: &Code, kept: &[&Endpoint]) -> Change {
    let (before, after) = (old.retry.as_str(), new.retry.as_str());
    Change::new(
        Kind::RetryChanged,
        Semver::Minor,
        format!("code {}: default retry {before} -> {after} (Code::{}; {})", new.code, new.name, kept_by(kept)),
    )
    .code(&new.code, format!("Code::{}", new.name))
    .values(Some(before.to_owned()), Some(after.to_owned()))
    .verdict(
        format!("compile unchanged; retry() gives {after}, so code that retries by it behaves differently"),
        "nothing they send changes",
    )
}
