//! [`crate::ast::Catalog`] -> [`crate::model::Catalog`]: names, ranges, references, duplicates, and the
//! overrides applied per endpoint. Every problem is reported, each at its own span.

use crate::ast::{self, Scalar, Sp};
use crate::diagnostic::{Diagnostic, did_you_mean};
use crate::model::{Catalog, Code, CodeType, Endpoint, Entry, Retry, Transport, Wire};
use crate::names;
use crate::template::Template;
use error_catalog_core::integer::{self, IntegerCodeError};
use error_catalog_core::{pointer, status};
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
    let code_type = catalog.code_type.as_ref().and_then(|t| v.code_type(t));
    let wire = catalog.wire.as_ref().and_then(|w| v.wire(w));
    let codes = v.codes(&catalog.codes, code_type);
    let endpoints = v.endpoints(catalog, &codes, code_type, wire.as_ref());
    if catalog.codes.is_empty() && catalog.name.is_some() {
        v.diagnostics.push(
            Diagnostic::new(0..0, "the catalog defines no codes")
                .help("add one: [codes.E-001] with `name`, `status`, `message` and `retry`"),
        );
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

    fn code_type(&mut self, code_type: &Sp<String>) -> Option<CodeType> {
        match code_type.value.as_str() {
            "string" => Some(CodeType::String),
            "integer" => Some(CodeType::Integer),
            other => {
                self.push_choice(&code_type.span, "code_type", other, &["string", "integer"]);
                None
            }
        }
    }

    fn wire(&mut self, wire: &ast::Wire) -> Option<Wire> {
        let pointers: Vec<&Sp<String>> = [&wire.code, &wire.message, &wire.description]
            .into_iter()
            .flatten()
            .collect();
        let mut well_formed: Vec<&Sp<String>> = Vec::new();
        for written in pointers {
            match pointer::problem(&written.value) {
                Some(problem) => self.diagnostics.push(Diagnostic::new(written.span.clone(), format!("`{}` {problem}", written.value)).help(
                    "write a JSON pointer into objects, like `/error/code`: the body's code, message and description are read and written there",
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
                        .help("give code, message and description separate places in the body"),
                    );
                }
            }
        }
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
            code: wire.code.as_ref()?.value.clone(),
            message: wire.message.as_ref()?.value.clone(),
            description: wire.description.as_ref().map(|d| d.value.clone()),
            widget,
        })
    }

    /// Each code with its model, `None` where the entry is wrong; keyed for lookup.
    fn codes(
        &mut self,
        defs: &[ast::CodeDef],
        code_type: Option<CodeType>,
    ) -> Vec<(String, Option<Code>)> {
        let mut names: HashMap<&str, &Sp<String>> = HashMap::new();
        let mut folded: HashMap<String, &Sp<String>> = HashMap::new();
        let mut out = Vec::new();
        for def in defs {
            let key = &def.key;
            let number = match code_type {
                Some(CodeType::Integer) => self.integer_code(key),
                _ => None,
            };
            let code_ok = self.code_text(key, code_type);
            // Codes are matched exactly on the wire; two that differ only in case (or, in
            // integer catalogs, in leading zeros) are a mistake, not two codes.
            let canonical =
                number.map_or_else(|| key.value.to_ascii_uppercase(), |n| n.to_string());
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
            let status = def.fields.status.as_ref().and_then(|s| self.status(s));
            let status_ok = def.fields.status.is_none() || status.is_some();
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
            let number_ok = code_type != Some(CodeType::Integer) || number.is_some();
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
                    })
                });
            out.push((key.value.clone(), code));
        }
        out
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
        let mut out = Vec::new();
        for def in &catalog.endpoints {
            let key = &def.key;
            let (enum_name, transport) = self.endpoint_header(def, wire, &mut enum_names);
            let Some(refs) = &def.codes else { continue };
            if refs.value.is_empty() {
                self.diagnostics.push(
                    Diagnostic::new(refs.span.clone(), format!("endpoint `{}` lists no codes", key.value))
                        .help("an endpoint's enum needs at least one variant: list the codes it can return"),
                );
            }
            let mut seen: HashMap<usize, &Sp<Scalar>> = HashMap::new();
            let mut entries = Vec::new();
            for code_ref in &refs.value {
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
                seen.insert(i, &code_ref.code);
                if let Some(entry) = self.entry(i, code_ref, codes, transport, wire, &key.value) {
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
                entries,
            });
        }
        out
    }

    /// The endpoint's enum name and transport, checking its key, method and path.
    fn endpoint_header<'c>(
        &mut self,
        def: &'c ast::EndpointDef,
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
            (Scalar::Integer(n), Some(CodeType::Integer)) => {
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
            (Scalar::Text(text), Some(CodeType::Integer)) => {
                self.diagnostics.push(
                    Diagnostic::new(code.span.clone(), format!("code \"{text}\" is a string, but the catalog's code_type is \"integer\""))
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
    fn entry(
        &mut self,
        i: usize,
        code_ref: &ast::CodeRef,
        codes: &[(String, Option<Code>)],
        transport: Transport,
        wire: Option<&Wire>,
        endpoint: &str,
    ) -> Option<Entry> {
        let o = &code_ref.overrides;
        let status = o.status.as_ref().map(|s| self.status(s));
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
            (Transport::Http, None) if code.status.is_none() => {
                self.diagnostics.push(
                    Diagnostic::new(here, format!("code `{}` has no HTTP status, and endpoint `{endpoint}` is an HTTP endpoint", code.code))
                        .help(format!("give [codes.{}] a `status`, or override it here: {{ code = \"{}\", status = 500 }}", code.code, code.code)),
                );
                return None;
            }
            (Transport::Http, None) => code.status,
        };
        Some(Entry {
            code: i,
            status,
            message: message.unwrap_or_else(|| Some(code.message.clone()))?,
            description: o
                .description
                .as_ref()
                .map_or_else(|| code.description.clone(), |d| d.value.clone()),
            retry: retry.unwrap_or(Some(code.retry))?,
        })
    }

    // --- single values ---

    fn code_text(&mut self, key: &Sp<String>, code_type: Option<CodeType>) -> bool {
        let bad = key.value.is_empty()
            || key
                .value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control());
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

    /// The file span of a range inside a string value, exact when the string has no escapes.
    fn inner_span(&self, text: &Sp<String>, range: &Range<usize>) -> Range<usize> {
        let raw = self.source.get(text.span.clone()).unwrap_or("");
        let quote = raw.chars().next().filter(|c| *c == '"' || *c == '\'');
        match quote {
            Some(q)
                if raw.len() == text.value.len() + 2
                    && raw[1..raw.len() - 1] == text.value
                    && raw.ends_with(q) =>
            {
                text.span.start + 1 + range.start..text.span.start + 1 + range.end
            }
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

#[cfg(test)]
mod tests {
    use crate::diagnostic::Diagnostic;
    use crate::model::{Retry, Transport};

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
