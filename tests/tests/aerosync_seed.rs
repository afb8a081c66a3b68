//! The generated Aerosync enums say exactly what Aerosync's error page says: every table,
//! every row, in order. The page is parsed here (a copy is in `fixtures/seeds/`) and each
//! row compared with what the endpoint's enum reports for that code.

use error_catalog::{CatalogError, Retry};
use error_catalog_tests::aerosync::{
    AccountsError, BalanceError, BalanceRefreshError, BalanceRefreshJobError, Code, IdentityError,
    IdentityJobError, JobsError, MfaError, TokenError, TransactionsError, TransactionsJobError,
    WidgetError,
};

use error_catalog_tests::seeds::{self, Row};

/// What an enum reports for each of `errors`. Placeholder fields hold `<placeholder>`, so
/// `Display` must give back the page's template text.
fn enum_rows<E: CatalogError>(errors: &[E], codes: &[Code]) -> Vec<Row> {
    assert_eq!(
        errors
            .iter()
            .map(CatalogError::code_str)
            .collect::<Vec<_>>(),
        codes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
        "the test's variant list is out of step with the enum's CODES",
    );
    errors
        .iter()
        .map(|e| Row {
            status: e.http_status().unwrap(),
            code: e.code_str().to_owned(),
            message: e.to_string(),
            description: e.description().to_owned(),
        })
        .collect()
}

fn connection() -> String {
    "<connectionId>".to_owned()
}

/// Every endpoint enum's rows, in the page's table order.
#[allow(
    clippy::too_many_lines,
    reason = "one list of variants per table of the page"
)]
fn generated_tables() -> Vec<Vec<Row>> {
    use AccountsError as A;
    vec![
        enum_rows(
            &[TokenError::InvalidRequest, TokenError::InvalidApiKey],
            TokenError::CODES,
        ),
        enum_rows(
            &[
                A::InvalidRequest,
                A::InvalidToken,
                A::UserNotFound {
                    connection_id: connection(),
                },
                A::IncompleteAccountData,
                A::BankConnectionIssue,
            ],
            A::CODES,
        ),
        enum_rows(
            &[
                BalanceError::InvalidRequest,
                BalanceError::InvalidToken,
                BalanceError::BankConnectionIssue,
                BalanceError::BalanceCheckUnavailable,
                BalanceError::SharingPaused,
            ],
            BalanceError::CODES,
        ),
        enum_rows(
            &[
                BalanceRefreshError::InvalidRequest,
                BalanceRefreshError::InvalidToken,
                BalanceRefreshError::UserNotFound {
                    connection_id: connection(),
                },
                BalanceRefreshError::BankConnectionIssue,
                BalanceRefreshError::BalanceRefreshUnavailable,
                BalanceRefreshError::MfaLocked,
            ],
            BalanceRefreshError::CODES,
        ),
        enum_rows(
            &[
                JobsError::InvalidRequest,
                JobsError::InvalidToken,
                JobsError::UserNotFound {
                    connection_id: connection(),
                },
                JobsError::BankConnectionIssue,
                JobsError::JobNotFound {
                    job_id: "<job_id>".to_owned(),
                },
            ],
            JobsError::CODES,
        ),
        enum_rows(
            &[
                MfaError::InvalidRequest,
                MfaError::InvalidToken,
                MfaError::UserNotFound {
                    connection_id: connection(),
                },
                MfaError::BankConnectionIssue,
                MfaError::MfaSessionExpired,
            ],
            MfaError::CODES,
        ),
        enum_rows(
            &[
                IdentityJobError::InvalidRequest,
                IdentityJobError::InvalidToken,
                IdentityJobError::UserNotFound {
                    connection_id: connection(),
                },
                IdentityJobError::BankConnectionIssue,
                IdentityJobError::IdentityUnavailable,
                IdentityJobError::JobInProgress,
            ],
            IdentityJobError::CODES,
        ),
        enum_rows(
            &[
                IdentityError::InvalidRequest,
                IdentityError::InvalidToken,
                IdentityError::UserNotFound {
                    connection_id: connection(),
                },
                IdentityError::BankConnectionIssue,
                IdentityError::AuthenticationFailed,
            ],
            IdentityError::CODES,
        ),
        enum_rows(
            &[
                TransactionsJobError::InvalidRequest,
                TransactionsJobError::InvalidToken,
                TransactionsJobError::UserNotFound {
                    connection_id: connection(),
                },
                TransactionsJobError::BankConnectionIssue,
                TransactionsJobError::JobInProgress,
                TransactionsJobError::TransactionJobsUnavailable,
            ],
            TransactionsJobError::CODES,
        ),
        enum_rows(
            &[
                TransactionsError::InvalidRequest,
                TransactionsError::InvalidToken,
                TransactionsError::UserNotFound {
                    connection_id: connection(),
                },
                TransactionsError::BankConnectionIssue,
                TransactionsError::TransactionDataUnavailable,
            ],
            TransactionsError::CODES,
        ),
        enum_rows(
            &[
                BalanceRefreshJobError::InvalidRequest,
                BalanceRefreshJobError::InvalidToken,
                BalanceRefreshJobError::UserNotFound {
                    connection_id: connection(),
                },
                BalanceRefreshJobError::BankConnectionIssue,
                BalanceRefreshJobError::JobNotFound {
                    connection_id: connection(),
                },
            ],
            BalanceRefreshJobError::CODES,
        ),
    ]
}

#[test]
fn every_endpoint_table_of_the_page_matches_its_enum_row_by_row() {
    let page = seeds::aerosync_tables();
    let generated = generated_tables();
    assert_eq!(page.len(), 11, "the page has eleven endpoint tables");
    assert_eq!(
        page.iter().map(Vec::len).sum::<usize>(),
        55,
        "the page's endpoint tables have 55 rows"
    );
    for (index, (page_table, enum_table)) in page.iter().zip(&generated).enumerate() {
        assert_eq!(enum_table, page_table, "table {}", index + 1);
    }
    assert_eq!(generated.len(), page.len());
}

#[test]
fn the_widget_enum_matches_the_page_strings_and_type_table() {
    let page = seeds::aerosync_widget_rows();
    let widget = [
        WidgetError::PollingTimeout,
        WidgetError::ServerError,
        WidgetError::IncorrectCredentials,
    ];
    let mut generated: Vec<_> = widget
        .iter()
        .map(|e| {
            (
                e.code().as_str().to_owned(),
                e.error_type().to_owned(),
                e.to_string(),
            )
        })
        .collect();
    generated.sort();
    assert_eq!(generated, page);
    assert_eq!(
        widget.iter().map(WidgetError::code).collect::<Vec<_>>(),
        WidgetError::CODES
    );
    assert!(widget.iter().all(|e| e.http_status().is_none()));
}

#[test]
fn the_per_table_differences_of_the_page_are_kept() {
    // AC-102 is 404 everywhere but the balance refresh table, where it is 400.
    let user = || connection();
    assert_eq!(
        AccountsError::UserNotFound {
            connection_id: user()
        }
        .status(),
        404
    );
    assert_eq!(
        BalanceRefreshError::UserNotFound {
            connection_id: user()
        }
        .status(),
        400
    );
    assert_eq!(
        JobsError::UserNotFound {
            connection_id: user()
        }
        .status(),
        404
    );
    assert_eq!(Code::UserNotFound.status(), Some(404));

    // AC-100 has two wordings.
    assert_eq!(
        TokenError::InvalidRequest.to_string(),
        "Required attributes are missing or not in a valid format."
    );
    assert_eq!(
        AccountsError::InvalidRequest.to_string(),
        "Required attributes are missing or not in a valid format."
    );
    assert_eq!(
        BalanceError::InvalidRequest.to_string(),
        "Missing required request parameters: [connectionId]."
    );

    // AC-109 names a different placeholder in the balance refresh job table.
    assert_eq!(
        JobsError::JobNotFound {
            job_id: "j-1".into()
        }
        .to_string(),
        "Job j-1 not found."
    );
    assert_eq!(
        BalanceRefreshJobError::JobNotFound {
            connection_id: "c-9".into()
        }
        .to_string(),
        "Balance refresh job for c-9 not found."
    );

    // AC-104 has three descriptions.
    let descriptions = [
        AccountsError::BankConnectionIssue.description(),
        BalanceError::BankConnectionIssue.description(),
        BalanceRefreshError::BankConnectionIssue.description(),
        JobsError::BankConnectionIssue.description(),
    ];
    assert!(descriptions[0].ends_with("reconnect via the widget."));
    assert!(descriptions[1].ends_with("prompt the user to reconnect."));
    assert_eq!(descriptions[1], descriptions[2]);
    assert_eq!(descriptions[3], "There are connection issues with the FI.");
}

#[test]
fn display_fills_every_placeholder() {
    let error = AccountsError::UserNotFound {
        connection_id: "conn_42".into(),
    };
    assert_eq!(error.to_string(), "User conn_42 not found.");
    assert_eq!(error.message_template(), "User <connectionId> not found.");
    // Square brackets are text, not a placeholder.
    assert_eq!(
        JobsError::InvalidRequest.to_string(),
        JobsError::InvalidRequest.message_template()
    );
}

#[test]
fn code_lists_every_code_of_the_page_once_and_parses_back() {
    let mut on_page: Vec<&str> = seeds::AEROSYNC
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| (w.starts_with("AC-") || w.starts_with("AR-")) && w.len() == 6)
        .collect();
    on_page.sort_unstable();
    on_page.dedup();
    let mut ours: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    ours.sort_unstable();
    assert_eq!(ours, on_page);
    assert_eq!(Code::ALL.len(), 20);
    for code in Code::ALL {
        assert_eq!(Code::parse(code.as_str()), Some(*code));
        assert_eq!(code.as_str().parse::<Code>(), Ok(*code));
        assert_eq!(code.to_string(), code.as_str());
    }
    assert_eq!(Code::parse("AC-116"), None);
    assert_eq!(
        Code::parse("ac-102"),
        None,
        "codes match exactly, as the API sends them"
    );
    assert_eq!("AC-999".parse::<Code>().unwrap_err().code(), "AC-999");
    // Widget-only codes have no HTTP status.
    assert_eq!(Code::PollingTimeout.status(), None);
    assert_eq!(Code::IncorrectCredentials.status(), None);
}

#[test]
fn retry_guidance_follows_the_page() {
    assert_eq!(
        Code::BankConnectionIssue.retry(),
        Retry::Backoff,
        "\"Retry with exponential backoff\""
    );
    assert_eq!(
        Code::MfaLocked.retry(),
        Retry::Never,
        "\"Do not retry automatically\""
    );
    assert_eq!(
        Code::PollingTimeout.retry(),
        Retry::Later,
        "\"Please try again later\""
    );
    assert_eq!(
        Code::ServerError.retry(),
        Retry::Later,
        "\"Please try again later\""
    );
    assert_eq!(
        Code::JobInProgress.retry(),
        Retry::Later,
        "a job is already running"
    );
    assert_eq!(AccountsError::BankConnectionIssue.retry(), Retry::Backoff);
}

#[test]
fn endpoints_know_where_they_are() {
    assert_eq!(AccountsError::ENDPOINT.key, "accounts");
    assert_eq!(AccountsError::ENDPOINT.method, Some("GET"));
    assert_eq!(
        AccountsError::ENDPOINT.path,
        Some("/v2/accounts/{connectionId}")
    );
    assert_eq!(MfaError::ENDPOINT.path, None, "table 6's path is unknown");
    assert_eq!(
        BalanceRefreshJobError::ENDPOINT.method,
        None,
        "table 11's path is unknown"
    );
    let error: &dyn CatalogError = &BalanceRefreshError::MfaLocked;
    assert_eq!(
        error.endpoint().path,
        Some("/v2/accounts/{connectionId}/refresh")
    );
    assert_eq!(error.http_status(), Some(429));
}
