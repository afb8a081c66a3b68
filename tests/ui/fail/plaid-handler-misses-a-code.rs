// Forgetting 2002 (unable to generate bank account token) on /exchange_token.
mod plaid {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/plaid.toml");
}

fn on_exchange_token_error(error: &plaid::ExchangeTokenError) -> &'static str {
    use plaid::ExchangeTokenError as E;
    match error {
        E::InvalidContentType | E::ClientIdMissing | E::SecretMissing => "fix the request",
        E::InvalidSecretOrClientId | E::SandboxCredentialsRequired | E::UnauthorizedEnvironment => "fix the keys",
        E::RateLimitExceeded => "retry with backoff",
        E::BadPublicToken | E::MissingPublicToken => "restart Link",
        E::AccountNotFound | E::NonDepositoryAccount => "ask for a checking or savings account",
        E::PlaidError | E::PlannedMaintenance => "try again later",
    }
}

fn main() {
    on_exchange_token_error(&plaid::ExchangeTokenError::PlaidError);
}
