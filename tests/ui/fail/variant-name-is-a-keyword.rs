mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/variant-name-is-a-keyword.toml");
}

fn main() {}
