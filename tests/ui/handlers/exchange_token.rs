/// What the app does about an error of Plaid's `POST /exchange_token`.
fn on_exchange_token_error(error: &plaid::ExchangeTokenError) -> &'static str {
    use plaid::ExchangeTokenError as E;
    match error {
        E::InvalidContentType | E::ClientIdMissing | E::SecretMissing => "fix the request",
        E::InvalidSecretOrClientId | E::SandboxCredentialsRequired | E::UnauthorizedEnvironment => "fix the keys",
        E::RateLimitExceeded => "retry with backoff",
        E::BadPublicToken | E::MissingPublicToken => "restart Link",
        E::AccountNotFound | E::NonDepositoryAccount => "ask for a checking or savings account",
        E::BankAccountTokenFailed => "retry",
        E::PlaidError | E::PlannedMaintenance => "try again later",
    }
}
