//! What an app on Plaid's legacy API does about each error of `POST /exchange_token` and
//! `POST /connect/get`, one exhaustive `match` per call.
//!
//! Run it with `cargo run -p error-catalog-examples --example plaid`.

#![allow(
    clippy::match_same_arms,
    reason = "one arm per group of codes: each decision stands beside the codes it is for"
)]

mod plaid {
    error_catalog::error_catalog!("../catalogs/plaid.toml");
}

use error_catalog::{CatalogError, Retry};
use plaid::{ConnectGetError, ExchangeTokenError};
use std::fmt;

/// What the app does next.
enum Action {
    /// Our request or configuration is wrong: log it as a bug.
    FixIntegration,
    /// Retry, as the error's retry guidance says.
    Retry(Retry),
    /// Send the user through Plaid Link again.
    RestartLink,
    /// The user must act at their bank, or pick another account: tell them.
    AskUser(&'static str),
    /// The item is gone on Plaid's side: drop it from our records.
    ForgetItem,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FixIntegration => f.write_str("fix our integration (log it as a bug)"),
            Self::Retry(Retry::Never) => f.write_str("give up: retrying cannot help"),
            Self::Retry(Retry::Backoff) => f.write_str("retry with exponential backoff"),
            Self::Retry(Retry::Later) => f.write_str("retry later"),
            Self::RestartLink => f.write_str("send the user through Plaid Link again"),
            Self::AskUser(what) => write!(f, "ask the user to {what}"),
            Self::ForgetItem => f.write_str("forget the item"),
        }
    }
}

fn on_exchange_token_error(error: &ExchangeTokenError) -> Action {
    use ExchangeTokenError as E;
    match error {
        E::InvalidContentType | E::ClientIdMissing | E::SecretMissing => Action::FixIntegration,
        E::InvalidSecretOrClientId | E::SandboxCredentialsRequired | E::UnauthorizedEnvironment => {
            Action::FixIntegration
        }
        E::BadPublicToken | E::MissingPublicToken => Action::RestartLink,
        // Stripe ACH needs a depository account (checking or savings).
        E::AccountNotFound | E::NonDepositoryAccount => {
            Action::AskUser("choose a checking or savings account")
        }
        E::RateLimitExceeded
        | E::BankAccountTokenFailed
        | E::PlaidError
        | E::PlannedMaintenance => Action::Retry(error.retry()),
    }
}

fn on_connect_get_error(error: &ConnectGetError) -> Action {
    use ConnectGetError as E;
    match error {
        E::AccessTokenMissing
        | E::InvalidOptionsFormat
        | E::InvalidContentType
        | E::InvalidDate => Action::FixIntegration,
        E::ClientIdMissing | E::SecretMissing | E::InvalidSecretOrClientId => {
            Action::FixIntegration
        }
        E::UnauthorizedProduct | E::SandboxCredentialsRequired | E::UnauthorizedEnvironment => {
            Action::FixIntegration
        }
        // The item lacks Connect: add it through /upgrade.
        E::ProductNotEnabled => Action::FixIntegration,
        E::UnsupportedAccessToken | E::BadAccessToken | E::ItemNotFound => Action::ForgetItem,
        // "Submit a PATCH call to resolve": the user re-enters credentials.
        E::MfaReset => Action::RestartLink,
        E::AccountNotFound => Action::AskUser("pick the account again"),
        E::ExtractorError => Action::AskUser("check that you can sign in at your bank's site"),
        E::RateLimitExceeded
        | E::InstitutionNotResponding
        | E::InstitutionDown
        | E::ExtractorErrorRetry
        | E::PlaidError
        | E::PlannedMaintenance => Action::Retry(error.retry()),
    }
}

fn report(error: &dyn CatalogError, action: &Action) {
    let endpoint = error.endpoint();
    let route = format!(
        "{} {}",
        endpoint.method.unwrap_or("?"),
        endpoint.path.unwrap_or("?")
    );
    let message = error.to_string();
    let (code, status) = (error.code_str(), error.http_status().unwrap_or(0));
    println!("{route:<20} {code} {status}  {message:<40} -> {action}");
}

fn main() {
    use ConnectGetError as G;
    use ExchangeTokenError as X;
    for error in [
        X::InvalidContentType,
        X::ClientIdMissing,
        X::SecretMissing,
        X::InvalidSecretOrClientId,
        X::BadPublicToken,
        X::MissingPublicToken,
        X::SandboxCredentialsRequired,
        X::RateLimitExceeded,
        X::UnauthorizedEnvironment,
        X::AccountNotFound,
        X::PlaidError,
        X::PlannedMaintenance,
        X::NonDepositoryAccount,
        X::BankAccountTokenFailed,
    ] {
        report(&error, &on_exchange_token_error(&error));
    }
    for error in [
        G::AccessTokenMissing,
        G::UnsupportedAccessToken,
        G::InvalidOptionsFormat,
        G::InvalidContentType,
        G::ClientIdMissing,
        G::SecretMissing,
        G::InvalidSecretOrClientId,
        G::UnauthorizedProduct,
        G::BadAccessToken,
        G::SandboxCredentialsRequired,
        G::ProductNotEnabled,
        G::RateLimitExceeded,
        G::UnauthorizedEnvironment,
        G::MfaReset,
        G::InstitutionNotResponding,
        G::InstitutionDown,
        G::InvalidDate,
        G::AccountNotFound,
        G::ItemNotFound,
        G::ExtractorError,
        G::ExtractorErrorRetry,
        G::PlaidError,
        G::PlannedMaintenance,
    ] {
        report(&error, &on_connect_get_error(&error));
    }
}
