//! Warnings about a valid catalog that the compiler cannot give: a code no endpoint lists,
//! an override that says what the default already says, a code without a description.
//! The CLI's `check` reports them; the macro does not (stable proc-macros cannot warn).

use crate::ast::{self, Scalar, Sp};
use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Code, Retry};
use std::collections::HashMap;

/// The warnings for `catalog`, which `ast` was validated into.
pub fn lint(ast: &ast::Catalog, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    for (index, (def, code)) in ast.codes.iter().zip(&catalog.codes).enumerate() {
        let listed = catalog
            .endpoints
            .iter()
            .any(|e| e.entries.iter().any(|entry| entry.code == index));
        if !listed {
            warnings.push(
                Diagnostic::new(
                    def.key.span.clone(),
                    format!("code `{}` is listed by no endpoint", code.code),
                )
                .label("defined, never returned")
                .help("list it in the endpoints that can return it, or remove it"),
            );
        }
        if code.description.trim().is_empty() {
            warnings.push(
                Diagnostic::new(
                    def.key.span.clone(),
                    format!("code `{}` has no description", code.code),
                )
                .help("add `description = \"…\"`: docs and `description()` show it"),
            );
        }
    }
    let by_text: HashMap<&str, &Code> =
        catalog.codes.iter().map(|c| (c.code.as_str(), c)).collect();
    for endpoint in &ast.endpoints {
        let Some(refs) = &endpoint.codes else {
            continue;
        };
        for code_ref in &refs.value {
            let text = match &code_ref.code.value {
                Scalar::Text(text) | Scalar::TooLarge(text) => text.clone(),
                Scalar::Integer(n) => n.to_string(),
            };
            let Some(code) = by_text.get(text.as_str()) else {
                continue;
            };
            let o = &code_ref.overrides;
            let same = [
                same_as(o.status.as_ref(), "status", |v| {
                    code.status.is_some_and(|s| i64::from(s) == *v)
                }),
                same_as(o.message.as_ref(), "message", |v| *v == code.message.text),
                same_as(o.description.as_ref(), "description", |v| {
                    *v == code.description
                }),
                same_as(o.retry.as_ref(), "retry", |v| {
                    Retry::from_name(v) == Some(code.retry)
                }),
            ];
            for (span, key) in same.into_iter().flatten() {
                warnings.push(
                    Diagnostic::new(
                        span,
                        format!(
                            "endpoint `{}` overrides `{key}` of `{}` with its default",
                            endpoint.key.value, code.code
                        ),
                    )
                    .label("the same as the code's own")
                    .help(format!("remove `{key}` from this entry")),
                );
            }
        }
    }
    warnings.sort_by_key(|w| w.span.start);
    warnings
}

/// The span and key of an override whose value equals the default.
fn same_as<'a, T>(
    value: Option<&'a Sp<T>>,
    key: &'a str,
    equal: impl Fn(&T) -> bool,
) -> Option<(std::ops::Range<usize>, &'a str)> {
    value
        .filter(|v| equal(&v.value))
        .map(|v| (v.span.clone(), key))
}
