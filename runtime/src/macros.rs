//! The items every catalog's `Code` and every endpoint enum have alike: inherent methods
//! that forward to [`CatalogCode`](crate::CatalogCode) and
//! [`EndpointError`](crate::EndpointError) (so handlers call them without importing a
//! trait), and the std trait impls the orphan rule keeps out of the runtime. Generated
//! code invokes these once per type, through the versioned private module.

/// `Code`'s inherent items and std impls. `$kind` is `string` or `integer`.
#[doc(hidden)]
#[macro_export]
macro_rules! __code_items {
    ($code:ident, $kind:ident) => {
        impl $code {
            /// Every code, in catalog order.
            pub const ALL: &'static [Self] = &$crate::__private_v0_1::all::<
                $code,
                { <$code as $crate::CatalogCode>::FACTS.len() },
            >(<$code as $crate::CatalogCode>::FACTS);

            /// Where this catalog's error bodies keep code, message, description and status
            /// (JSON pointers), and their media type. The further fields are
            /// `Extra::FIELDS`, where the catalog declares any.
            pub const WIRE: $crate::Wire = <$code as $crate::CatalogCode>::CATALOG.wire;

            /// The code as the API writes it.
            #[must_use]
            pub const fn as_str(self) -> &'static ::core::primitive::str {
                <$code as $crate::CatalogCode>::FACTS[self as ::core::primitive::usize].text
            }

            /// The code the API wrote as `code`, if the catalog has it (exact match).
            #[must_use]
            pub fn parse(code: &::core::primitive::str) -> ::core::option::Option<Self> {
                <$code as $crate::CatalogCode>::parse(code)
            }

            /// The HTTP status the code has unless an endpoint overrides it; `None` for a
            /// code that is only reported as a string (a widget error).
            #[must_use]
            pub const fn status(self) -> ::core::option::Option<::core::primitive::u16> {
                <$code as $crate::CatalogCode>::FACTS[self as ::core::primitive::usize].status
            }

            /// The message template unless an endpoint overrides it; `<name>` marks a
            /// placeholder.
            #[must_use]
            pub const fn message(self) -> &'static ::core::primitive::str {
                <$code as $crate::CatalogCode>::FACTS[self as ::core::primitive::usize].message
            }

            /// What the code means and what to do, unless an endpoint overrides it.
            #[must_use]
            pub const fn description(self) -> &'static ::core::primitive::str {
                <$code as $crate::CatalogCode>::FACTS[self as ::core::primitive::usize].description
            }

            /// Whether retrying can help, unless an endpoint overrides it.
            #[must_use]
            pub const fn retry(self) -> $crate::Retry {
                <$code as $crate::CatalogCode>::FACTS[self as ::core::primitive::usize].retry
            }
        }

        $crate::__code_items!(@$kind $code);

        #[automatically_derived]
        impl ::core::fmt::Display for $code {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for $code {
            type Err = $crate::UnknownCode;

            // Not `Self::Err`: a catalog may name a variant `Err`.
            fn from_str(
                code: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::UnknownCode> {
                Self::parse(code).ok_or_else(|| $crate::UnknownCode::new(code))
            }
        }
    };
    (@string $code:ident) => {};
    (@integer $code:ident) => {
        impl $code {
            /// The code as a number.
            #[must_use]
            pub const fn as_u32(self) -> ::core::primitive::u32 {
                match <$code as $crate::CatalogCode>::FACTS[self as ::core::primitive::usize].number {
                    ::core::option::Option::Some(number) => number,
                    ::core::option::Option::None => 0,
                }
            }

            /// The code the API sent as the number `code`, if the catalog has it.
            #[must_use]
            pub fn from_u32(code: ::core::primitive::u32) -> ::core::option::Option<Self> {
                <$code as $crate::CatalogCode>::from_u32(code)
            }
        }
    };
}

/// An endpoint enum's inherent items and std impls. `$kind` is `http`, `http_unlisted`
/// (an HTTP endpoint whose statuses the catalog does not give) or `widget`.
#[doc(hidden)]
#[macro_export]
macro_rules! __endpoint_items {
    ($name:ident, $code:ident, http) => {
        $crate::__endpoint_items!(@reading $name, $code);

        impl $name {
            /// The HTTP status this endpoint answers the error with.
            #[must_use]
            pub fn status(&self) -> ::core::primitive::u16 {
                <Self as $crate::HttpError>::status(self)
            }
        }

        #[automatically_derived]
        impl $crate::HttpError for $name {
            fn status(&self) -> ::core::primitive::u16 {
                // Every entry of an HTTP endpoint with listed statuses has one: the macro
                // checks it.
                $crate::CatalogError::http_status(self).unwrap_or(500)
            }

            fn to_body(&self) -> $crate::ErrorBody {
                <Self as $crate::EndpointError>::to_body(self)
            }
        }

        $crate::__into_response!($name);
    };
    // The catalog does not list the statuses: no `status()`, so nothing answers with one
    // the catalog made up; reading works as for any HTTP endpoint.
    ($name:ident, $code:ident, http_unlisted) => {
        $crate::__endpoint_items!(@reading $name, $code);
    };
    (@reading $name:ident, $code:ident) => {
        $crate::__endpoint_items!(@common $name, $code);

        impl $name {
            /// Reads an error response of this endpoint: the variant for the body's code
            /// (or the status, in a catalog keyed by status), with the status, message,
            /// description and further fields received. An error body sent with status 200
            /// is read the same;
            /// [`Received::status_differs`]($crate::Received::status_differs) tells when
            /// the status is not the catalog's.
            ///
            /// # Errors
            ///
            /// A body that is not JSON or has no code, a code of the wrong JSON type, a
            /// code that is not in the catalog or not this endpoint's, or a required field
            /// missing: an [`Unexpected`]($crate::Unexpected) that keeps the status and
            /// what the body had.
            pub fn from_response(
                status: ::core::primitive::u16,
                body: &[::core::primitive::u8],
            ) -> ::core::result::Result<$crate::Received<'_, Self>, $crate::Unexpected<'_, $code>> {
                <Self as $crate::EndpointError>::from_response(status, body)
            }

            /// [`from_response`](Self::from_response), with the response's headers for the
            /// header fields the catalog declares: `headers` gives a header's value by name
            /// (match it case-insensitively, as HTTP does).
            ///
            /// # Errors
            ///
            /// As `from_response`.
            pub fn from_response_with_headers<'a>(
                status: ::core::primitive::u16,
                headers: &dyn ::core::ops::Fn(
                    &::core::primitive::str,
                ) -> ::core::option::Option<&'a ::core::primitive::str>,
                body: &'a [::core::primitive::u8],
            ) -> ::core::result::Result<$crate::Received<'a, Self>, $crate::Unexpected<'a, $code>> {
                <Self as $crate::EndpointError>::from_response_with_headers(status, headers, body)
            }

            /// The error body in the catalog's wire shape, placeholders filled in.
            #[must_use]
            pub fn to_body(&self) -> $crate::ErrorBody {
                <Self as $crate::EndpointError>::to_body(self)
            }

            /// The error body as JSON text.
            #[must_use]
            pub fn to_json(&self) -> ::std::string::String {
                <Self as $crate::EndpointError>::to_json(self)
            }
        }

        $crate::__from_http!($name, $code);
    };
    ($name:ident, $code:ident, widget) => {
        $crate::__endpoint_items!(@common $name, $code);

        impl $name {
            /// The error type the widget reports, like `POLLING_TIMEOUT`.
            #[must_use]
            pub fn error_type(&self) -> &'static ::core::primitive::str {
                let code = <Self as $crate::EndpointError>::code(self);
                <$code as $crate::CatalogCode>::facts(code).error_type.unwrap_or_default()
            }

            /// The string the widget reports for this error, in the catalog's format.
            #[must_use]
            pub fn to_widget_string(&self) -> ::std::string::String {
                <Self as $crate::EndpointError>::to_widget_string(self)
            }
        }

        /// Reads a widget error string, plain or JSON-quoted.
        #[automatically_derived]
        impl ::core::str::FromStr for $name {
            type Err = $crate::ResponseError;

            fn from_str(
                text: &::core::primitive::str,
            ) -> ::core::result::Result<Self, $crate::ResponseError> {
                <Self as $crate::EndpointError>::from_widget(text)
            }
        }
    };
    (@common $name:ident, $code:ident) => {
        impl $name {
            /// The codes this endpoint can return, in the order the catalog lists them.
            pub const CODES: &'static [$code] = &$crate::__private_v0_1::codes::<
                $code,
                { <$name as $crate::EndpointError>::ENTRIES.len() },
            >(<$name as $crate::EndpointError>::ENTRIES);

            /// Which endpoint this is.
            pub const ENDPOINT: $crate::Endpoint = <$name as $crate::EndpointError>::ENDPOINT;

            /// The error's code.
            #[must_use]
            pub fn code(&self) -> $code {
                <Self as $crate::EndpointError>::code(self)
            }

            /// The message template as this endpoint words it; `<name>` marks a placeholder.
            #[must_use]
            pub fn message_template(&self) -> &'static ::core::primitive::str {
                $crate::CatalogError::message_template(self)
            }

            /// What the error means and what to do, as this endpoint's table says.
            #[must_use]
            pub fn description(&self) -> &'static ::core::primitive::str {
                $crate::CatalogError::description(self)
            }

            /// Whether retrying can help.
            #[must_use]
            pub fn retry(&self) -> $crate::Retry {
                $crate::CatalogError::retry(self)
            }

            /// The variant for `code` as this endpoint returns it, with placeholder values
            /// taken from `message` where it fits this endpoint's template (empty where it
            /// does not: the code decides the variant, not the wording). `None` if this
            /// endpoint cannot return `code`.
            #[must_use]
            pub fn from_code(
                code: $code,
                message: ::core::option::Option<&::core::primitive::str>,
            ) -> ::core::option::Option<Self> {
                <Self as $crate::EndpointError>::from_code(code, message)
            }
        }

        /// The message, with placeholders filled in.
        #[automatically_derived]
        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                <Self as $crate::EndpointError>::write_message(self, f)
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for $name {}

        #[automatically_derived]
        impl ::core::convert::From<$name> for $code {
            fn from(error: $name) -> Self {
                <$name as $crate::EndpointError>::code(&error)
            }
        }
    };
}

/// `from_status` and `from_http_response` as inherent methods of an HTTP endpoint enum,
/// when the `http` feature is on (the runtime's features decide, not the invoking crate's).
#[cfg(feature = "http")]
#[doc(hidden)]
#[macro_export]
macro_rules! __from_http {
    ($name:ident, $code:ident) => {
        impl $name {
            /// Reads an error response given its `http::StatusCode`, like
            /// [`from_response`](Self::from_response).
            ///
            /// # Errors
            ///
            /// As `from_response`.
            pub fn from_status(
                status: $crate::__private_v0_1::http::StatusCode,
                body: &[::core::primitive::u8],
            ) -> ::core::result::Result<$crate::Received<'_, Self>, $crate::Unexpected<'_, $code>>
            {
                <Self as $crate::EndpointError>::from_status(status, body)
            }

            /// Reads an `http::Response` whose body has been read, like
            /// [`from_response`](Self::from_response), with the header fields the catalog
            /// declares.
            ///
            /// # Errors
            ///
            /// As `from_response`.
            pub fn from_http_response<B: ::core::convert::AsRef<[::core::primitive::u8]>>(
                response: &$crate::__private_v0_1::http::Response<B>,
            ) -> ::core::result::Result<$crate::Received<'_, Self>, $crate::Unexpected<'_, $code>>
            {
                <Self as $crate::EndpointError>::from_http_response(response)
            }
        }
    };
}

/// Without the `http` feature, generated code's call expands to nothing.
#[cfg(not(feature = "http"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __from_http {
    ($name:ident, $code:ident) => {};
}

/// Implements axum's `IntoResponse` for a generated endpoint enum, when the `axum` feature
/// is on (generated code calls it either way).
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __into_response {
    ($name:ident) => {
        #[automatically_derived]
        impl $crate::__private_v0_1::axum_core::response::IntoResponse for $name {
            fn into_response(self) -> $crate::__private_v0_1::axum_core::response::Response {
                $crate::__private_v0_1::axum_response(&self)
            }
        }
    };
}

/// Without the `axum` feature, generated code's call expands to nothing.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __into_response {
    ($name:ident) => {};
}
