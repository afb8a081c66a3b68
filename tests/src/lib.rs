//! Downstream-crate tests of error-catalog. The catalogs are expanded here, in a library
//! held to strict lints and without the prelude, so the generated code is checked as the
//! strictest users' crates see it.
#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications, clippy::pedantic)]

pub mod seeds;

/// The Aerosync catalog.
pub mod aerosync {
    ::error_catalog::error_catalog!("../catalogs/aerosync.toml");
}

/// Plaid's legacy catalog: a second catalog in a second module of the same crate.
pub mod plaid {
    ::error_catalog::error_catalog!("../catalogs/plaid.toml");
}

/// The catalog beside user items named like the standard ones the generated code uses:
/// every path in it is absolute, so none of these is picked up.
pub mod shadowed {
    /// Not `core::result::Result`.
    pub struct Result;
    /// Not `core::option::Option`.
    pub struct Option;
    /// Not `std::string::String`.
    pub struct String;
    /// Not `std::boxed::Box`.
    pub struct Box;
    /// Not `std::vec::Vec`.
    pub struct Vec;
    /// Not the primitive `str`.
    #[allow(non_camel_case_types, reason = "shadows the primitive on purpose")]
    pub struct str;
    /// Not the primitive `u8`.
    #[allow(non_camel_case_types, reason = "shadows the primitive on purpose")]
    pub struct u8;
    /// Not the primitive `u16`.
    #[allow(non_camel_case_types, reason = "shadows the primitive on purpose")]
    pub struct u16;
    /// Not `core::fmt::Display`.
    pub trait Display {}
    /// Not the `core` crate.
    pub mod core {}
    /// Not the `std` crate.
    pub mod std {}
    /// Not the `error_catalog` crate.
    pub mod error_catalog {}

    ::error_catalog::error_catalog!("../catalogs/aerosync.toml");
}

/// A valid catalog that is awkward for a code generator (see the file's header).
pub mod edge_cases {
    ::error_catalog::error_catalog!("fixtures/edge-cases.toml");
}

/// Plaid's catalog beside a shadowed `u32`, which its integer codes use.
pub mod shadowed_integers {
    /// Not the primitive `u32`.
    #[allow(non_camel_case_types, reason = "shadows the primitive on purpose")]
    pub struct u32;

    ::error_catalog::error_catalog!("../catalogs/plaid.toml");
}

/// A Stripe-like catalog: further fields beside code and message, a request id header.
pub mod stripe_like {
    ::error_catalog::error_catalog!("fixtures/wire/stripe_like.toml");
}

/// Codes whose statuses the error page does not give (`statuses = "unlisted"`).
pub mod statuses_unlisted {
    ::error_catalog::error_catalog!("fixtures/wire/statuses_unlisted.toml");
}

/// A Twilio-like catalog: integer codes, the status in the body, a required field.
pub mod twilio_like {
    ::error_catalog::error_catalog!("fixtures/wire/twilio_like.toml");
}

/// A GitHub-like catalog: errors keyed by HTTP status, no code in the body.
pub mod github_like {
    ::error_catalog::error_catalog!("fixtures/wire/github_like.toml");
}

/// RFC 9457 problem details, the code in `type`.
pub mod problem_details {
    ::error_catalog::error_catalog!("fixtures/wire/problem_details.toml");
}

/// RFC 9457 problem details, the code in an extension member.
pub mod problem_extension {
    ::error_catalog::error_catalog!("fixtures/wire/problem_extension.toml");
}

/// Catalogs with further fields beside user items named like what their generated code
/// uses: every path is absolute, or imported inside the facts block.
pub mod shadowed_fields {
    /// Not `core::option::Option`.
    pub struct Option;
    /// Not `std::borrow::Cow`.
    pub struct Cow;
    /// Not the runtime's `Field`.
    pub struct Field;
    /// Not the runtime's `FieldKind`.
    pub struct FieldKind;
    /// Not the runtime's `FieldValue`.
    pub struct FieldValue;
    /// Not the primitive `i64`.
    #[allow(non_camel_case_types, reason = "shadows the primitive on purpose")]
    pub struct i64;
    /// Not the primitive `bool`.
    #[allow(non_camel_case_types, reason = "shadows the primitive on purpose")]
    pub struct bool;

    /// Integer and string fields, a header.
    pub mod github_like {
        pub use super::{Cow, Field, FieldKind, FieldValue, Option, bool, i64};
        ::error_catalog::error_catalog!("fixtures/wire/github_like.toml");
    }

    /// A boolean field.
    pub mod problem_extension {
        pub use super::{Cow, Field, FieldKind, FieldValue, Option, bool, i64};
        ::error_catalog::error_catalog!("fixtures/wire/problem_extension.toml");
    }
}

/// The committed golden expansion of the Aerosync catalog (`golden/`), compiled to prove
/// it is valid code.
pub mod golden_aerosync {
    ::core::include!("../golden/aerosync.rs");
}

/// The committed golden expansion of the Plaid catalog.
pub mod golden_plaid {
    ::core::include!("../golden/plaid.rs");
}

/// The committed golden expansion of the edge-case catalog.
pub mod golden_edge_cases {
    ::core::include!("../golden/edge_cases.rs");
}

/// The committed golden expansion of the Stripe-like catalog.
pub mod golden_stripe_like {
    ::core::include!("../golden/stripe_like.rs");
}

/// The committed golden expansion of the GitHub-like catalog.
pub mod golden_github_like {
    ::core::include!("../golden/github_like.rs");
}

/// The macro works inside a function body.
#[must_use]
pub fn status_from_a_function_body() -> u16 {
    ::error_catalog::error_catalog!("../catalogs/aerosync.toml");
    AccountsError::UserNotFound {
        connection_id: ::std::string::String::new(),
    }
    .status()
}

/// The catalogs `error-catalog import` makes of real vendor error pages
/// (`cli/tests/fixtures/import/`), compiled as users would compile them.
pub mod imported {
    /// Discord's gateway, voice, JSON and RPC codes: integer codes, no statuses.
    pub mod discord {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/discord.toml");
    }
    /// Microsoft Graph: text codes, no statuses, a nested JSON body.
    pub mod msgraph {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/msgraph.toml");
    }
    /// Amazon S3 Glacier: statuses, a type column.
    pub mod aws_glacier {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/aws-glacier.toml");
    }
    /// Bing Web Search: sub-codes kept in descriptions.
    pub mod bing_web_search {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/bing-web-search.toml");
    }
    /// The SMTP replies of `SendGrid`, from an HTML table.
    pub mod sendgrid_smtp {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/sendgrid-smtp.toml");
    }
    /// Vonage SMS: one code with two meanings in two tables.
    pub mod vonage_sms {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/vonage-sms.toml");
    }
    /// The Docker registry API: a table per endpoint response.
    pub mod docker_registry {
        ::error_catalog::error_catalog!("../cli/tests/fixtures/import/docker-registry.toml");
    }
}
