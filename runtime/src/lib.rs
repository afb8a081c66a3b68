//! API error codes as a compile-time contract.
//!
//! An API's error codes, and which endpoint can return which, live in one TOML catalog.
//! [`error_catalog!`] turns it into one enum per endpoint, so a `match` on an endpoint's
//! errors must cover every code that endpoint can return, and stops compiling when the
//! catalog gains one.
//!
//! ```
//! mod aerosync {
//!     // Relative to the invoking crate's root (here, this crate's).
//!     error_catalog::error_catalog!("../catalogs/aerosync.toml");
//! }
//!
//! enum Action { FixRequest, RenewToken, Relink, RetryWithBackoff }
//!
//! fn on_accounts_error(error: &aerosync::AccountsError) -> Action {
//!     use aerosync::AccountsError as E;
//!     match error {
//!         E::InvalidRequest => Action::FixRequest,
//!         E::InvalidToken => Action::RenewToken,
//!         E::UserNotFound { .. } | E::IncompleteAccountData => Action::Relink,
//!         E::BankConnectionIssue => Action::RetryWithBackoff,
//!     }
//! }
//!
//! let error = aerosync::AccountsError::UserNotFound { connection_id: "c-1".into() };
//! assert!(matches!(on_accounts_error(&error), Action::Relink));
//! assert_eq!(error.to_string(), "User c-1 not found.");
//! assert_eq!(error.status(), 404);
//! ```
//!
//! This crate holds what generated code uses: [`Retry`], [`Endpoint`], [`UnknownCode`], the
//! [`CatalogError`] and [`HttpError`] traits that endpoint enums implement, and the wire:
//! [`Received`] and [`ResponseError`] (reading responses), [`ErrorBody`] (writing them).
//!
//! Features, off by default: `http` adds [`HttpError::status_code`]; `axum` implements
//! `axum::response::IntoResponse` for every generated HTTP endpoint enum.

use std::fmt;

mod template;
mod wire;

pub use wire::{CodeValue, ErrorBody, Received, ResponseError, Wire};

/// Generates, in place, the `Code` enum and one enum per endpoint from a TOML catalog.
///
/// The path is relative to the invoking crate's root (`CARGO_MANIFEST_DIR`), or starts with
/// an environment variable (`"$OUT_DIR/api.toml"`). Editing the file rebuilds the crate.
/// A catalog with problems is a compile error naming `file:line:column` for each.
pub use error_catalog_macros::error_catalog;

/// Whether retrying the same request can help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Retry {
    /// Retrying the same request cannot help: fix the request, or have the user act.
    Never,
    /// A transient failure: retry with exponential backoff.
    Backoff,
    /// Unavailable for a while (a job running, maintenance, a timeout): try again later.
    Later,
}

impl Retry {
    /// The catalog's spelling: `never`, `backoff` or `later`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Never => "never",
            Self::Backoff => "backoff",
            Self::Later => "later",
        }
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which endpoint an error enum belongs to, as the catalog names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Endpoint {
    /// The catalog key: `balance_refresh`.
    pub key: &'static str,
    /// The HTTP method, where the catalog gives it.
    pub method: Option<&'static str>,
    /// The HTTP path, where the catalog gives it.
    pub path: Option<&'static str>,
}

/// What every generated endpoint enum offers, for code that handles any endpoint's errors
/// alike (logging, metrics, retry policies).
///
/// The enums' inherent methods say the same with sharper types (`status()` is a plain
/// `u16` on HTTP endpoints).
pub trait CatalogError: fmt::Display + fmt::Debug {
    /// The code as the API writes it.
    fn code_str(&self) -> &'static str;
    /// The HTTP status; `None` for errors reported as strings (a widget's).
    fn http_status(&self) -> Option<u16>;
    /// The message template as this endpoint words it.
    fn message_template(&self) -> &'static str;
    /// What the error means and what to do.
    fn description(&self) -> &'static str;
    /// Whether retrying can help.
    fn retry(&self) -> Retry;
    /// The endpoint.
    fn endpoint(&self) -> Endpoint;
}

/// What every generated HTTP endpoint enum offers: its status and body, for servers and
/// mocks that answer with the catalog's errors.
pub trait HttpError: CatalogError {
    /// The HTTP status this endpoint answers the error with.
    fn status(&self) -> u16;

    /// The body in the catalog's wire shape.
    fn to_body(&self) -> ErrorBody;

    /// The status as an `http::StatusCode`.
    #[cfg(feature = "http")]
    fn status_code(&self) -> http::StatusCode {
        // Catalog statuses are checked to be 400-599 at compile time.
        http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// What only generated code uses. The name carries the version, as the macro generating
/// paths into it does: a macro and a runtime of different versions then fail with
/// "could not find `__private_vX_Y` in `error_catalog`", naming the skew, instead of
/// with errors about whatever changed between them.
#[doc(hidden)]
pub mod __private_v0_1 {
    pub use crate::template::{Segment, render, split};
    pub use crate::wire::{Fields, RawCode, read};
    pub use crate::{CatalogError, HttpError};
    use crate::{ResponseError, Wire};

    /// `Some(value)` as an owned field, `None` (the message did not fit) as empty.
    #[must_use]
    pub fn owned(value: Option<&str>) -> String {
        value.unwrap_or_default().to_owned()
    }

    /// The code of a string catalog.
    ///
    /// # Errors
    ///
    /// No code, or a code that is not a string.
    pub fn text_code<'f>(fields: &'f Fields<'_>, wire: &Wire) -> Result<&'f str, ResponseError> {
        match &fields.code {
            Some(RawCode::Text(text)) => Ok(text),
            Some(other) => Err(ResponseError::CodeType {
                expected: "a string",
                found: other.json_type(),
            }),
            None => Err(ResponseError::NoCode { pointer: wire.code }),
        }
    }

    /// The code of an integer catalog.
    ///
    /// # Errors
    ///
    /// No code, a code that is not an integer, or one no catalog code can be.
    pub fn integer_code(fields: &Fields<'_>, wire: &Wire) -> Result<u32, ResponseError> {
        match &fields.code {
            Some(RawCode::Integer(n)) => {
                u32::try_from(*n).map_err(|_| ResponseError::UnknownCode {
                    code: n.to_string(),
                })
            }
            Some(other) => Err(ResponseError::CodeType {
                expected: "an integer",
                found: other.json_type(),
            }),
            None => Err(ResponseError::NoCode { pointer: wire.code }),
        }
    }

    /// The error for a code the catalog does not have.
    #[must_use]
    pub fn unknown(code: &impl ToString) -> ResponseError {
        ResponseError::UnknownCode {
            code: code.to_string(),
        }
    }

    /// The error for a code this endpoint is not listed with.
    #[must_use]
    pub fn not_for_endpoint(code: &'static str, endpoint: &'static str) -> ResponseError {
        ResponseError::NotForEndpoint { code, endpoint }
    }

    /// A catalog's widget format: its template, and which fields hold what.
    pub struct WidgetFormat {
        /// As the catalog writes it.
        pub text: &'static str,
        /// The template.
        pub segments: &'static [Segment],
        /// The field holding the code.
        pub code: usize,
        /// The field holding the message, if the format has one.
        pub message: Option<usize>,
    }

    /// Reads a widget string (plain, or JSON-quoted as some callbacks deliver it) and lets
    /// `decide` turn its code and message into the endpoint's variant.
    ///
    /// # Errors
    ///
    /// A string that does not fit the format, or whatever `decide` returns.
    pub fn widget<T>(
        text: &str,
        format: &WidgetFormat,
        decide: impl FnOnce(&str, Option<&str>) -> Result<T, ResponseError>,
    ) -> Result<T, ResponseError> {
        // Only a JSON-quoted string is unquoted (and may be padded); a plain one is split
        // as received, so a message that is empty or ends in a space still fits.
        let trimmed = text.trim();
        if trimmed.starts_with('"') {
            let unquoted: String =
                serde_json::from_str(trimmed).map_err(|_| ResponseError::MalformedWidget {
                    format: format.text,
                })?;
            return widget_unquoted(&unquoted, format, decide);
        }
        widget_unquoted(text, format, decide)
    }

    fn widget_unquoted<T>(
        text: &str,
        format: &WidgetFormat,
        decide: impl FnOnce(&str, Option<&str>) -> Result<T, ResponseError>,
    ) -> Result<T, ResponseError> {
        // The format's placeholders are `type`, `code` and `message`: three at most.
        let mut values = [None; 3];
        let code = split(format.segments, text, &mut values)
            .then(|| values.get(format.code).copied().flatten())
            .flatten()
            .ok_or(ResponseError::MalformedWidget {
                format: format.text,
            })?;
        let message = format
            .message
            .and_then(|m| values.get(m).copied().flatten());
        decide(code, message)
    }

    #[cfg(feature = "axum")]
    pub use axum_core;

    /// The response for an endpoint's error: its status and JSON body.
    #[cfg(feature = "axum")]
    pub fn axum_response(error: &impl HttpError) -> axum_core::response::Response {
        use axum_core::response::IntoResponse;
        let headers = [(http::header::CONTENT_TYPE, "application/json")];
        (error.status_code(), headers, error.to_body().to_json()).into_response()
    }
}

/// Implements axum's `IntoResponse` for a generated endpoint enum, when the `axum` feature
/// is on (generated code calls it either way).
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __into_response {
    ($name:ident) => {
        #[automatically_derived]
        impl $crate::__private_v0_1::axum_core::response::IntoResponse for $name {
            fn into_response(self) -> $crate::__private_v0_1::axum_core::response::Response {
                $crate::__private_v0_1::axum_response(&self)
            }
        }
    };
}

/// Without the `axum` feature, generated code's call expands to nothing.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __into_response {
    ($name:ident) => {};
}

/// A code that is not in the catalog, from `Code::from_str`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCode {
    code: String,
}

impl UnknownCode {
    /// The error for `code`.
    #[must_use]
    pub fn new(code: &str) -> Self {
        Self {
            code: code.to_owned(),
        }
    }

    /// The code as received.
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error code {:?} is not in the catalog", self.code)
    }
}

impl std::error::Error for UnknownCode {}

#[cfg(test)]
mod tests {
    #[test]
    fn the_private_module_is_named_for_this_version() {
        let expected = ::core::concat!(
            "__private_v",
            ::core::env!("CARGO_PKG_VERSION_MAJOR"),
            "_",
            ::core::env!("CARGO_PKG_VERSION_MINOR")
        );
        assert_eq!(
            expected, "__private_v0_1",
            "rename `__private_v0_1` to match the version"
        );
    }
}
