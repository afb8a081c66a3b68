//! Pages copied out of a browser are not quite Markdown: tables follow one another and
//! their text without blank lines, a delimiter row may have one cell under a four-column
//! header, and a code fence may never close. These repairs make such a page read as its
//! author meant before the `CommonMark` parser sees it; each one that changes what a table
//! holds is reported.

/// The repaired page, and where each of its lines was on the page as given.
pub struct Repaired {
    pub text: String,
    lines: LineMap,
}

impl Repaired {
    pub fn lines(&self) -> &LineMap {
        &self.lines
    }
}

/// Byte offsets of the repaired text to line numbers of the page as given.
pub struct LineMap {
    /// The offset each repaired line starts at, and its line on the page (1-based).
    starts: Vec<(usize, usize)>,
}

impl LineMap {
    /// The page's line of the byte at `offset` in the repaired text.
    pub fn line(&self, offset: usize) -> usize {
        let at = self.starts.partition_point(|&(start, _)| start <= offset);
        self.starts
            .get(at.saturating_sub(1))
            .map_or(1, |&(_, line)| line)
    }
}

/// `page` with its tables set apart by blank lines, short delimiter rows widened and a
/// fence that never closes closed before the first table after it.
pub fn repair(page: &str, warnings: &mut Vec<String>) -> Repaired {
    let lines: Vec<&str> = page.lines().collect();
    let close_before = unclosed_fence(&lines).and_then(|open| {
        let table = (open + 1..lines.len()).find(|&i| is_header(&lines, i))?;
        warnings.push(format!(
            "line {}: the code block opened here is never closed: read as closed before the table at line {}",
            open + 1,
            table + 1
        ));
        Some(table)
    });
    let mut out = Out::default();
    let mut fence: Option<Fence> = None;
    let mut in_table = false;
    let mut short_delimiters = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let number = i + 1;
        if close_before == Some(i) {
            if let Some(open) = fence.take() {
                out.push(&open.closing(), number);
            }
            out.push("", number);
        }
        if let Some(open) = &fence {
            if open.is_closed_by(line) {
                fence = None;
            }
            out.push(line, number);
            continue;
        }
        if let Some(open) = Fence::opened_by(line) {
            fence = Some(open);
            in_table = false;
            out.push(line, number);
            continue;
        }
        if is_header(&lines, i) {
            if !out.last_is_blank() {
                out.push("", number);
            }
            out.push(line, number);
            in_table = false;
            continue;
        }
        if i > 0 && is_header(&lines, i - 1) {
            let header = cell_count(lines[i - 1]);
            if cell_count(line) < header {
                short_delimiters.push(number);
                out.push(&format!("|{}", "---|".repeat(header)), number);
            } else {
                out.push(line, number);
            }
            in_table = true;
            continue;
        }
        // A table ends at the first line that has no cell break; Markdown would make
        // a row of it.
        if in_table && !line.contains('|') && !line.trim().is_empty() {
            out.push("", number);
            in_table = false;
        }
        in_table &= !line.trim().is_empty();
        out.push(line, number);
    }
    if let Some(open) = fence
        && close_before.is_some()
    {
        out.push(&open.closing(), lines.len());
    }
    if !short_delimiters.is_empty() {
        let lines: Vec<String> = short_delimiters.iter().map(usize::to_string).collect();
        warnings.push(format!(
            "line {}: a table's delimiter row has fewer cells than its header: read with the header's columns",
            lines.join(", ")
        ));
    }
    Repaired {
        text: out.text,
        lines: LineMap { starts: out.starts },
    }
}

#[derive(Default)]
struct Out {
    text: String,
    starts: Vec<(usize, usize)>,
}

impl Out {
    fn push(&mut self, line: &str, number: usize) {
        self.starts.push((self.text.len(), number));
        self.text.push_str(line);
        self.text.push('\n');
    }

    fn last_is_blank(&self) -> bool {
        self.text.is_empty() || self.text.ends_with("\n\n")
    }
}

/// An open code fence: its character and length.
struct Fence {
    mark: char,
    len: usize,
}

impl Fence {
    fn opened_by(line: &str) -> Option<Self> {
        let trimmed = line.trim_start();
        if line.len() - trimmed.len() > 3 {
            return None;
        }
        let mark = trimmed.chars().next().filter(|c| matches!(c, '`' | '~'))?;
        let len = trimmed.chars().take_while(|&c| c == mark).count();
        // A backtick fence's info string has no backtick.
        let info = &trimmed[len..];
        (len >= 3 && !(mark == '`' && info.contains('`'))).then_some(Self { mark, len })
    }

    fn is_closed_by(&self, line: &str) -> bool {
        let trimmed = line.trim();
        let len = trimmed.chars().take_while(|&c| c == self.mark).count();
        len >= self.len && trimmed.len() == len * self.mark.len_utf8()
    }

    fn closing(&self) -> String {
        std::iter::repeat_n(self.mark, self.len).collect()
    }
}

/// The line a fence opens at, if that fence is never closed.
fn unclosed_fence(lines: &[&str]) -> Option<usize> {
    let mut open: Option<(usize, Fence)> = None;
    for (i, line) in lines.iter().enumerate() {
        match &open {
            Some((_, fence)) if fence.is_closed_by(line) => open = None,
            Some(_) => {}
            None => open = Fence::opened_by(line).map(|fence| (i, fence)),
        }
    }
    open.map(|(i, _)| i)
}

/// Whether line `i` is a table's header: it has a cell break and a delimiter row follows.
fn is_header(lines: &[&str], i: usize) -> bool {
    lines[i].contains('|')
        && !is_delimiter(lines[i])
        && lines.get(i + 1).is_some_and(|next| is_delimiter(next))
}

/// `|---|`, `---- | ----`, `| :-- | --: |`.
fn is_delimiter(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line.contains('|')
        && line
            .chars()
            .all(|c| matches!(c, '-' | ':' | '|' | ' ' | '\t'))
}

/// How many cells a row has: its unescaped pipes, less the outer ones.
fn cell_count(line: &str) -> usize {
    let line = line.trim();
    let mut pipes = 0_usize;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' => escaped = !escaped,
            '|' if !escaped => pipes += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    let outer =
        usize::from(line.starts_with('|')) + usize::from(line.ends_with('|') && line.len() > 1);
    (pipes + 1).saturating_sub(outer).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_one_after_another_are_set_apart_and_short_delimiters_widened() {
        let page = "Text\n| A | B |\n|---|\n| 1 | 2 |\n| C | D |\n|---|\n| 3 | 4 |\nAfter\n";
        let mut warnings = Vec::new();
        let repaired = repair(page, &mut warnings);
        assert_eq!(
            repaired.text,
            "Text\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n| C | D |\n|---|---|\n| 3 | 4 |\n\nAfter\n"
        );
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].starts_with("line 3, 6: "), "{warnings:?}");
        // Offsets map back to the page's own lines.
        let at = repaired.text.find("| C |").unwrap();
        assert_eq!(repaired.lines().line(at), 5);
    }

    #[test]
    fn a_fence_that_never_closes_is_closed_before_the_next_table() {
        let page = "```js\nf()\n| A | B |\n|---|---|\n| 1 | 2 |\n";
        let mut warnings = Vec::new();
        let repaired = repair(page, &mut warnings);
        assert_eq!(
            repaired.text,
            "```js\nf()\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"
        );
        assert_eq!(warnings.len(), 1);
        // A closed fence keeps its pipes as code.
        let code = "```\n| A | B |\n|---|\n```\n";
        let mut warnings = Vec::new();
        assert_eq!(repair(code, &mut warnings).text, code);
        assert!(warnings.is_empty());
    }

    #[test]
    fn cells_are_counted_without_outer_or_escaped_pipes() {
        assert_eq!(cell_count("| a | b |"), 2);
        assert_eq!(cell_count("a | b"), 2);
        assert_eq!(cell_count(r"| a \| b | c |"), 2);
        assert_eq!(cell_count("|---|"), 1);
        assert_eq!(cell_count("|"), 1);
    }
}
