mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/undefined-code.toml");
}

fn main() {}
