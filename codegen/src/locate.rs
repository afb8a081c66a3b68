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

#[cfg(test)]
mod tests {
    use super::*;

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
