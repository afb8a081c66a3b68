//! With the `http` feature (the examples turn on `axum`, which needs it), every HTTP
//! endpoint enum reads an `http::Response` directly.

use axum::http::Response;
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
