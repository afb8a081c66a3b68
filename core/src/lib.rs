//! The rules of the error-catalog format, in one place: the macro checks catalogs with
//! them, the runtime reads and writes errors with them, and the CLI imports pages with
//! them (the way sqlx's macros and runtime share `sqlx-core`).
//!
//! - [`code`]: how a code is written;
//! - [`names`]: identifiers, case conversions, reserved names;
//! - [`status`]: which HTTP statuses an error can have;
//! - [`integer`]: how integer codes are written;
//! - [`template`]: `<placeholder>` messages, split and rendered;
//! - [`pointer`](mod@pointer): the JSON pointers of `[wire]`;
//! - [`Retry`]: retry guidance;
//! - [`phf`]: the perfect hash behind `Code::parse`;
//! - [`wire`]: how much of a body the runtime's reader tracks.
//!
//! It has no dependencies: the proc-macro builds it, so its build time is our users'.

pub mod code;
pub mod integer;
pub mod names;
pub mod phf;
pub mod pointer;
mod retry;
pub mod status;
pub mod template;
pub mod wire;

pub use retry::Retry;
