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
}

/// `[wire]`
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wire {
    /// JSON pointer to the code.
    pub code: String,
    /// JSON pointer to the message.
    pub message: String,
    /// JSON pointer to an echoed description.
    pub description: Option<String>,
    /// The format of string-reported errors: placeholders `type`, `code`, `message`.
    pub widget: Option<Template>,
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
    /// Its codes, in the catalog's order.
    pub entries: Vec<Entry>,
}

/// A code as one endpoint returns it: the code's defaults with the endpoint's overrides.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Index into [`Catalog::codes`].
    pub code: usize,
    /// HTTP status; `Some` on every HTTP endpoint.
    pub status: Option<u16>,
    /// Message; its placeholders are the variant's fields.
    pub message: Template,
    /// Description.
    pub description: String,
    /// Retry guidance.
    pub retry: Retry,
}

impl Catalog {
    /// The code an entry refers to.
    pub fn code_of(&self, entry: &Entry) -> &Code {
        &self.codes[entry.code]
    }
}
