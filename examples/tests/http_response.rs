//! With the `http` feature (the examples turn on `axum`, which needs it), every HTTP
//! endpoint enum reads an `http::Response` directly, headers included; with `axum`, error
//! bodies answer with their catalog's media type and header fields.

use axum::http::Response;
use axum::response::IntoResponse;
use error_catalog_examples::aerosync::AccountsError;

#[test]
fn an_http_response_is_read_into_the_endpoints_enum() {
    let response = Response::builder()
        .status(404)
        .body(r#"{"error": {"code": "AC-102", "message": "User c-4 not found."}}"#)
        .unwrap();
    let received = AccountsError::from_http_response(&response).unwrap();
    assert_eq!(
        received.error,
        AccountsError::UserNotFound {
            connection_id: "c-4".into()
        }
    );
    assert_eq!(received.status, 404);
    let by_status = AccountsError::from_status(
        axum::http::StatusCode::NOT_FOUND,
        response.body().as_bytes(),
    )
    .unwrap();
    assert_eq!(by_status, received);
    let html = Response::builder()
        .status(502)
        .body(b"<html><body>Bad Gateway</body></html>".to_vec())
        .unwrap();
    assert!(
        AccountsError::from_http_response(&html)
            .unwrap_err()
            .to_string()
            .contains("an HTML page")
    );
}

mod problem_details {
    error_catalog::error_catalog!("../tests/fixtures/wire/problem_details.toml");
}

mod github_like {
    error_catalog::error_catalog!("../tests/fixtures/wire/github_like.toml");
}

#[test]
fn axum_answers_problem_details_with_their_media_type_and_header_fields() {
    let response = problem_details::PurchaseError::OutOfCredit.into_response();
    assert_eq!(response.status(), 403);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let extra = github_like::Extra {
        request_id: Some("A:B".into()),
        rate_limit_remaining: Some(3),
        ..github_like::Extra::default()
    };
    let response = github_like::CreateIssueError::Gone
        .to_body()
        .with(&extra)
        .into_response();
    assert_eq!(response.status(), 410);
    assert_eq!(response.headers()["content-type"], "application/json");
    assert_eq!(response.headers()["x-github-request-id"], "A:B");
    assert_eq!(response.headers()["x-ratelimit-remaining"], "3");
}

#[test]
fn an_http_responses_headers_fill_the_header_fields() {
    let response = Response::builder()
        .status(404)
        .header("X-GitHub-Request-Id", "CB1E:2B4C")
        .header("x-ratelimit-remaining", " 59 ")
        .body(br#"{"message": "Not Found"}"#.to_vec())
        .unwrap();
    let received = github_like::GetRepositoryError::from_http_response(&response).unwrap();
    assert_eq!(received.error, github_like::GetRepositoryError::NotFound);
    assert_eq!(received.extra.request_id.as_deref(), Some("CB1E:2B4C"));
    assert_eq!(received.extra.rate_limit_remaining, Some(59));
}
