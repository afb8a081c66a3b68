//! An endpoint's error enum: the trait generated code implements with the endpoint's
//! entries, and all the behaviour built on it (reading responses, rendering messages and
//! bodies, widget strings), written once for every catalog.

use crate::Retry;
use crate::body::{CodeValue, ErrorBody};
use crate::code::CatalogCode;
use crate::extra::{ExtraFields, Field, FieldKind, FieldSource, FieldValue};
use crate::facts::{CodeFacts, CodeType, Endpoint, Entry, Transport};
use crate::received::{Received, ResponseError, Unexpected};
use crate::wire;
use error_catalog_core::template;
use std::fmt;

/// What every generated endpoint enum implements: the facts that make it that endpoint
/// (its code type, its entries, how its variants hold placeholder values), and, built on
/// them, reading and rendering its errors.
///
/// Generic code names endpoints by it:
///
/// ```
/// # mod aerosync { error_catalog::error_catalog!("../catalogs/aerosync.toml"); }
/// use error_catalog::{EndpointError, Received, Unexpected};
///
/// fn read<E: EndpointError>(
///     status: u16,
///     body: &[u8],
/// ) -> Result<Received<'_, E>, Unexpected<'_, E::Code>> {
///     E::from_response(status, body)
/// }
///
/// let body = br#"{"error": {"code": "AC-102", "message": "User c-1 not found."}}"#;
/// let received = read::<aerosync::AccountsError>(404, body).unwrap();
/// assert_eq!(received.error.code(), aerosync::Code::UserNotFound);
/// ```
pub trait EndpointError: Sized + Clone + fmt::Debug + fmt::Display + Send + Sync + 'static {
    /// The catalog's `Code` enum.
    type Code: CatalogCode;
    /// Which endpoint this is.
    const ENDPOINT: Endpoint;
    /// The codes this endpoint lists, in the order it lists them, one per variant (in
    /// variant order), with what it words differently. Not empty.
    const ENTRIES: &'static [Entry<Self::Code>];

    /// Calls `visit` with the variant's index in [`ENTRIES`](Self::ENTRIES) and its
    /// placeholder values, in field order.
    fn parts<R>(&self, visit: Visit<'_, R>) -> R;

    /// The variant at `index` of [`ENTRIES`](Self::ENTRIES), its fields taken from `values`
    /// in order; `None` for an index out of range.
    fn from_parts(index: usize, values: &mut Values<'_>) -> Option<Self>;

    /// The error's code.
    fn code(&self) -> Self::Code {
        entry_of(self).code
    }

    /// The variant for `code` as this endpoint returns it, with placeholder values taken
    /// from `message` where it fits this endpoint's template (empty where it does not: the
    /// code decides the variant, not the wording). `None` if this endpoint cannot return
    /// `code`.
    fn from_code(code: Self::Code, message: Option<&str>) -> Option<Self> {
        decide::<Self>(code, message).map(|(error, ..)| error)
    }

    /// Reads an error response of this endpoint: the variant for the body's code (or, in a
    /// catalog keyed by status, the status), with the status, message, description and
    /// further fields received. An error body sent with status 200 is read the same;
    /// [`Received::status_differs`] tells when the status is not the catalog's.
    ///
    /// # Errors
    ///
    /// A body that is not JSON or has no code, a code of the wrong JSON type, a code that
    /// is not in the catalog or not this endpoint's, or a required field missing: an
    /// [`Unexpected`] that keeps the status and what the body had.
    fn from_response(
        status: u16,
        body: &[u8],
    ) -> Result<Received<'_, Self>, Unexpected<'_, Self::Code>> {
        receive(status, body, &|_| None)
    }

    /// [`from_response`](Self::from_response), with the response's headers for the header
    /// fields the catalog declares: `headers` gives a header's value by name (matching
    /// names case-insensitively, as HTTP does).
    ///
    /// # Errors
    ///
    /// As [`from_response`](Self::from_response).
    fn from_response_with_headers<'a>(
        status: u16,
        headers: &dyn Fn(&str) -> Option<&'a str>,
        body: &'a [u8],
    ) -> Result<Received<'a, Self>, Unexpected<'a, Self::Code>> {
        receive(status, body, headers)
    }

    /// [`from_response`](Self::from_response) with an `http::StatusCode`.
    ///
    /// # Errors
    ///
    /// As [`from_response`](Self::from_response).
    #[cfg(feature = "http")]
    fn from_status(
        status: http::StatusCode,
        body: &[u8],
    ) -> Result<Received<'_, Self>, Unexpected<'_, Self::Code>> {
        receive(status.as_u16(), body, &|_| None)
    }

    /// [`from_response`](Self::from_response) for an `http::Response` whose body has been
    /// read, headers included.
    ///
    /// # Errors
    ///
    /// As [`from_response`](Self::from_response).
    #[cfg(feature = "http")]
    fn from_http_response<B: AsRef<[u8]>>(
        response: &http::Response<B>,
    ) -> Result<Received<'_, Self>, Unexpected<'_, Self::Code>> {
        let headers = response.headers();
        receive(
            response.status().as_u16(),
            response.body().as_ref(),
            &|name| headers.get(name)?.to_str().ok(),
        )
    }

    /// Reads a widget error string (plain, or JSON-quoted as some callbacks deliver it).
    ///
    /// # Errors
    ///
    /// A string that does not fit the catalog's widget format, or a code that is not in
    /// the catalog or not this endpoint's.
    fn from_widget(text: &str) -> Result<Self, ResponseError> {
        let format = <Self::Code as CatalogCode>::CATALOG
            .widget
            .unwrap_or_default();
        crate::widget::read(text, format, |code, message| {
            let code = Self::Code::parse(code).ok_or_else(|| ResponseError::UnknownCode {
                code: code.to_owned(),
            })?;
            Self::from_code(code, message).ok_or_else(|| not_for_endpoint::<Self>(code))
        })
    }

    /// Writes the message, placeholders filled in (what `Display` shows).
    ///
    /// # Errors
    ///
    /// Only what `out` returns.
    fn write_message(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        self.parts(&mut |index, values| {
            template::render(template_at::<Self>(index), values, &mut *out)
        })
    }

    /// The error body in the catalog's wire shape, placeholders filled in.
    fn to_body(&self) -> ErrorBody {
        let facts = facts_of(self);
        let catalog = <Self::Code as CatalogCode>::CATALOG;
        ErrorBody {
            wire: catalog.wire,
            status: status_of(self),
            code: match (catalog.code_type, facts.number) {
                (CodeType::Status, _) => None,
                (CodeType::Integer, Some(number)) => Some(CodeValue::Integer(number)),
                _ => Some(CodeValue::Text(facts.text)),
            },
            message: self.to_string(),
            description: description_of(self),
            fields: required_fields::<Self::Code>(),
        }
    }

    /// The error body as JSON text.
    fn to_json(&self) -> String {
        self.to_body().to_json()
    }

    /// The string the widget reports for this error, in the catalog's format.
    fn to_widget_string(&self) -> String {
        let format = <Self::Code as CatalogCode>::CATALOG
            .widget
            .unwrap_or_default();
        crate::widget::render(format, facts_of(self), &self.to_string())
    }
}

/// What every endpoint enum says of its errors, for code that handles any endpoint's
/// errors alike (logging, metrics, retry policies), also as `&dyn CatalogError`.
///
/// Implemented for every [`EndpointError`]. The enums' inherent methods say the same with
/// sharper types (`status()` is a plain `u16` on HTTP endpoints).
pub trait CatalogError: fmt::Display + fmt::Debug {
    /// The code as the API writes it.
    fn code_str(&self) -> &'static str;
    /// The HTTP status; `None` for errors reported as strings (a widget's).
    fn http_status(&self) -> Option<u16>;
    /// The message template as this endpoint words it; `<name>` marks a placeholder.
    fn message_template(&self) -> &'static str;
    /// What the error means and what to do, as this endpoint's table says.
    fn description(&self) -> &'static str;
    /// Whether retrying can help.
    fn retry(&self) -> Retry;
    /// The endpoint.
    fn endpoint(&self) -> Endpoint;
}

impl<E: EndpointError> CatalogError for E {
    fn code_str(&self) -> &'static str {
        facts_of(self).text
    }

    fn http_status(&self) -> Option<u16> {
        status_of(self)
    }

    fn message_template(&self) -> &'static str {
        template_at::<E>(index_of(self))
    }

    fn description(&self) -> &'static str {
        description_of(self)
    }

    fn retry(&self) -> Retry {
        let entry = entry_of(self);
        entry.retry.unwrap_or(entry.code.facts().retry)
    }

    fn endpoint(&self) -> Endpoint {
        E::ENDPOINT
    }
}

/// What every generated HTTP endpoint enum offers: its status and body, for servers and
/// mocks that answer with the catalog's errors.
pub trait HttpError: CatalogError {
    /// The HTTP status this endpoint answers the error with.
    fn status(&self) -> u16;

    /// The body in the catalog's wire shape.
    fn to_body(&self) -> ErrorBody;

    /// The status as an `http::StatusCode`.
    #[cfg(feature = "http")]
    fn status_code(&self) -> http::StatusCode {
        // Catalog statuses are checked to be 400-599 at compile time.
        http::StatusCode::from_u16(self.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

/// What [`EndpointError::parts`] calls with a variant's index and placeholder values.
pub type Visit<'v, R> = &'v mut dyn FnMut(usize, &[&str]) -> R;

/// The placeholder values of a received message, handed to
/// [`EndpointError::from_parts`] one field at a time.
#[derive(Debug)]
pub struct Values<'m> {
    fits: bool,
    first: [Option<&'m str>; 8],
    /// Only for templates with more than eight fields.
    more: Vec<Option<&'m str>>,
    next: usize,
}

impl<'m> Values<'m> {
    /// The values `message` holds where it fits `template`.
    #[must_use]
    pub fn new(template: &str, message: Option<&'m str>) -> Self {
        Self::read(template, !template.contains('<'), message)
    }

    /// [`new`](Self::new), told whether the template is plain text (no `<`), as the
    /// catalog's facts know from compile time.
    fn read(template: &str, plain: bool, message: Option<&'m str>) -> Self {
        let mut values = Self {
            fits: false,
            first: [None; 8],
            more: Vec::new(),
            next: 0,
        };
        let Some(message) = message else {
            return values;
        };
        // Only a template with a `<` has fields (or escapes), and only one with more `<`
        // than `first` has slots can have more fields than it.
        if plain {
            values.fits = message == template;
            return values;
        }
        let angles = template.bytes().filter(|&b| b == b'<').count();
        values.fits = if angles > values.first.len() {
            values.more = vec![None; template::field_count(template)];
            template::split(template, message, &mut values.more)
        } else {
            template::split(template, message, &mut values.first)
        };
        values
    }

    /// The next field's value: empty where the message did not fit.
    pub fn take(&mut self) -> String {
        let all = if self.more.is_empty() {
            &self.first[..]
        } else {
            &self.more[..]
        };
        let value = all.get(self.next).copied().flatten().unwrap_or_default();
        self.next += 1;
        value.to_owned()
    }
}

/// The fields every error body has, at their type's empty value: what `to_body` writes
/// until [`ErrorBody::with`] sets them, so that every body rendered is one the catalog
/// reads back.
fn required_fields<C: CatalogCode>() -> Vec<(Field, FieldValue<'static>)> {
    <C::Extra<'static> as ExtraFields<'static>>::FIELDS
        .iter()
        .filter(|field| field.required && matches!(field.source, FieldSource::Body(_)))
        .map(|field| {
            let empty = match field.kind {
                FieldKind::String => FieldValue::text(""),
                FieldKind::Integer => FieldValue::Integer(0),
                FieldKind::Boolean => FieldValue::Boolean(false),
            };
            (*field, empty)
        })
        .collect()
}

/// Reads a response: what the catalog's wire has, then the variant its code decides.
fn receive<'a, E: EndpointError>(
    status: u16,
    body: &'a [u8],
    header: &dyn Fn(&str) -> Option<&'a str>,
) -> Result<Received<'a, E>, Unexpected<'a, E::Code>> {
    let (code, got) = wire::gather::<E::Code>(status, body, header)?;
    let Some((error, index, message_fits)) = decide::<E>(code, got.message.as_deref()) else {
        return Err(got.unexpected(not_for_endpoint::<E>(code), Some(code)));
    };
    Ok(Received {
        catalog_status: status_at::<E>(index),
        error,
        status,
        message: got.message,
        message_fits,
        description: got.description,
        extra: got.extra,
    })
}

/// The variant for `code` with the values `message` holds, its index in `ENTRIES`, and
/// whether the message has this endpoint's wording; `None` if the endpoint does not list
/// `code`.
fn decide<E: EndpointError>(code: E::Code, message: Option<&str>) -> Option<(E, usize, bool)> {
    let index = E::ENTRIES.iter().position(|entry| entry.code == code)?;
    let (template, plain) = entry::<E>(index).template();
    let mut values = Values::read(template, plain, message);
    let fits = values.fits;
    Some((E::from_parts(index, &mut values)?, index, fits))
}

/// The entry at `index`; the first one stands in for an index out of range, which
/// generated code never passes.
fn entry<E: EndpointError>(index: usize) -> &'static Entry<E::Code> {
    E::ENTRIES.get(index).unwrap_or_else(|| &E::ENTRIES[0])
}

/// The variant's index in `ENTRIES`.
fn index_of<E: EndpointError>(error: &E) -> usize {
    error.parts(&mut |index, _| index)
}

/// The variant's entry.
fn entry_of<E: EndpointError>(error: &E) -> &'static Entry<E::Code> {
    entry::<E>(index_of(error))
}

fn facts_of<E: EndpointError>(error: &E) -> &'static CodeFacts<E::Code> {
    entry_of(error).code.facts()
}

/// The message template of the entry at `index`.
fn template_at<E: EndpointError>(index: usize) -> &'static str {
    entry::<E>(index).template().0
}

fn description_of<E: EndpointError>(error: &E) -> &'static str {
    let entry = entry_of(error);
    entry.description.unwrap_or(entry.code.facts().description)
}

fn status_of<E: EndpointError>(error: &E) -> Option<u16> {
    status_at::<E>(index_of(error))
}

/// The status of the entry at `index`; `None` on a widget endpoint.
fn status_at<E: EndpointError>(index: usize) -> Option<u16> {
    if E::ENDPOINT.transport == Transport::Widget {
        return None;
    }
    let entry = entry::<E>(index);
    entry.status.or(entry.code.facts().status)
}

fn not_for_endpoint<E: EndpointError>(code: E::Code) -> ResponseError {
    ResponseError::NotForEndpoint {
        code: code.facts().text,
        endpoint: E::ENDPOINT.key,
    }
}
