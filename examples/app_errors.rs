//! An endpoint's errors inside an application's own error type: `#[from]` with thiserror,
//! and `?` into anyhow, with the status, the code and the server's message kept.
//!
//! `cargo run -p error-catalog-examples --example app_errors`

mod aerosync {
    error_catalog::error_catalog!("../catalogs/aerosync.toml");
}

use aerosync::{AccountsError, Code};
use error_catalog::{Received, Unexpected};

/// What this application's accounts page can fail with.
#[derive(Debug, thiserror::Error)]
enum AppError {
    /// One of the endpoint's errors: handle it with a `match` on `received.error`.
    #[error("loading accounts failed: {0}")]
    Accounts(#[from] Received<'static, AccountsError>),
    /// An answer the catalog does not expect for this endpoint, with its status and
    /// whatever code and message it had.
    #[error("unexpected answer from accounts: {0}")]
    Unexpected(#[from] Unexpected<'static, Code>),
}

/// Reads an error response of `GET /v2/accounts/{connectionId}`.
fn read_accounts_error(status: u16, body: &[u8]) -> Result<(), AppError> {
    match AccountsError::from_response(status, body) {
        Ok(received) => Err(received.into_owned().into()),
        Err(unexpected) => Err(unexpected.into_owned().into()),
    }
}

/// A caller that only reports: `?` turns the application's error into `anyhow::Error`.
fn show_accounts(status: u16, body: &[u8]) -> anyhow::Result<()> {
    read_accounts_error(status, body)?;
    Ok(())
}

fn main() {
    let body = br#"{"error": {"code": "AC-102", "message": "User conn_1 not found."}}"#;
    if let Err(AppError::Accounts(received)) = read_accounts_error(404, body) {
        println!("{received}");
        match received.error {
            AccountsError::UserNotFound { connection_id } => {
                println!("  -> ask the user to relink {connection_id}");
            }
            other => println!("  -> {other}"),
        }
    }
    if let Err(drift) = read_accounts_error(429, br#"{"error": {"code": "AC-108"}}"#) {
        println!("{drift}");
    }
    // The chain keeps the endpoint's enum as a source.
    if let Err(error) = show_accounts(404, body) {
        for cause in error.chain() {
            println!("caused by: {cause}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_received_error_converts_with_its_status_code_and_message() {
        let reworded = br#"{"error": {"code": "AC-102", "message": "No such user: c-1"}}"#;
        assert_eq!(
            read_accounts_error(404, reworded).unwrap_err().to_string(),
            "loading accounts failed: AC-102 No such user: c-1 (HTTP 404)"
        );
        let body = br#"{"error": {"code": "AC-102", "message": "User c-1 not found."}}"#;
        let error: anyhow::Error = read_accounts_error(404, body).unwrap_err().into();
        let causes: Vec<String> = error.chain().map(ToString::to_string).collect();
        assert_eq!(
            causes,
            [
                "loading accounts failed: AC-102 User c-1 not found. (HTTP 404)",
                "AC-102 User c-1 not found. (HTTP 404)",
                "User c-1 not found.",
            ]
        );
        let drift = read_accounts_error(429, br#"{"error": {"code": "AC-108"}}"#).unwrap_err();
        let AppError::Unexpected(unexpected) = &drift else {
            panic!("expected drift, got {drift:?}");
        };
        assert!(matches!(
            unexpected.reason(),
            error_catalog::ResponseError::NotForEndpoint { code: "AC-108", .. }
        ));
        assert_eq!(unexpected.catalog_code(), Some(Code::MfaLocked));
        assert_eq!(
            drift.to_string(),
            "unexpected answer from accounts: HTTP 429: error code \"AC-108\" is in the \
             catalog, but not listed for endpoint `accounts`"
        );
        let page = read_accounts_error(502, b"<!DOCTYPE html><title>502</title>").unwrap_err();
        assert_eq!(
            page.to_string(),
            "unexpected answer from accounts: HTTP 502: the error body is not JSON: an HTML \
             page, 33 bytes: <!DOCTYPE html><title>502</title>"
        );
    }
}
