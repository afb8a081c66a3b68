mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/code-listed-twice.toml");
}

fn main() {}
