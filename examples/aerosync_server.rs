//! A mock Aerosync API on 127.0.0.1 that answers with the catalog's errors.
//!
//! `cargo run -p error-catalog-examples --example aerosync_server` (port from `PORT`,
//! default 3000), then for example:
//!
//! ```text
//! curl -i -H 'x-mock-error: AC-102' http://127.0.0.1:3000/v2/accounts/conn_1
//! ```

use error_catalog_examples::mock;
use tokio::net::TcpListener;

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = std::env::var("PORT").unwrap_or_else(|_| "3000".to_owned());
    let listener = TcpListener::bind(format!("127.0.0.1:{port}")).await?;
    println!("mock Aerosync API on http://{}", listener.local_addr()?);
    mock::serve(listener).await
}
