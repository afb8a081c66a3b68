//! A real HTTP round trip over loopback: the mock Aerosync server on an ephemeral port, the
//! typed client calling it with every code of four endpoints, plus an unknown code and a code
//! of another endpoint. The server stops when the test's runtime does.

use error_catalog::ResponseError;
use error_catalog_examples::aerosync::{
    AccountsError, BalanceError, Code, JobsError, TransactionsError,
};
use error_catalog_examples::client::{CallError, Client};
use error_catalog_examples::mock;
use tokio::net::TcpListener;

async fn start_mock() -> Client {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(mock::serve(listener));
    Client::new(format!("http://{address}"))
}

/// The received error, or a panic naming what came instead.
fn api<E: error_catalog::EndpointError>(
    result: Result<serde_json::Value, CallError<E>>,
) -> (E, u16) {
    match result {
        Err(CallError::Api(received)) => {
            assert!(!received.status_differs(), "{received:?}");
            (received.error, received.status)
        }
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn every_code_of_four_endpoints_arrives_as_its_variant() {
    let client = start_mock().await;
    let id = "conn_1";
    let user = || AccountsError::UserNotFound {
        connection_id: id.into(),
    };

    let mut seen = 0;
    for code in AccountsError::CODES {
        let (error, status) = api(client.with_mock_error(code.as_str()).accounts(id).await);
        assert_eq!(error.code(), *code);
        assert_eq!(status, error.status());
        seen += 1;
    }
    assert_eq!(
        api(client.with_mock_error("AC-102").accounts(id).await).0,
        user()
    );

    for code in BalanceError::CODES {
        let (error, status) = api(client.with_mock_error(code.as_str()).balance(id).await);
        assert_eq!((error.code(), status), (*code, error.status()));
        seen += 1;
    }
    for code in JobsError::CODES {
        let (error, status) = api(client.with_mock_error(code.as_str()).job(id, "job_9").await);
        assert_eq!((error.code(), status), (*code, error.status()));
        seen += 1;
    }
    assert_eq!(
        api(client.with_mock_error("AC-109").job(id, "job_9").await).0,
        JobsError::JobNotFound {
            job_id: "job_9".into()
        }
    );
    for code in TransactionsError::CODES {
        let (error, status) = api(client.with_mock_error(code.as_str()).transactions(id).await);
        assert_eq!((error.code(), status), (*code, error.status()));
        seen += 1;
    }
    assert_eq!(seen, 5 + 5 + 5 + 5);
}

#[tokio::test]
async fn drift_is_an_error_that_says_which() {
    let client = start_mock().await;
    match client.with_mock_error("AC-999").accounts("c").await {
        Err(CallError::Unexpected(unexpected)) => {
            assert_eq!(
                unexpected.reason(),
                &ResponseError::UnknownCode {
                    code: "AC-999".into()
                }
            );
            assert_eq!(
                (unexpected.status(), unexpected.code()),
                (400, Some("AC-999"))
            );
        }
        other => panic!("expected an unknown code, got {other:?}"),
    }
    // AC-108 belongs to balance refresh; accounts cannot return it.
    match client.with_mock_error("AC-108").accounts("c").await {
        Err(CallError::Unexpected(unexpected)) => {
            assert_eq!(
                unexpected.reason(),
                &ResponseError::NotForEndpoint {
                    code: "AC-108",
                    endpoint: "accounts"
                }
            );
            assert_eq!(unexpected.status(), 429);
            assert_eq!(unexpected.catalog_code(), Some(Code::MfaLocked));
        }
        other => panic!("expected another endpoint's code, got {other:?}"),
    }
}

#[tokio::test]
async fn a_success_is_not_an_error() {
    let client = start_mock().await;
    let body = client.accounts("c").await.unwrap();
    assert_eq!(body, serde_json::json!({"ok": true}));
}

#[tokio::test]
async fn an_empty_success_body_reads_as_unit_and_an_error_sent_with_200_as_the_error() {
    let empty = axum::http::Response::builder()
        .status(204)
        .body("")
        .unwrap();
    let read: Result<(), CallError<AccountsError>> =
        error_catalog::reqwest::read(reqwest::Response::from(empty)).await;
    assert!(read.is_ok(), "{read:?}");
    let error = r#"{"error": {"code": "AC-104", "message": "x"}}"#;
    let with_200 = axum::http::Response::builder()
        .status(200)
        .body(error)
        .unwrap();
    let read: Result<serde_json::Value, CallError<AccountsError>> =
        error_catalog::reqwest::read(reqwest::Response::from(with_200)).await;
    match read {
        Err(CallError::Api(received)) => {
            assert_eq!(received.error, AccountsError::BankConnectionIssue);
            assert!(received.status_differs());
        }
        other => panic!("expected the error, got {other:?}"),
    }
}
