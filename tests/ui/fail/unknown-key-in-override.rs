mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/unknown-key-in-override.toml");
}

fn main() {}
