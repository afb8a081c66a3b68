//! The page's element ids. A code's anchor is a contract (servers and other pages link to
//! `#AC-102`, and a problem `type` of `<docs_url>#out-of-credit` to `#out-of-credit`), so
//! codes are given theirs first; every other id yields to them.
//!
//! - A code linked through `docs_url` has its fragment; any other code, its text.
//! - A code whose text is another, linked code's fragment gets `<text>-2` (`-3`, …).
//! - An endpoint has `endpoint-<key>`, the two sections `codes` and `endpoints`; one of
//!   those that a code already has gets the next free numbered suffix too.

use error_catalog_codegen::model::Catalog;
use std::collections::HashSet;

/// Every id on the page.
pub(super) struct Anchors {
    /// Each code's, by index.
    pub codes: Vec<String>,
    /// Each endpoint's, by index.
    pub endpoints: Vec<String>,
    /// The codes table's section.
    pub codes_section: String,
    /// The endpoints' section.
    pub endpoints_section: String,
}

impl Anchors {
    pub fn new(catalog: &Catalog) -> Self {
        let mut taken = HashSet::new();
        let mut codes: Vec<Option<String>> = vec![None; catalog.codes.len()];
        // Linked codes first, then the others by their text: only a linked fragment can
        // equal another code's text (codes are unique).
        for (slot, code) in codes.iter_mut().zip(&catalog.codes) {
            if let Some(fragment) = catalog.linked_fragment(code) {
                taken.insert(fragment.to_owned());
                *slot = Some(fragment.to_owned());
            }
        }
        for (slot, code) in codes.iter_mut().zip(&catalog.codes) {
            if slot.is_none() && taken.insert(code.code.clone()) {
                *slot = Some(code.code.clone());
            }
        }
        let mut claim = |wanted: &str| free(&mut taken, wanted);
        let codes = codes
            .into_iter()
            .zip(&catalog.codes)
            .map(|(slot, code)| slot.unwrap_or_else(|| claim(&code.code)))
            .collect();
        let endpoints = catalog
            .endpoints
            .iter()
            .map(|endpoint| claim(&format!("endpoint-{}", endpoint.key)))
            .collect();
        Self {
            codes,
            endpoints,
            codes_section: claim("codes"),
            endpoints_section: claim("endpoints"),
        }
    }
}

/// `wanted` if no element has it yet, else `wanted-2`, `wanted-3`, …; now taken.
fn free(taken: &mut HashSet<String>, wanted: &str) -> String {
    let mut id = wanted.to_owned();
    let mut n = 1;
    while !taken.insert(id.clone()) {
        n += 1;
        id = format!("{wanted}-{n}");
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write as _;

    fn catalog(docs_url: &str, codes: &[&str], endpoints: &[&str]) -> Catalog {
        let mut source = format!(
            "[catalog]\nname = \"t\"\ncode_type = \"string\"\n{docs_url}\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n"
        );
        for (i, code) in codes.iter().enumerate() {
            let _ = write!(
                source,
                "[codes.\"{code}\"]\nname = \"C{i}\"\nstatus = 400\nmessage = \"m\"\nretry = \"never\"\n"
            );
        }
        let list: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
        for key in endpoints {
            let _ = write!(source, "[endpoints.{key}]\ncodes = [{}]\n", list.join(", "));
        }
        error_catalog_codegen::load(source.as_bytes()).unwrap()
    }

    #[test]
    fn codes_are_their_own_anchors_and_endpoints_are_prefixed() {
        let anchors = Anchors::new(&catalog("", &["AC-102", "1200"], &["accounts"]));
        assert_eq!(anchors.codes, ["AC-102", "1200"]);
        assert_eq!(anchors.endpoints, ["endpoint-accounts"]);
        assert_eq!(
            (
                anchors.codes_section.as_str(),
                anchors.endpoints_section.as_str()
            ),
            ("codes", "endpoints")
        );
    }

    #[test]
    fn a_linked_problem_type_is_anchored_at_its_fragment_and_keeps_it_in_a_collision() {
        let anchors = Anchors::new(&catalog(
            "docs_url = \"https://x.io/errors\"",
            &[
                "out-of-credit",
                "https://x.io/errors#out-of-credit",
                "https://y.io/probs#gone",
                "https://x.io/errors#",
            ],
            &["e"],
        ));
        assert_eq!(
            anchors.codes,
            [
                "out-of-credit-2",
                "out-of-credit",
                "https://y.io/probs#gone",
                "https://x.io/errors#"
            ]
        );
    }

    #[test]
    fn ids_that_codes_have_are_given_to_no_endpoint_or_section() {
        let anchors = Anchors::new(&catalog(
            "",
            &["endpoint-a", "codes", "endpoints-2"],
            &["a"],
        ));
        assert_eq!(anchors.codes, ["endpoint-a", "codes", "endpoints-2"]);
        assert_eq!(anchors.endpoints, ["endpoint-a-2"]);
        assert_eq!(anchors.codes_section, "codes-2");
        assert_eq!(anchors.endpoints_section, "endpoints");
    }
}
