//! Error bodies on the wire, written: an error as a body in its catalog's shape
//! ([`ErrorBody`]), with the further fields where the catalog puts them.

use crate::extra::{ExtraFields, Field, FieldSource, FieldValue};
use crate::wire::Wire;
use error_catalog_core::pointer;
use serde_core::ser::{Serialize, SerializeMap, Serializer};

/// A code as an error body writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeValue {
    /// `"AC-102"`
    Text(&'static str),
    /// `1200`
    Integer(u32),
}

/// An error response in a catalog's wire shape, ready to send: `{"error": {"code":
/// "AC-102", "message": "User abc not found."}}` for Aerosync, `{"code": 1200, "message":
/// …, "resolve": …}` for Plaid, with the declared further fields where they go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    /// Where each field goes.
    pub wire: Wire,
    /// The HTTP status; `None` for an error reported as a string (a widget's).
    pub status: Option<u16>,
    /// The code; `None` where the status is the code.
    pub code: Option<CodeValue>,
    /// The message, placeholders filled in.
    pub message: String,
    /// The description, written where the wire has a place for it.
    pub description: &'static str,
    /// Further fields ([`with`](Self::with)): in the body at their pointers, or headers.
    pub fields: Vec<(Field, FieldValue<'static>)>,
}

impl ErrorBody {
    /// With the further fields `extra` has values for: a catalog's generated `Extra`.
    #[must_use]
    pub fn with<'x, X: ExtraFields<'x>>(mut self, extra: &X) -> Self {
        for (index, field) in X::FIELDS.iter().enumerate() {
            if let Some(value) = extra.get(index) {
                self.fields.retain(|(f, _)| f.name != field.name);
                self.fields.push((*field, value.into_owned()));
            }
        }
        self
    }

    /// The body as JSON text.
    pub fn to_json(&self) -> String {
        // Serializing strings and numbers into a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The headers the further fields put in the response: name and value.
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, String)> + '_ {
        self.fields
            .iter()
            .filter_map(|(field, value)| match field.source {
                FieldSource::Header(name) => Some((name, value.to_string())),
                FieldSource::Body(_) => None,
            })
    }
}

/// One value the body writes.
#[derive(Clone, Copy)]
enum Out<'b> {
    Text(&'b str),
    Integer(i64),
    Boolean(bool),
}

impl<'b> From<&'b FieldValue<'_>> for Out<'b> {
    fn from(value: &'b FieldValue<'_>) -> Self {
        match value {
            FieldValue::String(text) => Self::Text(text),
            FieldValue::Integer(n) => Self::Integer(*n),
            FieldValue::Boolean(b) => Self::Boolean(*b),
        }
    }
}

impl From<CodeValue> for Out<'_> {
    fn from(code: CodeValue) -> Self {
        match code {
            CodeValue::Text(text) => Self::Text(text),
            CodeValue::Integer(n) => Self::Integer(n.into()),
        }
    }
}

impl Serialize for Out<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Self::Text(text) => serializer.serialize_str(text),
            Self::Integer(n) => serializer.serialize_i64(n),
            Self::Boolean(b) => serializer.serialize_bool(b),
        }
    }
}

/// An object of the body: the entries whose pointers pass through it.
struct Object<'b> {
    entries: Vec<(&'static str, Out<'b>)>,
    depth: usize,
}

impl Serialize for Object<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let token = |p: &'static str| pointer::tokens(p).nth(self.depth);
        let mut keys: Vec<&'static str> = Vec::new();
        for (pointer, _) in &self.entries {
            if let Some(key) = token(pointer)
                && !keys.contains(&key)
            {
                keys.push(key);
            }
        }
        let mut map = serializer.serialize_map(Some(keys.len()))?;
        for key in keys {
            let unescaped = pointer::unescape(key);
            let under: Vec<_> = self
                .entries
                .iter()
                .filter(|(p, _)| token(p) == Some(key))
                .copied()
                .collect();
            let leaf = under
                .iter()
                .find(|(p, _)| pointer::tokens(p).count() == self.depth + 1);
            match leaf {
                Some((_, value)) => map.serialize_entry(&unescaped, value)?,
                None => map.serialize_entry(
                    &unescaped,
                    &Object {
                        entries: under,
                        depth: self.depth + 1,
                    },
                )?,
            }
        }
        map.end()
    }
}

impl Serialize for ErrorBody {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut entries = Vec::with_capacity(4 + self.fields.len());
        if let (Some(pointer), Some(code)) = (self.wire.code, self.code) {
            entries.push((pointer, Out::from(code)));
        }
        entries.push((self.wire.message, Out::Text(&self.message)));
        if let Some(pointer) = self.wire.description {
            entries.push((pointer, Out::Text(self.description)));
        }
        if let (Some(pointer), Some(status)) = (self.wire.status, self.status) {
            entries.push((pointer, Out::Integer(status.into())));
        }
        for (field, value) in &self.fields {
            if let FieldSource::Body(pointer) = field.source {
                entries.push((pointer, Out::from(value)));
            }
        }
        Object { entries, depth: 0 }.serialize(serializer)
    }
}

/// The response: the status, the body in the catalog's media type, and the header fields.
#[cfg(feature = "axum")]
impl axum_core::response::IntoResponse for ErrorBody {
    fn into_response(self) -> axum_core::response::Response {
        use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
        let status = self
            .status
            .and_then(|status| http::StatusCode::from_u16(status).ok())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, self.to_json()).into_response();
        let headers = response.headers_mut();
        // The catalog checks the media type and header names; a value a caller set that
        // is not a valid header value is left out rather than sent broken.
        if let Ok(media_type) = HeaderValue::from_str(self.wire.media_type) {
            headers.insert(CONTENT_TYPE, media_type);
        }
        for (name, value) in self.headers() {
            if let (Ok(name), Ok(value)) = (
                HeaderName::from_bytes(name.as_bytes()),
                HeaderValue::from_str(&value),
            ) {
                headers.insert(name, value);
            }
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extra::FieldKind;

    const AEROSYNC: Wire = Wire::at("/error/code", "/error/message");
    const PLAID: Wire = Wire::at("/code", "/message").description("/resolve");

    #[test]
    fn bodies_serialize_in_the_wire_shape() {
        let aerosync = ErrorBody {
            wire: AEROSYNC,
            status: Some(404),
            code: Some(CodeValue::Text("AC-102")),
            message: "User \"abc\" not found.".to_owned(),
            description: "ignored",
            fields: Vec::new(),
        };
        assert_eq!(
            aerosync.to_json(),
            r#"{"error":{"code":"AC-102","message":"User \"abc\" not found."}}"#
        );
        let plaid = ErrorBody {
            wire: PLAID,
            status: Some(400),
            code: Some(CodeValue::Integer(1200)),
            message: "invalid credentials".to_owned(),
            description: "Retry.",
            fields: Vec::new(),
        };
        assert_eq!(
            plaid.to_json(),
            r#"{"code":1200,"message":"invalid credentials","resolve":"Retry."}"#
        );
    }

    #[test]
    fn problem_details_write_the_status_and_fields_beside_the_code() {
        let body = ErrorBody {
            wire: Wire::at("/type", "/title")
                .status("/status")
                .media_type("application/problem+json"),
            status: Some(403),
            code: Some(CodeValue::Text("https://example.com/probs/out-of-credit")),
            message: "You do not have enough credit.".to_owned(),
            description: "",
            fields: vec![
                (
                    Field::body("balance", "/balance", FieldKind::Integer),
                    FieldValue::Integer(30),
                ),
                (
                    Field::header("request_id", "Request-Id", FieldKind::String),
                    FieldValue::text("r-1").into_owned(),
                ),
            ],
        };
        assert_eq!(
            body.to_json(),
            r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,"balance":30}"#
        );
        assert_eq!(
            body.headers().collect::<Vec<_>>(),
            [("Request-Id", "r-1".to_owned())]
        );
    }
}
