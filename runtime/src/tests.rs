//! The runtime's behaviour on a catalog written by hand, as the macro would write it: what
//! every generated enum does is tested here once, without a compiler in the loop.

use crate::{
    Catalog, CatalogCode, CatalogError, CodeFacts, CodeType, Endpoint, EndpointError, Entry,
    ErrorBody, ExtraFields, Field, FieldKind, FieldValue, HttpError, Lookup, Received,
    ResponseError, Retry, Values, Visit, Wire,
};
use std::borrow::Cow;
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Code {
    UserNotFound,
    Bad,
    Timeout,
}

impl CatalogCode for Code {
    const CATALOG: Catalog = Catalog {
        name: "test",
        code_type: CodeType::String,
        wire: Wire::at("/error/code", "/error/message").description("/error/hint"),
        widget: Some("<type> | <code> | <message>"),
    };
    type Extra<'a> = Extra<'a>;
    const FACTS: &'static [CodeFacts<Self>] = &[
        CodeFacts::http(Code::UserNotFound, "A-1", 404, Retry::Never)
            .message("User <id> not found.")
            .description("Check the id."),
        CodeFacts::http(Code::Bad, "A-2", 400, Retry::Backoff).message("Bad."),
        CodeFacts::widget(Code::Timeout, "W-1", Retry::Later)
            .message("Try <when>.")
            .error_type("TIMEOUT"),
    ];
    // Empty: codes are found by comparing each (the macro always writes a table).
    const LOOKUP: Lookup = Lookup {
        seed: 0,
        pilots: &[],
        slots: &[],
    };

    fn index(self) -> usize {
        self as usize
    }
}

/// What the macro generates from `[wire.fields]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Extra<'a> {
    kind: Option<Cow<'a, str>>,
    attempts: Option<i64>,
    request_id: Option<Cow<'a, str>>,
}

impl<'a> ExtraFields<'a> for Extra<'a> {
    const FIELDS: &'static [Field] = &[
        Field::body("kind", "/error/type", FieldKind::String),
        Field::body("attempts", "/attempts", FieldKind::Integer),
        Field::header("request_id", "Request-Id", FieldKind::String),
    ];

    fn set(&mut self, index: usize, value: FieldValue<'a>) {
        match (index, value) {
            (0, FieldValue::String(value)) => self.kind = Some(value),
            (1, FieldValue::Integer(value)) => self.attempts = Some(value),
            (2, FieldValue::String(value)) => self.request_id = Some(value),
            _ => {}
        }
    }

    fn get(&self, index: usize) -> Option<FieldValue<'_>> {
        match index {
            0 => self.kind.as_deref().map(FieldValue::text),
            1 => self.attempts.map(FieldValue::Integer),
            2 => self.request_id.as_deref().map(FieldValue::text),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum UsersError {
    Bad,
    UserNotFound { id: String },
}

impl EndpointError for UsersError {
    type Code = Code;
    const ENDPOINT: Endpoint = Endpoint::http("users").route("GET", "/users/{id}");
    const ENTRIES: &'static [Entry<Code>] = &[
        Entry::of(Code::Bad).retry(Retry::Never),
        Entry::of(Code::UserNotFound)
            .status(410)
            .message("No user <id>.")
            .description("Gone."),
    ];

    fn parts<R>(&self, visit: Visit<'_, R>) -> R {
        match self {
            Self::Bad => visit(0, &[]),
            Self::UserNotFound { id } => visit(1, &[id]),
        }
    }

    fn from_parts(index: usize, values: &mut Values<'_>) -> Option<Self> {
        let error = match index {
            0 => Self::Bad,
            1 => Self::UserNotFound { id: values.take() },
            _ => return None,
        };
        Some(error)
    }
}

impl fmt::Display for UsersError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_message(f)
    }
}

impl HttpError for UsersError {
    fn status(&self) -> u16 {
        self.http_status().unwrap_or(500)
    }

    fn to_body(&self) -> ErrorBody {
        EndpointError::to_body(self)
    }
}

#[derive(Clone, Debug, PartialEq)]
enum WidgetError {
    Timeout { when: String },
}

impl EndpointError for WidgetError {
    type Code = Code;
    const ENDPOINT: Endpoint = Endpoint::widget("widget");
    const ENTRIES: &'static [Entry<Code>] = &[Entry::of(Code::Timeout)];

    fn parts<R>(&self, visit: Visit<'_, R>) -> R {
        match self {
            Self::Timeout { when } => visit(0, &[when]),
        }
    }

    fn from_parts(index: usize, values: &mut Values<'_>) -> Option<Self> {
        let error = match index {
            0 => Self::Timeout {
                when: values.take(),
            },
            _ => return None,
        };
        Some(error)
    }
}

impl fmt::Display for WidgetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_message(f)
    }
}

fn gone(id: &str) -> UsersError {
    UsersError::UserNotFound { id: id.to_owned() }
}

#[test]
fn codes_are_found_by_text_even_without_a_hash_table() {
    assert_eq!(Code::parse("A-2"), Some(Code::Bad));
    assert_eq!(Code::parse("W-1"), Some(Code::Timeout));
    assert_eq!(Code::parse("A-3"), None);
    assert_eq!(Code::from_u32(1), None, "a string catalog has no numbers");
    assert_eq!(Code::Bad.facts().status, Some(400));
}

#[test]
fn an_endpoints_entries_override_the_codes_defaults_and_nothing_else() {
    let error = gone("u-1");
    assert_eq!(error.code(), Code::UserNotFound);
    assert_eq!(error.code_str(), "A-1");
    assert_eq!(error.http_status(), Some(410));
    assert_eq!(error.message_template(), "No user <id>.");
    assert_eq!(error.description(), "Gone.");
    assert_eq!(error.retry(), Retry::Never, "the code's default");
    assert_eq!(
        UsersError::Bad.retry(),
        Retry::Never,
        "the entry's override"
    );
    assert_eq!(UsersError::Bad.description(), "");
    assert_eq!(UsersError::Bad.http_status(), Some(400));
    assert_eq!(error.endpoint().path, Some("/users/{id}"));
    let generic: &dyn CatalogError = &error;
    assert_eq!(generic.to_string(), "No user u-1.");
}

#[test]
fn a_variant_is_built_from_its_code_with_values_from_a_message_that_fits() {
    assert_eq!(
        UsersError::from_code(Code::UserNotFound, Some("No user u-7.")),
        Some(gone("u-7"))
    );
    assert_eq!(
        UsersError::from_code(Code::UserNotFound, Some("User u-7 not found.")),
        Some(gone("")),
        "the endpoint's wording, not the code's default"
    );
    assert_eq!(
        UsersError::from_code(Code::UserNotFound, None),
        Some(gone(""))
    );
    assert_eq!(
        UsersError::from_code(Code::Timeout, Some("Try later.")),
        None
    );
    assert_eq!(UsersError::from_parts(2, &mut Values::new("", None)), None);
}

#[test]
fn responses_are_read_into_the_endpoints_variant_with_what_was_received() {
    let body = br#"{"error": {"code": "A-1", "message": "No user u-2.", "hint": "Gone!"}}"#;
    let received: Received<'_, UsersError> = UsersError::from_response(404, body).unwrap();
    assert_eq!(received.error, gone("u-2"));
    assert_eq!(received.catalog_status, Some(410));
    assert!(received.status_differs());
    assert_eq!(received.description.as_deref(), Some("Gone!"));
}

#[test]
fn a_response_that_is_not_the_endpoints_error_keeps_what_was_received() {
    let other = br#"{"error": {"code": "W-1", "message": "Try later.", "type": "t"}}"#;
    let unexpected = UsersError::from_response(400, other).unwrap_err();
    assert_eq!(
        unexpected.reason(),
        &ResponseError::NotForEndpoint {
            code: "W-1",
            endpoint: "users"
        }
    );
    assert_eq!(unexpected.status(), 400);
    assert_eq!(unexpected.code(), Some("W-1"));
    assert_eq!(unexpected.catalog_code(), Some(Code::Timeout));
    assert_eq!(unexpected.message(), Some("Try later."));
    assert_eq!(unexpected.extra().kind.as_deref(), Some("t"));
    assert_eq!(
        unexpected.to_string(),
        r#"HTTP 400 "Try later.": error code "W-1" is in the catalog, but not listed for endpoint `users`"#
    );
    let unknown = br#"{"error": {"code": "Z-9", "hint": "h"}}"#;
    let unexpected = UsersError::from_response(400, unknown).unwrap_err();
    assert_eq!(
        unexpected.reason(),
        &ResponseError::UnknownCode { code: "Z-9".into() }
    );
    assert_eq!(unexpected.catalog_code(), None);
    assert_eq!(unexpected.description(), Some("h"));
    let owned = unexpected.into_owned();
    assert_eq!(owned.code(), Some("Z-9"));
    let page = b"<html><body>502 Bad Gateway</body></html>";
    let unexpected = UsersError::from_response(502, page).unwrap_err();
    assert_eq!(
        unexpected.to_string(),
        "HTTP 502: the error body is not JSON: an HTML page, 41 bytes: \
         <html><body>502 Bad Gateway</body></html>"
    );
    assert_eq!((unexpected.code(), unexpected.message()), (None, None));
}

#[test]
fn a_key_that_repeats_counts_with_its_last_value_of_the_right_type() {
    let body = br#"{"error": {"code": "A-2", "type": "a", "message": "Bad.", "type": "b", "message": null, "type": 7}}"#;
    let received = UsersError::from_response(400, body).unwrap();
    assert_eq!(received.message.as_deref(), Some("Bad."));
    assert_eq!(received.extra.kind.as_deref(), Some("b"));
}

#[test]
fn declared_fields_are_read_typed_and_borrowed_and_written_back() {
    let body =
        br#"{"attempts": 3, "error": {"type": "card_error", "code": "A-2", "message": "Bad."}}"#;
    let received = UsersError::from_response(400, body).unwrap();
    assert!(matches!(
        received.extra.kind,
        Some(Cow::Borrowed("card_error"))
    ));
    assert_eq!(received.extra.attempts, Some(3));
    assert_eq!(received.extra.request_id, None, "no headers were passed");
    let headers = |name: &str| name.eq_ignore_ascii_case("request-id").then_some("r-9");
    let received = UsersError::from_response_with_headers(400, &headers, body).unwrap();
    assert_eq!(received.extra.request_id.as_deref(), Some("r-9"));
    // A value of another type than declared is not taken.
    let body = br#"{"attempts": "3", "error": {"type": 1, "code": "A-2"}}"#;
    assert_eq!(
        UsersError::from_response(400, body).unwrap().extra,
        Extra::default()
    );
    // Rendered with the fields, then read back.
    let extra = Extra {
        kind: Some("api_error".into()),
        attempts: Some(-1),
        request_id: Some("r-1".into()),
    };
    let rendered = EndpointError::to_body(&UsersError::Bad).with(&extra);
    assert_eq!(
        rendered.to_json(),
        r#"{"error":{"code":"A-2","message":"Bad.","hint":"","type":"api_error"},"attempts":-1}"#
    );
    let headers: Vec<_> = rendered.headers().collect();
    assert_eq!(headers, [("Request-Id", "r-1".to_owned())]);
    let json = rendered.to_json();
    let header = |name: &str| (name == "Request-Id").then_some("r-1");
    let back = UsersError::from_response_with_headers(400, &header, json.as_bytes()).unwrap();
    assert_eq!(back.extra, extra);
    assert_eq!(back.into_owned().extra, extra);
}

#[test]
fn bodies_are_rendered_in_the_wire_shape_and_read_back() {
    let error = gone("a\"b");
    let json = error.to_json();
    assert_eq!(
        json,
        r#"{"error":{"code":"A-1","message":"No user a\"b.","hint":"Gone."}}"#
    );
    assert_eq!(HttpError::status(&error), 410);
    assert_eq!(
        UsersError::from_response(410, json.as_bytes())
            .unwrap()
            .error,
        error
    );
    assert_eq!(EndpointError::to_body(&error).status, Some(410));
}

#[test]
fn widget_strings_are_rendered_and_read_back() {
    let error = WidgetError::Timeout {
        when: "soon".into(),
    };
    assert_eq!(error.to_widget_string(), "TIMEOUT | W-1 | Try soon.");
    assert_eq!(error.http_status(), None);
    assert_eq!(
        WidgetError::from_widget("TIMEOUT | W-1 | Try soon."),
        Ok(error.clone())
    );
    assert_eq!(
        WidgetError::from_widget(r#" "TIMEOUT | W-1 | Try soon." "#),
        Ok(error)
    );
    assert_eq!(
        WidgetError::from_widget("TIMEOUT | A-2 | Bad."),
        Err(ResponseError::NotForEndpoint {
            code: "A-2",
            endpoint: "widget"
        })
    );
    assert!(matches!(
        WidgetError::from_widget("no separators"),
        Err(ResponseError::MalformedWidget { .. })
    ));
}

#[test]
fn values_beyond_eight_fields_are_kept() {
    let template = "<a> <b> <c> <d> <e> <f> <g> <h> <i> <j>";
    let mut values = Values::new(template, Some("1 2 3 4 5 6 7 8 9 10"));
    let taken: Vec<String> = (0..11).map(|_| values.take()).collect();
    assert_eq!(
        taken,
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", ""]
    );
}

#[cfg(feature = "http")]
#[test]
fn an_http_response_is_read_with_its_status() {
    let response = http::Response::builder()
        .status(410)
        .header("request-id", "r-4")
        .body(br#"{"error": {"code": "A-1", "message": "No user u-3."}}"#.to_vec())
        .unwrap();
    let received = UsersError::from_http_response(&response).unwrap();
    assert_eq!(received.error, gone("u-3"));
    assert_eq!(received.status, 410);
    assert!(!received.status_differs());
    assert_eq!(received.extra.request_id.as_deref(), Some("r-4"));
}
