// An endpoint whose statuses the catalog does not list has no `status()`, and cannot be
// answered with as an `HttpError`: the compiler says so rather than a status being made up.
mod api {
    error_catalog::error_catalog!("$ERROR_CATALOG_UI/statuses_unlisted.toml");
}

fn status(error: &api::ChargesError) -> u16 {
    error.status()
}

fn answer(error: &api::ChargesError) -> u16 {
    error_catalog::HttpError::status(error)
}

fn main() {
    let _ = (status, answer);
}
