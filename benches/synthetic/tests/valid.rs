//! Synthetic catalogs are valid, deterministic, and of the size asked for.

#[test]
fn catalogs_are_valid_and_deterministic_for_a_seed() {
    for (codes, endpoints) in [(1, 1), (40, 6), (2000, 200)] {
        let text = error_catalog_synthetic::catalog(codes, endpoints, 7);
        assert_eq!(text, error_catalog_synthetic::catalog(codes, endpoints, 7));
        let catalog = error_catalog_codegen::load(text.as_bytes()).unwrap();
        assert_eq!(catalog.codes.len(), codes);
        assert_eq!(catalog.endpoints.len(), endpoints);
        assert!(
            catalog
                .endpoints
                .iter()
                .all(|e| (1..=30).contains(&e.entries.len()))
        );
    }
    assert_ne!(
        error_catalog_synthetic::catalog(40, 6, 7),
        error_catalog_synthetic::catalog(40, 6, 8)
    );
}
