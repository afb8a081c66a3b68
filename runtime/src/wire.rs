//! Error bodies on the wire, read: where a catalog's body keeps its fields ([`Wire`]), and
//! reading them out of a JSON body.
//!
//! Reading walks the JSON once along the catalog's wire layout (the object keys its JSON
//! pointers lead through, computed at compile time) and skips everything else, borrowing
//! strings from the body where they have no escapes: a body whose code has no placeholders
//! is read without allocating.

use crate::extra::{ExtraFields, FieldKind, FieldSource, FieldValue};
use crate::layout::{self, Key, Layout};
use crate::received::{ExtraOf, Kept, ResponseError, Unexpected};
use crate::{CatalogCode, CodeType};
use error_catalog_core::{phf, pointer};
use serde_core::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
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
        Unexpected::new(Kept {
            reason,
            status: self.status,
            code: self.code.as_ref().and_then(Json::code_text),
            catalog_code,
            message: self.message,
            description: self.description,
            extra: self.extra,
        })
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extra::Field;

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
}
