//! A client that calls the mock Aerosync API over loopback, reads every error into the
//! endpoint's enum and decides what to do with an exhaustive `match`.
//!
//! `cargo run -p error-catalog-examples --example aerosync_client` starts the mock on an
//! ephemeral port itself; set `AEROSYNC_URL` to call a running one instead.

#![allow(
    clippy::match_same_arms,
    reason = "one arm per code: each decision stands beside the code it is for"
)]

use error_catalog_examples::aerosync::{AccountsError, Code, JobsError};
use error_catalog_examples::client::{CallError, Client};
use error_catalog_examples::mock;
use tokio::net::TcpListener;

/// What the app does about an accounts error.
fn on_accounts_error(error: &AccountsError) -> &'static str {
    match error {
        AccountsError::InvalidRequest => "fix the request",
        AccountsError::InvalidToken => "renew the token",
        AccountsError::UserNotFound { .. } => "ask the user to relink",
        AccountsError::IncompleteAccountData => "ask the user to relink",
        AccountsError::BankConnectionIssue => "retry with backoff",
    }
}

/// What the app does about a job status error.
fn on_jobs_error(error: &JobsError) -> &'static str {
    match error {
        JobsError::InvalidRequest => "fix the request",
        JobsError::InvalidToken => "renew the token",
        JobsError::UserNotFound { .. } => "ask the user to relink",
        JobsError::BankConnectionIssue => "retry with backoff",
        JobsError::JobNotFound { .. } => "use the jobId the create call returned",
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let base = if let Ok(url) = std::env::var("AEROSYNC_URL") {
        url
    } else {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        tokio::spawn(mock::serve(listener));
        format!("http://{address}")
    };
    let client = Client::new(base);
    // Every code the catalog has, against two endpoints: their own codes become their
    // variants; the rest are answers the catalog says they cannot give.
    let mut codes: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    codes.push("AC-999");
    for code in codes {
        let call = client.with_mock_error(code);
        let accounts = match call.accounts("conn_7f3a").await {
            Ok(_) => "ok".to_owned(),
            Err(CallError::Api(received)) => format!(
                "{} ({})",
                on_accounts_error(&received.error),
                received.error
            ),
            Err(other) => format!("log it: {other}"),
        };
        let jobs = match call.job("conn_7f3a", "job_42").await {
            Ok(_) => "ok".to_owned(),
            Err(CallError::Api(received)) => {
                format!("{} ({})", on_jobs_error(&received.error), received.error)
            }
            Err(other) => format!("log it: {other}"),
        };
        println!("{code}\n  accounts: {accounts}\n  jobs:     {jobs}");
    }
    Ok(())
}
