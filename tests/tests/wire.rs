//! The wire both ways: error responses read into endpoint enums (client side), variants
//! written as responses (server side), and the Aerosync widget's strings.

use error_catalog::{HttpError, ResponseError};
use error_catalog_tests::aerosync::{
    AccountsError, BalanceRefreshJobError, Code, JobsError, WidgetError,
};
use error_catalog_tests::plaid;
use proptest::prelude::*;

mod support;
use support::fill;

fn aerosync_body(code: &str, message: &str) -> Vec<u8> {
    format!(r#"{{"error": {{"code": "{code}", "message": "{message}"}}}}"#).into_bytes()
}

// --- client side ---

#[test]
fn a_response_becomes_the_endpoint_variant_with_placeholders_status_and_message() {
    let body = aerosync_body("AC-102", "User conn_9 not found.");
    let received = AccountsError::from_response(404, &body).unwrap();
    assert_eq!(
        received.error,
        AccountsError::UserNotFound {
            connection_id: "conn_9".into()
        }
    );
    assert_eq!(received.status, 404);
    assert!(!received.status_differs());
    assert_eq!(received.message.as_deref(), Some("User conn_9 not found."));
    // The same code's placeholder differs per endpoint.
    let body = aerosync_body("AC-109", "Balance refresh job for conn_9 not found.");
    let received = BalanceRefreshJobError::from_response(404, &body).unwrap();
    assert_eq!(
        received.error,
        BalanceRefreshJobError::JobNotFound {
            connection_id: "conn_9".into()
        }
    );
}

#[test]
fn handler_code_stays_a_plain_exhaustive_match() {
    let body = aerosync_body("AC-109", "Job j7 not found.");
    let received = JobsError::from_response(404, &body).unwrap();
    let action = match received.error {
        JobsError::InvalidRequest | JobsError::JobNotFound { .. } => "fix the request",
        JobsError::InvalidToken => "renew the token",
        JobsError::UserNotFound { .. } => "relink",
        JobsError::BankConnectionIssue => "retry",
    };
    assert_eq!(action, "fix the request");
}

#[test]
fn a_reworded_message_is_not_an_error_the_code_decides() {
    let body = aerosync_body("AC-102", "No user with that id.");
    let received = AccountsError::from_response(404, &body).unwrap();
    assert_eq!(
        received.error,
        AccountsError::UserNotFound {
            connection_id: String::new()
        }
    );
    assert_eq!(received.message.as_deref(), Some("No user with that id."));
    assert!(
        !received.message_fits,
        "the handler can tell the field is not the id"
    );
    let fitting = aerosync_body("AC-102", "User c-1 not found.");
    assert!(
        AccountsError::from_response(404, &fitting)
            .unwrap()
            .message_fits
    );
    // A message without placeholders fits only as the endpoint words it.
    let plain = aerosync_body("AC-104", "Bank down.");
    assert!(
        !AccountsError::from_response(400, &plain)
            .unwrap()
            .message_fits
    );
    let exact = aerosync_body(
        "AC-100",
        "Required attributes are missing or not in a valid format.",
    );
    assert!(
        AccountsError::from_response(400, &exact)
            .unwrap()
            .message_fits
    );
    let none = AccountsError::from_response(400, br#"{"error": {"code": "AC-100"}}"#).unwrap();
    assert!(!none.message_fits);
}

#[test]
fn what_was_received_is_an_error_that_shows_the_servers_words_and_status() {
    fn owned_error<T: std::error::Error + Send + Sync + 'static>(
        error: T,
    ) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(error)
    }
    let body = aerosync_body("AC-102", "User c-9 not found.");
    let received = AccountsError::from_response(404, &body).unwrap();
    assert_eq!(
        received.to_string(),
        "AC-102 User c-9 not found. (HTTP 404)"
    );
    let boxed = owned_error(received.into_owned());
    assert_eq!(
        boxed
            .source()
            .and_then(|s| s.downcast_ref::<AccountsError>()),
        Some(&AccountsError::UserNotFound {
            connection_id: "c-9".into()
        }),
        "the source is the endpoint's enum"
    );
    let reworded = aerosync_body("AC-102", "No such user: c-9");
    let received = AccountsError::from_response(404, &reworded).unwrap();
    assert_eq!(received.to_string(), "AC-102 No such user: c-9 (HTTP 404)");
    let silent = AccountsError::from_response(502, br#"{"error": {"code": "AC-104"}}"#).unwrap();
    let shown = silent.to_string();
    assert!(shown.starts_with("AC-104 We are having issues connecting to your bank."));
    assert!(shown.ends_with(" (HTTP 502)"));
}

#[test]
fn a_body_that_is_not_json_is_named_for_what_it_is() {
    let reason = |body: &[u8]| match AccountsError::from_response(502, body)
        .map_err(|u| u.reason().clone())
    {
        Err(ResponseError::NotJson { reason }) => reason,
        other => panic!("{other:?}"),
    };
    let nginx = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    assert_eq!(
        reason(nginx),
        format!(
            "an HTML page, {} bytes: <html>  <head><title>502 Bad Gateway</title></head>  <body>  <center><h1>502 Bad…",
            nginx.len()
        )
    );
    assert_eq!(reason(b""), "an empty body");
    assert_eq!(reason(b" \n"), "a blank body, 2 bytes");
    assert_eq!(
        reason(b"upstream connect error"),
        "text, 22 bytes: upstream connect error"
    );
    assert!(reason(br#"{"error": {"code": "AC-1"#).starts_with("malformed JSON, 24 bytes ("));
    let empty = AccountsError::from_response(502, b"").unwrap_err();
    assert_eq!(
        empty.to_string(),
        "HTTP 502: the error body is not JSON: an empty body"
    );
    assert_eq!(
        (empty.status(), empty.code(), empty.message()),
        (502, None, None)
    );
}

#[test]
fn an_error_body_sent_with_200_parses_and_the_status_mismatch_is_reported() {
    let body = aerosync_body("AC-104", "x");
    let received = AccountsError::from_response(200, &body).unwrap();
    assert_eq!(received.error, AccountsError::BankConnectionIssue);
    assert!(received.status_differs());
    assert_eq!(received.catalog_status, Some(400));
}

#[test]
fn unknown_codes_and_codes_of_other_endpoints_are_told_apart() {
    let unknown = AccountsError::from_response(400, &aerosync_body("AC-999", "?"))
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        unknown,
        ResponseError::UnknownCode {
            code: "AC-999".into()
        }
    );
    // AC-108 (MFA locked) is in the catalog, but the catalog says accounts can't return it.
    let drift = AccountsError::from_response(429, &aerosync_body("AC-108", "locked"))
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        drift,
        ResponseError::NotForEndpoint {
            code: "AC-108",
            endpoint: "accounts"
        }
    );
    assert_eq!(
        drift.to_string(),
        "error code \"AC-108\" is in the catalog, but not listed for endpoint `accounts`"
    );
}

#[test]
fn malformed_bodies_are_typed_errors() {
    let not_json = |body: &[u8]| {
        matches!(
            AccountsError::from_response(500, body).map_err(|u| u.reason().clone()),
            Err(ResponseError::NotJson { .. })
        )
    };
    assert!(not_json(b""));
    assert!(not_json(br#"{"error": {"code": "AC-1"#), "truncated");
    assert!(not_json(b"<html>Bad Gateway</html>"));
    assert!(
        not_json(b"{\"error\": {\"code\": \"AC-\xff\"}}"),
        "not UTF-8"
    );
    let no_code = AccountsError::from_response(500, br#"{"message": "oops"}"#)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        no_code,
        ResponseError::NoCode {
            pointer: "/error/code"
        }
    );
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    assert_eq!(
        AccountsError::from_response(500, deep.as_bytes())
            .unwrap_err()
            .reason()
            .clone(),
        no_code
    );
}

#[test]
fn huge_strings_are_read_without_trouble() {
    let huge = "x".repeat(4 << 20);
    let body = aerosync_body("AC-102", &format!("User {huge} not found."));
    let received = AccountsError::from_response(404, &body).unwrap();
    assert_eq!(
        received.error,
        AccountsError::UserNotFound {
            connection_id: huge
        }
    );
    let body = aerosync_body(&"A".repeat(1 << 20), "m");
    assert!(matches!(
        AccountsError::from_response(404, &body).map_err(|u| u.reason().clone()),
        Err(ResponseError::UnknownCode { .. })
    ));
}

#[test]
fn codes_of_the_wrong_json_type_are_errors_in_both_kinds_of_catalog() {
    let number = AccountsError::from_response(400, br#"{"error": {"code": 102}}"#)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        number,
        ResponseError::CodeType {
            expected: "a string",
            found: "an integer"
        }
    );
    let text = plaid::ConnectAddError::from_response(402, br#"{"code": "1200"}"#)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        text,
        ResponseError::CodeType {
            expected: "an integer",
            found: "a string"
        }
    );
    let negative = plaid::ConnectAddError::from_response(402, br#"{"code": -1200}"#)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        negative,
        ResponseError::UnknownCode {
            code: "-1200".into()
        }
    );
    let fraction = plaid::ConnectAddError::from_response(402, br#"{"code": 1200.5}"#)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        fraction,
        ResponseError::CodeType {
            expected: "an integer",
            found: "a number with a fraction"
        }
    );
    assert_eq!(
        fraction.to_string(),
        "the error body's code is a number with a fraction, but the catalog's codes are integers"
    );
    for (body, found) in [
        (
            &br#"{"code": 99999999999999999999}"#[..],
            "an integer beyond 64 bits",
        ),
        (
            br#"{"code": -99999999999999999999}"#,
            "an integer beyond 64 bits",
        ),
        (br#"{"code": 1200.0}"#, "a number in float notation"),
        (br#"{"code": 12e2}"#, "a number in float notation"),
    ] {
        assert_eq!(
            plaid::ConnectAddError::from_response(402, body)
                .unwrap_err()
                .reason()
                .clone(),
            ResponseError::CodeType {
                expected: "an integer",
                found
            },
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    let text = AccountsError::from_response(400, br#"{"error": {"code": 102}}"#)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        text.to_string(),
        "the error body's code is an integer, but the catalog's codes are strings"
    );
}

#[test]
fn plaid_bodies_keep_resolve_and_ignore_extra_fields() {
    let body = br#"{"code": 1200, "message": "invalid credentials", "resolve": "The username or password provided were not correct.", "access_token": "test_wells"}"#;
    let received = plaid::ConnectAddError::from_response(402, body).unwrap();
    assert_eq!(received.error, plaid::ConnectAddError::InvalidCredentials);
    assert_eq!(
        received.description.as_deref(),
        Some("The username or password provided were not correct.")
    );
    // /exchange_token is the only route documented to return 2001.
    let body =
        br#"{"code": 2001, "message": "non-depository account ID specified", "resolve": "x"}"#;
    assert!(plaid::ExchangeTokenError::from_response(400, body).is_ok());
    let drift = plaid::ConnectGetError::from_response(400, body)
        .unwrap_err()
        .reason()
        .clone();
    assert_eq!(
        drift,
        ResponseError::NotForEndpoint {
            code: "2001",
            endpoint: "connect_get"
        }
    );
}

// --- server side ---

#[test]
fn variants_render_to_their_status_and_the_catalog_wire_shape() {
    let error = AccountsError::UserNotFound {
        connection_id: "c\"1".into(),
    };
    assert_eq!(error.status(), 404);
    assert_eq!(
        error.to_json(),
        r#"{"error":{"code":"AC-102","message":"User c\"1 not found."}}"#
    );
    let plaid = plaid::ExchangeTokenError::BankAccountTokenFailed;
    assert_eq!(
        plaid.to_json(),
        r#"{"code":2002,"message":"unable to generate bank account token","resolve":"The bank account token could not be generated. Try again."}"#
    );
    let generic: &dyn HttpError = &plaid;
    assert_eq!(generic.status(), 400);
    assert_eq!(generic.to_body(), plaid.to_body());
}

// --- widget ---

const SEED_STRINGS: [&str; 2] = [
    "INCORRECT_CREDENTIALS | Code: AC-117 | Message: Sorry, we encountered an issue while linking your account. Please ensure your account and routing numbers are correct.",
    "POLLING_TIMEOUT | Code: AR-100 | Message: No response received from the user within the expected time frame. Please try again later.",
];

#[test]
fn widget_strings_parse_into_the_widget_enum_and_render_back() {
    let errors: Vec<WidgetError> = SEED_STRINGS.iter().map(|s| s.parse().unwrap()).collect();
    assert_eq!(
        errors,
        [
            WidgetError::IncorrectCredentials,
            WidgetError::PollingTimeout
        ]
    );
    for (error, text) in errors.iter().zip(SEED_STRINGS) {
        assert_eq!(error.to_widget_string(), text);
    }
    let server = WidgetError::ServerError.to_widget_string();
    assert_eq!(
        server,
        "SERVER_ERROR | Code: AR-500 | Message: A server error occurred. Please try again later."
    );
    assert_eq!(server.parse::<WidgetError>(), Ok(WidgetError::ServerError));
}

#[test]
fn widget_strings_are_split_as_received_so_an_empty_message_still_fits() {
    assert_eq!(
        "POLLING_TIMEOUT | Code: AR-100 | Message: ".parse::<WidgetError>(),
        Ok(WidgetError::PollingTimeout)
    );
    assert_eq!(
        "POLLING_TIMEOUT | Code: AR-100 | Message: x | y ".parse::<WidgetError>(),
        Ok(WidgetError::PollingTimeout)
    );
}

#[test]
fn json_quoted_widget_strings_parse_too() {
    let quoted = format!("{:?}", SEED_STRINGS[1]);
    assert_eq!(
        quoted.parse::<WidgetError>(),
        Ok(WidgetError::PollingTimeout)
    );
    assert_eq!(
        "\"POLLING_TIMEOUT | Code: AR-100 | Message: \\u0041\"".parse::<WidgetError>(),
        Ok(WidgetError::PollingTimeout)
    );
}

#[test]
fn widget_strings_get_the_same_typed_errors() {
    let format = "<type> | Code: <code> | Message: <message>";
    let parse = |s: &str| s.parse::<WidgetError>().unwrap_err();
    assert_eq!(
        parse("POLLING_TIMEOUT | Code: AR-999 | Message: x"),
        ResponseError::UnknownCode {
            code: "AR-999".into()
        }
    );
    assert_eq!(
        parse("X | Code: AC-102 | Message: x"),
        ResponseError::NotForEndpoint {
            code: "AC-102",
            endpoint: "widget"
        }
    );
    assert_eq!(
        parse("AR-100: polling timeout"),
        ResponseError::MalformedWidget { format }
    );
    assert_eq!(parse(""), ResponseError::MalformedWidget { format });
    assert_eq!(
        parse("\"unterminated"),
        ResponseError::MalformedWidget { format }
    );
}

// --- round trip over every variant of every endpoint of both catalogs ---

macro_rules! round_trip_every_endpoint {
    ($value:expr, $($catalog:ident: $($endpoint:ident),+;)+) => {{
        let mut variants = 0;
        $($({
            use $catalog::$endpoint as E;
            for code in E::CODES {
                let template = E::from_code(*code, None).unwrap().message_template();
                let message = fill(template, $value);
                let error = E::from_code(*code, Some(&message)).unwrap();
                assert_eq!(error.to_string(), message, "{} {}", stringify!($endpoint), code);
                let json = error.to_json();
                let received = E::from_response(error.status(), json.as_bytes()).unwrap();
                assert_eq!(received.error, error);
                assert!(!received.status_differs());
                variants += 1;
            }
        })+)+
        variants
    }};
}

fn round_trip_all(value: &str) -> usize {
    use error_catalog_tests::aerosync;
    round_trip_every_endpoint!(value,
        aerosync: TokenError, AccountsError, BalanceError, BalanceRefreshError, JobsError, MfaError,
            IdentityJobError, IdentityError, TransactionsJobError, TransactionsError, BalanceRefreshJobError;
        plaid: ConnectAddError, ConnectGetError, ConnectStepError, ConnectUpdateError, ConnectDeleteError,
            AuthAddError, AuthGetError, AuthStepError, AuthUpdateError, AuthDeleteError,
            InfoAddError, InfoGetError, InfoStepError, InfoUpdateError, InfoDeleteError,
            IncomeAddError, IncomeGetError, IncomeStepError, IncomeUpdateError, IncomeDeleteError,
            RiskAddError, RiskGetError, RiskStepError, RiskUpdateError, RiskDeleteError,
            BalanceError, UpgradeError, ExchangeTokenError, InstitutionsListError, InstitutionsGetError,
            InstitutionsSearchError, InstitutionsLongtailError, CategoriesListError, CategoriesGetError;
    )
}

#[test]
fn every_variant_of_every_http_endpoint_round_trips() {
    // The 55 rows of Aerosync's endpoint tables, and the 750 entries of Plaid's 34 calls.
    assert_eq!(round_trip_all("conn_1"), 55 + 750);
}

proptest! {
    #[test]
    fn every_variant_round_trips_with_any_placeholder_value(value in "[A-Za-z0-9_\\- .\"\\\\/é]{0,24}") {
        round_trip_all(&value);
    }

    #[test]
    fn from_response_never_panics_on_any_bytes(body in proptest::collection::vec(any::<u8>(), 0..512), status in any::<u16>()) {
        let _ = AccountsError::from_response(status, &body);
        let _ = plaid::ConnectAddError::from_response(status, &body);
    }

    #[test]
    fn widget_parsing_never_panics_on_any_text(text in ".{0,200}") {
        let _ = text.parse::<WidgetError>();
        let _ = format!("{text:?}").parse::<WidgetError>();
    }
}

#[test]
fn code_parse_of_the_widget_codes_has_no_status() {
    assert_eq!(Code::parse("AR-100").and_then(Code::status), None);
}
