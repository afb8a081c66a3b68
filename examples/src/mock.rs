//! A mock Aerosync API: each endpoint answers with the error the request's `x-mock-error`
//! header names, in Aerosync's wire shape, or with a small success body when there is none.
//!
//! Besides the endpoint's own codes, the header may name a code of another endpoint or one
//! outside the catalog, so clients can be tested against a server that drifted from it.

use crate::aerosync::{AccountsError, BalanceError, Code, JobsError, TransactionsError};
use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use error_catalog::{CodeValue, ErrorBody, HttpError};
use tokio::net::TcpListener;

/// The header that picks the error to answer with.
pub const MOCK_ERROR: &str = "x-mock-error";

/// The mock's routes.
pub fn router() -> Router {
    Router::new()
        .route("/v2/accounts/{connection_id}", get(accounts))
        .route("/v2/accounts/{connection_id}/balance", get(balance))
        .route("/v2/accounts/{connection_id}/job/{job_id}", get(jobs))
        .route(
            "/v2/accounts/{connection_id}/transactions",
            get(transactions),
        )
}

/// Serves the mock on `listener` until the task is dropped.
///
/// # Errors
///
/// The server's I/O errors.
pub async fn serve(listener: TcpListener) -> std::io::Result<()> {
    axum::serve(listener, router()).await
}

async fn accounts(Path(connection_id): Path<String>, headers: HeaderMap) -> Response {
    answer(
        &headers,
        &[("connectionId", &connection_id)],
        AccountsError::from_code,
    )
}

async fn balance(Path(connection_id): Path<String>, headers: HeaderMap) -> Response {
    answer(
        &headers,
        &[("connectionId", &connection_id)],
        BalanceError::from_code,
    )
}

async fn jobs(
    Path((connection_id, job_id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    answer(
        &headers,
        &[("connectionId", &connection_id), ("job_id", &job_id)],
        JobsError::from_code,
    )
}

async fn transactions(Path(connection_id): Path<String>, headers: HeaderMap) -> Response {
    answer(
        &headers,
        &[("connectionId", &connection_id)],
        TransactionsError::from_code,
    )
}

/// The response for the header's code: the endpoint's variant, with placeholders filled from
/// the path; a catalog code the endpoint does not list, with the code's defaults; or an
/// unknown code as a bare error body.
fn answer<E: HttpError + IntoResponse>(
    headers: &HeaderMap,
    values: &[(&str, &str)],
    from_code: fn(Code, Option<&str>) -> Option<E>,
) -> Response {
    let Some(wanted) = headers.get(MOCK_ERROR).and_then(|v| v.to_str().ok()) else {
        return (
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"ok":true}"#,
        )
            .into_response();
    };
    let Some(code) = Code::parse(wanted) else {
        let body = serde_json::json!({"error": {"code": wanted, "message": "An error the catalog does not know."}});
        return (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "application/json")],
            body.to_string(),
        )
            .into_response();
    };
    let template = from_code(code, None).map_or(code.message(), |e| e.message_template());
    let message = fill(template, values);
    if let Some(error) = from_code(code, Some(&message)) {
        return error.into_response();
    }
    ErrorBody {
        wire: Code::WIRE,
        status: code.status(),
        code: Some(CodeValue::Text(code.as_str())),
        message,
        description: code.description(),
        fields: Vec::new(),
    }
    .into_response()
}

/// `template` with each `<name>` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("<{name}>"), value)
        })
}
