//! Compile-time behaviour, checked with trybuild: what compiles, what does not, and the
//! error each mistake gets (`ui/fail/*.stderr`).
//!
//! trybuild builds the cases in its own crate under `target/`, whose `CARGO_MANIFEST_DIR`
//! is not this one. The cases therefore name catalogs as `$ERROR_CATALOG_UI/x.toml`, a
//! path form users have too (for catalogs under `$OUT_DIR`), and this harness points the
//! variable at a directory holding the fixtures. The one case whose error shows the
//! resolved path names `$ERROR_CATALOG_UI_SOURCE/…`, this crate's own `ui/catalogs`, which
//! trybuild writes as `$WORKSPACE/…` wherever the target directory is.

use std::fs;
use std::path::Path;

#[test]
fn ui() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ui-catalogs");
    fs::create_dir_all(&dir).unwrap();
    for entry in fs::read_dir(here.join("ui/catalogs")).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    fs::copy(here.join("../catalogs/plaid.toml"), dir.join("plaid.toml")).unwrap();
    fs::copy(
        here.join("fixtures/wire/statuses_unlisted.toml"),
        dir.join("statuses_unlisted.toml"),
    )
    .unwrap();
    let aerosync = fs::read_to_string(here.join("../catalogs/aerosync.toml")).unwrap();
    fs::write(dir.join("aerosync.toml"), &aerosync).unwrap();
    fs::write(
        dir.join("aerosync-accounts-gains-a-code.toml"),
        accounts_gains(&aerosync, "AC-106"),
    )
    .unwrap();

    // Set before trybuild spawns cargo, which inherits it; this is the only test in this
    // binary, so no other thread reads the environment meanwhile.
    #[allow(unsafe_code)]
    unsafe {
        std::env::set_var("ERROR_CATALOG_UI", &dir);
        std::env::set_var("ERROR_CATALOG_UI_SOURCE", here.join("ui/catalogs"));
    }
    let cases = trybuild::TestCases::new();
    cases.pass("ui/pass/*.rs");
    cases.compile_fail("ui/fail/*.rs");
}

/// The catalog with `code` added to the `accounts` endpoint: the server started returning
/// a code the handlers were written without.
fn accounts_gains(catalog: &str, code: &str) -> String {
    let section = catalog
        .find("[endpoints.accounts]")
        .expect("aerosync.toml has [endpoints.accounts]");
    let list = section
        + catalog[section..]
            .find("codes = [")
            .expect("accounts has a codes list")
        + "codes = [".len();
    format!("{}\"{code}\", {}", &catalog[..list], &catalog[list..])
}
