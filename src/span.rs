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
/// Besides line starts it keeps the character count before every `STRIDE`th
/// byte, so a column costs one subtraction and at most one stride of
/// counting, even on a 10 MB line.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
    /// Characters before each line start.
    line_chars: Vec<usize>,
    /// Characters before byte `k * STRIDE`, for every k.
    block_chars: Vec<usize>,
}

const STRIDE: usize = 32;

/// `count_chars`, and whether the slice holds a newline byte.
fn count_chars_and_newline(b: &[u8]) -> (usize, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = b.chunks_exact(8);
    let mut continuation = 0;
    let mut newline = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
        // A zero byte of w ^ "\n\n..." is a newline (the classic has-zero-byte test).
        let x = w ^ (ONES * u64::from(b'\n'));
        newline |= x.wrapping_sub(ONES) & !x & HIGH;
    }
    let rest = chunks.remainder();
    continuation += rest.iter().filter(|&&x| (x & 0xC0) == 0x80).count();
    (
        b.len() - continuation,
        newline != 0 || rest.contains(&b'\n'),
    )
}

/// Characters in a byte slice of valid UTF-8: every byte that is not a
/// continuation byte (0b10xx_xxxx). A slice cut inside a character counts the
/// characters that start in it. Eight bytes at a time.
fn count_chars(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut continuation = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap());
        // Bit 7 set and bit 6 clear; bit 6 shifted into bit 7's place.
        continuation += (w & !(w << 1) & HIGH).count_ones() as usize;
    }
    continuation += chunks
        .remainder()
        .iter()
        .filter(|&&x| (x & 0xC0) == 0x80)
        .count();
    b.len() - continuation
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut block_chars = Vec::with_capacity(bytes.len() / STRIDE + 2);
        let mut starts = vec![0];
        let mut total = 0;
        // One pass for both: a block is read a word at a time for its
        // characters and newlines, and only a block with a newline byte by byte.
        for (k, block) in bytes.chunks(STRIDE).enumerate() {
            block_chars.push(total);
            let (chars, newline) = count_chars_and_newline(block);
            total += chars;
            if newline {
                let at = k * STRIDE;
                starts.extend(
                    block
                        .iter()
                        .enumerate()
                        .filter(|&(_, &b)| b == b'\n')
                        .map(|(i, _)| at + i + 1),
                );
            }
        }
        // For the end of a text whose length is a multiple of STRIDE.
        block_chars.push(total);
        let line_chars = vec![0; starts.len()];
        let mut idx = LineIndex {
            starts,
            line_chars,
            block_chars,
        };
        for i in 1..idx.starts.len() {
            idx.line_chars[i] = idx.chars_before(bytes, idx.starts[i]);
        }
        idx
    }

    /// Characters before byte `offset` (`offset <= text.len()`).
    fn chars_before(&self, bytes: &[u8], offset: usize) -> usize {
        let k = offset / STRIDE;
        self.block_chars[k] + count_chars(&bytes[k * STRIDE..offset])
    }

    /// 1-based (line, column) of a byte offset; column counts characters.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let chars = self.chars_before(text.as_bytes(), offset);
        (line + 1, chars - self.line_chars[line] + 1)
    }

    pub fn span(&self, text: &str, range: Range<usize>) -> Span {
        let (line, column) = self.position(text, range.start);
        // Most spans end on the line they start on: no second search then.
        let end = range.end.min(text.len());
        let (end_line, end_column) = if end >= range.start.min(text.len())
            && self.starts.get(line).is_none_or(|&next| end < next)
        {
            let chars = self.chars_before(text.as_bytes(), end);
            (line, chars - self.line_chars[line - 1] + 1)
        } else {
            self.position(text, range.end)
        };
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
    fn line_starts_on_every_stride_boundary() {
        let text: String = (0..100)
            .map(|i| if i % 7 == 0 { '\n' } else { 'é' })
            .collect();
        let idx = LineIndex::new(&text);
        let plain: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        assert_eq!(idx.starts, plain);
    }

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
    fn columns_match_a_plain_count_everywhere() {
        for text in [
            String::new(),
            "x".repeat(64),
            "é".repeat(64),
            "a\n“b” c\r\nd\n\n".repeat(40) + "é",
            "“ab” c é\u{1F600}\n".repeat(30),
        ] {
            let idx = LineIndex::new(&text);
            for off in 0..=text.len() + 2 {
                let o = off.min(text.len());
                let line_start = text.as_bytes()[..o]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                let col = text.as_bytes()[line_start..o]
                    .iter()
                    .filter(|&&b| (b & 0xC0) != 0x80)
                    .count()
                    + 1;
                let line = text.as_bytes()[..o].iter().filter(|&&b| b == b'\n').count() + 1;
                assert_eq!(idx.position(&text, off), (line, col), "offset {}", off);
            }
        }
    }

    #[test]
    fn span_ends_are_positions() {
        for text in ["a\n“b” c\r\nd\n\n", "é x\ny", ""] {
            let idx = LineIndex::new(text);
            for s in 0..=text.len() + 1 {
                for e in 0..=text.len() + 1 {
                    let sp = idx.span(text, s..e);
                    let (l, c) = idx.position(text, s);
                    let (el, ec) = idx.position(text, e);
                    assert_eq!(
                        (sp.line, sp.column, sp.end_line, sp.end_column),
                        (l, c, el, ec)
                    );
                }
            }
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
