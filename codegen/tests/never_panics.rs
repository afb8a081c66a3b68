//! The pipeline (parse, validate, generate, check) returns diagnostics for any input and
//! never panics (the CLI's `docs_never_panic` does the same for the error page). Three generators: arbitrary bytes; the shipped catalogs with random edits
//! (near-valid input reaches validation and generation, not just the TOML parser); and a
//! soup of catalog fragments. `PROPTEST_CASES` sets how many cases each runs (default 256).

use error_catalog_codegen::{generate, load, render};
use proptest::prelude::*;

const CATALOGS: [&[u8]; 2] = [
    include_bytes!("../../catalogs/aerosync.toml"),
    include_bytes!("../../catalogs/plaid.toml"),
];

/// Everything a user could do with the bytes: load, then generate or check.
fn run_pipeline(bytes: &[u8]) {
    match load(bytes) {
        Ok(catalog) => {
            let _ = generate(&catalog, None);
            let _ = error_catalog_codegen::check(bytes, &[]);
        }
        Err(diagnostics) => {
            assert!(!diagnostics.is_empty());
            let rendered = render(&diagnostics, "catalogs/fuzz.toml", bytes);
            assert_eq!(rendered.len(), diagnostics.len());
        }
    }
}

/// A random edit: delete a range, insert bytes, or repeat a slice elsewhere.
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Repeat(usize, usize, usize),
}

fn apply(mut bytes: Vec<u8>, edits: &[Edit]) -> Vec<u8> {
    for edit in edits {
        let len = bytes.len().max(1);
        match edit {
            Edit::Delete(at, n) => {
                let start = at % len;
                let end = (start + n).min(bytes.len());
                bytes.drain(start.min(end)..end);
            }
            Edit::Insert(at, new) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, new.iter().copied());
            }
            Edit::Repeat(from, n, to) => {
                let start = (from % len).min(bytes.len());
                let slice: Vec<u8> = bytes[start..(start + n).min(bytes.len())].to_vec();
                let to = (to % len).min(bytes.len());
                bytes.splice(to..to, slice);
            }
        }
    }
    bytes
}

const FRAGMENTS: &[&str] = &[
    "[groups.g]\n",
    "{ group = \"g\" }",
    "examples = [",
    "{ error = { code = \"E-1\", message = \"m <x\" } }",
    "\"T | Code: E-1 | Message: m\"",
    "lints = { missing-description = \"allow\" }\n",
    "[wire.fields]\nf = { pointer = \"/e/f\", type = \"integer\", required = true }\n",
    "\"\"\"a \\\n  <b\"\"\"",
    "\"\\u00e9 \\t <x\"",
    "[catalog]\n",
    "title = ",
    "docs_url = ",
    "\"https://x.io/e\"",
    "\"https://x.io/e#a\"",
    "[wire]\n",
    "[codes.",
    "[endpoints.",
    "]\n",
    "name = ",
    "code_type = ",
    "status = ",
    "message = ",
    "retry = ",
    "codes = ",
    "transport = ",
    "widget = ",
    "error_type = ",
    "code = ",
    "\"string\"",
    "\"integer\"",
    "\"never\"",
    "\"widget\"",
    "\"<type> | Code: <code>\"",
    "\"A <b> <<c\"",
    "\"<\"",
    "\"<a><A>\"",
    "\"X\"",
    "\"Self\"",
    "\"/c\"",
    "AC-100",
    "1200",
    "404",
    "-1",
    "99999999999",
    "[",
    "]",
    "{",
    "}",
    ",",
    "=",
    "\"",
    "'",
    "\n",
    " ",
    "#",
    "é",
    "\u{0}",
    "\\u0000",
    "\"\"\"",
];

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    let edit = prop_oneof![
        (any::<usize>(), 0..64usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (
            any::<usize>(),
            proptest::collection::vec(any::<u8>(), 0..16)
        )
            .prop_map(|(a, b)| Edit::Insert(a, b)),
        (any::<usize>(), proptest::sample::select(FRAGMENTS))
            .prop_map(|(a, f)| Edit::Insert(a, f.as_bytes().to_vec())),
        (any::<usize>(), 0..200usize, any::<usize>()).prop_map(|(f, n, t)| Edit::Repeat(f, n, t)),
    ];
    proptest::collection::vec(edit, 1..6)
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        run_pipeline(&bytes);
    }

    #[test]
    fn edited_real_catalogs_never_panic(which in 0..2usize, edits in edits()) {
        run_pipeline(&apply(CATALOGS[which].to_vec(), &edits));
    }

    #[test]
    fn fragment_soup_never_panics(parts in proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..80)) {
        run_pipeline(parts.concat().as_bytes());
    }
}
