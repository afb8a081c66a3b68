// A path that names no file says which path was tried.
mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI_SOURCE/no-such-catalog.toml");
}

fn main() {}
