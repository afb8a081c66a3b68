//! Reading a `reqwest` response into an endpoint's result (the `reqwest` feature): the
//! success body, or the endpoint's error with what was received.

use crate::{EndpointError, Received, Unexpected};
use serde_core::de::DeserializeOwned;
use std::fmt;

/// Why a call did not give its success value.
#[derive(Debug)]
pub enum CallError<E: EndpointError> {
    /// The API answered with one of the endpoint's errors: match on `.error`.
    Api(Received<'static, E>),
    /// The API answered with something that is not one of the endpoint's errors (a proxy's
    /// HTML page, a code outside the catalog, another endpoint's code). Worth logging as
    /// drift.
    Unexpected(Unexpected<'static, E::Code>),
    /// A success status whose body is not the success type.
    Decode {
        /// The status received.
        status: u16,
        /// What the JSON parser said.
        error: serde_json::Error,
    },
    /// No answer, or the body could not be read.
    Transport(::reqwest::Error),
}

impl<E: EndpointError> fmt::Display for CallError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(received) => write!(f, "API error {received}"),
            Self::Unexpected(unexpected) => write!(f, "unexpected answer: {unexpected}"),
            Self::Decode { status, error } => {
                write!(
                    f,
                    "the success body (HTTP {status}) does not decode: {error}"
                )
            }
            Self::Transport(error) => write!(f, "transport: {error}"),
        }
    }
}

/// `Display` says what went wrong, inner error included; `source` goes on from there
/// (the endpoint's enum for an API error, reqwest's own causes for a transport error), so a
/// chain prints nothing twice.
impl<E: EndpointError + std::error::Error> std::error::Error for CallError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Api(received) => received.source(),
            Self::Unexpected(_) => None,
            Self::Decode { error, .. } => error.source(),
            Self::Transport(error) => error.source(),
        }
    }
}

/// Reads `response` as a call of endpoint `E` that gives a `T` on success.
///
/// A non-2xx response is one of `E`'s errors or unexpected. A 2xx response is `T`, unless
/// its body carries one of `E`'s error codes (some APIs send errors with 200). The header
/// fields the catalog declares are read from the response's headers.
///
/// # Errors
///
/// As [`CallError`] says.
pub async fn read<T, E>(response: ::reqwest::Response) -> Result<T, CallError<E>>
where
    T: DeserializeOwned,
    E: EndpointError,
{
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(CallError::Transport)?;
    let header = |name: &str| headers.get(name)?.to_str().ok();
    let read = E::from_response_with_headers(status, &header, &body);
    match read {
        Ok(received) => Err(CallError::Api(received.into_owned())),
        Err(_) if (200..300).contains(&status) => {
            // An empty success body (a 204) is JSON's `null`: `()`, or `None`.
            let json: &[u8] = if body.trim_ascii().is_empty() {
                b"null"
            } else {
                &body
            };
            serde_json::from_slice(json).map_err(|error| CallError::Decode { status, error })
        }
        Err(unexpected) => Err(CallError::Unexpected(unexpected.into_owned())),
    }
}
