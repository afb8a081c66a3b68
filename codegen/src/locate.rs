//! Where the macro's path literal points.
//!
//! `"catalogs/aerosync.toml"` is relative to the invoking crate's `CARGO_MANIFEST_DIR`, never
//! the current directory (rustc and rust-analyzer run in different ones). A path may instead
//! start with an environment variable, `"$OUT_DIR/catalog.toml"`, for a catalog a build
//! script writes; the generated `include_bytes!` then names the variable, not its value.

use crate::generate::TrackedFile;
use std::path::PathBuf;

/// A resolved catalog path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    /// The file to read.
    pub path: PathBuf,
    /// How generated code refers to it.
    pub tracked: TrackedFile,
}

/// Resolves `literal`, reading variables through `env`.
///
/// # Errors
///
/// An empty or absolute path, or an unset variable; the message says what to change.
pub fn locate(literal: &str, env: impl Fn(&str) -> Option<String>) -> Result<Located, String> {
    if literal.trim().is_empty() {
        return Err("the catalog path is empty: write the path of a TOML file relative to the crate root, like \"catalogs/my_api.toml\"".to_owned());
    }
    let (env_var, relative) = match literal.strip_prefix('$') {
        Some(rest) => {
            let (var, relative) = rest.split_once('/').unwrap_or((rest, ""));
            let var = var.trim_start_matches('{').trim_end_matches('}');
            if var.is_empty() || !var.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(format!(
                    "`{literal}` does not start with an environment variable: write \"$NAME/path/to/catalog.toml\""
                ));
            }
            (var.to_owned(), relative)
        }
        None => ("CARGO_MANIFEST_DIR".to_owned(), literal),
    };
    if relative.is_empty() {
        return Err(format!("`{literal}` names a directory, not a catalog file"));
    }
    if relative.starts_with('/') || relative.starts_with('\\') || relative.get(1..3) == Some(":\\")
    {
        return Err(format!(
            "`{literal}` is an absolute path; catalog paths are relative to the crate root (CARGO_MANIFEST_DIR) so the crate builds on any machine"
        ));
    }
    let Some(base) = env(&env_var) else {
        return Err(if env_var == "CARGO_MANIFEST_DIR" {
            "CARGO_MANIFEST_DIR is not set: build with cargo".to_owned()
        } else {
            format!(
                "environment variable `{env_var}` is not set (the catalog path `{literal}` starts with it)"
            )
        });
    };
    Ok(Located {
        path: PathBuf::from(base).join(relative),
        tracked: TrackedFile {
            env_var,
            relative: relative.replace('\\', "/"),
        },
    })
}

/// The value of a Rust string literal as written (`"catalogs/a.toml"`, `r#"a"b"#`): the
/// macro's argument, read without a parser crate in the proc-macro's build. `None` for
/// anything else (a byte string, a suffix, a malformed escape).
pub fn string_literal(repr: &str) -> Option<String> {
    if let Some(raw) = repr.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let fence = "#".repeat(hashes);
        return raw
            .strip_prefix(&fence)?
            .strip_prefix('"')?
            .strip_suffix(&fence)?
            .strip_suffix('"')
            .map(str::to_owned);
    }
    let body = repr.strip_prefix('"')?.strip_suffix('"')?;
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next()? {
            'n' => value.push('\n'),
            'r' => value.push('\r'),
            't' => value.push('\t'),
            '0' => value.push('\0'),
            '\\' => value.push('\\'),
            '\'' => value.push('\''),
            '"' => value.push('"'),
            'x' => {
                let hex: String = [chars.next()?, chars.next()?].iter().collect();
                value.push(char::from(
                    u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii)?,
                ));
            }
            'u' => {
                let braced: String = chars.by_ref().take_while(|&c| c != '}').collect();
                let hex = braced.strip_prefix('{')?.replace('_', "");
                value.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
            }
            // A line continuation: the newline and the next line's leading whitespace.
            '\n' => while chars.next_if(|c| c.is_whitespace()).is_some() {},
            _ => return None,
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_are_read_as_rust_reads_them() {
        assert_eq!(
            string_literal(r#""catalogs/a.toml""#).as_deref(),
            Some("catalogs/a.toml")
        );
        assert_eq!(
            string_literal(r#""a\tb\"c\\d\x41\u{e9}""#).as_deref(),
            Some("a\tb\"c\\dAé")
        );
        assert_eq!(string_literal("\"a\\\n    b\"").as_deref(), Some("ab"));
        assert_eq!(string_literal(r##"r#"a"b"#"##).as_deref(), Some("a\"b"));
        assert_eq!(string_literal(r#"r"c\d""#).as_deref(), Some("c\\d"));
        for not_a_path in [
            r#"b"a""#,
            r#""a"x"#,
            "12",
            r#""\q""#,
            r#""\x80""#,
            r#""\u{d800}""#,
            r#"r#"a""#,
            "\"",
        ] {
            assert_eq!(string_literal(not_a_path), None, "{not_a_path}");
        }
    }

    fn env(var: &str) -> Option<String> {
        match var {
            "CARGO_MANIFEST_DIR" => Some("/crate".to_owned()),
            "OUT_DIR" => Some("/out".to_owned()),
            _ => None,
        }
    }

    #[test]
    fn relative_paths_resolve_against_the_manifest_dir() {
        let located = locate("catalogs/a.toml", env).unwrap();
        assert_eq!(located.path, PathBuf::from("/crate/catalogs/a.toml"));
        assert_eq!(
            located.tracked,
            TrackedFile {
                env_var: "CARGO_MANIFEST_DIR".into(),
                relative: "catalogs/a.toml".into()
            }
        );
    }

    #[test]
    fn a_leading_variable_is_the_base_directory() {
        for literal in ["$OUT_DIR/gen/a.toml", "${OUT_DIR}/gen/a.toml"] {
            let located = locate(literal, env).unwrap();
            assert_eq!(located.path, PathBuf::from("/out/gen/a.toml"));
            assert_eq!(located.tracked.env_var, "OUT_DIR");
            assert_eq!(located.tracked.relative, "gen/a.toml");
        }
    }

    #[test]
    fn absolute_paths_unset_variables_and_empty_paths_are_errors() {
        assert!(
            locate("/etc/a.toml", env)
                .unwrap_err()
                .contains("absolute path")
        );
        assert!(
            locate("$NOPE/a.toml", env)
                .unwrap_err()
                .contains("`NOPE` is not set")
        );
        assert!(locate("", env).unwrap_err().contains("empty"));
        assert!(locate("$OUT_DIR", env).unwrap_err().contains("directory"));
    }
}
