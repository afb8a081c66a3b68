//! Error bodies on the wire: reading a catalog's fields out of a JSON body, and writing
//! them back in the same shape.
//!
//! Reading walks the JSON once along the catalog's JSON pointers and skips everything else,
//! borrowing strings from the body where they have no escapes: a body whose code has no
//! placeholders is parsed without allocating.

use crate::CatalogError;
use error_catalog_core::pointer;
use serde_core::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_core::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Cow;
use std::fmt;

/// Where a catalog's error body keeps its fields: JSON pointers (RFC 6901) into objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wire {
    /// The code: `/error/code`.
    pub code: &'static str,
    /// The message: `/error/message`.
    pub message: &'static str,
    /// A description the server echoes (Plaid's `/resolve`), if any.
    pub description: Option<&'static str>,
}

impl Wire {
    /// Code and message at these pointers.
    pub const fn at(code: &'static str, message: &'static str) -> Self {
        Self {
            code,
            message,
            description: None,
        }
    }

    /// With a description the server echoes at `pointer`.
    #[must_use]
    pub const fn description(mut self, pointer: &'static str) -> Self {
        self.description = Some(pointer);
        self
    }
}

/// A code as the body wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum RawCode<'a> {
    /// A JSON string.
    Text(Cow<'a, str>),
    /// A JSON integer.
    Integer(i128),
    /// Another JSON type, by name.
    Other(&'static str),
}

/// What a body holds at the catalog's pointers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fields<'a> {
    /// The code, if the body has one.
    pub code: Option<RawCode<'a>>,
    /// The message, if it is a string.
    pub message: Option<Cow<'a, str>>,
    /// The echoed description, if it is a string.
    pub description: Option<Cow<'a, str>>,
}

/// The code of a string catalog.
pub(crate) fn text_code<'f>(fields: &'f Fields<'_>, wire: &Wire) -> Result<&'f str, ResponseError> {
    match &fields.code {
        Some(RawCode::Text(text)) => Ok(text),
        Some(other) => Err(ResponseError::CodeType {
            expected: "a string",
            found: other.json_type(),
        }),
        None => Err(ResponseError::NoCode { pointer: wire.code }),
    }
}

/// The code of an integer catalog.
pub(crate) fn integer_code(fields: &Fields<'_>, wire: &Wire) -> Result<u32, ResponseError> {
    match &fields.code {
        Some(RawCode::Integer(n)) => u32::try_from(*n).map_err(|_| unknown(n)),
        Some(other) => Err(ResponseError::CodeType {
            expected: "an integer",
            found: other.json_type(),
        }),
        None => Err(ResponseError::NoCode { pointer: wire.code }),
    }
}

/// The error for a code the catalog does not have.
pub(crate) fn unknown(code: &impl ToString) -> ResponseError {
    ResponseError::UnknownCode {
        code: code.to_string(),
    }
}

/// An error response read into an endpoint's enum, with what the server sent.
///
/// Handle it with a `match` on [`error`](Self::error): that is the endpoint's enum, so the
/// match must cover every code the endpoint can return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received<'a, E> {
    /// The error, as the endpoint's enum.
    pub error: E,
    /// The HTTP status received.
    pub status: u16,
    /// The status the catalog gives this code on this endpoint.
    pub catalog_status: u16,
    /// The message received; the code, not the message, decided the variant.
    pub message: Option<Cow<'a, str>>,
    /// Whether the message has this endpoint's wording, so placeholder fields hold its
    /// values. When it does not (the server reworded it), the fields are empty: show
    /// [`message`](Self::message), as `Display` does.
    pub message_fits: bool,
    /// The description received, where the catalog's wire has one (Plaid's `resolve`).
    pub description: Option<Cow<'a, str>>,
}

impl<E> Received<'_, E> {
    /// Whether the server answered with another status than the catalog says: worth
    /// logging as catalog drift. (A body sent with 200 still parses.)
    pub fn status_differs(&self) -> bool {
        self.status != self.catalog_status
    }

    /// The same, owning its strings.
    pub fn into_owned(self) -> Received<'static, E> {
        Received {
            error: self.error,
            status: self.status,
            catalog_status: self.catalog_status,
            message: self.message.map(|m| Cow::Owned(m.into_owned())),
            message_fits: self.message_fits,
            description: self.description.map(|d| Cow::Owned(d.into_owned())),
        }
    }
}

/// `AC-102 User c-1 not found. (HTTP 404)`: the code, the server's message where it sent
/// one (the catalog's wording otherwise), and the status received.
impl<E: CatalogError> fmt::Display for Received<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ", self.error.code_str())?;
        match &self.message {
            Some(message) => f.write_str(message)?,
            None => write!(f, "{}", self.error)?,
        }
        write!(f, " (HTTP {})", self.status)
    }
}

/// So that a received error drops into an application's error type (`#[from]` with
/// thiserror, `?` into `anyhow::Error`), with the endpoint's enum as its source.
impl<E: CatalogError + std::error::Error + 'static> std::error::Error for Received<'_, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Why a response or widget string is not one of the endpoint's errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// The body is not JSON.
    NotJson {
        /// The JSON parser's complaint.
        reason: String,
    },
    /// The body is JSON but has no code where the catalog says.
    NoCode {
        /// Where the catalog says the code is.
        pointer: &'static str,
    },
    /// The code is of another JSON type than the catalog's codes.
    CodeType {
        /// `"a string"` or `"an integer"`.
        expected: &'static str,
        /// The JSON type found.
        found: &'static str,
    },
    /// The code is not in the catalog.
    UnknownCode {
        /// The code as received.
        code: String,
    },
    /// The code is in the catalog, but not listed for this endpoint: the server returned
    /// what the catalog says it can't (catalog drift).
    NotForEndpoint {
        /// The code.
        code: &'static str,
        /// The endpoint's catalog key.
        endpoint: &'static str,
    },
    /// A widget string that does not fit the catalog's widget format.
    MalformedWidget {
        /// The format it should fit.
        format: &'static str,
    },
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotJson { reason } => write!(f, "the error body is not JSON: {reason}"),
            Self::NoCode { pointer } => write!(f, "the error body has no code at `{pointer}`"),
            Self::CodeType { expected, found } => {
                let expected = match *expected {
                    "a string" => "strings",
                    "an integer" => "integers",
                    other => other,
                };
                write!(
                    f,
                    "the error body's code is {found}, but the catalog's codes are {expected}"
                )
            }
            Self::UnknownCode { code } => write!(f, "error code {code:?} is not in the catalog"),
            Self::NotForEndpoint { code, endpoint } => {
                write!(
                    f,
                    "error code {code:?} is in the catalog, but not listed for endpoint `{endpoint}`"
                )
            }
            Self::MalformedWidget { format } => {
                write!(f, "the widget error does not fit the format {format:?}")
            }
        }
    }
}

impl std::error::Error for ResponseError {}

/// Reads the catalog's fields out of `body`.
///
/// # Errors
///
/// [`ResponseError::NotJson`] for bytes that are not one JSON value.
pub(crate) fn read<'a>(body: &'a [u8], wire: &Wire) -> Result<Fields<'a>, ResponseError> {
    let target = |pointer: Option<&'static str>, slot| {
        pointer
            .and_then(|p| p.strip_prefix('/'))
            .map(|rest| Target { slot, rest })
    };
    let targets = [
        target(Some(wire.code), Slot::Code),
        target(Some(wire.message), Slot::Message),
        target(wire.description, Slot::Description),
    ];
    let mut fields = Fields::default();
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let result = Node {
        targets,
        fields: &mut fields,
    }
    .deserialize(&mut deserializer)
    .and_then(|()| deserializer.end());
    match result {
        Ok(()) => Ok(fields),
        Err(error) => Err(ResponseError::NotJson {
            reason: not_json(body, &error),
        }),
    }
}

/// What a body that is not JSON is, for logs: an empty body and an HTML page (a proxy's
/// 502) are the commonest, and a JSON parser's "expected value at line 1 column 1" says
/// neither.
fn not_json(body: &[u8], error: &serde_json::Error) -> String {
    let text = String::from_utf8_lossy(body);
    let start = text.trim_start();
    let what = if body.is_empty() {
        return "an empty body".to_owned();
    } else if start.is_empty() {
        return format!("a blank body, {} bytes", body.len());
    } else if start.starts_with('<') {
        if start
            .get(..15)
            .is_some_and(|s| s.eq_ignore_ascii_case("<!doctype html>"))
            || start
                .get(..5)
                .is_some_and(|s| s.eq_ignore_ascii_case("<html"))
        {
            "an HTML page"
        } else {
            "markup"
        }
    } else if start.starts_with(['{', '[']) {
        return format!("malformed JSON, {} bytes ({error})", body.len());
    } else {
        "text"
    };
    // The first 80 characters, on one line, so a log shows what the server sent.
    let excerpt: String = start
        .chars()
        .take(80)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let more = if start.chars().nth(80).is_some() {
        "…"
    } else {
        ""
    };
    format!("{what}, {} bytes: {}{more}", body.len(), excerpt.trim_end())
}

/// Which field a pointer fills.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Code,
    Message,
    Description,
}

/// A pointer being followed: what is left of it below the current value (`error/code`).
#[derive(Clone, Copy)]
struct Target {
    slot: Slot,
    rest: &'static str,
}

/// Whether an object key equals a reference token, which is escaped if `escaped`.
fn key_matches(key: &str, token: &str, escaped: bool) -> bool {
    if !escaped {
        return key == token;
    }
    pointer::unescape(token) == key
}

/// A value on the way, with the pointers that pass through it.
struct Node<'f, 'a> {
    targets: [Option<Target>; 3],
    fields: &'f mut Fields<'a>,
}

impl<'de: 'a, 'a> DeserializeSeed<'de> for Node<'_, 'a> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for Node<'_, 'a> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Each pointer's next reference token, split once for the whole object.
        let steps = self.targets.map(|target| {
            target.map(|t| {
                let (token, rest) = t
                    .rest
                    .split_once('/')
                    .map_or((t.rest, None), |(token, rest)| (token, Some(rest)));
                (t.slot, token, token.contains('~'), rest)
            })
        });
        // Keys are borrowed from the body (serde's `Cow<str>` would always allocate).
        while let Some(key) = map.next_key_seed(Key)? {
            let mut leaf = None;
            let mut deeper = [None; 3];
            for (next, step) in deeper.iter_mut().zip(&steps) {
                let Some((slot, token, escaped, rest)) = *step else {
                    continue;
                };
                if !key_matches(&key, token, escaped) {
                    continue;
                }
                match rest {
                    None => leaf = leaf.or(Some(slot)),
                    Some(rest) => *next = Some(Target { slot, rest }),
                }
            }
            if let Some(slot) = leaf {
                map.next_value_seed(Leaf {
                    slot,
                    fields: &mut *self.fields,
                })?;
            } else if deeper.iter().any(Option::is_some) {
                map.next_value_seed(Node {
                    targets: deeper,
                    fields: &mut *self.fields,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// An object key, borrowed from the body unless it has escapes.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(key.to_owned()))
    }
}

/// The value a pointer ends at.
struct Leaf<'f, 'a> {
    slot: Slot,
    fields: &'f mut Fields<'a>,
}

impl<'de: 'a, 'a> DeserializeSeed<'de> for Leaf<'_, 'a> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        let value = deserializer.deserialize_any(Scalar)?;
        match (self.slot, value) {
            (Slot::Code, value) => self.fields.code = Some(value),
            (Slot::Message, RawCode::Text(text)) => self.fields.message = Some(text),
            (Slot::Description, RawCode::Text(text)) => self.fields.description = Some(text),
            _ => {}
        }
        Ok(())
    }
}

/// A leaf value: strings borrowed where possible, integers, or the name of another type.
struct Scalar;

impl<'de> Visitor<'de> for Scalar {
    type Value = RawCode<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(RawCode::Text(Cow::Borrowed(text)))
    }
    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(RawCode::Text(Cow::Owned(text.to_owned())))
    }
    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(RawCode::Text(Cow::Owned(text)))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Self::Value, E> {
        Ok(RawCode::Integer(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Self::Value, E> {
        Ok(RawCode::Integer(n.into()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Self::Value, E> {
        // serde_json reads integers beyond 64 bits, and numbers written with a point or an
        // exponent, as floats.
        Ok(RawCode::Other(if n.fract() != 0.0 {
            "a number with a fraction"
        } else if n.abs() >= 9_223_372_036_854_775_808.0 {
            "an integer beyond 64 bits"
        } else {
            "a number in float notation"
        }))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(RawCode::Other("a boolean"))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(RawCode::Other("null"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(RawCode::Other("an object"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(RawCode::Other("an array"))
    }
}

impl RawCode<'_> {
    /// The JSON type, for messages.
    fn json_type(&self) -> &'static str {
        match self {
            Self::Text(_) => "a string",
            Self::Integer(_) => "an integer",
            Self::Other(name) => name,
        }
    }
}

/// A code as an error body writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeValue {
    /// `"AC-102"`
    Text(&'static str),
    /// `1200`
    Integer(u32),
}

/// An error body in a catalog's wire shape, ready to serialize: `{"error": {"code":
/// "AC-102", "message": "User abc not found."}}` for Aerosync, `{"code": 1200, "message":
/// …, "resolve": …}` for Plaid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    /// Where each field goes.
    pub wire: Wire,
    /// The code.
    pub code: CodeValue,
    /// The message, placeholders filled in.
    pub message: String,
    /// The description, written where the wire has a place for it.
    pub description: &'static str,
}

impl ErrorBody {
    /// The body as JSON text.
    pub fn to_json(&self) -> String {
        // Serializing strings and integers into a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// One value the body writes.
#[derive(Clone, Copy)]
enum Out<'b> {
    Text(&'b str),
    Integer(u32),
}

impl From<CodeValue> for Out<'_> {
    fn from(code: CodeValue) -> Self {
        match code {
            CodeValue::Text(text) => Self::Text(text),
            CodeValue::Integer(n) => Self::Integer(n),
        }
    }
}

impl Serialize for Out<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match *self {
            Self::Text(text) => serializer.serialize_str(text),
            Self::Integer(n) => serializer.serialize_u32(n),
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
        let mut entries = vec![
            (self.wire.code, Out::from(self.code)),
            (self.wire.message, Out::Text(&self.message)),
        ];
        if let Some(pointer) = self.wire.description {
            entries.push((pointer, Out::Text(self.description)));
        }
        Object { entries, depth: 0 }.serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AEROSYNC: Wire = Wire {
        code: "/error/code",
        message: "/error/message",
        description: None,
    };
    const PLAID: Wire = Wire {
        code: "/code",
        message: "/message",
        description: Some("/resolve"),
    };

    #[test]
    fn fields_are_read_at_their_pointers_and_borrowed() {
        let body = br#"{"status": 404, "error": {"message": "User abc not found.", "code": "AC-102", "extra": [1, {"code": "no"}]}}"#;
        let fields = read(body, &AEROSYNC).unwrap();
        assert_eq!(fields.code, Some(RawCode::Text(Cow::Borrowed("AC-102"))));
        assert!(matches!(
            fields.message,
            Some(Cow::Borrowed("User abc not found."))
        ));
        assert_eq!(fields.description, None);
    }

    #[test]
    fn integer_codes_and_echoed_descriptions_are_read() {
        let body = br#"{"code": 1200, "message": "invalid credentials", "resolve": "The username \"x\" was wrong.", "access_token": "t"}"#;
        let fields = read(body, &PLAID).unwrap();
        assert_eq!(fields.code, Some(RawCode::Integer(1200)));
        assert_eq!(
            fields.description.as_deref(),
            Some("The username \"x\" was wrong.")
        );
    }

    #[test]
    fn bodies_without_the_fields_or_not_json_are_told_apart() {
        assert_eq!(
            read(br#"{"error": "nope"}"#, &AEROSYNC).unwrap(),
            Fields::default()
        );
        assert_eq!(read(b"[1, 2]", &AEROSYNC).unwrap(), Fields::default());
        assert!(matches!(
            read(b"", &AEROSYNC),
            Err(ResponseError::NotJson { .. })
        ));
        assert!(matches!(
            read(br#"{"code": 1"#, &PLAID),
            Err(ResponseError::NotJson { .. })
        ));
        assert!(matches!(
            read(b"\xff\xfe", &PLAID),
            Err(ResponseError::NotJson { .. })
        ));
        assert!(matches!(
            read(br#"{"code": 1} trailing"#, &PLAID),
            Err(ResponseError::NotJson { .. })
        ));
    }

    #[test]
    fn deep_nesting_neither_overflows_the_stack_nor_yields_a_code() {
        // Values off the pointers are skipped without recursion; the walk itself goes no
        // deeper than the longest pointer.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(read(deep.as_bytes(), &PLAID), Ok(Fields::default()));
        let deep_objects = format!("{}1{}", r#"{"error":"#.repeat(50_000), "}".repeat(50_000));
        assert_eq!(
            read(deep_objects.as_bytes(), &AEROSYNC),
            Ok(Fields::default())
        );
    }

    #[test]
    fn codes_of_other_json_types_are_named() {
        let fields = read(br#"{"code": [1200], "message": 7}"#, &PLAID).unwrap();
        assert_eq!(fields.code, Some(RawCode::Other("an array")));
        assert_eq!(fields.message, None);
    }

    #[test]
    fn escaped_pointer_tokens_match_keys() {
        let wire = Wire {
            code: "/a~1b/c~0d",
            message: "/m",
            description: None,
        };
        let fields = read(br#"{"a/b": {"c~d": "X-1"}}"#, &wire).unwrap();
        assert_eq!(fields.code, Some(RawCode::Text(Cow::Borrowed("X-1"))));
    }

    #[test]
    fn bodies_serialize_in_the_wire_shape() {
        let aerosync = ErrorBody {
            wire: AEROSYNC,
            code: CodeValue::Text("AC-102"),
            message: "User \"abc\" not found.".to_owned(),
            description: "ignored",
        };
        assert_eq!(
            aerosync.to_json(),
            r#"{"error":{"code":"AC-102","message":"User \"abc\" not found."}}"#
        );
        let plaid = ErrorBody {
            wire: PLAID,
            code: CodeValue::Integer(1200),
            message: "invalid credentials".to_owned(),
            description: "Retry.",
        };
        assert_eq!(
            plaid.to_json(),
            r#"{"code":1200,"message":"invalid credentials","resolve":"Retry."}"#
        );
    }
}
