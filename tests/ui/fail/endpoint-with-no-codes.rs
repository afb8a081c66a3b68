mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/endpoint-with-no-codes.toml");
}

fn main() {}
