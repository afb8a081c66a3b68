//! Writes the synthetic catalog the runtime benchmarks expand, into `OUT_DIR`.

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_default();
    let catalog = error_catalog_synthetic::catalog(2000, 20, 1);
    if let Err(error) = std::fs::write(format!("{out}/synthetic.toml"), catalog) {
        println!("cargo::error=cannot write the synthetic catalog: {error}");
    }
    println!("cargo::rerun-if-changed=build.rs");
}
