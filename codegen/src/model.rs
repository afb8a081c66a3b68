//! The checked catalog: every name valid and unique, every reference resolved, every
//! endpoint's entries with their overrides applied. Generation reads only this.

use crate::template::Template;
pub use error_catalog_core::Retry;

/// A catalog that passed validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// `[catalog] name`
    pub name: String,
    /// `[catalog] description`
    pub description: Option<String>,
    /// `[catalog] title`: the error page's title, one line.
    pub title: Option<String>,
    /// `[catalog] docs_url`: the absolute http(s) URL, without a fragment, the error page
    /// is published at.
    pub docs_url: Option<String>,
    /// Whether codes are text or numbers on the wire.
    pub code_type: CodeType,
    /// Where error bodies keep their fields.
    pub wire: Wire,
    /// Every code, in file order.
    pub codes: Vec<Code>,
    /// Every endpoint, in file order.
    pub endpoints: Vec<Endpoint>,
}

/// How codes are written on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeType {
    /// `"AC-102"`
    String,
    /// `1200`
    Integer,
    /// No code in the body: the HTTP status is the code (`[codes.404]`), as in APIs that
    /// identify errors by status alone.
    Status,
}

/// `[wire]`
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wire {
    /// JSON pointer to the code; `None` in a status-keyed catalog.
    pub code: Option<String>,
    /// JSON pointer to the message.
    pub message: String,
    /// JSON pointer to an echoed description.
    pub description: Option<String>,
    /// JSON pointer where the body repeats the HTTP status (problem details' `/status`).
    pub status: Option<String>,
    /// The media type of error bodies, if not `application/json`.
    pub media_type: Option<String>,
    /// The format of string-reported errors: placeholders `type`, `code`, `message`.
    pub widget: Option<Template>,
    /// `[wire.fields]`: further fields of error responses, in file order.
    pub fields: Vec<Field>,
}

/// A further field of error responses (`[wire.fields]`): `decline_code`, a request id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// Its name, a `snake_case` identifier: the generated `Extra` struct's field.
    pub name: String,
    /// Where it is read from and written to.
    pub source: FieldSource,
    /// Its JSON type.
    pub kind: FieldKind,
    /// Whether every error body has it (a plain field rather than an `Option`).
    pub required: bool,
}

/// Where a field is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldSource {
    /// At a JSON pointer into the body.
    Body(String),
    /// In a response header, by name as written in the catalog.
    Header(String),
}

/// A field's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// A JSON string (or a header's text).
    String,
    /// A JSON integer (or a header holding one), as `i64`.
    Integer,
    /// A JSON boolean.
    Boolean,
}

/// One code and its defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// As on the wire: `AC-102`, `1200`.
    pub code: String,
    /// The number, in integer catalogs.
    pub number: Option<u32>,
    /// The variant name.
    pub name: String,
    /// The error type of string-reported errors.
    pub error_type: Option<String>,
    /// Default HTTP status; `None` for codes only reported as strings.
    pub status: Option<u16>,
    /// Default message.
    pub message: Template,
    /// Default description, empty if the catalog gives none.
    pub description: String,
    /// Default retry guidance.
    pub retry: Retry,
    /// Examples as the API sends them, checked; bodies as JSON text.
    pub examples: Vec<String>,
}

/// How an endpoint reports errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transport {
    /// An HTTP response: status and JSON body.
    Http,
    /// One string in the `[wire] widget` format, no HTTP status.
    Widget,
}

/// One endpoint: the codes it can return, as it returns them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    /// The catalog key: `balance_refresh`.
    pub key: String,
    /// The enum's name: `BalanceRefreshError`.
    pub enum_name: String,
    /// HTTP method, if known.
    pub method: Option<String>,
    /// HTTP path, if known.
    pub path: Option<String>,
    /// What the endpoint is.
    pub description: Option<String>,
    /// How it reports errors.
    pub transport: Transport,
    /// Whether the catalog gives its statuses. An HTTP endpoint whose documentation does
    /// not (`statuses = "unlisted"`) may have entries without one, and its enum has no
    /// `status()`.
    pub statuses_listed: bool,
    /// Its codes, in the catalog's order.
    pub entries: Vec<Entry>,
}

/// A code as one endpoint returns it: the code's defaults with the endpoint's overrides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Index into [`Catalog::codes`].
    pub code: usize,
    /// HTTP status; `Some` on every HTTP endpoint whose statuses are listed.
    pub status: Option<u16>,
    /// Message; its placeholders are the variant's fields.
    pub message: Template,
    /// Description.
    pub description: String,
    /// Retry guidance.
    pub retry: Retry,
    /// Examples as this endpoint sends them, checked; bodies as JSON text.
    pub examples: Vec<String>,
}

impl Catalog {
    /// The code an entry refers to.
    pub fn code_of(&self, entry: &Entry) -> &Code {
        &self.codes[entry.code]
    }

    /// The error page's title: `title`, else `"<name> errors"`.
    pub fn page_title(&self) -> String {
        self.title
            .clone()
            .unwrap_or_else(|| format!("{} errors", self.name))
    }

    /// The anchor `code` links to on the published page: with `docs_url` set, a code
    /// written `<docs_url>#<fragment>` (a problem `type` URI) has the fragment, so the code
    /// itself is a working link to its documentation (RFC 9457, section 3.1.1).
    pub fn linked_fragment<'c>(&self, code: &'c Code) -> Option<&'c str> {
        let url = self.docs_url.as_deref()?;
        code.code
            .strip_prefix(url)?
            .strip_prefix('#')
            .filter(|fragment| !fragment.is_empty())
    }
}
