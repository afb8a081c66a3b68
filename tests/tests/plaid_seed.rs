//! The generated Plaid enums say exactly what Plaid's legacy error page says: every row's
//! code, HTTP status, message and resolve text. The page is parsed here (a copy is in
//! `fixtures/seeds/`).

use error_catalog::{CatalogError, Retry};
use error_catalog_tests::plaid::{
    Code, ConnectGetError, ConnectStepError, ConnectUpdateError, ExchangeTokenError,
};

use error_catalog_tests::seeds;

#[test]
fn every_row_of_the_page_is_a_code_with_its_status_message_and_resolve_text() {
    let rows = seeds::plaid_rows();
    assert_eq!(rows.len(), 62);
    let ours: Vec<_> = Code::ALL
        .iter()
        .map(|c| seeds::Row {
            status: c.status().unwrap(),
            code: c.as_str().to_owned(),
            message: c.message().to_owned(),
            description: c.description().to_owned(),
        })
        .collect();
    assert_eq!(ours, rows, "in the page's order");
}

#[test]
fn integer_codes_read_and_print_as_on_the_wire() {
    assert_eq!(Code::InvalidCredentials.as_str(), "1200");
    assert_eq!(Code::InvalidCredentials.as_u32(), 1200);
    assert_eq!(Code::from_u32(1200), Some(Code::InvalidCredentials));
    assert_eq!(Code::parse("1200"), Some(Code::InvalidCredentials));
    assert_eq!("2002".parse::<Code>(), Ok(Code::BankAccountTokenFailed));
    assert_eq!(Code::from_u32(1214), None, "1214 is not on the page");
    assert_eq!(
        Code::parse("01200"),
        None,
        "codes match as the API writes them"
    );
    for code in Code::ALL {
        assert_eq!(Code::from_u32(code.as_u32()), Some(*code));
        assert_eq!(code.as_str(), code.as_u32().to_string());
    }
}

#[test]
fn repeated_messages_are_distinct_variants() {
    assert_eq!(
        Code::UnauthorizedProduct.message(),
        Code::SandboxCredentialsRequired.message()
    );
    assert_ne!(Code::UnauthorizedProduct, Code::SandboxCredentialsRequired);
    assert_eq!(Code::InstitutionTypeNotSupported.message(), "invalid type");
    assert_eq!(Code::InvalidType.message(), "invalid type");
    assert_eq!(Code::ExtractorError.as_u32(), 1700);
    assert_eq!(Code::ExtractorErrorRetry.as_u32(), 1701);
}

#[test]
fn status_is_per_code_not_per_range() {
    assert_eq!(
        Code::MfaNotRequired.status(),
        Some(401),
        "1218 is 401 among 402s"
    );
    assert_eq!(Code::MfaReset.status(), Some(402));
    assert_eq!(Code::WellsAccountNotSupported.status(), Some(402));
    assert_eq!(ConnectStepError::MfaNotRequired.status(), 401);
}

#[test]
fn retry_guidance_follows_the_resolve_text() {
    let retryable: Vec<(u32, Retry)> = Code::ALL
        .iter()
        .filter(|c| c.retry() != Retry::Never)
        .map(|c| (c.as_u32(), c.retry()))
        .collect();
    assert_eq!(
        retryable,
        [
            (1113, Retry::Backoff),
            (1302, Retry::Backoff),
            (1303, Retry::Later),
            (1701, Retry::Backoff),
            (1800, Retry::Later),
            (2002, Retry::Backoff),
        ]
    );
}

#[test]
fn the_stripe_codes_belong_to_exchange_token_alone() {
    assert!(ExchangeTokenError::CODES.contains(&Code::NonDepositoryAccount));
    assert!(ExchangeTokenError::CODES.contains(&Code::BankAccountTokenFailed));
    assert!(!ConnectGetError::CODES.contains(&Code::NonDepositoryAccount));
    assert_eq!(ExchangeTokenError::ENDPOINT.path, Some("/exchange_token"));
    let error: &dyn CatalogError = &ExchangeTokenError::BankAccountTokenFailed;
    assert_eq!(
        error.description(),
        "The bank account token could not be generated. Try again."
    );
}

#[test]
fn modelled_routes_follow_the_codes_wording() {
    // 1213 is about PATCH requests; 1218 about MFA steps; 1507 about /connect/get's dates.
    assert!(ConnectUpdateError::CODES.contains(&Code::InvalidPatchUsername));
    assert!(!ConnectStepError::CODES.contains(&Code::InvalidPatchUsername));
    assert!(ConnectStepError::CODES.contains(&Code::MfaNotRequired));
    assert!(ConnectGetError::CODES.contains(&Code::InvalidDate));
    // Maintenance can hit every route.
    assert!(ConnectGetError::CODES.contains(&Code::PlannedMaintenance));
    assert!(ExchangeTokenError::CODES.contains(&Code::PlannedMaintenance));
}
