//! `error-catalog`: expand, check and document error catalogs.

use clap::{Parser, Subcommand, ValueEnum};
use error_catalog_cli as cli;
use error_catalog_codegen::docs;
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
    /// Check catalogs: the errors the macro would give, and warnings it cannot (a code no
    /// endpoint lists, an override equal to the default, a missing description).
    ///
    /// Exits with 0 when clean, 1 on errors (or on warnings with --deny-warnings).
    Check {
        /// The catalogs.
        #[arg(required = true)]
        catalogs: Vec<PathBuf>,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
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
    /// Render a catalog's error page: every code, and a table per endpoint.
    Docs {
        /// The catalog.
        catalog: PathBuf,
        /// The output format.
        #[arg(long, value_enum, default_value_t = DocsFormat::Markdown)]
        format: DocsFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DocsFormat {
    Markdown,
    Html,
}

fn main() -> ExitCode {
    match Args::parse().command {
        Command::Expand { catalog } => expand(&catalog),
        Command::Check {
            catalogs,
            deny_warnings,
        } => check(&catalogs, deny_warnings),
        Command::Import { page, name } => import(&page, name),
        Command::Docs { catalog, format } => {
            let format = match format {
                DocsFormat::Markdown => docs::Format::Markdown,
                DocsFormat::Html => docs::Format::Html,
            };
            with_file(&catalog, |path, bytes| cli::docs(path, bytes, format))
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

fn check(catalogs: &[PathBuf], deny_warnings: bool) -> ExitCode {
    let mut failed = false;
    for catalog in catalogs {
        let path = catalog.to_string_lossy();
        let report = match std::fs::read(catalog) {
            Ok(bytes) => cli::check(&path, &bytes),
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
            "{path}: {} errors, {} warnings",
            report.errors.len(),
            report.warnings.len()
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
