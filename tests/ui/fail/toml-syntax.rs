mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/toml-syntax.toml");
}

fn main() {}
