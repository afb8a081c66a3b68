//! The corpus of malformed catalogs: one file per mistake, in `tests/ui/catalogs/`, each
//! ending in the diagnostics it must get as `# expect: LINE:COL message` comments. A dozen
//! of them are also trybuild cases (`tests/ui/fail/`), which show the full compiler output.

use std::fs;
use std::path::Path;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/ui/catalogs");
    let mut files: Vec<(String, Vec<u8>)> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                fs::read(&path).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn expectations(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.strip_prefix("# expect: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_malformed_catalog_gets_exactly_its_expected_diagnostics() {
    let corpus = corpus();
    assert!(
        corpus.len() >= 30,
        "the corpus has {} catalogs",
        corpus.len()
    );
    for (name, bytes) in &corpus {
        let text = String::from_utf8_lossy(bytes);
        let expected = expectations(&text);
        assert!(!expected.is_empty(), "{name} says what it expects");
        let diagnostics = error_catalog_codegen::load(bytes).expect_err(name);
        let found: Vec<String> = diagnostics
            .iter()
            .map(|d| {
                let (line, col) = d.line_col(&text);
                format!("{line}:{col} {}", d.message)
            })
            .collect();
        assert_eq!(found, expected, "{name}");
    }
}

#[test]
fn every_diagnostic_says_where_what_and_how_to_fix_it() {
    for (name, bytes) in corpus() {
        let path = format!("catalogs/{name}");
        let diagnostics = error_catalog_codegen::load(&bytes).unwrap_err();
        let rendered = error_catalog_codegen::render(&diagnostics, &path, &bytes);
        let text = String::from_utf8_lossy(&bytes);
        for (diagnostic, rendered) in diagnostics.iter().zip(&rendered) {
            let (line, col) = diagnostic.line_col(&text);
            assert!(
                rendered.contains(&format!("--> {path}:{line}:{col}\n")),
                "{name}: {rendered}"
            );
            assert!(
                rendered.contains(&format!("\n{line} | ")),
                "{name}: the offending line is quoted\n{rendered}"
            );
            assert!(
                rendered.contains('^'),
                "{name}: a caret marks the spot\n{rendered}"
            );
            assert!(
                diagnostic.help.is_some(),
                "{name}: `{}` says how to fix it",
                diagnostic.message
            );
        }
    }
}
