// Integer catalogs work the same way: a handler covering every code of an endpoint compiles.
mod plaid {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/plaid.toml");
}

include!("../handlers/exchange_token.rs");

fn main() {
    assert_eq!(on_exchange_token_error(&plaid::ExchangeTokenError::BankAccountTokenFailed), "retry");
}
