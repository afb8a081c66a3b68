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
//! This crate holds what generated code uses: [`Retry`], [`Endpoint`], [`UnknownCode`] and
//! the [`CatalogError`] trait that every endpoint enum implements.

use std::fmt;

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

/// What only generated code uses. The name carries the version, as the macro generating
/// paths into it does: a macro and a runtime of different versions then fail with
/// "could not find `__private_vX_Y` in `error_catalog`", naming the skew, instead of
/// with errors about whatever changed between them.
#[doc(hidden)]
pub mod __private_v0_1 {
    pub use crate::CatalogError;
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
