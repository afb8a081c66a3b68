// A handler that covers every code `accounts` can return compiles.
mod aerosync {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/aerosync.toml");
}

include!("../handlers/accounts.rs");

fn main() {
    let error = aerosync::AccountsError::UserNotFound { connection_id: "c".to_owned() };
    assert_eq!(on_accounts_error(&error), "ask the user to relink");
}
