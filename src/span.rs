//! Byte spans and their 1-based line/column positions.
//!
//! Every span whosaid emits is a byte range into the original file; line and
//! column are derived from it here, once, so no output format can drift.

use serde::Serialize;
use std::ops::Range;

/// A located span: byte offsets into the file (end exclusive) plus 1-based
/// line and column, columns counted in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Maps byte offsets to line/column. Built once per document.
///
/// Besides line starts it keeps a checkpoint every `STRIDE` bytes (the
/// character count from its line start), so a column costs at most one
/// stride of counting even on a 10 MB line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
    /// (byte offset, characters since its line start), at char boundaries, sorted.
    checkpoints: Vec<(usize, usize)>,
}

const STRIDE: usize = 256;

/// Characters in a byte slice of valid UTF-8: every byte that is not a continuation byte.
fn count_chars(b: &[u8]) -> usize {
    b.iter().filter(|&&x| (x & 0xC0) != 0x80).count()
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut checkpoints = Vec::new();
        let mut line_start = 0;
        let mut next_cp = STRIDE;
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
                line_start = i + 1;
                next_cp = i + 1 + STRIDE;
            } else if i >= next_cp && (b & 0xC0) != 0x80 {
                let prev = checkpoints
                    .last()
                    .filter(|(o, _)| *o >= line_start)
                    .copied()
                    .unwrap_or((line_start, 0));
                checkpoints.push((i, prev.1 + count_chars(&bytes[prev.0..i])));
                next_cp = i + STRIDE;
            }
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// 1-based (line, column) of a byte offset; column counts characters.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let k = self.checkpoints.partition_point(|(o, _)| *o <= offset);
        let (from, base) = match k.checked_sub(1).map(|j| self.checkpoints[j]) {
            Some((o, c)) if o >= start => (o, c),
            _ => (start, 0),
        };
        (
            line + 1,
            base + count_chars(&text.as_bytes()[from..offset]) + 1,
        )
    }

    pub fn span(&self, text: &str, range: Range<usize>) -> Span {
        let (line, column) = self.position(text, range.start);
        let (end_line, end_column) = self.position(text, range.end);
        Span {
            start: range.start,
            end: range.end,
            line,
            column,
            end_line,
            end_column,
        }
    }
}

/// Characters that count as blank between words: ASCII white space, the
/// no-break space news CMSes love, and the byte-order mark.
pub fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Shrink a range so it neither starts nor ends with blank characters.
pub fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let trail = s.len() - s.trim_end_matches(is_blank).len();
    if lead == s.len() {
        return r.start..r.start;
    }
    (r.start + lead)..(r.end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "a\n“b” c\r\nd";
        let idx = LineIndex::new(text);
        let c = text.find('c').unwrap();
        assert_eq!(idx.position(text, c), (2, 5));
        let d = text.find('d').unwrap();
        assert_eq!(idx.position(text, d), (3, 1));
        let sp = idx.span(text, c..c + 1);
        assert_eq!((sp.end_line, sp.end_column), (2, 6));
    }

    #[test]
    fn columns_on_a_very_long_line_match_a_plain_count() {
        let text: String = "“ab” c ".repeat(3000) + "\nx“y";
        let idx = LineIndex::new(&text);
        for off in [0, 5, 4097, 9000, 20000, text.len() - 1] {
            let off = (0..=off).rev().find(|o| text.is_char_boundary(*o)).unwrap();
            let line_start = text[..off].rfind('\n').map_or(0, |i| i + 1);
            let want = text[line_start..off].chars().count() + 1;
            assert_eq!(idx.position(&text, off).1, want, "offset {}", off);
        }
    }

    #[test]
    fn trim_handles_nbsp_and_bom() {
        let text = "\u{feff} x\u{a0}";
        let r = trim(text, 0..text.len());
        assert_eq!(&text[r], "x");
        assert_eq!(trim("   ", 0..3), 0..0);
    }
}
