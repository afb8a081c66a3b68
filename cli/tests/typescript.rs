//! `error-catalog typescript`: the Aerosync module, type-checked by the TypeScript compiler
//! in strict mode and run with Node against every widget code, reworded, JSON-quoted,
//! malformed and non-string inputs, and random strings. `.ci/run` installs the compiler
//! and names it in `ERROR_CATALOG_TSC`; without Node or the compiler the test says so and
//! checks only that the module is generated.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The compiler to run: `ERROR_CATALOG_TSC`, else `tsc` on the path; and Node.
fn toolchain() -> Result<(PathBuf, PathBuf), String> {
    let tsc =
        std::env::var_os("ERROR_CATALOG_TSC").map_or_else(|| PathBuf::from("tsc"), PathBuf::from);
    let works = |program: &Path| {
        Command::new(program)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !works(Path::new("node")) {
        return Err("Node is not installed".to_owned());
    }
    if !works(&tsc) {
        return Err(format!(
            "the TypeScript compiler (`{}`) is not installed; `.ci/run` installs it",
            tsc.display()
        ));
    }
    Ok((tsc, PathBuf::from("node")))
}

const CHECKS: &str = r#"
import {
  CODES, ENDPOINTS, WIDGET_FORMAT, parseWidgetError,
  type AccountsCode, type Code, type WidgetErrorCode,
} from "./aerosync";

let passed = 0;
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error("failed: " + what);
  passed += 1;
}

// Types: an endpoint's union has exactly its codes.
const listed: AccountsCode = "AC-102";
// @ts-expect-error AC-108 is not a code of accounts.
const notListed: AccountsCode = "AC-108";
const every: Code[] = Object.keys(CODES) as Code[];
check(every.length === 20 && listed === "AC-102" && String(notListed) === "AC-108", "codes");
check(ENDPOINTS.accounts.length === 5 && ENDPOINTS.widget.join() === "AR-100,AR-500,AC-117", "endpoints");

// Every widget code, as the widget sends it.
const strings: [WidgetErrorCode, string, string][] = [
  ["AR-100", "POLLING_TIMEOUT", "No response received from the user within the expected time frame. Please try again later."],
  ["AR-500", "SERVER_ERROR", "A server error occurred. Please try again later."],
  ["AC-117", "INCORRECT_CREDENTIALS", "Sorry, we encountered an issue while linking your account. Please ensure your account and routing numbers are correct."],
];
for (const [code, type, message] of strings) {
  const read = parseWidgetError(`${type} | Code: ${code} | Message: ${message}`);
  check(read.ok && read.value.code === code && read.value.type === type, code);
  check(read.ok && read.value.messageFits && read.value.retry === CODES[code].retry, code + " fits");
  const quoted = parseWidgetError(JSON.stringify(`${type} | Code: ${code} | Message: ${message}`));
  check(quoted.ok && quoted.value.code === code, code + " JSON-quoted");
}

const reworded = parseWidgetError("POLLING_TIMEOUT | Code: AR-100 | Message: Took too long.");
check(reworded.ok && !reworded.value.messageFits && reworded.value.message === "Took too long.", "reworded");
const unknown = parseWidgetError("X | Code: AR-999 | Message: m");
check(!unknown.ok && unknown.error.kind === "unknown-code" && unknown.error.code === "AR-999", "unknown code");
const malformed = parseWidgetError("AR-100: polling timeout");
check(!malformed.ok && malformed.error.kind === "malformed" && malformed.error.format === WIDGET_FORMAT, "malformed");
for (const value of [42, null, undefined, {}, [], Symbol("s"), "\"unterminated", ""]) {
  const read = parseWidgetError(value);
  check(!read.ok && read.error.kind === "malformed", "not a widget string: " + typeof value);
}

// Never throws, whatever the text.
let seed = 7;
const alphabet = "| Code:Message AR-100\"\\<>{}é\n";
for (let i = 0; i < 2000; i += 1) {
  let text = "";
  const length = i % 60;
  for (let j = 0; j < length; j += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    text += alphabet[seed % alphabet.length];
  }
  parseWidgetError(text);
}
passed += 1;
console.log(`ok ${passed}`);
"#;

#[test]
fn the_aerosync_module_type_checks_and_reads_every_widget_string() {
    let bytes = std::fs::read(root().join("catalogs/aerosync.toml")).unwrap();
    let module = error_catalog_cli::typescript("catalogs/aerosync.toml", &bytes).unwrap();
    assert!(module.contains(
        "export type AccountsCode = \"AC-100\" | \"AC-001\" | \"AC-102\" | \"AC-103\" | \"AC-104\";"
    ));
    assert!(module.contains("export function parseWidgetError("));
    let (tsc, node) = match toolchain() {
        Ok(found) => found,
        Err(why) => {
            println!("not type-checked or run: {why}");
            return;
        }
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("typescript");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("aerosync.ts"), &module).unwrap();
    std::fs::write(dir.join("checks.ts"), CHECKS).unwrap();
    let compiled = Command::new(&tsc)
        .args([
            "--strict",
            "--noUnusedLocals",
            "--target",
            "es2020",
            "--module",
            "commonjs",
        ])
        .args(["--outDir", "out", "checks.ts"])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        compiled.status.success(),
        "tsc: {}{}",
        String::from_utf8_lossy(&compiled.stdout),
        String::from_utf8_lossy(&compiled.stderr)
    );
    let ran = Command::new(node)
        .arg("out/checks.js")
        .current_dir(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&ran.stdout);
    assert!(
        ran.status.success(),
        "node: {stdout}{}",
        String::from_utf8_lossy(&ran.stderr)
    );
    assert_eq!(stdout.trim(), "ok 23");
}

#[test]
fn a_catalog_without_a_widget_format_has_no_parser_and_strings_are_escaped() {
    let source = "[catalog]\nname = \"t\"\ncode_type = \"integer\"\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n\
        [codes.1200]\nname = \"A\"\nstatus = 402\nmessage = \"say \\\"hi\\\" \\\\ <x>\"\nretry = \"never\"\n\
        [endpoints.e]\ncodes = [1200]\n";
    let module = error_catalog_cli::typescript("t.toml", source.as_bytes()).unwrap();
    assert!(!module.contains("parseWidgetError"));
    assert!(
        module.contains(r#""1200": { status: 402, message: "say \"hi\" \\ <x>""#),
        "{module}"
    );
    assert!(module.contains("export type ECode = \"1200\";"));
}
