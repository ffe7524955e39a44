//! Words and word classes: the tokenizer (`words`, `Words`, `last_word`), the
//! byte-class table behind it, `lower`, word lists (determiners, auxiliaries,
//! subordinators, …), small predicates on single words, and whole-word search.
//! Everything here reads plain text only: no rule pack, no `Ctx`, so the frames
//! can lean on it without knowing how it is made fast.

use super::*;
use crate::phrases::is_alnum;

pub(super) fn is_word_char(c: char) -> bool {
    is_alnum(c) || c == '-' || c == '’' || c == '\'' || c == '.'
}

/// "he’s said", "she’ll want", "they're hoping": a pronoun with a contracted
/// auxiliary. Returns the byte length of the contraction ("’s", "'ll", …).
pub(super) fn has_contraction(word: &str) -> Option<usize> {
    const PRONOUNS: &[&str] = &["he", "she", "it", "who", "that", "they", "we", "i", "you"];
    const SUFFIXES: &[&str] = &[
        "’s", "'s", "’ll", "'ll", "’d", "'d", "’re", "'re", "’ve", "'ve",
    ];
    let (stem, suffix) = SUFFIXES
        .iter()
        .find_map(|suf| word.strip_suffix(suf).map(|s| (s, suf.len())))?;
    PRONOUNS
        .iter()
        .any(|p| stem.eq_ignore_ascii_case(p))
        .then_some(suffix)
}

/// Can this cue follow "to" as a bare infinitive ("to announce", "to call
/// for"), and is it none of `purposes`, the verbs that after "to" mostly say
/// why rather than report ("to see if")?
pub(super) fn infinitive_cue(cue: &str, purposes: &[&str]) -> bool {
    let Some(first) = cue.split_whitespace().next() else {
        return false;
    };
    let verb = lower(first);
    !(verb.ends_with("ed")
        || verb.ends_with("ing")
        || verb.ends_with('s') && !verb.ends_with("ss")
        || purposes.contains(&verb.as_str()))
}

pub(super) fn past_participle(cue: &str) -> bool {
    let c = lower(cue);
    c.ends_with("ed") || matches!(c.as_str(), "said" | "told" | "written" | "shown" | "spoken")
}

/// Words of a range, as byte ranges (punctuation other than inner marks is not a word).
pub(super) fn words(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    // A word and what ends it take two bytes at least: room for every word
    // of a sentence-sized range up front, as collecting would grow the
    // vector three or four times over for each sentence split into words.
    let mut ws = Vec::with_capacity((r.len() / 2 + 1).min(64));
    ws.extend(Words::new(text, r));
    ws
}

/// The words of a range, lazily: most callers need only the first few.
#[derive(Clone)]
pub(super) struct Words<'a> {
    pub(super) text: &'a str,
    pub(super) pos: usize,
    pub(super) end: usize,
    /// Read from a `WordTable` (see `WordTable::iter`): a first word scanned
    /// ahead, then the table's words from here on. Both empty when the words
    /// are scanned from `pos`.
    head: Option<Range<usize>>,
    table: &'a [TableWord],
}

impl<'a> Words<'a> {
    pub(super) fn new(text: &'a str, r: Range<usize>) -> Self {
        // The range must lie on character boundaries.
        let _ = &text[r.clone()];
        Words {
            text,
            pos: r.start,
            end: r.end,
            head: None,
            table: &[],
        }
    }
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;
    #[inline]
    fn next(&mut self) -> Option<Range<usize>> {
        if let Some(h) = self.head.take() {
            return Some(h);
        }
        if let Some((w, rest)) = self.table.split_first() {
            let start = w.start as usize;
            if start >= self.end {
                self.table = &[];
                return None;
            }
            // A word whose trailing marks the range leaves out ("Monday" of
            // "Monday.") is the same word.
            if w.run_end as usize <= self.end || w.end as usize == self.end {
                self.table = rest;
                return Some(start..w.end as usize);
            }
            // The range's end cuts this word: scanned, as it may trim otherwise.
            self.table = &[];
            self.pos = start;
        }
        self.scan()
    }
}

impl Words<'_> {
    /// The next word scanned from `pos`. Out of line, so that `next` reading
    /// a table stays a few instructions.
    #[inline(never)]
    fn scan(&mut self) -> Option<Range<usize>> {
        self.scan_run().map(|(w, _)| w)
    }

    /// The next word scanned from `pos`, and where the run of word
    /// characters it was trimmed from ends.
    #[inline(always)]
    fn scan_run(&mut self) -> Option<(Range<usize>, usize)> {
        // Bytes up to the end only, so the loops index without bounds checks;
        // the position in a local, written back once a word is found.
        let b = &self.text.as_bytes()[..self.end];
        let mut pos = self.pos;
        loop {
            // A word starts at the first letter or digit (marks and other
            // characters before it are skipped alike) and runs to the next
            // character that is no word character. Two tight loops, byte by
            // byte for ASCII, `is_word_char` for the rest: every clause is
            // split into words many times.
            let s = loop {
                if pos >= b.len() {
                    self.pos = pos;
                    return None;
                }
                let p = pos;
                let c = b[p];
                let alnum = if c < 0x80 {
                    pos += 1;
                    ASCII_CLASS[c as usize] & ALNUM != 0
                } else {
                    let ch = self.text[p..].chars().next().unwrap();
                    pos += ch.len_utf8();
                    is_alnum(ch)
                };
                if alnum {
                    break p;
                }
            };
            let mut stop = self.end;
            while pos < b.len() {
                let p = pos;
                let c = b[p];
                let word = if c < 0x80 {
                    pos += 1;
                    ASCII_CLASS[c as usize] & WORD != 0
                } else {
                    let ch = self.text[p..].chars().next().unwrap();
                    pos += ch.len_utf8();
                    is_word_char(ch)
                };
                if !word {
                    stop = p;
                    break;
                }
            }
            self.pos = pos;
            // The usual word ends in a letter or digit: nothing to trim.
            if b[stop - 1].is_ascii_alphanumeric() {
                return Some((s..stop, stop));
            }
            // Trailing periods and apostrophes belong to the sentence, not the word ("Monday.").
            let t = &self.text[s..stop];
            let trimmed = t.trim_end_matches(['.', '\'', '’', '-']);
            // Keep the dot of an abbreviation such as "U.S." or "Sen.".
            let w = if t.ends_with('.') && trimmed.contains('.') {
                s..stop
            } else {
                s..s + trimmed.len()
            };
            if !w.is_empty() {
                return Some((w, stop));
            }
        }
    }
}

/// A word of a document as `Words` splits the whole text: where it starts
/// and ends, and where the run of word characters it was trimmed from ends
/// ("U.S." and "Monday" of "Monday." end their runs; a range that ends inside
/// a run cuts the word there, so such a word is scanned again).
#[derive(Clone, Copy, Debug)]
pub(super) struct TableWord {
    start: u32,
    end: u32,
    run_end: u32,
}

/// `text` lower-cased with every character's bytes in place, and where a
/// character could not be (see `WordTable::odd`).
#[inline(never)]
fn lower_in_place(text: &str) -> (String, Vec<u32>) {
    let mut lower = text.to_ascii_lowercase();
    let mut odd = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Past ASCII sixteen bytes at a time: most of the text is.
        if b.len() - i >= 16 && b[i..i + 16].is_ascii() {
            i += 16;
            continue;
        }
        if b[i] < 0x80 {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap();
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            // Quotation marks, dashes, lower-case letters.
            (Some(x), None) if x == c => {}
            (Some(x), None) if x.len_utf8() == c.len_utf8() && c != 'Σ' => {
                lower.replace_range(i..i + c.len_utf8(), x.encode_utf8(&mut [0; 4]));
            }
            _ => odd.push(i as u32),
        }
        i += c.len_utf8();
    }
    (lower, odd)
}

/// The words of all of `text` as `Words` splits it, each with the end of
/// its run. Out of line, as are `first_index` and `lower_in_place`: each a
/// loop of its own over the whole document, kept apart from the others'
/// registers.
#[inline(never)]
fn split_all(text: &str) -> Vec<TableWord> {
    // A word and what ends it take some six bytes on average.
    let mut words = Vec::with_capacity(text.len() / 4 + 1);
    let mut it = Words::new(text, 0..text.len());
    while let Some((w, run_end)) = it.scan_run() {
        words.push(TableWord {
            start: w.start as u32,
            end: w.end as u32,
            run_end: run_end as u32,
        });
    }
    words
}

/// `WordTable::first`: for each block of `BLOCK` bytes of `text`, the first
/// of `words` that starts in it or later.
#[inline(never)]
fn first_index(text: &str, words: &[TableWord]) -> Vec<u32> {
    let blocks = text.len() / BLOCK + 1;
    let mut first = Vec::with_capacity(blocks);
    for (i, w) in words.iter().enumerate() {
        // The blocks that start after the word before and by this one.
        while first.len() * BLOCK <= w.start as usize {
            first.push(i as u32);
        }
    }
    first.resize(blocks, words.len() as u32);
    first
}

/// Bytes of text per entry of `WordTable::first`: some two or three words.
const BLOCK: usize = 16;

/// Every word of a document, split once. The frames split the same sentence
/// into words again and again, from each cue and in each helper; the table
/// answers `Words`, `words`, `last_word` and `last_word_in` for any range of
/// its text with a look-up instead, and exactly as they would: a range whose
/// start or end falls inside a word's run is scanned at that end, as before.
/// It also holds the text lower-cased once, for `lower` of any slice of it.
pub(super) struct WordTable<'a> {
    text: &'a str,
    words: Vec<TableWord>,
    /// `text` lower-cased character by character, each character's bytes
    /// where its own were.
    lower: String,
    /// Where `lower` is not `text.to_lowercase()`: characters whose lower
    /// case is longer or shorter ("İ") or depends on the word ("Σ"), left
    /// as they are. News text seldom has one.
    odd: Vec<u32>,
    /// For each `BLOCK` bytes of the text, the first word that starts there
    /// or later: a word is found from a byte offset in a step or two, where
    /// a binary search over a long article's words took a dozen.
    first: Vec<u32>,
    /// False for a text too long for 32-bit offsets, which is scanned.
    whole: bool,
}

impl<'a> WordTable<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        // Offsets are kept in 32 bits; a longer text is split as it comes.
        if u32::try_from(text.len()).is_err() {
            return WordTable {
                text,
                words: Vec::new(),
                lower: String::new(),
                odd: Vec::new(),
                first: Vec::new(),
                whole: false,
            };
        }
        let words = split_all(text);
        let first = first_index(text, &words);
        let (lower, odd) = lower_in_place(text);
        WordTable {
            text,
            words,
            lower,
            odd,
            first,
            whole: true,
        }
    }

    /// `lower(s)`: for a slice of the table's text (as the words and
    /// phrases the frames lower-case are), the same slice of its lower-cased
    /// copy, where `lower` copied and folded each word before it compared it.
    pub(super) fn lower<'s>(&'s self, s: &'s str) -> Lower<'s> {
        // Where `s` lies in the text, if it does: its address within the text's.
        let at = (s.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        if self.whole && at <= self.text.len() && s.len() <= self.text.len() - at {
            let r = at..at + s.len();
            let i = self.odd.partition_point(|&o| (o as usize) < r.start);
            if self.odd.get(i).is_none_or(|&o| o as usize >= r.end) {
                return Lower::Borrowed(&self.lower[r]);
            }
        }
        lower(s)
    }

    /// The index of the first word that starts at `pos` or later.
    #[inline]
    fn index_at(&self, pos: usize) -> usize {
        let mut i = self.first[pos / BLOCK] as usize;
        while self.words.get(i).is_some_and(|w| (w.start as usize) < pos) {
            i += 1;
        }
        i
    }

    /// Is `text` the table's own (the same slice, not an equal copy)?
    fn serves(&self, text: &str) -> bool {
        self.whole && std::ptr::eq(self.text, text)
    }

    /// `Words::new(text, r)`.
    pub(super) fn iter<'s>(&'s self, text: &'s str, r: Range<usize>) -> Words<'s> {
        if !self.serves(text) {
            return Words::new(text, r);
        }
        let mut ws = Words::new(text, r.clone());
        let i = self.index_at(r.start);
        ws.pos = r.end;
        ws.table = &self.words[i..];
        // The range starts inside the run of the word before (after its
        // first letter, or in its trailing marks): its first word, a piece
        // of that one or the one after, is scanned; the table goes on after it.
        if i > 0 && self.words[i - 1].run_end as usize > r.start {
            let mut scan = Words::new(text, r);
            ws.head = scan.next();
            ws.table = match &ws.head {
                Some(h) => &self.words[self.index_at(h.start + 1)..],
                None => &[],
            };
        }
        ws
    }

    /// `words(text, r)`.
    pub(super) fn words(&self, text: &str, r: Range<usize>) -> Vec<Range<usize>> {
        if !self.serves(text) {
            return words(text, r);
        }
        let mut ws = Vec::with_capacity((r.len() / 2 + 1).min(64));
        ws.extend(self.iter(text, r));
        ws
    }

    /// `last_word(text, floor, pos)`.
    pub(super) fn last_word(&self, text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
        let mut from = pos.saturating_sub(96).max(floor);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        self.last_word_in(text, from, pos)
    }

    /// `last_word_in(text, from, pos)`.
    pub(super) fn last_word_in(&self, text: &str, from: usize, pos: usize) -> Option<Range<usize>> {
        if !self.serves(text) {
            return last_word_in(text, from, pos);
        }
        // The range must lie on character boundaries.
        let _ = &text[from..pos];
        let i = self.index_at(pos);
        let w = self.words[..i].last()?;
        let (start, run_end) = (w.start as usize, w.run_end as usize);
        if (run_end <= pos || w.end as usize == pos) && start >= from {
            return Some(start..w.end as usize);
        }
        if run_end <= from {
            // No word starts in the range and none runs into it.
            return None;
        }
        // A word cut by either end of the range: scanned.
        last_word_in(text, from, pos)
    }
}

/// The last word before `pos` (not before `floor`), looking back a bounded way.
pub(super) fn last_word(text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
    let mut from = pos.saturating_sub(96).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    last_word_in(text, from, pos)
}

/// `Words::new(text, from..pos).last()`, with no bound on the look-back.
pub(super) fn last_word_in(text: &str, from: usize, pos: usize) -> Option<Range<usize>> {
    // Scanned backwards: the same word `Words` gives, without splitting every
    // word before it. Byte by byte for ASCII, as `Words` reads forwards.
    let b = text.as_bytes();
    let before = |j: usize| char_before(text, j);
    // The range must lie on character boundaries.
    let _ = &text[from..pos];
    let mut j = pos;
    loop {
        // The end of the last run of word characters.
        let run_end = loop {
            if j <= from {
                return None;
            }
            let (k, word, _) = before(j);
            if word {
                break j;
            }
            j = k;
        };
        // Its first alphanumeric character starts the word; a run of marks alone is none.
        let mut first_alnum = None;
        while j > from {
            let (k, word, alnum) = before(j);
            if !word {
                break;
            }
            if alnum {
                first_alnum = Some(k);
            }
            j = k;
        }
        if let Some(st) = first_alnum {
            let stop = run_end;
            if b[stop - 1].is_ascii_alphanumeric() {
                return Some(st..stop);
            }
            // As `Words` trims: trailing marks go, the dot of an abbreviation stays.
            let t = &text[st..stop];
            let trimmed = t.trim_end_matches(['.', '\'', '’', '-']);
            return Some(if t.ends_with('.') && trimmed.contains('.') {
                st..stop
            } else {
                st..st + trimmed.len()
            });
        }
    }
}

/// The character ending at byte `j`: where it starts, whether it is a word
/// character, and whether a letter or digit. Inlined into the backward scan,
/// which a closure is not.
#[inline(always)]
pub(super) fn char_before(text: &str, j: usize) -> (usize, bool, bool) {
    let b = text.as_bytes();
    let c = b[j - 1];
    if c < 0x80 {
        let k = ASCII_CLASS[c as usize];
        return (j - 1, k & WORD != 0, k & ALNUM != 0);
    }
    let mut k = j - 1;
    while b[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    let ch = text[k..j].chars().next().unwrap();
    (k, is_word_char(ch), is_alnum(ch))
}

pub(super) const ALNUM: u8 = 1;
pub(super) const WORD: u8 = 2;
/// ASCII bytes by class, one load per byte in the word loops: `ALNUM` for a
/// letter or digit, `WORD` for those and the inner marks of `is_word_char`.
pub(super) const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] = ALNUM | WORD;
        } else if matches!(b, b'-' | b'\'' | b'.') {
            t[c] = WORD;
        }
        c += 1;
    }
    t
};

/// A lower-case plural noun, roughly: "companies", "members" (not "was", "this", "analysis").
pub(super) fn plural_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("is")
        && !w.ends_with("us")
        && w.chars().all(|c| c.is_lowercase())
}

/// Poll shares that stand as a subject: "nearly half", "three-quarters", "a majority".
pub(super) const QUANTITIES: &[&str] = &[
    "percent",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "three-quarters",
    "two-thirds",
    "majority",
    "majorities",
    "plurality",
    "minority",
    "most",
    "fifth",
    "fifths",
    "many",
];

/// "56 percent of Cuban-Americans polled", "a majority of Republicans", "half of voters".
pub(super) fn share_of(s: &str) -> bool {
    let mut prev: Option<&str> = None;
    for w in s.split_whitespace() {
        if w == "of" && prev.is_some_and(|p| QUANTITIES.iter().any(|q| p.eq_ignore_ascii_case(q))) {
            return true;
        }
        prev = Some(w);
    }
    false
}

/// "26%", "43", "at least 21,000": a count or share standing alone as a subject.
pub(super) fn bare_count(s: &str) -> bool {
    let t = s.trim();
    let t = [
        "at least ",
        "about ",
        "nearly ",
        "almost ",
        "only ",
        "just ",
        "some ",
    ]
    .iter()
    .find_map(|q| t.strip_prefix(q))
    .unwrap_or(t);
    let digits = t.strip_suffix('%').unwrap_or(t);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// "Six in 10", "about 4 in 10", "three in five", "nine out of 10": a share of
/// respondents.
pub(super) fn out_of_ten(s: &str) -> bool {
    let mut back = s.split_whitespace().rev();
    let (last, word_in, before) = (back.next(), back.next(), back.next());
    let count = |w: &str| {
        w.bytes().all(|b| b.is_ascii_digit())
            || [
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ]
            .contains(&w)
    };
    let last = last.is_some_and(|l| !l.is_empty() && count(l));
    match (word_in, before) {
        (Some("in"), Some(_)) => last,
        // "nine out of 10": the count stands two words further back.
        (Some("of"), Some("out")) => last && back.next().is_some(),
        _ => false,
    }
}

pub(super) fn first_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Title words (lexicon class `title_word`) that also open the names of
/// institutions and places ("White House", "Democratic National Committee",
/// "General Motors"): no sign that the capitalised words after them name a person.
pub(super) const INSTITUTION_TITLE: &[&str] = &[
    "white",
    "house",
    "democratic",
    "republican",
    "gop",
    "state",
    "foreign",
    "defense",
    "national",
    "security",
    "campaign",
    "press",
    "special",
    "acting",
    "former",
    "top",
    "senior",
    "vice",
    "u.s.",
    "us",
    "council",
    "prime",
    "chief",
    "general",
    "member",
];

/// Participles that work as adjectives of a title or a group, not as verbs:
/// "managing director", "acting chairman", "ranking member".
pub(super) const TITLE_PARTICIPLES: &[&str] = &[
    "managing",
    "acting",
    "founding",
    "leading",
    "ranking",
    "presiding",
    "visiting",
    "outgoing",
    "incoming",
    "retired",
    "retiring",
    "elected",
    "appointed",
];

pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "such", "no", "any", "every", "each", "whose",
];
/// Numerals and quantifiers that open a noun phrase the way a determiner does:
/// "One California delegate said", "Two officials said", "Several aides said".
pub(super) const QUANTIFIERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
    "some", "several", "both", "all", "other", "few", "many", "most", "numerous",
];
pub(super) const NOT_SUBJECT_END: &[&str] = &[
    "to", "of", "for", "with", "by", "on", "in", "at", "as", "that", "than", "not", "it", "there",
    "and", "or", "but",
];
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
];
/// Words that open a subordinate or relative clause, whose own subject precedes the cue.
pub(super) const SUBORDINATORS: &[&str] = &[
    "when", "because", "as", "after", "before", "while", "since", "if", "although", "though",
    "where", "which", "whom", "until", "once", "unless", "whether", "what", "how", "why", "than",
    "whereas",
];

pub(super) const BE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets",
];
/// "did not mention", "doesn’t want", "can barely believe": a negation or a
/// modal between a subject and its verb.
pub(super) fn negation_or_modal(w: &str) -> bool {
    let l = lower(w).replace('’', "'");
    matches!(
        l.as_str(),
        "not" | "can" | "cannot" | "should" | "must" | "barely" | "hardly" | "no" | "longer"
    ) || l.ends_with("n't")
        && [
            "didn't",
            "doesn't",
            "don't",
            "hasn't",
            "haven't",
            "hadn't",
            "won't",
            "wouldn't",
            "can't",
            "couldn't",
            "shouldn't",
            "mustn't",
        ]
        .contains(&l.as_str())
}
/// Auxiliaries before a passive "be": "has been", "will be", "could be".
pub(super) const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "not",
    "also", "never",
];
/// Does `r` open with a clause whose "that" was left out: a subject pronoun and
/// an auxiliary ("announced it would seek", "promised they will")? Such a clause
/// is what a disclosure or promise verb reports, as a that-clause is.
pub(super) fn bare_clause(text: &str, r: Range<usize>) -> bool {
    let mut ws = Words::new(text, r);
    let (Some(a), Some(b)) = (ws.next(), ws.next()) else {
        return false;
    };
    ["he", "she", "it", "they", "we", "i", "you"].contains(&lower(&text[a]).as_str())
        && [
            "has", "have", "had", "will", "would", "could", "should", "may", "might", "must",
            "was", "were", "is", "are",
        ]
        .contains(&lower(&text[b]).as_str())
}
/// Adverbs between "be" and a passive cue that do not end in -ly: "was first
/// reported", "were also criticized", "is not shared".
pub(super) const PASSIVE_ADVERBS: &[&str] = &[
    "first", "also", "not", "never", "later", "since", "often", "once", "again", "long", "well",
    "soon", "even", "still", "already",
];
/// An adverb that may stand inside a passive's auxiliary chain ("was widely",
/// "has not been", "had previously been").
pub(super) fn passive_adverb(lw: &str) -> bool {
    lw.ends_with("ly") || PASSIVE_ADVERBS.contains(&lw)
}
/// Words in "-ly" that are no adverbs: nouns and adjectives ("the family
/// said", "a rally", "an early vote") and names ("Kelly").
pub(super) const LY_NOUNS: &[&str] = &[
    "family",
    "rally",
    "ally",
    "assembly",
    "supply",
    "reply",
    "monopoly",
    "anomaly",
    "bully",
    "belly",
    "july",
    "italy",
    "early",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "nearly",
    "only",
    "lily",
    "kelly",
    "sully",
    "molly",
    "holly",
    "billy",
    "polly",
];
/// Adverbs of the writer's doubt: "One message, apparently referring to …" is
/// the writer's guess at what the message meant, not the source's manner.
pub(super) const WRITER_DOUBT: &[&str] = &[
    "apparently",
    "seemingly",
    "allegedly",
    "supposedly",
    "purportedly",
    "ostensibly",
];
/// The words right before `pos`, nearest first, each lower-cased with a curly
/// apostrophe made straight ("isn’t" → "isn't"), for as long as only blanks
/// separate them: the auxiliary chain of a verb ("has not been", "was first").
pub(super) fn words_back(
    text: &str,
    floor: usize,
    pos: usize,
) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    let mut pos = pos;
    std::iter::from_fn(move || {
        let w = last_word(text, floor, pos)?;
        if !text[w.end..pos].chars().all(is_blank) {
            return None;
        }
        pos = w.start;
        let lw = lower(&text[w.clone()]).replace('’', "'");
        Some((w, lw))
    })
}
/// Words that end a passive's agent: "by Politico on Monday", "by his
/// rivals for failing …" ("of" stays: "by majorities of both parties").
/// Words that open an indirect question: "asked whether …", "pressed on why …".
pub(super) const QUESTION_WORDS: &[&str] = &[
    "whether", "if", "why", "what", "how", "who", "which", "where", "when", "about",
];

/// Verbs whose passive agent is the one who asks and whose complement is the
/// question: "was asked by host John Dickerson whether …".
pub(super) fn question_verb(cue: &str) -> bool {
    let last = cue.rsplit(char::is_whitespace).next().unwrap_or(cue);
    matches!(
        lower(last).as_ref(),
        "asked" | "questioned" | "quizzed" | "pressed"
    )
}

pub(super) const AGENT_STOPS: &[&str] = &[
    "for", "as", "over", "on", "in", "at", "during", "after", "before", "because", "when", "while",
    "since", "with", "to", "but",
];
pub(super) const RECIPIENT_WORDS: &[&str] = &[
    "reporters",
    "journalists",
    "me",
    "us",
    "him",
    "her",
    "them",
    "you",
    "lawmakers",
    "supporters",
    "voters",
    "listeners",
    "viewers",
    "readers",
    "members",
    "staff",
    "colleagues",
    "police",
    "investigators",
    "congress",
    "parliament",
];

/// `s.to_lowercase()`, without an allocation for the usual short word: text
/// already in lower case is borrowed, short ASCII is lower-cased on the stack.
pub(super) fn lower(s: &str) -> Lower<'_> {
    // The usual word: eight bytes at a time, one pass tells a non-ASCII byte
    // and a capital and lower-cases as it goes (the frames lower-case some
    // 200,000 words a megabyte; a word already in lower case is borrowed).
    if let Some((ascii, capital)) = ascii::LowerAscii::new(s.as_bytes()) {
        return if capital {
            Lower::Inline(ascii)
        } else {
            Lower::Borrowed(s)
        };
    }
    if !s.is_ascii() {
        return Lower::Owned(s.to_lowercase());
    }
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Borrowed(s);
    }
    Lower::Owned(s.to_ascii_lowercase())
}

/// The longest word lower-cased on the stack: three eight-byte words.
pub(super) const INLINE: usize = 24;

/// `lower(s).starts_with(prefix)`, lower-casing only as many characters as
/// `prefix` has rather than the whole rest of a sentence.
pub(super) fn starts_lower(s: &str, prefix: &str) -> bool {
    let n = prefix.chars().count();
    lower(&s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]).starts_with(prefix)
}

/// The stack buffer of `Lower::Inline`. Its fields are private to this module
/// so that `new`, which keeps it only when every byte is ASCII, is the one
/// way to make it: that is what makes `as_str`'s unchecked conversion sound.
mod ascii {
    use super::INLINE;

    #[derive(Clone)]
    pub(in crate::attribute) struct LowerAscii {
        bytes: [u8; INLINE],
        len: u8,
    }

    impl LowerAscii {
        /// `b` lower-cased, and whether it had a capital; `None` unless `b`
        /// is ASCII and at most `INLINE` bytes long.
        pub(in crate::attribute) fn new(b: &[u8]) -> Option<(Self, bool)> {
            const ONES: u64 = 0x0101_0101_0101_0101;
            const HIGH: u64 = ONES * 0x80;
            if b.len() > INLINE {
                return None;
            }
            let mut bytes = [0u8; INLINE];
            bytes[..b.len()].copy_from_slice(b);
            // Eight bytes at a time. For a byte below 0x80, adding 0x3F sets
            // its high bit when it is 'A' or above and adding 0x25 when it is
            // above 'Z', with no carry into the next byte; the high bit of a
            // capital, moved down two places, is the 0x20 that lower-cases
            // it. A non-ASCII byte makes the sums meaningless, but the word
            // is then no `LowerAscii` at all (the padding is zero, no capital).
            let (mut high, mut capital) = (0u64, 0u64);
            for chunk in bytes.chunks_exact_mut(8) {
                let w = u64::from_le_bytes(chunk.try_into().unwrap());
                high |= w & HIGH;
                let upper = w.wrapping_add(ONES * 0x3F) & !w.wrapping_add(ONES * 0x25) & HIGH;
                capital |= upper;
                chunk.copy_from_slice(&(w | (upper >> 2)).to_le_bytes());
            }
            (high == 0).then_some((
                LowerAscii {
                    bytes,
                    len: b.len() as u8,
                },
                capital != 0,
            ))
        }

        pub(in crate::attribute) fn as_str(&self) -> &str {
            let b = &self.bytes[..self.len as usize];
            // SAFETY: `new` is the only constructor and keeps ASCII bytes
            // only, and ASCII is valid UTF-8. Checking it again on every use
            // cost as much as the lower-casing itself.
            unsafe { std::str::from_utf8_unchecked(b) }
        }
    }
}

/// A lower-cased string, used as a `&str`.
#[derive(Clone)]
pub(super) enum Lower<'a> {
    Borrowed(&'a str),
    /// A short ASCII word lower-cased on the stack.
    Inline(ascii::LowerAscii),
    Owned(String),
}

impl Lower<'_> {
    pub(super) fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Inline(b) => b.as_str(),
            Lower::Owned(s) => s,
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Lower<'_> {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

/// Speech verbs that put their subject after them ("“…,” said Maria Lopez",
/// "…, wrote the columnist"). Other verbs after a comma take an object: in
/// "Christie, the governor, repeated accusations that …" the accusations are
/// not the speaker.
pub(super) fn invertible(cue: &str) -> bool {
    const INVERTIBLE: &[&str] = &[
        "said",
        "says",
        "say",
        "added",
        "adds",
        "asked",
        "asks",
        "wrote",
        "writes",
        "tweeted",
        "tweets",
        "explained",
        "explains",
        "replied",
        "replies",
        "recalled",
        "recalls",
        "stated",
        "declared",
        "continued",
        "reported",
        "reports",
        "read",
        "reads",
        "noted",
        "notes",
        "observed",
        "remarked",
        "commented",
        "responded",
        "answered",
        "quipped",
        "joked",
        "wondered",
        "insisted",
        "argued",
        "argues",
        "warned",
        "warns",
        // Not "told"/"tells": the name after them is the listener ("The aides
        // … told the group that …"), never an inverted speaker.
        "cautioned",
        "conceded",
        "acknowledged",
        "admitted",
        "countered",
        "retorted",
        "shouted",
        "yelled",
        "exclaimed",
        "announced",
        "posted",
        "concluded",
        "predicted",
        "suggested",
        "claimed",
        "boasted",
        "complained",
        "lamented",
        "mused",
        "offered",
        "agreed",
        // The present forms of the verbs above ("“…,” declares Smith").
        "states",
        "declares",
        "continues",
        "observes",
        "remarks",
        "comments",
        "responds",
        "answers",
        "quips",
        "jokes",
        "wonders",
        "insists",
        "cautions",
        "concedes",
        "acknowledges",
        "admits",
        "counters",
        "retorts",
        "announces",
        "concludes",
        "predicts",
        "suggests",
        "claims",
        "boasts",
        "complains",
        "laments",
        "muses",
        "agrees",
    ];
    INVERTIBLE.contains(&lower(cue).as_ref())
}

/// Does `hay` hold `needle` (lower-case ASCII) in any ASCII case? A quick
/// test before a walk over words that looks for one word only.
pub(super) fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    // The first byte in either case (a vector search), then the rest.
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first, first.to_ascii_uppercase(), &h[from..]) {
        let at = from + i;
        if h.get(at + 1..at + n.len())
            .is_some_and(|r| r.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        from = at + 1;
    }
    false
}

pub(super) fn skip_blank(text: &str, mut pos: usize, end: usize) -> usize {
    while pos < end {
        let c = text[pos..].chars().next().unwrap();
        if !is_blank(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Byte offset of `word` as a whole word in `hay` (both lower case).
pub(super) fn find_word(hay: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = find_bytes(&hay.as_bytes()[from..], word.as_bytes()) {
        let s = from + i;
        let e = s + word.len();
        let ok_before = hay[..s].chars().last().is_none_or(|c| !c.is_alphanumeric());
        let ok_after = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if ok_before && ok_after {
            return Some(s);
        }
        from = s + word.len().max(1);
    }
    None
}

/// The first of `phrases` (lower case, in priority order) found as whole
/// words in `hay`, ASCII case folded, and where: what `find_word` on the
/// lower-cased text gives phrase by phrase. One pass over the word starts
/// finds the first phrase that occurs at all, with no copy of the text; only
/// then is the text lower-cased for `find_word` to place it.
pub(super) fn first_via_phrase<'p>(hay: &str, phrases: &'p [String]) -> Option<(&'p str, usize)> {
    if phrases.is_empty() {
        return None;
    }
    let first = if phrases.len() <= 32 {
        // The phrases (as bits) that start with each byte.
        let mut starting = [0u32; 256];
        for (k, p) in phrases.iter().enumerate() {
            if let Some(&b) = p.as_bytes().first() {
                starting[b as usize] |= 1 << k;
            }
        }
        let bytes = hay.as_bytes();
        let mut best = phrases.len();
        for s in 0..bytes.len() {
            let mut bits = starting[bytes[s].to_ascii_lowercase() as usize];
            // A phrase starts with a whole character, so `s` is a boundary here.
            if bits == 0
                || s > 0
                    && (bytes[s - 1].is_ascii_alphanumeric()
                        || !bytes[s - 1].is_ascii()
                            && hay[..s].chars().last().is_some_and(char::is_alphanumeric))
            {
                continue;
            }
            if best < 32 {
                bits &= (1u32 << best) - 1;
            }
            while bits != 0 {
                let k = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                let w = phrases[k].as_bytes();
                let e = s + w.len();
                if e <= bytes.len()
                    && bytes[s..e].eq_ignore_ascii_case(w)
                    && hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric())
                {
                    best = k;
                    break;
                }
            }
            if best == 0 {
                break;
            }
        }
        best
    } else {
        0
    };
    if first == phrases.len() {
        return None;
    }
    // No phrase before `first` occurs as a whole word, so `find_word` finds none
    // of them; from `first` on it decides, as it always did.
    let lower = hay.to_ascii_lowercase();
    phrases[first..]
        .iter()
        .find_map(|p| find_word(&lower, p).map(|i| (p.as_str(), i)))
}

/// `hay.find(needle)` on bytes: the haystacks here are a clause long, too short
/// for the set-up of `str::find`'s two-way searcher to pay off.
pub(super) fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last_start {
        i += memchr::memchr(first, &hay[i..=last_start])?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

pub(super) fn rfind_word(hay: &str, word: &str) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(i) = find_word(&hay[from..], word) {
        last = Some(from + i);
        from = from + i + word.len();
    }
    last
}

/// Does the content open with an infinitive, "to block", "not to buy", rather than
/// a phrase with "to" ("announced to the crowd", "pledged to Clinton")?
pub(super) fn opens_infinitive(text: &str, rest: Range<usize>) -> bool {
    let mut ws = Words::new(text, rest).map(|w| &text[w]);
    let mut first = ws.next();
    if first.is_some_and(|w| matches!(lower(w).as_str(), "not" | "never")) {
        first = ws.next();
    }
    first.is_some_and(|w| lower(w) == "to")
        && ws
            .next()
            .is_some_and(|w| first_lower(w) && !DETERMINERS.contains(&lower(w).as_str()))
}

/// Relative pronouns that stand for the object of a clause ("which she said",
/// "what it calls", "in which the council says"), never for its subject after
/// a subject of their own.
pub(super) const OBJECT_RELATIVES: &[&str] = &["which", "what", "whom"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_equals_to_lowercase_for_every_ascii_byte_at_every_place() {
        // Each ASCII byte at each place of words up to past the inline length,
        // among capitals and lower case; and non-ASCII words.
        for len in 1..=INLINE + 2 {
            for at in 0..len {
                for c in 0u8..0x80 {
                    for fill in [b'a', b'Z'] {
                        let mut w = vec![fill; len];
                        w[at] = c;
                        let s = std::str::from_utf8(&w).unwrap();
                        assert_eq!(lower(s).as_str(), s.to_lowercase(), "{:?}", s);
                    }
                }
            }
        }
        for s in [
            "Éric",
            "ÉCOLE",
            "straße",
            "İstanbul",
            "\u{212A}elvin",
            "",
            "ÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀ",
        ] {
            assert_eq!(lower(s).as_str(), s.to_lowercase(), "{:?}", s);
        }
    }
}
