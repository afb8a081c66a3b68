//! What reading a response gives: the endpoint's error with what was received
//! ([`Received`]), or, for a response that is not one of its errors, what was received and
//! why ([`Unexpected`], [`ResponseError`]).

use crate::extra;
use crate::{CatalogCode, CatalogError, EndpointError};
use std::borrow::Cow;
use std::fmt;

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
    /// The status the catalog gives this code on this endpoint; `None` where the catalog
    /// does not list it (`statuses = "unlisted"`).
    pub catalog_status: Option<u16>,
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
    /// logging as catalog drift. (A body sent with 200 still parses.) Never, where the
    /// catalog does not list the status.
    pub fn status_differs(&self) -> bool {
        self.catalog_status
            .is_some_and(|listed| listed != self.status)
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

/// What an [`Unexpected`] keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Kept<'a, C: CatalogCode> {
    pub reason: ResponseError,
    pub status: u16,
    pub code: Option<Cow<'a, str>>,
    pub catalog_code: Option<C>,
    pub message: Option<Cow<'a, str>>,
    pub description: Option<Cow<'a, str>>,
    pub extra: ExtraOf<'a, C>,
}

impl<'a, C: CatalogCode> Unexpected<'a, C> {
    pub(crate) fn new(kept: Kept<'a, C>) -> Self {
        Self {
            kept: Box::new(kept),
        }
    }

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
