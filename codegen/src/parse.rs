//! TOML text -> [`crate::ast::Catalog`]: syntax, the shape of each table, unknown keys and value
//! types. Cross-references (which code exists, names taken twice) are `validate`'s job.

use crate::ast::{
    Catalog, CodeDef, CodeRef, EndpointDef, Example, FieldDef, FieldSourceDef, Fields, GroupDef,
    Item, Json, Scalar, Sp, Wire,
};
use crate::diagnostic::{Diagnostic, did_you_mean};
use std::ops::Range;
use toml::de::{DeTable, DeValue};

type Spanned<T> = toml::Spanned<T>;

const TOP_KEYS: &[&str] = &["catalog", "wire", "codes", "endpoints", "groups"];
const GROUP_KEYS: &[&str] = &["codes"];
const CATALOG_KEYS: &[&str] = &[
    "name",
    "code_type",
    "description",
    "title",
    "docs_url",
    "lints",
];
const WIRE_KEYS: &[&str] = &[
    "code",
    "message",
    "description",
    "status",
    "media_type",
    "widget",
    "fields",
];
/// The keys of a `[wire.fields]` entry written as a table.
const FIELD_KEYS: &[&str] = &["pointer", "header", "type", "required"];
const CODE_KEYS: &[&str] = &[
    "examples",
    "name",
    "status",
    "message",
    "description",
    "retry",
    "error_type",
];
const ENDPOINT_KEYS: &[&str] = &[
    "method",
    "path",
    "description",
    "transport",
    "statuses",
    "codes",
];
/// An override's keys, and the two it may not set (reported with their own message).
const OVERRIDE_KEYS_AND_REPORTED: &[&str] = &[
    "examples",
    "code",
    "status",
    "message",
    "description",
    "retry",
    "name",
    "error_type",
];

/// Parses catalog text, reporting every problem it can find in one pass.
pub fn parse(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Catalog {
    let (document, errors) = DeTable::parse_recoverable(source);
    syntax_errors(source, &errors, diagnostics);
    if !errors.is_empty() {
        // A table that failed to parse would only add confusing follow-up errors.
        return Catalog::default();
    }
    let mut p = Parser { diagnostics };
    p.catalog(document.get_ref())
}

/// TOML's own errors. A table defined twice is one error, not one per key it repeats.
fn syntax_errors(source: &str, errors: &[toml::de::Error], diagnostics: &mut Vec<Diagnostic>) {
    let mut repeated_table_ends = 0;
    for error in errors {
        let span = error.span().unwrap_or(0..0);
        if error.message() == "duplicate key" {
            let at = span.start.min(source.len());
            let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
            let line = source[line_start..].lines().next().unwrap_or("");
            if let Some(header) = table_header(line) {
                let header_start = line_start + line.find('[').unwrap_or(0);
                let first = source[..line_start]
                    .lines()
                    .position(|earlier| table_header(earlier) == Some(header));
                let help = first.map_or_else(
                    || "keep one of the two".to_owned(),
                    |index| {
                        format!(
                            "`{header}` is first defined at line {}; keep one",
                            index + 1
                        )
                    },
                );
                diagnostics.push(
                    Diagnostic::new(
                        header_start..header_start + header.len(),
                        format!("table `{header}` is defined twice"),
                    )
                    .label("defined again here")
                    .help(help),
                );
                repeated_table_ends = source[line_start..]
                    .find("\n[")
                    .map_or(source.len(), |i| line_start + i);
                continue;
            }
            if span.start < repeated_table_ends {
                continue;
            }
        }
        diagnostics.push(
            Diagnostic::new(span, format!("invalid TOML: {}", error.message()))
                .help("see https://toml.io for the syntax"),
        );
    }
}

/// `[codes.E-1]` of a line that is a table header, without indentation or a comment.
fn table_header(line: &str) -> Option<&str> {
    let line = line.trim();
    if !line.starts_with('[') {
        return None;
    }
    let end = line.rfind(']')?;
    Some(&line[..=end])
}

struct Parser<'d> {
    diagnostics: &'d mut Vec<Diagnostic>,
}

/// A table being read: its entries, what to call it in messages, and where its header is.
struct Table<'a, 'i> {
    entries: &'a DeTable<'i>,
    what: String,
    header: Range<usize>,
}

impl Parser<'_> {
    fn catalog(&mut self, document: &DeTable<'_>) -> Catalog {
        let top = Table {
            entries: document,
            what: "the catalog".to_owned(),
            header: 0..0,
        };
        self.unknown_keys(
            &top,
            TOP_KEYS,
            "top-level sections are `[catalog]`, `[wire]`, `[codes.*]`, `[endpoints.*]` and `[groups.*]`",
        );
        let mut catalog = Catalog::default();

        match self.table(&top, "catalog") {
            Some(section) => {
                self.unknown_keys(&section, CATALOG_KEYS, "");
                catalog.name = self.required(&section, "name", Self::string);
                catalog.code_type = self.required(&section, "code_type", Self::string);
                catalog.description = self.string(&section, "description");
                catalog.title = self.string(&section, "title");
                catalog.docs_url = self.string(&section, "docs_url");
                catalog.lints = self.lints(&section);
            }
            None => self.missing_section(
                "catalog",
                "[catalog]\nname = \"my_api\"\ncode_type = \"string\"",
            ),
        }

        match self.table(&top, "wire") {
            Some(section) => {
                self.unknown_keys(&section, WIRE_KEYS, "");
                // The body has the code unless the HTTP status is the code. Without a known
                // code_type (reported already) it is neither required nor refused.
                let code_in_body = catalog
                    .code_type
                    .as_ref()
                    .is_some_and(|t| matches!(t.value.as_str(), "string" | "integer"));
                catalog.wire = Some(Wire {
                    code: if code_in_body {
                        self.required(&section, "code", Self::string)
                    } else {
                        self.string(&section, "code")
                    },
                    message: self.required(&section, "message", Self::string),
                    description: self.string(&section, "description"),
                    status: self.string(&section, "status"),
                    media_type: self.string(&section, "media_type"),
                    widget: self.string(&section, "widget"),
                    fields: self.fields(&section),
                });
            }
            None => self.missing_section(
                "wire",
                "[wire]\ncode = \"/error/code\"\nmessage = \"/error/message\"",
            ),
        }

        if let Some(codes) = self.table(&top, "codes") {
            for (key, entry) in sorted(codes.entries) {
                let what = format!("code `{}`", key.get_ref());
                if let Some(table) = self.table_value(entry, what, key.span()) {
                    catalog.codes.push(self.code(&table, key));
                }
            }
        }

        if let Some(endpoints) = self.table(&top, "endpoints") {
            for (key, entry) in sorted(endpoints.entries) {
                let what = format!("endpoint `{}`", key.get_ref());
                if let Some(table) = self.table_value(entry, what, key.span()) {
                    catalog.endpoints.push(self.endpoint(&table, key));
                }
            }
        }

        if let Some(groups) = self.table(&top, "groups") {
            for (key, entry) in sorted(groups.entries) {
                let what = format!("group `{}`", key.get_ref());
                if let Some(table) = self.table_value(entry, what, key.span()) {
                    catalog.groups.push(self.group(&table, key));
                }
            }
        }
        catalog
    }

    /// `[groups.common]`: `codes`, listed as an endpoint lists them, without groups.
    fn group(
        &mut self,
        table: &Table<'_, '_>,
        key: &Spanned<std::borrow::Cow<'_, str>>,
    ) -> GroupDef {
        self.unknown_keys(table, GROUP_KEYS, "");
        let codes = self.codes(table).map(|items| Sp {
            span: items.span,
            value: items
                .value
                .into_iter()
                .filter_map(|item| match item {
                    Item::Code(code_ref) => Some(code_ref),
                    Item::Group(group) => {
                        self.diagnostics.push(
                            Diagnostic::new(
                                group.span,
                                format!("{} includes group `{}`", table.what, group.value),
                            )
                            .help("a group lists codes, not other groups: list its codes here"),
                        );
                        None
                    }
                })
                .collect(),
        });
        GroupDef {
            key: sp(key),
            codes,
        }
    }

    fn code(&mut self, table: &Table<'_, '_>, key: &Spanned<std::borrow::Cow<'_, str>>) -> CodeDef {
        let before = self.diagnostics.len();
        self.unknown_keys(table, CODE_KEYS, "");
        let mut code = CodeDef {
            key: sp(key),
            name: self.required(table, "name", Self::string),
            error_type: self.string(table, "error_type"),
            fields: Fields {
                status: self.integer(table, "status"),
                message: self.required(table, "message", Self::string),
                description: self.string(table, "description"),
                retry: self.required(table, "retry", Self::string),
            },
            examples: self.examples(table),
            reported: false,
        };
        code.reported = self.diagnostics.len() > before;
        code
    }

    fn endpoint(
        &mut self,
        table: &Table<'_, '_>,
        key: &Spanned<std::borrow::Cow<'_, str>>,
    ) -> EndpointDef {
        self.unknown_keys(table, ENDPOINT_KEYS, "");
        let codes = self.codes(table);
        EndpointDef {
            key: sp(key),
            method: self.string(table, "method"),
            path: self.string(table, "path"),
            description: self.string(table, "description"),
            transport: self.string(table, "transport"),
            statuses: self.string(table, "statuses"),
            codes,
        }
    }

    /// The required `codes` of an endpoint or a group; the span is the whole array.
    fn codes(&mut self, table: &Table<'_, '_>) -> Option<Sp<Vec<Item>>> {
        self.required(table, "codes", |p, table, name| {
            let (items, span) = p.array(table, name)?;
            let what = table.what.clone();
            let items = items
                .iter()
                .filter_map(|item| p.item(item, &what))
                .collect();
            Some(Sp { value: items, span })
        })
    }

    /// A code, or `{ group = "common" }`: a table with `group` and nothing else.
    fn item(&mut self, item: &Spanned<DeValue<'_>>, list: &str) -> Option<Item> {
        let DeValue::Table(entries) = item.get_ref() else {
            return self.code_ref(item, list).map(Item::Code);
        };
        let Some(group) = entries.get("group") else {
            return self.code_ref(item, list).map(Item::Code);
        };
        let table = Table {
            entries,
            what: format!("a group entry in {list}"),
            header: item.span(),
        };
        self.unknown_keys(
            &table,
            &["group"],
            "a group entry names the group and nothing else: `{ group = \"common\" }`",
        );
        let DeValue::String(name) = group.get_ref() else {
            self.wrong_type(&table, "group", group, "a string");
            return None;
        };
        Some(Item::Group(Sp {
            value: name.to_string(),
            span: group.span(),
        }))
    }

    /// `"AC-102"`, `1200`, or `{ code = "AC-102", status = 400 }`.
    fn code_ref(&mut self, item: &Spanned<DeValue<'_>>, endpoint: &str) -> Option<CodeRef> {
        let scalar = |value: &DeValue<'_>| match value {
            DeValue::String(text) => Some(Scalar::Text(text.to_string())),
            DeValue::Integer(int) => Some(
                integer_value(int)
                    .map_or_else(|| Scalar::TooLarge(int.to_string()), Scalar::Integer),
            ),
            _ => None,
        };
        if let DeValue::Table(entries) = item.get_ref() {
            let table = Table {
                entries,
                what: format!("an override in {endpoint}"),
                header: item.span(),
            };
            for (key, _) in entries {
                if matches!(key.get_ref().as_ref(), "name" | "error_type") {
                    self.diagnostics.push(
                        Diagnostic::new(key.span(), format!("`{}` cannot be overridden per endpoint", key.get_ref()))
                            .label("set once, on the code")
                            .help("an endpoint can override `status`, `message`, `description` and `retry`"),
                    );
                }
            }
            self.unknown_keys(&table, OVERRIDE_KEYS_AND_REPORTED, "");
            let code = self.required(&table, "code", |p, table, key| {
                let value = table.entries.get(key)?;
                let parsed = scalar(value.get_ref());
                if parsed.is_none() {
                    p.wrong_type(table, key, value, "a string or an integer");
                }
                let span = value.span();
                parsed.map(|value| Sp { value, span })
            })?;
            return Some(CodeRef {
                code,
                overrides: Fields {
                    status: self.integer(&table, "status"),
                    message: self.string(&table, "message"),
                    description: self.string(&table, "description"),
                    retry: self.string(&table, "retry"),
                },
                examples: self.examples(&table),
            });
        }
        let Some(value) = scalar(item.get_ref()) else {
            self.diagnostics.push(
                Diagnostic::new(
                    item.span(),
                    format!("a code in {endpoint} must be a string, an integer or an inline table, found {}", describe(item.get_ref())),
                )
                .help("write `\"AC-102\"`, or `{ code = \"AC-102\", status = 400 }` to override"),
            );
            return None;
        };
        Some(CodeRef {
            code: Sp {
                value,
                span: item.span(),
            },
            overrides: Fields::default(),
            examples: Vec::new(),
        })
    }

    /// `[wire.fields]`, in file order.
    fn fields(&mut self, wire: &Table<'_, '_>) -> Vec<FieldDef> {
        let Some((key, value)) = wire.entries.get_key_value("fields") else {
            return Vec::new();
        };
        let Some(table) = self.table_value(value, "`[wire.fields]`".to_owned(), key.span()) else {
            return Vec::new();
        };
        sorted(table.entries)
            .into_iter()
            .map(|(name, entry)| self.field(name, entry))
            .collect()
    }

    /// `name = "/pointer"` or `name = { pointer | header, type, required }`. A malformed entry
    /// is kept without a source, so that names and the number of fields are still checked.
    fn field(
        &mut self,
        name: &Spanned<std::borrow::Cow<'_, str>>,
        entry: &Spanned<DeValue<'_>>,
    ) -> FieldDef {
        let mut def = FieldDef {
            name: sp(name),
            source: None,
            kind: None,
            required: None,
        };
        let entries = match entry.get_ref() {
            DeValue::String(text) => {
                def.source = Some(FieldSourceDef::Pointer(Sp {
                    value: text.to_string(),
                    span: entry.span(),
                }));
                return def;
            }
            DeValue::Table(entries) => entries,
            other => {
                let name = name.get_ref();
                self.diagnostics.push(
                    Diagnostic::new(
                        entry.span(),
                        format!(
                            "field `{name}` in `[wire.fields]` must be a string or an inline table, found {}",
                            describe(other)
                        ),
                    )
                    .help(format!(
                        "write `{name} = \"/error/{name}\"` for a string in the body, or `{name} = {{ pointer = \"/error/{name}\", type = \"integer\" }}`"
                    )),
                );
                return def;
            }
        };
        let table = Table {
            entries,
            what: format!("field `{}`", name.get_ref()),
            // A `[wire.fields.NAME]` table has an empty span: point at its name.
            header: if entry.span().is_empty() {
                name.span()
            } else {
                entry.span()
            },
        };
        self.unknown_keys(&table, FIELD_KEYS, "");
        let pointer = entries.get_key_value("pointer");
        let header = entries.get_key_value("header");
        def.source = match (pointer, header) {
            (Some((pointer_key, _)), Some((header_key, _))) => {
                let later = if pointer_key.span().start > header_key.span().start {
                    pointer_key
                } else {
                    header_key
                };
                self.diagnostics.push(
                    Diagnostic::new(
                        later.span(),
                        format!("{} has both `pointer` and `header`", table.what),
                    )
                    .label("a second source")
                    .help("a field is read from the body (`pointer`) or from a response header (`header`), not both: keep one"),
                );
                None
            }
            (Some(_), None) => self.string(&table, "pointer").map(FieldSourceDef::Pointer),
            (None, Some(_)) => self.string(&table, "header").map(FieldSourceDef::Header),
            (None, None) => {
                // `pointr = …` is already reported as an unknown key with "did you mean".
                let misspelt = entries
                    .keys()
                    .any(|k| did_you_mean(k.get_ref(), ["pointer", "header"]).is_some());
                if !misspelt {
                    let name = name.get_ref();
                    self.diagnostics.push(
                        Diagnostic::new(
                            table.header.clone(),
                            format!("{} has no `pointer` or `header`", table.what),
                        )
                        .label("read from nowhere")
                        .help(format!(
                            "add `pointer = \"/error/{name}\"` to read it from the body, or `header = \"…\"` to read it from a response header"
                        )),
                    );
                }
                None
            }
        };
        def.kind = self.string(&table, "type");
        def.required = self.boolean(&table, "required");
        def
    }

    /// `lints = { missing-description = "allow" }`: each name and level, as strings.
    fn lints(&mut self, section: &Table<'_, '_>) -> Vec<(Sp<String>, Sp<String>)> {
        let Some((key, value)) = section.entries.get_key_value("lints") else {
            return Vec::new();
        };
        let Some(table) = self.table_value(value, "`lints`".to_owned(), key.span()) else {
            return Vec::new();
        };
        sorted(table.entries)
            .into_iter()
            .filter_map(|(name, _)| {
                let level = self.string(&table, name.get_ref())?;
                Some((sp(name), level))
            })
            .collect()
    }

    /// `examples = [{ error = { code = "AC-102", … } }, "TYPE | Code: … | Message: …"]`:
    /// bodies as tables, widget strings as strings.
    fn examples(&mut self, table: &Table<'_, '_>) -> Vec<Sp<Example>> {
        let Some((items, _)) = self.array(table, "examples") else {
            return Vec::new();
        };
        let mut examples = Vec::new();
        for item in items {
            let example = match item.get_ref() {
                DeValue::String(text) => Some(Example::Widget(text.to_string())),
                DeValue::Table(_) => self.json(item).map(Example::Body),
                other => {
                    self.diagnostics.push(
                        Diagnostic::new(item.span(), format!("an example in {} must be a table (a body) or a string (a widget error), found {}", table.what, describe(other)))
                            .help("write a body as a table, `{ error = { code = \"AC-102\", message = \"…\" } }`, or a widget error as its string"),
                    );
                    None
                }
            };
            if let Some(value) = example {
                examples.push(Sp {
                    value,
                    span: item.span(),
                });
            }
        }
        examples
    }

    /// A TOML value as the JSON it stands for; dates, which JSON has not, are reported.
    fn json(&mut self, value: &Spanned<DeValue<'_>>) -> Option<Json> {
        Some(match value.get_ref() {
            DeValue::String(text) => Json::String(text.to_string()),
            DeValue::Integer(int) => {
                let Some(n) = integer_value(int) else {
                    self.diagnostics.push(
                        Diagnostic::new(
                            value.span(),
                            format!("an example body has {int}, beyond a 64-bit integer"),
                        )
                        .help("write a number the API could send"),
                    );
                    return None;
                };
                Json::Integer(n)
            }
            DeValue::Float(float) => {
                let text = float.to_string();
                if !text.parse::<f64>().is_ok_and(f64::is_finite) {
                    self.diagnostics.push(
                        Diagnostic::new(
                            value.span(),
                            format!("an example body has `{text}`, which JSON has not"),
                        )
                        .help("write a finite number"),
                    );
                    return None;
                }
                Json::Float(text)
            }
            DeValue::Boolean(b) => Json::Bool(*b),
            DeValue::Array(items) => Json::Array(
                items
                    .iter()
                    .filter_map(|item| {
                        Some(Sp {
                            value: self.json(item)?,
                            span: item.span(),
                        })
                    })
                    .collect(),
            ),
            DeValue::Table(entries) => Json::Object(
                sorted(entries)
                    .into_iter()
                    .filter_map(|(key, item)| {
                        Some((
                            key.get_ref().to_string(),
                            Sp {
                                value: self.json(item)?,
                                span: item.span(),
                            },
                        ))
                    })
                    .collect(),
            ),
            DeValue::Datetime(_) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        value.span(),
                        "an example body has a date, which JSON has not",
                    )
                    .help("write it as a string"),
                );
                return None;
            }
        })
    }

    // --- typed getters: `None` if absent; a diagnostic (and `None`) if of the wrong type ---

    fn string(&mut self, table: &Table<'_, '_>, key: &str) -> Option<Sp<String>> {
        let value = table.entries.get(key)?;
        if let DeValue::String(text) = value.get_ref() {
            Some(Sp {
                value: text.to_string(),
                span: value.span(),
            })
        } else {
            self.wrong_type(table, key, value, "a string");
            None
        }
    }

    fn boolean(&mut self, table: &Table<'_, '_>, key: &str) -> Option<Sp<bool>> {
        let value = table.entries.get(key)?;
        if let DeValue::Boolean(flag) = value.get_ref() {
            Some(Sp {
                value: *flag,
                span: value.span(),
            })
        } else {
            self.wrong_type(table, key, value, "a boolean");
            None
        }
    }

    fn integer(&mut self, table: &Table<'_, '_>, key: &str) -> Option<Sp<i64>> {
        let value = table.entries.get(key)?;
        let DeValue::Integer(int) = value.get_ref() else {
            self.wrong_type(table, key, value, "an integer");
            return None;
        };
        let parsed = integer_value(int);
        if parsed.is_none() {
            self.diagnostics.push(
                Diagnostic::new(
                    value.span(),
                    format!("`{key}` of {} is out of range: {int}", table.what),
                )
                .help(format!("`{key}` takes a 64-bit integer")),
            );
        }
        parsed.map(|parsed| Sp {
            value: parsed,
            span: value.span(),
        })
    }

    fn array<'a, 'i>(
        &mut self,
        table: &Table<'a, 'i>,
        key: &str,
    ) -> Option<(&'a [Spanned<DeValue<'i>>], Range<usize>)> {
        let value = table.entries.get(key)?;
        if let DeValue::Array(items) = value.get_ref() {
            Some((&**items, value.span()))
        } else {
            self.wrong_type(table, key, value, "an array");
            None
        }
    }

    fn table<'a, 'i>(&mut self, parent: &Table<'a, 'i>, key: &str) -> Option<Table<'a, 'i>> {
        let (name, value) = parent.entries.get_key_value(key)?;
        self.table_value(value, format!("`[{key}]`"), name.span())
    }

    fn table_value<'a, 'i>(
        &mut self,
        value: &'a Spanned<DeValue<'i>>,
        what: String,
        key_span: Range<usize>,
    ) -> Option<Table<'a, 'i>> {
        if let DeValue::Table(entries) = value.get_ref() {
            // A `[header]` table's span is the header; a dotted or inline one's is its value.
            let header = if value.span().is_empty() {
                key_span
            } else {
                value.span()
            };
            Some(Table {
                entries,
                what,
                header,
            })
        } else {
            self.diagnostics.push(
                Diagnostic::new(
                    value.span(),
                    format!(
                        "{what} must be a table, found {}",
                        describe(value.get_ref())
                    ),
                )
                .help("write it as a `[section]` with keys below it"),
            );
            None
        }
    }

    fn required<'t, T>(
        &mut self,
        table: &Table<'t, '_>,
        key: &str,
        get: impl FnOnce(&mut Self, &Table<'t, '_>, &str) -> Option<T>,
    ) -> Option<T> {
        if table.entries.get(key).is_none() {
            // `mesage = …` is already reported as an unknown key with "did you mean `message`?".
            let misspelt = table
                .entries
                .keys()
                .any(|k| did_you_mean(k.get_ref(), [key]).is_some());
            if misspelt {
                return None;
            }
            self.diagnostics.push(
                Diagnostic::new(
                    table.header.clone(),
                    format!("{} has no `{key}`", table.what),
                )
                .label(format!("`{key}` is required"))
                .help(format!("add `{key} = …` to {}", table.what)),
            );
            return None;
        }
        get(self, table, key)
    }

    fn wrong_type(
        &mut self,
        table: &Table<'_, '_>,
        key: &str,
        value: &Spanned<DeValue<'_>>,
        expected: &str,
    ) {
        let help = match value.get_ref() {
            DeValue::String(text) if expected == "an integer" && text.parse::<i64>().is_ok() => {
                format!("remove the quotes: `{key} = {text}`")
            }
            DeValue::String(text)
                if expected == "a boolean" && matches!(text.as_ref(), "true" | "false") =>
            {
                format!("remove the quotes: `{key} = {text}`")
            }
            _ if expected == "a string" => format!("quote it: `{key} = \"…\"`"),
            _ => format!("`{key}` takes {expected}"),
        };
        self.diagnostics.push(
            Diagnostic::new(
                value.span(),
                format!(
                    "`{key}` of {} must be {expected}, found {}",
                    table.what,
                    describe(value.get_ref())
                ),
            )
            .help(help),
        );
    }

    fn missing_section(&mut self, name: &str, example: &str) {
        self.diagnostics.push(
            Diagnostic::new(0..0, format!("the catalog has no `[{name}]` section"))
                .help(format!("add\n{example}")),
        );
    }

    fn unknown_keys(&mut self, table: &Table<'_, '_>, allowed: &[&str], hint: &str) {
        for (key, _) in table.entries {
            let key_text = key.get_ref().as_ref();
            if allowed.contains(&key_text) {
                continue;
            }
            let help = match did_you_mean(key_text, allowed.iter().copied()) {
                Some(close) => format!("did you mean `{close}`?"),
                None if hint.is_empty() => format!("expected one of {}", list(allowed)),
                None => hint.to_owned(),
            };
            self.diagnostics.push(
                Diagnostic::new(
                    key.span(),
                    format!("unknown key `{key_text}` in {}", table.what),
                )
                .label("unknown key")
                .help(help),
            );
        }
    }
}

/// Entries in file order (the map itself is ordered by key).
fn sorted<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    entries
}

/// A TOML integer as `i64`, if it fits.
fn integer_value(int: &toml::de::DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(int.as_str(), int.radix()).ok()
}

fn sp(key: &Spanned<std::borrow::Cow<'_, str>>) -> Sp<String> {
    Sp {
        value: key.get_ref().to_string(),
        span: key.span(),
    }
}

fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(text) => format!("the string {text:?}"),
        DeValue::Integer(int) => format!("the integer {int}"),
        other => format!("a {}", other.type_str()),
    }
}

fn list(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(source: &str) -> Catalog {
        let mut diagnostics = Vec::new();
        let catalog = parse(source, &mut diagnostics);
        assert_eq!(diagnostics, [], "unexpected diagnostics");
        catalog
    }

    fn messages(source: &str) -> Vec<String> {
        let mut diagnostics = Vec::new();
        parse(source, &mut diagnostics);
        diagnostics.iter().map(|d| d.message.clone()).collect()
    }

    const HEAD: &str = "[catalog]\nname = \"t\"\ncode_type = \"string\"\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n";

    #[test]
    fn tables_keep_file_order_not_key_order() {
        let source = format!(
            "{HEAD}[codes.B-2]\nname = \"B\"\nmessage = \"b\"\nretry = \"never\"\n\
             [codes.A-1]\nname = \"A\"\nmessage = \"a\"\nretry = \"never\"\n\
             [endpoints.zeta]\ncodes = [\"B-2\"]\n[endpoints.alpha]\ncodes = [\"A-1\"]\n"
        );
        let catalog = parse_ok(&source);
        let codes: Vec<_> = catalog.codes.iter().map(|c| c.key.value.as_str()).collect();
        let endpoints: Vec<_> = catalog
            .endpoints
            .iter()
            .map(|e| e.key.value.as_str())
            .collect();
        assert_eq!(codes, ["B-2", "A-1"]);
        assert_eq!(endpoints, ["zeta", "alpha"]);
    }

    #[test]
    fn overrides_are_read_from_inline_tables() {
        let source = format!(
            "{HEAD}[endpoints.e]\ncodes = [\"A-1\", {{ code = \"A-2\", status = 400, message = \"m\" }}]\n"
        );
        let catalog = parse_ok(&source);
        let codes: Vec<&CodeRef> = catalog.endpoints[0]
            .codes
            .as_ref()
            .unwrap()
            .value
            .iter()
            .filter_map(|item| match item {
                Item::Code(code_ref) => Some(code_ref),
                Item::Group(_) => None,
            })
            .collect();
        assert_eq!(codes[0].code.value, Scalar::Text("A-1".into()));
        assert_eq!(codes[1].code.value, Scalar::Text("A-2".into()));
        assert_eq!(codes[1].overrides.status.as_ref().unwrap().value, 400);
        assert_eq!(codes[1].overrides.message.as_ref().unwrap().value, "m");
    }

    #[test]
    fn groups_list_codes_and_endpoints_include_them_by_name() {
        let source = format!(
            "{HEAD}[groups.common]\ncodes = [\"A-1\", {{ code = \"A-2\", status = 400 }}]\n\
             [endpoints.e]\ncodes = [{{ group = \"common\" }}, \"A-3\"]\n"
        );
        let catalog = parse_ok(&source);
        let group = &catalog.groups[0];
        assert_eq!(group.key.value, "common");
        assert_eq!(group.codes.as_ref().unwrap().value.len(), 2);
        let items = &catalog.endpoints[0].codes.as_ref().unwrap().value;
        assert!(matches!(&items[0], Item::Group(name) if name.value == "common"));
        assert!(matches!(&items[1], Item::Code(c) if c.code.value == Scalar::Text("A-3".into())));
    }

    #[test]
    fn a_group_entry_names_a_group_and_nothing_else_and_groups_do_not_nest() {
        let source = format!(
            "{HEAD}[groups.g]\ncodes = [{{ group = \"h\" }}]\n\
             [endpoints.e]\ncodes = [{{ group = \"g\", status = 400 }}, {{ group = 7 }}]\n"
        );
        let mut diagnostics = Vec::new();
        parse(&source, &mut diagnostics);
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "unknown key `status` in a group entry in endpoint `e`",
                "`group` of a group entry in endpoint `e` must be a string, found the integer 7",
                "group `g` includes group `h`",
            ]
        );
    }

    #[test]
    fn unknown_keys_are_reported_at_every_level_with_suggestions() {
        let source = format!(
            "{HEAD}colour = 1\n[codes.A-1]\nname = \"A\"\nmesage = \"a\"\nmessage = \"a\"\nretry = \"never\"\n\
             [endpoints.e]\ncode = [\"A-1\"]\n"
        );
        let mut diagnostics = Vec::new();
        parse(&source, &mut diagnostics);
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| (d.message.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "unknown key `colour` in `[wire]`",
                    Some(
                        "expected one of `code`, `message`, `description`, `status`, `media_type`, `widget`, `fields`"
                    )
                ),
                (
                    "unknown key `mesage` in code `A-1`",
                    Some("did you mean `message`?")
                ),
                (
                    "unknown key `code` in endpoint `e`",
                    Some("did you mean `codes`?")
                ),
            ]
        );
    }

    #[test]
    fn wrong_types_and_missing_keys_are_reported() {
        let source = format!("{HEAD}[codes.A-1]\nname = 7\nstatus = \"404\"\nmessage = \"a\"\n");
        assert_eq!(
            messages(&source),
            [
                "`name` of code `A-1` must be a string, found the integer 7",
                "`status` of code `A-1` must be an integer, found the string \"404\"",
                "code `A-1` has no `retry`",
            ]
        );
    }

    #[test]
    fn name_and_error_type_cannot_be_overridden() {
        let source = format!("{HEAD}[endpoints.e]\ncodes = [{{ code = \"A-1\", name = \"X\" }}]\n");
        assert_eq!(
            messages(&source),
            ["`name` cannot be overridden per endpoint"]
        );
    }

    #[test]
    fn toml_syntax_errors_are_all_reported() {
        let found = messages("[catalog]\nname = \nx = [1,\n");
        assert!(found.len() >= 2, "{found:?}");
        assert!(
            found.iter().all(|m| m.starts_with("invalid TOML: ")),
            "{found:?}"
        );
    }

    #[test]
    fn a_table_defined_twice_is_one_error_also_with_crlf_indentation_and_comments() {
        for source in [
            format!("{HEAD}[codes.A-1]\nname = \"A\"\n[codes.A-1]\nname = \"A\"\n"),
            format!(
                "{HEAD}[codes.A-1]\r\nname = \"A\"\r\n  [codes.A-1] # again\r\nname = \"A\"\r\n"
            ),
        ] {
            let mut diagnostics = Vec::new();
            parse(&source, &mut diagnostics);
            assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
            assert_eq!(
                diagnostics[0].message,
                "table `[codes.A-1]` is defined twice"
            );
            assert_eq!(
                diagnostics[0].help.as_deref(),
                Some("`[codes.A-1]` is first defined at line 7; keep one")
            );
            let start = diagnostics[0].span.start;
            assert!(source[start..].starts_with("[codes.A-1]"));
        }
    }

    /// A field as (name, `pointer` or `header`, its value, `type`, `required`).
    type FieldRow<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<bool>);

    fn field_summary(catalog: &Catalog) -> Vec<FieldRow<'_>> {
        let wire = catalog.wire.as_ref().unwrap();
        wire.fields
            .iter()
            .map(|f| {
                let (source, value) = match f.source.as_ref().unwrap() {
                    FieldSourceDef::Pointer(p) => ("pointer", p.value.as_str()),
                    FieldSourceDef::Header(h) => ("header", h.value.as_str()),
                };
                (
                    f.name.value.as_str(),
                    source,
                    value,
                    f.kind.as_ref().map(|k| k.value.as_str()),
                    f.required.as_ref().map(|r| r.value),
                )
            })
            .collect()
    }

    #[test]
    fn wire_fields_are_read_in_file_order_in_every_form() {
        let source = format!(
            "{HEAD}status = \"/status\"\nmedia_type = \"application/problem+json\"\n\
             [wire.fields]\n\
             type = \"/error/type\"\n\
             decline_code = {{ pointer = \"/error/decline_code\" }}\n\
             attempts = {{ pointer = \"/error/attempts\", type = \"integer\", required = true }}\n\
             live = {{ pointer = \"/livemode\", type = \"boolean\" }}\n\
             request_id = {{ header = \"Request-Id\" }}\n\
             retry_after = {{ header = \"Retry-After\", type = \"integer\" }}\n\
             [wire.fields.more]\npointer = \"/more\"\n"
        );
        let catalog = parse_ok(&source);
        let wire = catalog.wire.as_ref().unwrap();
        assert_eq!(wire.status.as_ref().unwrap().value, "/status");
        assert_eq!(
            wire.media_type.as_ref().unwrap().value,
            "application/problem+json"
        );
        assert_eq!(
            field_summary(&catalog),
            [
                ("type", "pointer", "/error/type", None, None),
                ("decline_code", "pointer", "/error/decline_code", None, None),
                (
                    "attempts",
                    "pointer",
                    "/error/attempts",
                    Some("integer"),
                    Some(true)
                ),
                ("live", "pointer", "/livemode", Some("boolean"), None),
                ("request_id", "header", "Request-Id", None, None),
                (
                    "retry_after",
                    "header",
                    "Retry-After",
                    Some("integer"),
                    None
                ),
                ("more", "pointer", "/more", None, None),
            ]
        );
        // The short form's span is its string, for pointer diagnostics.
        let FieldSourceDef::Pointer(short) = wire.fields[0].source.as_ref().unwrap() else {
            panic!("a pointer")
        };
        assert_eq!(&source[short.span.clone()], "\"/error/type\"");
    }

    #[test]
    fn wire_field_entries_must_have_one_source_and_known_keys() {
        let source = format!(
            "{HEAD}[wire.fields]\n\
             a = 3\n\
             b = {{ pointer = \"/b\", header = \"B\" }}\n\
             c = {{ type = \"integer\" }}\n\
             d = {{ pointr = \"/d\" }}\n\
             e = {{ pointer = \"/e\", required = \"true\" }}\n"
        );
        let mut diagnostics = Vec::new();
        let catalog = parse(&source, &mut diagnostics);
        let found: Vec<_> = diagnostics
            .iter()
            .map(|d| {
                let (line, col) = d.line_col(&source);
                (
                    line,
                    col,
                    d.message.as_str(),
                    d.help.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    8,
                    5,
                    "field `a` in `[wire.fields]` must be a string or an inline table, found the integer 3",
                    "write `a = \"/error/a\"` for a string in the body, or `a = { pointer = \"/error/a\", type = \"integer\" }`"
                ),
                (
                    9,
                    23,
                    "field `b` has both `pointer` and `header`",
                    "a field is read from the body (`pointer`) or from a response header (`header`), not both: keep one"
                ),
                (
                    10,
                    5,
                    "field `c` has no `pointer` or `header`",
                    "add `pointer = \"/error/c\"` to read it from the body, or `header = \"…\"` to read it from a response header"
                ),
                (
                    11,
                    7,
                    "unknown key `pointr` in field `d`",
                    "did you mean `pointer`?"
                ),
                (
                    12,
                    34,
                    "`required` of field `e` must be a boolean, found the string \"true\"",
                    "remove the quotes: `required = true`"
                ),
            ]
        );
        // Malformed entries are kept without a source: their names are still checked.
        let names: Vec<_> = catalog
            .wire
            .as_ref()
            .unwrap()
            .fields
            .iter()
            .map(|f| f.name.value.as_str())
            .collect();
        assert_eq!(names, ["a", "b", "c", "d", "e"]);
    }

    #[test]
    fn wire_fields_must_be_a_table() {
        assert_eq!(
            messages(&format!("{HEAD}fields = \"/x\"\n")),
            ["`[wire.fields]` must be a table, found the string \"/x\""]
        );
    }

    #[test]
    fn the_wire_code_is_required_unless_the_status_is_the_code() {
        let without_code = HEAD.replace("code = \"/c\"\n", "");
        assert_eq!(messages(&without_code), ["`[wire]` has no `code`"]);
        let integer = without_code.replace("\"string\"", "\"integer\"");
        assert_eq!(messages(&integer), ["`[wire]` has no `code`"]);
        parse_ok(&without_code.replace("\"string\"", "\"status\""));
        // An unknown code_type is reported by `validate`, without a guess at `code` on top.
        parse_ok(&without_code.replace("\"string\"", "\"statsu\""));
        // Where it is allowed, a `code` of the wrong type is still a wrong type.
        let status = HEAD
            .replace("\"string\"", "\"status\"")
            .replace("code = \"/c\"", "code = 1");
        assert_eq!(
            messages(&status),
            ["`code` of `[wire]` must be a string, found the integer 1"]
        );
    }

    #[test]
    fn missing_sections_are_reported() {
        assert_eq!(
            messages(""),
            [
                "the catalog has no `[catalog]` section",
                "the catalog has no `[wire]` section"
            ]
        );
    }
}
