//! A typed Aerosync client: each call returns the endpoint's own error enum, so callers
//! handle errors with an exhaustive `match`.

use crate::aerosync::{AccountsError, BalanceError, JobsError, TransactionsError};
use error_catalog::{EndpointError, Received, ResponseError};
use std::fmt;

/// Why a call failed.
#[derive(Debug)]
pub enum CallError<E> {
    /// The API answered with one of the endpoint's errors.
    Api(Received<'static, E>),
    /// The API answered with something the catalog says this endpoint can't: a code outside
    /// the catalog, another endpoint's code, or a body with no code. Worth logging as drift.
    Unexpected {
        /// The status received.
        status: u16,
        /// What was wrong with the answer.
        error: ResponseError,
    },
    /// No answer.
    Transport(reqwest::Error),
}

impl<E: fmt::Display> fmt::Display for CallError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Api(received) => write!(f, "API error {}: {}", received.status, received.error),
            Self::Unexpected { status, error } => {
                write!(f, "unexpected answer ({status}): {error}")
            }
            Self::Transport(error) => write!(f, "transport: {error}"),
        }
    }
}

/// A client for one Aerosync base URL.
pub struct Client {
    http: reqwest::Client,
    base: String,
    mock_error: Option<String>,
}

impl Client {
    /// A client for `base`, like `http://127.0.0.1:3000`.
    pub fn new(base: impl Into<String>) -> Self {
        Self {
            http: reqwest::Client::new(),
            base: base.into(),
            mock_error: None,
        }
    }

    /// The same client, asking the mock server to answer with `code`.
    #[must_use]
    pub fn with_mock_error(&self, code: &str) -> Self {
        Self {
            http: self.http.clone(),
            base: self.base.clone(),
            mock_error: Some(code.to_owned()),
        }
    }

    /// `GET /v2/accounts/{connectionId}`
    ///
    /// # Errors
    ///
    /// The endpoint's errors, an unexpected answer, or no answer.
    pub async fn accounts(
        &self,
        connection_id: &str,
    ) -> Result<serde_json::Value, CallError<AccountsError>> {
        let (status, body) = self.get(&format!("/v2/accounts/{connection_id}")).await?;
        read(status, &body)
    }

    /// `GET /v2/accounts/{connectionId}/balance`
    ///
    /// # Errors
    ///
    /// The endpoint's errors, an unexpected answer, or no answer.
    pub async fn balance(
        &self,
        connection_id: &str,
    ) -> Result<serde_json::Value, CallError<BalanceError>> {
        let (status, body) = self
            .get(&format!("/v2/accounts/{connection_id}/balance"))
            .await?;
        read(status, &body)
    }

    /// `GET /v2/accounts/{connectionId}/job/{jobId}`
    ///
    /// # Errors
    ///
    /// The endpoint's errors, an unexpected answer, or no answer.
    pub async fn job(
        &self,
        connection_id: &str,
        job_id: &str,
    ) -> Result<serde_json::Value, CallError<JobsError>> {
        let (status, body) = self
            .get(&format!("/v2/accounts/{connection_id}/job/{job_id}"))
            .await?;
        read(status, &body)
    }

    /// `GET /v2/accounts/{connectionId}/transactions`
    ///
    /// # Errors
    ///
    /// The endpoint's errors, an unexpected answer, or no answer.
    pub async fn transactions(
        &self,
        connection_id: &str,
    ) -> Result<serde_json::Value, CallError<TransactionsError>> {
        let (status, body) = self
            .get(&format!("/v2/accounts/{connection_id}/transactions"))
            .await?;
        read(status, &body)
    }

    async fn get<E>(&self, path: &str) -> Result<(u16, Vec<u8>), CallError<E>> {
        let mut request = self.http.get(format!("{}{path}", self.base));
        if let Some(code) = &self.mock_error {
            request = request.header(crate::mock::MOCK_ERROR, code);
        }
        let response = request.send().await.map_err(CallError::Transport)?;
        let status = response.status().as_u16();
        let body = response.bytes().await.map_err(CallError::Transport)?;
        Ok((status, body.to_vec()))
    }
}

/// A success body, or endpoint `E`'s error. A 2xx body with no error code is a success;
/// an error body is an error whatever its status (Aerosync has sent them with 200).
fn read<E: EndpointError>(status: u16, body: &[u8]) -> Result<serde_json::Value, CallError<E>> {
    match E::from_response(status, body) {
        Ok(received) => Err(CallError::Api(received.into_owned())),
        Err(ResponseError::NoCode { .. }) if (200..300).contains(&status) => {
            serde_json::from_slice(body).map_err(|e| CallError::Unexpected {
                status,
                error: ResponseError::NotJson {
                    reason: e.to_string(),
                },
            })
        }
        Err(error) => Err(CallError::Unexpected { status, error }),
    }
}
