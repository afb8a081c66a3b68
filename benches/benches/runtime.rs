//! Reading errors at run time, each beside hand-written baselines measured in the same run:
//! `serde_json` into a struct with `&str` fields and into one with `Cow<str>` fields, then a
//! `match` on the code into a hand-written enum.
//! The allocation profiler reports allocations per iteration.
//!
//! `cargo bench -p error-catalog-benches --bench runtime`

use error_catalog::CatalogCode;
use serde::Deserialize;
use std::borrow::Cow;
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

mod stripe_like {
    error_catalog::error_catalog!("../tests/fixtures/wire/stripe_like.toml");
}

/// 2,000 codes, 20 endpoints, written by the build script.
mod synthetic {
    error_catalog::error_catalog!("$OUT_DIR/synthetic.toml");
}

const AC_104: &[u8] = br#"{"error": {"code": "AC-104", "message": "We are having issues connecting to your bank. Reconnect your bank or reach out to [email protected] to resolve the issue."}}"#;
const AC_102: &[u8] = br#"{"error": {"code": "AC-102", "message": "User conn_7f3a9c not found."}}"#;
const PLAID_1200: &[u8] = br#"{"code": 1200, "message": "invalid credentials", "resolve": "The username or password provided were not correct.", "access_token": "test_wells"}"#;
const STRIPE_DECLINED: &[u8] = br#"{"error": {"code": "card_declined", "decline_code": "insufficient_funds", "doc_url": "https://stripe.com/docs/error-codes/card-declined", "message": "Your card was declined.", "param": "source", "type": "card_error"}}"#;
const WIDGET: &str = "POLLING_TIMEOUT | Code: AR-100 | Message: No response received from the user within the expected time frame. Please try again later.";

// --- the hand-written baselines ---
//
// serde_json into a struct, then a `match` on the code. Two of each: with `&str` fields
// (fastest, but fails on any string with an escape) and with `Cow<str>` fields borrowed
// where they can be (the correct hand-written reader).

mod aerosync_str {
    #[derive(serde::Deserialize)]
    pub struct Body<'a> {
        #[serde(borrow)]
        pub error: Error<'a>,
    }

    #[derive(serde::Deserialize)]
    pub struct Error<'a> {
        pub code: &'a str,
        pub message: &'a str,
    }
}

mod aerosync_cow {
    use std::borrow::Cow;

    #[derive(serde::Deserialize)]
    pub struct Body<'a> {
        #[serde(borrow)]
        pub error: Error<'a>,
    }

    #[derive(serde::Deserialize)]
    pub struct Error<'a> {
        #[serde(borrow)]
        pub code: Cow<'a, str>,
        #[serde(borrow)]
        pub message: Cow<'a, str>,
    }
}

#[derive(Debug, PartialEq)]
enum HandAccountsError {
    InvalidRequest,
    InvalidToken,
    UserNotFound { connection_id: String },
    IncompleteAccountData,
    BankConnectionIssue,
}

fn accounts_match(code: &str, message: &str) -> Option<HandAccountsError> {
    Some(match code {
        "AC-100" => HandAccountsError::InvalidRequest,
        "AC-001" => HandAccountsError::InvalidToken,
        "AC-102" => HandAccountsError::UserNotFound {
            connection_id: message
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

fn hand_accounts_str(body: &[u8]) -> Option<HandAccountsError> {
    let body: aerosync_str::Body<'_> = serde_json::from_slice(body).ok()?;
    accounts_match(body.error.code, body.error.message)
}

fn hand_accounts_cow(body: &[u8]) -> Option<HandAccountsError> {
    let body: aerosync_cow::Body<'_> = serde_json::from_slice(body).ok()?;
    accounts_match(&body.error.code, &body.error.message)
}

#[derive(Deserialize)]
struct PlaidStr<'a> {
    code: u32,
    message: &'a str,
    resolve: &'a str,
}

#[derive(Deserialize)]
struct PlaidCow<'a> {
    code: u32,
    #[serde(borrow)]
    message: Cow<'a, str>,
    #[serde(borrow)]
    resolve: Cow<'a, str>,
}

#[derive(Debug, PartialEq)]
enum HandConnectAddError {
    InvalidCredentials {
        message_len: usize,
        resolve_len: usize,
    },
    Other(u32),
}

fn plaid_match(code: u32, message: &str, resolve: &str) -> HandConnectAddError {
    match code {
        1200 => HandConnectAddError::InvalidCredentials {
            message_len: message.len(),
            resolve_len: resolve.len(),
        },
        code => HandConnectAddError::Other(code),
    }
}

fn hand_plaid_str(body: &[u8]) -> Option<HandConnectAddError> {
    let body: PlaidStr<'_> = serde_json::from_slice(body).ok()?;
    Some(plaid_match(body.code, body.message, body.resolve))
}

fn hand_plaid_cow(body: &[u8]) -> Option<HandConnectAddError> {
    let body: PlaidCow<'_> = serde_json::from_slice(body).ok()?;
    Some(plaid_match(body.code, &body.message, &body.resolve))
}

/// Stripe-like: code and message beside four further fields.
mod stripe_str {
    #[derive(serde::Deserialize)]
    pub struct Body<'a> {
        #[serde(borrow)]
        pub error: Error<'a>,
    }

    #[derive(serde::Deserialize)]
    pub struct Error<'a> {
        pub code: &'a str,
        pub message: &'a str,
        #[serde(rename = "type")]
        pub kind: Option<&'a str>,
        pub decline_code: Option<&'a str>,
        pub param: Option<&'a str>,
        pub doc_url: Option<&'a str>,
    }
}

mod stripe_cow {
    use std::borrow::Cow;

    #[derive(serde::Deserialize)]
    pub struct Body<'a> {
        #[serde(borrow)]
        pub error: Error<'a>,
    }

    #[derive(serde::Deserialize)]
    pub struct Error<'a> {
        #[serde(borrow)]
        pub code: Cow<'a, str>,
        #[serde(borrow)]
        pub message: Cow<'a, str>,
        #[serde(rename = "type", borrow)]
        pub kind: Option<Cow<'a, str>>,
        #[serde(borrow)]
        pub decline_code: Option<Cow<'a, str>>,
        #[serde(borrow)]
        pub param: Option<Cow<'a, str>>,
        #[serde(borrow)]
        pub doc_url: Option<Cow<'a, str>>,
    }
}

#[derive(Debug, PartialEq)]
enum HandChargeError {
    CardDeclined { decline_code_len: usize },
    ParameterMissing,
    RateLimit,
}

fn charge_match(code: &str, decline_code: Option<&str>) -> Option<HandChargeError> {
    Some(match code {
        "card_declined" => HandChargeError::CardDeclined {
            decline_code_len: decline_code.map_or(0, str::len),
        },
        "parameter_missing" => HandChargeError::ParameterMissing,
        "rate_limit" => HandChargeError::RateLimit,
        _ => return None,
    })
}

fn hand_charge_str(body: &[u8]) -> Option<HandChargeError> {
    let body: stripe_str::Body<'_> = serde_json::from_slice(body).ok()?;
    let _ = (
        body.error.message,
        body.error.kind,
        body.error.param,
        body.error.doc_url,
    );
    charge_match(body.error.code, body.error.decline_code)
}

fn hand_charge_cow(body: &[u8]) -> Option<HandChargeError> {
    let body: stripe_cow::Body<'_> = serde_json::from_slice(body).ok()?;
    let _ = (
        &body.error.message,
        &body.error.kind,
        &body.error.param,
        &body.error.doc_url,
    );
    charge_match(&body.error.code, body.error.decline_code.as_deref())
}

// --- from_response vs the baselines ---
//
// A fixed sample size: left to itself, divan times some of these one call per sample,
// where the timer's own cost (about 20 ns here) lands in the figure.

#[divan::bench_group(sample_size = 64, sample_count = 300)]
mod accounts_no_placeholder {
    use super::{AC_104, HandAccountsError, aerosync, hand_accounts_cow, hand_accounts_str};

    #[divan::bench]
    fn from_response() -> aerosync::AccountsError {
        aerosync::AccountsError::from_response(400, divan::black_box(AC_104))
            .unwrap()
            .error
    }

    #[divan::bench]
    fn hand_written_str() -> HandAccountsError {
        hand_accounts_str(divan::black_box(AC_104)).unwrap()
    }

    #[divan::bench]
    fn hand_written_cow() -> HandAccountsError {
        hand_accounts_cow(divan::black_box(AC_104)).unwrap()
    }
}

#[divan::bench_group(sample_size = 64, sample_count = 300)]
mod accounts_one_placeholder {
    use super::{AC_102, HandAccountsError, aerosync, hand_accounts_cow, hand_accounts_str};

    #[divan::bench]
    fn from_response() -> aerosync::AccountsError {
        aerosync::AccountsError::from_response(404, divan::black_box(AC_102))
            .unwrap()
            .error
    }

    #[divan::bench]
    fn hand_written_str() -> HandAccountsError {
        hand_accounts_str(divan::black_box(AC_102)).unwrap()
    }

    #[divan::bench]
    fn hand_written_cow() -> HandAccountsError {
        hand_accounts_cow(divan::black_box(AC_102)).unwrap()
    }
}

#[divan::bench_group(sample_size = 64, sample_count = 300)]
mod plaid_integer_code {
    use super::{HandConnectAddError, PLAID_1200, hand_plaid_cow, hand_plaid_str, plaid};

    #[divan::bench]
    fn from_response() -> plaid::ConnectAddError {
        plaid::ConnectAddError::from_response(402, divan::black_box(PLAID_1200))
            .unwrap()
            .error
    }

    #[divan::bench]
    fn hand_written_str() -> HandConnectAddError {
        hand_plaid_str(divan::black_box(PLAID_1200)).unwrap()
    }

    #[divan::bench]
    fn hand_written_cow() -> HandConnectAddError {
        hand_plaid_cow(divan::black_box(PLAID_1200)).unwrap()
    }
}

#[divan::bench_group(sample_size = 64, sample_count = 300)]
mod stripe_four_fields {
    use super::{HandChargeError, STRIPE_DECLINED, hand_charge_cow, hand_charge_str, stripe_like};

    #[divan::bench]
    fn from_response() -> stripe_like::CreateChargeError {
        let received =
            stripe_like::CreateChargeError::from_response(402, divan::black_box(STRIPE_DECLINED))
                .unwrap();
        divan::black_box(received.extra.decline_code);
        received.error
    }

    #[divan::bench]
    fn hand_written_str() -> HandChargeError {
        hand_charge_str(divan::black_box(STRIPE_DECLINED)).unwrap()
    }

    #[divan::bench]
    fn hand_written_cow() -> HandChargeError {
        hand_charge_cow(divan::black_box(STRIPE_DECLINED)).unwrap()
    }
}

// --- widget strings ---

#[divan::bench(counter = divan::counter::BytesCount::of_str(WIDGET))]
fn widget_parse() -> aerosync::WidgetError {
    divan::black_box(WIDGET).parse().unwrap()
}

// --- Code::parse: the generated perfect hash vs a string `match` and a `HashMap` ---
//
// One lookup per iteration, so divan's times are per lookup. Every contender reads the same
// inputs, in the same order: owned copies (no input shares an address with a catalog text),
// handed out by `with_inputs` outside the timed loop, in a fixed shuffled order so that
// neither a branch predictor nor a prefetcher learns a short cycle. Before timing, each
// group checks that its contenders agree on every input.

/// Each of `texts` `rounds` times, shuffled the same way in every run, as owned strings.
fn lookup_order(texts: &[&str], rounds: usize) -> Vec<String> {
    let mut order: Vec<String> = (0..rounds)
        .flat_map(|_| texts.iter().map(|&text| text.to_owned()))
        .collect();
    // Fisher-Yates with xorshift64; the seed is fixed.
    let mut state = 0x2545_F491_4F6C_DD1D_u64;
    for i in (1..order.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = usize::try_from(state % (i as u64 + 1)).unwrap_or(0);
        order.swap(i, j);
    }
    order
}

/// Hands out `order`'s texts one a call, round and round.
fn cycle<'a>(order: &'a [String]) -> impl FnMut() -> &'a str {
    let mut next = 0;
    move || {
        let text = order[next].as_str();
        next = (next + 1) % order.len();
        text
    }
}

/// Every code of a catalog by its text, in a `HashMap`: the baseline at any size.
fn code_map<C: CatalogCode>() -> HashMap<&'static str, C> {
    C::FACTS
        .iter()
        .map(|facts| (facts.text, facts.code))
        .collect()
}

/// `Code::parse`, one lookup per iteration over `order`.
fn bench_parse<C: CatalogCode>(bencher: divan::Bencher, order: &[String]) {
    bencher
        .with_inputs(cycle(order))
        .bench_local_values(|text| divan::black_box(C::parse(divan::black_box(text))));
}

/// A `HashMap` lookup, one per iteration over `order`.
fn bench_map<C: CatalogCode>(bencher: divan::Bencher, order: &[String]) {
    let map = code_map::<C>();
    bencher
        .with_inputs(cycle(order))
        .bench_local_values(|text| divan::black_box(map.get(divan::black_box(text)).copied()));
}

/// Aerosync's 20 codes.
#[divan::bench_group]
mod parse_20 {
    use super::{aerosync::Code, bench_map, bench_parse, code_map, cycle, lookup_order};

    /// The baseline: a `match` on the text, written out by hand over the same 20 codes.
    fn match_text(text: &str) -> Option<Code> {
        Some(match text {
            "AC-001" => Code::InvalidToken,
            "AC-100" => Code::InvalidRequest,
            "AC-101" => Code::InvalidApiKey,
            "AC-102" => Code::UserNotFound,
            "AC-103" => Code::IncompleteAccountData,
            "AC-104" => Code::BankConnectionIssue,
            "AC-105" => Code::BalanceCheckUnavailable,
            "AC-106" => Code::SharingPaused,
            "AC-107" => Code::BalanceRefreshUnavailable,
            "AC-108" => Code::MfaLocked,
            "AC-109" => Code::JobNotFound,
            "AC-110" => Code::MfaSessionExpired,
            "AC-111" => Code::IdentityUnavailable,
            "AC-112" => Code::JobInProgress,
            "AC-113" => Code::AuthenticationFailed,
            "AC-114" => Code::TransactionJobsUnavailable,
            "AC-115" => Code::TransactionDataUnavailable,
            "AC-117" => Code::IncorrectCredentials,
            "AR-100" => Code::PollingTimeout,
            "AR-500" => Code::ServerError,
            _ => return None,
        })
    }

    /// Every code once and one miss of the same shape, 50 rounds (1,050 lookups) shuffled.
    fn order() -> Vec<String> {
        let mut texts: Vec<&str> = Code::ALL.iter().map(|code| code.as_str()).collect();
        texts.push("AC-999");
        let order = lookup_order(&texts, 50);
        let map = code_map::<Code>();
        assert_eq!(Code::ALL.len(), 20);
        for text in &order {
            let parsed = Code::parse(text);
            assert_eq!(parsed, match_text(text), "{text}");
            assert_eq!(parsed, map.get(text.as_str()).copied(), "{text}");
        }
        order
    }

    #[divan::bench]
    fn generated(bencher: divan::Bencher) {
        bench_parse::<Code>(bencher, &order());
    }

    #[divan::bench]
    fn string_match(bencher: divan::Bencher) {
        let order = order();
        bencher
            .with_inputs(cycle(&order))
            .bench_local_values(|text| divan::black_box(match_text(divan::black_box(text))));
    }

    #[divan::bench]
    fn hash_map(bencher: divan::Bencher) {
        bench_map::<Code>(bencher, &order());
    }
}

/// The synthetic catalog's 2,000 codes.
#[divan::bench_group]
mod parse_2000 {
    use super::{bench_map, bench_parse, code_map, lookup_order, synthetic::Code};

    /// Every seventh code (286, spread over the table) and 14 misses of the same shape
    /// (E-02000 and up), 4 rounds (1,200 lookups) shuffled.
    fn order() -> Vec<String> {
        let misses: Vec<String> = (0..14)
            .map(|i| format!("E-{:05}", 2000 + i * 7_001))
            .collect();
        let texts: Vec<&str> = Code::ALL
            .iter()
            .step_by(7)
            .map(|code| code.as_str())
            .chain(misses.iter().map(String::as_str))
            .collect();
        let order = lookup_order(&texts, 4);
        let map = code_map::<Code>();
        assert_eq!(Code::ALL.len(), 2000);
        for text in &order {
            assert_eq!(Code::parse(text), map.get(text.as_str()).copied(), "{text}");
        }
        assert_eq!(
            order
                .iter()
                .filter(|text| Code::parse(text).is_none())
                .count(),
            14 * 4
        );
        order
    }

    #[divan::bench]
    fn generated(bencher: divan::Bencher) {
        bench_parse::<Code>(bencher, &order());
    }

    #[divan::bench]
    fn hash_map(bencher: divan::Bencher) {
        bench_map::<Code>(bencher, &order());
    }
}
