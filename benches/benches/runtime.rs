//! Reading errors at run time, each beside a hand-written baseline measured in the same run:
//! `serde_json` into a borrowing struct, then a `match` on the code into a hand-written enum.
//! The allocation profiler reports allocations per iteration.
//!
//! `cargo bench -p error-catalog-benches --bench runtime`

use serde::Deserialize;
use std::collections::HashMap;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

mod aerosync {
    error_catalog::error_catalog!("../catalogs/aerosync.toml");
}

mod plaid {
    error_catalog::error_catalog!("../catalogs/plaid.toml");
}

/// 2,000 codes, 20 endpoints, written by the build script.
mod synthetic {
    error_catalog::error_catalog!("$OUT_DIR/synthetic.toml");
}

const AC_104: &[u8] = br#"{"error": {"code": "AC-104", "message": "We are having issues connecting to your bank. Reconnect your bank or reach out to [email protected] to resolve the issue."}}"#;
const AC_102: &[u8] = br#"{"error": {"code": "AC-102", "message": "User conn_7f3a9c not found."}}"#;
const PLAID_1200: &[u8] = br#"{"code": 1200, "message": "invalid credentials", "resolve": "The username or password provided were not correct.", "access_token": "test_wells"}"#;
const WIDGET: &str = "POLLING_TIMEOUT | Code: AR-100 | Message: No response received from the user within the expected time frame. Please try again later.";

// --- the hand-written baseline ---

#[derive(Deserialize)]
struct AerosyncBody<'a> {
    #[serde(borrow)]
    error: AerosyncError<'a>,
}

#[derive(Deserialize)]
struct AerosyncError<'a> {
    code: &'a str,
    message: &'a str,
}

#[derive(Debug, PartialEq)]
enum HandAccountsError {
    InvalidRequest,
    InvalidToken,
    UserNotFound { connection_id: String },
    IncompleteAccountData,
    BankConnectionIssue,
}

fn hand_accounts(body: &[u8]) -> Option<HandAccountsError> {
    let body: AerosyncBody<'_> = serde_json::from_slice(body).ok()?;
    Some(match body.error.code {
        "AC-100" => HandAccountsError::InvalidRequest,
        "AC-001" => HandAccountsError::InvalidToken,
        "AC-102" => HandAccountsError::UserNotFound {
            connection_id: body
                .error
                .message
                .strip_prefix("User ")
                .and_then(|m| m.strip_suffix(" not found."))
                .unwrap_or_default()
                .to_owned(),
        },
        "AC-103" => HandAccountsError::IncompleteAccountData,
        "AC-104" => HandAccountsError::BankConnectionIssue,
        _ => return None,
    })
}

#[derive(Deserialize)]
struct PlaidBody<'a> {
    code: u32,
    #[allow(
        dead_code,
        reason = "read, as a client would, not used by the benchmark"
    )]
    message: &'a str,
    #[allow(
        dead_code,
        reason = "read, as a client would, not used by the benchmark"
    )]
    resolve: &'a str,
}

#[derive(Debug, PartialEq)]
enum HandConnectAddError {
    InvalidCredentials,
    Other(u32),
}

fn hand_plaid(body: &[u8]) -> Option<HandConnectAddError> {
    let body: PlaidBody<'_> = serde_json::from_slice(body).ok()?;
    Some(match body.code {
        1200 => HandConnectAddError::InvalidCredentials,
        code => HandConnectAddError::Other(code),
    })
}

// --- from_response vs the baseline ---

#[divan::bench_group]
mod accounts_no_placeholder {
    use super::{AC_104, HandAccountsError, aerosync, hand_accounts};

    #[divan::bench]
    fn from_response() -> aerosync::AccountsError {
        aerosync::AccountsError::from_response(400, divan::black_box(AC_104))
            .unwrap()
            .error
    }

    #[divan::bench]
    fn hand_written() -> HandAccountsError {
        hand_accounts(divan::black_box(AC_104)).unwrap()
    }
}

#[divan::bench_group]
mod accounts_one_placeholder {
    use super::{AC_102, HandAccountsError, aerosync, hand_accounts};

    #[divan::bench]
    fn from_response() -> aerosync::AccountsError {
        aerosync::AccountsError::from_response(404, divan::black_box(AC_102))
            .unwrap()
            .error
    }

    #[divan::bench]
    fn hand_written() -> HandAccountsError {
        hand_accounts(divan::black_box(AC_102)).unwrap()
    }
}

#[divan::bench_group]
mod plaid_integer_code {
    use super::{HandConnectAddError, PLAID_1200, hand_plaid, plaid};

    #[divan::bench]
    fn from_response() -> plaid::ConnectAddError {
        plaid::ConnectAddError::from_response(402, divan::black_box(PLAID_1200))
            .unwrap()
            .error
    }

    #[divan::bench]
    fn hand_written() -> HandConnectAddError {
        hand_plaid(divan::black_box(PLAID_1200)).unwrap()
    }
}

// --- widget strings ---

#[divan::bench(counter = divan::counter::BytesCount::of_str(WIDGET))]
fn widget_parse() -> aerosync::WidgetError {
    divan::black_box(WIDGET).parse().unwrap()
}

// --- Code::parse over 2,000 codes: the generated match vs a HashMap ---

#[divan::bench_group]
mod code_parse_2000 {
    use super::{HashMap, synthetic};

    fn texts() -> Vec<&'static str> {
        synthetic::Code::ALL.iter().map(|c| c.as_str()).collect()
    }

    #[divan::bench(counter = divan::counter::ItemsCount::new(synthetic::Code::ALL.len()))]
    fn generated_match(bencher: divan::Bencher) {
        let texts = texts();
        bencher.bench(|| {
            texts
                .iter()
                .filter_map(|t| synthetic::Code::parse(divan::black_box(t)))
                .count()
        });
    }

    #[divan::bench(counter = divan::counter::ItemsCount::new(synthetic::Code::ALL.len()))]
    fn hash_map(bencher: divan::Bencher) {
        let texts = texts();
        let map: HashMap<&str, synthetic::Code> = synthetic::Code::ALL
            .iter()
            .map(|c| (c.as_str(), *c))
            .collect();
        bencher.bench(|| {
            texts
                .iter()
                .filter_map(|t| map.get(divan::black_box(t)))
                .count()
        });
    }
}
