mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/example-message-does-not-fit.toml");
}

fn main() {}
