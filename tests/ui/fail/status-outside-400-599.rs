mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/status-outside-400-599.toml");
}

fn main() {}
