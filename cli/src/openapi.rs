//! `error-catalog openapi CATALOG`: the catalog as an OpenAPI 3.1 document, for other
//! languages' clients and API tooling. Each HTTP endpoint's error body is a schema in the
//! catalog's wire shape whose code is an `enum` of exactly that endpoint's codes; each
//! endpoint with a method and a path gets its error responses by status, with examples.

use error_catalog_codegen::model::{
    Catalog, CodeType, Endpoint, Entry, FieldKind, FieldSource, Transport,
};
use error_catalog_codegen::names::to_upper_camel_case;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// The document for `catalog`, as pretty JSON.
pub fn render(catalog: &Catalog) -> String {
    serde_json::to_string_pretty(&document(catalog)).unwrap_or_default()
}

fn document(catalog: &Catalog) -> Value {
    let http: Vec<&Endpoint> = catalog
        .endpoints
        .iter()
        .filter(|e| e.transport == Transport::Http)
        .collect();
    let mut schemas = Map::new();
    for endpoint in &http {
        schemas.insert(schema_name(endpoint), body_schema(catalog, endpoint));
    }
    let mut paths = Map::new();
    for endpoint in &http {
        let (Some(method), Some(path)) = (&endpoint.method, &endpoint.path) else {
            continue;
        };
        let item = paths
            .entry(path.clone())
            .or_insert_with(|| Value::Object(Map::new()));
        if let Value::Object(item) = item {
            item.insert(
                method.to_ascii_lowercase(),
                json!({
                    "operationId": endpoint.key,
                    "responses": responses(catalog, endpoint),
                }),
            );
        }
    }
    let mut info = Map::new();
    info.insert("title".into(), json!(catalog.page_title()));
    info.insert("version".into(), json!("catalog"));
    if let Some(description) = &catalog.description {
        info.insert("description".into(), json!(description));
    }
    json!({
        "openapi": "3.1.0",
        "info": info,
        "paths": paths,
        "components": { "schemas": schemas },
    })
}

/// `AccountsError`, as the generated Rust enum is named.
fn schema_name(endpoint: &Endpoint) -> String {
    format!("{}Error", to_upper_camel_case(&endpoint.key))
}

/// The endpoint's error body: objects along the catalog's pointers, the code an `enum` of
/// its codes.
fn body_schema(catalog: &Catalog, endpoint: &Endpoint) -> Value {
    let wire = &catalog.wire;
    let mut leaves: Vec<(&str, Value, bool)> = Vec::new();
    if let Some(code) = &wire.code {
        let codes: Vec<Value> = endpoint
            .entries
            .iter()
            .map(|entry| {
                let code = catalog.code_of(entry);
                match (catalog.code_type, code.number) {
                    (CodeType::Integer, Some(number)) => json!(number),
                    _ => json!(code.code),
                }
            })
            .collect();
        let kind = if catalog.code_type == CodeType::Integer {
            "integer"
        } else {
            "string"
        };
        leaves.push((code, json!({ "type": kind, "enum": codes }), true));
    }
    leaves.push((&wire.message, json!({ "type": "string" }), true));
    if let Some(description) = &wire.description {
        leaves.push((description, json!({ "type": "string" }), false));
    }
    if let Some(status) = &wire.status {
        let statuses: Vec<Value> = statuses(endpoint).keys().map(|s| json!(s)).collect();
        if endpoint.statuses_listed {
            leaves.push((status, json!({ "type": "integer", "enum": statuses }), true));
        } else {
            leaves.push((status, json!({ "type": "integer" }), false));
        }
    }
    for field in &wire.fields {
        if let FieldSource::Body(pointer) = &field.source {
            let kind = match field.kind {
                FieldKind::String => "string",
                FieldKind::Integer => "integer",
                FieldKind::Boolean => "boolean",
            };
            leaves.push((pointer, json!({ "type": kind }), field.required));
        }
    }
    let mut schema = object(&leaves, 0);
    if let Value::Object(schema) = &mut schema {
        schema.insert(
            "description".into(),
            json!(format!(
                "An error body of `{}`: exactly the codes the catalog lists for it.",
                endpoint.key
            )),
        );
    }
    schema
}

/// The object schema of the leaves whose pointers pass through it, `depth` tokens down.
fn object(leaves: &[(&str, Value, bool)], depth: usize) -> Value {
    let token = |pointer: &str| {
        error_catalog_core::pointer::tokens(pointer)
            .nth(depth)
            .map(str::to_owned)
    };
    let mut properties = Map::new();
    let mut required: Vec<Value> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for (pointer, _, _) in leaves {
        if let Some(key) = token(pointer)
            && !keys.contains(&key)
        {
            keys.push(key);
        }
    }
    for key in keys {
        let under: Vec<(&str, Value, bool)> = leaves
            .iter()
            .filter(|(p, _, _)| token(p).as_deref() == Some(key.as_str()))
            .cloned()
            .collect();
        let name = error_catalog_core::pointer::unescape(&key).into_owned();
        let leaf = under
            .iter()
            .find(|(p, _, _)| error_catalog_core::pointer::tokens(p).count() == depth + 1);
        let (schema, needed) = match leaf {
            Some((_, schema, needed)) => (schema.clone(), *needed),
            None => (object(&under, depth + 1), under.iter().any(|(_, _, r)| *r)),
        };
        if needed {
            required.push(json!(name));
        }
        properties.insert(name, schema);
    }
    json!({ "type": "object", "properties": properties, "required": required })
}

/// A body for an entry the catalog gives no example of: its code, its message template
/// (placeholders as written), and the rest of the wire's fields at their empty values.
fn made_up(catalog: &Catalog, entry: &Entry, status: Option<u16>) -> Value {
    let wire = &catalog.wire;
    let code = catalog.code_of(entry);
    let mut body = Value::Object(Map::new());
    if let Some(pointer) = &wire.code {
        let value = match (catalog.code_type, code.number) {
            (CodeType::Integer, Some(number)) => json!(number),
            _ => json!(code.code),
        };
        put(&mut body, pointer, value);
    }
    put(&mut body, &wire.message, json!(entry.message.text));
    if let Some(pointer) = &wire.description {
        put(&mut body, pointer, json!(entry.description));
    }
    if let (Some(pointer), Some(status)) = (&wire.status, status) {
        put(&mut body, pointer, json!(status));
    }
    for field in wire.fields.iter().filter(|f| f.required) {
        if let FieldSource::Body(pointer) = &field.source {
            let empty = match field.kind {
                FieldKind::String => json!(""),
                FieldKind::Integer => json!(0),
                FieldKind::Boolean => json!(false),
            };
            put(&mut body, pointer, empty);
        }
    }
    body
}

/// Sets `value` at `pointer` in `body`, making the objects on the way.
fn put(body: &mut Value, pointer: &str, value: Value) {
    let tokens: Vec<String> = error_catalog_core::pointer::tokens(pointer)
        .map(|t| error_catalog_core::pointer::unescape(t).into_owned())
        .collect();
    let Some((last, path)) = tokens.split_last() else {
        return;
    };
    let mut at = body;
    for token in path {
        let Value::Object(object) = at else { return };
        at = object
            .entry(token.clone())
            .or_insert_with(|| Value::Object(Map::new()));
    }
    if let Value::Object(object) = at {
        object.insert(last.clone(), value);
    }
}

/// The endpoint's entries by status, in status order.
fn statuses(endpoint: &Endpoint) -> BTreeMap<u16, Vec<&Entry>> {
    let mut by_status: BTreeMap<u16, Vec<&Entry>> = BTreeMap::new();
    for entry in &endpoint.entries {
        if let Some(status) = entry.status {
            by_status.entry(status).or_default().push(entry);
        }
    }
    by_status
}

/// The responses' keys and entries: one per status, then, for entries whose status the
/// catalog does not list, OpenAPI's `default` (any other status).
fn by_response(endpoint: &Endpoint) -> Vec<(String, Option<u16>, Vec<&Entry>)> {
    let mut responses: Vec<(String, Option<u16>, Vec<&Entry>)> = statuses(endpoint)
        .into_iter()
        .map(|(status, entries)| (status.to_string(), Some(status), entries))
        .collect();
    let unlisted: Vec<&Entry> = endpoint
        .entries
        .iter()
        .filter(|entry| entry.status.is_none())
        .collect();
    if !unlisted.is_empty() {
        responses.push(("default".to_owned(), None, unlisted));
    }
    responses
}

/// The operation's error responses: one per status, naming its codes, with an example
/// per code (the catalog's own where it has one).
fn responses(catalog: &Catalog, endpoint: &Endpoint) -> Value {
    let mut responses = Map::new();
    let media_type = catalog
        .wire
        .media_type
        .clone()
        .unwrap_or_else(|| "application/json".to_owned());
    for (key, status, entries) in by_response(endpoint) {
        let lines: Vec<String> = entries
            .iter()
            .map(|entry| format!("`{}`: {}", catalog.code_of(entry).code, entry.message.text))
            .collect();
        let mut examples = Map::new();
        for entry in &entries {
            let code = catalog.code_of(entry);
            let example = entry
                .examples
                .iter()
                .chain(&code.examples)
                .find_map(|e| serde_json::from_str::<Value>(e).ok())
                .unwrap_or_else(|| made_up(catalog, entry, status));
            examples.insert(code.code.clone(), json!({ "value": example }));
        }
        let mut content = Map::new();
        content.insert(
            "schema".into(),
            json!({ "$ref": format!("#/components/schemas/{}", schema_name(endpoint)) }),
        );
        if !examples.is_empty() {
            content.insert("examples".into(), Value::Object(examples));
        }
        responses.insert(
            key,
            json!({
                "description": lines.join("\n\n"),
                "content": { media_type.clone(): content },
            }),
        );
    }
    Value::Object(responses)
}
