//! [`crate::ast::Catalog`] -> [`crate::model::Catalog`]: names, ranges, references, duplicates, and the
//! overrides applied per endpoint. Every problem is reported, each at its own span.

use crate::ast::{self, CodeRef, FieldSourceDef, Item, Scalar, Sp};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::escapes;
use crate::examples;
use crate::model::{
    Catalog, Code, CodeType, Endpoint, Entry, Field, FieldKind, FieldSource, Retry, Transport, Wire,
};
use crate::names;
use crate::template::Template;
use error_catalog_core::integer::{self, IntegerCodeError};
use error_catalog_core::wire::{MAX_FIELDS, MAX_KEYS};
use error_catalog_core::{code, pointer, status};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// Checks `catalog` (parsed from `source`); a model only if nothing at all is wrong.
pub fn validate(
    source: &str,
    catalog: &ast::Catalog,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Catalog> {
    let mut v = Validator {
        source,
        diagnostics,
    };
    let name = catalog.name.as_ref().map(|name| v.catalog_name(name));
    let title = catalog.title.as_ref().map(|title| v.title(title));
    let docs_url = catalog.docs_url.as_ref().map(|url| v.docs_url(url));
    let code_type = catalog.code_type.as_ref().and_then(|t| v.code_type(t));
    let wire = catalog.wire.as_ref().and_then(|w| v.wire(w, code_type));
    let codes = v.codes(&catalog.codes, code_type, wire.as_ref());
    let endpoints = v.endpoints(catalog, &codes, code_type, wire.as_ref());
    if catalog.codes.is_empty() && catalog.name.is_some() {
        let help = if code_type == Some(CodeType::Status) {
            "add one: [codes.404] with `name`, `message` and `retry`"
        } else {
            "add one: [codes.E-001] with `name`, `status`, `message` and `retry`"
        };
        v.diagnostics
            .push(Diagnostic::new(0..0, "the catalog defines no codes").help(help));
    }
    if catalog.endpoints.is_empty() && catalog.name.is_some() {
        v.diagnostics.push(
            Diagnostic::new(0..0, "the catalog defines no endpoints")
                .help("add one: [endpoints.my_call] with `codes = [...]`; each becomes an enum"),
        );
    }
    if !v.diagnostics.is_empty() {
        return None;
    }
    Some(Catalog {
        name: name?,
        description: catalog.description.as_ref().map(|d| d.value.clone()),
        title,
        docs_url,
        code_type: code_type?,
        wire: wire?,
        codes: codes
            .into_iter()
            .map(|(_, code)| code)
            .collect::<Option<_>>()?,
        endpoints,
    })
}

struct Validator<'a> {
    source: &'a str,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// What checking an endpoint's entries needs to know of the endpoint and the catalog.
struct EntryContext<'a> {
    transport: Transport,
    statuses_listed: bool,
    code_type: Option<CodeType>,
    wire: Option<&'a Wire>,
    endpoint: &'a str,
}

impl Validator<'_> {
    fn catalog_name(&mut self, name: &Sp<String>) -> String {
        if name.value.trim().is_empty() {
            self.diagnostics.push(Diagnostic::new(
                name.span.clone(),
                "the catalog's `name` is empty",
            ));
        }
        name.value.clone()
    }

    /// `[catalog] title`: a heading, so one line of text.
    fn title(&mut self, title: &Sp<String>) -> String {
        if title.value.trim().is_empty() {
            self.diagnostics.push(
                Diagnostic::new(title.span.clone(), "the catalog's `title` is empty").help(
                    "give the error page a title, or leave `title` out for \"<name> errors\"",
                ),
            );
        } else if let Some(at) = title.value.find(['\n', '\r']) {
            let span = self.inner_span(title, &(at..at + 1));
            self.diagnostics.push(
                Diagnostic::new(span, "the catalog's `title` is more than one line")
                    .label("line break")
                    .help("write the page's title on one line; longer text goes in `description`"),
            );
        }
        title.value.clone()
    }

    /// `[catalog] docs_url`: where the page is published, which a code's anchor is appended
    /// to, so an absolute http(s) URL with no fragment of its own.
    fn docs_url(&mut self, url: &Sp<String>) -> String {
        let value = &url.value;
        let host = value.split_once("://").and_then(|(scheme, rest)| {
            let web = scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http");
            web.then(|| rest.split(['/', '?', '#']).next().unwrap_or(""))
        });
        let spaced = value.chars().any(|c| c.is_whitespace() || c.is_control());
        if host.is_none_or(str::is_empty) || spaced {
            self.diagnostics.push(
                Diagnostic::new(
                    url.span.clone(),
                    format!("`docs_url` {value:?} is not an absolute http(s) URL"),
                )
                .help("write the address the error page is published at, like \"https://api.example.com/errors\""),
            );
        } else if let Some(at) = value.find('#') {
            let span = self.inner_span(url, &(at..value.len()));
            self.diagnostics.push(
                Diagnostic::new(span, format!("`docs_url` {value:?} has a fragment"))
                    .label("fragment")
                    .help(format!(
                        "remove `{}`: each code's anchor is appended as the fragment, `{}#<anchor>`",
                        &value[at..],
                        &value[..at]
                    )),
            );
        }
        value.clone()
    }

    fn code_type(&mut self, code_type: &Sp<String>) -> Option<CodeType> {
        match code_type.value.as_str() {
            "string" => Some(CodeType::String),
            "integer" => Some(CodeType::Integer),
            "status" => Some(CodeType::Status),
            other => {
                self.push_choice(
                    &code_type.span,
                    "code_type",
                    other,
                    &["string", "integer", "status"],
                );
                None
            }
        }
    }

    /// The runtime reads bodies along a layout of at most `MAX_KEYS` object keys, built at
    /// compile time: every distinct key on the way to a value it reads counts.
    fn layout_keys<'p>(&mut self, read: impl Iterator<Item = &'p Sp<String>>) {
        let mut keys: Vec<&str> = Vec::new();
        for written in read {
            let value = written.value.as_str();
            for (at, _) in value.match_indices('/').skip(1).chain([(value.len(), "")]) {
                let prefix = &value[..at];
                if !keys.contains(&prefix) {
                    keys.push(prefix);
                }
            }
            if keys.len() > MAX_KEYS {
                self.diagnostics.push(
                    Diagnostic::new(written.span.clone(), format!("the body pointers of `[wire]` and `[wire.fields]` lead through more than {MAX_KEYS} object keys"))
                        .help(format!("the reader follows at most {MAX_KEYS} keys in all: point at fewer places, or at shallower ones")),
                );
                return;
            }
        }
    }

    fn wire(&mut self, wire: &ast::Wire, code_type: Option<CodeType>) -> Option<Wire> {
        let status_keyed = code_type == Some(CodeType::Status);
        if status_keyed && let Some(code) = &wire.code {
            self.diagnostics.push(
                Diagnostic::new(
                    code.span.clone(),
                    "`[wire]` has a `code`, but the catalog's code_type is \"status\"",
                )
                .label("not read")
                .help("a status-keyed catalog reads the code from the HTTP status, not the body: remove `code`"),
            );
        }
        let fields = self.fields(&wire.fields);
        let field_pointers = wire.fields.iter().filter_map(|f| match &f.source {
            Some(FieldSourceDef::Pointer(pointer)) => Some(pointer),
            _ => None,
        });
        let mut pointers: Vec<&Sp<String>> = [
            wire.code.as_ref().filter(|_| !status_keyed),
            wire.message.as_ref(),
            wire.description.as_ref(),
            wire.status.as_ref(),
        ]
        .into_iter()
        .flatten()
        .chain(field_pointers)
        .collect();
        pointers.sort_by_key(|p| p.span.start);
        let mut well_formed: Vec<&Sp<String>> = Vec::new();
        for written in pointers {
            match pointer::problem(&written.value) {
                Some(problem) => self.diagnostics.push(Diagnostic::new(written.span.clone(), format!("`{}` {problem}", written.value)).help(
                    "write a JSON pointer into objects, like `/error/code`: error bodies are read and written there",
                )),
                None => well_formed.push(written),
            }
        }
        // Read and written side by side, no pointer may be another or lie inside another
        // (checked among pointers only: a malformed one has its own diagnostic).
        for (i, a) in well_formed.iter().enumerate() {
            for b in &well_formed[i + 1..] {
                if pointer::overlap(&a.value, &b.value) {
                    self.diagnostics.push(
                        Diagnostic::new(
                            b.span.clone(),
                            format!(
                                "`{}` and `{}` point at the same place, or one inside the other",
                                a.value, b.value
                            ),
                        )
                        .help("give each of `[wire]`'s code, message, description and status, and each body field of `[wire.fields]`, a place of its own in the body"),
                    );
                }
            }
        }
        // The status pointer is only written; the others are read.
        let status = wire.status.as_ref();
        self.layout_keys(
            well_formed
                .iter()
                .copied()
                .filter(|p| !status.is_some_and(|status| std::ptr::eq(*p, status))),
        );
        let media_type = wire.media_type.as_ref().and_then(|m| self.media_type(m));
        let widget = wire.widget.as_ref().and_then(|format| {
            let template = self.template(format)?;
            for field in &template.fields {
                if !["type", "code", "message"].contains(&field.placeholder.as_str()) {
                    self.diagnostics.push(
                        Diagnostic::new(format.span.clone(), format!("unknown placeholder `<{}>` in the widget format", field.placeholder))
                            .help("the widget format can use `<type>`, `<code>` and `<message>`"),
                    );
                }
            }
            if !template.fields.iter().any(|f| f.placeholder == "code") {
                self.diagnostics.push(
                    Diagnostic::new(format.span.clone(), "the widget format has no `<code>`")
                        .help("the code decides the variant: write e.g. `<type> | Code: <code> | Message: <message>`"),
                );
            }
            Some(template)
        });
        Some(Wire {
            // Missing where required, or present in a status catalog: reported above or by
            // `parse`, so no model is built.
            code: wire.code.as_ref().map(|c| c.value.clone()),
            message: wire.message.as_ref()?.value.clone(),
            description: wire.description.as_ref().map(|d| d.value.clone()),
            status: wire.status.as_ref().map(|s| s.value.clone()),
            media_type,
            widget,
            fields,
        })
    }

    /// `[wire.fields]`: names, types, headers; the body pointers are checked with the
    /// other pointers of `[wire]`. Only the fields without problems are returned.
    fn fields(&mut self, defs: &[ast::FieldDef]) -> Vec<Field> {
        if let Some(first_extra) = defs.get(MAX_FIELDS) {
            self.diagnostics.push(
                Diagnostic::new(
                    first_extra.name.span.clone(),
                    format!(
                        "`[wire.fields]` declares {} fields, more than {MAX_FIELDS}",
                        defs.len()
                    ),
                )
                .label(format!("field {} of at most {MAX_FIELDS}", MAX_FIELDS + 1))
                .help(format!(
                    "the generated reader tracks which fields it has read in a fixed-size set of {MAX_FIELDS}: keep the fields handlers use"
                )),
            );
        }
        let mut headers: HashMap<String, (&Sp<String>, &Sp<String>)> = HashMap::new();
        let mut out = Vec::new();
        for def in defs {
            let name_ok = self.field_name(&def.name);
            let kind = match def.kind.as_ref().map(|k| k.value.as_str()) {
                None | Some("string") => Some(FieldKind::String),
                Some("integer") => Some(FieldKind::Integer),
                Some("boolean") => Some(FieldKind::Boolean),
                Some(other) => {
                    let span = def.kind.as_ref().map_or(0..0, |k| k.span.clone());
                    self.push_choice(&span, "type", other, &["string", "integer", "boolean"]);
                    None
                }
            };
            let required = def.required.as_ref().is_some_and(|r| r.value);
            let source = match &def.source {
                None => None,
                Some(FieldSourceDef::Pointer(pointer)) => {
                    // Checked in `wire`, with the other pointers; no model if it is wrong.
                    Some(FieldSource::Body(pointer.value.clone()))
                }
                Some(FieldSourceDef::Header(header)) => {
                    let mut ok = self.header_name(&def.name.value, header);
                    if ok {
                        let folded = header.value.to_ascii_lowercase();
                        if let Some((first_name, first)) = headers.get(&folded) {
                            let (line, col) =
                                crate::diagnostic::line_col(self.source, first.span.start);
                            self.diagnostics.push(
                                Diagnostic::new(
                                    header.span.clone(),
                                    format!(
                                        "field `{}` reads header `{}`, which field `{}` reads already",
                                        def.name.value, header.value, first_name.value
                                    ),
                                )
                                .label(format!("`{}` at {line}:{col}; header names are case-insensitive", first.value))
                                .help("read each header into one field: remove one of the two"),
                            );
                            ok = false;
                        } else {
                            headers.insert(folded, (&def.name, header));
                        }
                    }
                    if let Some(flag) = def.required.as_ref().filter(|r| r.value) {
                        self.diagnostics.push(
                            Diagnostic::new(
                                flag.span.clone(),
                                format!("header field `{}` cannot be required", def.name.value),
                            )
                            .help("a header is there only when the caller passes the response's headers: remove `required = true`"),
                        );
                        ok = false;
                    }
                    if kind == Some(FieldKind::Boolean) {
                        let span = def.kind.as_ref().map_or(0..0, |k| k.span.clone());
                        self.diagnostics.push(
                            Diagnostic::new(
                                span,
                                format!("header field `{}` cannot be a boolean", def.name.value),
                            )
                            .help("headers are text: use `type = \"string\"`, or `type = \"integer\"` for a number like `Retry-After`'s"),
                        );
                        ok = false;
                    }
                    ok.then(|| FieldSource::Header(header.value.clone()))
                }
            };
            if let (true, Some(source), Some(kind)) = (name_ok, source, kind) {
                out.push(Field {
                    name: def.name.value.clone(),
                    source,
                    kind,
                    required,
                });
            }
        }
        out
    }

    /// Whether a `[wire.fields]` key can name a field of the generated `Extra` struct.
    fn field_name(&mut self, name: &Sp<String>) -> bool {
        if !names::is_snake_case(&name.value) {
            let suggestion = names::to_snake_case(
                &name
                    .value
                    .chars()
                    .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                    .collect::<String>(),
            );
            let help = if names::is_snake_case(&suggestion)
                && names::field_ident(&suggestion).is_some()
            {
                format!(
                    "write it as `{suggestion}`; it names a field of the generated `Extra` struct"
                )
            } else {
                "field names are snake_case identifiers, like `decline_code`; each names a field of the generated `Extra` struct".to_owned()
            };
            self.diagnostics.push(
                Diagnostic::new(
                    name.span.clone(),
                    format!("field name `{}` is not snake_case", name.value),
                )
                .help(help),
            );
            return false;
        }
        if names::field_ident(&name.value).is_none() {
            self.diagnostics.push(
                Diagnostic::new(
                    name.span.clone(),
                    format!("field name `{}` is a Rust keyword that cannot name a field", name.value),
                )
                .help("keywords like `type` become raw identifiers (`r#type`), but `self`, `super` and `crate` cannot: rename it"),
            );
            return false;
        }
        true
    }

    /// Whether a field's header name is an HTTP token (RFC 9110's `tchar`s).
    fn header_name(&mut self, field: &str, header: &Sp<String>) -> bool {
        let problem = if header.value.is_empty() {
            format!("the header name of field `{field}` is empty")
        } else if let Some(bad) = header.value.chars().find(|&c| !is_tchar(c)) {
            format!(
                "header name `{}` is not an HTTP token: it contains {bad:?}",
                header.value
            )
        } else {
            return true;
        };
        self.diagnostics
            .push(Diagnostic::new(header.span.clone(), problem).help(
                "a header name is ASCII letters, digits and ``!#$%&'*+-.^_`|~``, like `Request-Id`",
            ));
        false
    }

    /// `[wire] media_type`: `type/subtype`, `None` for the default `application/json`.
    fn media_type(&mut self, media_type: &Sp<String>) -> Option<String> {
        let token = |part: &str| !part.is_empty() && part.chars().all(is_tchar);
        let well_formed = media_type
            .value
            .split_once('/')
            .is_some_and(|(kind, subtype)| token(kind) && token(subtype));
        if !well_formed {
            self.diagnostics.push(
                Diagnostic::new(
                    media_type.span.clone(),
                    format!("media type `{}` is not `type/subtype`", media_type.value),
                )
                .help("write it like `application/problem+json`, without parameters; leave `media_type` out for `application/json`"),
            );
            return None;
        }
        (!media_type.value.eq_ignore_ascii_case("application/json"))
            .then(|| media_type.value.clone())
    }

    /// Each code with its model, `None` where the entry is wrong; keyed for lookup.
    fn codes(
        &mut self,
        defs: &[ast::CodeDef],
        code_type: Option<CodeType>,
        wire: Option<&Wire>,
    ) -> Vec<(String, Option<Code>)> {
        let mut names: HashMap<&str, &Sp<String>> = HashMap::new();
        let mut folded: HashMap<String, &Sp<String>> = HashMap::new();
        let mut out = Vec::new();
        for def in defs {
            let key = &def.key;
            let number = match code_type {
                Some(CodeType::Integer) => self.integer_code(key),
                Some(CodeType::Status) => self.status_code(key).map(u32::from),
                _ => None,
            };
            let code_ok = self.code_text(key, code_type);
            // Codes are matched exactly on the wire; two that differ only in case (or, in
            // integer catalogs, in leading zeros) are a mistake, not two codes.
            let canonical = number.map_or_else(|| code::folded(&key.value), |n| n.to_string());
            if let Some(first) = folded.get(&canonical) {
                self.diagnostics.push(
                    Diagnostic::new(
                        key.span.clone(),
                        format!("code `{}` is the same code as `{}`", key.value, first.value),
                    )
                    .label("defined twice")
                    .help(format!(
                        "`{}` is defined at line {}; keep one",
                        first.value,
                        crate::diagnostic::line_col(self.source, first.span.start).0
                    )),
                );
            } else {
                folded.insert(canonical, key);
            }
            let name = def.name.as_ref().and_then(|name| {
                let ok = self.variant_name(name);
                if let Some(first) = names.get(name.value.as_str()) {
                    self.diagnostics.push(
                        Diagnostic::new(
                            name.span.clone(),
                            format!("variant name `{}` is taken twice", name.value),
                        )
                        .label(format!(
                            "also the name of the code defined at line {}",
                            crate::diagnostic::line_col(self.source, first.span.start).0
                        ))
                        .help("give each code its own `name`"),
                    );
                    return None;
                }
                names.insert(&name.value, name);
                ok.then(|| name.value.clone())
            });
            let (status, status_ok) = self.code_status(def, number, code_type);
            let message = def.fields.message.as_ref().and_then(|m| self.template(m));
            let retry = def.fields.retry.as_ref().and_then(|r| self.retry(r));
            let error_type = def.error_type.as_ref().map(|t| {
                if t.value.trim().is_empty() {
                    self.diagnostics.push(Diagnostic::new(
                        t.span.clone(),
                        format!("`error_type` of code `{}` is empty", key.value),
                    ));
                }
                t.value.clone()
            });
            let number_ok = !matches!(code_type, Some(CodeType::Integer | CodeType::Status))
                || number.is_some();
            let code = (!def.reported && code_ok && number_ok && status_ok)
                .then_some(())
                .and_then(|()| {
                    Some(Code {
                        code: key.value.clone(),
                        number,
                        name: name?,
                        error_type,
                        status,
                        message: message?,
                        description: def
                            .fields
                            .description
                            .as_ref()
                            .map(|d| d.value.clone())
                            .unwrap_or_default(),
                        retry: retry?,
                        examples: Vec::new(),
                    })
                });
            let code = code.map(|mut code| {
                let subject = (&code.message, code.status, None);
                code.examples = self.examples(&def.examples, &code, subject, wire, code_type);
                code
            });
            out.push((key.value.clone(), code));
        }
        out
    }

    /// A code's default status, and whether `status` (if written) is right. In a status
    /// catalog the key is the status, and `status`, if written, must say the same.
    fn code_status(
        &mut self,
        def: &ast::CodeDef,
        number: Option<u32>,
        code_type: Option<CodeType>,
    ) -> (Option<u16>, bool) {
        let written = def.fields.status.as_ref();
        if code_type != Some(CodeType::Status) {
            let status = written.and_then(|s| self.status(s));
            return (status, written.is_none() || status.is_some());
        }
        let keyed = number.and_then(|n| u16::try_from(n).ok());
        match (written, keyed) {
            (Some(written), Some(keyed)) if written.value != i64::from(keyed) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        written.span.clone(),
                        format!(
                            "code `{}` has status {}, but in a status-keyed catalog the status is the code",
                            def.key.value, written.value
                        ),
                    )
                    .help(format!(
                        "remove `status` ([codes.{keyed}] has status {keyed}), or define the code as [codes.{}]",
                        written.value
                    )),
                );
                (Some(keyed), false)
            }
            _ => (keyed, true),
        }
    }

    fn endpoints(
        &mut self,
        catalog: &ast::Catalog,
        codes: &[(String, Option<Code>)],
        code_type: Option<CodeType>,
        wire: Option<&Wire>,
    ) -> Vec<Endpoint> {
        let index: HashMap<&str, usize> = codes
            .iter()
            .enumerate()
            .map(|(i, (key, _))| (key.as_str(), i))
            .collect();
        let mut enum_names: BTreeMap<String, &Sp<String>> = BTreeMap::new();
        let groups = self.groups(&catalog.groups, code_type, &index, codes);
        let mut out = Vec::new();
        for def in &catalog.endpoints {
            let key = &def.key;
            let (enum_name, transport) =
                self.endpoint_header(def, code_type, wire, &mut enum_names);
            let statuses_listed = self.statuses(def, transport, code_type);
            let Some(refs) = &def.codes else { continue };
            if refs.value.is_empty() {
                self.diagnostics.push(
                    Diagnostic::new(refs.span.clone(), format!("endpoint `{}` lists no codes", key.value))
                        .help("an endpoint's enum needs at least one variant: list the codes it can return"),
                );
            }
            let listed = self.expand(&key.value, &refs.value, &groups);
            let mut seen: HashMap<usize, Sp<Scalar>> = HashMap::new();
            let mut entries = Vec::new();
            for code_ref in &listed {
                let Some(i) = self.resolve(&code_ref.code, code_type, &index, codes) else {
                    continue;
                };
                if let Some(first) = seen.get(&i) {
                    self.diagnostics.push(
                        Diagnostic::new(
                            code_ref.code.span.clone(),
                            format!(
                                "code `{}` is listed twice in endpoint `{}`",
                                codes[i].0, key.value
                            ),
                        )
                        .label({
                            let (line, col) =
                                crate::diagnostic::line_col(self.source, first.span.start);
                            format!("first listed at {line}:{col}")
                        })
                        .help("list each code once; put overrides in one `{ code = … }` entry"),
                    );
                    continue;
                }
                seen.insert(i, code_ref.code.clone());
                let context = EntryContext {
                    transport,
                    statuses_listed,
                    code_type,
                    wire,
                    endpoint: &key.value,
                };
                if let Some(entry) = self.entry(i, code_ref, codes, &context) {
                    entries.push(entry);
                }
            }
            out.push(Endpoint {
                key: key.value.clone(),
                enum_name,
                method: def.method.as_ref().map(|m| m.value.clone()),
                path: def.path.as_ref().map(|p| p.value.clone()),
                description: def.description.as_ref().map(|d| d.value.clone()),
                transport,
                statuses_listed,
                entries,
            });
        }
        out
    }

    /// Each group's codes that resolve, by key, after checking them once: an undefined
    /// code in a group is reported at the group, not at every endpoint that includes it.
    fn groups<'g>(
        &mut self,
        defs: &'g [ast::GroupDef],
        code_type: Option<CodeType>,
        index: &HashMap<&str, usize>,
        codes: &[(String, Option<Code>)],
    ) -> HashMap<&'g str, Vec<CodeRef>> {
        let mut groups = HashMap::new();
        for def in defs {
            let Some(refs) = &def.codes else { continue };
            if refs.value.is_empty() {
                self.diagnostics.push(
                    Diagnostic::new(
                        refs.span.clone(),
                        format!("group `{}` lists no codes", def.key.value),
                    )
                    .help(
                        "list the codes the endpoints that include it share, or remove the group",
                    ),
                );
            }
            let mut members: Vec<CodeRef> = Vec::new();
            let mut seen: HashMap<usize, &Sp<Scalar>> = HashMap::new();
            for code_ref in &refs.value {
                let Some(i) = self.resolve(&code_ref.code, code_type, index, codes) else {
                    continue;
                };
                if let Some(first) = seen.get(&i) {
                    let (line, col) = crate::diagnostic::line_col(self.source, first.span.start);
                    self.diagnostics.push(
                        Diagnostic::new(
                            code_ref.code.span.clone(),
                            format!(
                                "code `{}` is listed twice in group `{}`",
                                codes[i].0, def.key.value
                            ),
                        )
                        .label(format!("first listed at {line}:{col}"))
                        .help("list each code once"),
                    );
                    continue;
                }
                seen.insert(i, &code_ref.code);
                // Checked here too, so that a group no endpoint includes is checked.
                let o = &code_ref.overrides;
                if let Some(status) = &o.status {
                    self.status(status);
                }
                if let Some(message) = &o.message {
                    self.template(message);
                }
                if let Some(retry) = &o.retry {
                    self.retry(retry);
                }
                members.push(code_ref.clone());
            }
            groups.insert(def.key.value.as_str(), members);
        }
        groups
    }

    /// An endpoint's codes with its groups spelled out, in order: a group's codes stand
    /// where the group does. A code the endpoint lists with overrides and that a group of
    /// it has too stays at the group's place, with the group's overrides and the
    /// endpoint's on top (the endpoint's win).
    fn expand(
        &mut self,
        endpoint: &str,
        items: &[Item],
        groups: &HashMap<&str, Vec<CodeRef>>,
    ) -> Vec<CodeRef> {
        let overrides =
            |code_ref: &CodeRef| !code_ref.overrides.is_empty() || !code_ref.examples.is_empty();
        let own: Vec<&CodeRef> = items
            .iter()
            .filter_map(|item| match item {
                Item::Code(code_ref) if overrides(code_ref) => Some(code_ref),
                _ => None,
            })
            .collect();
        // The endpoint's first entry with overrides for each code of its groups: merged at
        // the group's place. A second one stays where it is, and is then listed twice.
        let members = items
            .iter()
            .filter_map(|item| match item {
                Item::Group(name) => groups.get(name.value.as_str()),
                Item::Code(_) => None,
            })
            .flatten();
        let merged: Vec<&CodeRef> = members
            .filter_map(|member| {
                own.iter()
                    .copied()
                    .find(|c| c.code.value == member.code.value)
            })
            .collect();
        let mut included: Vec<&str> = Vec::new();
        let mut listed = Vec::new();
        for item in items {
            match item {
                Item::Code(code_ref) => {
                    if !merged.iter().any(|m| std::ptr::eq(*m, code_ref)) {
                        listed.push(code_ref.clone());
                    }
                }
                Item::Group(name) => {
                    let Some(members) = groups.get(name.value.as_str()) else {
                        self.unknown_group(name, groups);
                        continue;
                    };
                    if included.contains(&name.value.as_str()) {
                        self.diagnostics.push(
                            Diagnostic::new(
                                name.span.clone(),
                                format!(
                                    "group `{}` is included twice in endpoint `{endpoint}`",
                                    name.value
                                ),
                            )
                            .help("include each group once"),
                        );
                        continue;
                    }
                    included.push(&name.value);
                    for member in members {
                        let first = own.iter().find(|c| c.code.value == member.code.value);
                        listed.push(match first {
                            Some(first) => CodeRef {
                                code: member.code.clone(),
                                overrides: first.overrides.clone().or(&member.overrides),
                                examples: [&member.examples[..], &first.examples[..]].concat(),
                            },
                            None => member.clone(),
                        });
                    }
                }
            }
        }
        listed
    }

    fn unknown_group(&mut self, name: &Sp<String>, groups: &HashMap<&str, Vec<CodeRef>>) {
        let help = did_you_mean(&name.value, groups.keys().copied()).map_or_else(
            || "define it as `[groups.NAME]` with `codes = [...]`".to_owned(),
            |close| format!("did you mean `{close}`?"),
        );
        self.diagnostics.push(
            Diagnostic::new(
                name.span.clone(),
                format!("group `{}` is not defined in `[groups]`", name.value),
            )
            .help(help),
        );
    }

    /// The endpoint's enum name and transport, checking its key, method and path.
    fn endpoint_header<'c>(
        &mut self,
        def: &'c ast::EndpointDef,
        code_type: Option<CodeType>,
        wire: Option<&Wire>,
        enum_names: &mut BTreeMap<String, &'c Sp<String>>,
    ) -> (String, Transport) {
        let key = &def.key;
        let enum_name = format!("{}Error", names::to_upper_camel_case(&key.value));
        if !names::is_snake_case(&key.value) {
            self.diagnostics.push(
                Diagnostic::new(
                    key.span.clone(),
                    format!("endpoint key `{}` is not snake_case", key.value),
                )
                .help(format!(
                    "write it as `{}`; the enum is named from it",
                    names::to_snake_case(&key.value).replace('-', "_")
                )),
            );
        } else if let Some(first) = enum_names.get(&enum_name) {
            self.diagnostics.push(
                Diagnostic::new(
                    key.span.clone(),
                    format!(
                        "endpoints `{}` and `{}` would both generate `{enum_name}`",
                        first.value, key.value
                    ),
                )
                .help("rename one of them"),
            );
        } else {
            enum_names.insert(enum_name.clone(), key);
        }
        let transport = match def.transport.as_ref().map(|t| t.value.as_str()) {
            None | Some("http") => Transport::Http,
            Some("widget") if code_type == Some(CodeType::Status) => {
                let span = def
                    .transport
                    .as_ref()
                    .map_or(key.span.clone(), |t| t.span.clone());
                self.diagnostics.push(
                    Diagnostic::new(span, format!("endpoint `{}` reports errors as widget strings, but the catalog's code_type is \"status\"", key.value))
                        .help("widget strings have no HTTP status to take the code from: remove `transport = \"widget\"`, or set code_type = \"string\" or \"integer\""),
                );
                // Checked as an HTTP endpoint, so its entries get no widget errors on top.
                Transport::Http
            }
            Some("widget") => {
                if wire.is_some_and(|w| w.widget.is_none()) {
                    self.diagnostics.push(
                        Diagnostic::new(key.span.clone(), format!("endpoint `{}` reports errors as widget strings, but `[wire]` has no `widget` format", key.value))
                            .help("add to [wire]: widget = \"<type> | Code: <code> | Message: <message>\""),
                    );
                }
                Transport::Widget
            }
            Some(other) => {
                let span = def
                    .transport
                    .as_ref()
                    .map_or(key.span.clone(), |t| t.span.clone());
                self.push_choice(&span, "transport", other, &["http", "widget"]);
                Transport::Http
            }
        };
        if let Some(method) = &def.method
            && (method.value.is_empty() || !method.value.chars().all(|c| c.is_ascii_uppercase()))
        {
            self.diagnostics.push(
                Diagnostic::new(
                    method.span.clone(),
                    format!("HTTP method `{}` is not an uppercase token", method.value),
                )
                .help(format!("write `{}`", method.value.to_ascii_uppercase())),
            );
        }
        if let Some(path) = &def.path
            && !path.value.starts_with('/')
        {
            self.diagnostics.push(
                Diagnostic::new(
                    path.span.clone(),
                    format!("path `{}` does not start with `/`", path.value),
                )
                .help(format!("write `/{}`", path.value)),
            );
        }
        (enum_name, transport)
    }

    /// The index of the code an endpoint names, or a diagnostic.
    fn resolve(
        &mut self,
        code: &Sp<Scalar>,
        code_type: Option<CodeType>,
        index: &HashMap<&str, usize>,
        codes: &[(String, Option<Code>)],
    ) -> Option<usize> {
        let text = match (&code.value, code_type) {
            (Scalar::Text(text), Some(CodeType::String)) => text.clone(),
            (Scalar::Integer(n), Some(CodeType::Integer | CodeType::Status)) => {
                // By the key's number, so a code whose entry has another problem is not
                // also reported as undefined.
                let found = codes
                    .iter()
                    .position(|(key, _)| key.parse::<i64>().is_ok_and(|m| m == *n));
                return found.or_else(|| {
                    self.undefined(code, &n.to_string(), index);
                    None
                });
            }
            (Scalar::Integer(n), Some(CodeType::String)) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        code.span.clone(),
                        format!(
                            "code {n} is an integer, but the catalog's code_type is \"string\""
                        ),
                    )
                    .help(format!("quote it: \"{n}\"")),
                );
                return None;
            }
            (Scalar::Text(text), Some(code_type @ (CodeType::Integer | CodeType::Status))) => {
                let name = if code_type == CodeType::Status {
                    "status"
                } else {
                    "integer"
                };
                self.diagnostics.push(
                    Diagnostic::new(
                        code.span.clone(),
                        format!(
                            "code \"{text}\" is a string, but the catalog's code_type is \"{name}\""
                        ),
                    )
                    .help(format!("write it unquoted: {}", text.trim())),
                );
                return None;
            }
            (Scalar::TooLarge(text), Some(_)) => {
                self.undefined(code, text, index);
                return None;
            }
            (_, None) => return None,
        };
        index.get(text.as_str()).copied().or_else(|| {
            self.undefined(code, &text, index);
            None
        })
    }

    fn undefined(&mut self, code: &Sp<Scalar>, text: &str, index: &HashMap<&str, usize>) {
        let mut known: Vec<&str> = index.keys().copied().collect();
        known.sort_unstable();
        let help = did_you_mean(text, known).map_or_else(
            || format!("define it: [codes.{text}]"),
            |close| format!("did you mean `{close}`? or define it: [codes.{text}]"),
        );
        self.diagnostics.push(
            Diagnostic::new(
                code.span.clone(),
                format!("code `{text}` is not defined in `[codes]`"),
            )
            .label("undefined code")
            .help(help),
        );
    }

    /// One endpoint's view of a code: its defaults with the overrides applied.
    /// Whether an endpoint's statuses are listed: `statuses = "unlisted"` says they are
    /// not, which only an HTTP endpoint of a catalog keyed by body codes can say.
    fn statuses(
        &mut self,
        def: &ast::EndpointDef,
        transport: Transport,
        code_type: Option<CodeType>,
    ) -> bool {
        let Some(written) = &def.statuses else {
            return true;
        };
        let endpoint = &def.key.value;
        match written.value.as_str() {
            "listed" => true,
            "unlisted" if transport == Transport::Widget => {
                self.diagnostics.push(
                    Diagnostic::new(written.span.clone(), format!("endpoint `{endpoint}` reports errors as widget strings, which have no HTTP status"))
                        .help("remove `statuses`"),
                );
                true
            }
            "unlisted" if code_type == Some(CodeType::Status) => {
                self.diagnostics.push(
                    Diagnostic::new(written.span.clone(), format!("endpoint `{endpoint}` says its statuses are unlisted, but the catalog's code_type is \"status\""))
                        .help("in a status-keyed catalog every code is a status: remove `statuses`"),
                );
                true
            }
            "unlisted" => false,
            other => {
                self.push_choice(&written.span, "statuses", other, &["listed", "unlisted"]);
                true
            }
        }
    }

    fn entry(
        &mut self,
        i: usize,
        code_ref: &ast::CodeRef,
        codes: &[(String, Option<Code>)],
        context: &EntryContext<'_>,
    ) -> Option<Entry> {
        let &EntryContext {
            transport,
            statuses_listed,
            code_type,
            wire,
            endpoint,
        } = context;
        let o = &code_ref.overrides;
        let status = match &o.status {
            Some(written) if code_type == Some(CodeType::Status) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        written.span.clone(),
                        format!(
                            "endpoint `{endpoint}` overrides the status of code `{}`, but in a status-keyed catalog the status is the code",
                            codes[i].0
                        ),
                    )
                    .help("remove `status` from this entry; an endpoint that returns another status lists that status's code"),
                );
                Some(None)
            }
            written => written.as_ref().map(|s| self.status(s)),
        };
        let message = o.message.as_ref().map(|m| self.template(m));
        let retry = o.retry.as_ref().map(|r| self.retry(r));
        let code = codes[i].1.as_ref()?;
        let here = code_ref.code.span.clone();
        let status = match (transport, status) {
            (Transport::Widget, Some(_)) => {
                self.diagnostics.push(
                    Diagnostic::new(here, format!("endpoint `{endpoint}` reports errors as widget strings, which have no HTTP status"))
                        .help("remove `status` from this entry"),
                );
                return None;
            }
            (Transport::Widget, None) => {
                let needs_type = wire
                    .and_then(|w| w.widget.as_ref())
                    .is_some_and(|f| f.fields.iter().any(|f| f.placeholder == "type"));
                if needs_type && code.error_type.is_none() {
                    self.diagnostics.push(
                        Diagnostic::new(
                            here,
                            format!(
                                "code `{}` has no `error_type`, which the widget format needs",
                                code.code
                            ),
                        )
                        .help(format!("add `error_type = \"…\"` to [codes.{}]", code.code)),
                    );
                    return None;
                }
                None
            }
            (Transport::Http, Some(status)) => Some(status?),
            (Transport::Http, None) if code.status.is_none() && statuses_listed => {
                self.diagnostics.push(
                    Diagnostic::new(here, format!("code `{}` has no HTTP status, and endpoint `{endpoint}` is an HTTP endpoint", code.code))
                        .help(format!("give [codes.{}] a `status`, or override it here: {{ code = \"{}\", status = 500 }}; if the API's documentation does not give its statuses, say so with `statuses = \"unlisted\"` in [endpoints.{endpoint}]", code.code, code.code)),
                );
                return None;
            }
            (Transport::Http, None) => code.status,
        };
        let message = message.unwrap_or_else(|| Some(code.message.clone()))?;
        let examples = self.examples(
            &code_ref.examples,
            code,
            (&message, status, Some(transport)),
            wire,
            code_type,
        );
        Some(Entry {
            code: i,
            status,
            message,
            description: o
                .description
                .as_ref()
                .map_or_else(|| code.description.clone(), |d| d.value.clone()),
            retry: retry.unwrap_or(Some(code.retry))?,
            examples,
        })
    }

    /// `examples` of `code`, worded by `template` and sent with `status`: each checked
    /// (a diagnostic where one does not fit), those that fit as the docs show them.
    fn examples(
        &mut self,
        examples: &[Sp<ast::Example>],
        code: &Code,
        (template, status, transport): (&Template, Option<u16>, Option<Transport>),
        wire: Option<&Wire>,
        code_type: Option<CodeType>,
    ) -> Vec<String> {
        let (Some(wire), Some(code_type)) = (wire, code_type) else {
            return Vec::new();
        };
        let subject = examples::Subject {
            code,
            template,
            status,
            wire,
            code_type,
            transport,
        };
        examples
            .iter()
            .filter_map(|example| match examples::check(example, &subject) {
                Ok(shown) => Some(shown),
                Err(diagnostic) => {
                    self.diagnostics.push(diagnostic);
                    None
                }
            })
            .collect()
    }

    // --- single values ---

    fn code_text(&mut self, key: &Sp<String>, code_type: Option<CodeType>) -> bool {
        let bad = !code::is_code_text(&key.value);
        if bad {
            self.diagnostics.push(
                Diagnostic::new(
                    key.span.clone(),
                    format!("code {:?} is empty or contains whitespace", key.value),
                )
                .help("codes are matched exactly on the wire; write them as the API sends them"),
            );
        }
        !bad && code_type.is_some()
    }

    /// The number of an integer catalog's code, or a diagnostic saying why the key is not one.
    fn integer_code(&mut self, key: &Sp<String>) -> Option<u32> {
        let error = match integer::parse(&key.value) {
            Ok(number) => return Some(number),
            Err(error) => error,
        };
        let diagnostic = match error {
            IntegerCodeError::LeadingZero => {
                let number = key.value.trim_start_matches('0');
                Diagnostic::new(
                    key.span.clone(),
                    format!("integer code `{}` has a leading zero", key.value),
                )
                .help(format!(
                    "write it as the API sends it: [codes.{}]",
                    if number.is_empty() { "0" } else { number }
                ))
            }
            IntegerCodeError::TooLarge => Diagnostic::new(
                key.span.clone(),
                format!("integer code `{}` is larger than {}", key.value, u32::MAX),
            )
            .help(format!(
                "integer codes are 0 to {}; set code_type = \"string\" for larger ones",
                u32::MAX
            )),
            IntegerCodeError::NotDigits => Diagnostic::new(
                key.span.clone(),
                format!(
                    "code `{}` is not an integer, but the catalog's code_type is \"integer\"",
                    key.value
                ),
            )
            .help(format!(
                "use a number from 0 to {}, or set code_type = \"string\"",
                u32::MAX
            )),
        };
        self.diagnostics.push(diagnostic);
        None
    }

    /// The status a status catalog's code key is, or a diagnostic saying why it is not one.
    fn status_code(&mut self, key: &Sp<String>) -> Option<u16> {
        let range = &status::ERROR_STATUSES;
        let diagnostic = match integer::parse(&key.value) {
            Ok(number) if status::is_error_status(i64::from(number)) => {
                return u16::try_from(number).ok();
            }
            Ok(number) => Diagnostic::new(
                key.span.clone(),
                format!("code `{number}` is not an HTTP error status, but the catalog's code_type is \"status\""),
            )
            .help(format!("error statuses are {} to {}", range.start(), range.end())),
            Err(IntegerCodeError::LeadingZero) => {
                let number = key.value.trim_start_matches('0');
                Diagnostic::new(
                    key.span.clone(),
                    format!("status code `{}` has a leading zero", key.value),
                )
                .help(format!(
                    "write it as the API sends it: [codes.{}]",
                    if number.is_empty() { "0" } else { number }
                ))
            }
            Err(IntegerCodeError::NotDigits | IntegerCodeError::TooLarge) => Diagnostic::new(
                key.span.clone(),
                format!(
                    "code `{}` is not an HTTP status, but the catalog's code_type is \"status\"",
                    key.value
                ),
            )
            .help(format!(
                "a status-keyed catalog's codes are error statuses, {} to {}, like [codes.404]; set code_type = \"string\" for codes in the body",
                range.start(),
                range.end()
            )),
        };
        self.diagnostics.push(diagnostic);
        None
    }

    fn variant_name(&mut self, name: &Sp<String>) -> bool {
        if names::RESERVED_VARIANTS.contains(&name.value.as_str()) {
            self.diagnostics.push(
                Diagnostic::new(name.span.clone(), format!("variant name `{}` collides with a generated associated item", name.value))
                    .label("used as a variant name")
                    .help(format!("`Code::ALL`, `Code::WIRE`, `…Error::CODES` and `…Error::ENDPOINT` are generated; name the variant e.g. `{}`", names::to_upper_camel_case(&name.value.to_ascii_lowercase()))),
            );
            return false;
        }
        let problem = if !names::is_ascii_identifier(&name.value) {
            "is not an identifier"
        } else if names::is_keyword(&name.value) {
            "is a Rust keyword"
        } else if !names::is_upper_camel_case(&name.value) {
            "is not UpperCamelCase"
        } else {
            return true;
        };
        let suggestion = names::to_upper_camel_case(&names::to_snake_case(
            &name
                .value
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect::<String>(),
        ));
        let help = if names::is_upper_camel_case(&suggestion) && !names::is_keyword(&suggestion) {
            format!("variant names are UpperCamelCase identifiers, like `{suggestion}`")
        } else {
            "variant names are UpperCamelCase identifiers, like `UserNotFound`".to_owned()
        };
        self.diagnostics.push(
            Diagnostic::new(
                name.span.clone(),
                format!("variant name `{}` {problem}", name.value),
            )
            .label("used as a variant name")
            .help(help),
        );
        false
    }

    fn status(&mut self, status: &Sp<i64>) -> Option<u16> {
        let ok = status::is_error_status(status.value);
        if !ok {
            let range = &status::ERROR_STATUSES;
            self.diagnostics.push(
                Diagnostic::new(
                    status.span.clone(),
                    format!("status {} is not an HTTP error status", status.value),
                )
                .help(format!(
                    "error statuses are {} to {}",
                    range.start(),
                    range.end()
                )),
            );
        }
        u16::try_from(status.value).ok().filter(|_| ok)
    }

    fn retry(&mut self, retry: &Sp<String>) -> Option<Retry> {
        let parsed = Retry::from_name(&retry.value);
        if parsed.is_none() {
            self.push_choice(
                &retry.span,
                "retry",
                &retry.value,
                &Retry::ALL.map(Retry::as_str),
            );
        }
        parsed
    }

    fn template(&mut self, text: &Sp<String>) -> Option<Template> {
        Template::parse(&text.value)
            .map_err(|errors| {
                for error in errors {
                    let span = self.inner_span(text, &error.range);
                    self.diagnostics
                        .push(Diagnostic::new(span, error.message).help(error.help));
                }
            })
            .ok()
    }

    /// The file span of a range inside a string value: exact, escapes and line breaks
    /// accounted for, when the value is a string written in the file; the whole value's
    /// span otherwise.
    fn inner_span(&self, text: &Sp<String>, range: &Range<usize>) -> Range<usize> {
        let raw = self.source.get(text.span.clone()).unwrap_or("");
        let at = |offset| escapes::file_offset(raw, &text.value, offset);
        match (at(range.start), at(range.end)) {
            (Some(start), Some(end)) => text.span.start + start..text.span.start + end,
            (Some(start), None) => text.span.start + start..text.span.start + start + 1,
            _ => text.span.clone(),
        }
    }

    fn push_choice(&mut self, span: &Range<usize>, key: &str, value: &str, choices: &[&str]) {
        let list = choices
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let help = did_you_mean(value, choices.iter().copied()).map_or_else(
            || format!("`{key}` is one of {list}"),
            |close| format!("did you mean \"{close}\"? `{key}` is one of {list}"),
        );
        self.diagnostics
            .push(Diagnostic::new(span.clone(), format!("unknown {key} \"{value}\"")).help(help));
    }
}

/// Whether `c` may be in an HTTP token (RFC 9110 `tchar`): a header name, either half of a
/// media type.
fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Diagnostic;
    use crate::model::{Code, CodeType, Field, FieldKind, FieldSource, Retry, Transport, Wire};
    use crate::template::Template;

    const HEAD: &str = "[catalog]\nname = \"t\"\ncode_type = \"string\"\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n";

    fn code(key: &str, name: &str, extra: &str) -> String {
        format!(
            "[codes.{key}]\nname = \"{name}\"\nstatus = 404\nmessage = \"m\"\nretry = \"never\"\n{extra}\n"
        )
    }

    fn errors(body: &str) -> Vec<Diagnostic> {
        crate::load(format!("{HEAD}{body}").as_bytes()).unwrap_err()
    }

    /// The message of each diagnostic of a whole catalog.
    fn messages_of(source: &str) -> Vec<String> {
        crate::load(source.as_bytes())
            .unwrap_err()
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    /// (line, column, message) of each diagnostic.
    fn positions(body: &str) -> Vec<(usize, usize, String)> {
        let source = format!("{HEAD}{body}");
        errors(body)
            .into_iter()
            .map(|d| {
                let (line, col) = d.line_col(&source);
                (line, col, d.message)
            })
            .collect()
    }

    /// (line, column, message) of each diagnostic of a whole catalog.
    fn positions_of(source: &str) -> Vec<(usize, usize, String)> {
        crate::load(source.as_bytes())
            .unwrap_err()
            .into_iter()
            .map(|d| {
                let (line, col) = d.line_col(source);
                (line, col, d.message)
            })
            .collect()
    }

    /// A status-keyed catalog's head: no `code` in `[wire]`.
    const STATUS_HEAD: &str =
        "[catalog]\nname = \"t\"\ncode_type = \"status\"\n[wire]\nmessage = \"/detail\"\n";

    fn status_code(key: &str, name: &str, extra: &str) -> String {
        format!("[codes.{key}]\nname = \"{name}\"\nmessage = \"m\"\nretry = \"never\"\n{extra}\n")
    }

    #[test]
    fn the_aerosync_catalog_is_valid_and_applies_overrides_per_endpoint() {
        let catalog = crate::load(include_bytes!("../../catalogs/aerosync.toml")).unwrap();
        assert_eq!(catalog.codes.len(), 20);
        assert_eq!(catalog.endpoints.len(), 12);
        let endpoint = |key: &str| catalog.endpoints.iter().find(|e| e.key == key).unwrap();
        let entry = |key: &str, code: &str| {
            let endpoint = endpoint(key);
            endpoint
                .entries
                .iter()
                .find(|e| catalog.code_of(e).code == code)
                .unwrap()
                .clone()
        };
        assert_eq!(entry("accounts", "AC-102").status, Some(404));
        assert_eq!(entry("balance_refresh", "AC-102").status, Some(400));
        assert_eq!(
            entry("jobs", "AC-109")
                .message
                .field_names()
                .collect::<Vec<_>>(),
            ["job_id"]
        );
        assert_eq!(
            entry("balance_refresh_job", "AC-109")
                .message
                .field_names()
                .collect::<Vec<_>>(),
            ["connection_id"]
        );
        assert_eq!(entry("accounts", "AC-104").retry, Retry::Backoff);
        assert_eq!(endpoint("widget").transport, Transport::Widget);
        assert_eq!(entry("widget", "AR-100").status, None);
        assert_eq!(
            endpoint("balance_refresh_job").enum_name,
            "BalanceRefreshJobError"
        );
    }

    #[test]
    fn no_code_of_the_shipped_catalogs_is_orphaned() {
        for (name, bytes) in [
            (
                "aerosync",
                &include_bytes!("../../catalogs/aerosync.toml")[..],
            ),
            ("plaid", &include_bytes!("../../catalogs/plaid.toml")[..]),
        ] {
            let catalog = crate::load(bytes).unwrap();
            for (index, code) in catalog.codes.iter().enumerate() {
                let listed = catalog
                    .endpoints
                    .iter()
                    .any(|e| e.entries.iter().any(|entry| entry.code == index));
                assert!(
                    listed,
                    "{name}: code {} is listed by no endpoint",
                    code.code
                );
            }
        }
    }

    #[test]
    fn undefined_and_repeated_codes_point_at_the_list_item() {
        let body = format!(
            "{}[endpoints.e]\ncodes = [\"AC-100\", \"AC-10\", \"AC-100\"]\n",
            code("AC-100", "A", "")
        );
        let found = positions(&body);
        assert_eq!(
            found,
            [
                (
                    14,
                    20,
                    "code `AC-10` is not defined in `[codes]`".to_owned()
                ),
                (
                    14,
                    29,
                    "code `AC-100` is listed twice in endpoint `e`".to_owned()
                ),
            ]
        );
        assert_eq!(
            errors(&body)[0].help.as_deref(),
            Some("did you mean `AC-100`? or define it: [codes.AC-10]")
        );
    }

    #[test]
    fn variant_names_must_be_unique_upper_camel_case_identifiers() {
        let body = [
            code("E-1", "Same", ""),
            code("E-2", "Same", ""),
            code("E-3", "not_camel", ""),
            code("E-4", "Self", ""),
            code("E-5", "Has Space", ""),
            "[endpoints.e]\ncodes = [\"E-1\"]\n".to_owned(),
        ]
        .concat();
        let messages: Vec<_> = errors(&body).into_iter().map(|d| d.message).collect();
        assert_eq!(
            messages,
            [
                "variant name `Same` is taken twice",
                "variant name `not_camel` is not UpperCamelCase",
                "variant name `Self` is a Rust keyword",
                "variant name `Has Space` is not an identifier",
            ]
        );
    }

    #[test]
    fn codes_differing_only_in_case_are_one_code_defined_twice() {
        let body = format!(
            "{}{}[endpoints.e]\ncodes = [\"AC-100\"]\n",
            code("AC-100", "A", ""),
            code("ac-100", "B", "")
        );
        assert_eq!(
            errors(&body)[0].message,
            "code `ac-100` is the same code as `AC-100`"
        );
    }

    #[test]
    fn statuses_retry_and_placeholders_are_checked_where_written() {
        let body = "[codes.E-1]\nname = \"A\"\nstatus = 302\nmessage = \"Job <job id> gone\"\nretry = \"sometimes\"\n\
                    [endpoints.e]\ncodes = [{ code = \"E-1\", status = 600 }]\n";
        assert_eq!(
            positions(body),
            [
                (9, 10, "status 302 is not an HTTP error status".to_owned()),
                (
                    10,
                    16,
                    "placeholder `<job id>` is not an identifier".to_owned()
                ),
                (11, 9, "unknown retry \"sometimes\"".to_owned()),
                (13, 35, "status 600 is not an HTTP error status".to_owned()),
            ]
        );
    }

    #[test]
    fn transports_need_what_they_report() {
        let body = "[codes.W-1]\nname = \"W\"\nmessage = \"w\"\nretry = \"later\"\n\
                    [endpoints.api]\ncodes = [\"W-1\"]\n\
                    [endpoints.widget]\ntransport = \"widget\"\ncodes = [{ code = \"W-1\", status = 500 }]\n";
        let messages: Vec<_> = errors(body).into_iter().map(|d| d.message).collect();
        assert_eq!(
            messages,
            [
                "code `W-1` has no HTTP status, and endpoint `api` is an HTTP endpoint",
                "endpoint `widget` reports errors as widget strings, but `[wire]` has no `widget` format",
                "endpoint `widget` reports errors as widget strings, which have no HTTP status",
            ]
        );
    }

    #[test]
    fn endpoints_need_codes_and_distinct_enum_names() {
        let body = format!(
            "{}[endpoints.a_b2]\ncodes = [\"E-1\"]\n[endpoints.a_b_2]\ncodes = [\"E-1\"]\n[endpoints.Empty]\ncodes = []\n",
            code("E-1", "A", "")
        );
        let messages: Vec<_> = errors(&body).into_iter().map(|d| d.message).collect();
        assert_eq!(
            messages,
            [
                "endpoints `a_b2` and `a_b_2` would both generate `AB2Error`",
                "endpoint key `Empty` is not snake_case",
                "endpoint `Empty` lists no codes",
            ]
        );
    }

    #[test]
    fn integer_catalogs_take_numbers_and_reject_text() {
        let head = HEAD.replace("\"string\"", "\"integer\"");
        let source = format!(
            "{head}[codes.1200]\nname = \"InvalidCredentials\"\nstatus = 402\nmessage = \"m\"\nretry = \"never\"\n\
             [codes.12x]\nname = \"X\"\nstatus = 402\nmessage = \"m\"\nretry = \"never\"\n\
             [endpoints.e]\ncodes = [1200, \"1200\"]\n"
        );
        assert_eq!(
            messages_of(&source),
            [
                "code `12x` is not an integer, but the catalog's code_type is \"integer\"",
                "code \"1200\" is a string, but the catalog's code_type is \"integer\"",
            ]
        );
        let valid = source
            .replace("[codes.12x]", "[codes.1201]")
            .replace(", \"1200\"]", ", 1201]");
        let catalog = crate::load(valid.as_bytes()).unwrap();
        assert_eq!(
            catalog.codes.iter().map(|c| c.number).collect::<Vec<_>>(),
            [Some(1200), Some(1201)]
        );
    }

    #[test]
    fn integer_codes_say_whether_they_have_a_leading_zero_or_are_too_large() {
        let head = HEAD.replace("\"string\"", "\"integer\"");
        let code = |key: &str, name: &str| {
            format!(
                "[codes.{key}]\nname = \"{name}\"\nstatus = 402\nmessage = \"m\"\nretry = \"never\"\n"
            )
        };
        let source = format!(
            "{head}{}{}{}{}[endpoints.e]\ncodes = [1]\n",
            code("1", "A"),
            code("0012", "B"),
            code("4294967296", "C"),
            code("99999999999999999999999", "D"),
        );
        let found: Vec<_> = crate::load(source.as_bytes())
            .unwrap_err()
            .into_iter()
            .map(|d| (d.message, d.help.unwrap_or_default()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "integer code `0012` has a leading zero".to_owned(),
                    "write it as the API sends it: [codes.12]".to_owned()
                ),
                (
                    "integer code `4294967296` is larger than 4294967295".to_owned(),
                    "integer codes are 0 to 4294967295; set code_type = \"string\" for larger ones"
                        .to_owned()
                ),
                (
                    "integer code `99999999999999999999999` is larger than 4294967295".to_owned(),
                    "integer codes are 0 to 4294967295; set code_type = \"string\" for larger ones"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn wire_pointers_that_are_not_pointers_are_not_also_said_to_overlap() {
        let source = HEAD.replace(
            "code = \"/c\"\nmessage = \"/m\"",
            "code = \"\"\nmessage = \"m\"\ndescription = \"/m\"",
        );
        let body = format!("{}[endpoints.e]\ncodes = [\"E-1\"]\n", code("E-1", "A", ""));
        assert_eq!(
            messages_of(&format!("{source}{body}")),
            [
                "`` is empty, not a JSON pointer",
                "`m` is not a JSON pointer: it must start with `/`",
            ]
        );
    }

    /// `n` fields, each four keys deep on a path of its own.
    fn deep_fields(n: usize) -> String {
        use std::fmt::Write as _;
        let mut fields = String::new();
        for i in 0..n {
            let _ = writeln!(fields, "f{i} = \"/a{i}/b/c/d\"");
        }
        fields
    }

    #[test]
    fn a_group_s_codes_stand_where_the_group_does_with_the_endpoint_s_overrides_on_top() {
        let body = format!(
            "{}{}{}{}[groups.common]\ncodes = [\"E-1\", {{ code = \"E-2\", status = 409, description = \"g\" }}]\n\
             [endpoints.e]\ncodes = [\"E-3\", {{ group = \"common\" }}, {{ code = \"E-2\", status = 410 }}, \"E-4\"]\n",
            code("E-1", "A", ""),
            code("E-2", "B", ""),
            code("E-3", "C", ""),
            code("E-4", "D", ""),
        );
        let catalog = crate::load(format!("{HEAD}{body}").as_bytes()).unwrap();
        let entries = &catalog.endpoints[0].entries;
        let names: Vec<&str> = entries
            .iter()
            .map(|e| catalog.code_of(e).name.as_str())
            .collect();
        assert_eq!(names, ["C", "A", "B", "D"]);
        assert_eq!(entries[2].status, Some(410), "the endpoint's override wins");
        assert_eq!(
            entries[2].description, "g",
            "the group's stays where the endpoint sets none"
        );
    }

    #[test]
    fn group_mistakes_are_reported_once_each() {
        let body = format!(
            "{}[groups.common]\ncodes = [\"E-1\", \"E-9\", \"E-1\"]\n[groups.none]\ncodes = []\n\
             [endpoints.e]\ncodes = [{{ group = \"common\" }}, \"E-1\"]\n\
             [endpoints.f]\ncodes = [{{ group = \"comon\" }}, {{ group = \"common\" }}]\n",
            code("E-1", "A", ""),
        );
        let messages: Vec<_> = errors(&body).into_iter().map(|d| d.message).collect();
        assert_eq!(
            messages,
            [
                "code `E-9` is not defined in `[codes]`",
                "code `E-1` is listed twice in group `common`",
                "group `none` lists no codes",
                "code `E-1` is listed twice in endpoint `e`",
                "group `comon` is not defined in `[groups]`",
            ]
        );
    }

    #[test]
    fn a_group_s_code_overridden_twice_or_a_group_included_twice_is_reported_where_it_repeats() {
        let body = format!(
            "{}{}[groups.common]\ncodes = [\"E-1\", \"E-2\"]\n\
             [endpoints.e]\ncodes = [{{ code = \"E-2\", status = 410 }}, {{ group = \"common\" }}, {{ code = \"E-2\", status = 411 }}]\n\
             [endpoints.f]\ncodes = [{{ group = \"common\" }}, {{ group = \"common\" }}]\n",
            code("E-1", "A", ""),
            code("E-2", "B", ""),
        );
        let source = format!("{HEAD}{body}");
        let found: Vec<String> = crate::load(source.as_bytes())
            .unwrap_err()
            .iter()
            .map(|d| {
                let (line, col) = d.line_col(&source);
                format!("{line}:{col} {}", d.message)
            })
            .collect();
        assert_eq!(
            found,
            [
                "22:73 code `E-2` is listed twice in endpoint `e`",
                "24:42 group `common` is included twice in endpoint `f`",
            ]
        );
    }

    #[test]
    fn a_group_s_entries_are_checked_once_even_where_no_endpoint_includes_it() {
        let body = format!(
            "{}[groups.used]\ncodes = [{{ code = \"E-1\", status = 999 }}]\n[groups.spare]\ncodes = [{{ code = \"E-1\", retry = \"sometimes\" }}]\n\
             [endpoints.e]\ncodes = [{{ group = \"used\" }}]\n[endpoints.f]\ncodes = [{{ group = \"used\" }}]\n",
            code("E-1", "A", ""),
        );
        let messages: Vec<_> = errors(&body).into_iter().map(|d| d.message).collect();
        assert_eq!(
            messages,
            [
                "status 999 is not an HTTP error status",
                "unknown retry \"sometimes\""
            ]
        );
    }

    #[test]
    fn body_pointers_through_more_keys_than_the_reader_follows_are_reported() {
        let fields = deep_fields(17);
        let source = format!(
            "{HEAD}[wire.fields]\n{fields}{}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        );
        assert_eq!(
            messages_of(&source),
            [
                "the body pointers of `[wire]` and `[wire.fields]` lead through more than 64 object keys"
            ]
        );
        let fields = deep_fields(15);
        let source = format!(
            "{HEAD}[wire.fields]\n{fields}{}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        );
        assert!(crate::load(source.as_bytes()).is_ok(), "62 keys");
    }

    #[test]
    fn wire_fields_in_every_form_make_the_model() {
        let source = format!(
            "{HEAD}description = \"/resolve\"\nstatus = \"/status\"\nmedia_type = \"application/problem+json\"\n\
             [wire.fields]\n\
             type = \"/error/type\"\n\
             decline_code = {{ pointer = \"/error/decline_code\" }}\n\
             attempts = {{ pointer = \"/error/attempts\", type = \"integer\", required = true }}\n\
             live = {{ pointer = \"/livemode\", type = \"boolean\" }}\n\
             request_id = {{ header = \"Request-Id\" }}\n\
             retry_after = {{ header = \"Retry-After\", type = \"integer\" }}\n\
             {}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        );
        let catalog = crate::load(source.as_bytes()).unwrap();
        let field = |name: &str, source: FieldSource, kind: FieldKind, required: bool| Field {
            name: name.to_owned(),
            source,
            kind,
            required,
        };
        let body = |pointer: &str| FieldSource::Body(pointer.to_owned());
        let header = |name: &str| FieldSource::Header(name.to_owned());
        assert_eq!(
            catalog.wire,
            Wire {
                code: Some("/c".to_owned()),
                message: "/m".to_owned(),
                description: Some("/resolve".to_owned()),
                status: Some("/status".to_owned()),
                media_type: Some("application/problem+json".to_owned()),
                widget: None,
                fields: vec![
                    field("type", body("/error/type"), FieldKind::String, false),
                    field(
                        "decline_code",
                        body("/error/decline_code"),
                        FieldKind::String,
                        false
                    ),
                    field(
                        "attempts",
                        body("/error/attempts"),
                        FieldKind::Integer,
                        true
                    ),
                    field("live", body("/livemode"), FieldKind::Boolean, false),
                    field("request_id", header("Request-Id"), FieldKind::String, false),
                    field(
                        "retry_after",
                        header("Retry-After"),
                        FieldKind::Integer,
                        false
                    ),
                ],
            }
        );
        // `application/json` is the default, written or not.
        let json = source.replace("application/problem+json", "application/json");
        assert_eq!(crate::load(json.as_bytes()).unwrap().wire.media_type, None);
    }

    /// A catalog body with one problem in each `[wire]` and `[wire.fields]` line.
    fn bad_fields() -> String {
        format!(
            "status = \"/m/x\"\n\
             media_type = \"application/problem json\"\n\
             [wire.fields]\n\
             retryAfter = {{ header = \"Retry-After\", type = \"integer\" }}\n\
             self = \"/self\"\n\
             kind = {{ pointer = \"/kind\", type = \"boolen\" }}\n\
             request_id = {{ header = \"Request-Id\", required = true }}\n\
             live = {{ header = \"Live\", type = \"boolean\" }}\n\
             trace = {{ header = \"Trace Id\" }}\n\
             blank = {{ header = \"\" }}\n\
             req_id = {{ header = \"request-id\" }}\n\
             index = \"/errors/0\"\n\
             code_again = \"/c\"\n\
             {}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        )
    }

    #[test]
    fn wire_fields_are_checked_where_written() {
        let body = bad_fields();
        assert_eq!(
            positions(&body),
            [
                (
                    7,
                    10,
                    "`/m` and `/m/x` point at the same place, or one inside the other".to_owned()
                ),
                (
                    8,
                    14,
                    "media type `application/problem json` is not `type/subtype`".to_owned()
                ),
                (10, 1, "field name `retryAfter` is not snake_case".to_owned()),
                (
                    11,
                    1,
                    "field name `self` is a Rust keyword that cannot name a field".to_owned()
                ),
                (12, 36, "unknown type \"boolen\"".to_owned()),
                (
                    13,
                    50,
                    "header field `request_id` cannot be required".to_owned()
                ),
                (14, 34, "header field `live` cannot be a boolean".to_owned()),
                (
                    15,
                    20,
                    "header name `Trace Id` is not an HTTP token: it contains ' '".to_owned()
                ),
                (
                    16,
                    20,
                    "the header name of field `blank` is empty".to_owned()
                ),
                (
                    17,
                    21,
                    "field `req_id` reads header `request-id`, which field `request_id` reads already"
                        .to_owned()
                ),
                (
                    18,
                    9,
                    "`/errors/0` indexes into an array, which error bodies are not read from"
                        .to_owned()
                ),
                (
                    19,
                    14,
                    "`/c` and `/c` point at the same place, or one inside the other".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn wire_field_problems_say_how_to_fix_them() {
        let found = errors(&bad_fields());
        let help = |message: &str| {
            found
                .iter()
                .find(|d| d.message.starts_with(message))
                .and_then(|d| d.help.clone())
                .unwrap()
        };
        assert_eq!(
            help("field name `retryAfter`"),
            "write it as `retry_after`; it names a field of the generated `Extra` struct"
        );
        assert_eq!(
            help("unknown type"),
            "did you mean \"boolean\"? `type` is one of \"string\", \"integer\", \"boolean\""
        );
        assert_eq!(
            help("header field `request_id`"),
            "a header is there only when the caller passes the response's headers: remove `required = true`"
        );
        assert_eq!(
            help("`/c` and `/c`"),
            "give each of `[wire]`'s code, message, description and status, and each body field of `[wire.fields]`, a place of its own in the body"
        );
        let label = found
            .iter()
            .find(|d| d.message.starts_with("field `req_id`"))
            .and_then(|d| d.label.as_deref());
        assert_eq!(
            label,
            Some("`Request-Id` at 13:25; header names are case-insensitive")
        );
    }

    #[test]
    fn field_names_that_cannot_be_snake_case_get_a_general_help() {
        let body = format!(
            "[wire.fields]\n_ = \"/a\"\nSelf = \"/b\"\n{}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        );
        let found: Vec<_> = errors(&body)
            .into_iter()
            .map(|d| (d.message, d.help.unwrap_or_default()))
            .collect();
        let general = "field names are snake_case identifiers, like `decline_code`; each names a field of the generated `Extra` struct";
        assert_eq!(
            found,
            [
                (
                    "field name `_` is not snake_case".to_owned(),
                    general.to_owned()
                ),
                (
                    "field name `Self` is not snake_case".to_owned(),
                    general.to_owned()
                ),
            ]
        );
    }

    #[test]
    fn at_most_24_fields() {
        let fields = (1..=25)
            .map(|i| format!("f{i} = \"/f{i}\"\n"))
            .collect::<Vec<_>>()
            .concat();
        let body = format!(
            "[wire.fields]\n{fields}{}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        );
        assert_eq!(
            positions(&body),
            [(
                32,
                1,
                "`[wire.fields]` declares 25 fields, more than 24".to_owned()
            )]
        );
        assert_eq!(
            errors(&body)[0].help.as_deref(),
            Some(
                "the generated reader tracks which fields it has read in a fixed-size set of 24: keep the fields handlers use"
            )
        );
        let fewer = format!("{HEAD}{body}").replace("f25 = \"/f25\"\n", "");
        assert_eq!(crate::load(fewer.as_bytes()).unwrap().wire.fields.len(), 24);
    }

    #[test]
    fn a_status_catalog_keys_codes_by_status() {
        let source = format!(
            "{STATUS_HEAD}status = \"/status\"\nmedia_type = \"application/problem+json\"\n\
             {}{}[endpoints.e]\ncodes = [404, 422]\n",
            status_code("404", "NotFound", ""),
            status_code("422", "Unprocessable", "status = 422"),
        );
        let catalog = crate::load(source.as_bytes()).unwrap();
        assert_eq!(catalog.code_type, CodeType::Status);
        assert_eq!(catalog.wire.code, None);
        assert_eq!(catalog.wire.status.as_deref(), Some("/status"));
        let code = |key: &str, status: u16, name: &str| Code {
            code: key.to_owned(),
            number: Some(u32::from(status)),
            name: name.to_owned(),
            error_type: None,
            status: Some(status),
            message: Template::parse("m").unwrap(),
            description: String::new(),
            retry: Retry::Never,
            examples: Vec::new(),
        };
        assert_eq!(
            catalog.codes,
            [
                code("404", 404, "NotFound"),
                code("422", 422, "Unprocessable")
            ]
        );
        let endpoint = &catalog.endpoints[0];
        assert_eq!(endpoint.transport, Transport::Http);
        assert_eq!(
            endpoint
                .entries
                .iter()
                .map(|e| (e.code, e.status))
                .collect::<Vec<_>>(),
            [(0, Some(404)), (1, Some(422))]
        );
    }

    #[test]
    fn a_status_catalog_takes_error_statuses_only_and_keeps_them_fixed() {
        let source = format!(
            "{}{}{}{}{}{}\
             [endpoints.e]\ncodes = [\"422\"]\n\
             [endpoints.f]\ncodes = [{{ code = 422, status = 400 }}]\n\
             [endpoints.w]\ntransport = \"widget\"\ncodes = [422]\n",
            STATUS_HEAD.replace("[wire]\n", "[wire]\ncode = \"/code\"\n"),
            status_code("200", "Ok", ""),
            status_code("0404", "NotFound", ""),
            status_code("E-1", "Text", ""),
            status_code("410", "Gone", "status = 404"),
            status_code("422", "Unprocessable", ""),
        );
        assert_eq!(
            positions_of(&source),
            [
                (
                    5,
                    8,
                    "`[wire]` has a `code`, but the catalog's code_type is \"status\"".to_owned()
                ),
                (
                    7,
                    8,
                    "code `200` is not an HTTP error status, but the catalog's code_type is \"status\""
                        .to_owned()
                ),
                (12, 8, "status code `0404` has a leading zero".to_owned()),
                (
                    17,
                    8,
                    "code `E-1` is not an HTTP status, but the catalog's code_type is \"status\""
                        .to_owned()
                ),
                (
                    26,
                    10,
                    "code `410` has status 404, but in a status-keyed catalog the status is the code"
                        .to_owned()
                ),
                (
                    33,
                    10,
                    "code \"422\" is a string, but the catalog's code_type is \"status\"".to_owned()
                ),
                (
                    35,
                    33,
                    "endpoint `f` overrides the status of code `422`, but in a status-keyed catalog the status is the code"
                        .to_owned()
                ),
                (
                    37,
                    13,
                    "endpoint `w` reports errors as widget strings, but the catalog's code_type is \"status\""
                        .to_owned()
                ),
            ]
        );
        let found = crate::load(source.as_bytes()).unwrap_err();
        let help = |message: &str| {
            found
                .iter()
                .find(|d| d.message.starts_with(message))
                .and_then(|d| d.help.clone())
                .unwrap()
        };
        assert_eq!(
            help("`[wire]` has a `code`"),
            "a status-keyed catalog reads the code from the HTTP status, not the body: remove `code`"
        );
        assert_eq!(help("code `200`"), "error statuses are 400 to 599");
        assert_eq!(
            help("code `410`"),
            "remove `status` ([codes.410] has status 410), or define the code as [codes.404]"
        );
        assert_eq!(help("code \"422\""), "write it unquoted: 422");
    }

    #[test]
    fn an_unknown_code_type_suggests_status_and_requires_no_wire_code() {
        let source = format!(
            "{}{}[endpoints.e]\ncodes = [404]\n",
            STATUS_HEAD.replace("\"status\"", "\"statsu\""),
            status_code("404", "NotFound", "")
        );
        let found = crate::load(source.as_bytes()).unwrap_err();
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].message, "unknown code_type \"statsu\"");
        assert_eq!(
            found[0].help.as_deref(),
            Some(
                "did you mean \"status\"? `code_type` is one of \"string\", \"integer\", \"status\""
            )
        );
    }

    /// A catalog with `catalog_keys` in `[catalog]`, and one code and endpoint.
    fn with_catalog_keys(catalog_keys: &str) -> String {
        format!(
            "[catalog]\nname = \"t\"\ncode_type = \"string\"\n{catalog_keys}\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n{}[endpoints.e]\ncodes = [\"E-1\"]\n",
            code("E-1", "A", "")
        )
    }

    #[test]
    fn title_and_docs_url_are_in_the_model() {
        let source = with_catalog_keys(
            "title = \"Shop API errors\"\ndocs_url = \"https://api.example.com/errors?v=2\"",
        );
        let catalog = crate::load(source.as_bytes()).unwrap();
        assert_eq!(catalog.page_title(), "Shop API errors");
        assert_eq!(
            catalog.docs_url.as_deref(),
            Some("https://api.example.com/errors?v=2")
        );
        let untitled = crate::load(with_catalog_keys("").as_bytes()).unwrap();
        assert_eq!(
            (untitled.page_title(), untitled.docs_url),
            ("t errors".to_owned(), None)
        );
    }

    #[test]
    fn title_and_docs_url_are_checked_where_written_and_say_how_to_fix_them() {
        let cases = [
            ("title = \"\"", (4, 9), "the catalog's `title` is empty"),
            (
                "title = \"Shop\\nerrors\"",
                (4, 14),
                "the catalog's `title` is more than one line",
            ),
            (
                "docs_url = \"api.example.com/errors\"",
                (4, 12),
                "`docs_url` \"api.example.com/errors\" is not an absolute http(s) URL",
            ),
            (
                "docs_url = \"ftp://example.com/errors\"",
                (4, 12),
                "`docs_url` \"ftp://example.com/errors\" is not an absolute http(s) URL",
            ),
            (
                "docs_url = \"https:///errors\"",
                (4, 12),
                "`docs_url` \"https:///errors\" is not an absolute http(s) URL",
            ),
            (
                "docs_url = \"https://example.com/errors#top\"",
                (4, 39),
                "`docs_url` \"https://example.com/errors#top\" has a fragment",
            ),
        ];
        for (keys, (line, column), message) in cases {
            let source = with_catalog_keys(keys);
            assert_eq!(
                positions_of(&source),
                [(line, column, message.to_owned())],
                "{keys}"
            );
        }
        let errors = crate::load(
            with_catalog_keys("docs_url = \"https://example.com/errors#top\"").as_bytes(),
        )
        .unwrap_err();
        assert_eq!(
            errors[0].help.as_deref(),
            Some(
                "remove `#top`: each code's anchor is appended as the fragment, `https://example.com/errors#<anchor>`"
            )
        );
    }

    #[test]
    fn an_empty_catalog_says_what_to_add() {
        let messages: Vec<_> = errors("").into_iter().map(|d| d.message).collect();
        assert_eq!(
            messages,
            [
                "the catalog defines no codes",
                "the catalog defines no endpoints"
            ]
        );
    }

    #[test]
    fn non_utf8_bytes_are_a_diagnostic() {
        let errors = crate::load(b"[catalog]\nname = \"\xff\"\n").unwrap_err();
        assert_eq!(errors[0].message, "the catalog is not valid UTF-8");
        assert_eq!(errors[0].span, 18..18);
    }

    #[test]
    fn every_prefix_of_a_real_catalog_loads_or_reports_without_panicking() {
        let full = include_bytes!("../../catalogs/aerosync.toml");
        for end in (0..full.len()).step_by(13) {
            let result = crate::load(&full[..end]);
            if let Err(diagnostics) = result {
                assert!(!diagnostics.is_empty());
            }
        }
    }
}
