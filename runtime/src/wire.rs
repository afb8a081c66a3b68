//! Error bodies on the wire: reading a catalog's fields out of a JSON body, and writing
//! them back in the same shape.
//!
//! Reading walks the JSON once along the catalog's wire layout (the object keys its JSON
//! pointers lead through, computed at compile time) and skips everything else, borrowing
//! strings from the body where they have no escapes: a body whose code has no placeholders
//! is read without allocating. What does not read as one of the endpoint's errors is an
//! [`Unexpected`] that keeps what was received.

use crate::extra::{self, ExtraFields, Field, FieldKind, FieldSource, FieldValue};
use crate::layout::{self, Key, Layout};
use crate::{CatalogCode, CatalogError, CodeType, EndpointError};
use error_catalog_core::{phf, pointer};
use serde_core::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_core::ser::{Serialize, SerializeMap, Serializer};
use std::borrow::Cow;
use std::fmt;

/// Where a catalog's error body keeps its fields: JSON pointers (RFC 6901) into objects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Wire {
    /// The code: `/error/code`; `None` where the HTTP status is the code.
    pub code: Option<&'static str>,
    /// The message: `/error/message`.
    pub message: &'static str,
    /// A description the server echoes (Plaid's `/resolve`), if any.
    pub description: Option<&'static str>,
    /// Where the body repeats the HTTP status (problem details' `/status`), if it does.
    pub status: Option<&'static str>,
    /// The bodies' media type: `application/json` unless the catalog says otherwise.
    pub media_type: &'static str,
}

impl Wire {
    /// Code and message at these pointers.
    pub const fn at(code: &'static str, message: &'static str) -> Self {
        Self {
            code: Some(code),
            ..Self::keyed_by_status(message)
        }
    }

    /// A message at this pointer and no code in the body: the HTTP status is the code.
    pub const fn keyed_by_status(message: &'static str) -> Self {
        Self {
            code: None,
            message,
            description: None,
            status: None,
            media_type: "application/json",
        }
    }

    /// With a description the server echoes at `pointer`.
    #[must_use]
    pub const fn description(mut self, pointer: &'static str) -> Self {
        self.description = Some(pointer);
        self
    }

    /// With the HTTP status repeated at `pointer`.
    #[must_use]
    pub const fn status(mut self, pointer: &'static str) -> Self {
        self.status = Some(pointer);
        self
    }

    /// With bodies of this media type (`application/problem+json`).
    #[must_use]
    pub const fn media_type(mut self, media_type: &'static str) -> Self {
        self.media_type = media_type;
        self
    }
}

/// A value at one of the catalog's pointers, as the body wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Json<'a> {
    /// A string.
    Text(Cow<'a, str>),
    /// An integer.
    Integer(i128),
    /// `true` or `false`.
    Boolean(bool),
    /// Another JSON type, by name.
    Other(&'static str),
}

impl<'a> Json<'a> {
    /// The JSON type, for messages.
    pub(crate) fn json_type(&self) -> &'static str {
        match self {
            Self::Text(_) => "a string",
            Self::Integer(_) => "an integer",
            Self::Boolean(_) => "a boolean",
            Self::Other(name) => name,
        }
    }

    /// The string, if it is one.
    pub(crate) fn into_text(self) -> Option<Cow<'a, str>> {
        match self {
            Self::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The value as a field of `kind`, if it is of that type.
    pub(crate) fn into_field(self, kind: FieldKind) -> Option<FieldValue<'a>> {
        match (kind, self) {
            (FieldKind::String, Self::Text(text)) => Some(FieldValue::String(text)),
            (FieldKind::Integer, Self::Integer(n)) => {
                i64::try_from(n).ok().map(FieldValue::Integer)
            }
            (FieldKind::Boolean, Self::Boolean(b)) => Some(FieldValue::Boolean(b)),
            _ => None,
        }
    }

    /// The code as text, as a log would show it; `None` for a value that is no code.
    pub(crate) fn code_text(&self) -> Option<Cow<'a, str>> {
        match self {
            Self::Text(text) => Some(text.clone()),
            Self::Integer(n) => Some(Cow::Owned(n.to_string())),
            Self::Boolean(_) | Self::Other(_) => None,
        }
    }
}

/// An error response read into an endpoint's enum, with what the server sent.
///
/// Handle it with a `match` on [`error`](Self::error): that is the endpoint's enum, so the
/// match must cover every code the endpoint can return.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received<'a, E: EndpointError> {
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
    /// The further fields the catalog declares (`[wire.fields]`), as received.
    pub extra: ExtraOf<'a, E::Code>,
}

/// A catalog's `Extra` struct: its declared further fields.
pub type ExtraOf<'a, C> = <C as CatalogCode>::Extra<'a>;

impl<E: EndpointError> Received<'_, E> {
    /// Whether the server answered with another status than the catalog says: worth
    /// logging as catalog drift. (A body sent with 200 still parses.)
    pub fn status_differs(&self) -> bool {
        self.status != self.catalog_status
    }

    /// The same, owning its strings.
    pub fn into_owned(self) -> Received<'static, E> {
        Received {
            extra: extra::into_owned(&self.extra),
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
impl<E: EndpointError> fmt::Display for Received<'_, E> {
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
impl<E: EndpointError + std::error::Error> std::error::Error for Received<'_, E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// A response that is not one of the endpoint's errors, with whatever it had: the status,
/// and the code, message and description where the body had them. For logs and metrics,
/// and to tell catalog drift from a proxy's error page.
#[derive(Clone, PartialEq, Eq)]
pub struct Unexpected<'a, C: CatalogCode> {
    /// Boxed: a failure is the rare case, and a `Result` is as large as its larger side.
    kept: Box<Kept<'a, C>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct Kept<'a, C: CatalogCode> {
    reason: ResponseError,
    status: u16,
    code: Option<Cow<'a, str>>,
    catalog_code: Option<C>,
    message: Option<Cow<'a, str>>,
    description: Option<Cow<'a, str>>,
    extra: ExtraOf<'a, C>,
}

impl<'a, C: CatalogCode> Unexpected<'a, C> {
    /// Why the response is not one of the endpoint's errors.
    pub fn reason(&self) -> &ResponseError {
        &self.kept.reason
    }

    /// The HTTP status received.
    pub fn status(&self) -> u16 {
        self.kept.status
    }

    /// The code as the body wrote it (an integer in decimal), if it had one.
    pub fn code(&self) -> Option<&str> {
        self.kept.code.as_deref()
    }

    /// The catalog's code, when the code is in the catalog but not this endpoint's
    /// ([`ResponseError::NotForEndpoint`]).
    pub fn catalog_code(&self) -> Option<C> {
        self.kept.catalog_code
    }

    /// The message received, if the body had one where the catalog says.
    pub fn message(&self) -> Option<&str> {
        self.kept.message.as_deref()
    }

    /// The description received, where the catalog's wire has one.
    pub fn description(&self) -> Option<&str> {
        self.kept.description.as_deref()
    }

    /// The further fields the catalog declares, as far as they were received (a request
    /// id header, say).
    pub fn extra(&self) -> &ExtraOf<'a, C> {
        &self.kept.extra
    }

    /// The same, owning its strings.
    pub fn into_owned(self) -> Unexpected<'static, C> {
        let kept = *self.kept;
        let owned = |text: Option<Cow<'_, str>>| text.map(|t| Cow::Owned(t.into_owned()));
        Unexpected {
            kept: Box::new(Kept {
                extra: extra::into_owned(&kept.extra),
                reason: kept.reason,
                status: kept.status,
                code: owned(kept.code),
                catalog_code: kept.catalog_code,
                message: owned(kept.message),
                description: owned(kept.description),
            }),
        }
    }
}

impl<C: CatalogCode> fmt::Debug for Unexpected<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kept = &self.kept;
        f.debug_struct("Unexpected")
            .field("reason", &kept.reason)
            .field("status", &kept.status)
            .field("code", &kept.code)
            .field("catalog_code", &kept.catalog_code)
            .field("message", &kept.message)
            .field("description", &kept.description)
            .field("extra", &kept.extra)
            .finish()
    }
}

/// What was received, then what is wrong with it: `HTTP 502: the error body is not JSON:
/// an HTML page, 173 bytes: <html>…`.
impl<C: CatalogCode> fmt::Display for Unexpected<'_, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HTTP {}", self.status())?;
        if let Some(message) = self.message() {
            write!(f, " {message:?}")?;
        }
        write!(f, ": {}", self.reason())
    }
}

/// No `source`: `Display` already says the reason ([`reason`](Unexpected::reason) gives it
/// typed), and a chain would print it twice.
impl<C: CatalogCode> std::error::Error for Unexpected<'_, C> {}

/// What a response held, gathered while reading it; becomes a [`Received`] or an
/// [`Unexpected`].
pub(crate) struct Gathered<'a, C: CatalogCode> {
    pub status: u16,
    pub code: Option<Json<'a>>,
    pub message: Option<Cow<'a, str>>,
    pub description: Option<Cow<'a, str>>,
    pub extra: ExtraOf<'a, C>,
    /// Which declared fields were received with their type.
    pub seen: u32,
}

impl<'a, C: CatalogCode> Gathered<'a, C> {
    pub(crate) fn new(status: u16) -> Self {
        Self {
            status,
            code: None,
            message: None,
            description: None,
            extra: ExtraOf::<'a, C>::default(),
            seen: 0,
        }
    }

    /// The failure `reason`, keeping what was received.
    pub(crate) fn unexpected(
        self,
        reason: ResponseError,
        catalog_code: Option<C>,
    ) -> Unexpected<'a, C> {
        Unexpected {
            kept: Box::new(Kept {
                reason,
                status: self.status,
                code: self.code.as_ref().and_then(Json::code_text),
                catalog_code,
                message: self.message,
                description: self.description,
                extra: self.extra,
            }),
        }
    }
}

/// Why a response or widget string is not one of the endpoint's errors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseError {
    /// The body is not JSON.
    NotJson {
        /// What it is instead ("an HTML page, 173 bytes: …"), or the JSON parser's
        /// complaint.
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
        /// The code as received (the status, in a catalog keyed by status).
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
    /// A field the catalog says every error body has is missing, or of another type.
    MissingField {
        /// The field's name.
        field: &'static str,
        /// Where the catalog says it is.
        pointer: &'static str,
        /// Its type: `"a string"`, `"an integer"`, `"a boolean"`.
        expected: &'static str,
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
            Self::MissingField {
                field,
                pointer,
                expected,
            } => write!(
                f,
                "the error body has no `{field}` ({expected}) at `{pointer}`"
            ),
            Self::MalformedWidget { format } => {
                write!(f, "the widget error does not fit the format {format:?}")
            }
        }
    }
}

impl std::error::Error for ResponseError {}

/// Reads what a response holds where catalog `C`'s wire says (body along its layout, then
/// the header fields), and its code: the body's, or the status. Generic over the catalog
/// only, so each catalog has one copy of the reader, whatever its number of endpoints.
pub(crate) fn gather<'a, C: CatalogCode>(
    status: u16,
    body: &'a [u8],
    header: &dyn Fn(&str) -> Option<&'a str>,
) -> Result<(C, Gathered<'a, C>), Unexpected<'a, C>> {
    let fields = <C::Extra<'a> as ExtraFields<'a>>::FIELDS;
    // The fields tracked as received (`seen`): as many as a catalog may declare.
    let fields = &fields[..fields.len().min(error_catalog_core::wire::MAX_FIELDS)];
    let mut got = Gathered::<C>::new(status);
    let read = read(
        body,
        Layout::of_catalog::<C>(),
        &mut |slot, value| match slot {
            layout::CODE => got.code = Some(value),
            // A key that repeats: its last value of the right type counts, as for fields.
            layout::MESSAGE => got.message = value.into_text().or(got.message.take()),
            layout::DESCRIPTION => got.description = value.into_text().or(got.description.take()),
            _ => {
                let index = usize::from(slot - layout::FIRST_FIELD);
                if let Some(value) = fields.get(index).and_then(|f| value.into_field(f.kind)) {
                    got.extra.set(index, value);
                    got.seen |= 1 << index;
                }
            }
        },
    );
    for (index, field) in fields.iter().enumerate() {
        if let FieldSource::Header(name) = field.source
            && let Some(text) = header(name)
        {
            let value = match field.kind {
                FieldKind::String => Some(FieldValue::String(Cow::Borrowed(text))),
                FieldKind::Integer => text.trim().parse().ok().map(FieldValue::Integer),
                FieldKind::Boolean => None,
            };
            if let Some(value) = value {
                got.extra.set(index, value);
                got.seen |= 1 << index;
            }
        }
    }
    // Where the status is the code, a body that is not JSON (a proxy's page) is still
    // the status's error, with no message; elsewhere the body must say which.
    if let Err(reason) = read
        && C::CATALOG.code_type != CodeType::Status
    {
        return Err(got.unexpected(reason, None));
    }
    let code = match code_of::<C>(&got) {
        Ok(code) => code,
        Err(reason) => return Err(got.unexpected(reason, None)),
    };
    if let Some((_, field)) = fields
        .iter()
        .enumerate()
        .find(|(index, field)| field.required && got.seen & (1 << index) == 0)
    {
        let reason = ResponseError::MissingField {
            field: field.name,
            pointer: match field.source {
                FieldSource::Body(pointer) | FieldSource::Header(pointer) => pointer,
            },
            expected: field.kind.describe(),
        };
        return Err(got.unexpected(reason, Some(code)));
    }
    Ok((code, got))
}

/// The catalog's code for what was received: the body's code, or the status.
fn code_of<C: CatalogCode>(got: &Gathered<'_, C>) -> Result<C, ResponseError> {
    let wrong_type = |found: &Json<'_>, expected| ResponseError::CodeType {
        expected,
        found: found.json_type(),
    };
    let unknown = |code: &dyn ToString| ResponseError::UnknownCode {
        code: code.to_string(),
    };
    let no_code = || ResponseError::NoCode {
        pointer: C::CATALOG.wire.code.unwrap_or_default(),
    };
    match C::CATALOG.code_type {
        CodeType::String => match &got.code {
            Some(Json::Text(text)) => C::parse(text).ok_or_else(|| unknown(text)),
            Some(other) => Err(wrong_type(other, "a string")),
            None => Err(no_code()),
        },
        CodeType::Integer => match &got.code {
            Some(Json::Integer(n)) => u32::try_from(*n)
                .ok()
                .and_then(C::from_u32)
                .ok_or_else(|| unknown(n)),
            Some(other) => Err(wrong_type(other, "an integer")),
            None => Err(no_code()),
        },
        CodeType::Status => C::from_u32(got.status.into()).ok_or_else(|| unknown(&got.status)),
    }
}

/// Reads the values at the layout's keys out of `body`, handing each to `sink` with its
/// slot.
///
/// # Errors
///
/// [`ResponseError::NotJson`] for bytes that are not one JSON value.
fn read<'a>(
    body: &'a [u8],
    layout: &Layout,
    sink: &mut dyn FnMut(u8, Json<'a>),
) -> Result<(), ResponseError> {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let result = Node {
        layout,
        object: 0,
        sink,
    }
    .deserialize(&mut deserializer)
    .and_then(|()| deserializer.end());
    result.map_err(|error| ResponseError::NotJson {
        reason: not_json(body, &error),
    })
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

/// Whether an object key is a layout key's reference token.
fn key_matches(key: &str, layout_key: &Key) -> bool {
    if layout_key.escaped {
        return pointer::unescape(layout_key.token) == key;
    }
    phf::same_key(key.as_bytes(), layout_key.token.as_bytes())
}

/// A value the layout leads through: object `object` of the layout, if it is an object.
struct Node<'l, 's, 'a> {
    layout: &'l Layout,
    object: u8,
    sink: &'s mut dyn FnMut(u8, Json<'a>),
}

impl<'de: 'a, 'a> DeserializeSeed<'de> for Node<'_, '_, 'a> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for Node<'_, '_, 'a> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        // Keys are borrowed from the body (serde's `Cow<str>` would always allocate).
        while let Some(key) = map.next_key_seed(BodyKey)? {
            let found = self
                .layout
                .keys_of(self.object)
                .find(|layout_key| key_matches(&key, layout_key));
            match found.map(|k| (k.slot(), k.child())) {
                Some((Some(slot), _)) => {
                    let value = map.next_value_seed(Leaf)?;
                    (self.sink)(slot, value);
                }
                Some((None, Some(child))) => map.next_value_seed(Node {
                    layout: self.layout,
                    object: child,
                    sink: &mut *self.sink,
                })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
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
struct BodyKey;

impl<'de> DeserializeSeed<'de> for BodyKey {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for BodyKey {
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

/// The value a pointer ends at: strings borrowed where possible, integers, booleans, or the
/// name of another type.
struct Leaf;

impl<'de> DeserializeSeed<'de> for Leaf {
    type Value = Json<'de>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Leaf {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Json::Text(Cow::Borrowed(text)))
    }
    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Json::Text(Cow::Owned(text.to_owned())))
    }
    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(Json::Text(Cow::Owned(text)))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Self::Value, E> {
        Ok(Json::Integer(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Self::Value, E> {
        Ok(Json::Integer(n.into()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Self::Value, E> {
        // serde_json reads integers beyond 64 bits, and numbers written with a point or an
        // exponent, as floats.
        Ok(Json::Other(if n.fract() != 0.0 {
            "a number with a fraction"
        } else if n.abs() >= 9_223_372_036_854_775_808.0 {
            "an integer beyond 64 bits"
        } else {
            "a number in float notation"
        }))
    }
    fn visit_bool<E>(self, b: bool) -> Result<Self::Value, E> {
        Ok(Json::Boolean(b))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Other("null"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Json::Other("an object"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Json::Other("an array"))
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

    const AEROSYNC: Wire = Wire::at("/error/code", "/error/message");
    const PLAID: Wire = Wire::at("/code", "/message").description("/resolve");

    /// What `read` hands over for `pointers` (code, message, description, then fields), in
    /// the order found, by index in `pointers`.
    fn values<'a>(
        body: &'a [u8],
        pointers: &[&'static str],
    ) -> Result<Vec<(usize, Json<'a>)>, ResponseError> {
        let at = |i: usize| pointers.get(i).copied().filter(|p| !p.is_empty());
        let wire = Wire {
            code: at(0),
            message: at(1).unwrap_or_default(),
            description: at(2),
            ..Wire::keyed_by_status("")
        };
        let fields: Vec<Field> = pointers
            .iter()
            .skip(3)
            .map(|p| Field::body("f", p, FieldKind::String))
            .collect();
        let layout = Layout::of(&wire, &fields);
        let mut found = Vec::new();
        read(body, &layout, &mut |slot, value| {
            found.push((usize::from(slot), value));
        })?;
        Ok(found)
    }

    #[test]
    fn values_are_read_at_their_pointers_and_borrowed() {
        let body = br#"{"status": 404, "error": {"message": "User abc not found.", "code": "AC-102", "extra": [1, {"code": "no"}]}}"#;
        let found = values(body, &["/error/code", "/error/message", ""]).unwrap();
        assert_eq!(
            found,
            [
                (1, Json::Text(Cow::Borrowed("User abc not found."))),
                (0, Json::Text(Cow::Borrowed("AC-102"))),
            ]
        );
        assert!(matches!(found[0].1, Json::Text(Cow::Borrowed(_))));
    }

    #[test]
    fn integers_booleans_and_escaped_strings_are_read() {
        let body = br#"{"code": 1200, "message": "invalid", "resolve": "The username \"x\" was wrong.", "live": false}"#;
        let found = values(body, &["/code", "/message", "/resolve", "/live"]).unwrap();
        assert_eq!(found[0], (0, Json::Integer(1200)));
        assert_eq!(
            found[2],
            (
                2,
                Json::Text(Cow::Owned("The username \"x\" was wrong.".into()))
            )
        );
        assert_eq!(found[3], (3, Json::Boolean(false)));
    }

    #[test]
    fn bodies_without_the_fields_or_not_json_are_told_apart() {
        let pointers = ["/error/code", "/error/message"];
        assert_eq!(values(br#"{"error": "nope"}"#, &pointers), Ok(Vec::new()));
        assert_eq!(values(b"[1, 2]", &pointers), Ok(Vec::new()));
        for body in [
            &b""[..],
            br#"{"code": 1"#,
            b"\xff\xfe",
            br#"{"code": 1} trailing"#,
        ] {
            assert!(matches!(
                values(body, &pointers),
                Err(ResponseError::NotJson { .. })
            ));
        }
    }

    #[test]
    fn deep_nesting_neither_overflows_the_stack_nor_yields_a_value() {
        // Values off the pointers are skipped without recursion; the walk itself goes no
        // deeper than the longest pointer.
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(values(deep.as_bytes(), &["/code"]), Ok(Vec::new()));
        let deep_objects = format!("{}1{}", r#"{"error":"#.repeat(50_000), "}".repeat(50_000));
        assert_eq!(
            values(deep_objects.as_bytes(), &["/error/code"]),
            Ok(Vec::new())
        );
    }

    #[test]
    fn values_of_other_json_types_are_named() {
        let found = values(
            br#"{"code": [1200], "message": 1.5}"#,
            &["/code", "/message"],
        );
        assert_eq!(
            found.unwrap(),
            [
                (0, Json::Other("an array")),
                (1, Json::Other("a number with a fraction"))
            ]
        );
    }

    #[test]
    fn escaped_pointer_tokens_match_keys_and_shared_prefixes_split() {
        let found = values(
            br#"{"a/b": {"c~d": "X-1", "e": 2}, "a": 3}"#,
            &["/a~1b/c~0d", "/a~1b/e", "/a"],
        );
        assert_eq!(
            found.unwrap(),
            [
                (0, Json::Text(Cow::Borrowed("X-1"))),
                (1, Json::Integer(2)),
                (2, Json::Integer(3))
            ]
        );
    }

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
