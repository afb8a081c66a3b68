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
//! The expansion holds the catalog's facts and nothing else: `Code` implements
//! [`CatalogCode`] with one row of [`CodeFacts`] per code, and each endpoint enum
//! implements [`EndpointError`] with one [`Entry`] per code it lists. Everything they do
//! is written once, here: reading responses ([`EndpointError::from_response`] into a
//! [`Received`], or an [`Unexpected`] that keeps what was received), the further fields a
//! catalog declares ([`ExtraFields`]), rendering messages and bodies ([`ErrorBody`]),
//! widget strings, and the [`CatalogError`] and [`HttpError`] surfaces.
//!
//! Features, off by default: `http` adds [`HttpError::status_code`] and reading an
//! `http::Response` (`from_http_response`); `axum` implements
//! `axum::response::IntoResponse` for every generated HTTP endpoint enum (and for
//! [`ErrorBody`]); `reqwest` adds [`reqwest::read`], a `reqwest::Response` into an
//! endpoint's result.

mod body;
mod code;
mod endpoint;
mod extra;
mod facts;
mod layout;
mod macros;
mod received;
#[cfg(feature = "reqwest")]
pub mod reqwest;
mod widget;
mod wire;

pub use code::CatalogCode;
pub use endpoint::{CatalogError, EndpointError, HttpError, Values, Visit};
pub use error_catalog_core::Retry;
/// The perfect hash of a catalog's codes, which the macro builds ([`CatalogCode::LOOKUP`]).
#[doc(hidden)]
pub type Lookup = error_catalog_core::phf::Table<'static>;
pub use body::{CodeValue, ErrorBody};
pub use extra::{ExtraFields, Field, FieldKind, FieldSource, FieldValue, NoExtra};
pub use facts::{Catalog, CodeFacts, CodeType, Endpoint, Entry, Transport};
pub use received::{ExtraOf, Received, ResponseError, Unexpected};
pub use wire::Wire;

/// Generates, in place, the `Code` enum and one enum per endpoint from a TOML catalog.
///
/// The path is relative to the invoking crate's root (`CARGO_MANIFEST_DIR`), or starts with
/// an environment variable (`"$OUT_DIR/api.toml"`). Editing the file rebuilds the crate.
/// A catalog with problems is a compile error naming `file:line:column` for each.
pub use error_catalog_macros::error_catalog;

/// What only generated code uses. The name carries the version, as the macro generating
/// paths into it does: a macro and a runtime of different versions then fail with
/// "could not find `__private_vX_Y` in `error_catalog`", naming the skew, instead of
/// with errors about whatever changed between them.
#[doc(hidden)]
pub mod __private_v0_1 {
    pub use crate::facts::{all, codes};
    pub use crate::{__code_items as code_items, __endpoint_items as endpoint_items};

    #[cfg(feature = "axum")]
    pub use axum_core;
    #[cfg(feature = "http")]
    pub use http;

    /// The response for an endpoint's error: its status and JSON body.
    #[cfg(feature = "axum")]
    pub fn axum_response(error: &impl crate::HttpError) -> axum_core::response::Response {
        axum_core::response::IntoResponse::into_response(error.to_body())
    }
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

impl std::fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error code {:?} is not in the catalog", self.code)
    }
}

impl std::error::Error for UnknownCode {}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod version {
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
