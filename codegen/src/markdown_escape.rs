//! Text shown as written where Markdown is read: rustdoc (the generated doc comments) and
//! the CLI's Markdown error page, for messages, which are the API's words and not Markdown.

/// Text shown as written, in Markdown: no HTML tags, links, emphasis, headings or (in
/// tables) column breaks. Underscores inside words stay bare (`access_token`); URLs become
/// autolinks (`<https://…>`), as rustdoc asks.
pub fn escape_markdown(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut url_end = 0;
    for (i, &c) in chars.iter().enumerate() {
        if i < url_end {
            continue;
        }
        if c == 'h'
            && let Some(len) = url_len(&chars[i..])
        {
            out.push('<');
            out.extend(&chars[i..i + len]);
            out.push('>');
            url_end = i + len;
            continue;
        }
        let inside_word = |at: Option<&char>| at.is_some_and(|c| c.is_alphanumeric());
        let emphasis = c == '_'
            && !(inside_word(i.checked_sub(1).map(|p| &chars[p])) && inside_word(chars.get(i + 1)));
        let heading = c == '#' && chars[..i].iter().all(|c| c.is_whitespace());
        if matches!(c, '\\' | '<' | '>' | '[' | ']' | '*' | '`' | '|') || emphasis || heading {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The length of the `http(s)://` URL `text` starts with, without trailing punctuation.
fn url_len(text: &[char]) -> Option<usize> {
    let starts = |prefix: &str| text.iter().take(prefix.len()).copied().eq(prefix.chars());
    if !starts("https://") && !starts("http://") {
        return None;
    }
    let mut len = text
        .iter()
        .position(|c| c.is_whitespace() || matches!(c, ')' | ']' | '>' | '<' | '"' | '`' | '|'))
        .unwrap_or(text.len());
    while len > 0 && matches!(text[len - 1], '.' | ',' | ';' | ':' | '!' | '?') {
        len -= 1;
    }
    Some(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_keeps_words_readable() {
        assert_eq!(
            escape_markdown("a|b <c> access_token _x_"),
            "a\\|b \\<c\\> access_token \\_x\\_"
        );
        assert_eq!(
            escape_markdown(
                "See the [Link docs](https://plaid.com/docs/link/). Or http://x.io/a_b."
            ),
            "See the \\[Link docs\\](<https://plaid.com/docs/link/>). Or <http://x.io/a_b>."
        );
    }
}
