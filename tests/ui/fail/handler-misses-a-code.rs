// Forgetting one of the endpoint's codes is a compile error that names it.
mod aerosync {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/aerosync.toml");
}

fn on_accounts_error(error: &aerosync::AccountsError) -> &'static str {
    use aerosync::AccountsError as E;
    match error {
        E::InvalidRequest => "fix the request",
        E::InvalidToken => "renew the token",
        E::UserNotFound { .. } | E::IncompleteAccountData => "ask the user to relink",
    }
}

fn main() {
    on_accounts_error(&aerosync::AccountsError::InvalidToken);
}
