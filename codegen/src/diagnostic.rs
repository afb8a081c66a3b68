//! Problems found in a catalog, each tied to a byte range of the file, and their
//! rendering in rustc's layout (`--> file:line:col`, the line, a caret underline).

use std::fmt::Write as _;
use std::ops::Range;

/// One problem in a catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range in the catalog text.
    pub span: Range<usize>,
    /// What is wrong, lowercase, quoting the offending input.
    pub message: String,
    /// A short note under the caret.
    pub label: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn new(span: Range<usize>, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
            label: None,
            help: None,
        }
    }

    /// Adds the note shown under the caret.
    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds how to fix it.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// 1-based line and column (in characters) of the start of the span.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        line_col(source, self.span.start)
    }

    /// Renders the problem as rustc does: the message, `--> path:line:col`, the offending
    /// line with a caret underline, then the help.
    pub fn render(&self, path: &str, source: &str) -> String {
        let mut out = self.message.clone();
        let span = &self.span;
        let (line, col) = line_col(source, span.start);
        let text = source.lines().nth(line - 1).unwrap_or("");
        let gutter = " ".repeat(line.to_string().len());
        // Underline the span's part of its first line, at least one caret.
        let line_chars = text.chars().count();
        let span_chars = source
            .get(span.clone())
            .map_or(1, |s| s.lines().next().unwrap_or("").chars().count());
        let carets = span_chars.clamp(1, (line_chars + 1).saturating_sub(col).max(1));
        let pad: String = text
            .chars()
            .take(col - 1)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        let _ = write!(
            out,
            "\n{gutter}--> {path}:{line}:{col}\n{gutter} |\n{line} | {text}\n{gutter} | {pad}{}",
            "^".repeat(carets)
        );
        if let Some(label) = &self.label {
            let _ = write!(out, " {label}");
        }
        if let Some(help) = &self.help {
            let _ = write!(out, "\n{gutter} |\n{gutter} = help: {help}");
        }
        out
    }
}

/// 1-based line and column (in characters) of byte `offset` in `source`.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // A byte-order mark and the `\r` of CRLF are not columns an editor shows.
    let col = before[line_start..]
        .chars()
        .filter(|c| !matches!(c, '\u{feff}' | '\r'))
        .count()
        + 1;
    (line, col)
}

/// The candidate closest to `input` by edit distance, if it is close enough to be a
/// plausible typo (at most a third of the longer word, and at least one letter).
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    // Typos are short; comparing long strings would cost quadratic time and memory.
    const LONGEST: usize = 64;
    if input.chars().count() > LONGEST {
        return None;
    }
    candidates
        .into_iter()
        .filter(|candidate| candidate.chars().count() <= LONGEST)
        .map(|candidate| {
            (
                edit_distance(&input.to_lowercase(), &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|&(distance, candidate)| {
            distance <= (input.chars().count().max(candidate.chars().count()) / 3).max(1)
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, candidate)| candidate)
}

/// Edit distance in characters where swapping two neighbours (`nmae`) is one edit
/// (optimal string alignment).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d: Vec<usize> = (0..(a.len() + 1) * width)
        .map(|k| if k < width { k } else { 0 })
        .collect();
    for i in 1..=a.len() {
        d[i * width] = i;
        for j in 1..=b.len() {
            let substitute = d[(i - 1) * width + j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut best = substitute
                .min(d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let source = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_col(source, 0), (1, 1));
        assert_eq!(line_col(source, 6), (2, 1));
        // 'é' is two bytes; the space after it is the third character.
        assert_eq!(line_col(source, 9), (2, 3));
        assert_eq!(line_col(source, 1000), (3, 1));
        assert_eq!(
            line_col("\u{feff}a = 1", 3),
            (1, 1),
            "a BOM is not a column"
        );
        assert_eq!(line_col("a = 1\r\nb", 6), (1, 6), "nor is CR");
    }

    #[test]
    fn render_points_a_caret_at_the_span() {
        let source = "[codes.AC-102]\nmesage = \"x\"\n";
        let diagnostic = Diagnostic::new(15..21, "unknown key `mesage` in code `AC-102`")
            .label("unknown key")
            .help("did you mean `message`?");
        assert_eq!(
            diagnostic.render("catalogs/a.toml", source),
            "unknown key `mesage` in code `AC-102`\n \
             --> catalogs/a.toml:2:1\n  |\n2 | mesage = \"x\"\n  | ^^^^^^ unknown key\n  |\n  \
             = help: did you mean `message`?"
        );
    }

    #[test]
    fn render_of_an_empty_span_shows_one_caret() {
        let diagnostic = Diagnostic::new(4..4, "unclosed array");
        assert!(
            diagnostic
                .render("c.toml", "a = [")
                .ends_with("1 | a = [\n  |     ^")
        );
    }

    #[test]
    fn did_you_mean_finds_close_names_only() {
        let keys = ["name", "status", "message", "description", "retry"];
        assert_eq!(did_you_mean("mesage", keys), Some("message"));
        assert_eq!(did_you_mean("Status", keys), Some("status"));
        assert_eq!(did_you_mean("colour", keys), None);
        assert_eq!(
            did_you_mean("nmae", keys),
            Some("name"),
            "a swap is one edit"
        );
        assert_eq!(did_you_mean("AC-10", ["AC-100", "AR-500"]), Some("AC-100"));
    }
}
