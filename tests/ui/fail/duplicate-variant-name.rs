mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/duplicate-variant-name.toml");
}

fn main() {}
