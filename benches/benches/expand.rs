//! The macro's own work, in process: load (parse, validate) and generate, for both
//! catalogs and a 2,000-code x 200-endpoint synthetic one.
//!
//! The macro writes its expansion as text and hands it to rustc's lexer: `load_and_generate`
//! is the macro's own work.
//!
//! `cargo bench -p error-catalog-benches --bench expand`; for the unoptimized build a
//! proc-macro runs as, `cargo bench --profile dev -p error-catalog-benches --bench expand`.

use error_catalog_codegen::{generate, load};

fn main() {
    divan::main();
}

const AEROSYNC: &[u8] = include_bytes!("../../catalogs/aerosync.toml");
const PLAID: &[u8] = include_bytes!("../../catalogs/plaid.toml");

/// The catalog a bench argument names.
fn bytes(catalog: &str) -> Vec<u8> {
    match catalog {
        "aerosync" => AEROSYNC.to_vec(),
        "plaid" => PLAID.to_vec(),
        _ => error_catalog_synthetic::catalog(2000, 200, 1).into_bytes(),
    }
}

#[divan::bench(args = ["aerosync", "plaid", "synthetic_2000x200"])]
fn load_and_generate(bencher: divan::Bencher, catalog: &str) {
    let bytes = bytes(catalog);
    bencher.bench(|| {
        let model = load(divan::black_box(&bytes)).unwrap();
        generate(&model, None)
    });
}

#[divan::bench(args = ["aerosync", "plaid", "synthetic_2000x200"])]
fn load_only(bencher: divan::Bencher, catalog: &str) {
    let bytes = bytes(catalog);
    bencher.bench(|| load(divan::black_box(&bytes)).unwrap());
}
