// The same handler as the passing one, against a catalog where `accounts` gained AC-106:
// the handler stops compiling until it decides what to do about the new code.
mod aerosync {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/aerosync-accounts-gains-a-code.toml");
}

include!("../handlers/accounts.rs");

fn main() {
    on_accounts_error(&aerosync::AccountsError::InvalidToken);
}
