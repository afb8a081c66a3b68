//! `error-catalog openapi`: every catalog's document validates against the official
//! OpenAPI 3.1 schema (`fixtures/openapi-3.1-schema.json`, its source beside it), and says
//! what the catalog says: an endpoint's code enum is exactly its codes, responses go by
//! status, with the catalog's examples.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn document(catalog: &str) -> Value {
    let bytes = std::fs::read(root().join(catalog)).unwrap();
    let text = error_catalog_cli::openapi(catalog, &bytes).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_catalog_s_document_is_valid_openapi_3_1() {
    let schema: Value =
        serde_json::from_str(include_str!("fixtures/openapi-3.1-schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for catalog in [
        "catalogs/aerosync.toml",
        "catalogs/plaid.toml",
        "tests/fixtures/wire/stripe_like.toml",
        "tests/fixtures/wire/twilio_like.toml",
        "tests/fixtures/wire/github_like.toml",
        "tests/fixtures/wire/problem_details.toml",
        "tests/fixtures/wire/statuses_unlisted.toml",
        "cli/tests/fixtures/problem_types.toml",
    ] {
        let document = document(catalog);
        let errors: Vec<String> = validator
            .iter_errors(&document)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{catalog}: {errors:#?}");
    }
    // The validator does reject what is not OpenAPI.
    let mut broken = document("catalogs/aerosync.toml");
    broken["openapi"] = Value::from("2.0");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn codes_whose_status_is_unlisted_are_the_default_response() {
    let document = document("tests/fixtures/wire/statuses_unlisted.toml");
    let responses = &document["paths"]["/v1/charges"]["post"]["responses"];
    let keys: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["429", "default"]);
    let examples = responses["default"]["content"]["application/json"]["examples"]
        .as_object()
        .unwrap();
    let codes: Vec<&String> = examples.keys().collect();
    assert_eq!(codes, ["card_declined", "expired_card"]);
}

#[test]
fn the_title_is_the_catalog_s_title_else_its_name_s_errors() {
    assert_eq!(
        document("cli/tests/fixtures/problem_types.toml")["info"]["title"],
        "Example API problem types"
    );
    assert_eq!(
        document("catalogs/aerosync.toml")["info"]["title"],
        "aerosync errors"
    );
}

#[test]
fn an_endpoint_s_schema_has_exactly_its_codes_and_its_responses_go_by_status() {
    let document = document("catalogs/aerosync.toml");
    let codes = &document["components"]["schemas"]["AccountsError"]["properties"]["error"]["properties"]
        ["code"]["enum"];
    assert_eq!(
        codes,
        &serde_json::json!(["AC-100", "AC-001", "AC-102", "AC-103", "AC-104"])
    );
    let responses = &document["paths"]["/v2/accounts/{connectionId}"]["get"]["responses"];
    let statuses: Vec<&String> = responses.as_object().unwrap().keys().collect();
    assert_eq!(statuses, ["400", "403", "404"]);
    let not_found = &responses["404"]["content"]["application/json"];
    assert_eq!(
        not_found["schema"]["$ref"],
        "#/components/schemas/AccountsError"
    );
    // The catalog's own example, where it has one; otherwise one made from the template.
    assert_eq!(
        not_found["examples"]["AC-102"]["value"],
        serde_json::json!({"error": {"code": "AC-102", "message": "User conn_7f3a9c not found."}})
    );
    assert_eq!(
        responses["400"]["content"]["application/json"]["examples"]["AC-104"]["value"]["error"]["code"],
        "AC-104"
    );
    // Widget endpoints send no HTTP responses: no schema.
    assert!(
        document["components"]["schemas"]
            .get("WidgetError")
            .is_none()
    );
}

#[test]
fn integer_codes_required_fields_and_the_media_type_are_kept() {
    let plaid = document("catalogs/plaid.toml");
    let code = &plaid["components"]["schemas"]["ExchangeTokenError"]["properties"]["code"];
    assert_eq!(code["type"], "integer");
    assert!(
        code["enum"]
            .as_array()
            .unwrap()
            .contains(&Value::from(2001))
    );
    let twilio = document("tests/fixtures/wire/twilio_like.toml");
    let required = &twilio["components"]["schemas"]["SendMessageError"]["required"];
    assert!(
        required
            .as_array()
            .unwrap()
            .contains(&Value::from("more_info")),
        "{required}"
    );
    let problem = document("tests/fixtures/wire/problem_details.toml");
    assert!(problem["paths"]["/purchases"]["post"]["responses"]["403"]["content"]["application/problem+json"].is_object());
}
