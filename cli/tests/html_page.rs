//! `docs --format html`, read as a browser reads it (html5ever, through scraper): a
//! well-formed standalone page with no script and no external resource, an anchor for
//! every code and endpoint, links that all land, and every row of both seed pages in its
//! tables. Also: descriptions are Markdown in both formats, and raw HTML in one is text.

use error_catalog_cli::docs::Format;
use error_catalog_tests::seeds::{self, Row, http_rows};
use scraper::{ElementRef, Html, Selector};
use std::collections::HashSet;
use std::path::Path;

/// The catalogs the page is checked on: both seeds', and problem types linked to the page.
const CATALOGS: [&str; 3] = [
    "catalogs/aerosync.toml",
    "catalogs/plaid.toml",
    "cli/tests/fixtures/problem_types.toml",
];

fn bytes(catalog: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(catalog),
    )
    .unwrap()
}

fn render(catalog: &str, format: Format) -> String {
    error_catalog_cli::docs(catalog, &bytes(catalog), format).unwrap()
}

fn html(catalog: &str) -> Html {
    Html::parse_document(&render(catalog, Format::Html))
}

fn select<'a>(html: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    html.select(&Selector::parse(selector).unwrap()).collect()
}

fn text(element: ElementRef<'_>) -> String {
    element.text().collect()
}

/// `%22` back to `"`, as a browser decodes a fragment to find its element.
fn percent_decoded(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn the_page_parses_without_errors_and_is_standalone() {
    for catalog in CATALOGS {
        let page = html(catalog);
        assert_eq!(
            page.errors,
            Vec::<std::borrow::Cow<'_, str>>::new(),
            "{catalog}"
        );
        assert!(
            select(&page, "script, link, iframe, object, embed, img, [src]").is_empty(),
            "{catalog}"
        );
        let style: String = select(&page, "style").into_iter().map(text).collect();
        assert!(
            !style.contains("url(") && !style.contains("@import"),
            "{catalog}"
        );
        assert!(
            select(&page, "[style], [onclick], [onload]").is_empty(),
            "{catalog}"
        );
        for (selector, what) in [
            ("html[lang]", "a language"),
            ("meta[charset]", "a charset"),
            ("meta[name=viewport]", "a viewport"),
        ] {
            assert_eq!(select(&page, selector).len(), 1, "{catalog} has {what}");
        }
    }
    // The parser does report what is not well-formed.
    assert!(
        !Html::parse_document("<!DOCTYPE html><p><table></p>")
            .errors
            .is_empty()
    );
}

#[test]
fn the_title_is_the_catalog_s() {
    for (catalog, title) in [
        ("catalogs/aerosync.toml", "aerosync errors"),
        ("catalogs/plaid.toml", "plaid errors"),
        (
            "cli/tests/fixtures/problem_types.toml",
            "Example API problem types",
        ),
    ] {
        let page = html(catalog);
        assert_eq!(text(select(&page, "title")[0]), title);
        assert_eq!(text(select(&page, "h1")[0]), title);
        assert!(render(catalog, Format::Markdown).starts_with(&format!("# {title}\n")));
    }
}

#[test]
fn every_code_and_endpoint_has_an_anchor_and_every_link_lands() {
    for catalog in CATALOGS {
        let model = error_catalog_codegen::load(&bytes(catalog)).unwrap();
        let page = html(catalog);
        let ids: Vec<&str> = select(&page, "[id]")
            .into_iter()
            .map(|e| e.value().id().unwrap())
            .collect();
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{catalog}: ids are unique");
        for code in &model.codes {
            let anchor = model.linked_fragment(code).unwrap_or(&code.code);
            let row = select(&page, "tr[id]")
                .into_iter()
                .find(|row| row.value().id() == Some(anchor));
            let row = row.unwrap_or_else(|| panic!("{catalog}: no row with id {anchor}"));
            // The code cell links to its own row.
            let link = row
                .select(&Selector::parse("a.code").unwrap())
                .next()
                .unwrap();
            assert_eq!(
                link.value().attr("href"),
                Some(format!("#{anchor}").as_str())
            );
            assert_eq!(text(link), code.code);
        }
        for endpoint in &model.endpoints {
            assert!(
                unique.contains(format!("endpoint-{}", endpoint.key).as_str()),
                "{catalog}: {}",
                endpoint.key
            );
        }
        let links = select(&page, "a[href^='#']");
        assert!(links.len() > model.codes.len() + model.endpoints.len());
        for link in links {
            let fragment = &link.value().attr("href").unwrap()[1..];
            assert!(
                unique.contains(fragment) || unique.contains(percent_decoded(fragment).as_str()),
                "{catalog}: #{fragment} lands nowhere"
            );
        }
    }
}

#[test]
fn a_problem_type_linked_through_docs_url_is_anchored_where_it_points() {
    let page = html("cli/tests/fixtures/problem_types.toml");
    for (code, anchor) in [
        (
            "https://api.example.com/errors#out-of-credit",
            "out-of-credit",
        ),
        ("https://api.example.com/errors#maintenance", "maintenance"),
    ] {
        let (published, fragment) = code.split_once('#').unwrap();
        assert_eq!(
            (published, fragment),
            ("https://api.example.com/errors", anchor)
        );
        let row = select(&page, &format!("tr#{anchor}"));
        assert_eq!(row.len(), 1, "{anchor}");
        assert!(text(row[0]).contains(code));
    }
}

/// The rows of each table in the sections matching `selector`, as cell texts.
fn tables(page: &Html, selector: &str) -> Vec<Vec<Vec<String>>> {
    let row = Selector::parse("tbody tr").unwrap();
    let cell = Selector::parse("td").unwrap();
    select(page, selector)
        .into_iter()
        .map(|section| {
            section
                .select(&row)
                .map(|tr| tr.select(&cell).map(text).collect())
                .collect()
        })
        .collect()
}

#[test]
fn every_row_of_the_aerosync_page_is_in_the_html_tables() {
    let page = html("catalogs/aerosync.toml");
    let endpoints = tables(&page, "section.endpoint");
    let seed = seeds::aerosync_tables();
    assert_eq!(endpoints.len(), seed.len() + 1);
    for (index, (ours, theirs)) in endpoints.iter().zip(&seed).enumerate() {
        assert_eq!(&http_rows(ours), theirs, "table {}", index + 1);
    }
    let mut widget: Vec<(String, String, String)> = endpoints[seed.len()]
        .iter()
        .map(|c| (c[0].clone(), c[1].clone(), c[2].clone()))
        .collect();
    widget.sort();
    assert_eq!(widget, seeds::aerosync_widget_rows());
}

/// A seed cell's Markdown as a page shows it: `[text](url)` as its text, with the URLs.
fn shown(markdown: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut urls = Vec::new();
    let mut rest = markdown;
    while let Some(open) = rest.find('[') {
        let Some((label, after)) = rest[open + 1..].split_once("](") else {
            break;
        };
        let (url, after) = after.split_once(')').unwrap();
        text.push_str(&rest[..open]);
        text.push_str(label);
        urls.push(url.to_owned());
        rest = after;
    }
    text.push_str(rest);
    (text, urls)
}

#[test]
fn every_row_of_the_plaid_page_is_in_the_html_codes_table_links_as_links() {
    let page = html("catalogs/plaid.toml");
    let codes_table = &select(&page, "section#codes tbody")[0];
    let cells: Vec<ElementRef<'_>> = codes_table
        .select(&Selector::parse("td[data-label=Description]").unwrap())
        .collect();
    let ours = http_rows(&tables(&page, "section#codes")[0]);
    let seed = seeds::plaid_rows();
    assert_eq!(ours.len(), seed.len());
    for ((ours, theirs), cell) in ours.iter().zip(&seed).zip(cells) {
        let (description, urls) = shown(&theirs.description);
        let shown_row = Row {
            description,
            ..theirs.clone()
        };
        assert_eq!(ours, &shown_row);
        let hrefs: Vec<&str> = cell
            .select(&Selector::parse("a").unwrap())
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(hrefs, urls, "{}", theirs.code);
    }
}

/// A catalog whose one code has `description`.
fn described(description: &str) -> Vec<u8> {
    format!(
        "[catalog]\nname = \"shop\"\ncode_type = \"string\"\n[wire]\ncode = \"/c\"\nmessage = \"/m\"\n\
         [codes.E-1]\nname = \"Declined\"\nstatus = 402\nmessage = \"Card <cardId> declined.\"\n\
         description = {description:?}\nretry = \"never\"\n[endpoints.pay]\ncodes = [\"E-1\"]\n"
    )
    .into_bytes()
}

#[test]
fn descriptions_are_markdown_in_both_formats() {
    let catalog = described("Check `decline_code`, see [the docs](https://x.io/d).");
    let html = error_catalog_cli::docs("shop.toml", &catalog, Format::Html).unwrap();
    assert!(
        html.contains(
            "Check <code>decline_code</code>, see <a href=\"https://x.io/d\">the docs</a>."
        ),
        "{html}"
    );
    let markdown = error_catalog_cli::docs("shop.toml", &catalog, Format::Markdown).unwrap();
    assert!(
        markdown.contains("| Check `decline_code`, see [the docs](https://x.io/d). |"),
        "{markdown}"
    );
    // Messages are the API's words: placeholders shown as placeholders, not Markdown.
    assert!(html.contains("Card <var>&lt;cardId&gt;</var> declined."));
    assert!(markdown.contains("| Card \\<cardId\\> declined. |"));
}

#[test]
fn raw_html_in_a_description_is_text() {
    let catalog = described("Hi <script>alert(1)</script> [x](javascript:alert(2))");
    let page = Html::parse_document(
        &error_catalog_cli::docs("shop.toml", &catalog, Format::Html).unwrap(),
    );
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    assert!(select(&page, "script").is_empty());
    assert!(select(&page, "a[href^=javascript]").is_empty());
    let cell = select(&page, "section#codes td[data-label=Description]")[0];
    assert_eq!(text(cell), "Hi <script>alert(1)</script> x");
}

#[test]
fn retry_guidance_is_in_words_in_both_formats() {
    let markdown = render("catalogs/aerosync.toml", Format::Markdown);
    assert!(markdown.contains("| HTTP Status | Code | Message | Description | Retry |"));
    assert!(markdown.contains("| Code | Type | Message | Retry |"));
    assert!(markdown.contains("| AC-112 | Conflict — another job currently in progress. | A job is already running for this connectionId. Check job state server-side before triggering a new request. | Later: unavailable for a while |"));
    let page = html("catalogs/aerosync.toml");
    let retry: Vec<String> = select(
        &page,
        "tr#AC-104 td[data-label=Retry], tr#AC-102 td[data-label=Retry]",
    )
    .into_iter()
    .map(text)
    .collect();
    assert_eq!(
        retry,
        [
            "Never: fix the request or have the user act",
            "With backoff: a transient failure"
        ]
    );
}

#[test]
fn an_endpoint_whose_statuses_are_unlisted_says_so_rather_than_showing_one() {
    let catalog = "tests/fixtures/wire/statuses_unlisted.toml";
    for format in [Format::Markdown, Format::Html] {
        let page = render(catalog, format);
        assert!(
            page.contains("HTTP statuses: read them from the response"),
            "{page}"
        );
    }
    let markdown = render(catalog, Format::Markdown);
    let row = markdown
        .lines()
        .find(|line| line.starts_with("| - | [card\\_declined]") || line.starts_with("| - | card"))
        .unwrap_or_else(|| panic!("no status-less row for card_declined:\n{markdown}"));
    assert!(row.contains("Your card was declined."), "{row}");
    assert!(markdown.contains("| 429 Too Many Requests |"), "{markdown}");
}
