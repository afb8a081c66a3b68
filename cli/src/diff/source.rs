//! Where a catalog comes from: a path, or `git:REV:PATH`.

use std::path::Path;

/// The bytes of a catalog: a file relative to `dir`, or with `git:REV:PATH` the file at
/// revision `REV` (`git show REV:PATH` run in `dir`, so `PATH` is relative to the
/// repository's root, as git takes it), so CI compares against main in one line.
///
/// # Errors
///
/// A file that cannot be read, a malformed `git:` source, or git failing (its message).
pub fn read(source: &str, dir: &Path) -> Result<Vec<u8>, Vec<String>> {
    match source.strip_prefix("git:") {
        Some(spec) => git_show(source, spec, dir).map_err(|e| vec![e]),
        None => std::fs::read(dir.join(source))
            .map_err(|error| vec![format!("cannot read `{source}`: {error}")]),
    }
}

fn git_show(source: &str, spec: &str, dir: &Path) -> Result<Vec<u8>, String> {
    // A revision starting with `-` would be read by git as an option.
    match spec.split_once(':') {
        Some((rev, path)) if !rev.is_empty() && !rev.starts_with('-') && !path.is_empty() => {}
        _ => {
            return Err(format!(
                "`{source}`: expected git:REV:PATH, like git:origin/main:catalogs/api.toml"
            ));
        }
    }
    let output = std::process::Command::new("git")
        .arg("show")
        .arg(spec)
        .current_dir(dir)
        .output()
        .map_err(|error| format!("cannot read `{source}`: cannot run git: {error}"))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(format!(
            "cannot read `{source}`: `git show {spec}` failed: {}",
            stderr.trim()
        ))
    }
}
