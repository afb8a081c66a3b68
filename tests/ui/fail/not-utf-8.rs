mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/not-utf-8.toml");
}

fn main() {}
