//! `docs` never panics, and its HTML stays well-formed, whatever the catalog says: any
//! description (Markdown, raw HTML, controls) in every place one goes, and the shipped
//! catalogs with random edits. `PROPTEST_CASES` sets how many cases each runs (default 256).

use error_catalog_cli::docs::{Format, render};
use proptest::prelude::*;
use scraper::Html;
use std::fmt::Write as _;

const CATALOGS: [&[u8]; 2] = [
    include_bytes!("../../catalogs/aerosync.toml"),
    include_bytes!("../../catalogs/plaid.toml"),
];

/// Pieces of Markdown, HTML and URLs that descriptions are made of.
const PIECES: &[&str] = &[
    "`",
    "``",
    "```",
    "*",
    "**",
    "_",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "](",
    "![",
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "&#x1;",
    "\n",
    "\n\n",
    "\r\n",
    "- ",
    "1. ",
    "3) ",
    "# ",
    "> ",
    "    ",
    "|",
    "\\",
    "\\|",
    "<script>",
    "</p>",
    "<b onclick=x>",
    "<!--",
    "<https://x.io>",
    "<a@b.c>",
    "https://x.io/a_(b)",
    "http://",
    "mailto:x@y.z",
    "javascript:alert(1)",
    "[a](javascript:x)",
    "[a](<java\tscript:x>)",
    "\u{0}",
    "\u{1}",
    "\u{85}",
    "\u{FFFF}",
    "\u{FDD0}",
    "word",
    " ",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// `text` as a TOML basic string: every control escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A catalog with `text` as every description and the title, and in a message.
fn catalog(text: &str) -> String {
    let text = toml_string(text);
    format!(
        "[catalog]\nname = \"shop\"\ncode_type = \"string\"\ndescription = {text}\ntitle = {text}\n\
         [wire]\ncode = \"/c\"\nmessage = \"/m\"\nwidget = \"<type> | <code> | <message>\"\n\
         [codes.E-1]\nname = \"Declined\"\nstatus = 402\nmessage = \"Card <cardId> declined.\"\n\
         description = {text}\nretry = \"never\"\n\
         [codes.W-1]\nname = \"Widget\"\nerror_type = \"T\"\nmessage = {text}\ndescription = {text}\nretry = \"later\"\n\
         [endpoints.pay]\ndescription = {text}\nmethod = \"POST\"\npath = \"/pay\"\n\
         codes = [{{ code = \"E-1\", description = {text} }}]\n\
         [endpoints.widget]\ntransport = \"widget\"\ndescription = {text}\ncodes = [\"W-1\"]\n"
    )
}

/// Renders both formats; the HTML must parse without errors.
fn render_both(bytes: &[u8]) {
    if let Ok(catalog) = error_catalog_codegen::load(bytes) {
        let _ = render(&catalog, Format::Markdown);
        let html = render(&catalog, Format::Html);
        let errors = Html::parse_document(&html).errors;
        assert!(errors.is_empty(), "{errors:?}\n{html}");
    }
}

fn edited(mut bytes: Vec<u8>, edits: &[(usize, usize, Vec<u8>)]) -> Vec<u8> {
    for (at, delete, insert) in edits {
        let start = at % bytes.len().max(1);
        let end = (start + delete).min(bytes.len());
        bytes.splice(start.min(end)..end, insert.iter().copied());
    }
    bytes
}

proptest! {
    #[test]
    fn any_description_renders_and_the_html_parses(text in text()) {
        let source = catalog(&text);
        // The title and the message take fewer texts (one line; placeholders): without
        // them, every text loads.
        let plain = source
            .replace(&format!("title = {}\n", toml_string(&text)), "")
            .replace(&format!("message = {}\n", toml_string(&text)), "message = \"m\"\n");
        let loaded = error_catalog_codegen::load(plain.as_bytes());
        prop_assert!(loaded.is_ok(), "{:?}", loaded.err());
        render_both(plain.as_bytes());
        render_both(source.as_bytes());
        // A row is one line, whatever its description.
        let markdown = render(&loaded.unwrap(), Format::Markdown);
        prop_assert_eq!(markdown.lines().filter(|l| l.starts_with("| 402 Payment Required | E-1 |")).count(), 2);
    }

    #[test]
    fn edited_real_catalogs_render(
        which in 0..2usize,
        edits in proptest::collection::vec(
            (any::<usize>(), 0..64usize, proptest::sample::select(PIECES).prop_map(|p| p.as_bytes().to_vec())),
            1..6,
        ),
    ) {
        render_both(&edited(CATALOGS[which].to_vec(), &edits));
    }
}
