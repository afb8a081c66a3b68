//! Real vendors' API error pages, kept unchanged in `fixtures/import/` (each `NAME.md` beside a
//! `NAME.source` naming the repository, path, commit and license it came from).
//!
//! Each test reads one page with the independent reader in `support/page_reader.rs` and checks
//! what the page shows, as read by hand: which tables it has, under which headings, with which
//! header cells and how many rows, and some rows cell by cell.

#[path = "support/page_reader.rs"]
mod page_reader;

use page_reader::PageTable;
use std::path::Path;

/// The fixture page `fixtures/import/NAME.md`, as stored.
fn page(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(format!("{name}.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Each table as (heading, header cells, number of rows).
fn outline(tables: &[PageTable]) -> Vec<(Option<&str>, Vec<&str>, usize)> {
    tables
        .iter()
        .map(|table| {
            (
                table.heading.as_deref(),
                table.headers.iter().map(String::as_str).collect(),
                table.rows.len(),
            )
        })
        .collect()
}

/// The tables whose header cells are exactly `headers`.
fn with_headers<'a>(tables: &'a [PageTable], headers: &[&str]) -> Vec<&'a PageTable> {
    tables
        .iter()
        .filter(|table| table.headers == headers)
        .collect()
}

/// The row of `table` whose first cell is `code` (the first such row).
fn row<'a>(table: &'a PageTable, code: &str) -> Vec<&'a str> {
    table
        .rows
        .iter()
        .find(|row| row.first().is_some_and(|cell| cell == code))
        .unwrap_or_else(|| panic!("no row {code:?} under {:?}", table.heading))
        .iter()
        .map(String::as_str)
        .collect()
}

/// Every row of `table` whose first cell is `code`.
fn rows<'a>(table: &'a PageTable, code: &str) -> Vec<Vec<&'a str>> {
    table
        .rows
        .iter()
        .filter(|row| row.first().is_some_and(|cell| cell == code))
        .map(|row| row.iter().map(String::as_str).collect())
        .collect()
}

#[test]
#[allow(clippy::too_many_lines)] // eight tables
fn discord_opcodes_and_status_codes() {
    let tables = page_reader::tables(&page("discord"));
    assert_eq!(
        outline(&tables),
        [
            // Not an error table: the gateway's message types.
            (
                Some("Gateway Opcodes"),
                vec!["Code", "Name", "Client Action", "Description"],
                12
            ),
            (
                Some("Gateway Close Event Codes"),
                vec!["Code", "Description", "Explanation", "Reconnect"],
                14
            ),
            // Not an error table either.
            (
                Some("Voice Opcodes"),
                vec!["Code", "Name", "Sent By", "Description", "Binary"],
                23
            ),
            (
                Some("Voice Close Event Codes"),
                vec!["Code", "Description", "Explanation"],
                15
            ),
            (Some("HTTP Response Codes"), vec!["Code", "Meaning"], 12),
            (Some("JSON Error Codes"), vec!["Code", "Meaning"], 233),
            (
                Some("RPC Error Codes"),
                vec!["Code", "Name", "Description"],
                16
            ),
            (
                Some("RPC Close Event Codes"),
                vec!["Code", "Name", "Description"],
                6
            ),
        ]
    );
    let [
        gateway_ops,
        gateway_close,
        _,
        voice_close,
        http,
        json,
        rpc,
        rpc_close,
    ] = &tables[..]
    else {
        unreachable!("eight tables")
    };
    assert_eq!(
        row(gateway_ops, "0"),
        ["0", "Dispatch", "Receive", "An event was dispatched."]
    );
    // A code span and a link, shown as their text.
    assert_eq!(
        row(gateway_close, "4007"),
        [
            "4007",
            "Invalid seq",
            "The sequence sent when resuming the session was invalid. Reconnect and start a new session.",
            "true"
        ]
    );
    // The same close codes mean other things on the voice gateway and on RPC.
    assert_eq!(
        row(gateway_close, "4014"),
        [
            "4014",
            "Disallowed intent(s)",
            "You sent a disallowed intent for a Gateway Intent. You may have tried to specify an intent that you have not enabled or are not approved for.",
            "false"
        ]
    );
    assert_eq!(
        row(voice_close, "4014"),
        [
            "4014",
            "Disconnected",
            "Disconnect individual client (you were kicked, the main gateway session was dropped, etc.). Should not reconnect."
        ]
    );
    assert_eq!(
        row(gateway_close, "4000"),
        [
            "4000",
            "Unknown error",
            "We're not sure what went wrong. Try reconnecting?",
            "true"
        ]
    );
    assert_eq!(
        row(rpc, "4000"),
        ["4000", "Invalid payload", "You sent an invalid payload."]
    );
    assert_eq!(
        row(rpc_close, "4000"),
        [
            "4000",
            "Invalid client ID",
            "You connected to the RPC server with an invalid client ID."
        ]
    );
    // HTTP statuses written with their reason, and a class of statuses.
    assert_eq!(
        row(http, "401 (UNAUTHORIZED)"),
        [
            "401 (UNAUTHORIZED)",
            "The Authorization header was missing or invalid."
        ]
    );
    assert_eq!(
        row(http, "5xx (SERVER ERROR)"),
        [
            "5xx (SERVER ERROR)",
            "The server had an error processing your request (these are rare)."
        ]
    );
    assert_eq!(
        json.rows[0],
        [
            "0",
            "General error (such as a malformed request body, amongst other things)"
        ]
    );
    assert_eq!(
        row(json, "50035"),
        [
            "50035",
            "Invalid form body (returned for both application/json and multipart/form-data bodies), or invalid Content-Type provided"
        ]
    );
    assert_eq!(
        row(json, "50085"),
        [
            "50085",
            "before value is earlier than the thread creation date"
        ]
    );
    assert_eq!(json.rows.last().map(|row| row[0].as_str()), Some("530007"));
    assert_eq!(
        row(rpc, "5002"),
        [
            "5002",
            "GET_GUILD timed out",
            "An asynchronous GET_GUILD command timed out."
        ]
    );
}

#[test]
fn microsoft_graph_errors() {
    let tables = page_reader::tables(&page("msgraph"));
    assert_eq!(
        outline(&tables),
        [
            (
                Some("HTTP status codes"),
                vec!["Status code", "Status message", "Description"],
                22
            ),
            // Not an error table: the fields of the error object.
            (
                Some("odata.error resource type"),
                vec!["Property name", "Value", "Description"],
                3
            ),
            (Some("Code property"), vec!["Code", "Description"], 17),
            (
                Some("Detailed error codes"),
                vec!["Code", "Description"],
                43
            ),
        ]
    );
    let [statuses, properties, codes, detailed] = &tables[..] else {
        unreachable!("four tables")
    };
    assert_eq!(
        row(statuses, "400"),
        [
            "400",
            "Bad Request",
            "Cannot process the request because it is malformed or incorrect."
        ]
    );
    // `<br /><br />`, bold and a link inside one cell.
    assert_eq!(
        row(statuses, "403"),
        [
            "403",
            "Forbidden",
            "Access is denied to the requested resource. The user might not have enough permission. Important: If conditional access policies are applied to a resource, a HTTP 403; Forbidden error=insufficent_claims may be returned. For more details on Microsoft Graph and conditional access see Developer Guidance for Azure Active Directory Conditional Access"
        ]
    );
    assert_eq!(
        row(statuses, "404"),
        ["404", "Not Found", "The requested resource doesn’t exist."]
    );
    assert_eq!(statuses.rows.last().map(|row| row[0].as_str()), Some("509"));
    assert_eq!(
        row(properties, "code"),
        [
            "code",
            "string",
            "An error code string for the error that occurred"
        ]
    );
    // Bold codes, rows without a closing pipe.
    assert_eq!(
        row(codes, "accessDenied"),
        [
            "accessDenied",
            "The caller doesn't have permission to perform the action."
        ]
    );
    assert_eq!(
        row(codes, "extensionError"),
        [
            "extensionError",
            "The mailbox is located on premises and the Exchange server does not support federated Microsoft Graph requests, or an application policy prevents the application from accessing the mailbox."
        ]
    );
    // The same codes in both code tables, with different text.
    assert_eq!(
        row(codes, "resyncRequired"),
        [
            "resyncRequired",
            "The delta token is no longer valid, and the app must reset the sync state."
        ]
    );
    assert_eq!(
        row(detailed, "resyncRequired"),
        ["resyncRequired", "Resync is required."]
    );
    assert_eq!(
        row(codes, "serviceNotAvailable"),
        [
            "serviceNotAvailable",
            "The service is not available. Try the request again after a delay. There may be a Retry-After header."
        ]
    );
    assert_eq!(
        row(detailed, "serviceNotAvailable"),
        [
            "serviceNotAvailable",
            "The server is unable to process the current request."
        ]
    );
    assert_eq!(
        row(detailed, "zeroOrFewerResultsRequested"),
        [
            "zeroOrFewerResultsRequested",
            "Zero or fewer results requested."
        ]
    );
}

#[test]
fn aws_glacier_error_responses() {
    let tables = page_reader::tables(&page("aws-glacier"));
    assert_eq!(
        outline(&tables),
        [(
            Some("Error Responses"),
            vec!["Code", "Description", "HTTP Status Code", "Type"],
            16
        )]
    );
    let errors = &tables[0];
    // Backslash escapes (`\(IAM\)`, `\.`) resolved, a link shown as its text.
    assert_eq!(
        row(errors, "AccessDeniedException"),
        [
            "AccessDeniedException",
            "Returned if there was an attempt to access a resource not allowed by an AWS Identity and Access Management (IAM) policy, or the incorrect AWS account ID was used in the request URI. For more information, see Identity and Access Management for Amazon S3 Glacier.",
            "403 Forbidden",
            "Client"
        ]
    );
    assert_eq!(
        row(errors, "SerializationException"),
        [
            "SerializationException",
            "Returned if the body of the request is invalid. If including a JSON payload, check that it is well-formed.",
            "400 Bad Request",
            "Client"
        ]
    );
    assert_eq!(
        row(errors, "InsufficientCapacityException")[2..],
        ["503 Service Unavailable", "Server"]
    );
    assert_eq!(
        row(errors, "ServiceUnavailableException"),
        [
            "ServiceUnavailableException",
            "Returned if the service cannot complete the request.",
            "500 Internal Server Error",
            "Server"
        ]
    );
    assert_eq!(
        errors.rows.last().map(|row| row[0].as_str()),
        Some("UnrecognizedClientException")
    );
}

#[test]
fn bing_web_search_error_codes() {
    let tables = page_reader::tables(&page("bing-web-search"));
    assert_eq!(
        outline(&tables),
        [
            (
                Some("HTTP status codes that Bing Web Search API may return"),
                vec!["Status code", "Description"],
                7
            ),
            (
                Some("Error codes"),
                vec!["Error code", "SubCode", "Description"],
                5
            ),
        ]
    );
    let [statuses, codes] = &tables[..] else {
        unreachable!("two tables")
    };
    // The status table lists success too.
    assert_eq!(row(statuses, "200"), ["200", "Success."]);
    assert_eq!(
        row(statuses, "403"),
        [
            "403",
            "The user is authenticated (for example, they used a valid subscription key) but they don’t have permission to the requested resource. Bing may also return this status if the caller exceeded their queries per day or queries per month quota."
        ]
    );
    // Sub-codes separated by `<br/>`.
    assert_eq!(
        row(codes, "ServerError"),
        [
            "ServerError",
            "UnexpectedError ResourceError NotImplemented",
            "HTTP status code is 500."
        ]
    );
    assert_eq!(
        row(codes, "RateLimitExceeded"),
        [
            "RateLimitExceeded",
            "No sub-codes",
            "Bing returns RateLimitExceeded whenever you exceed your queries per second (QPS) or queries per month (QPM) quota. If you exceed QPS, Bing returns HTTP status code 429, and if you exceed QPM, Bing returns 403."
        ]
    );
    assert_eq!(
        row(codes, "InvalidAuthorization"),
        [
            "InvalidAuthorization",
            "AuthorizationMissing AuthorizationRedundancy",
            "Bing returns InvalidAuthorization when Bing cannot authenticate the caller. For example, the Ocp-Apim-Subscription-Key header is missing or the subscription key is not valid. Redundancy occurs if you specify more than one authentication method. If the error is InvalidAuthorization, the HTTP status code is 401."
        ]
    );
}

#[test]
fn sendgrid_smtp_errors_html_table() {
    let tables = page_reader::tables(&page("sendgrid-smtp"));
    assert_eq!(
        outline(&tables),
        [(
            Some("Response codes"),
            vec!["Error", "Message", "Explanation"],
            13
        )]
    );
    let codes = &tables[0];
    let first_cells: Vec<&str> = codes.rows.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(
        first_cells,
        [
            "250", "403", "421", "450", "451", "451", "452", "550", "551", "552", "553", "554",
            "Other"
        ]
    );
    // Inside a raw HTML block Markdown is not parsed: the backticks and the link syntax show.
    assert_eq!(
        row(codes, "403"),
        [
            "403",
            "`You are not authorized to send from that email address`",
            "This means the \"from\" address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved. To learn how to resolve this error, see our [Sender Identity requirements]({{root_url}}for-developers/sending-email/sender-identity/)."
        ]
    );
    // One code, two messages.
    assert_eq!(
        rows(codes, "451"),
        [
            vec![
                "451",
                "`Temporary local problem - please try later`",
                "The message simply failed, usually due to a far-end server error. We continue to retry messages for up to 72 hours."
            ],
            vec![
                "451",
                "`Authentication failed: Maximum credits exceeded`",
                "There is a credit limit of emails per day enforced in error. Contact support to remove that limit."
            ],
        ]
    );
    assert_eq!(
        row(codes, "Other"),
        [
            "Other",
            "`Delayed Bounce - Unable to Parse Server Reason`",
            "This is what SendGrid displays when the reciepients server returns a blank reason code."
        ]
    );
}

#[test]
fn vonage_sms_errors() {
    let markdown = page("vonage-sms");
    let tables = page_reader::tables(&markdown);
    // Bold paragraphs stand in for headings, so every table is under "Errors".
    assert_eq!(
        outline(&tables),
        [
            (Some("Errors"), vec!["Code", "Text", "Meaning"], 20),
            (Some("Errors"), vec!["Code", "Text", "Meaning"], 1),
            (Some("Errors"), vec!["Code", "Text"], 2),
        ]
    );
    let [main, two_factor, campaigns] = &tables[..] else {
        unreachable!("three tables")
    };
    // No outer pipes, codes in code spans.
    assert_eq!(
        row(main, "1"),
        [
            "1",
            "Throttled",
            "You have exceeded the submission capacity allowed on this account. Please wait and retry."
        ]
    );
    assert_eq!(
        row(main, "4"),
        [
            "4",
            "Invalid credentials",
            "The api_key / api_secret you supplied is either invalid or disabled."
        ]
    );
    assert_eq!(
        row(main, "20"),
        [
            "20",
            "Invalid Message class",
            "The value of message-class in your request was out of range. See https://en.wikipedia.org/wiki/Data_Coding_Scheme."
        ]
    );
    assert_eq!(
        row(main, "23"),
        [
            "23",
            "Bad callback :: Missing Protocol",
            "You did not include https in the URL you set in callback."
        ]
    );
    assert_eq!(main.rows.last().map(|row| row[0].as_str()), Some("34"));
    // 102 means one thing for 2FA and another for campaign subscription management.
    assert_eq!(
        two_factor.rows,
        [[
            "102",
            "RESPONSE_MSISDN_OPTED_OUT_FOR_CAMPAIGN",
            "You tried to send a message to a destination number that has opted out of your program."
        ]]
    );
    assert_eq!(
        campaigns.rows,
        [
            ["102", "RESPONSE_INVALID_CAMPAIGN_SHORTCODE"],
            ["103", "RESPONSE_INVALID_MSISDN"]
        ]
    );
    // Its delimiter row has three cells for a two-cell header, so this block is a paragraph.
    assert!(
        markdown
            .contains("Code | Text\n-- | -- | --\n`101` | `RESPONSE_INVALID_ACCOUNT_CAMPAIGN`\n")
    );
    assert!(
        tables
            .iter()
            .all(|table| table.rows.iter().all(|row| row[0] != "101"))
    );
}

#[test]
fn docker_registry_api_spec() {
    let tables = page_reader::tables(&page("docker-registry"));
    assert_eq!(tables.len(), 203);
    let count = |headers: &[&str]| with_headers(&tables, headers).len();
    assert_eq!(count(&["Name", "Description"]), 84);
    assert_eq!(count(&["Name", "Kind", "Description"]), 18);
    assert_eq!(count(&["digest", "description"]), 1);
    assert_eq!(count(&["field", "description"]), 1);
    assert_eq!(count(&["Method", "Path", "Entity", "Description"]), 1);

    let errors = with_headers(&tables, &["Code", "Message", "Description"]);
    assert_eq!(errors.len(), 98);
    assert_eq!(
        errors.iter().map(|table| table.rows.len()).sum::<usize>(),
        140
    );
    // The catalog, then one table per failure response of each endpoint.
    let catalog = errors[0];
    assert_eq!(catalog.heading.as_deref(), Some("Errors"));
    assert_eq!(catalog.rows.len(), 17);
    assert!(errors[1..].iter().all(|table| {
        table
            .heading
            .as_deref()
            .is_some_and(|h| h.starts_with("On Failure: "))
    }));
    // Rows without outer pipes, codes in code spans, a double space collapsed.
    assert_eq!(
        row(catalog, "BLOB_UNKNOWN"),
        [
            "BLOB_UNKNOWN",
            "blob unknown to registry",
            "This error may be returned when a blob is unknown to the registry in a specified repository. This can be returned with a standard get or if a manifest references an unknown layer during upload."
        ]
    );
    assert_eq!(
        row(catalog, "MANIFEST_BLOB_UNKNOWN"),
        [
            "MANIFEST_BLOB_UNKNOWN",
            "blob unknown to registry",
            "This error may be returned when a manifest blob is unknown to the registry."
        ]
    );
    assert_eq!(
        catalog.rows.last().map(|row| row[0].as_str()),
        Some("UNSUPPORTED")
    );
    // TOOMANYREQUESTS is used by 17 endpoint responses but missing from the catalog.
    assert!(catalog.rows.iter().all(|row| row[0] != "TOOMANYREQUESTS"));
    let too_many: Vec<&&PageTable> = errors
        .iter()
        .filter(|table| table.rows.iter().any(|row| row[0] == "TOOMANYREQUESTS"))
        .collect();
    assert_eq!(too_many.len(), 17);
    assert_eq!(
        row(too_many[0], "TOOMANYREQUESTS"),
        [
            "TOOMANYREQUESTS",
            "too many requests",
            "Returned when a client attempts to contact a service too many times"
        ]
    );
    // The first endpoint table under "On Failure: Bad Request" (GET Manifest).
    let bad_request = errors
        .iter()
        .find(|table| table.heading.as_deref() == Some("On Failure: Bad Request"))
        .unwrap();
    assert_eq!(
        bad_request.rows,
        [
            [
                "NAME_INVALID",
                "invalid repository name",
                "Invalid repository name encountered either during manifest validation or any API operation."
            ],
            [
                "TAG_INVALID",
                "manifest tag did not match URI",
                "During a manifest upload, if the tag in the manifest does not match the uri tag, this error will be returned."
            ]
        ]
    );
    // A non-error table whose cells are code spans holding `<name>`.
    let routes = with_headers(&tables, &["Method", "Path", "Entity", "Description"])[0];
    assert_eq!(routes.heading.as_deref(), Some("Detail"));
    assert_eq!(
        routes.rows[1],
        [
            "GET",
            "/v2/<name>/tags/list",
            "Tags",
            "Fetch the tags under the repository identified by name."
        ]
    );
}

// --- importing the pages -------------------------------------------------------------------

/// Whether a table of the page (as the independent reader shows it) names a code column:
/// `Code`, `Error code`, `Error`, but not an HTTP status column.
fn has_code_column(table: &PageTable) -> bool {
    code_column(table).is_some()
}

fn code_column(table: &PageTable) -> Option<usize> {
    table.headers.iter().position(|header| {
        let header = header.to_lowercase();
        let words: Vec<&str> = header.split(|c: char| !c.is_alphanumeric()).collect();
        (words.contains(&"code") || header == "error")
            && !words.contains(&"status")
            && !words.contains(&"http")
    })
}

/// Text compared without its spacing.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Imports the page `name`, checks the catalog, and checks that every row of every error
/// table (those with a code column, but for the tables at `left_out`, which the importer
/// leaves out with a warning) comes out of `docs` in the endpoint made from its table:
/// its code, and every other cell's text in that row (a `Type` column's in the code's
/// `error_type`). Returns how many rows were checked, and the warnings.
fn round_trip(name: &str, left_out: &[usize]) -> (usize, Vec<String>) {
    let text = page(name);
    let imported = error_catalog_cli::import::import(&text, name).unwrap();
    let report = error_catalog_cli::check("imported.toml", imported.toml.as_bytes(), &[]);
    assert_eq!(report.errors, Vec::<String>::new(), "{}", imported.toml);
    let catalog = error_catalog_codegen::load(imported.toml.as_bytes()).unwrap();
    let docs = error_catalog_cli::docs(
        "imported.toml",
        imported.toml.as_bytes(),
        error_catalog_cli::docs::Format::Markdown,
    )
    .unwrap();
    let shown = page_reader::tables(&docs);
    // The docs' `Codes` table first, then one table per endpoint, in the catalog's order.
    let endpoints: Vec<&PageTable> = shown.iter().skip(1).collect();
    let tables = page_reader::tables(&text);
    let error_tables: Vec<&PageTable> = tables
        .iter()
        .enumerate()
        .filter(|(i, table)| has_code_column(table) && !left_out.contains(i))
        .map(|(_, table)| table)
        .collect();
    assert_eq!(
        error_tables.len(),
        endpoints.len(),
        "{name}: one endpoint per error table"
    );
    let mut checked = 0;
    for (table, endpoint) in error_tables.iter().zip(&endpoints) {
        let code_at = code_column(table).unwrap();
        let docs_code_at = endpoint.headers.iter().position(|h| h == "Code").unwrap();
        for row in &table.rows {
            let code = row[code_at].trim_matches('"');
            let Some(docs_row) = endpoint.rows.iter().find(|r| r[docs_code_at] == code) else {
                panic!(
                    "{name}: {code} is not in the docs of the table under {:?}",
                    table.heading
                );
            };
            let docs_text = squeezed(&docs_row.join(" | "));
            for (i, cell) in row.iter().enumerate() {
                if i == code_at || cell.is_empty() {
                    continue;
                }
                if table.headers[i] == "Type" {
                    let facts = catalog.codes.iter().find(|c| c.code == code).unwrap();
                    assert_eq!(
                        facts.error_type.as_deref(),
                        Some(cell.as_str()),
                        "{name}: {code}"
                    );
                    continue;
                }
                assert!(
                    docs_text.contains(&squeezed(cell)),
                    "{name}: the {:?} cell of {code} under {:?}, {cell:?}, is not in its docs row: {docs_text:?}",
                    table.headers[i],
                    table.heading
                );
            }
            checked += 1;
        }
    }
    (checked, imported.warnings)
}

#[test]
fn every_row_of_every_error_table_survives_import_check_and_docs() {
    let pages: &[(&str, &[usize], usize)] = &[
        // The two opcode tables, and HTTP Response Codes, whose codes are statuses.
        ("discord", &[0, 2, 4], 14 + 15 + 233 + 16 + 6),
        ("msgraph", &[], 17 + 43),
        ("aws-glacier", &[], 16),
        ("bing-web-search", &[], 5),
        ("sendgrid-smtp", &[], 13),
        ("vonage-sms", &[], 20 + 1 + 2),
        ("docker-registry", &[], 140),
    ];
    for &(name, left_out, rows) in pages {
        let (checked, warnings) = round_trip(name, left_out);
        assert_eq!(checked, rows, "{name}: {warnings:#?}");
        // Rows are only left out where the page gives no code to key them by.
        for warning in &warnings {
            assert!(!warning.contains("row left out"), "{name}: {warning}");
        }
    }
}

/// The catalogs `import` makes of the pages are committed beside them
/// (`fixtures/import/NAME.toml`), so a change to the importer shows in review as a diff of
/// catalogs, and the tests crate compiles each through `error_catalog!`. After an intended
/// change: `UPDATE_GOLDEN=1 cargo test -p error-catalog-cli --test vendor_pages`.
#[test]
fn imported_catalogs_match_the_committed_ones() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    for name in [
        "discord",
        "msgraph",
        "aws-glacier",
        "bing-web-search",
        "sendgrid-smtp",
        "vonage-sms",
        "docker-registry",
    ] {
        let imported = error_catalog_cli::import::import(&page(name), &name.replace('-', "_"))
            .unwrap()
            .toml;
        let committed = dir.join(format!("{name}.toml"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::write(&committed, &imported).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&committed).unwrap_or_default();
        assert!(
            expected == imported,
            "the import of {name}.md changed; review it and run \
             UPDATE_GOLDEN=1 cargo test -p error-catalog-cli --test vendor_pages"
        );
    }
}
