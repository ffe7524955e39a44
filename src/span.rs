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
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based (line, column) of a byte offset; column counts characters.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let col = text[start..offset].chars().count() + 1;
        (line + 1, col)
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
    fn trim_handles_nbsp_and_bom() {
        let text = "\u{feff} x\u{a0}";
        let r = trim(text, 0..text.len());
        assert_eq!(&text[r], "x");
        assert_eq!(trim("   ", 0..3), 0..0);
    }
}
