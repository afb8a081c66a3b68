//! The catalog as written: every value typed but unchecked, with its span in the file.
//!
//! A required key that is missing is `None` here; `parse` has already reported it, so later
//! stages skip it quietly instead of piling secondary errors on top.

use std::ops::Range;

/// A value and the byte range it came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sp<T> {
    /// The value.
    pub value: T,
    /// Where it is in the file.
    pub span: Range<usize>,
}

/// A code as an endpoint lists it: text in string catalogs, a number in integer ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// `"AC-102"`
    Text(String),
    /// `1200`
    Integer(i64),
    /// An integer too large for any code, as written.
    TooLarge(String),
}

/// The whole file.
#[derive(Debug, Default)]
pub struct Catalog {
    /// `[catalog] name`
    pub name: Option<Sp<String>>,
    /// `[catalog] code_type`
    pub code_type: Option<Sp<String>>,
    /// `[catalog] description`
    pub description: Option<Sp<String>>,
    /// `[catalog] title`: the error page's title.
    pub title: Option<Sp<String>>,
    /// `[catalog] docs_url`: where the error page is published.
    pub docs_url: Option<Sp<String>>,
    /// `[catalog] lints`: each lint's name and level, as written.
    pub lints: Vec<(Sp<String>, Sp<String>)>,
    /// `[wire]`
    pub wire: Option<Wire>,
    /// `[codes.*]`, in file order.
    pub codes: Vec<CodeDef>,
    /// `[endpoints.*]`, in file order.
    pub endpoints: Vec<EndpointDef>,
    /// `[groups.*]`, in file order.
    pub groups: Vec<GroupDef>,
}

/// `[wire]`: where error bodies keep their fields.
#[derive(Debug)]
pub struct Wire {
    /// JSON pointer to the code; required (and reported missing by `parse`) unless the
    /// catalog's `code_type` is `"status"`, where `validate` reports it if present.
    pub code: Option<Sp<String>>,
    /// JSON pointer to the message.
    pub message: Option<Sp<String>>,
    /// JSON pointer to a description the server echoes (Plaid's `/resolve`).
    pub description: Option<Sp<String>>,
    /// JSON pointer where the body repeats the HTTP status (problem details' `/status`).
    pub status: Option<Sp<String>>,
    /// The media type of error bodies (`application/problem+json`).
    pub media_type: Option<Sp<String>>,
    /// The format of errors reported as one string (Aerosync's widget).
    pub widget: Option<Sp<String>>,
    /// `[wire.fields]`, in file order; a field whose entry was malformed is left out.
    pub fields: Vec<FieldDef>,
}

/// One entry of `[wire.fields]`: `decline_code = "/error/decline_code"` or
/// `retry_after = { header = "Retry-After", type = "integer" }`.
#[derive(Debug)]
pub struct FieldDef {
    /// The field's name, the TOML key.
    pub name: Sp<String>,
    /// Where it is read from; `None` if `parse` reported neither or both of `pointer` and
    /// `header`.
    pub source: Option<FieldSourceDef>,
    /// `type`: `"string"` (the default), `"integer"` or `"boolean"`, unchecked.
    pub kind: Option<Sp<String>>,
    /// `required`.
    pub required: Option<Sp<bool>>,
}

/// Where a field is read from, as written.
#[derive(Debug)]
pub enum FieldSourceDef {
    /// `pointer = "/error/decline_code"`, or the short form's string.
    Pointer(Sp<String>),
    /// `header = "Request-Id"`.
    Header(Sp<String>),
}

/// What a code entry and an endpoint's override can both set.
#[derive(Clone, Debug, Default)]
pub struct Fields {
    /// HTTP status.
    pub status: Option<Sp<i64>>,
    /// Message template.
    pub message: Option<Sp<String>>,
    /// What it means and what to do.
    pub description: Option<Sp<String>>,
    /// Retry guidance.
    pub retry: Option<Sp<String>>,
}

impl Fields {
    /// Whether nothing is set.
    pub fn is_empty(&self) -> bool {
        self.status.is_none()
            && self.message.is_none()
            && self.description.is_none()
            && self.retry.is_none()
    }

    /// These, with what they leave unset taken from `under`.
    #[must_use]
    pub fn or(self, under: &Self) -> Self {
        Self {
            status: self.status.or_else(|| under.status.clone()),
            message: self.message.or_else(|| under.message.clone()),
            description: self.description.or_else(|| under.description.clone()),
            retry: self.retry.or_else(|| under.retry.clone()),
        }
    }
}

/// `[codes.KEY]`
#[derive(Debug)]
pub struct CodeDef {
    /// The code as the table key writes it.
    pub key: Sp<String>,
    /// The variant name.
    pub name: Option<Sp<String>>,
    /// The error type of string-reported errors (`POLLING_TIMEOUT`).
    pub error_type: Option<Sp<String>>,
    /// Status, message, description and retry.
    pub fields: Fields,
    /// Example errors as the API sends them, checked against the code's defaults.
    pub examples: Vec<Sp<Example>>,
    /// A problem in this table was reported while parsing it: later stages skip the code
    /// quietly (no "undefined code" or "has no status" on top of "must be an integer").
    pub reported: bool,
}

/// `[endpoints.KEY]`
#[derive(Debug)]
pub struct EndpointDef {
    /// The endpoint's key.
    pub key: Sp<String>,
    /// HTTP method.
    pub method: Option<Sp<String>>,
    /// HTTP path.
    pub path: Option<Sp<String>>,
    /// What the endpoint is.
    pub description: Option<Sp<String>>,
    /// `http` (the default) or `widget`.
    pub transport: Option<Sp<String>>,
    /// `"unlisted"`: the API's documentation does not give this endpoint's statuses.
    pub statuses: Option<Sp<String>>,
    /// The codes it can return; the span is the whole array.
    pub codes: Option<Sp<Vec<Item>>>,
}

/// One item of an endpoint's `codes`: a code, or a group of codes.
#[derive(Debug)]
pub enum Item {
    /// `"AC-102"`, or `{ code = "AC-102", status = 400 }`.
    Code(CodeRef),
    /// `{ group = "common" }`.
    Group(Sp<String>),
}

/// `[groups.KEY]`: codes that several endpoints list alike.
#[derive(Debug)]
pub struct GroupDef {
    /// The group's key.
    pub key: Sp<String>,
    /// Its codes, with overrides as an endpoint writes them; the span is the whole array.
    pub codes: Option<Sp<Vec<CodeRef>>>,
}

/// A code as an endpoint (or a group) lists it.
#[derive(Clone, Debug)]
pub struct CodeRef {
    /// The code.
    pub code: Sp<Scalar>,
    /// What this endpoint says differently.
    pub overrides: Fields,
    /// Example errors as this endpoint sends them, checked against its wording.
    pub examples: Vec<Sp<Example>>,
}

/// An example error: a body, or a widget string.
#[derive(Clone, Debug, PartialEq)]
pub enum Example {
    /// A JSON body, written as a TOML table.
    Body(Json),
    /// A widget string.
    Widget(String),
}

/// A JSON value written in TOML, with the span of every part.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// A string.
    String(String),
    /// An integer.
    Integer(i64),
    /// A finite number with a fraction or an exponent, as written.
    Float(String),
    /// `true` or `false`.
    Bool(bool),
    /// An array.
    Array(Vec<Sp<Json>>),
    /// An object, in file order.
    Object(Vec<(String, Sp<Json>)>),
}
