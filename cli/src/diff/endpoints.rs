//! Changes to endpoints: added, removed, their transport and route, and what they override
//! for each code.

use super::codes::{description_servers, field_list, field_set, stale_reading, status_name};
use super::compare::EntryPair;
use super::{Change, Kind, Semver};
use error_catalog_codegen::model::{Code, Endpoint, Entry, Transport};
use error_catalog_codegen::template::Template;

pub(super) fn endpoint_added(endpoint: &Endpoint) -> Change {
    Change::new(
        Kind::EndpointAdded,
        Semver::Minor,
        format!(
            "endpoint {} added as {} ({} codes)",
            endpoint.key,
            endpoint.enum_name,
            endpoint.entries.len()
        ),
    )
    .endpoint(endpoint)
    .values(None, Some(endpoint.enum_name.clone()))
    .verdict(
        format!(
            "a new enum {}; nothing existing changes",
            endpoint.enum_name
        ),
        "may now answer with its errors",
    )
}

pub(super) fn endpoint_removed(endpoint: &Endpoint) -> Change {
    Change::new(
        Kind::EndpointRemoved,
        Semver::Major,
        format!("endpoint {} removed ({})", endpoint.key, endpoint.enum_name),
    )
    .endpoint(endpoint)
    .values(Some(endpoint.enum_name.clone()), None)
    .verdict(
        format!("code naming {} stops compiling", endpoint.enum_name),
        format!("code building {} stops compiling; a server still answering it has no enum for its errors", endpoint.enum_name),
    )
}

fn transport_name(transport: Transport) -> &'static str {
    match transport {
        Transport::Http => "http",
        Transport::Widget => "widget",
    }
}

pub(super) fn transport_changed(old: &Endpoint, new: &Endpoint) -> Change {
    let (before, after) = (transport_name(old.transport), transport_name(new.transport));
    Change::new(
        Kind::TransportChanged,
        Semver::Major,
        format!("endpoint {}: transport {before} -> {after} ({})", new.key, new.enum_name),
    )
    .endpoint(new)
    .values(Some(before.to_owned()), Some(after.to_owned()))
    .verdict(
        format!("{}'s methods change (status() and from_response for http, error_type() and FromStr for widget): code using the old ones stops compiling", new.enum_name),
        format!("errors are sent as {}", if new.transport == Transport::Http { "HTTP responses" } else { "widget strings" }),
    )
}

fn route(endpoint: &Endpoint) -> String {
    match (&endpoint.method, &endpoint.path) {
        (Some(method), Some(path)) => format!("{method} {path}"),
        (Some(one), None) | (None, Some(one)) => one.clone(),
        (None, None) => "none".to_owned(),
    }
}

pub(super) fn route_changed(old: &Endpoint, new: &Endpoint) -> Change {
    let (before, after) = (route(old), route(new));
    Change::new(
        Kind::RouteChanged,
        Semver::Patch,
        format!("endpoint {}: route {before} -> {after}", new.key),
    )
    .endpoint(new)
    .values(Some(before), Some(after))
    .verdict(
        format!(
            "compile unchanged; {}::ENDPOINT's route and the docs change",
            new.enum_name
        ),
        "nothing they send changes",
    )
}

/// What stops compiling when a variant's fields go from `old`'s to `new`'s: a unit
/// variant and a struct variant are written differently, and a struct pattern without `..`
/// or a construction must name every field.
fn fields_break(variant: &str, old: &Template, new: &Template) -> String {
    let (before, after) = (field_set(old), field_set(new));
    let added: Vec<&str> = after
        .iter()
        .copied()
        .filter(|f| !before.contains(f))
        .collect();
    let removed: Vec<&str> = before
        .iter()
        .copied()
        .filter(|f| !after.contains(f))
        .collect();
    if before.is_empty() {
        format!(
            "{variant} becomes a struct variant {}: patterns and constructions written `{variant}` stop compiling",
            field_list(new)
        )
    } else if after.is_empty() {
        format!(
            "{variant} becomes a unit variant: patterns and constructions naming {} stop compiling",
            field_list(old)
        )
    } else if removed.is_empty() {
        format!(
            "constructions of {variant}, and patterns without `..`, stop compiling without {}",
            added.join(", ")
        )
    } else if added.is_empty() {
        format!(
            "patterns and constructions of {variant} naming {} stop compiling",
            removed.join(", ")
        )
    } else {
        format!(
            "patterns and constructions of {variant} naming {} stop compiling, and so do constructions and patterns without `..` lacking {}",
            removed.join(", "),
            added.join(", ")
        )
    }
}

/// An endpoint's own changes to an entry: what it overrides, and its variant's fields.
pub(super) fn entry_changed(endpoint: &Endpoint, pair: EntryPair<'_>, echoed: bool) -> Vec<Change> {
    let (old, new) = (pair.old, pair.new);
    let (old_code, new_code) = (pair.code.old, pair.code.new);
    let overridden = |changed: bool, keeps: &dyn Fn(&Entry, &Code) -> bool| {
        changed && !(keeps(old, old_code) && keeps(new, new_code))
    };
    let at = EntryAt {
        endpoint,
        code: new_code,
        echoed,
    };
    let mut changes = Vec::new();
    if overridden(old.status != new.status, &|e, c| e.status == c.status) {
        changes.push(at.status(old.status, new.status));
    }
    if field_set(&old.message) != field_set(&new.message) {
        changes.push(at.fields(&old.message, &new.message));
    } else if overridden(old.message.text != new.message.text, &|e, c| {
        e.message.text == c.message.text
    }) {
        changes.push(at.reworded(&old.message, &new.message));
    }
    if overridden(old.description != new.description, &|e, c| {
        e.description == c.description
    }) {
        changes.push(at.description(&old.description, &new.description));
    }
    if overridden(old.retry != new.retry, &|e, c| e.retry == c.retry) {
        changes.push(at.retry(old, new));
    }
    changes
}

/// A code in one endpoint: where an entry's lines point.
struct EntryAt<'a> {
    endpoint: &'a Endpoint,
    code: &'a Code,
    /// Whether bodies echo the description.
    echoed: bool,
}

impl EntryAt<'_> {
    fn variant(&self) -> String {
        format!("{}::{}", self.endpoint.enum_name, self.code.name)
    }

    fn change(&self, kind: Kind, semver: Semver, what: &str) -> Change {
        Change::new(
            kind,
            semver,
            format!(
                "endpoint {}: code {} {what} ({})",
                self.endpoint.key,
                self.code.code,
                self.variant()
            ),
        )
        .code(&self.code.code, self.variant())
        .endpoint(self.endpoint)
    }

    fn status(&self, old: Option<u16>, new: Option<u16>) -> Change {
        let (before, after) = (status_name(old), status_name(new));
        self.change(Kind::StatusChanged, Semver::Minor, &format!("status {before} -> {after}"))
            .values(old.map(|s| s.to_string()), new.map(|s| s.to_string()))
            .verdict(
                format!("compile unchanged; at run time {}.status() is {after}; responses still sent with {before} read as before, with status_differs() true", self.variant()),
                format!("render it with HTTP {after}"),
            )
    }

    fn fields(&self, old: &Template, new: &Template) -> Change {
        let (before, after) = (field_list(old), field_list(new));
        self.change(
            Kind::FieldsChanged,
            Semver::Major,
            &format!(
                "fields {before} -> {after}, message {:?} -> {:?}",
                old.text, new.text
            ),
        )
        .values(Some(old.text.clone()), Some(new.text.clone()))
        .verdict(
            format!(
                "{}{}",
                fields_break(&self.variant(), old, new),
                stale_reading(new)
            ),
            format!(
                "code building {} must pass {after}; the message sent is the new wording",
                self.variant()
            ),
        )
    }

    fn reworded(&self, old: &Template, new: &Template) -> Change {
        let semver = if new.fields.is_empty() {
            Semver::Patch
        } else {
            Semver::Minor
        };
        self.change(
            Kind::MessageReworded,
            semver,
            &format!("message {:?} -> {:?}", old.text, new.text),
        )
        .values(Some(old.text.clone()), Some(new.text.clone()))
        .verdict(
            format!(
                "compile unchanged; Display shows the new wording{}",
                stale_reading(new)
            ),
            "render the new wording",
        )
    }

    fn description(&self, old: &str, new: &str) -> Change {
        self.change(
            Kind::DescriptionChanged,
            Semver::Patch,
            "description changed",
        )
        .values(Some(old.to_owned()), Some(new.to_owned()))
        .verdict(
            "compile unchanged; description() and the docs give the new text",
            description_servers(self.echoed),
        )
    }

    fn retry(&self, old: &Entry, new: &Entry) -> Change {
        let (before, after) = (old.retry.as_str(), new.retry.as_str());
        self.change(Kind::RetryChanged, Semver::Minor, &format!("retry {before} -> {after}"))
            .values(Some(before.to_owned()), Some(after.to_owned()))
            .verdict(
                format!("compile unchanged; {}.retry() gives {after}, so code that retries by it behaves differently", self.variant()),
                "nothing they send changes",
            )
    }
}
