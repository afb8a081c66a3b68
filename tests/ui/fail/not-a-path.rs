mod api {
    error_catalog::error_catalog!(catalogs / aerosync);
}

fn main() {}
