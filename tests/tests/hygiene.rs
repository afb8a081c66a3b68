//! The expansions in `src/lib.rs` compile under `#![no_implicit_prelude]`, strict lints and
//! shadowing user items (CI's clippy checks that); here they are also used.

use error_catalog_tests::{aerosync, edge_cases, plaid, shadowed, status_from_a_function_body};

#[test]
fn the_expansion_inside_a_function_body_works() {
    assert_eq!(status_from_a_function_body(), 404);
}

#[test]
fn the_expansion_beside_shadowing_items_works() {
    let error = shadowed::AccountsError::UserNotFound {
        connection_id: "c-1".into(),
    };
    assert_eq!(error.to_string(), "User c-1 not found.");
    assert_eq!(
        "AC-102".parse::<shadowed::Code>(),
        Ok(shadowed::Code::UserNotFound)
    );
}

#[test]
fn two_catalogs_in_one_crate_keep_their_own_codes() {
    assert_eq!(aerosync::Code::ALL.len(), 20);
    assert_eq!(plaid::Code::ALL.len(), 62);
    assert_eq!(aerosync::Code::parse("1200"), None);
    assert_eq!(plaid::Code::parse("AC-102"), None);
}

#[test]
fn awkward_placeholders_and_messages_render_and_round_trip() {
    use edge_cases::EverythingError as E;
    let error = E::FormatterNamedField {
        f: "1".into(),
        f_: "2".into(),
        r#type: "3".into(),
    };
    assert_eq!(error.to_string(), "f is 1, f_ is 2, type is 3.");
    let braces = E::BracesAndQuotes { id: "x{}".into() };
    assert_eq!(
        braces.to_string(),
        "{not a format} \"quoted\" back\\slash <literal> and x{}"
    );
    let only = E::OnlyAPlaceholder {
        reason: "why".into(),
    };
    assert_eq!(only.to_string(), "why");
    for error in [error, braces, only, E::Plain] {
        let json = error.to_json();
        assert_eq!(
            E::from_response(error.status(), json.as_bytes())
                .unwrap()
                .error,
            error
        );
    }
    assert_eq!(
        "E\"2".parse::<edge_cases::Code>(),
        Ok(edge_cases::Code::BracesAndQuotes)
    );
}

#[test]
fn variants_and_fields_named_like_what_generated_code_uses_compile_and_behave() {
    use edge_cases::ShadowingError as E;
    let errors = [
        E::Ok {
            visit: "v".into(),
            values: "vs".into(),
            index: "i".into(),
        },
        E::Err { error: "e".into() },
        E::Some { option: "o".into() },
        E::None,
        E::Never {
            usize: "1".into(),
            code: "c".into(),
            self_: "s".into(),
        },
        E::Entry,
        E::Plain {
            values: "vs".into(),
            visit: "v".into(),
        },
    ];
    let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "v, vs and i",
            "Error: e.",
            "Some o.",
            "None.",
            "Never 1, c or s.",
            "Entry.",
            "vs v"
        ]
    );
    for error in errors {
        let json = error.to_json();
        let received = E::from_response(error.status(), json.as_bytes()).unwrap();
        assert_eq!(received.error, error);
        let code: edge_cases::Code = error.clone().into();
        assert_eq!(code, error.code());
        assert_eq!(code.as_str().parse(), Ok(code));
    }
    assert_eq!("E-6".parse::<edge_cases::Code>(), Ok(edge_cases::Code::Err));
}
