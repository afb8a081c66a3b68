mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/placeholder-not-an-identifier.toml");
}

fn main() {}
