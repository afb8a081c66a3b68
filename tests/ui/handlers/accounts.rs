/// What the app does about an error of `GET /v2/accounts/{connectionId}`.
fn on_accounts_error(error: &aerosync::AccountsError) -> &'static str {
    use aerosync::AccountsError as E;
    match error {
        E::InvalidRequest => "fix the request",
        E::InvalidToken => "renew the token",
        E::UserNotFound { .. } | E::IncompleteAccountData => "ask the user to relink",
        E::BankConnectionIssue => "retry with backoff",
    }
}
