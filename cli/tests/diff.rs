//! `error-catalog diff`: each kind of change, made by a textual edit of a real catalog,
//! with its line, verdicts and semver (through the library); exit statuses, `--format
//! json` and the `git:` source (through the binary too).

use error_catalog_cli::diff::{self, Diff, Kind, Semver};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn catalog(name: &str) -> String {
    std::fs::read_to_string(root().join("catalogs").join(name)).unwrap()
}

/// `text` with `from`, which must occur exactly once, replaced by `to`: an edit that
/// silently missed would make a case pass for the wrong reason.
fn edited(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "edit target `{from}`");
    text.replacen(from, to, 1)
}

/// `text` without the TOML table that starts with `header`.
fn without_table(text: &str, header: &str) -> String {
    let start = text.find(header).unwrap();
    let end = text[start..]
        .find("\n[")
        .map_or(text.len(), |i| start + i + 1);
    format!("{}{}", &text[..start], &text[end..])
}

fn diff_of(old: &str, new: &str) -> Diff {
    let old = diff::load("old.toml", old.as_bytes()).unwrap();
    let new = diff::load("new.toml", new.as_bytes()).unwrap_or_else(|e| panic!("{}", e.join("\n")));
    diff::diff(&old, &new)
}

/// One edit and the change it must give.
struct Case {
    name: &'static str,
    catalog: &'static str,
    edit: fn(&str) -> String,
    kind: Kind,
    endpoint: Option<&'static str>,
    code: Option<&'static str>,
    variant: Option<&'static str>,
    semver: Semver,
    /// Pieces of the change's line.
    line: &'static [&'static str],
    /// How many changes the edit gives in all.
    changes: usize,
    overall: Semver,
}

const AEROSYNC: &str = "aerosync.toml";
const PLAID: &str = "plaid.toml";

const STATEMENTS: &str = "\n[endpoints.statements]\nmethod = \"GET\"\npath = \"/v2/statements\"\ncodes = [\"AC-100\", \"AC-001\"]\n";

const NEW_CODE: &str = "[codes.AC-116]\nname = \"StatementsUnavailable\"\nstatus = 405\nmessage = \"Statements are not available.\"\ndescription = \"d\"\nretry = \"never\"\n\n# Widget-only codes";

#[allow(clippy::too_many_lines)] // a table
fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "a code added to an endpoint",
            catalog: AEROSYNC,
            edit: |t| edited(t, "    \"AC-103\",\n", "    \"AC-103\",\n    \"AC-106\",\n"),
            kind: Kind::VariantAdded,
            endpoint: Some("accounts"),
            code: Some("AC-106"),
            variant: Some("AccountsError::SharingPaused"),
            semver: Semver::Major,
            line: &[
                "MAJOR  endpoint accounts: code AC-106 added as AccountsError::SharingPaused — clients: a match on AccountsError without it stops compiling; servers: may now send it",
                "NotForEndpoint",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "a code removed from an endpoint",
            catalog: AEROSYNC,
            edit: |t| edited(t, "    \"AC-105\",\n", ""),
            kind: Kind::VariantRemoved,
            endpoint: Some("balance"),
            code: Some("AC-105"),
            variant: Some("BalanceError::BalanceCheckUnavailable"),
            semver: Semver::Major,
            line: &[
                "endpoint balance: code AC-105 removed (BalanceError::BalanceCheckUnavailable)",
                "clients: code naming BalanceError::BalanceCheckUnavailable stops compiling",
                "still sends AC-105 here drifts: clients read it as Unexpected, NotForEndpoint",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "a variant renamed",
            catalog: PLAID,
            edit: |t| {
                edited(
                    t,
                    "name = \"AccessTokenMissing\"",
                    "name = \"MissingAccessToken\"",
                )
            },
            kind: Kind::VariantRenamed,
            endpoint: None,
            code: Some("1000"),
            variant: Some("Code::MissingAccessToken"),
            semver: Semver::Major,
            line: &[
                "code 1000: renamed AccessTokenMissing -> MissingAccessToken (Code, ConnectGetError,",
                "stops compiling; nothing changes at run time",
                "the wire is unchanged",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "an endpoint's message reworded",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "{ code = \"AC-100\", message = \"Required attributes are missing or not in a valid format.\" },\n    \"AC-101\",",
                    "{ code = \"AC-100\", message = \"Required attributes are missing or malformed.\" },\n    \"AC-101\",",
                )
            },
            kind: Kind::MessageReworded,
            endpoint: Some("token"),
            code: Some("AC-100"),
            variant: Some("TokenError::InvalidRequest"),
            semver: Semver::Patch,
            line: &[
                "PATCH  endpoint token: code AC-100 message \"Required attributes are missing or not in a valid format.\" -> \"Required attributes are missing or malformed.\" (TokenError::InvalidRequest)",
                "clients: compile unchanged; Display shows the new wording; a message still worded the old way reads with message_fits false",
            ],
            changes: 1,
            overall: Semver::Patch,
        },
        Case {
            name: "a code's default message reworded",
            catalog: PLAID,
            edit: |t| {
                edited(
                    t,
                    "message = \"access_token missing\"",
                    "message = \"the access_token is missing\"",
                )
            },
            kind: Kind::MessageReworded,
            endpoint: None,
            code: Some("1000"),
            variant: Some("Code::AccessTokenMissing"),
            semver: Semver::Patch,
            line: &[
                "code 1000: default message",
                "kept by connect_get, connect_step",
            ],
            changes: 1,
            overall: Semver::Patch,
        },
        Case {
            name: "a placeholder renamed in an endpoint's message",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "Balance refresh job for <connectionId> not found.",
                    "Balance refresh job for <jobId> not found.",
                )
            },
            kind: Kind::FieldsChanged,
            endpoint: Some("balance_refresh_job"),
            code: Some("AC-109"),
            variant: Some("BalanceRefreshJobError::JobNotFound"),
            semver: Semver::Major,
            line: &[
                "fields { connection_id } -> { job_id }",
                "naming connection_id stop compiling, and so do constructions and patterns without `..` lacking job_id",
                "must pass { job_id }",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "a placeholder added to a fieldless message",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "message = \"Balance check not available for manually linked users.\"",
                    "message = \"Balance check not available for <connectionId>.\"",
                )
            },
            kind: Kind::FieldsChanged,
            endpoint: Some("balance"),
            code: Some("AC-105"),
            variant: Some("BalanceError::BalanceCheckUnavailable"),
            semver: Semver::Major,
            line: &[
                "fields {} -> { connection_id }",
                "BalanceError::BalanceCheckUnavailable becomes a struct variant { connection_id }: patterns and constructions written `BalanceError::BalanceCheckUnavailable` stop compiling",
            ],
            // The code's default (patch) and the one endpoint listing it.
            changes: 2,
            overall: Semver::Major,
        },
        Case {
            name: "a status override changed",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "{ code = \"AC-102\", status = 400,",
                    "{ code = \"AC-102\", status = 409,",
                )
            },
            kind: Kind::StatusChanged,
            endpoint: Some("balance_refresh"),
            code: Some("AC-102"),
            variant: Some("BalanceRefreshError::UserNotFound"),
            semver: Semver::Minor,
            line: &[
                "MINOR  endpoint balance_refresh: code AC-102 status 400 -> 409",
                "compile unchanged; at run time BalanceRefreshError::UserNotFound.status() is 409; responses still sent with 400 read as before, with status_differs() true",
                "servers: render it with HTTP 409",
            ],
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "a code's default status changed",
            catalog: PLAID,
            edit: |t| {
                edited(
                    t,
                    "name = \"AccessTokenMissing\"\nstatus = 400",
                    "name = \"AccessTokenMissing\"\nstatus = 401",
                )
            },
            kind: Kind::StatusChanged,
            endpoint: None,
            code: Some("1000"),
            variant: Some("Code::AccessTokenMissing"),
            semver: Semver::Minor,
            line: &[
                "code 1000: default status 400 -> 401 (Code::AccessTokenMissing; kept by connect_get,",
            ],
            // Every endpoint keeps the default: one line, not one per endpoint.
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "a retry default changed",
            catalog: AEROSYNC,
            edit: |t| edited(t, "retry = \"backoff\"", "retry = \"later\""),
            kind: Kind::RetryChanged,
            endpoint: None,
            code: Some("AC-104"),
            variant: Some("Code::BankConnectionIssue"),
            semver: Semver::Minor,
            line: &[
                "default retry backoff -> later",
                "kept by accounts, balance,",
            ],
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "an error_type changed",
            catalog: AEROSYNC,
            edit: |t| {
                let t = edited(
                    t,
                    "error_type = \"POLLING_TIMEOUT\"",
                    "error_type = \"TIMEOUT\"",
                );
                // The catalog's example of the code must follow, or the catalog would not load.
                edited(
                    &t,
                    "[\"POLLING_TIMEOUT | Code: AR-100",
                    "[\"TIMEOUT | Code: AR-100",
                )
            },
            kind: Kind::ErrorTypeChanged,
            endpoint: None,
            code: Some("AR-100"),
            variant: Some("Code::PollingTimeout"),
            semver: Semver::Minor,
            line: &[
                "error_type POLLING_TIMEOUT -> TIMEOUT",
                "reading ignores the type",
            ],
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "a description changed",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "Check your Authorization header and token validity.",
                    "Check your token.",
                )
            },
            kind: Kind::DescriptionChanged,
            endpoint: None,
            code: Some("AC-001"),
            variant: Some("Code::InvalidToken"),
            semver: Semver::Patch,
            line: &[
                "PATCH  code AC-001: default description changed",
                "nothing they send changes",
            ],
            changes: 1,
            overall: Semver::Patch,
        },
        Case {
            name: "an endpoint added",
            catalog: AEROSYNC,
            edit: |t| {
                let last = "codes = [\"AR-100\", \"AR-500\", \"AC-117\"]\n";
                edited(t, last, &format!("{last}{STATEMENTS}"))
            },
            kind: Kind::EndpointAdded,
            endpoint: Some("statements"),
            code: None,
            variant: Some("StatementsError"),
            semver: Semver::Minor,
            line: &[
                "MINOR  endpoint statements added as StatementsError (2 codes)",
                "nothing existing changes",
            ],
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "an endpoint removed",
            catalog: PLAID,
            edit: |t| without_table(t, "[endpoints.connect_delete]"),
            kind: Kind::EndpointRemoved,
            endpoint: Some("connect_delete"),
            code: None,
            variant: Some("ConnectDeleteError"),
            semver: Semver::Major,
            line: &[
                "endpoint connect_delete removed (ConnectDeleteError)",
                "code naming ConnectDeleteError stops compiling",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "a route changed",
            catalog: AEROSYNC,
            edit: |t| edited(t, "path = \"/v2/token\"", "path = \"/v3/token\""),
            kind: Kind::RouteChanged,
            endpoint: Some("token"),
            code: None,
            variant: Some("TokenError"),
            semver: Semver::Patch,
            line: &["route POST /v2/token -> POST /v3/token"],
            changes: 1,
            overall: Semver::Patch,
        },
        Case {
            name: "an endpoint's codes reordered",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "[\"AR-100\", \"AR-500\", \"AC-117\"]",
                    "[\"AR-500\", \"AR-100\", \"AC-117\"]",
                )
            },
            kind: Kind::VariantsReordered,
            endpoint: Some("widget"),
            code: None,
            variant: Some("WidgetError"),
            semver: Semver::Patch,
            line: &["WidgetError::CODES lists them in the new order"],
            changes: 1,
            overall: Semver::Patch,
        },
        Case {
            name: "the wire code pointer changed",
            catalog: PLAID,
            edit: |t| {
                let t = edited(t, "code = \"/code\"", "code = \"/error_code\"");
                edited(
                    &t,
                    "examples = [{ code = 1200,",
                    "examples = [{ error_code = 1200,",
                )
            },
            kind: Kind::WirePointerChanged,
            endpoint: None,
            code: None,
            variant: None,
            semver: Semver::Major,
            line: &[
                "MAJOR  wire: code pointer /code -> /error_code",
                "read as Unexpected (NoCode)",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "the wire description pointer removed",
            catalog: PLAID,
            edit: |t| edited(t, "description = \"/resolve\"\n", ""),
            kind: Kind::WirePointerChanged,
            endpoint: None,
            code: None,
            variant: None,
            semver: Semver::Minor,
            line: &["wire: description pointer /resolve removed"],
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "a media type set",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    t,
                    "message = \"/error/message\"\n",
                    "message = \"/error/message\"\nmedia_type = \"application/problem+json\"\n",
                )
            },
            kind: Kind::MediaTypeChanged,
            endpoint: None,
            code: None,
            variant: None,
            semver: Semver::Minor,
            line: &[
                "media_type application/json -> application/problem+json",
                "Content-Type application/problem+json",
            ],
            changes: 1,
            overall: Semver::Minor,
        },
        Case {
            name: "a wire field declared",
            catalog: PLAID,
            edit: |t| {
                edited(
                    t,
                    "description = \"/resolve\"\n",
                    "description = \"/resolve\"\n[wire.fields]\naccess_token = \"/access_token\"\n",
                )
            },
            kind: Kind::WireFieldAdded,
            endpoint: None,
            code: None,
            variant: Some("Extra::access_token"),
            semver: Semver::Major,
            line: &[
                "wire: field access_token added (optional string at /access_token)",
                "NoExtra to the new Extra",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "a code added to the catalog",
            catalog: AEROSYNC,
            edit: |t| edited(t, "# Widget-only codes", NEW_CODE),
            kind: Kind::CodeAdded,
            endpoint: None,
            code: Some("AC-116"),
            variant: Some("Code::StatementsUnavailable"),
            semver: Semver::Major,
            line: &[
                "catalog: code AC-116 added as Code::StatementsUnavailable",
                "a match on Code without it stops compiling",
            ],
            changes: 1,
            overall: Semver::Major,
        },
        Case {
            name: "a code removed from the catalog",
            catalog: PLAID,
            edit: |t| edited(&without_table(t, "[codes.1507]"), "1507, ", ""),
            kind: Kind::CodeRemoved,
            endpoint: None,
            code: Some("1507"),
            variant: Some("Code::InvalidDate"),
            semver: Semver::Major,
            line: &[
                "catalog: code 1507 removed (Code::InvalidDate)",
                "UnknownCode",
            ],
            // And from connect_get, the one endpoint listing it.
            changes: 2,
            overall: Semver::Major,
        },
        Case {
            name: "a code's text changed under the same name",
            catalog: AEROSYNC,
            edit: |t| {
                edited(
                    &edited(t, "[codes.AC-106]", "[codes.AC-116]"),
                    "    \"AC-106\",",
                    "    \"AC-116\",",
                )
            },
            kind: Kind::CodeChanged,
            endpoint: None,
            code: Some("AC-116"),
            variant: Some("Code::SharingPaused"),
            semver: Semver::Major,
            line: &[
                "Code::SharingPaused is now AC-116 (was AC-106)",
                "bodies with AC-106 read as Unexpected (UnknownCode)",
            ],
            // Not a removal and an addition in `balance`.
            changes: 1,
            overall: Semver::Major,
        },
    ]
}

#[test]
fn each_edit_gives_its_change_with_names_verdicts_and_semver() {
    for case in cases() {
        let old = catalog(case.catalog);
        let diff = diff_of(&old, &(case.edit)(&old));
        let name = case.name;
        let all: Vec<String> = diff.changes.iter().map(ToString::to_string).collect();
        let change = diff
            .changes
            .iter()
            .find(|c| c.kind == case.kind && c.endpoint.as_deref() == case.endpoint)
            .unwrap_or_else(|| panic!("{name}: no {:?} in {all:#?}", case.kind));
        assert_eq!(change.code.as_deref(), case.code, "{name}");
        assert_eq!(change.variant.as_deref(), case.variant, "{name}");
        assert_eq!(change.semver, case.semver, "{name}");
        let line = change.to_string();
        for piece in case.line {
            assert!(line.contains(piece), "{name}: `{piece}` not in\n{line}");
        }
        assert_eq!(diff.changes.len(), case.changes, "{name}: {all:#?}");
        assert_eq!(diff.semver(), case.overall, "{name}");
        assert_eq!(diff.breaks(), case.overall == Semver::Major, "{name}");
    }
}

#[test]
fn every_line_has_a_verdict_for_both_sides() {
    for case in cases() {
        let old = catalog(case.catalog);
        for change in diff_of(&old, &(case.edit)(&old)).changes {
            let line = change.to_string();
            assert!(
                !change.clients.is_empty() && !change.servers.is_empty(),
                "{line}"
            );
            assert!(
                line.contains(" — clients: ") && line.contains("; servers: "),
                "{line}"
            );
            let label = change.semver.as_str().to_ascii_uppercase();
            assert!(line.starts_with(&format!("{label:<5}  ")), "{line}");
        }
    }
}

#[test]
fn identical_catalogs_have_no_changes() {
    for name in [AEROSYNC, PLAID] {
        let text = catalog(name);
        let diff = diff_of(&text, &text);
        assert!(diff.changes.is_empty(), "{name}: {:#?}", diff.changes);
        assert_eq!(diff.semver(), Semver::None);
        assert!(!diff.breaks());
        assert_eq!(diff.text(), "semver: none (0 breaking, 0 minor, 0 patch)\n");
    }
}

#[test]
fn a_placeholder_renamed_in_a_default_breaks_each_endpoint_keeping_it() {
    let old = catalog(AEROSYNC);
    let new = edited(
        &old,
        "User <connectionId> not found.",
        "User <userId> not found.",
    );
    let diff = diff_of(&old, &new);
    let kinds: Vec<Kind> = diff.changes.iter().map(|c| c.kind).collect();
    // One line for `Code::message()`, then one per enum whose variant's fields change.
    assert_eq!(kinds[0], Kind::MessageChanged);
    let endpoints: Vec<&str> = diff.changes[1..]
        .iter()
        .map(|c| {
            assert_eq!(c.kind, Kind::FieldsChanged);
            c.endpoint.as_deref().unwrap_or_default()
        })
        .collect();
    assert_eq!(
        endpoints,
        [
            "accounts",
            "balance_refresh",
            "jobs",
            "mfa",
            "identity_job",
            "identity",
            "transactions_job",
            "transactions",
            "balance_refresh_job"
        ]
    );
    assert_eq!(diff.semver(), Semver::Major);
}

#[test]
fn lines_come_in_catalog_order_and_the_summary_counts_them() {
    let old = catalog(AEROSYNC);
    let mut new = edited(&old, "path = \"/v2/token\"", "path = \"/v3/token\"");
    new = edited(
        &new,
        "    \"AC-103\",\n",
        "    \"AC-103\",\n    \"AC-106\",\n",
    );
    new = edited(
        &new,
        "{ code = \"AC-102\", status = 400,",
        "{ code = \"AC-102\", status = 409,",
    );
    new = edited(&new, "retry = \"backoff\"", "retry = \"later\"");
    new = edited(&new, "code = \"/error/code\"", "code = \"/error/id\"");
    new = edited(
        &new,
        "{ error = { code = \"AC-102\"",
        "{ error = { id = \"AC-102\"",
    );
    let diff = diff_of(&old, &new);
    let kinds: Vec<Kind> = diff.changes.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            Kind::WirePointerChanged,
            Kind::RetryChanged,
            Kind::RouteChanged,
            Kind::VariantAdded,
            Kind::StatusChanged,
        ]
    );
    let text = diff.text();
    assert!(
        text.ends_with("\nsemver: major (2 breaking, 2 minor, 1 patch)\n"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 6);
}

#[test]
fn json_has_every_field_of_every_change() {
    let old = catalog(AEROSYNC);
    let new = edited(
        &old,
        "    \"AC-103\",\n",
        "    \"AC-103\",\n    \"AC-106\",\n",
    );
    let json: serde_json::Value = serde_json::from_str(&diff_of(&old, &new).json()).unwrap();
    assert_eq!(json["semver"], "major");
    assert_eq!(json["counts"]["major"], 1);
    let change = &json["changes"][0];
    assert_eq!(change["kind"], "variant-added");
    assert_eq!(change["endpoint"], "accounts");
    assert_eq!(change["code"], "AC-106");
    assert_eq!(change["variant"], "AccountsError::SharingPaused");
    assert_eq!(change["before"], serde_json::Value::Null);
    assert_eq!(change["after"], "AccountsError::SharingPaused");
    assert_eq!(change["semver"], "major");
    assert!(
        change["clients"]
            .as_str()
            .unwrap()
            .contains("stops compiling")
    );
    assert!(
        change["servers"]
            .as_str()
            .unwrap()
            .contains("may now send it")
    );
}

#[test]
fn a_catalog_that_does_not_load_gives_its_diagnostics() {
    let broken = edited(
        &catalog(PLAID),
        "name = \"AccessTokenMissing\"",
        "nme = \"AccessTokenMissing\"",
    );
    let errors = diff::load("new.toml", broken.as_bytes()).unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains("new.toml:")),
        "{errors:#?}"
    );
    let missing = diff::compare("no/such.toml", "catalogs/plaid.toml", &root()).unwrap_err();
    assert_eq!(missing.len(), 1);
    assert!(
        missing[0].starts_with("cannot read `no/such.toml`"),
        "{missing:?}"
    );
}

// Through the binary, as CI runs it.

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_error-catalog"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("diff-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        text(&status.stderr)
    );
}

#[test]
fn the_binary_exits_0_without_a_break_1_with_one_2_on_a_broken_catalog() {
    let dir = scratch("exit");
    let old = catalog(AEROSYNC);
    std::fs::write(dir.join("old.toml"), &old).unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
    write("same.toml", &old);
    write(
        "minor.toml",
        &edited(&old, "retry = \"backoff\"", "retry = \"later\""),
    );
    write(
        "major.toml",
        &edited(
            &old,
            "    \"AC-103\",\n",
            "    \"AC-103\",\n    \"AC-106\",\n",
        ),
    );
    write(
        "broken.toml",
        &edited(&old, "name = \"MfaLocked\"", "name = \"mfa_locked\""),
    );

    let same = run(&dir, &["diff", "old.toml", "same.toml"]);
    assert_eq!(same.status.code(), Some(0), "{}", text(&same.stderr));
    assert_eq!(
        text(&same.stdout),
        "semver: none (0 breaking, 0 minor, 0 patch)\n"
    );

    let minor = run(&dir, &["diff", "old.toml", "minor.toml"]);
    assert_eq!(minor.status.code(), Some(0));
    assert!(text(&minor.stdout).contains("semver: minor (0 breaking, 1 minor, 0 patch)"));

    let major = run(&dir, &["diff", "old.toml", "major.toml"]);
    assert_eq!(major.status.code(), Some(1));
    let stdout = text(&major.stdout);
    assert!(stdout.starts_with("MAJOR  endpoint accounts: code AC-106 added as AccountsError::SharingPaused — clients: a match on AccountsError without it stops compiling; servers: may now send it"), "{stdout}");

    let json = run(
        &dir,
        &["diff", "--format", "json", "old.toml", "major.toml"],
    );
    assert_eq!(json.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["changes"][0]["kind"], "variant-added");

    let broken = run(&dir, &["diff", "old.toml", "broken.toml"]);
    assert_eq!(broken.status.code(), Some(2));
    assert!(broken.stdout.is_empty());
    let stderr = text(&broken.stderr);
    assert!(
        stderr.contains("error: ") && stderr.contains("--> broken.toml:"),
        "{stderr}"
    );
}

#[test]
fn old_can_come_from_git() {
    let dir = scratch("git");
    let old = catalog(PLAID);
    std::fs::write(dir.join("api.toml"), &old).unwrap();
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "api.toml"]);
    git(&dir, &["commit", "-q", "-m", "catalog"]);
    let new = without_table(&old, "[endpoints.connect_delete]");
    std::fs::write(dir.join("api.toml"), new).unwrap();

    let diff = diff::compare("git:HEAD:api.toml", "api.toml", &dir).unwrap();
    assert_eq!(diff.changes.len(), 1);
    assert_eq!(diff.changes[0].kind, Kind::EndpointRemoved);

    let output = run(&dir, &["diff", "git:HEAD:api.toml", "api.toml"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("endpoint connect_delete removed (ConnectDeleteError)"));

    let unknown = run(&dir, &["diff", "git:no-such-rev:api.toml", "api.toml"]);
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = text(&unknown.stderr);
    assert!(
        stderr.contains(
            "cannot read `git:no-such-rev:api.toml`: `git show no-such-rev:api.toml` failed: "
        ),
        "{stderr}"
    );

    // A revision that git would take as an option is refused, not run.
    for source in ["git:HEAD", "git::api.toml", "git:--output=x:api.toml"] {
        let malformed = diff::compare(source, "api.toml", &dir).unwrap_err();
        assert!(
            malformed[0].contains("expected git:REV:PATH"),
            "{malformed:?}"
        );
    }
    assert!(!dir.join("x:api.toml").exists());
}

#[test]
fn diff_has_help() {
    let output = run(&root(), &["diff", "--help"]);
    assert!(output.status.success());
    let help = text(&output.stdout);
    assert!(help.contains("Usage: error-catalog diff"), "{help}");
    assert!(help.contains("git:REV:PATH"), "{help}");
    assert!(help.contains("[possible values: text, json]"), "{help}");
}

/// A small catalog: `code_type`, `[wire]` extras, two codes, an HTTP and a widget endpoint.
fn small(code_type: &str, wire_extra: &str, transport: &str) -> String {
    let codes = if code_type == "integer" {
        "[codes.1]\nname = \"A\"\nstatus = 400\nmessage = \"a\"\ndescription = \"d\"\nretry = \"never\"\nerror_type = \"T\"\n\
         [codes.2]\nname = \"B\"\nstatus = 400\nmessage = \"b\"\ndescription = \"d\"\nretry = \"never\"\nerror_type = \"T\"\n\
         [endpoints.e]\ncodes = [1]\n"
            .to_owned()
    } else {
        format!(
            "[codes.A-1]\nname = \"A\"\nstatus = 400\nmessage = \"a\"\ndescription = \"d\"\nretry = \"never\"\nerror_type = \"T\"\n\
             [codes.A-2]\nname = \"B\"\nstatus = 400\nmessage = \"b\"\ndescription = \"d\"\nretry = \"never\"\nerror_type = \"T\"\n\
             [endpoints.e]\ntransport = \"{transport}\"\ncodes = [\"A-1\"]\n"
        )
    };
    format!(
        "[catalog]\nname = \"small\"\ncode_type = \"{code_type}\"\n\
         [wire]\ncode = \"/code\"\nmessage = \"/message\"\nwidget = \"<type> | <code> | <message>\"\n{wire_extra}{codes}"
    )
}

fn kinds_and_semver(old: &str, new: &str) -> (Vec<Kind>, Semver) {
    let diff = diff_of(old, new);
    (diff.changes.iter().map(|c| c.kind).collect(), diff.semver())
}

#[test]
fn changes_of_shape_are_major_and_a_rename_of_the_catalog_is_patch() {
    let base = small("string", "", "http");
    assert_eq!(
        kinds_and_semver(&base, &small("integer", "", "http")).1,
        Semver::Major,
        "code_type"
    );
    assert!(
        kinds_and_semver(&base, &small("integer", "", "http"))
            .0
            .contains(&Kind::CodeTypeChanged)
    );
    assert_eq!(
        kinds_and_semver(&base, &small("string", "", "widget")),
        (vec![Kind::TransportChanged], Semver::Major)
    );
    assert_eq!(
        kinds_and_semver(
            &base,
            &base.replace("<type> | <code> | <message>", "<code>: <message>")
        ),
        (vec![Kind::WidgetFormatChanged], Semver::Major)
    );
    assert_eq!(
        kinds_and_semver(
            &base,
            &base.replace("name = \"small\"", "name = \"smaller\"")
        ),
        (vec![Kind::CatalogRenamed], Semver::Patch)
    );
}

#[test]
fn declared_fields_removed_retyped_or_moved_are_major() {
    let with = |field: &str| small("string", &format!("[wire.fields]\n{field}\n"), "http");
    let base = with("f = \"/f\"");
    assert_eq!(
        kinds_and_semver(&base, &small("string", "", "http")),
        (vec![Kind::WireFieldRemoved], Semver::Major)
    );
    assert_eq!(
        kinds_and_semver(&base, &with("f = { pointer = \"/f\", type = \"integer\" }")),
        (vec![Kind::WireFieldRetyped], Semver::Major)
    );
    assert_eq!(
        kinds_and_semver(&base, &with("f = \"/g\"")),
        (vec![Kind::WireFieldMoved], Semver::Major)
    );
}

#[test]
fn codes_reordered_in_the_catalog_are_minor() {
    let base = small("string", "", "http");
    let a = base.find("[codes.A-1]").unwrap();
    let b = base.find("[codes.A-2]").unwrap();
    let e = base.find("[endpoints.e]").unwrap();
    let swapped = format!("{}{}{}{}", &base[..a], &base[b..e], &base[a..b], &base[e..]);
    assert_eq!(
        kinds_and_semver(&base, &swapped),
        (vec![Kind::CodesReordered], Semver::Minor)
    );
}
