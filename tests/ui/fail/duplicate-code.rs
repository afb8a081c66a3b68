mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/duplicate-code.toml");
}

fn main() {}
