//! The wire half of an endpoint enum: building a variant from a received code and message,
//! reading HTTP responses and widget strings, and writing them back.

use super::{field_ident, ident, private};
use crate::model::{Catalog, CodeType, Endpoint, Transport};
use crate::template::{Segment, Template};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// `Code::WIRE`: where the catalog's error bodies keep their fields.
pub(super) fn wire_const(catalog: &Catalog) -> TokenStream {
    let code = &catalog.wire.code;
    let message = &catalog.wire.message;
    let description = super::option_str(catalog.wire.description.as_deref());
    quote! {
        /// Where this catalog's error bodies keep code, message and description (JSON pointers).
        pub const WIRE: ::error_catalog::Wire = ::error_catalog::Wire {
            code: #code,
            message: #message,
            description: #description,
        };
    }
}

/// The endpoint's wire items: inherent methods, and trait impls beside the enum.
pub(super) fn endpoint_wire(catalog: &Catalog, endpoint: &Endpoint) -> (TokenStream, TokenStream) {
    let from_code = from_code(catalog, endpoint);
    match endpoint.transport {
        Transport::Http => {
            let (methods, impls) = http(catalog, endpoint);
            (quote! { #from_code #methods }, impls)
        }
        Transport::Widget => {
            let (methods, impls) = widget(catalog, endpoint);
            (quote! { #from_code #methods }, impls)
        }
    }
}

/// `from_code(code, message)`: the variant, placeholder values taken from the message.
fn from_code(catalog: &Catalog, endpoint: &Endpoint) -> TokenStream {
    let private = private();
    let arms = endpoint.entries.iter().map(|entry| {
        let name = ident(&catalog.code_of(entry).name);
        let fields = &entry.message.fields;
        if fields.is_empty() {
            return quote! { Code::#name => Some(Self::#name), };
        }
        let count = fields.len();
        let segments = segments(&entry.message, &TokenStream::new());
        let values = fields.iter().enumerate().map(|(i, field)| {
            let field = field_ident(&field.name);
            quote! { #field: owned(values[#i]) }
        });
        quote! {
            Code::#name => {
                let mut values = [None; #count];
                if let Some(message) = message {
                    split(#segments, message, &mut values);
                }
                Some(Self::#name { #(#values),* })
            }
        }
    });
    // Import what the arms use, and only that (the output is also read as source).
    let templates: Vec<&Template> = endpoint
        .entries
        .iter()
        .map(|e| &e.message)
        .filter(|m| !m.fields.is_empty())
        .collect();
    let literals = templates
        .iter()
        .any(|t| t.segments.iter().any(|s| matches!(s, Segment::Literal(_))));
    let helpers = match (templates.is_empty(), literals) {
        (true, _) => None,
        (false, true) => Some(
            quote! { use ::error_catalog::#private::{owned, split, Segment::{Field, Literal}}; },
        ),
        (false, false) => {
            Some(quote! { use ::error_catalog::#private::{owned, split, Segment::Field}; })
        }
    };
    // The codes this endpoint cannot return: named if there is one, `_` if more.
    let missing: Vec<&str> = catalog
        .codes
        .iter()
        .enumerate()
        .filter(|(index, _)| !endpoint.entries.iter().any(|e| e.code == *index))
        .map(|(_, code)| code.name.as_str())
        .collect();
    let others = match missing.as_slice() {
        [] => None,
        [only] => {
            let only = ident(only);
            Some(quote! { Code::#only => None, })
        }
        _ => Some(quote! { _ => None, }),
    };
    let option_use = super::option_use(
        true,
        others.is_some()
            || endpoint
                .entries
                .iter()
                .any(|e| !e.message.fields.is_empty()),
    );
    let unused = endpoint
        .entries
        .iter()
        .all(|e| e.message.fields.is_empty())
        .then(|| quote! { let _ = message; });
    quote! {
        /// The variant for `code` as this endpoint returns it, with placeholder values taken
        /// from `message` where it fits this endpoint's template (empty where it does not:
        /// the code decides the variant, not the wording). `None` if this endpoint cannot
        /// return `code`.
        #[must_use]
        pub fn from_code(code: Code, message: ::core::option::Option<&::core::primitive::str>) -> ::core::option::Option<Self> {
            #option_use
            #helpers
            #unused
            match code {
                #(#arms)*
                #others
            }
        }
    }
}

fn http(catalog: &Catalog, endpoint: &Endpoint) -> (TokenStream, TokenStream) {
    let private = private();
    let name = ident(&endpoint.enum_name);
    let read_code = match catalog.code_type {
        CodeType::String => quote! {
            let code = ::error_catalog::#private::text_code(&fields, &Code::WIRE)?;
            let code = Code::parse(code).ok_or_else(|| ::error_catalog::#private::unknown(&code))?;
        },
        CodeType::Integer => quote! {
            let code = ::error_catalog::#private::integer_code(&fields, &Code::WIRE)?;
            let code = Code::from_u32(code).ok_or_else(|| ::error_catalog::#private::unknown(&code))?;
        },
    };
    let code_value = match catalog.code_type {
        CodeType::String => quote! { ::error_catalog::CodeValue::Text(self.code().as_str()) },
        CodeType::Integer => quote! { ::error_catalog::CodeValue::Integer(self.code().as_u32()) },
    };
    let methods = quote! {
        /// Reads an error response of this endpoint: the variant for the body's code, with
        /// the status, message and description received. An error body sent with status
        /// 200 is read the same; [`Received::status_differs`](::error_catalog::Received::status_differs)
        /// tells when the status is not the catalog's.
        ///
        /// # Errors
        ///
        /// A body that is not JSON or has no code, a code of the wrong JSON type, a code
        /// that is not in the catalog, or one this endpoint is not listed with.
        pub fn from_response(
            status: ::core::primitive::u16,
            body: &[::core::primitive::u8],
        ) -> ::core::result::Result<::error_catalog::Received<'_, Self>, ::error_catalog::ResponseError> {
            let fields = ::error_catalog::#private::read(body, &Code::WIRE)?;
            #read_code
            let error = Self::from_code(code, fields.message.as_deref())
                .ok_or_else(|| ::error_catalog::#private::not_for_endpoint(code.as_str(), Self::ENDPOINT.key))?;
            ::core::result::Result::Ok(::error_catalog::Received {
                catalog_status: error.status(),
                error,
                status,
                message: fields.message,
                description: fields.description,
            })
        }

        /// The error body in the catalog's wire shape, placeholders filled in.
        #[must_use]
        pub fn to_body(&self) -> ::error_catalog::ErrorBody {
            ::error_catalog::ErrorBody {
                wire: Code::WIRE,
                code: #code_value,
                message: ::std::string::ToString::to_string(self),
                description: self.description(),
            }
        }

        /// The error body as JSON text.
        #[must_use]
        pub fn to_json(&self) -> ::std::string::String {
            self.to_body().to_json()
        }
    };
    let impls = quote! {
        #[automatically_derived]
        impl ::error_catalog::HttpError for #name {
            fn status(&self) -> ::core::primitive::u16 {
                Self::status(self)
            }
            fn to_body(&self) -> ::error_catalog::ErrorBody {
                Self::to_body(self)
            }
        }

        ::error_catalog::__into_response!(#name);
    };
    (methods, impls)
}

fn widget(catalog: &Catalog, endpoint: &Endpoint) -> (TokenStream, TokenStream) {
    let private = private();
    let name = ident(&endpoint.enum_name);
    // Validation guarantees a widget endpoint has a format.
    let Some(format) = &catalog.wire.widget else {
        return (TokenStream::new(), TokenStream::new());
    };
    let text = &format.text;
    let segments = segments(format, &segment_path());
    let position = |placeholder: &str| {
        format
            .fields
            .iter()
            .position(|f| f.placeholder == placeholder)
    };
    let code = position("code").unwrap_or_default();
    let message = super::option_usize(position("message"));
    let values = format
        .fields
        .iter()
        .map(|field| match field.placeholder.as_str() {
            "type" => quote! { self.error_type() },
            "code" => quote! { self.code().as_str() },
            _ => quote! { &message },
        });
    let message_binding = format
        .fields
        .iter()
        .any(|f| f.placeholder == "message")
        .then(|| quote! { let message = ::std::string::ToString::to_string(self); });
    let methods = quote! {
        /// The string the widget reports for this error, in the catalog's format.
        #[must_use]
        pub fn to_widget_string(&self) -> ::std::string::String {
            #message_binding
            ::error_catalog::#private::render(#segments, &[#(#values),*])
        }
    };
    let impls = quote! {
        /// Reads a widget error string, plain or JSON-quoted.
        #[automatically_derived]
        impl ::core::str::FromStr for #name {
            type Err = ::error_catalog::ResponseError;

            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                const FORMAT: ::error_catalog::#private::WidgetFormat = ::error_catalog::#private::WidgetFormat {
                    text: #text,
                    segments: #segments,
                    code: #code,
                    message: #message,
                };
                ::error_catalog::#private::widget(text, &FORMAT, |code, message| {
                    let code = Code::parse(code).ok_or_else(|| ::error_catalog::#private::unknown(&code))?;
                    Self::from_code(code, message)
                        .ok_or_else(|| ::error_catalog::#private::not_for_endpoint(code.as_str(), Self::ENDPOINT.key))
                })
            }
        }
    };
    (methods, impls)
}

/// `&[Segment::Literal("User "), Segment::Field(0), …]`
/// `&[<path>Literal("User "), <path>Field(0), …]`: `path` is empty in a body that imports
/// the two variants, the full path to `Segment::` elsewhere.
fn segments(template: &Template, path: &TokenStream) -> TokenStream {
    let items = template.segments.iter().map(|segment| match segment {
        Segment::Literal(text) => quote! { #path Literal(#text) },
        Segment::Field(index) => {
            let index = Literal::usize_unsuffixed(*index);
            quote! { #path Field(#index) }
        }
    });
    quote! { &[#(#items),*] }
}

/// The full path to the runtime's `Segment::`.
fn segment_path() -> TokenStream {
    let private = private();
    quote! { ::error_catalog::#private::Segment:: }
}
