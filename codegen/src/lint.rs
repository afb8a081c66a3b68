//! Warnings about a valid catalog that the compiler cannot give: a code no endpoint lists,
//! an override that says what the default already says, a code without a description, a
//! `{name}` that was meant as a placeholder, a group no endpoint includes, a problem `type`
//! URI that does not link to the published error page. The CLI's `check` reports them; the
//! macro does not (stable proc-macros cannot warn).
//!
//! Each lint has a stable kebab-case name, shown in its message, by which a catalog
//! (`[catalog] lints = { missing-description = "allow" }`) or the command line
//! (`--allow`, `--deny`) sets its level.

use crate::ast::{self, Scalar, Sp};
use crate::diagnostic::Diagnostic;
use crate::model::{Catalog, Code, Retry};
use std::collections::HashMap;

/// A lint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lint {
    /// A code no endpoint lists.
    UnlistedCode,
    /// A code without a description.
    MissingDescription,
    /// An endpoint's override equal to the code's default.
    DefaultOverride,
    /// `{name}` in a message, which is text, where `<name>` would be a placeholder.
    BracePlaceholder,
    /// A group no endpoint includes.
    UnusedGroup,
    /// With `docs_url` set, a code that is an absolute URI (a problem `type`) but not
    /// `<docs_url>#<anchor>`, so it does not link to its documentation.
    UnlinkedType,
}

impl Lint {
    /// Every lint.
    pub const ALL: [Self; 6] = [
        Self::UnlistedCode,
        Self::MissingDescription,
        Self::DefaultOverride,
        Self::BracePlaceholder,
        Self::UnusedGroup,
        Self::UnlinkedType,
    ];

    /// The lint's stable name.
    pub fn name(self) -> &'static str {
        match self {
            Self::UnlistedCode => "unlisted-code",
            Self::MissingDescription => "missing-description",
            Self::DefaultOverride => "default-override",
            Self::BracePlaceholder => "brace-placeholder",
            Self::UnusedGroup => "unused-group",
            Self::UnlinkedType => "unlinked-type",
        }
    }

    /// The lint named `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|lint| lint.name() == name)
    }
}

/// What a lint's findings are: left out, warnings, or errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Level {
    /// Not reported.
    Allow,
    /// A warning (the default).
    Warn,
    /// An error: `check` fails.
    Deny,
}

impl Level {
    /// The level named `name`: `allow`, `warn` or `deny`.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "allow" => Some(Self::Allow),
            "warn" => Some(Self::Warn),
            "deny" => Some(Self::Deny),
            _ => None,
        }
    }
}

/// What the lints found, at the levels set: warnings and errors.
#[derive(Debug, Default)]
pub struct Findings {
    /// Findings of lints at `warn`.
    pub warnings: Vec<Diagnostic>,
    /// Findings of lints at `deny`.
    pub denied: Vec<Diagnostic>,
}

/// The findings for `catalog`, which `ast` was validated into, each lint at the level
/// `overrides` gives it (the command line), else the catalog's `lints`, else `warn`.
pub fn lint(ast: &ast::Catalog, catalog: &Catalog, overrides: &[(Lint, Level)]) -> Findings {
    let level = |lint: Lint| {
        let set_by = |levels: &mut dyn Iterator<Item = (Lint, Level)>| {
            levels
                .filter(|(l, _)| *l == lint)
                .last()
                .map(|(_, level)| level)
        };
        let in_catalog = ast.lints.iter().filter_map(|(name, level)| {
            Some((
                Lint::from_name(&name.value)?,
                Level::from_name(&level.value)?,
            ))
        });
        set_by(&mut overrides.iter().copied())
            .or_else(|| set_by(&mut in_catalog.into_iter()))
            .unwrap_or(Level::Warn)
    };
    let mut findings = Findings::default();
    // Only `check` reads the levels, so only it says what is wrong with them: a catalog
    // naming a lint this version does not have still compiles.
    findings.denied.extend(unknown_levels(ast));
    let mut found = found(ast, catalog);
    found.sort_by_key(|(_, d)| d.span.start);
    for (lint, diagnostic) in found {
        let diagnostic = Diagnostic {
            message: format!("{} [{}]", diagnostic.message, lint.name()),
            ..diagnostic
        };
        match level(lint) {
            Level::Allow => {}
            Level::Warn => findings.warnings.push(diagnostic),
            Level::Deny => findings.denied.push(diagnostic),
        }
    }
    findings
}

/// Every code an endpoint or a group lists as written, with what lists it (`endpoint
/// `accounts``, `group `common``) and, for an endpoint's entry of a code one of its groups
/// has, that group's entry, which its overrides go on top of.
fn listed(ast: &ast::Catalog) -> Vec<Listed<'_>> {
    let group = |name: &str| ast.groups.iter().find(|g| g.key.value == name);
    let endpoints = ast.endpoints.iter().flat_map(move |endpoint| {
        let what = format!("endpoint `{}`", endpoint.key.value);
        let items: Vec<&ast::Item> = endpoint
            .codes
            .iter()
            .flat_map(|codes| &codes.value)
            .collect();
        let members: Vec<&ast::CodeRef> = items
            .iter()
            .filter_map(|item| match item {
                ast::Item::Group(name) => group(&name.value),
                ast::Item::Code(_) => None,
            })
            .flat_map(|g| g.codes.iter().flat_map(|codes| &codes.value))
            .collect();
        items.into_iter().filter_map(move |item| match item {
            ast::Item::Code(code_ref) => Some(Listed {
                what: what.clone(),
                code_ref,
                under: members
                    .iter()
                    .copied()
                    .find(|m| m.code.value == code_ref.code.value),
            }),
            ast::Item::Group(_) => None,
        })
    });
    let groups = ast.groups.iter().flat_map(|group| {
        let what = format!("group `{}`", group.key.value);
        let codes = group.codes.iter().flat_map(|codes| &codes.value);
        codes.map(move |code_ref| Listed {
            what: what.clone(),
            code_ref,
            under: None,
        })
    });
    endpoints.chain(groups).collect()
}

/// A code as an endpoint or a group lists it.
struct Listed<'a> {
    what: String,
    code_ref: &'a ast::CodeRef,
    under: Option<&'a ast::CodeRef>,
}

/// `[catalog] lints` entries that name no lint or no level.
fn unknown_levels(ast: &ast::Catalog) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for (name, level) in &ast.lints {
        if Lint::from_name(&name.value).is_none() {
            let names: Vec<&str> = Lint::ALL.iter().map(|l| l.name()).collect();
            let help = crate::diagnostic::did_you_mean(&name.value, names.iter().copied())
                .map_or_else(
                    || format!("the lints are {}", names.join(", ")),
                    |close| format!("did you mean `{close}`?"),
                );
            errors.push(
                Diagnostic::new(name.span.clone(), format!("unknown lint `{}`", name.value))
                    .help(help),
            );
        }
        if Level::from_name(&level.value).is_none() {
            errors.push(
                Diagnostic::new(
                    level.span.clone(),
                    format!("unknown lint level \"{}\"", level.value),
                )
                .help("a lint's level is \"allow\", \"warn\" or \"deny\""),
            );
        }
    }
    errors
}

/// Every lint's findings, unordered.
fn found(ast: &ast::Catalog, catalog: &Catalog) -> Vec<(Lint, Diagnostic)> {
    let listed = listed(ast);
    let mut warnings = brace_placeholders(ast, &listed);
    warnings.extend(codes(ast, catalog));
    warnings.extend(unused_groups(ast));
    warnings.extend(default_overrides(catalog, &listed));
    warnings.extend(unlinked_types(ast, catalog));
    warnings
}

/// `brace-placeholder`, in every message the catalog writes.
fn brace_placeholders(ast: &ast::Catalog, listed: &[Listed<'_>]) -> Vec<(Lint, Diagnostic)> {
    let mut warnings = Vec::new();
    let messages = ast
        .codes
        .iter()
        .filter_map(|def| def.fields.message.as_ref())
        .chain(
            listed
                .iter()
                .filter_map(|listed| listed.code_ref.overrides.message.as_ref()),
        );
    for message in messages {
        if let Some(name) = brace_placeholder(&message.value) {
            warnings.push((
                Lint::BracePlaceholder,
                Diagnostic::new(
                    message.span.clone(),
                    format!("`{{{name}}}` in a message is text, not a placeholder"),
                )
                .help(format!(
                    "write `<{name}>` for a field the message fills in; allow `brace-placeholder` if the braces are the API's text"
                )),
            ));
        }
    }
    warnings
}

/// `unlisted-code` and `missing-description`.
fn codes(ast: &ast::Catalog, catalog: &Catalog) -> Vec<(Lint, Diagnostic)> {
    let mut warnings = Vec::new();
    for (index, (def, code)) in ast.codes.iter().zip(&catalog.codes).enumerate() {
        let listed = catalog
            .endpoints
            .iter()
            .any(|e| e.entries.iter().any(|entry| entry.code == index));
        if !listed {
            warnings.push((
                Lint::UnlistedCode,
                Diagnostic::new(
                    def.key.span.clone(),
                    format!("code `{}` is listed by no endpoint", code.code),
                )
                .label("defined, never returned")
                .help("list it in the endpoints that can return it, or remove it"),
            ));
        }
        if code.description.trim().is_empty() {
            warnings.push((
                Lint::MissingDescription,
                Diagnostic::new(
                    def.key.span.clone(),
                    format!("code `{}` has no description", code.code),
                )
                .help("add `description = \"…\"`: docs and `description()` show it"),
            ));
        }
    }
    warnings
}

/// `unused-group`.
fn unused_groups(ast: &ast::Catalog) -> Vec<(Lint, Diagnostic)> {
    let mut warnings = Vec::new();
    for group in &ast.groups {
        let included = ast
            .endpoints
            .iter()
            .flat_map(|e| e.codes.iter().flat_map(|codes| &codes.value))
            .any(|item| matches!(item, ast::Item::Group(name) if name.value == group.key.value));
        if !included {
            warnings.push((
                Lint::UnusedGroup,
                Diagnostic::new(
                    group.key.span.clone(),
                    format!("group `{}` is included by no endpoint", group.key.value),
                )
                .help("include it in an endpoint's codes as `{ group = \"…\" }`, or remove it"),
            ));
        }
    }
    warnings
}

/// `default-override`, in every entry of an endpoint or a group.
fn default_overrides(catalog: &Catalog, listed: &[Listed<'_>]) -> Vec<(Lint, Diagnostic)> {
    let mut warnings = Vec::new();
    let by_text: HashMap<&str, &Code> =
        catalog.codes.iter().map(|c| (c.code.as_str(), c)).collect();
    for Listed {
        what,
        code_ref,
        under,
    } in listed
    {
        let text = match &code_ref.code.value {
            Scalar::Text(text) | Scalar::TooLarge(text) => text.clone(),
            Scalar::Integer(n) => n.to_string(),
        };
        let Some(code) = by_text.get(text.as_str()) else {
            continue;
        };
        // Where a group's entry sets a key, the endpoint's value is no default to remove.
        let o = match under {
            Some(under) => &ast::Fields {
                status: code_ref
                    .overrides
                    .status
                    .clone()
                    .filter(|_| under.overrides.status.is_none()),
                message: code_ref
                    .overrides
                    .message
                    .clone()
                    .filter(|_| under.overrides.message.is_none()),
                description: code_ref
                    .overrides
                    .description
                    .clone()
                    .filter(|_| under.overrides.description.is_none()),
                retry: code_ref
                    .overrides
                    .retry
                    .clone()
                    .filter(|_| under.overrides.retry.is_none()),
            },
            None => &code_ref.overrides,
        };
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
            warnings.push((
                Lint::DefaultOverride,
                Diagnostic::new(
                    span,
                    format!(
                        "{what} overrides `{key}` of `{}` with its default",
                        code.code
                    ),
                )
                .label("the same as the code's own")
                .help(format!("remove `{key}` from this entry")),
            ));
        }
    }
    warnings
}

/// `unlinked-type`: with `docs_url` set, each code that is an absolute URI but no link to
/// the page, with the URI that would be one.
fn unlinked_types(ast: &ast::Catalog, catalog: &Catalog) -> Vec<(Lint, Diagnostic)> {
    let Some(url) = &catalog.docs_url else {
        return Vec::new();
    };
    let mut warnings = Vec::new();
    for (def, code) in ast.codes.iter().zip(&catalog.codes) {
        if !is_absolute_uri(&code.code) || catalog.linked_fragment(code).is_some() {
            continue;
        }
        let last = code
            .code
            .rsplit(['/', '#', ':'])
            .find(|segment| !segment.is_empty())
            .unwrap_or(&code.name);
        let linked = format!("{url}#{last}");
        warnings.push((
            Lint::UnlinkedType,
            Diagnostic::new(
                def.key.span.clone(),
                format!("code `{}` does not link to the error page at `docs_url`", code.code),
            )
            .label("not `<docs_url>#<anchor>`")
            .help(format!(
                "make it `{linked}`, so a problem's `type` opens its documentation; allow `unlinked-type` if the URI is fixed"
            )),
        ));
    }
    warnings
}

/// Whether `code` is an absolute URI (RFC 3986: a scheme, then `:`), as problem `type`s are.
fn is_absolute_uri(code: &str) -> bool {
    code.split_once(':').is_some_and(|(scheme, rest)| {
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
            && !rest.is_empty()
    })
}

/// The name in the first `{name}` of `message` (an identifier in braces), if any.
fn brace_placeholder(message: &str) -> Option<&str> {
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        let name = &after[..close];
        let identifier = name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if identifier {
            return Some(name);
        }
        rest = after;
    }
    None
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

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "[catalog]\nname = \"t\"\ncode_type = \"string\"\n";
    const REST: &str = "[wire]\ncode = \"/c\"\nmessage = \"/m\"\n\
        [codes.E-1]\nname = \"A\"\nstatus = 400\nmessage = \"Missing required param: {param}.\"\nretry = \"never\"\n\
        [codes.E-2]\nname = \"B\"\nstatus = 400\nmessage = \"Braces {{ are text }}.\"\ndescription = \"d\"\nretry = \"never\"\n\
        [endpoints.e]\ncodes = [\"E-1\", \"E-2\"]\n";

    /// The messages of the warnings and of the denied findings.
    fn findings(lints: &str, overrides: &[(Lint, Level)]) -> (Vec<String>, Vec<String>) {
        let source = format!("{HEAD}{lints}{REST}");
        let checked = crate::check(source.as_bytes(), overrides);
        assert!(checked.catalog.is_ok(), "{:?}", checked.catalog.err());
        let messages = |d: &[Diagnostic]| d.iter().map(|d| d.message.clone()).collect();
        (
            messages(&checked.lints.warnings),
            messages(&checked.lints.denied),
        )
    }

    #[test]
    fn each_lint_is_named_in_its_message_and_braces_around_a_name_are_caught() {
        let (warnings, denied) = findings("", &[]);
        assert_eq!(
            warnings,
            [
                "code `E-1` has no description [missing-description]",
                "`{param}` in a message is text, not a placeholder [brace-placeholder]",
            ]
        );
        assert!(denied.is_empty());
        assert_eq!(brace_placeholder("{{ are text }}"), None);
        assert_eq!(brace_placeholder("a {b c} {d_1}"), Some("d_1"));
    }

    #[test]
    fn the_catalog_sets_levels_and_the_command_line_overrides_them() {
        let lints = "lints = { missing-description = \"allow\", brace-placeholder = \"deny\" }\n";
        let (warnings, denied) = findings(lints, &[]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            denied,
            ["`{param}` in a message is text, not a placeholder [brace-placeholder]"]
        );
        let overrides = [
            (Lint::BracePlaceholder, Level::Allow),
            (Lint::MissingDescription, Level::Deny),
        ];
        let (warnings, denied) = findings(lints, &overrides);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            denied,
            ["code `E-1` has no description [missing-description]"]
        );
    }

    #[test]
    fn a_group_no_endpoint_includes_is_reported() {
        let source = format!("{HEAD}{REST}[groups.spare]\ncodes = [\"E-2\"]\n");
        let checked = crate::check(source.as_bytes(), &[]);
        let messages: Vec<&str> = checked
            .lints
            .warnings
            .iter()
            .map(|d| d.message.as_str())
            .collect();
        assert!(
            messages.contains(&"group `spare` is included by no endpoint [unused-group]"),
            "{messages:?}"
        );
    }

    #[test]
    fn an_override_of_a_group_s_override_is_no_default_to_remove() {
        // E-2's default status is 400; the group says 409 and the endpoint 400 again.
        let source = format!(
            "{HEAD}{}[groups.g]\ncodes = [{{ code = \"E-2\", status = 409 }}]\n\
             [endpoints.f]\ncodes = [{{ group = \"g\" }}, {{ code = \"E-2\", status = 400 }}]\n",
            REST.replace("codes = [\"E-1\", \"E-2\"]", "codes = [\"E-1\"]")
        );
        let checked = crate::check(source.as_bytes(), &[]);
        assert!(checked.catalog.is_ok(), "{:?}", checked.catalog.err());
        let overrides: Vec<&str> = checked
            .lints
            .warnings
            .iter()
            .map(|d| d.message.as_str())
            .filter(|m| m.contains("default-override"))
            .collect();
        assert!(overrides.is_empty(), "{overrides:?}");
    }

    #[test]
    fn problem_types_that_do_not_link_to_the_page_are_reported_with_the_uri_they_should_have() {
        let source = "[catalog]\nname = \"p\"\ncode_type = \"string\"\ndocs_url = \"https://api.example.com/errors\"\n\
            [wire]\ncode = \"/type\"\nmessage = \"/title\"\n\
            [codes.\"https://api.example.com/errors#out-of-credit\"]\nname = \"A\"\nstatus = 403\nmessage = \"m\"\ndescription = \"d\"\nretry = \"never\"\n\
            [codes.\"https://example.com/probs/maintenance\"]\nname = \"B\"\nstatus = 503\nmessage = \"m\"\ndescription = \"d\"\nretry = \"later\"\n\
            [codes.E-1]\nname = \"C\"\nstatus = 400\nmessage = \"m\"\ndescription = \"d\"\nretry = \"never\"\n\
            [endpoints.e]\ncodes = [\"https://api.example.com/errors#out-of-credit\", \"https://example.com/probs/maintenance\", \"E-1\"]\n";
        let checked = crate::check(source.as_bytes(), &[]);
        let warnings: Vec<(String, String)> = checked
            .lints
            .warnings
            .into_iter()
            .map(|d| (d.message, d.help.unwrap_or_default()))
            .collect();
        assert_eq!(
            warnings,
            [(
                "code `https://example.com/probs/maintenance` does not link to the error page at `docs_url` [unlinked-type]".to_owned(),
                "make it `https://api.example.com/errors#maintenance`, so a problem's `type` opens its documentation; allow `unlinked-type` if the URI is fixed".to_owned(),
            )]
        );
        // Without `docs_url` there is no page to link to, and nothing to say.
        let unpublished = source.replace("docs_url = \"https://api.example.com/errors\"\n", "");
        assert!(
            crate::check(unpublished.as_bytes(), &[])
                .lints
                .warnings
                .is_empty()
        );
        assert!(is_absolute_uri("urn:example:probs:x"));
        assert!(!is_absolute_uri("AC-102") && !is_absolute_uri("1200") && !is_absolute_uri("E:"));
    }

    #[test]
    fn unknown_lints_and_levels_are_check_errors_that_the_macro_leaves_alone() {
        let source = format!(
            "{HEAD}lints = {{ missing-descripton = \"allow\", brace-placeholder = \"forbid\" }}\n{REST}"
        );
        assert!(
            crate::load(source.as_bytes()).is_ok(),
            "the macro compiles it"
        );
        let errors: Vec<String> = crate::check(source.as_bytes(), &[])
            .lints
            .denied
            .into_iter()
            .map(|d| format!("{} / {}", d.message, d.help.unwrap_or_default()))
            .collect();
        assert_eq!(
            errors,
            [
                "unknown lint `missing-descripton` / did you mean `missing-description`?",
                "unknown lint level \"forbid\" / a lint's level is \"allow\", \"warn\" or \"deny\"",
            ]
        );
    }
}
