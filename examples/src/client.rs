//! A typed Aerosync client: each call returns the endpoint's own error enum, so callers
//! handle errors with an exhaustive `match`.

use crate::aerosync::{AccountsError, BalanceError, JobsError, TransactionsError};
use error_catalog::EndpointError;
pub use error_catalog::reqwest::CallError;

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
        self.get(&format!("/v2/accounts/{connection_id}")).await
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
        self.get(&format!("/v2/accounts/{connection_id}/balance"))
            .await
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
        self.get(&format!("/v2/accounts/{connection_id}/job/{job_id}"))
            .await
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
        self.get(&format!("/v2/accounts/{connection_id}/transactions"))
            .await
    }

    /// A `GET` of `path`, read as endpoint `E`'s call: the success body, or `E`'s error.
    async fn get<E: EndpointError>(&self, path: &str) -> Result<serde_json::Value, CallError<E>> {
        let mut request = self.http.get(format!("{}{path}", self.base));
        if let Some(code) = &self.mock_error {
            request = request.header(crate::mock::MOCK_ERROR, code);
        }
        let response = request.send().await.map_err(CallError::Transport)?;
        error_catalog::reqwest::read(response).await
    }
}
