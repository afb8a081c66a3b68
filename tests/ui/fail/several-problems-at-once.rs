mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/several-problems-at-once.toml");
}

fn main() {}
