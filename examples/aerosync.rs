//! What an app calling Aerosync does about each error, one exhaustive `match` per endpoint.
//!
//! Run it with `cargo run -p error-catalog-examples --example aerosync`. When the catalog
//! gains a code for one of these endpoints, this file stops compiling until the new code
//! has a decision: that is the point.

#![allow(
    clippy::match_same_arms,
    reason = "one arm per code: each decision stands beside the code it is for"
)]

mod aerosync {
    error_catalog::error_catalog!("../catalogs/aerosync.toml");
}

use aerosync::{AccountsError, BalanceError, JobsError, TransactionsError};
use error_catalog::CatalogError;
use std::fmt;

/// What the app does next.
enum Action {
    /// Our request is wrong: a bug to log and fix, not something to retry.
    FixRequest,
    /// The access token is invalid or expired: get a new one from `POST /v2/token`.
    RenewToken,
    /// A transient failure: retry with exponential backoff.
    RetryWithBackoff,
    /// The user must link the bank again through the widget.
    AskUserToRelink,
    /// Nothing to retry: tell the user, in these words.
    ShowMessage(String),
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FixRequest => f.write_str("fix the request (log it as a bug)"),
            Self::RenewToken => f.write_str("renew the access token, then retry once"),
            Self::RetryWithBackoff => f.write_str("retry with exponential backoff"),
            Self::AskUserToRelink => f.write_str("ask the user to relink the bank in the widget"),
            Self::ShowMessage(message) => write!(f, "show the user: {message:?}"),
        }
    }
}

fn on_accounts_error(error: &AccountsError) -> Action {
    match error {
        AccountsError::InvalidRequest => Action::FixRequest,
        AccountsError::InvalidToken => Action::RenewToken,
        // The user never finished the widget's onSuccess flow, or the id is stale.
        AccountsError::UserNotFound { .. } => Action::AskUserToRelink,
        AccountsError::IncompleteAccountData => Action::AskUserToRelink,
        AccountsError::BankConnectionIssue => Action::RetryWithBackoff,
    }
}

fn on_balance_error(error: &BalanceError) -> Action {
    match error {
        BalanceError::InvalidRequest => Action::FixRequest,
        BalanceError::InvalidToken => Action::RenewToken,
        BalanceError::BankConnectionIssue => Action::RetryWithBackoff,
        // Manually linked users have no live balance: say so rather than retry.
        BalanceError::BalanceCheckUnavailable => Action::ShowMessage(error.to_string()),
        BalanceError::SharingPaused => Action::AskUserToRelink,
    }
}

fn on_jobs_error(error: &JobsError) -> Action {
    match error {
        JobsError::InvalidRequest => Action::FixRequest,
        JobsError::InvalidToken => Action::RenewToken,
        JobsError::UserNotFound { .. } => Action::AskUserToRelink,
        JobsError::BankConnectionIssue => Action::RetryWithBackoff,
        // We must use the jobId the create call returned; a wrong one is our bug.
        JobsError::JobNotFound { .. } => Action::FixRequest,
    }
}

fn on_transactions_error(error: &TransactionsError) -> Action {
    match error {
        TransactionsError::InvalidRequest => Action::FixRequest,
        TransactionsError::InvalidToken => Action::RenewToken,
        TransactionsError::UserNotFound { .. } => Action::AskUserToRelink,
        TransactionsError::BankConnectionIssue => Action::RetryWithBackoff,
        // Transactions need a widget-linked account.
        TransactionsError::TransactionDataUnavailable => Action::AskUserToRelink,
    }
}

fn report(error: &dyn CatalogError, action: &Action) {
    let endpoint = error.endpoint();
    let route = format!(
        "{} {}",
        endpoint.method.unwrap_or("?"),
        endpoint.path.unwrap_or("?")
    );
    println!(
        "{route:<46} {} {:>3}  {action}",
        error.code_str(),
        error.http_status().unwrap_or(0)
    );
    println!("{:<46} {:>10}  ({error})", "", "");
}

fn main() {
    let connection_id = || "conn_7f3a".to_owned();
    for error in [
        AccountsError::InvalidRequest,
        AccountsError::InvalidToken,
        AccountsError::UserNotFound {
            connection_id: connection_id(),
        },
        AccountsError::IncompleteAccountData,
        AccountsError::BankConnectionIssue,
    ] {
        report(&error, &on_accounts_error(&error));
    }
    for error in [
        BalanceError::InvalidRequest,
        BalanceError::InvalidToken,
        BalanceError::BankConnectionIssue,
        BalanceError::BalanceCheckUnavailable,
        BalanceError::SharingPaused,
    ] {
        report(&error, &on_balance_error(&error));
    }
    for error in [
        JobsError::InvalidRequest,
        JobsError::InvalidToken,
        JobsError::UserNotFound {
            connection_id: connection_id(),
        },
        JobsError::BankConnectionIssue,
        JobsError::JobNotFound {
            job_id: "job_0042".to_owned(),
        },
    ] {
        report(&error, &on_jobs_error(&error));
    }
    for error in [
        TransactionsError::InvalidRequest,
        TransactionsError::InvalidToken,
        TransactionsError::UserNotFound {
            connection_id: connection_id(),
        },
        TransactionsError::BankConnectionIssue,
        TransactionsError::TransactionDataUnavailable,
    ] {
        report(&error, &on_transactions_error(&error));
    }
}
