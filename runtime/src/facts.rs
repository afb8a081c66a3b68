//! What a catalog says, as generated code writes it down: the catalog as a whole, one row
//! of facts per code, and one entry per code an endpoint lists (with what that endpoint
//! words differently). The behaviour that reads these lives in [`crate::code`] and
//! [`crate::endpoint`].

use crate::{Retry, Wire};
use error_catalog_core::integer;

/// How a catalog writes codes on the wire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CodeType {
    /// JSON strings: `"AC-102"`.
    String,
    /// JSON integers: `1200`.
    Integer,
    /// No code in the body: the HTTP status is the code.
    Status,
}

/// What a catalog says as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Catalog {
    /// `[catalog] name`.
    pub name: &'static str,
    /// How codes are written on the wire.
    pub code_type: CodeType,
    /// Where error bodies keep their fields.
    pub wire: Wire,
    /// The format of errors reported as one string (`[wire] widget`), if any.
    pub widget: Option<&'static str>,
}

/// One code's facts: its text, and the defaults every endpoint has unless it overrides them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeFacts<C> {
    /// The code.
    pub code: C,
    /// As the API writes it: `AC-102`, `1200`.
    pub text: &'static str,
    /// The number, for a code written as a canonical integer.
    pub number: Option<u32>,
    /// The HTTP status; `None` for a code only reported as a string (a widget's).
    pub status: Option<u16>,
    /// Whether retrying can help.
    pub retry: Retry,
    /// The message template; `<name>` marks a placeholder.
    pub message: &'static str,
    /// What the code means and what to do; empty if the catalog says nothing.
    pub description: &'static str,
    /// The error type a widget reports it with, like `POLLING_TIMEOUT`.
    pub error_type: Option<&'static str>,
    /// The message has no `<`: no placeholders, no escapes (found once, at compile time).
    plain: bool,
}

impl<C: Copy> CodeFacts<C> {
    /// A code answered with an HTTP status.
    pub const fn http(code: C, text: &'static str, status: u16, retry: Retry) -> Self {
        Self::new(code, text, Some(status), retry)
    }

    /// A code only reported as a string, with no HTTP status.
    pub const fn widget(code: C, text: &'static str, retry: Retry) -> Self {
        Self::new(code, text, None, retry)
    }

    const fn new(code: C, text: &'static str, status: Option<u16>, retry: Retry) -> Self {
        Self {
            code,
            text,
            number: match integer::parse(text) {
                Ok(number) => Some(number),
                Err(_) => None,
            },
            status,
            retry,
            message: "",
            description: "",
            error_type: None,
            plain: true,
        }
    }

    /// With its message template.
    #[must_use]
    pub const fn message(mut self, message: &'static str) -> Self {
        self.message = message;
        self.plain = plain(message);
        self
    }

    /// The message template, and whether it is plain text (no `<`).
    pub(crate) const fn template(&self) -> (&'static str, bool) {
        (self.message, self.plain)
    }

    /// With its description.
    #[must_use]
    pub const fn description(mut self, description: &'static str) -> Self {
        self.description = description;
        self
    }

    /// With the error type a widget reports.
    #[must_use]
    pub const fn error_type(mut self, error_type: &'static str) -> Self {
        self.error_type = Some(error_type);
        self
    }
}

/// A code as one endpoint lists it: what the endpoint words differently from the code's
/// defaults, and nothing else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry<C> {
    /// The code.
    pub code: C,
    /// This endpoint's status, if it differs.
    pub status: Option<u16>,
    /// This endpoint's message template, if it differs.
    pub message: Option<&'static str>,
    /// This endpoint's description, if it differs.
    pub description: Option<&'static str>,
    /// This endpoint's retry guidance, if it differs.
    pub retry: Option<Retry>,
    /// This endpoint's message has no `<` (found once, at compile time).
    plain: bool,
}

impl<C: Copy> Entry<C> {
    /// The code as its defaults say.
    pub const fn of(code: C) -> Self {
        Self {
            code,
            status: None,
            message: None,
            description: None,
            retry: None,
            plain: true,
        }
    }

    /// With this endpoint's status.
    #[must_use]
    pub const fn status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// With this endpoint's message template.
    #[must_use]
    pub const fn message(mut self, message: &'static str) -> Self {
        self.message = Some(message);
        self.plain = plain(message);
        self
    }

    /// With this endpoint's description.
    #[must_use]
    pub const fn description(mut self, description: &'static str) -> Self {
        self.description = Some(description);
        self
    }

    /// With this endpoint's retry guidance.
    #[must_use]
    pub const fn retry(mut self, retry: Retry) -> Self {
        self.retry = Some(retry);
        self
    }
}

impl<C: crate::CatalogCode> Entry<C> {
    /// The message template as this endpoint words it, and whether it is plain text.
    pub(crate) fn template(&self) -> (&'static str, bool) {
        match self.message {
            Some(message) => (message, self.plain),
            None => self.code.facts().template(),
        }
    }
}

/// Whether a template is plain text: no `<`, so no placeholder and no escape.
const fn plain(template: &str) -> bool {
    let bytes = template.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' {
            return false;
        }
        i += 1;
    }
    true
}

/// How an endpoint reports errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Transport {
    /// An HTTP response: a status and a JSON body.
    Http,
    /// One string in the catalog's widget format, no HTTP status.
    Widget,
}

/// Which endpoint an error enum belongs to, as the catalog names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Endpoint {
    /// The catalog key: `balance_refresh`.
    pub key: &'static str,
    /// The HTTP method, where the catalog gives it.
    pub method: Option<&'static str>,
    /// The HTTP path, where the catalog gives it.
    pub path: Option<&'static str>,
    /// How it reports errors.
    pub transport: Transport,
}

impl Endpoint {
    /// An endpoint answering errors as HTTP responses.
    pub const fn http(key: &'static str) -> Self {
        Self {
            key,
            method: None,
            path: None,
            transport: Transport::Http,
        }
    }

    /// An endpoint reporting errors as widget strings.
    pub const fn widget(key: &'static str) -> Self {
        Self {
            transport: Transport::Widget,
            ..Self::http(key)
        }
    }

    /// With its HTTP method and path.
    #[must_use]
    pub const fn route(self, method: &'static str, path: &'static str) -> Self {
        self.method(method).path(path)
    }

    /// With its HTTP method.
    #[must_use]
    pub const fn method(mut self, method: &'static str) -> Self {
        self.method = Some(method);
        self
    }

    /// With its HTTP path.
    #[must_use]
    pub const fn path(mut self, path: &'static str) -> Self {
        self.path = Some(path);
        self
    }
}

/// `[entries[0].code, …]`: an endpoint's codes, for its `CODES` constant.
#[doc(hidden)]
pub const fn codes<C: Copy, const N: usize>(entries: &[Entry<C>]) -> [C; N] {
    let mut codes = [entries[0].code; N];
    let mut i = 1;
    while i < N {
        codes[i] = entries[i].code;
        i += 1;
    }
    codes
}

/// `[facts[0].code, …]`: every code, for `Code::ALL`.
#[doc(hidden)]
pub const fn all<C: Copy, const N: usize>(facts: &[CodeFacts<C>]) -> [C; N] {
    let mut codes = [facts[0].code; N];
    let mut i = 1;
    while i < N {
        codes[i] = facts[i].code;
        i += 1;
    }
    codes
}
