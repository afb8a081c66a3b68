//! `error-catalog`: expand, check and document error catalogs.

use clap::{Parser, Subcommand, ValueEnum};
use error_catalog_cli::{self as cli, docs};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Expand, check and document API error catalogs (the TOML files `error_catalog!` reads).
#[derive(Parser)]
#[command(name = "error-catalog", version)]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print the code `error_catalog!` generates for a catalog, formatted.
    ///
    /// The path is taken as the macro's literal in a crate whose root is the current
    /// directory: run it where `cargo` would, and the output is what the macro expands to.
    Expand {
        /// The catalog, relative to the crate root (the current directory).
        catalog: PathBuf,
    },
    /// Check catalogs: the errors the macro would give, and warnings it cannot: lints, each
    /// named in its message (unlisted-code, missing-description, default-override,
    /// brace-placeholder, unused-group, unlinked-type). A catalog sets their levels in `[catalog] lints`;
    /// --allow and --deny override it.
    ///
    /// Exits with 0 when clean, 1 on errors (or on warnings with --deny-warnings).
    Check {
        /// The catalogs.
        #[arg(required = true)]
        catalogs: Vec<PathBuf>,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// Leave out a lint's findings (repeatable).
        #[arg(long, value_name = "LINT", value_parser = lint_name)]
        allow: Vec<cli::Lint>,
        /// Make a lint's findings errors (repeatable; wins over --allow of the same lint).
        #[arg(long, value_name = "LINT", value_parser = lint_name)]
        deny: Vec<cli::Lint>,
    },
    /// Turn an error page's Markdown tables into a catalog, printed for review.
    ///
    /// Each table with a `Code` column becomes an endpoint (named after the heading above
    /// it); HTTP/Status, Message, Description/Resolve and Type columns are read. Rows that
    /// cannot be read are reported on stderr with their line numbers.
    Import {
        /// The page (Markdown).
        page: PathBuf,
        /// The catalog's name (default: the page's file name).
        #[arg(long)]
        name: Option<String>,
    },
    /// Render a catalog's error page: every code, and a table per endpoint, with retry
    /// guidance and examples.
    ///
    /// `--format html` writes one standalone page to host (no script, no external
    /// resource), with an anchor per code (`#AC-102`) and per endpoint
    /// (`#endpoint-accounts`). Descriptions are Markdown in both formats.
    Docs {
        /// The catalog.
        catalog: PathBuf,
        /// The output format.
        #[arg(long, value_enum, default_value_t = DocsFormat::Markdown)]
        format: DocsFormat,
    },
    /// Print the catalog as an OpenAPI 3.1 document (JSON): each HTTP endpoint's error body
    /// as a schema whose code is an enum of exactly its codes, and, for endpoints with a
    /// method and a path, their error responses by status, with examples.
    Openapi {
        /// The catalog.
        catalog: PathBuf,
    },
    /// Print the catalog as a TypeScript module: a union type of each endpoint's codes,
    /// every code's status, message and retry guidance as data, and, with a widget format,
    /// `parseWidgetError(s)`, which reads the widget's strings into typed objects and never
    /// throws.
    Typescript {
        /// The catalog.
        catalog: PathBuf,
    },
    /// Compare two versions of a catalog: one line per change, with what it breaks for
    /// clients (exhaustive matches on the generated enums) and for servers (which send the
    /// errors), then the semver bump the generated code needs.
    ///
    /// OLD and NEW are paths, or git:REV:PATH for a file at a git revision (`git show
    /// REV:PATH` in the current directory): `error-catalog diff
    /// git:origin/main:catalogs/api.toml catalogs/api.toml`.
    ///
    /// Exits with 0 when no change breaks anyone, 1 when one does (a major change), 2 when
    /// a catalog cannot be read or loaded.
    Diff {
        /// The catalog as it was.
        old: String,
        /// The catalog as it is now.
        new: String,
        /// The output format: text, or one JSON object for CI tools.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DocsFormat {
    Markdown,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    match Args::parse().command {
        Command::Expand { catalog } => expand(&catalog),
        Command::Check {
            catalogs,
            deny_warnings,
            allow,
            deny,
        } => {
            let levels: Vec<_> = (allow.into_iter().map(|lint| (lint, cli::Level::Allow)))
                .chain(deny.into_iter().map(|lint| (lint, cli::Level::Deny)))
                .collect();
            check(&catalogs, deny_warnings, &levels)
        }
        Command::Import { page, name } => import(&page, name),
        Command::Docs { catalog, format } => {
            let format = match format {
                DocsFormat::Markdown => docs::Format::Markdown,
                DocsFormat::Html => docs::Format::Html,
            };
            with_file(&catalog, |path, bytes| cli::docs(path, bytes, format))
        }
        Command::Diff { old, new, format } => diff(&old, &new, format),
        Command::Typescript { catalog } => with_file(&catalog, cli::typescript),
        Command::Openapi { catalog } => with_file(&catalog, cli::openapi),
    }
}

/// Prints the changes; the exit status says whether one breaks anyone (1), and a catalog
/// that cannot be read or loaded is 2, as clap's own usage errors are.
fn diff(old: &str, new: &str, format: DiffFormat) -> ExitCode {
    match cli::diff::compare(old, new, Path::new(".")) {
        Ok(diff) => {
            match format {
                DiffFormat::Text => print!("{}", diff.text()),
                DiffFormat::Json => println!("{}", diff.json()),
            }
            ExitCode::from(u8::from(diff.breaks()))
        }
        Err(errors) => {
            for error in errors {
                eprintln!("error: {error}\n");
            }
            ExitCode::from(2)
        }
    }
}

fn expand(catalog: &Path) -> ExitCode {
    // An absolute path: its directory stands in for the crate root.
    let (root, literal) = match (catalog.is_absolute(), catalog.parent(), catalog.file_name()) {
        (true, Some(parent), Some(name)) => (parent.to_path_buf(), PathBuf::from(name)),
        _ => (
            std::env::current_dir().unwrap_or_default(),
            catalog.to_path_buf(),
        ),
    };
    print_or_fail(cli::expand(&literal.to_string_lossy(), &root))
}

fn import(page: &Path, name: Option<String>) -> ExitCode {
    let name = name.unwrap_or_else(|| {
        let stem = page
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        if name.is_empty() {
            "imported".to_owned()
        } else {
            name
        }
    });
    let bytes = match std::fs::read(page) {
        Ok(bytes) => bytes,
        Err(error) => {
            return print_or_fail(Err(vec![format!(
                "cannot read `{}`: {error}",
                page.display()
            )]));
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    match cli::import::import(&text, &name) {
        Ok(imported) => {
            for warning in &imported.warnings {
                eprintln!("warning: {}: {warning}", page.display());
            }
            print_or_fail(Ok(imported.toml))
        }
        Err(error) => print_or_fail(Err(vec![format!("{}: {error}", page.display())])),
    }
}

/// A lint by its name, for `--allow` and `--deny`.
fn lint_name(name: &str) -> Result<cli::Lint, String> {
    cli::Lint::from_name(name).ok_or_else(|| {
        let names: Vec<&str> = cli::Lint::ALL.iter().map(|lint| lint.name()).collect();
        format!("unknown lint `{name}`; the lints are {}", names.join(", "))
    })
}

/// `1 error`, `2 warnings`.
fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn check(
    catalogs: &[PathBuf],
    deny_warnings: bool,
    levels: &[(cli::Lint, cli::Level)],
) -> ExitCode {
    let mut failed = false;
    for catalog in catalogs {
        let path = catalog.to_string_lossy();
        let report = match std::fs::read(catalog) {
            Ok(bytes) => cli::check(&path, &bytes, levels),
            Err(error) => cli::Report {
                errors: vec![format!("cannot read `{path}`: {error}")],
                warnings: Vec::new(),
            },
        };
        for error in &report.errors {
            eprintln!("error: {error}\n");
        }
        for warning in &report.warnings {
            eprintln!("warning: {warning}\n");
        }
        eprintln!(
            "{path}: {}, {}",
            count(report.errors.len(), "error"),
            count(report.warnings.len(), "warning")
        );
        failed |= !report.errors.is_empty() || (deny_warnings && !report.warnings.is_empty());
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn with_file(
    catalog: &Path,
    run: impl FnOnce(&str, &[u8]) -> Result<String, Vec<String>>,
) -> ExitCode {
    let path = catalog.to_string_lossy();
    match std::fs::read(catalog) {
        Ok(bytes) => print_or_fail(run(&path, &bytes)),
        Err(error) => print_or_fail(Err(vec![format!("cannot read `{path}`: {error}")])),
    }
}

fn print_or_fail(result: Result<String, Vec<String>>) -> ExitCode {
    match result {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in errors {
                eprintln!("error: {error}\n");
            }
            ExitCode::FAILURE
        }
    }
}
