// `accounts` cannot return AC-108 (MFA locked): its enum has no such variant.
mod aerosync {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/aerosync.toml");
}

fn main() {
    let _ = aerosync::AccountsError::MfaLocked;
}
