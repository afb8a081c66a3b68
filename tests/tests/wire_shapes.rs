//! The wire shapes real APIs use, beyond Aerosync's nested body and Plaid's flat one (see
//! `wire.rs`): Stripe-like further fields, Twilio-like integer codes with the status in the
//! body and a required field, GitHub-like errors keyed by status alone, and RFC 9457 problem
//! details with the code in `type` or in an extension member. Every variant of every
//! endpoint is rendered with further fields and read back.

use error_catalog::{
    CatalogCode, CatalogError, EndpointError, ExtraFields, ExtraOf, HttpError, ResponseError,
};
use error_catalog_tests::{
    github_like, problem_details, problem_extension, statuses_unlisted, stripe_like, twilio_like,
};
use proptest::prelude::*;

mod support;
use std::borrow::Cow;
use support::fill;

/// Renders every variant of `E` with `extra`, then reads the body and headers back:
/// the same variant, the message fitting, the same further fields. Returns how many.
fn round_trip<E: EndpointError + HttpError + PartialEq>(extra: &ExtraOf<'_, E::Code>) -> usize {
    for entry in E::ENTRIES {
        let template = E::from_code(entry.code, None).unwrap().message_template();
        let message = fill(template, "v-1 \"quoted\"");
        let error = E::from_code(entry.code, Some(&message)).unwrap();
        let body = EndpointError::to_body(&error).with(extra);
        let json = body.to_json();
        let headers: Vec<(&str, String)> = body.headers().collect();
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, value)| value.as_str())
        };
        let received =
            E::from_response_with_headers(HttpError::status(&error), &header, json.as_bytes())
                .unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(received.error, error, "{json}");
        assert!(received.message_fits, "{json}");
        assert!(!received.status_differs());
        let fields = <ExtraOf<'_, E::Code> as ExtraFields<'_>>::FIELDS;
        for (index, field) in fields.iter().enumerate() {
            assert_eq!(
                received.extra.get(index),
                extra.get(index),
                "{}: {json}",
                field.name
            );
        }
    }
    E::ENTRIES.len()
}

#[test]
fn unlisted_statuses_are_read_from_the_response_and_never_made_up() {
    use statuses_unlisted::{ChargesError, Code};
    let body = br#"{"error": {"code": "card_declined", "message": "Your card was declined."}}"#;
    for status in [400, 402, 200] {
        let received = ChargesError::from_response(status, body).unwrap();
        assert_eq!(received.error, ChargesError::CardDeclined);
        assert_eq!((received.status, received.catalog_status), (status, None));
        assert!(!received.status_differs(), "nothing to differ from");
    }
    assert_eq!(ChargesError::CardDeclined.http_status(), None);
    assert_eq!(Code::CardDeclined.status(), None);
    // A status the page does give is kept, and drift from it is still drift.
    let limited = br#"{"error": {"code": "rate_limit", "message": "slow down"}}"#;
    let received = ChargesError::from_response(503, limited).unwrap();
    assert_eq!(received.catalog_status, Some(429));
    assert!(received.status_differs());
    // The body the enum renders carries no status of its own.
    let rendered = ChargesError::ExpiredCard.to_body();
    assert_eq!(rendered.status, None);
    let json = rendered.to_json();
    let read = ChargesError::from_response(402, json.as_bytes()).unwrap();
    assert_eq!(read.error, ChargesError::ExpiredCard);
}

#[test]
fn stripe_like_further_fields_are_read_typed_without_a_second_parse() {
    use stripe_like::{CreateChargeError, Extra, RetrieveCustomerError};
    let body = br#"{"error": {"code": "card_declined", "decline_code": "insufficient_funds", "doc_url": "https://stripe.com/docs/error-codes/card-declined", "message": "Your card was declined.", "type": "card_error", "charge": "ch_1"}}"#;
    let received = CreateChargeError::from_response(402, body).unwrap();
    assert_eq!(received.error, CreateChargeError::CardDeclined);
    assert!(matches!(
        received.extra.decline_code,
        Some(Cow::Borrowed("insufficient_funds"))
    ));
    assert_eq!(received.extra.r#type.as_deref(), Some("card_error"));
    assert_eq!(received.extra.param, None);
    // A reworded message keeps the server's words, and says it did not fit.
    let body = br#"{"error": {"code": "resource_missing", "message": "No such payment_method: 'pm_1'; a similar object exists in test mode", "param": "payment_method", "type": "invalid_request_error"}}"#;
    let received = RetrieveCustomerError::from_response(404, body).unwrap();
    assert!(matches!(
        received.error,
        RetrieveCustomerError::ResourceMissing { .. }
    ));
    assert!(!received.message_fits);
    assert_eq!(
        received.to_string(),
        "resource_missing No such payment_method: 'pm_1'; a similar object exists in test mode (HTTP 404)"
    );
    assert_eq!(received.extra.param.as_deref(), Some("payment_method"));
    let extra = Extra {
        r#type: Some("card_error".into()),
        decline_code: Some("expired_card".into()),
        param: Some("source".into()),
        doc_url: Some("https://example.com/docs".into()),
        request_id: Some("req_1".into()),
    };
    assert_eq!(
        round_trip::<CreateChargeError>(&extra) + round_trip::<RetrieveCustomerError>(&extra),
        5
    );
    assert_eq!(round_trip::<CreateChargeError>(&Extra::default()), 3);
}

#[test]
fn twilio_like_bodies_repeat_the_status_and_always_have_their_required_field() {
    use twilio_like::{Extra, FetchMessageError, SendMessageError};
    let error = SendMessageError::InvalidToNumber {
        number: "+1555".into(),
    };
    let extra = Extra {
        more_info: "https://www.twilio.com/docs/errors/21211".into(),
    };
    assert_eq!(
        error.to_body().with(&extra).to_json(),
        r#"{"code":21211,"message":"The 'To' number +1555 is not a valid phone number.","status":400,"more_info":"https://www.twilio.com/docs/errors/21211"}"#
    );
    // Rendered without it, the field every error body has is written empty...
    assert!(
        error
            .to_json()
            .ends_with(r#","status":400,"more_info":""}"#)
    );
    // ...and a body without it is not one of the catalog's errors.
    let without = br#"{"code": 21211, "message": "The 'To' number +1555 is not a valid phone number.", "status": 400}"#;
    let unexpected = SendMessageError::from_response(400, without).unwrap_err();
    assert_eq!(
        unexpected.reason(),
        &ResponseError::MissingField {
            field: "more_info",
            pointer: "/more_info",
            expected: "a string"
        }
    );
    assert_eq!(unexpected.code(), Some("21211"));
    assert_eq!(
        unexpected.catalog_code(),
        Some(twilio_like::Code::InvalidToNumber)
    );
    assert_eq!(
        unexpected.to_string(),
        "HTTP 400 \"The 'To' number +1555 is not a valid phone number.\": the error body has \
         no `more_info` (a string) at `/more_info`"
    );
    assert_eq!(
        round_trip::<SendMessageError>(&extra) + round_trip::<FetchMessageError>(&extra),
        4
    );
}

#[test]
fn status_keyed_errors_are_told_apart_by_status_with_headers_read() {
    use github_like::{Code, CreateIssueError, Extra, GetRepositoryError};
    let body = br#"{"message": "Not Found", "documentation_url": "https://docs.github.com/rest/repos/repos#get-a-repository", "status": "404"}"#;
    let response = |status: u16| {
        let header = |name: &str| match name.to_ascii_lowercase().as_str() {
            "x-github-request-id" => Some("CB1E:2B4C"),
            "x-ratelimit-remaining" => Some("59"),
            _ => None,
        };
        GetRepositoryError::from_response_with_headers(status, &header, body)
    };
    let received = response(404).unwrap();
    assert_eq!(received.error, GetRepositoryError::NotFound);
    assert_eq!(received.extra.request_id.as_deref(), Some("CB1E:2B4C"));
    assert_eq!(received.extra.rate_limit_remaining, Some(59));
    assert_eq!(
        received.extra.documentation_url.as_deref(),
        Some("https://docs.github.com/rest/repos/repos#get-a-repository")
    );
    // A status the catalog has, but not for this endpoint; and one it does not have.
    let drift = response(422).unwrap_err();
    assert_eq!(drift.catalog_code(), Some(Code::ValidationFailed));
    assert_eq!(drift.extra().request_id.as_deref(), Some("CB1E:2B4C"));
    assert_eq!(
        response(418).unwrap_err().reason(),
        &ResponseError::UnknownCode { code: "418".into() }
    );
    // Any body, or none, is read by its status: a proxy's page too, without a message.
    for body in [
        &b""[..],
        b"{}",
        b"<html><title>403 Forbidden</title></html>",
    ] {
        let received = GetRepositoryError::from_response(403, body).unwrap();
        assert_eq!(received.error, GetRepositoryError::Forbidden);
        assert_eq!(received.message, None);
    }
    // The body has no code, so rendering writes none.
    assert_eq!(
        CreateIssueError::Gone.to_json(),
        r#"{"message":"Issues are disabled for this repo"}"#
    );
    assert_eq!(Code::from_u32(410), Some(Code::Gone));
    let extra = Extra {
        documentation_url: Some("https://docs.github.com/rest".into()),
        request_id: Some("A:B".into()),
        rate_limit_remaining: Some(0),
    };
    assert_eq!(
        round_trip::<GetRepositoryError>(&extra) + round_trip::<CreateIssueError>(&extra),
        8
    );
}

#[test]
fn problem_details_carry_the_code_in_type_and_the_status_in_the_body() {
    use problem_details::{Code, Extra, PurchaseError};
    // RFC 9457's own example.
    let body = br#"{
        "type": "https://example.com/probs/out-of-credit",
        "title": "You do not have enough credit.",
        "detail": "Your current balance is 30, but that costs 50.",
        "instance": "/account/12345/msgs/abc",
        "balance": 30,
        "accounts": ["/account/12345", "/account/67890"]
    }"#;
    let received = PurchaseError::from_response(403, body).unwrap();
    assert_eq!(received.error, PurchaseError::OutOfCredit);
    assert_eq!(received.extra.balance, Some(30));
    assert_eq!(
        received.extra.detail.as_deref(),
        Some("Your current balance is 30, but that costs 50.")
    );
    assert_eq!(Code::WIRE.media_type, "application/problem+json");
    let extra = Extra {
        detail: Some("Your current balance is 30, but that costs 50.".into()),
        instance: Some("/account/12345/msgs/abc".into()),
        balance: Some(30),
    };
    assert_eq!(
        PurchaseError::OutOfCredit.to_body().with(&extra).to_json(),
        r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc","balance":30}"#
    );
    assert_eq!(round_trip::<PurchaseError>(&extra), 2);
}

#[test]
fn problem_details_can_carry_the_code_in_an_extension_member() {
    use problem_extension::{CancelOrderError, Extra};
    let body = br#"{"type": "https://api.example.com/problems/order", "title": "Order problem", "status": 409, "code": "ORDER_LOCKED", "detail": "Order o-7 is being changed by another request.", "live": true}"#;
    let received = CancelOrderError::from_response(409, body).unwrap();
    assert_eq!(
        received.error,
        CancelOrderError::OrderLocked {
            order_id: "o-7".into()
        }
    );
    assert_eq!(received.extra.live, Some(true));
    let extra = Extra {
        r#type: Some("https://api.example.com/problems/order".into()),
        title: Some("Order problem".into()),
        live: Some(false),
    };
    assert_eq!(round_trip::<CancelOrderError>(&extra), 2);
}

/// JSON near a catalog's shape: objects whose keys are the pointers' tokens, and values of
/// every type, nested a few levels.
fn json_near(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        (400u32..600).prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
        ".{0,12}".prop_map(|s| format!("{s:?}")),
    ];
    leaf.prop_recursive(4, 32, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4)
                .prop_map(|v| format!("[{}]", v.join(","))),
            proptest::collection::vec((proptest::sample::select(keys), inner), 0..6).prop_map(
                |entries| {
                    let entries: Vec<String> =
                        entries.iter().map(|(k, v)| format!("{k:?}:{v}")).collect();
                    format!("{{{}}}", entries.join(","))
                }
            ),
        ]
    })
}

/// Reads `body` as every endpoint of the five shapes, with headers, and checks that what
/// comes back is consistent: never a panic, the status kept on either side.
fn read_everywhere(status: u16, body: &[u8], header_value: &str) {
    let header = |_: &str| Some(header_value);
    macro_rules! read {
        ($($endpoint:path),+) => {$(
            match <$endpoint>::from_response_with_headers(status, &header, body) {
                Ok(received) => {
                    assert_eq!(received.status, status);
                    let _ = received.to_string();
                    let _ = received.into_owned();
                }
                Err(unexpected) => {
                    assert_eq!(unexpected.status(), status);
                    let _ = unexpected.to_string();
                    let _ = unexpected.into_owned();
                }
            }
        )+};
    }
    read!(
        stripe_like::CreateChargeError,
        stripe_like::RetrieveCustomerError,
        twilio_like::SendMessageError,
        twilio_like::FetchMessageError,
        github_like::GetRepositoryError,
        github_like::CreateIssueError,
        problem_details::PurchaseError,
        problem_extension::CancelOrderError
    );
}

const KEYS: &[&str] = &[
    "error",
    "code",
    "message",
    "type",
    "decline_code",
    "param",
    "doc_url",
    "status",
    "more_info",
    "documentation_url",
    "title",
    "detail",
    "instance",
    "balance",
    "live",
    "card_declined",
    "https://example.com/probs/out-of-credit",
    "ORDER_LOCKED",
];

proptest! {
    #[test]
    fn reading_never_panics_on_any_bytes_status_or_header(
        body in proptest::collection::vec(any::<u8>(), 0..256),
        status in any::<u16>(),
        header in ".{0,16}",
    ) {
        read_everywhere(status, &body, &header);
    }

    #[test]
    fn reading_never_panics_on_json_near_every_shape(
        body in json_near(KEYS),
        status in any::<u16>(),
        header in "[0-9a-z -]{0,8}",
    ) {
        read_everywhere(status, body.as_bytes(), &header);
    }

    #[test]
    fn every_variant_round_trips_with_any_field_values(
        text in "[A-Za-z0-9_\\- .\"\\\\/é]{0,16}",
        number in any::<i64>(),
        flag in any::<bool>(),
    ) {
        let github = github_like::Extra {
            documentation_url: Some(text.as_str().into()),
            request_id: None,
            rate_limit_remaining: Some(number),
        };
        prop_assert_eq!(round_trip::<github_like::CreateIssueError>(&github), 6);
        let problem = problem_extension::Extra {
            r#type: Some(text.as_str().into()),
            title: None,
            live: Some(flag),
        };
        prop_assert_eq!(round_trip::<problem_extension::CancelOrderError>(&problem), 2);
        let twilio = twilio_like::Extra { more_info: text.as_str().into() };
        prop_assert_eq!(round_trip::<twilio_like::FetchMessageError>(&twilio), 2);
    }
}

#[test]
fn every_code_of_a_status_catalog_is_its_status() {
    for code in github_like::Code::ALL {
        assert_eq!(code.status(), Some(u16::try_from(code.as_u32()).unwrap()));
        assert_eq!(
            <github_like::Code as CatalogCode>::parse(code.as_str()),
            Some(*code)
        );
    }
    let error: &dyn CatalogError = &github_like::CreateIssueError::ServiceUnavailable;
    assert_eq!(error.http_status(), Some(503));
}
