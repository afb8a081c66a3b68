//! `error-catalog diff OLD NEW`: what changed between two versions of a catalog, and whom
//! each change breaks.
//!
//! A catalog is a contract with two sides. Clients match exhaustively on the generated
//! enums and read bodies with `from_response`; servers and mocks build the variants and
//! render them. Every change is judged for both, and given the semver bump the crate that
//! invokes `error_catalog!` needs for it:
//!
//! - **major**: code that compiled against the old catalog can stop compiling, or a client
//!   built on the old catalog can no longer read what a server built on the new one sends.
//! - **minor**: something is added, or a value programs branch on changes at run time
//!   (`status()`, `retry()`, `error_type()`, the order `Code` sorts in), and nothing that
//!   compiled stops compiling.
//! - **patch**: text a program shows but should not branch on (descriptions, messages
//!   without placeholders, names and routes in docs), and order that only lists follow.
//!
//! | change | semver | why |
//! |---|---|---|
//! | code added to an endpoint (`variant-added`) | major | a `match` on the endpoint's enum without the new variant stops compiling |
//! | code removed from an endpoint (`variant-removed`) | major | code naming the variant stops compiling; a server that still sends it drifts |
//! | code added to / removed from the catalog (`code-added`, `code-removed`) | major | `Code` is an exhaustive enum too |
//! | a code's `name` changed (`variant-renamed`) | major | `Code::Old` and every enum's `Old` are gone; the wire is unchanged |
//! | same `name`, new code text (`code-changed`) | major | compiles; the wire code changes, so old clients read it as an unknown code |
//! | placeholder fields added, removed or renamed (`fields-changed`) | major | the variant's fields change: patterns and constructions naming them stop compiling |
//! | endpoint removed (`endpoint-removed`) | major | code naming its enum stops compiling |
//! | endpoint transport http <-> widget (`transport-changed`) | major | the enum's methods change (`status()` / `error_type()`, `from_response` / `FromStr`) |
//! | `code_type` changed (`code-type-changed`) | major | codes are read as another JSON type; `as_u32` and `from_u32` come or go |
//! | `[wire]` code or message pointer changed (`wire-pointer-changed`) | major | old clients look where the new bodies have nothing |
//! | widget format changed or removed (`widget-format-changed`) | major | strings in the old format no longer parse |
//! | `[wire.fields]` field added, removed, retyped or moved (`wire-field-…`) | major | a new pub field on `Extra` breaks struct literals; removal and retyping break code using it; a moved field is not found by old clients |
//! | endpoint added (`endpoint-added`) | minor | a new enum; nothing existing changes |
//! | status changed, default or override (`status-changed`) | minor | compiles; `status()` returns the new value; responses with the old one read with `status_differs()` |
//! | retry changed (`retry-changed`) | minor | compiles; `retry()` returns the new guidance |
//! | `error_type` changed (`error-type-changed`) | minor | compiles; `error_type()` and written widget strings change; reading ignores the type |
//! | message reworded, same placeholders, with placeholders (`message-reworded`) | minor | compiles; a message still worded the old way reads with `message_fits` false and empty fields |
//! | `[wire]` description or status pointer, `media_type`, widget format added | minor | what servers write changes; clients read as before or gain |
//! | codes reordered in the catalog (`codes-reordered`) | minor | compiles; `Code`'s `Ord`, `Code::ALL` and `as usize` follow catalog order |
//! | message reworded, no placeholders (`message-reworded`) | patch | text: a message still worded the old way reads with `message_fits` false, but no field loses its value (with placeholders, they would: minor) |
//! | a code's default message changed when its placeholders change (`message-changed`) | patch | `Code::message()` is text; each enum whose fields change has its own `fields-changed` line |
//! | description changed: catalog, code, endpoint or override (`description-changed`) | patch | text only (`description()`, docs, an echoed description) |
//! | catalog renamed, route changed (`catalog-renamed`, `route-changed`) | patch | metadata and docs; nothing reads them |
//! | an endpoint's codes reordered (`variants-reordered`) | patch | `CODES` lists them in the new order |
//!
//! A change to a code's default (status, message, description, retry) is one line for the
//! code, naming the endpoints that keep the default; an endpoint gets its own line only
//! where its override changed. Fields are the exception: each enum whose variant's fields
//! change gets a line, since each breaks on its own.
//!
//! Codes are matched by their text, then, among those left, by name (a code whose text
//! changed but name did not is `code-changed`, not a removal and an addition). Endpoints
//! are matched by key: a renamed key is a removal and an addition. Not reported: the order
//! of endpoints and of `[wire.fields]` (nothing generated depends on them), comments and
//! formatting, and an override that spells out the default.

mod codes;
mod compare;
mod endpoints;
mod source;
mod wire;

use compare::Versions;
use error_catalog_codegen::model::{Catalog, Endpoint};
use std::fmt;
use std::path::Path;

pub use source::read;

/// How far a change reaches, as a semver bump of the crate that invokes the macro.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Semver {
    /// Nothing changed.
    None,
    /// Text only.
    Patch,
    /// Additions, and values programs branch on changing at run time.
    Minor,
    /// Something stops compiling, or stops reading across versions.
    Major,
}

impl Semver {
    /// `none`, `patch`, `minor` or `major`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Patch => "patch",
            Self::Minor => "minor",
            Self::Major => "major",
        }
    }
}

/// What kind of change a line reports (the module documentation has the table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `code_type` changed.
    CodeTypeChanged,
    /// `[catalog] name` changed.
    CatalogRenamed,
    /// A description changed: the catalog's, an endpoint's, a code's default or an override.
    DescriptionChanged,
    /// A `[wire]` pointer (code, message, description, status) added, moved or removed.
    WirePointerChanged,
    /// `[wire] media_type` changed.
    MediaTypeChanged,
    /// `[wire] widget` added, changed or removed.
    WidgetFormatChanged,
    /// A `[wire.fields]` field added.
    WireFieldAdded,
    /// A `[wire.fields]` field removed.
    WireFieldRemoved,
    /// A `[wire.fields]` field's type or `required` changed.
    WireFieldRetyped,
    /// A `[wire.fields]` field's pointer or header changed.
    WireFieldMoved,
    /// A code added to the catalog.
    CodeAdded,
    /// A code removed from the catalog.
    CodeRemoved,
    /// A code's text changed, its name kept.
    CodeChanged,
    /// A code's `name` changed.
    VariantRenamed,
    /// The catalog's codes reordered.
    CodesReordered,
    /// A status changed (a code's default, or an endpoint's).
    StatusChanged,
    /// Retry guidance changed.
    RetryChanged,
    /// A code's `error_type` changed.
    ErrorTypeChanged,
    /// A message reworded, its placeholders kept.
    MessageReworded,
    /// A code's default message changed with its placeholders.
    MessageChanged,
    /// A variant's fields changed.
    FieldsChanged,
    /// An endpoint added.
    EndpointAdded,
    /// An endpoint removed.
    EndpointRemoved,
    /// An endpoint's transport changed.
    TransportChanged,
    /// An endpoint's method or path changed.
    RouteChanged,
    /// A code added to an endpoint.
    VariantAdded,
    /// A code removed from an endpoint.
    VariantRemoved,
    /// An endpoint's codes reordered.
    VariantsReordered,
}

impl Kind {
    /// The name in `--format json`: `variant-added`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CodeTypeChanged => "code-type-changed",
            Self::CatalogRenamed => "catalog-renamed",
            Self::DescriptionChanged => "description-changed",
            Self::WirePointerChanged => "wire-pointer-changed",
            Self::MediaTypeChanged => "media-type-changed",
            Self::WidgetFormatChanged => "widget-format-changed",
            Self::WireFieldAdded => "wire-field-added",
            Self::WireFieldRemoved => "wire-field-removed",
            Self::WireFieldRetyped => "wire-field-retyped",
            Self::WireFieldMoved => "wire-field-moved",
            Self::CodeAdded => "code-added",
            Self::CodeRemoved => "code-removed",
            Self::CodeChanged => "code-changed",
            Self::VariantRenamed => "variant-renamed",
            Self::CodesReordered => "codes-reordered",
            Self::StatusChanged => "status-changed",
            Self::RetryChanged => "retry-changed",
            Self::ErrorTypeChanged => "error-type-changed",
            Self::MessageReworded => "message-reworded",
            Self::MessageChanged => "message-changed",
            Self::FieldsChanged => "fields-changed",
            Self::EndpointAdded => "endpoint-added",
            Self::EndpointRemoved => "endpoint-removed",
            Self::TransportChanged => "transport-changed",
            Self::RouteChanged => "route-changed",
            Self::VariantAdded => "variant-added",
            Self::VariantRemoved => "variant-removed",
            Self::VariantsReordered => "variants-reordered",
        }
    }
}

/// One change, with its verdict for each side of the contract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// What changed.
    pub kind: Kind,
    /// The bump it needs.
    pub semver: Semver,
    /// The endpoint's key, when the change is an endpoint's.
    pub endpoint: Option<String>,
    /// The code as on the wire, when the change concerns one.
    pub code: Option<String>,
    /// The generated item concerned: `AccountsError::SharingPaused`, `Code::UserNotFound`.
    pub variant: Option<String>,
    /// The old value, where there was one.
    pub before: Option<String>,
    /// The new value, where there is one.
    pub after: Option<String>,
    /// Where and what: `endpoint accounts: code AC-106 added as AccountsError::SharingPaused`.
    pub what: String,
    /// What it does to clients, compile time and run time.
    pub clients: String,
    /// What it does to servers and mocks.
    pub servers: String,
}

impl Change {
    fn new(kind: Kind, semver: Semver, what: String) -> Self {
        Self {
            kind,
            semver,
            endpoint: None,
            code: None,
            variant: None,
            before: None,
            after: None,
            what,
            clients: String::new(),
            servers: String::new(),
        }
    }

    fn endpoint(mut self, endpoint: &Endpoint) -> Self {
        self.endpoint = Some(endpoint.key.clone());
        self.variant
            .get_or_insert_with(|| endpoint.enum_name.clone());
        self
    }

    fn code(mut self, code: &str, variant: String) -> Self {
        self.code = Some(code.to_owned());
        self.item(variant)
    }

    /// The generated item concerned, where no code is (`Extra::decline_code`).
    fn item(mut self, item: String) -> Self {
        self.variant = Some(item);
        self
    }

    fn values(mut self, before: Option<String>, after: Option<String>) -> Self {
        self.before = before;
        self.after = after;
        self
    }

    fn verdict(mut self, clients: impl Into<String>, servers: impl Into<String>) -> Self {
        self.clients = clients.into();
        self.servers = servers.into();
        self
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = self.semver.as_str().to_ascii_uppercase();
        write!(
            f,
            "{label:<5}  {} — clients: {}; servers: {}",
            self.what, self.clients, self.servers
        )
    }
}

/// Every change between two catalogs, in catalog order: `[catalog]`, `[wire]`, codes,
/// endpoints; within each, the new catalog's order, then what was removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    /// The changes.
    pub changes: Vec<Change>,
}

impl Diff {
    /// The bump the generated crate needs: the largest of its changes'.
    pub fn semver(&self) -> Semver {
        self.changes
            .iter()
            .map(|c| c.semver)
            .max()
            .unwrap_or(Semver::None)
    }

    /// Whether a change breaks anyone: the command's exit status 1 rather than 0.
    pub fn breaks(&self) -> bool {
        self.semver() == Semver::Major
    }

    /// How many changes need `semver`.
    pub fn count(&self, semver: Semver) -> usize {
        self.changes.iter().filter(|c| c.semver == semver).count()
    }

    /// The last line: `semver: major (2 breaking, 1 minor, 3 patch)`.
    pub fn summary(&self) -> String {
        format!(
            "semver: {} ({} breaking, {} minor, {} patch)",
            self.semver().as_str(),
            self.count(Semver::Major),
            self.count(Semver::Minor),
            self.count(Semver::Patch)
        )
    }

    /// The human format: one line per change, then the summary.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for change in &self.changes {
            out.push_str(&change.to_string());
            out.push('\n');
        }
        out.push_str(&self.summary());
        out.push('\n');
        out
    }

    /// The format for CI tools: `{"changes": [...], "semver": "major", "counts": {...}}`.
    pub fn json(&self) -> String {
        let changes: Vec<serde_json::Value> = self.changes.iter().map(change_json).collect();
        let value = serde_json::json!({
            "changes": changes,
            "semver": self.semver().as_str(),
            "counts": {
                "major": self.count(Semver::Major),
                "minor": self.count(Semver::Minor),
                "patch": self.count(Semver::Patch),
            },
        });
        // A `Value` has string keys only, so writing it cannot fail.
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }
}

fn change_json(change: &Change) -> serde_json::Value {
    serde_json::json!({
        "kind": change.kind.as_str(),
        "endpoint": change.endpoint,
        "code": change.code,
        "variant": change.variant,
        "before": change.before,
        "after": change.after,
        "what": change.what,
        "clients": change.clients,
        "servers": change.servers,
        "semver": change.semver.as_str(),
    })
}

/// Reads, loads and compares two catalogs named as on the command line: paths relative to
/// `dir`, or `git:REV:PATH`.
///
/// # Errors
///
/// Every catalog that cannot be read, and every problem of one that cannot be loaded,
/// rendered like `check`'s (the command exits with 2).
pub fn compare(old: &str, new: &str, dir: &Path) -> Result<Diff, Vec<String>> {
    let old = read(old, dir).and_then(|bytes| load(old, &bytes));
    let new = read(new, dir).and_then(|bytes| load(new, &bytes));
    match (old, new) {
        (Ok(old), Ok(new)) => Ok(diff(&old, &new)),
        (old, new) => Err([old.err(), new.err()]
            .into_iter()
            .flatten()
            .flatten()
            .collect()),
    }
}

/// The checked model of the catalog named `source` with contents `bytes`.
///
/// # Errors
///
/// Its problems, rendered as `check` renders them, naming `source`.
pub fn load(source: &str, bytes: &[u8]) -> Result<Catalog, Vec<String>> {
    error_catalog_codegen::load(bytes)
        .map_err(|diagnostics| error_catalog_codegen::render(&diagnostics, source, bytes))
}

/// Every change from `old` to `new`, in catalog order.
pub fn diff(old: &Catalog, new: &Catalog) -> Diff {
    let versions = Versions::new(old, new);
    let mut changes = Vec::new();
    versions.catalog(&mut changes);
    versions.wire(&mut changes);
    versions.wire_fields(&mut changes);
    versions.codes(&mut changes);
    versions.endpoints(&mut changes);
    Diff { changes }
}
