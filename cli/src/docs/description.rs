//! A description (Markdown) as HTML, written from pulldown-cmark's events: the few tags a
//! description needs, with raw HTML shown as text (never passed through) and links kept
//! only to http(s), mailto and relative targets. Bare http(s) URLs become links, as on
//! GitHub, so both formats show a description alike.

use super::html::{escape, escape_into};
use pulldown_cmark::{
    CodeBlockKind, Event, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream,
};

/// `markdown` as HTML blocks (paragraphs, lists, …).
pub(super) fn blocks(markdown: &str) -> String {
    write(&events(markdown))
}

/// The parser's events, consecutive text merged (so a bare URL is one piece of text).
fn events(markdown: &str) -> Vec<Event<'_>> {
    TextMergeStream::new(Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH)).collect()
}

/// `markdown` as a table cell shows it: one paragraph without its `<p>`, else blocks.
pub(super) fn cell(markdown: &str) -> String {
    let events = events(markdown);
    let one_paragraph = matches!(events.first(), Some(Event::Start(Tag::Paragraph)))
        && events
            .iter()
            .position(|e| matches!(e, Event::End(TagEnd::Paragraph)))
            == Some(events.len() - 1);
    if one_paragraph {
        write(&events[1..events.len() - 1])
    } else {
        write(&events)
    }
}

fn write(events: &[Event<'_>]) -> String {
    let mut out = String::new();
    // Whether each open link or image was written as `<a>`: an unsafe one is its text.
    let mut links: Vec<bool> = Vec::new();
    // Inside a link, a bare URL is text: links do not nest.
    let mut in_link = 0usize;
    for event in events {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph | Tag::HtmlBlock => out.push_str("<p>"),
                // A heading inside a table cell or an intro would break the page's outline.
                Tag::Heading { .. } => out.push_str("<p><strong>"),
                Tag::BlockQuote(_) => out.push_str("<blockquote>"),
                Tag::CodeBlock(kind) => {
                    out.push_str("<pre><code");
                    if let CodeBlockKind::Fenced(lang) = kind
                        && let Some(lang) = lang.split_whitespace().next()
                    {
                        out.push_str(" class=\"language-");
                        escape_into(lang, &mut out);
                        out.push('"');
                    }
                    out.push('>');
                }
                Tag::List(Some(1)) => out.push_str("<ol>"),
                Tag::List(Some(start)) => {
                    out.push_str("<ol start=\"");
                    out.push_str(&start.to_string());
                    out.push_str("\">");
                }
                Tag::List(None) => out.push_str("<ul>"),
                Tag::Item => out.push_str("<li>"),
                Tag::Emphasis => out.push_str("<em>"),
                Tag::Strong => out.push_str("<strong>"),
                Tag::Strikethrough => out.push_str("<del>"),
                Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    ..
                }
                | Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    ..
                } => {
                    let target = if *link_type == LinkType::Email {
                        format!("mailto:{dest_url}")
                    } else {
                        dest_url.to_string()
                    };
                    // Links do not nest: one inside a written link is its text.
                    let safe = is_safe(&target) && !links.contains(&true);
                    if safe {
                        out.push_str("<a href=\"");
                        escape_into(&target, &mut out);
                        out.push('"');
                        if !title.is_empty() {
                            out.push_str(" title=\"");
                            escape_into(title, &mut out);
                            out.push('"');
                        }
                        out.push('>');
                    }
                    links.push(safe);
                    in_link += 1;
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::HtmlBlock => out.push_str("</p>"),
                TagEnd::Heading(_) => out.push_str("</strong></p>"),
                TagEnd::BlockQuote(_) => out.push_str("</blockquote>"),
                TagEnd::CodeBlock => out.push_str("</code></pre>"),
                TagEnd::List(true) => out.push_str("</ol>"),
                TagEnd::List(false) => out.push_str("</ul>"),
                TagEnd::Item => out.push_str("</li>"),
                TagEnd::Emphasis => out.push_str("</em>"),
                TagEnd::Strong => out.push_str("</strong>"),
                TagEnd::Strikethrough => out.push_str("</del>"),
                TagEnd::Link | TagEnd::Image => {
                    if links.pop() == Some(true) {
                        out.push_str("</a>");
                    }
                    in_link = in_link.saturating_sub(1);
                }
                _ => {}
            },
            Event::Text(text) if in_link == 0 => autolinked(text, &mut out),
            Event::Code(code) => {
                out.push_str("<code>");
                escape_into(code, &mut out);
                out.push_str("</code>");
            }
            // Raw HTML is shown as the text it is.
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                escape_into(text, &mut out);
            }
            Event::SoftBreak => out.push('\n'),
            Event::HardBreak => out.push_str("<br>"),
            Event::Rule => out.push_str("<hr>"),
            _ => {}
        }
    }
    out
}

/// Text with each bare `http(s)://` URL made a link.
fn autolinked(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(at) = rest.find("http") {
        let Some(len) = url_len(&rest[at..]) else {
            escape_into(&rest[..at + 4], out);
            rest = &rest[at + 4..];
            continue;
        };
        escape_into(&rest[..at], out);
        let url = &rest[at..at + len];
        out.push_str("<a href=\"");
        out.push_str(&escape(url));
        out.push_str("\">");
        out.push_str(&escape(url));
        out.push_str("</a>");
        rest = &rest[at + len..];
    }
    escape_into(rest, out);
}

/// The length of the `http(s)://host…` URL `text` starts with, without trailing punctuation
/// (the `.` that ends a sentence).
fn url_len(text: &str) -> Option<usize> {
    let after = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`'))
        .unwrap_or(text.len());
    let mut url = &text[..end];
    let url = loop {
        let trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', '*', '_', '~']);
        // A closing parenthesis is the URL's own where it closes one the URL opened.
        match trimmed.strip_suffix(')') {
            Some(shorter) if trimmed.matches('(').count() < trimmed.matches(')').count() => {
                url = shorter;
            }
            _ => break trimmed,
        }
    };
    (url.len() > text.len() - after.len()).then_some(url.len())
}

/// Whether a link target is http(s), mailto or relative. Browsers drop tabs and line breaks
/// from URLs and ignore leading spaces and controls, so the scheme is read as they would.
fn is_safe(target: &str) -> bool {
    let read: String = target
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let scheme_end =
        read.find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')));
    match scheme_end.map(|at| (&read[..at], &read[at..])) {
        Some((scheme, rest)) if rest.starts_with(':') && !scheme.is_empty() => {
            ["http", "https", "mailto"]
                .iter()
                .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
        }
        // No scheme: a relative target (a path, `?query`, `#anchor`, `//host/path`).
        _ => !read.contains(|c: char| c.is_control()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_spans_emphasis_and_links_are_rendered() {
        assert_eq!(
            cell("Check `decline_code`."),
            "Check <code>decline_code</code>."
        );
        assert_eq!(
            cell("See the [Link docs](https://plaid.com/docs/link/) *now* ~~not~~."),
            "See the <a href=\"https://plaid.com/docs/link/\">Link docs</a> <em>now</em> <del>not</del>."
        );
        assert_eq!(cell("a\n\nb"), "<p>a</p><p>b</p>");
        assert_eq!(blocks("a"), "<p>a</p>");
        assert_eq!(cell("- one\n- two"), "<ul><li>one</li><li>two</li></ul>");
    }

    #[test]
    fn raw_html_is_text() {
        assert_eq!(
            cell("Hi <script>alert(1)</script> <b onclick=x>b</b>"),
            "Hi &lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=x&gt;b&lt;/b&gt;"
        );
        assert_eq!(
            blocks("<div>\n<img src=x onerror=alert(1)>\n</div>"),
            "<p>&lt;div&gt;\n&lt;img src=x onerror=alert(1)&gt;\n&lt;/div&gt;</p>"
        );
    }

    #[test]
    fn only_http_mailto_and_relative_links_are_kept() {
        assert_eq!(cell("[x](javascript:alert(1))"), "x");
        assert_eq!(cell("[x](<java\tscript:alert(1)>)"), "x");
        assert_eq!(cell("[x](data:text/html,hi)"), "x");
        assert_eq!(
            cell("![logo](https://x.io/a.png)"),
            "<a href=\"https://x.io/a.png\">logo</a>"
        );
        assert_eq!(
            cell("<support@x.io>"),
            "<a href=\"mailto:support@x.io\">support@x.io</a>"
        );
        assert_eq!(
            cell("[a](/errors#AC-102 \"t\")"),
            "<a href=\"/errors#AC-102\" title=\"t\">a</a>"
        );
        assert_eq!(cell("[a](#AC-102)"), "<a href=\"#AC-102\">a</a>");
    }

    #[test]
    fn bare_urls_are_links_without_their_closing_punctuation() {
        assert_eq!(
            cell("See https://x.io/a_b. Or http://y.io, or http."),
            "See <a href=\"https://x.io/a_b\">https://x.io/a_b</a>. Or <a href=\"http://y.io\">http://y.io</a>, or http."
        );
        assert_eq!(
            cell("[see https://x.io](https://y.io)"),
            "<a href=\"https://y.io\">see https://x.io</a>"
        );
        assert_eq!(
            cell("(https://x.io/Foo_(bar))"),
            "(<a href=\"https://x.io/Foo_(bar)\">https://x.io/Foo_(bar)</a>)"
        );
        assert_eq!(
            cell("[![a](https://x.io/i.png)](https://y.io)"),
            "<a href=\"https://y.io\">a</a>"
        );
    }
}
