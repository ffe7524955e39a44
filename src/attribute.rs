//! Attribution: which source each claim rests on, through whom, with which cue.
//!
//! The rule pack's matchers run once over the whole text (`Scan`); each
//! sentence then looks only at the matches inside it, so the cost is linear in
//! the length of the article. English attribution comes in a few frames:
//!
//! * subject + verb:      "Hamas sources told MEE that ...", "..., Axios reported."
//! * inverted verb:       "“...,” said Maria Lopez."
//! * preposition:         "According to MEE, ...", "..., according to officials."
//! * participle:          "Axios reported on the meeting, stating that ..."
//! * hedge:               "Witkoff reportedly told ..." (no named reporter)

use crate::rules::{CueRule, Engine, Frame, LexiconClass, SourceKind};
use crate::segment::Segments;
use crate::span::{is_blank, trim};
use std::collections::HashMap;
use std::ops::Range;

/// Every rule match in the document, by kind, each sorted by position.
#[derive(Debug, Default, Clone)]
pub struct Scan {
    pub cues: Vec<(Range<usize>, usize)>,
    pub sources: Vec<(Range<usize>, usize)>,
    pub outlets: Vec<(Range<usize>, usize)>,
    pub hedges: Vec<(Range<usize>, usize)>,
    pub disputes: Vec<(Range<usize>, usize)>,
    /// Matches of pattern finding rules (index into `Engine::findings`).
    pub findings: Vec<(Range<usize>, usize)>,
    /// Matches of check parameters: finding rule i's `triggers` as 2i, its `unless` as 2i+1.
    pub params: Vec<(Range<usize>, usize)>,
}

impl Scan {
    pub fn run(engine: &Engine, text: &str) -> Scan {
        let [cues, sources, outlets, hedges, disputes, findings, params] = engine.scan(text);
        Scan {
            cues,
            sources,
            outlets,
            hedges,
            disputes,
            findings,
            params,
        }
    }
}

/// The matches of a sorted list that start inside `r`.
pub fn within<'a, T>(v: &'a [(Range<usize>, T)], r: &Range<usize>) -> &'a [(Range<usize>, T)] {
    let lo = v.partition_point(|(m, _)| m.start < r.start);
    let hi = v.partition_point(|(m, _)| m.start < r.end);
    &v[lo..hi]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Explicit,
    Inherited,
    Unattributed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Explicit => "explicit",
            Status::Inherited => "inherited",
            Status::Unattributed => "unattributed",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    pub aliases: Vec<String>,
    pub mentions: Vec<Range<usize>>,
    /// Registry entry, for outlets.
    pub outlet: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Attribution {
    pub status: Status,
    pub source: Option<usize>,
    pub via: Vec<usize>,
    pub cue: Option<Range<usize>>,
    pub rule: Option<String>,
    pub source_mention: Option<Range<usize>>,
    pub hedge: Option<Range<usize>>,
    pub hedge_rule: Option<String>,
    /// The outlet a hedge was resolved to, when whosaid had to guess it.
    pub hedge_resolved_to: Option<usize>,
    pub inherited_from: Option<usize>,
}

impl Attribution {
    fn none() -> Attribution {
        Attribution {
            status: Status::Unattributed,
            source: None,
            via: Vec::new(),
            cue: None,
            rule: None,
            source_mention: None,
            hedge: None,
            hedge_rule: None,
            hedge_resolved_to: None,
            inherited_from: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct QuoteRef {
    /// The words quoted, without the marks.
    pub range: Range<usize>,
    pub speaker: Option<usize>,
}

/// An attribution inside a claim that is not the claim's own: "Jones believes"
/// in "Smith said Jones believes the plan will fail".
#[derive(Debug, Clone)]
pub struct Nested {
    pub cue: Range<usize>,
    pub rule: String,
    pub source: Option<usize>,
    pub source_mention: Option<Range<usize>>,
    pub content: Vec<Range<usize>>,
}

#[derive(Debug, Clone)]
pub struct Claim {
    /// What is claimed: first fragment start to last fragment end.
    pub span: Range<usize>,
    /// The pieces of the content when a cue splits it ("The plan, she said, will fail").
    pub fragments: Vec<Range<usize>>,
    pub sentence: Range<usize>,
    pub paragraph: usize,
    pub attribution: Attribution,
    pub quotes: Vec<QuoteRef>,
    pub nested: Vec<Nested>,
}

#[derive(Debug, Default, Clone)]
pub struct Analysis {
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    /// The headline's own attribution ("Graham: Trump’s rhetoric destroying GOP",
    /// "County Says Trump Should Win"). The headline is furniture, not a claim,
    /// but who it puts words in the mouth of belongs in the report.
    pub headline: Option<Nested>,
}

/// A source phrase found in the text, before it is merged into a `Source`.
#[derive(Debug, Clone)]
struct Mention {
    range: Range<usize>,
    kind: SourceKind,
    outlet: Option<usize>,
    pronoun: bool,
}

/// One cue with everything that hangs on it.
#[derive(Debug, Clone)]
struct Candidate {
    cue: Range<usize>,
    rule: usize,
    source: Option<Mention>,
    via: Vec<Mention>,
    content: Vec<Range<usize>>,
    /// Where the frame (source or cue, whichever is first) starts.
    frame_start: usize,
    forward: bool,
    /// The source is the subject of the clause before: a participle ("..., saying")
    /// or a coordinated verb ("Wilson praised Rubio and said ...").
    shares_subject: bool,
    /// The whole noun phrase of the source when it is longer than the name:
    /// "Huma Abedin, vice chairwoman for Clinton’s campaign," with its appositive.
    source_extent: Option<Range<usize>>,
}

impl Candidate {
    fn source_mention(&self) -> Option<Range<usize>> {
        self.source_extent
            .clone()
            .or_else(|| self.source.as_ref().map(|m| m.range.clone()))
    }
}

struct Ctx<'a> {
    text: &'a str,
    engine: &'a Engine,
    scan: &'a Scan,
    seg: &'a Segments,
    /// The headline, where words are capitalised ("County Says Trump Should Win").
    headline: Option<Range<usize>>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '’' || c == '\'' || c == '.'
}

/// "he’s said", "she’ll want", "they're hoping": a pronoun with a contracted
/// auxiliary. Returns the byte length of the contraction ("’s", "'ll", …).
fn has_contraction(word: &str) -> Option<usize> {
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
fn infinitive_cue(cue: &str, purposes: &[&str]) -> bool {
    let Some(first) = cue.split_whitespace().next() else {
        return false;
    };
    let verb = lower(first);
    !(verb.ends_with("ed")
        || verb.ends_with("ing")
        || verb.ends_with('s') && !verb.ends_with("ss")
        || purposes.contains(&verb.as_str()))
}

fn past_participle(cue: &str) -> bool {
    let c = lower(cue);
    c.ends_with("ed") || matches!(c.as_str(), "said" | "told" | "written" | "shown" | "spoken")
}

/// Words of a range, as byte ranges (punctuation other than inner marks is not a word).
fn words(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    Words::new(text, r).collect()
}

/// The words of a range, lazily: most callers need only the first few.
#[derive(Clone)]
struct Words<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
}

impl<'a> Words<'a> {
    fn new(text: &'a str, r: Range<usize>) -> Self {
        // The range must lie on character boundaries.
        let _ = &text[r.clone()];
        Words {
            text,
            pos: r.start,
            end: r.end,
        }
    }
}

impl Iterator for Words<'_> {
    type Item = Range<usize>;
    fn next(&mut self) -> Option<Range<usize>> {
        let b = self.text.as_bytes();
        loop {
            // A word starts at the first letter or digit (marks and other
            // characters before it are skipped alike) and runs to the next
            // character that is no word character. Two tight loops, byte by
            // byte for ASCII, `is_word_char` for the rest: every clause is
            // split into words many times.
            // Bytes up to the end only, so the loops index without bounds checks.
            let b = &b[..self.end];
            let mut start: Option<usize> = None;
            while self.pos < b.len() {
                let p = self.pos;
                let c = b[p];
                let alnum = if c < 0x80 {
                    self.pos += 1;
                    ASCII_CLASS[c as usize] & ALNUM != 0
                } else {
                    let ch = self.text[p..].chars().next().unwrap();
                    self.pos += ch.len_utf8();
                    ch.is_alphanumeric()
                };
                if alnum {
                    start = Some(p);
                    break;
                }
            }
            let mut stop = self.end;
            while self.pos < b.len() {
                let p = self.pos;
                let c = b[p];
                let word = if c < 0x80 {
                    self.pos += 1;
                    ASCII_CLASS[c as usize] & WORD != 0
                } else {
                    let ch = self.text[p..].chars().next().unwrap();
                    self.pos += ch.len_utf8();
                    is_word_char(ch)
                };
                if !word {
                    stop = p;
                    break;
                }
            }
            let s = start?;
            // The usual word ends in a letter or digit: nothing to trim.
            if b[stop - 1].is_ascii_alphanumeric() {
                return Some(s..stop);
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
                return Some(w);
            }
        }
    }
}

/// The last word before `pos` (not before `floor`), looking back a bounded way.
fn last_word(text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
    let mut from = pos.saturating_sub(96).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    last_word_in(text, from, pos)
}

/// `Words::new(text, from..pos).last()`, with no bound on the look-back.
fn last_word_in(text: &str, from: usize, pos: usize) -> Option<Range<usize>> {
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
fn char_before(text: &str, j: usize) -> (usize, bool, bool) {
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
    (k, is_word_char(ch), ch.is_alphanumeric())
}

const ALNUM: u8 = 1;
const WORD: u8 = 2;
/// ASCII bytes by class, one load per byte in the word loops: `ALNUM` for a
/// letter or digit, `WORD` for those and the inner marks of `is_word_char`.
const ASCII_CLASS: [u8; 128] = {
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
fn plural_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("is")
        && !w.ends_with("us")
        && w.chars().all(|c| c.is_lowercase())
}

/// Poll shares that stand as a subject: "nearly half", "three-quarters", "a majority".
const QUANTITIES: &[&str] = &[
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
fn share_of(s: &str) -> bool {
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
fn bare_count(s: &str) -> bool {
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
fn out_of_ten(s: &str) -> bool {
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

fn first_lower(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "such", "no", "any", "every", "each", "whose",
];
/// Numerals and quantifiers that open a noun phrase the way a determiner does:
/// "One California delegate said", "Two officials said", "Several aides said".
const QUANTIFIERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another",
    "some", "several", "both", "all", "other", "few", "many", "most", "numerous",
];
const NOT_SUBJECT_END: &[&str] = &[
    "to", "of", "for", "with", "by", "on", "in", "at", "as", "that", "than", "not", "it", "there",
    "and", "or", "but",
];
const WEEKDAYS: &[&str] = &[
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
const SUBORDINATORS: &[&str] = &[
    "when", "because", "as", "after", "before", "while", "since", "if", "although", "though",
    "where", "which", "whom", "until", "once", "unless", "whether", "what", "how", "why", "than",
    "whereas",
];
/// Who speaks through a participle after a noun: the noun phrase itself, or
/// the subject of the clause that put it out.
enum NounSubject {
    Own(Mention),
    Shared,
}

/// The word a relative pronoun refers to, as far as attribution cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RelAntecedent {
    /// A capitalised word: "Chris Christie, who endorsed".
    Name,
    /// "those who", "anyone who".
    Those,
    /// "the 1 percent who preferred".
    Quantity,
    /// The head of a source phrase: "voters who", "the union, which", "results that".
    Source(SourceKind),
    /// Another plural noun: "generals who".
    Plural,
    Other,
}
const BE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "am", "get", "got", "gets",
];
/// "did not mention", "doesn’t want", "can barely believe": a negation or a
/// modal between a subject and its verb.
fn negation_or_modal(w: &str) -> bool {
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
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can", "not",
    "also", "never",
];
/// Does `r` open with a clause whose "that" was left out: a subject pronoun and
/// an auxiliary ("announced it would seek", "promised they will")? Such a clause
/// is what a disclosure or promise verb reports, as a that-clause is.
fn bare_clause(text: &str, r: Range<usize>) -> bool {
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
const PASSIVE_ADVERBS: &[&str] = &[
    "first", "also", "not", "never", "later", "since", "often", "once", "again", "long", "well",
    "soon", "even", "still", "already",
];
/// An adverb that may stand inside a passive's auxiliary chain ("was widely",
/// "has not been", "had previously been").
fn passive_adverb(lw: &str) -> bool {
    lw.ends_with("ly") || PASSIVE_ADVERBS.contains(&lw)
}
/// The words right before `pos`, nearest first, each lower-cased with a curly
/// apostrophe made straight ("isn’t" → "isn't"), for as long as only blanks
/// separate them: the auxiliary chain of a verb ("has not been", "was first").
fn words_back(
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
const AGENT_STOPS: &[&str] = &[
    "for", "as", "over", "on", "in", "at", "during", "after", "before", "because", "when", "while",
    "since", "with", "to", "but",
];
const RECIPIENT_WORDS: &[&str] = &[
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
fn lower(s: &str) -> Lower<'_> {
    if !s.is_ascii() {
        return Lower::Owned(s.to_lowercase());
    }
    if !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return Lower::Borrowed(s);
    }
    if s.len() <= INLINE {
        let mut buf = [0u8; INLINE];
        buf[..s.len()].copy_from_slice(s.as_bytes());
        buf[..s.len()].make_ascii_lowercase();
        return Lower::Inline(buf, s.len() as u8);
    }
    Lower::Owned(s.to_ascii_lowercase())
}

const INLINE: usize = 22;

/// `lower(s).starts_with(prefix)`, lower-casing only as many characters as
/// `prefix` has rather than the whole rest of a sentence.
fn starts_lower(s: &str, prefix: &str) -> bool {
    let n = prefix.chars().count();
    lower(&s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)]).starts_with(prefix)
}

/// A lower-cased string, used as a `&str`.
#[derive(Clone)]
enum Lower<'a> {
    Borrowed(&'a str),
    /// ASCII bytes and their length.
    Inline([u8; INLINE], u8),
    Owned(String),
}

impl Lower<'_> {
    fn as_str(&self) -> &str {
        match self {
            Lower::Borrowed(s) => s,
            Lower::Inline(b, n) => std::str::from_utf8(&b[..*n as usize]).unwrap_or(""),
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

impl From<Lower<'_>> for String {
    fn from(l: Lower<'_>) -> String {
        l.as_str().to_string()
    }
}

/// Speech verbs that put their subject after them ("“…,” said Maria Lopez",
/// "…, wrote the columnist"). Other verbs after a comma take an object: in
/// "Christie, the governor, repeated accusations that …" the accusations are
/// not the speaker.
fn invertible(cue: &str) -> bool {
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
        "told",
        "tells",
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
    ];
    INVERTIBLE.contains(&lower(cue).as_ref())
}

/// Words that end a time phrase besides weekdays and months ("last week", "in
/// the spring").
const TIME_WORDS: &[&str] = &[
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "time",
    "day",
];

/// The number of words of a time phrase opening `ws` ("In 2010", "On Monday",
/// "Last week", "Earlier this year") when words follow it, or None.
fn leading_time_phrase(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    let k = time_phrase_len(text, ws)?;
    (k < ws.len()).then_some(k)
}

/// The number of words of a time phrase opening `ws`: an opener ("in", "on",
/// "last", …) up to its time word or number, within four words.
fn time_phrase_len(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "in", "on", "at", "during", "since", "by", "last", "earlier", "later", "this", "next",
    ];
    let first = lower(&text[ws.first()?.clone()]);
    if !OPENERS.contains(&first.as_ref()) {
        return None;
    }
    ws.iter()
        .take(4)
        .position(|w| {
            let t = lower(&text[w.clone()]);
            t.starts_with(|c: char| c.is_ascii_digit())
                || TIME_WORDS.contains(&t.as_ref())
                || WEEKDAYS.contains(&t.as_ref())
                || crate::document::MONTHS.contains(&t.as_ref())
        })
        .map(|k| k + 1)
}

/// Prepositions that open an adjunct after a cue ("said at a rally").
const PREPOSITIONS: &[&str] = &[
    "at",
    "in",
    "on",
    "behind",
    "into",
    "onto",
    "from",
    "over",
    "under",
    "after",
    "before",
    "during",
    "through",
    "across",
    "around",
    "inside",
    "outside",
    "near",
    "beside",
    "against",
    "toward",
    "towards",
    "throughout",
    "of",
    "via",
    "about",
    "amid",
];

/// A prepositional phrase after a cue is not what was said ("slammed behind
/// him", "said at a rally in Ohio that ..."): skip to a "that" within a few
/// words, or to the end of the sentence when there is none.
fn past_prepositional_phrase(text: &str, pos: usize, end: usize) -> usize {
    let mut ws = Words::new(text, pos..end).take(10);
    let Some(first) = ws.next() else { return pos };
    if !text[pos..first.start].chars().all(is_blank)
        || !PREPOSITIONS.contains(&lower(&text[first.clone()]).as_str())
    {
        return pos;
    }
    // "said about half of the increase was …": "about" before a quantity is an estimate.
    if lower(&text[first.clone()]) == "about"
        && ws.clone().next().is_some_and(|w| {
            let t = lower(&text[w]);
            t.starts_with(|c: char| c.is_ascii_digit())
                || QUANTITIES.contains(&t.as_str())
                || QUANTIFIERS.contains(&t.as_str())
                || ["a", "an"].contains(&t.as_str())
        })
    {
        return pos;
    }
    // A "that" before any comma opens the content; past a comma the phrase belongs to another
    // frame, unless a quotation follows the comma ("said of Clinton, “If she gets …”").
    // "said in Buffalo, New York, that": a place set off by commas stays in the phrase.
    let place_commas = |seg: &str| {
        let parts: Vec<&str> = seg.split(',').collect();
        parts.len() >= 3
            && parts.last().is_some_and(|p| p.trim().is_empty())
            && parts[0].split_whitespace().last().is_some_and(starts_upper)
            && parts[1..parts.len() - 1]
                .iter()
                .all(|p| !p.trim().is_empty() && p.split_whitespace().all(starts_upper))
    };
    match ws.find(|w| lower(&text[w.clone()]) == "that") {
        Some(that)
            if !text[first.end..that.start].contains(',')
                || place_commas(&text[first.end..that.start]) =>
        {
            that.start
        }
        _ => {
            // … or a colon ("said of gay couples: ''Nobody's stopping them''").
            let rest = &text[first.end..end];
            match [", “", ", \"", ", ''", ": “", ": \"", ": ''"]
                .iter()
                .filter_map(|p| rest.find(p))
                .min()
            {
                Some(k) if rest[..k].split_whitespace().count() <= 12 => first.end + k + 2,
                _ => end,
            }
        }
    }
}

/// Heads of phrases that say how something was said ("in a statement", "on a call").
const MANNER_HEADS: &[&str] = &[
    "statement",
    "interview",
    "briefing",
    "speech",
    "post",
    "tweet",
    "email",
    "e-mail",
    "letter",
    "report",
    "podcast",
    "broadcast",
    "appearance",
    "conference",
    "call",
    "remarks",
    "message",
    "video",
    "op-ed",
    "column",
    "filing",
    "hearing",
    "testimony",
    "release",
];

/// The end of a verb particle right at `pos` ("out", "for", "with", "about",
/// "to" before a noun phrase), or `pos` when there is none.
fn verb_particle_end(text: &str, pos: usize, end: usize) -> usize {
    const PARTICLES: &[&str] = &["out", "for", "with", "about", "of", "against", "on", "to"];
    let mut ws = Words::new(text, pos..end);
    let Some(w) = ws.next() else { return pos };
    if !text[pos..w.start].chars().all(is_blank) {
        return pos;
    }
    let lw = lower(&text[w.clone()]);
    if !PARTICLES.contains(&lw.as_str()) {
        return pos;
    }
    let Some(next) = ws.next() else { return pos };
    if !text[w.end..next.start].chars().all(is_blank) {
        return pos;
    }
    let ln = lower(&text[next.clone()]);
    // "on Monday", "on Twitter", "to reporters" are adjuncts and listeners, left to
    // the adjunct rules; "to" before a verb opens the content ("wants to run").
    let noun_phrase = DETERMINERS.contains(&ln.as_str())
        || ["his", "her", "their", "its", "our", "my", "your"].contains(&ln.as_str())
        || ln.starts_with(|c: char| c.is_ascii_digit());
    // "said about half of the deficit": "about" before a quantity is an estimate.
    let quantity = ln.starts_with(|c: char| c.is_ascii_digit())
        || QUANTITIES.contains(&ln.as_str())
        || QUANTIFIERS.contains(&ln.as_str())
        || ["a", "an", "half"].contains(&ln.as_str());
    let ok = match lw.as_str() {
        "out" => true,
        "about" => !quantity,
        "on" | "to" => noun_phrase,
        _ => !WEEKDAYS.contains(&ln.as_str()) && !TIME_WORDS.contains(&ln.as_str()),
    };
    if ok { w.end } else { pos }
}

/// "referring to the convention", "pointed to his record": what a reference
/// points at is the content, and its "to" belongs to the verb (on PolNeAR
/// train the gold content starts after it in 56 of 61 matched pairs). `pos`
/// is the cue's end.
fn reference_to(text: &str, cue: &str, pos: usize, end: usize) -> usize {
    let verb = lower(cue.split_whitespace().last().unwrap_or(""));
    if !(verb.starts_with("refer") || verb.starts_with("point")) {
        return pos;
    }
    match Words::new(text, pos..end).next() {
        Some(w) if text[pos..w.start].chars().all(is_blank) && lower(&text[w.clone()]) == "to" => {
            w.end
        }
        _ => pos,
    }
}

/// "noted this week that …", "said for the first time that …", "said, twice,
/// that …", "said as he introduced his wife, “…”": an adjunct between the cue
/// and a "that" or a quotation close by is no part of the content; returns the
/// start of the "that" or the quotation, or `pos`. Not for a cue after a
/// quotation: that one is the content; and a quotation after the cue counts
/// only where no words of substance stand before the subject (`quote_ok`):
/// "…, Mr. Rubio said in his 2012 book, ''An American Son.''".
fn adjunct_before_complement(text: &str, pos: usize, end: usize, quote_ok: bool) -> usize {
    const OPENERS: &[&str] = &[
        "this",
        "last",
        "earlier",
        "later",
        "for",
        "twice",
        "again",
        "once",
        "recently",
        "previously",
        "yesterday",
        "today",
        "tonight",
        "publicly",
        "privately",
        "repeatedly",
        "also",
        "separately",
        "as",
        "while",
        "when",
        "with",
        "by",
    ];
    // Most cues are followed by no opener at all: the first word decides
    // that before the rest are split.
    let mut it = Words::new(text, pos..end);
    let Some(first) = it.next() else { return pos };
    let fw = lower(&text[first.clone()]);
    if !(OPENERS.contains(&fw.as_str())
        || PREPOSITIONS.contains(&fw.as_str()) && fw != "about"
        || WEEKDAYS.contains(&fw.as_str()))
    {
        return pos;
    }
    let ws: Vec<Range<usize>> = std::iter::once(first.clone()).chain(it.take(11)).collect();
    let gap0 = &text[pos..first.start];
    // ", twice, that": one word set off by commas.
    let aside = gap0.trim_matches(is_blank) == "," && ws.len() > 1 && {
        let g = &text[first.end..ws[1].start];
        g.trim_matches(is_blank) == ","
    };
    if !(gap0.chars().all(is_blank) || aside) {
        return pos;
    }
    // "this week", not "called this a false narrative".
    if matches!(fw.as_str(), "this" | "last")
        && !ws
            .get(1)
            .is_some_and(|w| TIME_WORDS.contains(&lower(&text[w.clone()]).as_ref()))
    {
        return pos;
    }
    // A time or an adverb is short ("this week", "earlier this month"); a
    // "that" further on is a relative ("responded Friday to reports that").
    let short = !(PREPOSITIONS.contains(&fw.as_str())
        || ["as", "while", "when", "with", "by", "for"].contains(&fw.as_str()));
    // "for the first time that", not "pushed for a ban that would …".
    if fw == "for" && !starts_lower(&text[first.start..end], "for the first time") {
        return pos;
    }
    for k in 1..ws.len() {
        if short && k > 4 {
            break;
        }
        let gap = &text[ws[k - 1].end..ws[k].start];
        let trimmed = gap.trim_matches(is_blank);
        if trimmed.is_empty() || aside && k == 1 {
            match lower(&text[ws[k].clone()]).as_ref() {
                "that" => return ws[k].start,
                // "when asked if that remains his view": a clause of its own.
                "if" | "whether" | "who" | "which" | "what" | "how" | "why" => break,
                // "responded Friday to reports that", "announced plans Tuesday to
                // expand programs that": the "that" is a relative.
                "to" if short => break,
                _ => continue,
            }
        }
        // A quotation after a comma or colon: "said as he left, “…”".
        if quote_ok && matches!(trimmed, ", “" | ", \"" | ": “" | ": \"" | ", ''" | ": ''") {
            return ws[k - 1].end + gap.find(['“', '"', '\'']).unwrap_or(0);
        }
        break;
    }
    pos
}

/// Time and manner phrases that may follow a cue before its content ("on Monday", "in a statement").
fn skip_adjuncts(text: &str, mut pos: usize, end: usize) -> usize {
    // Besides the WEEKDAYS.
    const TIME: &[&str] = &[
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "day",
        "earlier",
        "later",
        "previously",
        "recently",
        "again",
        "also",
        "repeatedly",
        "publicly",
        "privately",
        "separately",
        "first",
        "last",
        "late",
        "early",
        "this",
        "on",
        "in",
        "at",
        "during",
        "before",
        "after",
    ];
    let is_time = |w: &str| WEEKDAYS.contains(&w) || TIME.contains(&w);

    loop {
        let mut words = Words::new(text, pos..end);
        let Some(first) = words.next() else {
            return pos;
        };
        // Only blank space may stand between pos and the phrase.
        if !text[pos..first.start].chars().all(is_blank) {
            return pos;
        }
        let w = lower(&text[first.clone()]);
        if ["in", "on", "during", "to", "at"].contains(&w.as_str()) {
            // The next words only when a phrase may follow.
            let ws: Vec<_> = std::iter::once(first.clone())
                .chain(words.take(9))
                .collect();
            // "in a statement", "in an interview with CNN", "on Monday", "to reporters".
            let mut k = 1;
            let mut matched = false;
            while k < ws.len() && k < 8 {
                let wk = lower(&text[ws[k].clone()]);
                if MANNER_HEADS.contains(&wk.as_str()) || is_time(&wk) && k <= 2 {
                    matched = true;
                    // Absorb "with CNN", "on Twitter", "to reporters" after the head.
                    let mut end_k = k;
                    if k + 1 < ws.len() {
                        let nx = lower(&text[ws[k + 1].clone()]);
                        if ["with", "to", "on", "for"].contains(&nx.as_str()) && k + 2 < ws.len() {
                            let gap = &text[ws[k].end..ws[k + 1].start];
                            if gap.chars().all(is_blank) {
                                end_k = k + 2;
                                while end_k + 1 < ws.len()
                                    && starts_upper(&text[ws[end_k + 1].clone()])
                                    && text[ws[end_k].end..ws[end_k + 1].start]
                                        .chars()
                                        .all(is_blank)
                                {
                                    end_k += 1;
                                }
                            }
                        }
                    }
                    pos = ws[end_k].end;
                    break;
                }
                if text[ws[k - 1].end..ws[k].start]
                    .chars()
                    .any(|c| !is_blank(c))
                {
                    break;
                }
                k += 1;
            }
            if w == "to"
                && !matched
                && ws.len() > 1
                && RECIPIENT_WORDS.contains(&lower(&text[ws[1].clone()]).as_str())
            {
                pos = ws[1].end;
                matched = true;
            }
            if !matched {
                return pos;
            }
        } else if is_time(&w) && !["this", "in", "at", "before", "after"].contains(&w.as_str()) {
            pos = first.end;
        } else {
            return pos;
        }
    }
}

impl<'a> Ctx<'a> {
    fn lex(&self, class: LexiconClass, w: &str) -> bool {
        self.engine.lexicon.has(class, w)
    }

    /// Is `pos` just after a closing quotation mark?
    fn closes_quote_at(&self, pos: usize) -> bool {
        let i = self.seg.quotes.partition_point(|q| q.range.start < pos);
        self.seg.quotes[..i]
            .iter()
            .rev()
            .take(3)
            .any(|q| q.closed && q.range.end == pos)
    }

    /// Scan back from `pos` to the nearest clause boundary inside `floor..pos`.
    /// Returns (region start, content end before the boundary, if any).
    fn clause_back(&self, floor: usize, pos: usize) -> (usize, Option<usize>) {
        let s = &self.text[floor..pos];
        // A short parenthetical belongs to the phrase before it: "Sen. Ann Lee (D-Ore.) said",
        // "the Committee to Protect Journalists (CPJ) said".
        let mut skip_to: Option<usize> = None;
        for (i, c) in s.char_indices().rev() {
            let p = floor + i;
            if skip_to.is_some_and(|k| p >= k) {
                continue;
            }
            skip_to = None;
            let after = p + c.len_utf8();
            if c == ')'
                && !self.seg.in_quote(p)
                && let Some(open) = s[..i].rfind('(')
            {
                let inner = &s[open + 1..i];
                if inner.len() <= 40 && !inner.contains([',', ';', '“', '"']) {
                    skip_to = Some(floor + open);
                    continue;
                }
            }
            // "10,000 supporters": a comma between digits is part of the number.
            let in_number = c == ','
                && s[..i].ends_with(|d: char| d.is_ascii_digit())
                && s[i + 1..].starts_with(|d: char| d.is_ascii_digit());
            if matches!(c, ',' | ';' | ':' | '—' | '–' | '―' | '(' | ')')
                && !in_number
                && !self.seg.in_quote(p)
            {
                return (after, Some(p));
            }
            // "“We will win,“ said Lee": copy may close with an opening mark.
            if matches!(c, '”' | '"' | '\'' | '“') && self.closes_quote_at(after) {
                return (after, Some(after));
            }
        }
        (floor, None)
    }

    /// A source phrase in `r` (already trimmed of adverbs and via phrases).
    fn mention_in(&self, r: Range<usize>, allow_long: bool) -> Option<Mention> {
        let r = trim(self.text, r);
        if r.is_empty() {
            return None;
        }
        let ws = words(self.text, r.clone());
        if ws.is_empty() {
            return None;
        }
        // Drop leading conjunctions left by a clause split, and sentence adverbs
        // before the subject ("But now she wants").
        let mut start_w = 0;
        while start_w < ws.len()
            && [
                "and", "but", "so", "then", "yet", "that", "while", "as", "when", "which",
                "because", "if", "although", "though", "since", "where", "once", "until", "even",
                "only", "after", "before", "than", "now", "also", "still", "again", "later",
                "instead",
            ]
            .contains(&lower(&self.text[ws[start_w].clone()]).as_str())
        {
            start_w += 1;
        }
        if start_w == ws.len() {
            return None;
        }
        // "at least 21,000 said": a count, not a time ("at 21").
        if bare_count(&self.text[ws[start_w].start..r.end]) {
            return Some(Mention {
                range: ws[start_w].start..r.end,
                kind: SourceKind::Group,
                outlet: None,
                pronoun: false,
            });
        }
        // "In 2010 she", "On Monday he", "Last week Trump": a time phrase with no
        // comma before the subject.
        if let Some(k) = leading_time_phrase(self.text, &ws[start_w..]) {
            start_w += k;
        }
        let r = ws[start_w].start..r.end;
        let nwords = ws.len() - start_w;
        // "Ruiz spoke to the council and she": a pronoun after a conjunction opens a
        // clause of its own, and it alone is the subject.
        if nwords > 2 {
            let (last, before) = (&ws[ws.len() - 1], &ws[ws.len() - 2]);
            // "Bush and I" is one subject: the word before the conjunction ends a
            // verb's object, not a name.
            if ["and", "but", "or", "so"].contains(&lower(&self.text[before.clone()]).as_str())
                && ws[ws.len() - 3..ws.len() - 2]
                    .iter()
                    .all(|w| first_lower(&self.text[w.clone()]))
                && self.text[before.end..last.start].chars().all(is_blank)
                // "my siblings and I", "the staff and we": first persons join a list.
                && ["he", "she", "they", "it"].contains(&lower(&self.text[last.clone()]).as_str())
            {
                return Some(Mention {
                    range: last.clone(),
                    kind: SourceKind::Unknown,
                    outlet: None,
                    pronoun: true,
                });
            }
        }
        // Words that cannot end a subject: a preposition or a conjunction means this is
        // not a noun phrase.
        // "It said": an institution already named, not the "it" that ends "make it".
        let lone_it = ws.len() - start_w == 1 && lower(&self.text[ws[start_w].clone()]) == "it";
        if NOT_SUBJECT_END.contains(&lower(&self.text[ws[ws.len() - 1].clone()]).as_str())
            && !lone_it
        {
            return None;
        }
        if nwords == 1 {
            // "When", "Having", "Speaking", "Dec": capitalised at a sentence start, but no source.
            let w = lower(&self.text[ws[start_w].clone()]);
            if SUBORDINATORS.contains(&w.as_str()) || self.lex(LexiconClass::NumberAbbreviation, &w)
            {
                return None;
            }
        }
        if let Some((m, idx)) = within(&self.scan.outlets, &r).last()
            && (m.end >= r.end.saturating_sub(1) || nwords <= 3)
        {
            return Some(Mention {
                range: r,
                kind: SourceKind::Outlet,
                outlet: Some(*idx),
                pronoun: false,
            });
        }
        // A phrase ending in a personal name is that person, whatever institution
        // it names first: "Police Chief Dana Ortiz", "Council member Rosa Delgado".
        let sources_here = within(&self.scan.sources, &r);
        // A trailing parenthetical ("(CPJ)", "(D-Ore.)") is not part of the name.
        let core_end = match self.text[r.clone()].ends_with(')') {
            true => self.text[r.clone()]
                .rfind('(')
                .map_or(r.end, |k| r.start + k),
            false => r.end,
        };
        let mut ws = ws;
        ws.retain(|w| w.end <= core_end);
        if ws.len() <= start_w {
            return None;
        }
        let run = ws[start_w..]
            .iter()
            .rev()
            .take_while(|w| {
                let t = &self.text[(*w).clone()];
                starts_upper(t)
                    && !DETERMINERS.contains(&lower(t).as_str())
                    && !self.lex(LexiconClass::TitleWord, t)
                    && !sources_here
                        .iter()
                        .any(|(m, _)| m.start <= w.start && w.end <= m.end)
            })
            .count();
        let before_run =
            (ws.len() - start_w > run).then(|| &self.text[ws[ws.len() - run - 1].clone()]);
        let title_before = before_run.is_some_and(|b| self.lex(LexiconClass::TitleWord, b));
        // After "to", "of" or "for" capitals are an institution's name ("Committee to Protect Journalists").
        if (2..=4).contains(&run) && (before_run.is_none() || title_before)
            || run == 1 && title_before
        {
            return Some(Mention {
                range: r,
                kind: SourceKind::Person,
                outlet: None,
                pronoun: false,
            });
        }
        // The rule listed first wins: "Hamas sources" is anonymous, not the organization.
        if let Some((_, idx)) = sources_here
            .iter()
            .filter(|(m, _)| m.end <= r.end)
            .min_by_key(|(_, i)| *i)
            && (nwords <= 14 || allow_long)
        {
            let kind = self.engine.sources[*idx].kind;
            return Some(Mention {
                range: r,
                kind,
                outlet: None,
                pronoun: false,
            });
        }
        if nwords == 1 && self.lex(LexiconClass::Pronoun, &self.text[r.clone()]) {
            return Some(Mention {
                range: r,
                kind: SourceKind::Unknown,
                outlet: None,
                pronoun: true,
            });
        }
        let first = lower(&self.text[ws[start_w].clone()]);
        let last = &self.text[ws[ws.len() - 1].clone()];
        // A long phrase is a source only when it is a name with its titles:
        // "Palm Beach County Supervisor of Elections Susan Bucher",
        // "Republican presidential hopefuls Jeb Bush and Chris Christie".
        let name_phrase = || {
            run >= 2
                && nwords <= 14
                && ws[start_w..].iter().all(|w| {
                    let t = &self.text[w.clone()];
                    starts_upper(t)
                        || [
                            "of",
                            "for",
                            "the",
                            "and",
                            "on",
                            "presidential",
                            "former",
                            "state",
                        ]
                        .contains(&t)
                        || self.lex(LexiconClass::TitleWord, t)
                        || plural_noun(t)
                })
        };
        // "Large majorities of Republican primary voters in six states going to the
        // polls on Super Tuesday said": a poll share may run long.
        let poll_share = nwords <= 16 && share_of(&self.text[r.clone()]);
        // "The deputy head of China’s delegation to the forum said", "Several people
        // I’ve spoken with over the last weeks said": a determiner phrase may run long.
        let determined = nwords <= 14
            && (DETERMINERS.contains(&first.as_str()) || QUANTIFIERS.contains(&first.as_str()));
        // "People who have battled other online threats say", "Proponents of the
        // new bill say": a plural or people noun heading a phrase with a
        // prepositional or relative modifier; a people noun heads a group, any
        // other plural a common-noun subject.
        let postmodified = (nwords <= 12)
            .then(|| {
                let head = lower(&self.text[ws[start_w].clone()]);
                let next = lower(&self.text[ws.get(start_w + 1)?.clone()]);
                let people = self.lex(LexiconClass::PeopleNoun, &head)
                    || self.lex(LexiconClass::PeopleNoun, &self.text[ws[start_w].clone()]);
                ([
                    "of", "who", "in", "from", "at", "across", "with", "on", "around", "inside",
                    "outside", "near", "for",
                ]
                .contains(&next.as_str())
                    && (people || plural_noun(&head)))
                .then_some(people)
            })
            .flatten();
        if nwords > 7 && !name_phrase() && !poll_share && !determined && postmodified.is_none() {
            return None;
        }
        // A finite "be" or a subordinator inside the phrase makes it a clause, not a
        // noun phrase: "the Democrats are acting as though they", "I could barely
        // stop grinning as I". A relative clause may hold one ("officials who were").
        // Auxiliaries at the end ("O’Malley’s move was first") are the cue's passive.
        let mut core_end = ws.len();
        while core_end > start_w + 1 {
            let t = lower(&self.text[ws[core_end - 1].clone()]);
            if BE.contains(&t.as_str()) || self.lex(LexiconClass::SkipAdverb, &t) {
                core_end -= 1;
            } else {
                break;
            }
        }
        let clause_word = ws[start_w + 1..core_end].iter().any(|w| {
            let t = lower(&self.text[w.clone()]);
            BE.contains(&t.as_str()) || ["though", "because", "while", "if"].contains(&t.as_str())
        });
        let relative = ws[start_w..].iter().any(|w| {
            matches!(
                lower(&self.text[w.clone()]).as_str(),
                "who" | "which" | "that"
            )
        });
        if clause_word && !relative {
            return None;
        }
        // "O’Malley’s campaign", "Rival Hillary Clinton’s campaign".
        let possessive = ws[start_w..ws.len() - 1].iter().any(|w| {
            let t = &self.text[w.clone()];
            t.ends_with("’s")
                || t.ends_with("'s")
                || t.ends_with("s’")
                // "Sanders’ campaign": the apostrophe may fall outside the word.
                || t.ends_with('s') && self.text[w.end..].starts_with(['’', '\''])
        }) && nwords <= 6;
        let kind = if nwords == 1
            && first_lower(last)
            && [
                "some", "several", "both", "few", "another", "each", "none", "many", "most",
            ]
            .contains(&first.as_str())
        {
            // "while several say", "another says", "some say": a quantifier standing
            // alone counts people (capitalised, it passes as a name already).
            SourceKind::Group
        } else if starts_upper(last) && !DETERMINERS.contains(&first.as_str()) {
            SourceKind::Person
        } else if starts_upper(last) {
            SourceKind::Organization
        } else if (DETERMINERS.contains(&first.as_str())
            || QUANTIFIERS.contains(&first.as_str())
            || possessive)
            && nwords > 1
        {
            // "the senator", "O’Malley’s campaign", "one delegate".
            SourceKind::Unknown
        } else if nwords <= 4
            && starts_upper(&self.text[ws[start_w].clone()])
            && ws[start_w + 1..].iter().all(|w| {
                first_lower(&self.text[w.clone()]) && !self.text[w.clone()].ends_with("ly")
            })
            && nwords > 1
        {
            // "California delegate", "Republican strategists": an adjective of place or
            // party before a common noun.
            SourceKind::Unknown
        } else if nwords <= 5
            && (QUANTITIES.contains(&lower(last).as_str())
                || QUANTITIES.contains(&first.as_str())
                || out_of_ten(&self.text[r.clone()]))
            || poll_share
        {
            // "63 percent said", "Nearly half said", "Six in 10 say": poll respondents.
            SourceKind::Group
        } else if nwords <= 4 && plural_noun(last) {
            // "Shipping companies said", "council members said".
            SourceKind::Group
        } else if let Some(people) = postmodified {
            if people {
                SourceKind::Group
            } else {
                SourceKind::Unknown
            }
        } else {
            return None;
        };
        Some(Mention {
            range: r,
            kind,
            outlet: None,
            pronoun: false,
        })
    }

    /// The subject at the start of a clause, for a participle whose clause has no other cue:
    /// "Kushner followed up by saying", "The city auditor corrected the figure, saying".
    fn leading_subject(&self, r: Range<usize>) -> Option<Mention> {
        let text = self.text;
        let mut ws = words(text, r.clone());
        // "And he seemed to …, promising", "Then he cut into Bush, calling": a
        // conjunction or a sentence adverb opens no subject; a pronoun after it is one.
        let skip = ws
            .iter()
            .take_while(|w| {
                ["and", "but", "then", "so", "yet", "instead", "now", "still"]
                    .contains(&lower(&text[(*w).clone()]).as_str())
            })
            .count();
        if let Some(w) = ws.get(skip)
            && ["he", "she", "they", "we", "i"].contains(&lower(&text[w.clone()]).as_str())
        {
            return self.mention_in(w.clone(), false);
        }
        if skip > 0 {
            ws.drain(..skip);
        }
        let first = ws.first()?;
        if let Some((m, _)) = within(&self.scan.outlets, &r)
            .first()
            .filter(|(m, _)| m.start == first.start)
        {
            return self.mention_in(m.clone(), false);
        }
        // A head word among the first words: "Hamas sources", "A source familiar with".
        let head = ws.iter().take(4).map(|w| w.end).collect::<Vec<_>>();
        if let Some((m, _)) = within(
            &self.scan.sources,
            &(first.start..head.last().copied().unwrap_or(first.end)),
        )
        .last()
        {
            return self.mention_in(first.start..m.end, false);
        }
        let is_verbish = |w: &str| {
            let lw = lower(w);
            lw.ends_with("ed")
                || BE.contains(&lw.as_str())
                || AUXILIARIES.contains(&lw.as_str())
                || [
                    "said", "says", "told", "made", "went", "took", "gave", "did", "does",
                    // "The billionaire businessman began by talking": an irregular past.
                    "began", "struck", "came", "held", "led", "met", "sent", "spent", "stood",
                    "spoke", "wrote", "brought", "kept", "left", "won", "lost", "drew", "found",
                    "put", "set", "ran", "sat", "saw", "became", "sought", "threw", "broke",
                ]
                .contains(&lw.as_str())
        };
        // "Speaking at a rally, …", "Having lost Iowa, …": a participle opens no subject.
        let fw = lower(&text[first.clone()]);
        // A name ending in -ing ("Manning", "Browning") is followed by its verb.
        let named_ing = starts_upper(&text[first.clone()])
            && !["having", "being"].contains(&fw.as_str())
            && ws.get(1).is_some_and(|w| {
                text[first.end..w.start].chars().all(is_blank) && is_verbish(&text[w.clone()])
            });
        if fw.ends_with("ing") && fw.len() > 5 && ws.len() > 1 && !named_ing {
            return None;
        }
        let mut k = 0;
        if DETERMINERS.contains(&lower(&text[first.clone()]).as_str()) {
            k = 1;
            // A lower-case word before a determiner that is no preposition is a
            // verb taking its object: "The actor held an audition and asked".
            let takes_object = |k: usize| {
                let t = &text[ws[k].clone()];
                first_lower(t)
                    && !PREPOSITIONS.contains(&lower(t).as_str())
                    && !["for", "with", "to", "by", "like", "as", "and", "or"]
                        .contains(&lower(t).as_str())
                    && ws.get(k + 1).is_some_and(|n| {
                        text[ws[k].end..n.start].chars().all(is_blank)
                            && DETERMINERS.contains(&lower(&text[n.clone()]).as_str())
                    })
            };
            while k < ws.len() && k < 5 && !is_verbish(&text[ws[k].clone()]) && !takes_object(k) {
                k += 1;
            }
        } else {
            while k < ws.len()
                && (starts_upper(&text[ws[k].clone()])
                    || self.lex(LexiconClass::TitleWord, &text[ws[k].clone()]))
            {
                k += 1;
            }
        }
        if k == 0 || k == ws.len() {
            return None;
        }
        self.mention_in(ws[0].start..ws[k - 1].end, false)
    }

    /// Forward content stops where the narrator takes over again: ", but still
    /// lost the election", ", though she acknowledged …" (outside quotations).
    fn cut_narrator_tail(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        // "that it was legal, though unwise", "that the pier is finished, though
        // the paint is wet": after a "that" clause a concession goes on with
        // what was reported (PolNeAR's gold content runs on there more often
        // than it stops), unless a cue or hedge of its own makes it another
        // attribution.
        let reported = s.starts_with("that ");
        let other_report = |k: usize| {
            !within(&self.scan.cues, &(r.start + k..r.end)).is_empty()
                || !within(&self.scan.hedges, &(r.start + k..r.end)).is_empty()
        };
        // A non-restrictive relative clause or another source's cue after a comma
        // is the writer's aside: ", which he believes …", ", according to a tally".
        // Each opener has one comma, its first byte: the earliest opener is at
        // the first comma that one follows (one walk, not a search per opener).
        let cut = s.match_indices(',').map(|(k, _)| k).find(|&k| {
            k > 0
                && (s[k..].starts_with(", according to ")
                    || [", though ", ", although ", ", even though "]
                        .iter()
                        .any(|t| s[k..].starts_with(t))
                        && (!reported || other_report(k))
                    || s[k..].starts_with(", but ")
                        && (self.new_subject_at(r.start + k + 6, r.end)
                            || !self.clausal(r.start..r.start + k)
                            // "…, but appeared to betray her concern": a cue or
                            // hedge of its own makes another attribution.
                            || other_report(k)))
                && !self.seg.in_quote(r.start + k)
        });
        let r = match cut {
            Some(k) => content_trim(self, r.start..r.start + k),
            None => r,
        };
        self.cut_trailing_time(self.cut_trailing_manner(self.cut_object_tail(r)))
    }

    /// "pushed back on those charges and has worked behind the scenes",
    /// "considers himself an immigrant even though he …": after an object (no
    /// reported clause before it) a second predicate or a concession goes on
    /// with the cue's subject, not with what was said. Adverbial clauses
    /// ("after …", "until …") stay: PolNeAR's gold content keeps them about as
    /// often as not.
    fn cut_object_tail(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        if s.starts_with(['“', '"', '‘']) || s.starts_with("''") || s.starts_with("to ") {
            return r;
        }
        let mut ws = Words::new(self.text, r.clone()).peekable();
        // "he’s a counterpuncher …", "it’s important …": a subject opens a clause.
        if let Some(first) = ws.next() {
            let lf = lower(&self.text[first]);
            let head = lf.split(['\'', '’']).next().unwrap_or("");
            if [
                "he", "she", "it", "they", "we", "i", "you", "there", "what", "who",
            ]
            .contains(&head)
            {
                return r;
            }
        }
        while let Some(w) = ws.next() {
            let lw = lower(&self.text[w.clone()]);
            let comma = self.text[..w.start].trim_end().ends_with(',');
            let opens = match lw.as_str() {
                "and" => ws.peek().is_some_and(|n| {
                    let ln = lower(&self.text[n.clone()]);
                    ["has", "have", "had", "is", "was"].contains(&ln.as_str())
                }),
                "even" => ws.peek().is_some_and(|n| {
                    ["though", "as"].contains(&lower(&self.text[n.clone()]).as_str())
                }),
                _ => false,
            };
            if !opens {
                continue;
            }
            let before = content_trim(self, r.start..w.start);
            let before = if comma {
                before.start
                    ..self.text[..before.end]
                        .trim_end()
                        .trim_end_matches(',')
                        .len()
            } else {
                before
            };
            if self.seg.in_quote(w.start)
                || self.text[before.clone()].contains([',', ';', '“', '"', '”'])
                || self.clausal(before.clone())
                || Words::new(self.text, before.clone())
                    .any(|b| SUBORDINATORS.contains(&lower(&self.text[b]).as_str()))
            {
                return r;
            }
            return content_trim(self, before);
        }
        r
    }

    /// "endorsed Mr. Sanders in December", "rejected Trump's offer Tuesday": a
    /// time after a short object dates the cue, not the content. In a reported
    /// clause ("that he would run in 2020") it is part of what was said.
    fn cut_trailing_time(&self, r: Range<usize>) -> Range<usize> {
        // On the stack: called for every content.
        let mut buf: [Range<usize>; 9] = Default::default();
        let mut n = 0;
        for w in Words::new(self.text, r.clone()).take(9) {
            buf[n] = w;
            n += 1;
        }
        let ws = &buf[..n];
        if ws.len() < 2 || ws.len() > 8 || self.clausal(r.clone()) {
            return r;
        }
        let text = self.text;
        let is_day = |w: &Range<usize>| WEEKDAYS.contains(&lower(&text[w.clone()]).as_ref());
        let at = (1..ws.len()).find(|&k| {
            ws[..k].len() <= 4
                && !text[ws[k - 1].end..ws[k].start].contains([',', '“', '"', '”', '('])
                && (time_phrase_len(text, &ws[k..]) == Some(ws.len() - k)
                    || is_day(&ws[k])
                        && (k + 1 == ws.len()
                            || k + 2 == ws.len()
                                && TIME_WORDS.contains(&lower(&text[ws[k + 1].clone()]).as_ref())))
        });
        // "supporters on Monday evening": the preposition goes with the day.
        let at = at.map(|k| {
            if k > 1
                && ["on", "by", "since", "until"]
                    .contains(&lower(&text[ws[k - 1].clone()]).as_str())
            {
                k - 1
            } else {
                k
            }
        });
        match at {
            Some(k) if !self.seg.in_quote(ws[k].start) => content_trim(self, r.start..ws[k].start),
            _ => r,
        }
    }

    /// "His final assessment: “It’s not quite optimistic,” he said": the
    /// writer's lead-in before a colon is no part of the quotation the speaker
    /// tag attributes (on PolNeAR train the gold content starts at the
    /// quotation 20 times in 23).
    fn quotation_after_lead(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        if s.starts_with(['“', '"', '‘']) || s.starts_with("''") {
            return r;
        }
        let Some(k) = s.find(':') else {
            return r;
        };
        let at = skip_blank(self.text, r.start + k + 1, r.end);
        let opens =
            self.text[at..r.end].starts_with(['“', '"']) || self.text[at..r.end].starts_with("''");
        // A cue word in the lead-in ("Trump asserted that France had lost its
        // identity: “…”") makes it a report of its own, which the quotation
        // illustrates.
        let reports = Words::new(self.text, r.start..r.start + k).any(|w| self.is_cue_word(w));
        if self.seg.in_quote(r.start + k) || !opens || at == r.start + k + 1 || reports {
            return r;
        }
        at..r.end
    }

    /// Is `r` a reported clause ("that the plan failed", "he was not certain")
    /// rather than the object of the cue ("Clinton’s remarks on Thursday")? A
    /// "but" after a clause goes on with it; after an object, with the cue's verb.
    fn clausal(&self, r: Range<usize>) -> bool {
        const FINITE: &[&str] = &[
            "is",
            "are",
            "was",
            "were",
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "does",
            "did",
            "do",
            "isn’t",
            "wasn’t",
            "won’t",
            "didn’t",
            "doesn’t",
            "don’t",
            "can’t",
            "isn't",
            "wasn't",
            "won't",
            "didn't",
            "doesn't",
            "don't",
            "can't",
        ];
        let s = self.text[r.clone()].trim_start();
        if s.starts_with(['“', '"', '‘']) || s.starts_with("''") {
            return true;
        }
        let mut ws = Words::new(self.text, r);
        let Some(first) = ws.next() else {
            return false;
        };
        let lf = lower(&self.text[first]);
        lf == "that"
            || ws.any(|w| {
                let lw = lower(&self.text[w]);
                FINITE.contains(&lw.as_str()) || lw.ends_with("ed") && lw.len() > 4
            })
    }

    /// Does a clause with a subject of its own open at `pos` ("…, but the
    /// address is a used-car lot", "…, but if he did")? Not a second predicate
    /// of the reported clause ("…, but planned to follow it", "…, but not until
    /// …", "…, but that her activity …"), which the source still says.
    fn new_subject_at(&self, pos: usize, end: usize) -> bool {
        let Some(w) = Words::new(self.text, pos..end).next() else {
            return false;
        };
        let t = &self.text[w];
        let lw = lower(t);
        starts_upper(t)
            || DETERMINERS.contains(&lw.as_str())
            || QUANTIFIERS.contains(&lw.as_str())
            || ["he", "she", "it", "they", "we", "i", "you", "there", "this"].contains(&lw.as_str())
            || (SUBORDINATORS.contains(&lw.as_str()) && lw != "that")
            || PREPOSITIONS.contains(&lw.as_str())
    }

    /// "… the deal was a mistake in a tweet", "… on Fox News Sunday": a closing
    /// phrase that says how or where it was said is the frame's, not the claim's.
    fn cut_trailing_manner(&self, r: Range<usize>) -> Range<usize> {
        // Only the last eleven words can matter (eight back, three before):
        // read backwards rather than splitting the whole content.
        // Filled from the back, on the stack.
        let mut buf: [Range<usize>; 11] = Default::default();
        let mut first = 11;
        let mut end = r.end;
        while first > 0
            && let Some(w) = last_word_in(self.text, r.start, end)
        {
            end = w.start;
            first -= 1;
            buf[first] = w;
        }
        let ws = &buf[first..];
        let n = ws.len();
        for back in 2..=8.min(n.saturating_sub(3)) {
            let k = n - back;
            let w = lower(&self.text[ws[k].clone()]);
            if !["in", "on", "during", "at", "via", "through"].contains(&w.as_str()) {
                continue;
            }
            let tail = &ws[k + 1..];
            let phrase = &self.text[ws[k].start..r.end];
            if self.seg.in_quote(ws[k].start) || phrase.contains([',', '"', '“', '”']) {
                return r;
            }
            let manner = tail
                .iter()
                .any(|t| MANNER_HEADS.contains(&lower(&self.text[t.clone()]).as_str()));
            // "on Fox News", "on CNN's State of the Union": a broadcast named.
            let outlet = w == "on"
                && within(&self.scan.outlets, &(ws[k + 1].start..r.end))
                    .first()
                    .is_some_and(|(m, _)| m.start <= ws[(k + 2).min(n - 1)].start);
            if manner || outlet {
                return content_trim(self, r.start..ws[k].start);
            }
        }
        r
    }

    /// A relative pronoun ("who", "which") ending the region before a cue, adverbs
    /// and auxiliaries skipped: "a consultant who later said", "the poll, which
    /// found".
    fn relative_pronoun(&self, floor: usize, region: Range<usize>) -> Option<Range<usize>> {
        let mut end = region.end;
        while let Some(w) = last_word(self.text, region.start, end) {
            let lw = lower(&self.text[w.clone()]);
            if lw == "who" || lw == "which" || lw == "that" && self.that_relative(floor, w.start) {
                // "Who said it?" opens a question, not a relative clause.
                return self.text[floor..w.start]
                    .chars()
                    .any(char::is_alphanumeric)
                    .then_some(w);
            }
            if !self.lex(LexiconClass::SkipAdverb, &lw) && !BE.contains(&lw.as_str()) {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// Does "that" at `at` open a relative clause on a document: "entrance poll
    /// results that show", "a report that found"? After a verb ("said that") it
    /// is a complementizer; after a person or a group it rarely opens an
    /// attribution that annotators mark.
    fn that_relative(&self, floor: usize, at: usize) -> bool {
        last_word(self.text, floor, at).is_some_and(|w| self.text[w.end..at].chars().all(is_blank))
            && self.relative_antecedent(floor, at) == RelAntecedent::Source(SourceKind::Document)
    }

    /// What a relative pronoun at `at` refers to, by the word before it.
    fn relative_antecedent(&self, floor: usize, at: usize) -> RelAntecedent {
        let text = self.text;
        let Some(w) = last_word(text, floor, at) else {
            return RelAntecedent::Other;
        };
        let t = &text[w.clone()];
        let lw = lower(t);
        if starts_upper(t) {
            return RelAntecedent::Name;
        }
        if [
            "those", "anyone", "someone", "others", "everyone", "many", "some",
        ]
        .contains(&lw.as_str())
        {
            return RelAntecedent::Those;
        }
        if QUANTITIES.contains(&lw.as_str())
            || lw.ends_with('%')
            || lw.chars().all(|c| c.is_ascii_digit() || c == ',')
        {
            return RelAntecedent::Quantity;
        }
        if let Some((_, idx)) = within(&self.scan.sources, &(w.start.saturating_sub(80)..w.end))
            .iter()
            .find(|(m, _)| m.start <= w.start && m.end >= w.end)
        {
            return RelAntecedent::Source(self.engine.sources[*idx].kind);
        }
        if plural_noun(t) {
            return RelAntecedent::Plural;
        }
        RelAntecedent::Other
    }

    /// What a relative clause's cue reports: up to the clause's comma or dash
    /// ("Sanders, who wants to raise the minimum wage, spoke first"; "the group -
    /// which has endorsed Sanders - said"), short of a second verb of the clause
    /// ("who had opposed a similar effort and once again did not like …").
    /// `object`: the cue takes an object rather than a reported clause.
    fn relative_content(
        &self,
        pron: Range<usize>,
        rest: Range<usize>,
        object: bool,
    ) -> Range<usize> {
        let text = self.text;
        let mut r = self.upto_clause_comma(rest);
        // A spaced hyphen ends the clause unless a second one pairs with it
        // around an aside ("that such a position - unheard of until now - would").
        let dashes: Vec<usize> = text[r.clone()]
            .match_indices(" - ")
            .map(|(k, _)| r.start + k)
            .filter(|&k| !self.seg.in_quote(k))
            .collect();
        let opened_by_dash = text[..pron.start].trim_end().ends_with(" -");
        if let Some(&k) = dashes.first()
            && (opened_by_dash || dashes.len() == 1)
        {
            r = content_trim(self, r.start..k);
        }
        let ws: Vec<Range<usize>> = Words::new(text, r.clone()).collect();
        // A reported clause ("who said he left but was intimidated") keeps its
        // own coordination.
        let clausal = ws.first().is_some_and(|w| {
            matches!(
                lower(&text[w.clone()]).as_str(),
                "that" | "he" | "she" | "they" | "it" | "we" | "i" | "you"
            )
        }) || bare_clause(text, r.clone());
        let second_verb = (1..ws.len().saturating_sub(1)).find(|&k| {
            let conj = lower(&text[ws[k].clone()]);
            let next = &text[ws[k + 1].clone()];
            let ln = lower(next);
            (conj == "and" || conj == "but")
                && !self.seg.in_quote(ws[k].start)
                && (["who", "which", "whom"].contains(&ln.as_str())
                    || object
                        && !clausal
                        && ([
                            "is", "was", "are", "were", "has", "had", "have", "did", "does",
                            "will", "would", "could", "can", "once", "then", "later", "now",
                        ]
                        .contains(&ln.as_str())
                            || first_lower(next) && ln.ends_with("ed") && ln.len() > 4
                            || within(&self.scan.cues, &ws[k + 1])
                                .first()
                                .is_some_and(|(m, _)| m.start == ws[k + 1].start)))
        });
        if let Some(k) = second_verb {
            r = content_trim(self, r.start..ws[k].start);
        }
        r
    }

    /// `r` up to its first comma, dash or semicolon outside a quotation.
    fn upto_clause_comma(&self, r: Range<usize>) -> Range<usize> {
        self.upto_comma(r, &[',', ';', '—', '–'])
    }

    /// Up to the first of `marks` outside a quotation; a comma inside a
    /// number ("2,400") is none.
    fn upto_comma(&self, r: Range<usize>, marks: &[char]) -> Range<usize> {
        let s = &self.text[r.clone()];
        let b = s.as_bytes();
        let cut = s
            .match_indices(marks)
            .map(|(k, _)| k)
            .filter(|&k| {
                !(b[k] == b','
                    && k > 0
                    && b[k - 1].is_ascii_digit()
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit))
            })
            .find(|k| *k > 0 && !self.seg.in_quote(r.start + k));
        match cut {
            Some(k) => content_trim(self, r.start..r.start + k),
            None => r,
        }
    }

    /// The subject before an appositive that ends at the comma `c1`:
    /// "Dana Whitfield, the council clerk, said", "Dr. Alan Reyes, a former U.S. Army surgeon, told".
    /// Returns the subject and where the content before it ends (the clause
    /// boundary before the subject: "“…,” Graham, a former candidate, told").
    fn appositive_subject(&self, floor: usize, c1: usize) -> Option<(Mention, Option<usize>)> {
        self.appositive_subject_at(floor, c1, 2)
    }

    /// `depth` appositives may stack: "Marley Anderson, 21, a junior from Las Vegas, said".
    fn appositive_subject_at(
        &self,
        floor: usize,
        c1: usize,
        depth: usize,
    ) -> Option<(Mention, Option<usize>)> {
        // "Other prominent Republicans, like Richard Armitage, Henry Paulson and
        // Brent Scowcroft, have said": a list of examples is one appositive,
        // whatever commas it holds.
        if let Some(k) = [", like ", ", including ", ", such as "]
            .iter()
            .filter_map(|p| self.text[floor..c1].rfind(p))
            .max()
            .map(|k| floor + k)
            && Words::new(self.text, k..c1).take(16).count() < 16
            && !self.text[k + 1..c1].contains([';', '“', '”', '"'])
            && let (rs3, boundary) = self.clause_back(floor, k)
            && let Some(m) = self.mention_in(rs3..k, false)
            && !m.pronoun
        {
            return Some((m, boundary));
        }
        let (rs2, ce2) = self.clause_back(floor, c1);
        // The appositive opens with the mark that closes it: a comma or a dash.
        let mark = self.text[c1..].chars().next()?;
        let mut ce2 = ce2.filter(|c| self.text[*c..].starts_with(mark))?;
        let mut rs2 = rs2;
        let mut appos: Vec<_> = Words::new(self.text, rs2..c1).take(25).collect();
        // A place inside the appositive has commas of its own: "a salesman from
        // Sumter, South Carolina,". Step back over it.
        if appos.len() <= 3
            && appos.iter().all(|w| starts_upper(&self.text[w.clone()]))
            && let (rs, Some(ce)) = self.clause_back(floor, ce2)
            && self.text[ce..].starts_with(',')
            && Words::new(self.text, rs..ce2).take(2).count() > 0
        {
            rs2 = rs;
            ce2 = ce;
            appos = Words::new(self.text, rs2..c1).take(25).collect();
        }
        let first = appos.first()?;
        let fw = lower(&self.text[first.clone()]);
        // "Cement makers, for instance, argue", "Trump, in Kentucky, said": a
        // short adverbial aside leaves the subject before it, whatever its kind.
        if appos.len() <= 5
            && adverbial_aside(self.text, rs2..c1)
            && !self.text[rs2..c1].contains(['“', '"', '”'])
        {
            let (rs3, boundary) = self.clause_back(floor, ce2);
            if let Some(m) = self.mention_in(rs3..ce2, false) {
                return Some((m, boundary));
            }
        }
        // "who spoke on condition of anonymity because ..." may run long.
        let limit = if fw == "who" { 24 } else { 16 };
        // "Quina Jones, 25, said": an age is an appositive too.
        let age = appos.len() == 1 && fw.chars().all(|c| c.is_ascii_digit());
        let determiners = [
            "a", "an", "the", "his", "her", "their", "its", "who", "whose", "which", "one",
        ];
        // "John Archer, wearing a Canova T-shirt, said", "A Fox News poll, conducted
        // jointly with …, shows": a participle phrase too.
        let participle = (fw.ends_with("ing") || fw.ends_with("ed"))
            && fw.len() > 5
            && first_lower(&self.text[first.clone()]);
        // "Rep. Chris Collins, R-NY, says": a party and state.
        let party = appos.len() <= 3 && {
            let t = &self.text[first.clone()];
            t.len() >= 3 && t.starts_with(['R', 'D', 'I']) && t[1..].starts_with('-')
        };
        let looks_appositive = age
            || party
            || participle && appos.len() <= limit
            || appos.len() <= limit
                && (determiners.contains(&fw.as_str()) || self.lex(LexiconClass::TitleWord, &fw));
        let (rs3, boundary) = self.clause_back(floor, ce2);
        let before = self.mention_in(rs3..ce2, false);
        // "Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus, said":
        // after a person's name, a short lower-case phrase is an appositive too.
        // "Christie, New Jersey’s sitting governor, repeated": or a possessive
        // title.
        let possessive_title = appos.len() <= 6
            && appos.iter().any(|w| {
                let t = &self.text[w.clone()];
                t.ends_with("’s") || t.ends_with("'s") || t.ends_with("s’") || t.ends_with("s'")
            })
            && appos
                .last()
                .is_some_and(|w| first_lower(&self.text[w.clone()]));
        let after_name = before
            .as_ref()
            .is_some_and(|m| m.kind == SourceKind::Person && !m.pronoun)
            && appos.len() <= 12
            && (first_lower(&self.text[first.clone()]) || possessive_title);
        if !looks_appositive && !after_name {
            return None;
        }
        match before {
            // "Felicia Wong, president of the Roosevelt Institute, a progressive
            // think tank, applauded": a title phrase before the appositive is an
            // appositive itself, of the name before it.
            Some(m)
                if depth > 1
                    && !m.pronoun
                    && first_lower(&self.text[m.range.clone()])
                    && let Some(found) = self.appositive_subject_at(floor, ce2, depth - 1) =>
            {
                Some(found)
            }
            Some(m) => (!m.pronoun).then_some((m, boundary)),
            None if depth > 1 => self.appositive_subject_at(floor, ce2, depth - 1),
            None => None,
        }
    }

    /// Does a speaker follow the cue at `pos` ("said Maria Lopez", "said the
    /// official")? "…, said that the emails …" has its speaker before the commas.
    fn speaker_after(&self, pos: usize, end: usize) -> bool {
        Words::new(self.text, pos..end).next().is_some_and(|w| {
            let lw = lower(&self.text[w.clone()]);
            // "said in a statement", "said last week": an adjunct, not a speaker.
            let adjunct = PREPOSITIONS.contains(&lw.as_str())
                || WEEKDAYS.contains(&lw.as_str())
                || TIME_WORDS.contains(&lw.as_str())
                || ["last", "next", "earlier", "later"].contains(&lw.as_str());
            self.text[pos..w.start].chars().all(is_blank)
                // "…, have also said they’re supporting Clinton": a pronoun with a
                // contracted verb opens a clause.
                && !matches!(
                    &lw[..lw.len() - has_contraction(&lw).unwrap_or(0)],
                    "that" | "it" | "this" | "he" | "she" | "they" | "we" | "i" | "there" | "you"
                )
                && !adjunct
                // "…, said the campaign has just opened": a finite verb before any
                // relative pronoun makes what follows a clause, not a speaker.
                && !self.finite_clause(w.start..self.phrase_stop(w.start, end))
        })
    }

    /// The subject that opens a chain of comma- or dash-separated phrases ending at
    /// `c1`: the first phrase that is a named source or a pronoun, at most four
    /// phrases and 40 words back ("Noah Oppenheim, the NBC executive in charge of
    /// ''Today,'' reminded"). Returns where the mention starts, the mention, and the
    /// clause boundary before it.
    fn comma_chain_subject(
        &self,
        floor: usize,
        c1: usize,
    ) -> Option<(usize, Mention, Option<usize>)> {
        let mut chunks = Vec::new();
        let mut end = c1;
        for _ in 0..4 {
            let (rs, boundary) = self.clause_back(floor, end);
            chunks.push((rs, end, boundary));
            match boundary {
                Some(b) if b > floor => end = b,
                _ => break,
            }
        }
        if Words::new(self.text, chunks.last()?.0..c1).take(41).count() > 40 {
            return None;
        }
        chunks.iter().rev().find_map(|&(rs, e, boundary)| {
            // "Making her way around Chez Vachon,", "In Iowa,": an opener, not a subject.
            let first = lower(&self.text[Words::new(self.text, rs..e).next()?]);
            if first.ends_with("ing") || PREPOSITIONS.contains(&first.as_str()) {
                return None;
            }
            let m = self.mention_in(rs..e, false)?;
            let named = matches!(
                m.kind,
                SourceKind::Person | SourceKind::Outlet | SourceKind::Organization
            ) || m.pronoun;
            // The subject is the whole phrase, not a name inside an opener.
            (named && m.range.start == skip_blank(self.text, rs, e)).then_some((
                m.range.start,
                m,
                boundary,
            ))
        })
    }

    /// A name in apposition after its title, ending at the comma `c1`: "Carter’s
    /// press secretary, Peter Cook, told", "A top strategist, John Weaver, said".
    /// Returns where the whole mention starts, the name, and the clause boundary
    /// before the title.
    fn name_after_title(&self, floor: usize, c1: usize) -> Option<(usize, Mention, Option<usize>)> {
        let (rs2, ce2) = self.clause_back(floor, c1);
        let ce2 = ce2.filter(|c| self.text[*c..].starts_with(','))?;
        let mut name = self.mention_in(rs2..c1, false)?;
        let nwords = Words::new(self.text, rs2..c1).take(7).count();
        // "Two objectors, Jane Doe and John Roe, had challenged": the names are one
        // source together.
        let pair = nwords <= 6
            && Words::new(self.text, rs2..c1).any(|w| &self.text[w] == "and")
            && name.kind == SourceKind::Person;
        if pair {
            name.range = trim(self.text, rs2..c1);
            name.kind = SourceKind::Group;
        } else if name.kind != SourceKind::Person || nwords > 4 {
            return None;
        }
        let (rs3, boundary) = self.clause_back(floor, ce2);
        let title: Vec<_> = Words::new(self.text, rs3..ce2).take(8).collect();
        let first = lower(&self.text[title.first()?.clone()]);
        let possessive = title
            .iter()
            .any(|w| self.text[w.clone()].ends_with("’s") || self.text[w.clone()].ends_with("'s"));
        let titled = title.len() <= 6
            && (DETERMINERS.contains(&first.as_str())
                || QUANTIFIERS.contains(&first.as_str())
                || possessive)
            && title
                .last()
                .is_some_and(|w| first_lower(&self.text[w.clone()]));
        titled.then(|| (title[0].start, name, boundary))
    }

    /// The phrase "In a Tribune poll released Monday," around the head noun
    /// `head`: the opening preposition (one of `opened_by`, opening its sentence or
    /// following a comma, at most seven modifier words before the head) and the
    /// source from after it to the head, or on to the comma through a participle
    /// or a time ("released Monday", "last month").
    fn opened_source(
        &self,
        sent: &Range<usize>,
        head: &Range<usize>,
        opened_by: &[String],
    ) -> Option<(Range<usize>, (Mention, usize))> {
        const MODIFIERS: &[&str] = &[
            "a",
            "an",
            "the",
            "its",
            "their",
            "our",
            "his",
            "her",
            "this",
            "that",
            "these",
            "those",
            "every",
            "each",
            "most",
            "many",
            "some",
            "several",
            "recent",
            "latest",
            "new",
            "newest",
            "earlier",
            "early",
            "late",
            "previous",
            "last",
            "national",
            "nationwide",
            "statewide",
            "state",
            "public",
            "opinion",
            "preference",
            "exit",
            "same",
            "online",
            "separate",
            "internal",
            "independent",
            "own",
            "telephone",
            "phone",
            "two",
            "three",
            "four",
            "five",
            "one",
            "other",
            "all",
            "both",
            "major",
            "daily",
            "weekly",
            "monthly",
            "tracking",
            "private",
            "joint",
            "bipartisan",
        ];
        let text = self.text;
        let mut end = head.start;
        for _ in 0..10 {
            let w = last_word(text, sent.start, end)?;
            // "the latest CNN/ORC poll", "a Quinnipiac University-Marist survey".
            if !text[w.end..end]
                .chars()
                .all(|c| is_blank(c) || matches!(c, '/' | '-' | '&'))
            {
                return None;
            }
            let t = &text[w.clone()];
            if opened_by.iter().any(|o| o.eq_ignore_ascii_case(t)) {
                let before = text[sent.start..w.start].trim_end_matches(is_blank);
                let opens = before.chars().all(|c| !c.is_alphanumeric()) || before.ends_with(',');
                if !opens {
                    return None;
                }
                let mut np = skip_blank(text, w.end, head.end)..head.end;
                let tail: Vec<_> = Words::new(text, head.end..sent.end).take(6).collect();
                if let Some(w0) = tail.first()
                    && let Some(comma) = text[head.end..sent.end].find(',')
                    && tail.iter().filter(|x| x.end <= head.end + comma).count() <= 5
                {
                    let t0 = lower(&text[w0.clone()]);
                    if t0.ends_with("ed")
                        || ["last", "this", "earlier", "taken"].contains(&t0.as_str())
                    {
                        np.end = head.end + comma;
                    }
                }
                let m = Mention {
                    range: np.clone(),
                    kind: SourceKind::Document,
                    outlet: None,
                    pronoun: false,
                };
                return Some((w, (m, np.end)));
            }
            let modifier = MODIFIERS.contains(&lower(t).as_str())
                || t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !modifier {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// The start of a list of names ending at the comma `c0` ("President Obama,
    /// Hillary Clinton,"), and the clause boundary before it. Every item is a short
    /// capitalised phrase; there are at most five.
    fn name_list_before(&self, floor: usize, c0: usize) -> Option<(usize, Option<usize>)> {
        let mut end = c0;
        let mut start = None;
        let mut boundary = None;
        for _ in 0..5 {
            let (rs, ce) = self.clause_back(floor, end);
            let ws: Vec<Range<usize>> = Words::new(self.text, rs..end).take(5).collect();
            let item = !ws.is_empty()
                && ws.len() <= 4
                && ws.iter().all(|w| starts_upper(&self.text[w.clone()]));
            if !item {
                break;
            }
            start = Some(ws[0].start);
            boundary = ce;
            match ce {
                Some(c) if self.text[c..].starts_with(',') => end = c,
                _ => break,
            }
        }
        start.map(|s| (s, boundary))
    }

    /// Where a time phrase ending in the word `w` starts: "on Tuesday", "Tuesday night",
    /// "last week", "earlier this month"; None when `w` ends no time phrase.
    fn time_phrase_before(&self, floor: usize, w: Range<usize>) -> Option<usize> {
        let t = lower(&self.text[w.clone()]);
        let day = WEEKDAYS.contains(&t.as_str());
        let unit = [
            "night",
            "morning",
            "afternoon",
            "evening",
            "week",
            "month",
            "year",
            "weekend",
        ]
        .contains(&t.as_str());
        if !day && !unit {
            return None;
        }
        let mut start = w.start;
        // Up to three words before it that belong to the phrase.
        for _ in 0..3 {
            let Some(p) = last_word(self.text, floor, start) else {
                break;
            };
            let lp = lower(&self.text[p.clone()]);
            let part = [
                "on", "last", "this", "next", "earlier", "later", "late", "early", "that",
            ]
            .contains(&lp.as_str())
                || WEEKDAYS.contains(&lp.as_str());
            if !part {
                break;
            }
            start = p.start;
        }
        // A bare unit ("week") is a time only with a word before it ("last week").
        (day || start < w.start).then_some(start)
    }

    /// Split a subject region into (subject, intermediaries): "the Hamas sources speaking to MEE".
    fn subject_and_via(&self, region: Range<usize>) -> (Option<Mention>, Vec<Mention>) {
        let mut end = region.end;
        let mut negated = false;
        // Trailing adverbs and times: "Axios also", "Witkoff reportedly", "she has",
        // "Clinton on Tuesday", "the senator last week".
        loop {
            let last = last_word(self.text, region.start, end);
            // "he’s said": the pronoun is the subject.
            if let Some(w) = &last
                && self.text[w.end..end].chars().all(is_blank)
                && let Some(n) = has_contraction(&self.text[w.clone()])
            {
                end = w.end - n;
                break;
            }
            match last {
                Some(w)
                    if self.text[region.start..w.start]
                        .chars()
                        .any(char::is_alphanumeric) =>
                {
                    let t = &self.text[w.clone()];
                    if self.lex(LexiconClass::SkipAdverb, t)
                        || self.manner_adverb(region.start, w.clone())
                    {
                        end = w.start;
                    } else if negation_or_modal(t) {
                        negated = true;
                        end = w.start;
                    } else if let Some(k) = self.catenative_before(region.start, w.clone()) {
                        end = k;
                    } else if let Some(k) = self.time_phrase_before(region.start, w.clone()) {
                        // "New polls released Sunday": the time belongs to the participle.
                        if last_word(self.text, region.start, k).is_some_and(|p| {
                            let t = &self.text[p];
                            t.ends_with("ed") && first_lower(t)
                        }) {
                            break;
                        }
                        end = k;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let mut via = Vec::new();
        let seg = &self.text[region.start..end];
        // A via phrase needs a subject before it. Two spaces or more: counted
        // no further than the second.
        let phrases = if seg.bytes().filter(|&b| b == b' ').nth(1).is_some() {
            self.engine.lexicon.via_phrases.as_slice()
        } else {
            &[]
        };
        if let Some((phrase, i)) = first_via_phrase(seg, phrases) {
            let vstart = region.start + i + phrase.len();
            if let Some(m) = self.mention_in(vstart..end, false) {
                via.push(m);
                end = region.start + i;
            }
        }
        let subject = self.mention_in(region.start..end, false).or_else(|| {
            // "… and she accused", "at the town hall this week she said", "who he
            // blasted as": a subject pronoun after a conjunction or a time is the
            // verb's subject, whatever stands before. After a noun ("the scene she
            // described") or a cue ("said she worries") it rarely makes a claim.
            let w = last_word(self.text, region.start, end)?;
            let t = lower(&self.text[w.clone()]);
            let before = last_word(self.text, region.start, w.start)?;
            let b = lower(&self.text[before.clone()]);
            let opener = ["and", "but", "or", "yet", "who", "whom", "online"].contains(&b.as_str())
                || WEEKDAYS.contains(&b.as_str())
                || TIME_WORDS.contains(&b.as_str());
            (["he", "she", "they", "we", "i"].contains(&t.as_str())
                && opener
                && self.text[before.end..w.start].chars().all(is_blank)
                && self.text[w.end..end].chars().all(is_blank))
            .then(|| self.mention_in(w, false))
            .flatten()
        });
        // "Clinton, who did not explicitly say that …": a relative clause that
        // denies the report is background, not the speaker's claim.
        let subject = subject.filter(|m| {
            !negated
                || !matches!(
                    lower(&self.text[m.range.clone()]).as_str(),
                    "who" | "which" | "that"
                )
        });
        (subject, via)
    }

    /// Is the frame at `frame_start` the subject of an adverbial clause opening
    /// the sentence ("While she said …, the board …", "Although Trump claims …")?
    fn opens_adverbial_clause(&self, sent_start: usize, frame_start: usize) -> bool {
        const OPENERS: &[&str] = &[
            "while", "although", "though", "because", "whereas", "if", "unless", "since",
        ];
        // The first three words, without a Vec: called for every frame.
        let mut ws = Words::new(self.text, sent_start..frame_start).map(|w| lower(&self.text[w]));
        match (ws.next(), ws.next(), ws.next()) {
            (Some(w), None, _) => OPENERS.contains(&w.as_str()),
            // "But while she said …"
            (Some(c), Some(w), None) => {
                ["but", "and", "yet", "so"].contains(&c.as_str()) && OPENERS.contains(&w.as_str())
            }
            _ => false,
        }
    }

    /// The end of an appositive or relative clause right after a speaker
    /// named after the cue: ", a University of Washington professor",
    /// ", who was a co-chair of the campaign", " (D-Md.)". Not a participle,
    /// a time or a quotation: ", adding that", ", on Monday", ", “…”".
    fn appositive_after(&self, end: usize, sent_end: usize) -> Option<usize> {
        let text = self.text;
        let rest = &text[end..sent_end];
        // A party tag in parentheses: "Elijah Cummings (D-Md.)".
        let lead = rest.len() - rest.trim_start_matches(is_blank).len();
        let paren = rest[lead..].strip_prefix('(').and_then(|r| {
            let k = r.find(')')?;
            (k <= 12 && !r[..k].contains(' ')).then(|| end + lead + 1 + k + 1)
        });
        let from = paren.unwrap_or(end);
        let Some(tail) = text[from..sent_end].strip_prefix(", ") else {
            return paren;
        };
        let start = from + 2;
        let first = Words::new(text, start..sent_end).next()?;
        if first.start != start {
            return paren;
        }
        let w = lower(&text[first.clone()]);
        // Any noun phrase or relative clause opens an appositive ("a professor",
        // "head of policy at", "Mrs. Clinton's aide", "70, a retired teacher");
        // a preposition, conjunction, adverb or time does not.
        let opens = !(PREPOSITIONS.contains(&w.as_str())
            || [
                "and",
                "but",
                "or",
                "so",
                "as",
                "according",
                "which",
                "that",
                "citing",
            ]
            .contains(&w.as_str())
            || WEEKDAYS.contains(&w.as_str())
            || TIME_WORDS.contains(&w.as_str())
            || w.ends_with("ly") && first_lower(&text[first.clone()])
            || self.lex(LexiconClass::Pronoun, &w) && w != "who");
        // Participles used as adjectives of a title are no verbs: "managing director".
        let title_participle = [
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
        ]
        .contains(&w.as_str());
        let verbal = (w.ends_with("ing") || w.ends_with("ed")) && !title_participle;
        if !opens || verbal || tail.starts_with(['“', '"', '‘', '\'']) {
            return paren;
        }
        // The appositive runs on through further commas ("a nurse from Brownsville,
        // Texas, who was polled") to the sentence end, but not into a participle,
        // a preposition or a quotation after a comma ("…, adding that", "…, in an
        // interview", "…, “We …”"), and no further than 30 words.
        let mut stop = self.phrase_stop(start, sent_end);
        while text[stop..sent_end].starts_with(", ") {
            let next = stop + 2;
            let Some(w) = Words::new(text, next..sent_end).next() else {
                break;
            };
            let lw = lower(&text[w.clone()]);
            if w.start != next
                || lw.ends_with("ing")
                || lw.ends_with("ed")
                || PREPOSITIONS.contains(&lw.as_str())
                || ["and", "but", "or", "so"].contains(&lw.as_str())
            {
                break;
            }
            stop = self.phrase_stop(next, sent_end);
        }
        let n = Words::new(text, start..stop).take(31).count();
        (1..=30)
            .contains(&n)
            .then(|| trim(text, start..stop).end)
            .or(paren)
    }

    /// The subject of a subordinate clause inside a longer region: "… with other
    /// aides when a member of the family", "The move may come as Trump". Only
    /// where the words before the subordinator make a clause of their own.
    fn inner_subordinate_subject(&self, region: Range<usize>) -> Option<Mention> {
        const INNER: &[&str] = &[
            "when", "because", "as", "after", "before", "while", "since", "although", "though",
            "whereas", "amid", "until", "unless", "whom", "what",
        ];
        let ws = words(self.text, region.clone());
        let k = ws
            .iter()
            .rposition(|w| INNER.contains(&lower(&self.text[w.clone()]).as_str()))?;
        // Only inside the region, with at least two words before it: "as well as"
        // and "such as" join nouns.
        if k < 2 || k + 1 >= ws.len() || ws.len() - k - 1 > 5 {
            return None;
        }
        let before = lower(&self.text[ws[k - 1].clone()]);
        if ["well", "such", "so", "just"].contains(&before.as_str()) {
            return None;
        }
        let (m, _) = self.subject_and_via(ws[k + 1].start..region.end);
        m
    }

    /// A quotation that resumes after a speaker tag and a short adjunct: in
    /// `rest` (what follows the speaker or cue), a comma or colon then an opening
    /// mark, with at most a dozen words before it and no cue among them.
    fn resumed_quotation(&self, rest: Range<usize>) -> Option<Range<usize>> {
        let s = &self.text[rest.clone()];
        if s.starts_with(['“', '"']) || s.starts_with("''") {
            return Some(rest);
        }
        let k = [", “", ", \"", ", ''", ": “", ": \"", ": ''"]
            .iter()
            .filter_map(|p| s.find(p))
            .min()?;
        let gap = rest.start..rest.start + k;
        let ws: Vec<_> = Words::new(self.text, gap).take(13).collect();
        if ws.len() > 12 || ws.iter().any(|w| self.is_cue_word(w.clone())) {
            return None;
        }
        let tail = content_trim(self, rest.start + k + 1..rest.end);
        self.text[tail.clone()]
            .chars()
            .any(char::is_alphanumeric)
            .then_some(tail)
    }

    /// "“…,” McCain said, citing low growth", "“…,” he said, adding that …": a
    /// participle cue after the speaker tag reports on its own and carries its
    /// own content; the quotation's content ends at the tag (on PolNeAR train
    /// 138 of 145 participles after a tag lie outside the quotation's gold
    /// content). A participle that is no cue ("repeating a refrain") stays:
    /// PolNeAR often annotates it as content.
    fn narration_after_tag(&self, tail: Range<usize>) -> bool {
        let Some(wr) = Words::new(self.text, tail).next() else {
            return false;
        };
        let w = lower(&self.text[wr.clone()]);
        w.len() > 4 && w.ends_with("ing") && self.is_cue_word(wr)
    }

    /// Does a finite auxiliary stand in the phrase before any relative pronoun
    /// ("the campaign has just opened", but not "an official who has worked")?
    fn finite_clause(&self, r: Range<usize>) -> bool {
        const AUX: &[&str] = &[
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can",
            "should", "may", "might", "must", "did", "does", "do",
        ];
        for w in Words::new(self.text, r).skip(1) {
            let lw = lower(&self.text[w]);
            if ["who", "whom", "whose", "that", "which"].contains(&lw.as_str()) {
                return false;
            }
            if AUX.contains(&lw.as_str()) {
                return true;
            }
        }
        false
    }

    /// Past the listener of a cue that takes one ("told MEE that", "telling his
    /// aides that", "urging the council to"): returns where the content may
    /// start, and an outlet standing as listener, which is an intermediary.
    fn past_listener(
        &self,
        cue_end: usize,
        mut after: usize,
        sent_end: usize,
    ) -> (usize, Option<Mention>) {
        let text = self.text;
        let mut outlet = None;
        // "told MEE that", "told the Hamas officials that", "told reporters".
        let ws: Vec<_> = Words::new(text, after..sent_end).take(10).collect();
        if let Some(first) = ws.first()
            && text[after..first.start].chars().all(is_blank)
        {
            if let Some((m, i)) = within(&self.scan.outlets, &(first.start..sent_end))
                .first()
                .map(|x| (x.0.clone(), x.1))
                && m.start == first.start
            {
                outlet = Some(Mention {
                    range: m.clone(),
                    kind: SourceKind::Outlet,
                    outlet: Some(i),
                    pronoun: false,
                });
                after = m.end;
            }
            // Up to "that" (or "how", "whether", …) within nine words, past
            // an outlet too, else one short noun phrase: "told Breitbart News
            // Daily host Alex Marlow on Thursday how surprised he is".
            let upto = ws.iter().take(10).position(|w| {
                ["that", "how", "whether", "why", "what", "if"]
                    .contains(&lower(&text[w.clone()]).as_str())
            });
            if let Some(k) = upto.filter(|k| *k > 0) {
                let gap_clean = text[first.start..ws[k].start]
                    .chars()
                    .all(|c| !matches!(c, ',' | ';' | '“' | '"'));
                if gap_clean && ws[k].start >= after {
                    after = ws[k - 1].end;
                }
            } else if after == cue_end {
                let w0 = lower(&text[first.clone()]);
                if RECIPIENT_WORDS.contains(&w0.as_str()) {
                    after = first.end;
                } else if DETERMINERS.contains(&w0.as_str()) && ws.len() > 1 {
                    after = ws[1].end;
                } else if starts_upper(&text[first.clone()]) {
                    let mut k = 0;
                    while k + 1 < ws.len()
                        && starts_upper(&text[ws[k + 1].clone()])
                        && text[ws[k].end..ws[k + 1].start].chars().all(is_blank)
                    {
                        k += 1;
                    }
                    after = ws[k].end;
                }
            }
        }
        (after, outlet)
    }

    /// Past a participle's listener, but only before a clause or a quotation:
    /// gold keeps the listener of an infinitive ("urging him to bow out", 5 of
    /// 7 on PolNeAR train), and an object is no listener ("telling the story
    /// of …", "telling their family stories"). An outlet as listener is always
    /// skipped, as an intermediary.
    fn listener_before_clause(&self, cue_end: usize, sent_end: usize) -> (usize, Option<Mention>) {
        let text = self.text;
        let (end, outlet) = self.past_listener(cue_end, cue_end, sent_end);
        let fallback = outlet.as_ref().map_or(cue_end, |m| m.range.end);
        let next = skip_blank(text, skip_adjuncts(text, end, sent_end), sent_end);
        let tail = &text[next..sent_end];
        let quote_at = tail
            .strip_prefix([',', ':'])
            .map_or(next, |t| sent_end - t.trim_start_matches(is_blank).len());
        let quoted = text[quote_at..sent_end].starts_with(['“', '"', '‘'])
            || text[quote_at..sent_end].starts_with("''");
        let clause = Words::new(text, next..sent_end).next().is_some_and(|w| {
            [
                "that", "whether", "why", "how", "what", "if", "he", "she", "it", "they", "we",
                "i", "you", "there",
            ]
            .contains(&lower(&text[w]).as_str())
        });
        let skipped = &text[cue_end..end];
        let plain = !Words::new(text, cue_end..end).any(|w| lower(&text[w]) == "to")
            && !skipped.contains(['“', '"', '”'])
            && !skipped.contains("''");
        if end > cue_end && plain && (quoted || clause) {
            (if quoted { quote_at } else { end }, outlet)
        } else {
            (fallback, outlet)
        }
    }

    /// The noun phrase between "with" and a participle: "with 22 percent saying",
    /// "with three in 10 calling". At most six words, no comma.
    fn with_subject(&self, floor: usize, cue_start: usize) -> Option<Mention> {
        let ws: Vec<_> = Words::new(self.text, floor..cue_start).collect();
        let k = ws
            .iter()
            .rposition(|w| lower(&self.text[w.clone()]) == "with")?;
        let n = ws.len() - k - 1;
        if n == 0 || n > 6 || self.text[ws[k].end..cue_start].contains([',', ';', '“', '"']) {
            return None;
        }
        self.mention_in(ws[k + 1].start..cue_start, false)
            .filter(|m| {
                let t = &self.text[m.range.clone()];
                m.kind != SourceKind::Unknown
                    || t.contains("percent")
                    || t.contains('%')
                    || t.chars().any(|c| c.is_ascii_digit())
            })
    }

    /// The noun phrase a participle modifies when its head says something or
    /// is a body of people who do: "a sign saying", "ads attacking", "the
    /// proportion of GOP primary voters saying". `Shared` where the head is a
    /// document its issuer put out ("issued a statement saying", "her email
    /// asking"): the participle then speaks for the clause's subject.
    fn noun_subject(&self, floor: usize, cue_start: usize) -> Option<NounSubject> {
        // On PolNeAR train, participles after these heads are attributions two
        // times in three; after any noun, fewer than one time in two.
        const ISSUED: &[&str] = &[
            "statement",
            "statements",
            "release",
            "letter",
            "letters",
            "email",
            "emails",
            "tweet",
            "tweets",
            "post",
            "memo",
            "message",
            "messages",
            "note",
            "op-ed",
        ];
        const SHOWN: &[&str] = &[
            "ad",
            "ads",
            "advertisement",
            "video",
            "videos",
            "petition",
            "report",
            "reports",
            "sign",
            "signs",
            "placard",
            "placards",
            "speech",
            "speeches",
            "editorial",
            "column",
            "article",
            "articles",
            "stories",
            "banner",
            "banners",
            "remarks",
            "comments",
            "website",
            "resolution",
            "lawsuit",
            "lawsuits",
            "complaint",
            "filing",
            "chart",
            "mailer",
            "mailers",
            "flier",
            "fliers",
            "rhetoric",
            "item",
            "commercial",
            "commercials",
            "billboard",
            "billboards",
            "calls",
        ];
        const PEOPLE: &[&str] = &[
            "voters",
            "supporters",
            "candidates",
            "members",
            "republicans",
            "democrats",
            "respondents",
            "protesters",
            "demonstrators",
            "critics",
            "activists",
            "residents",
            "americans",
            "delegates",
            "percent",
            "conservatives",
            "liberals",
            "independents",
            "evangelicals",
            "caucusgoers",
            "caucus-goers",
            "participants",
            "hispanics",
            "latinos",
            "staffers",
        ];
        let head = last_word(self.text, floor, cue_start)?;
        if !self.text[head.end..cue_start].chars().all(is_blank) {
            return None;
        }
        let lh = lower(&self.text[head.clone()]);
        let people = PEOPLE.contains(&lh.as_str());
        let issued = ISSUED.contains(&lh.as_str());
        if !people && !issued && !SHOWN.contains(&lh.as_str()) {
            return None;
        }
        // Back over the modifiers: to a determiner or a possessive within six
        // words ("the proportion of GOP primary voters"), or else over names,
        // numbers and "of" only ("62 percent of voters", "Hispanics").
        let mut back = Vec::new();
        let mut at = head.start;
        while back.len() < 6 {
            let Some(p) = last_word(self.text, floor, at) else {
                break;
            };
            if !self.text[p.end..at].chars().all(is_blank) {
                break;
            }
            let lp = lower(&self.text[p.clone()]);
            if (PREPOSITIONS.contains(&lp.as_str()) && lp != "of")
                || BE.contains(&lp.as_str())
                || AUXILIARIES.contains(&lp.as_str())
            {
                break;
            }
            at = p.start;
            back.push(p);
        }
        let determiner = back.iter().position(|w| {
            let lw = lower(&self.text[w.clone()]);
            DETERMINERS.contains(&lw.as_str())
                || QUANTIFIERS.contains(&lw.as_str())
                || lw.ends_with("’s")
                || lw.ends_with("'s")
        });
        let start = match determiner {
            Some(k) => back[k].start,
            None => back
                .iter()
                .take_while(|w| {
                    let t = &self.text[(*w).clone()];
                    starts_upper(t)
                        || t.starts_with(|c: char| c.is_ascii_digit())
                        || t == "of"
                        || PEOPLE.contains(&lower(t).as_str())
                })
                .last()
                .map_or(head.start, |w| w.start),
        };
        // "of" cannot open the phrase.
        let start = Words::new(self.text, start..head.end)
            .find(|w| lower(&self.text[w.clone()]) != "of")?
            .start;
        let first = Words::new(self.text, start..head.end).next()?;
        let lf = lower(&self.text[first.clone()]);
        if people {
            return Some(NounSubject::Own(Mention {
                range: start..head.end,
                kind: SourceKind::Group,
                outlet: None,
                pronoun: false,
            }));
        }
        // "Hillary Clinton’s Tuesday speech denouncing": the possessor speaks.
        if lf.ends_with("’s") || lf.ends_with("'s") {
            let name_start = back
                .iter()
                .rev()
                .take_while(|w| w.start < first.start)
                .filter(|w| starts_upper(&self.text[(*w).clone()]))
                .last()
                .map_or(first.start, |w| w.start);
            let name_start = if determiner.is_some_and(|k| back[k].start == first.start) {
                // Only a possessive name preceded by capitals of its own.
                let mut s0 = first.start;
                while let Some(p) = last_word(self.text, floor, s0) {
                    if self.text[p.end..s0].chars().all(is_blank)
                        && starts_upper(&self.text[p.clone()])
                    {
                        s0 = p.start;
                    } else {
                        break;
                    }
                }
                s0.min(name_start)
            } else {
                name_start
            };
            let suffix = if self.text[first.clone()].ends_with("’s") {
                "’s".len()
            } else {
                2
            };
            return self
                .mention_in(name_start..first.end - suffix, false)
                .map(NounSubject::Own);
        }
        if ["his", "her", "their", "its", "our", "my"].contains(&lf.as_str()) {
            return Some(NounSubject::Shared);
        }
        // A document after a verb is that verb's object: "issued a statement saying".
        let before = last_word(self.text, floor, start);
        let object = before.as_ref().is_some_and(|p| {
            let lp = lower(&self.text[p.clone()]);
            self.text[p.end..start].chars().all(is_blank)
                && first_lower(&self.text[p.clone()])
                && !PREPOSITIONS.contains(&lp.as_str())
                && !["and", "or", "but", "that", "which", "when", "while"].contains(&lp.as_str())
        });
        if issued && object {
            return Some(NounSubject::Shared);
        }
        Some(NounSubject::Own(Mention {
            range: start..head.end,
            kind: SourceKind::Unknown,
            outlet: None,
            pronoun: false,
        }))
    }

    /// Does a cue of the rules start at this word?
    fn is_cue_word(&self, w: Range<usize>) -> bool {
        self.scan
            .cues
            .binary_search_by_key(&w.start, |(m, _)| m.start)
            .is_ok()
    }

    /// "Gorka similarly warned", "Trump angrily denied": an -ly adverb between
    /// a subject and its verb. Not a noun in -ly ("the family said", "a rally").
    fn manner_adverb(&self, floor: usize, w: Range<usize>) -> bool {
        const NOUNS: &[&str] = &[
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
        let t = &self.text[w.clone()];
        if t.len() < 5 || !first_lower(t) || !t.ends_with("ly") {
            return false;
        }
        if NOUNS.contains(&lower(t).as_str()) {
            return false;
        }
        // After a determiner or a possessive, an -ly word is a noun or adjective.
        last_word(self.text, floor, w.start).is_some_and(|p| {
            let pl = lower(&self.text[p]);
            !DETERMINERS.contains(&pl.as_str())
                && !pl.ends_with("’s")
                && !pl.ends_with("'s")
                && !PREPOSITIONS.contains(&pl.as_str())
        })
    }

    /// "Pence went on to say", "Republicans continue to warn": a verb of
    /// continuing or beginning before the infinitive cue leaves the subject
    /// before it. Returns where that verb starts.
    fn catenative_before(&self, floor: usize, w: Range<usize>) -> Option<usize> {
        const ONE: &[&str] = &[
            "trying",
            "tried",
            "tries",
            "attempted",
            "attempting",
            "continue",
            "continues",
            "continued",
            "continuing",
            "proceeded",
            "proceeds",
            "rushed",
            "hastened",
            "hurried",
            // "Hillary failed to mention", "Democrats are beginning to ask".
            "failed",
            "fails",
            "began",
            "begins",
            "beginning",
            "started",
            "starts",
            "starting",
            "managed",
            "neglected",
        ];
        const TWO: &[(&str, &str)] = &[
            ("went", "on"),
            ("goes", "on"),
            ("go", "on"),
            ("going", "on"),
            ("gone", "on"),
            ("was", "quick"),
            ("were", "quick"),
            ("is", "quick"),
            ("are", "quick"),
            ("took", "pains"),
            ("taking", "pains"),
            ("take", "pains"),
            ("takes", "pains"),
        ];
        if lower(&self.text[w.clone()]) != "to" {
            return None;
        }
        let v1 = last_word(self.text, floor, w.start)?;
        let l1 = lower(&self.text[v1.clone()]);
        if ONE.contains(&l1.as_str()) {
            // "Clinton is trying to show": a progressive reaches back to its "be".
            if l1.ends_with("ing")
                && let Some(b) = last_word(self.text, floor, v1.start)
                && BE.contains(&lower(&self.text[b.clone()]).as_str())
                && self.text[b.end..v1.start].chars().all(is_blank)
            {
                return Some(b.start);
            }
            return Some(v1.start);
        }
        // "Democratic voters are slightly more likely to say": a poll's comparison
        // reaches back to its "be".
        if l1 == "likely" || l1 == "unlikely" {
            let mut end = v1.start;
            while let Some(p) = last_word(self.text, floor, end) {
                let pl = lower(&self.text[p.clone()]);
                if BE.contains(&pl.as_str()) || pl == "’re" || pl == "'re" {
                    return Some(p.start);
                }
                if let Some(n) = has_contraction(&self.text[p.clone()]) {
                    return Some(p.end - n);
                }
                if ![
                    "more",
                    "less",
                    "most",
                    "least",
                    "much",
                    "far",
                    "slightly",
                    "somewhat",
                    "significantly",
                    "considerably",
                    "even",
                    "also",
                    "still",
                    "equally",
                    "as",
                    "twice",
                    "not",
                    "very",
                    "highly",
                ]
                .contains(&pl.as_str())
                {
                    return None;
                }
                end = p.start;
            }
            return None;
        }
        let v0 = last_word(self.text, floor, v1.start)?;
        let l0 = lower(&self.text[v0.clone()]);
        TWO.iter()
            .any(|(a, b)| l0 == *a && l1 == *b)
            .then_some(v0.start)
    }

    /// The subject of an infinitive cue, named right before its "to": "led Debbie
    /// Wasserman Schultz to announce", "prompted him to call for", "Sanders To
    /// Release Medical Records". A name after a preposition other than "for"
    /// is no subject ("went to New York to say"), nor is a time ("on Sunday to").
    fn infinitive_subject(
        &self,
        floor: usize,
        to: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        // Seeing, knowing and reading after "to" are mostly purposes ("rubbing his
        // face in Cheetos to see if"), and "to ask" a request passed on ("prompted
        // his wife to ask for a separation").
        if !infinitive_cue(&text[cue.clone()], &["see", "know", "read", "ask"]) {
            return None;
        }
        let w = last_word(text, floor, to.start)?;
        if !text[w.end..to.start].chars().all(is_blank) {
            return None;
        }
        let lw = lower(&text[w.clone()]);
        let pronoun = ["him", "them"].contains(&lw.as_str());
        if !pronoun
            && (!starts_upper(&text[w.clone()])
                || WEEKDAYS.contains(&lw.as_str())
                || TIME_WORDS.contains(&lw.as_str()))
        {
            return None;
        }
        let mut start = w.start;
        while let Some(p) = last_word(text, floor, start) {
            // "Mr. Pinchuk": the dot of a title stays inside the name.
            if !pronoun
                && text[p.end..start].chars().all(|c| is_blank(c) || c == '.')
                && (starts_upper(&text[p.clone()])
                    || self.lex(LexiconClass::TitleWord, &text[p.clone()]))
            {
                start = p.start;
            } else {
                break;
            }
        }
        if let Some(b) = last_word(text, floor, start) {
            let lb = lower(&text[b.clone()]);
            if lb != "for"
                && (PREPOSITIONS.contains(&lb.as_str())
                    || DETERMINERS.contains(&lb.as_str())
                    || [
                        "to", "with", "from", "by", "between", "among", "under", "over",
                    ]
                    .contains(&lb.as_str()))
            {
                return None;
            }
        }
        if pronoun {
            return Some(Mention {
                range: w,
                kind: SourceKind::Unknown,
                outlet: None,
                pronoun: true,
            });
        }
        self.mention_in(start..w.end, false).filter(|m| {
            matches!(
                m.kind,
                SourceKind::Person | SourceKind::Organization | SourceKind::Outlet
            )
        })
    }

    /// "Beck has in the past described", "Trump did not at any time Thursday
    /// mention": a phrase of time or occasion between an auxiliary and its verb.
    /// Returns where the auxiliary ends, so the subject is sought before it.
    fn aux_adjunct_end(&self, floor: usize, cue: &Range<usize>) -> Option<usize> {
        let text = self.text;
        let mut pos = cue.start;
        let mut n = 0;
        let mut first: Option<Range<usize>> = None;
        while let Some(w) = last_word(text, floor, pos) {
            if !text[w.end..pos].chars().all(is_blank) {
                return None;
            }
            let lw = lower(&text[w.clone()]);
            if n > 0
                && (AUXILIARIES.contains(&lw.as_str())
                    || matches!(lw.as_str(), "did" | "does" | "do"))
            {
                let f = first?;
                let lf = lower(&text[f]);
                return (n >= 2
                    && matches!(
                        lf.as_str(),
                        "in" | "on" | "at" | "during" | "over" | "for" | "since" | "throughout"
                    ))
                .then_some(w.end);
            }
            n += 1;
            // "has since said he now believes": a verb or a subject in the gap
            // opens a clause of its own.
            if n > 6
                || text[w.clone()].chars().any(|c| !c.is_alphanumeric())
                || self.is_cue_word(w.clone())
                || matches!(
                    lw.as_str(),
                    "he" | "she" | "they" | "it" | "i" | "we" | "you" | "last"
                )
            {
                return None;
            }
            first = Some(w.clone());
            pos = w.start;
        }
        None
    }

    /// "Critics waited in the snow to heckle him", "Sanders visited NBC on
    /// Monday to discuss his remarks": an infinitive of purpose after a finite
    /// clause takes that clause's subject. Not after a verb passing a request on
    /// ("prompted his wife to ask"), a noun or an adjective wanting the infinitive
    /// ("a chance to", "easy to"), nor with "for" giving it a subject of its own.
    fn purpose_subject(
        &self,
        floor: usize,
        to: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        if !infinitive_cue(
            &text[cue.clone()],
            &[
                "see", "know", "read", "ask", "show", "find", "learn", "hear",
            ],
        ) {
            return None;
        }
        let (start, _) = self.clause_back(floor, to.start);
        let ws = words(text, start..to.start);
        if ws.len() < 3 || ws.len() > 16 {
            return None;
        }
        let before = lower(&text[ws.last()?.clone()]);
        if !text[ws.last()?.end..to.start].chars().all(is_blank) {
            return None;
        }
        // The word before "to" must close a phrase of place, time or object.
        if before.ends_with("ed")
            || before.ends_with("ing")
            || AUXILIARIES.contains(&before.as_str())
            || BE.contains(&before.as_str())
            || [
                "chance",
                "time",
                "way",
                "opportunity",
                "reason",
                "right",
                "wrong",
                "easy",
                "hard",
                "able",
                "unable",
                "likely",
                "first",
                "last",
                "only",
                "enough",
                "about",
                "want",
                "wants",
                "going",
                "need",
                "needs",
                "plan",
                "plans",
                "how",
                "what",
                "whether",
                "where",
                "not",
                "order",
                "them",
                "him",
                "her",
                "us",
                "me",
                "you",
                "power",
                "decision",
                "ability",
                "effort",
                "bid",
                "attempt",
                "move",
                "push",
                "pressure",
                "call",
                "calls",
                "urge",
                "urges",
                "tried",
                "try",
                "tries",
                "more",
                "less",
                "forward",
                "ready",
                "set",
                "up",
                "back",
                "down",
                "due",
                "seem",
                "seems",
                "appear",
                "appears",
                "began",
                "begin",
                "begins",
                "started",
                "start",
                "continue",
                "continues",
                "hope",
                "hopes",
                "refuse",
                "refuses",
                "agree",
                "agrees",
                "decline",
                "declines",
                "vote",
                "votes",
                "expect",
                "expects",
            ]
            .contains(&before.as_str())
        {
            return None;
        }
        let lws: Vec<_> = ws.iter().map(|w| lower(&text[w.clone()])).collect();
        if lws.iter().any(|w| {
            [
                "for",
                "prompted",
                "prompt",
                "prompts",
                "prompting",
                "forced",
                "force",
                "forces",
                "forcing",
                "urged",
                "asked",
                "asking",
                "led",
                "lead",
                "leads",
                "allowed",
                "allow",
                "allows",
                "allowing",
                "drove",
                "drive",
                "drives",
                "driving",
                "caused",
                "encouraged",
                "persuaded",
                "convinced",
                "wanted",
                "want",
                "wants",
                "expected",
                "expects",
                "got",
                "get",
                "gets",
                "invited",
                "required",
                "requires",
                "require",
                "told",
                "pushed",
                "pressed",
                "called",
                "enough",
                "too",
                "who",
                "which",
                "that",
                "it",
                "there",
                "this",
                "easier",
                "harder",
                "difficult",
                "impossible",
                "possible",
                "unusual",
                "likely",
                "time",
                "left",
                "leaving",
                "brought",
                "helped",
                "help",
                "helps",
                "let",
                "made",
                "make",
                "makes",
                "needs",
                "need",
                "needed",
                "if",
                "when",
                "because",
                "whether",
                "pushing",
                "push",
                "pushes",
                "did",
                "does",
                "do",
                "refusal",
                "failure",
                "hesitancy",
                "willingness",
                "desire",
                "reasons",
                "reason",
                "requests",
                "request",
                "impetus",
                "efforts",
                "topics",
                "position",
                "little",
                "prepare",
                "prepares",
                "blame",
            ]
            .contains(&w.as_str())
        }) {
            return None;
        }
        // Another cue in the clause has the subject: "Ryan said it's unrealistic to think".
        if ws.iter().any(|w| self.is_cue_word(w.clone())) {
            return None;
        }
        self.leading_subject(start..ws.last()?.end).filter(|m| {
            (m.kind != SourceKind::Unknown || m.pronoun || starts_upper(&text[m.range.clone()]))
                && has_contraction(&text[m.range.clone()]).is_none()
        })
    }

    /// Where a phrase from `pos` ends: at a comma, a sentence mark, a quotation
    /// mark, a parenthesis or a dash, but not at the dot of an abbreviation.
    fn phrase_stop(&self, pos: usize, end: usize) -> usize {
        let s = &self.text[pos..end];
        for (i, c) in s.char_indices() {
            if matches!(
                c,
                ',' | ';' | ':' | '.' | '?' | '!' | '“' | '”' | '"' | '(' | '—' | '–'
            ) {
                // The dot of an abbreviation or initial is part of the name:
                // "said Rep. Bobby Scott", "said J. Smith".
                if c == '.' {
                    let rest = &s[i + 1..];
                    let before = s[..i]
                        .rsplit(|ch: char| !ch.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    if rest.starts_with(|n: char| n.is_alphanumeric())
                        || (i >= 1
                            && (s[..i].ends_with(|p: char| p.is_uppercase())
                                || self.lex(LexiconClass::TitleAbbreviation, before))
                            && !rest.trim_start().is_empty())
                    {
                        continue;
                    }
                }
                return pos + i;
            }
        }
        end
    }

    /// "O’Malley’s move was first reported by MSNBC", "Trump has been criticized
    /// by some of his rivals for failing …": a passive cue with its agent. The
    /// agent after "by" is the source; the subject, and a complement after the
    /// agent ("for failing …"), is what is attributed.
    fn passive_agent(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        if !past_participle(&text[cue.clone()]) {
            return None;
        }
        // "by" right after the cue, then the agent.
        let after = skip_blank(text, cue.end, sent.end);
        let by_end = after + 2;
        if !text[after..sent.end].starts_with("by ") {
            return None;
        }
        let agent_start = skip_blank(text, by_end, sent.end);
        // "decided by 5-to-4 votes": a number is a means, not an agent.
        if text[agent_start..sent.end].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // A form of "be" before the cue, over adverbs ("was first reported",
        // "has not been widely shared") and auxiliaries ("has been", "will be").
        let mut pos = cue.start;
        let (mut be, mut seen, mut stopped) = (false, 0, false);
        for (w, lw) in words_back(text, sent.start, cue.start).take(5) {
            seen += 1;
            if BE.contains(&lw.as_str()) {
                be = true;
            } else if !(be && AUXILIARIES.contains(&lw.as_str()) || !be && passive_adverb(&lw)) {
                stopped = true;
                break;
            }
            pos = w.start;
        }
        // A chain that runs into the sentence start has no subject to attribute.
        if !stopped && seen < 5 && last_word(text, sent.start, pos).is_none() {
            return None;
        }
        if !be {
            return None;
        }
        // The agent ends before a preposition or a time: "by Politico on
        // Monday", "by his rivals for failing …".
        let stop = Words::new(text, agent_start..sent.end)
            .skip(1)
            .find(|w| {
                let lw = lower(&text[w.clone()]);
                AGENT_STOPS.contains(&lw.as_str())
                    || WEEKDAYS.contains(&lw.as_str())
                    || TIME_WORDS.contains(&lw.as_str())
            })
            .map_or(sent.end, |w| w.start);
        let (agent, agent_end) = self.mention_after(agent_start, stop)?;
        let (region_start, _) = self.clause_back(sent.start, pos);
        let region = region_start..pos;
        let subject = match self.relative_pronoun(sent.start, region.clone()) {
            Some(r) => r,
            None => self.subject_and_via(region).0?.range,
        };
        let mut content = vec![subject.clone()];
        // "… criticized by his rivals for failing to spend time in the state".
        let next = skip_blank(text, agent_end, sent.end);
        if let Some(w) = Words::new(text, next..sent.end).next()
            && w.start == next
            && ["for", "of", "as", "over"].contains(&lower(&text[w.clone()]).as_str())
        {
            let tail = content_trim(self, self.upto_comma(next..sent.end, &[',', ';']));
            if !tail.is_empty() {
                content.push(tail);
            }
        }
        Some(Candidate {
            cue: cue.clone(),
            rule,
            source: Some(agent),
            via: Vec::new(),
            content,
            frame_start: subject.start,
            forward: false,
            shares_subject: false,
            source_extent: None,
        })
    }

    /// Does a form of "be" stand before `pos` over one or more adverbs ("was
    /// widely", "has not been", "is also")?
    fn be_over_adverbs(&self, floor: usize, pos: usize) -> bool {
        for (k, (_, lw)) in words_back(self.text, floor, pos).take(4).enumerate() {
            if k > 0
                && (BE.contains(&lw.as_str())
                    || matches!(lw.as_str(), "isn't" | "aren't" | "wasn't" | "weren't"))
            {
                return true;
            }
            if !passive_adverb(&lw) {
                return false;
            }
        }
        false
    }

    /// An agentless passive of a reporting verb: "it was revealed in March that
    /// …", "Sanders was declared the winner", "Trump isn’t expected to attend".
    /// The cue runs from the first auxiliary to the participle and names no
    /// source. What is attributed is the clause after "it … that", or else the
    /// passive's subject and its complement. With a "by" agent the verb frame
    /// of the same word (`passive_agent`) takes the agent as source instead.
    fn agentless_passive(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        // The auxiliaries before the participle, over adverbs: "was officially
        // declared", "has not been disclosed", "had previously been assured".
        let mut start = None;
        let mut be = false;
        for (w, lw) in words_back(text, sent.start, cue.start).take(6) {
            if BE.contains(&lw.as_str())
                || matches!(
                    lw.as_str(),
                    "isn't" | "aren't" | "wasn't" | "weren't" | "getting" | "gotten"
                )
            {
                be = true;
                start = Some(w.start);
            } else if be
                && matches!(
                    lw.as_str(),
                    "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "won't"
                        | "wouldn't"
                        | "can't"
                        | "couldn't"
                        | "to"
                )
            {
                // "could be charged", "will be named", "certain to be challenged":
                // an act that may come, not one anybody has reported.
                return None;
            } else if be
                && (AUXILIARIES.contains(&lw.as_str())
                    || matches!(lw.as_str(), "hasn't" | "haven't" | "hadn't"))
            {
                start = Some(w.start);
            } else if !passive_adverb(&lw) {
                break;
            }
        }
        let start = start.filter(|_| be)?;
        // A hedge on the same words ("is expected to", "was asked about") already
        // reports them as attributed to no one.
        if within(&self.scan.hedges, &(sent.start..cue.end))
            .iter()
            .any(|(h, _)| h.end > start)
        {
            return None;
        }
        // "was announced on Monday by the ministry": an agent in the clause after.
        let agent = Words::new(text, cue.end..sent.end)
            .take(6)
            .take_while(|w| !text[cue.end..w.start].contains([',', ';']))
            .any(|w| &text[w] == "by");
        if agent {
            return None;
        }
        let after = skip_blank(text, cue.end, sent.end);
        // "was announced, Mr. Rogan said": nothing after the cue in its clause.
        let after = if text[after..].starts_with([',', ';', '—', '–']) {
            sent.end
        } else {
            after
        };
        // "it was revealed in March that …", "it is widely assumed that …": the
        // subject is empty and the clause after is what was revealed.
        let (region_start, _) = self.clause_back(sent.start, start);
        let it = last_word(text, region_start, start).filter(|w| {
            text[w.end..start].chars().all(is_blank) && lower(&text[w.clone()]) == "it"
        });
        let opener = Words::new(text, after..sent.end).take(6).find(|w| {
            ["that", "whether", "how", "why", "what", "who", "when", "if"]
                .contains(&lower(&text[w.clone()]).as_str())
        });
        let mut content = Vec::new();
        let forward = it.is_some() && opener.is_some();
        if let (true, Some(w)) = (forward, &opener) {
            if text[after..w.start].contains([',', ';']) {
                return None;
            }
            content.push(self.cut_narrator_tail(content_trim(self, w.start..sent.end)));
        } else {
            content.extend(self.passive_subject(sent.start, region_start, start));
            let tail = content_trim(self, self.upto_clause_comma(after..sent.end));
            if !tail.is_empty() && text[tail.clone()].chars().any(char::is_alphanumeric) {
                content.push(tail);
            }
        }
        content.retain(|r| !r.is_empty());
        let frame_start = content.first()?.start.min(start);
        Some(Candidate {
            cue: start..cue.end,
            rule,
            source: None,
            via: Vec::new(),
            content,
            frame_start,
            forward,
            shares_subject: false,
            source_extent: None,
        })
    }

    /// The subject of a passive whose auxiliaries start at `start`, its clause
    /// at `region_start`: a relative pronoun ("who was charged"), the words after
    /// a subordinator ("after Sanders was declared"), a short noun phrase ("The
    /// purchase price was not disclosed"), or the name before an appositive
    /// ("Viguerie, then 29-years-old, was named").
    fn passive_subject(
        &self,
        floor: usize,
        region_start: usize,
        start: usize,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let region = region_start..start;
        if let Some(r) = self.relative_pronoun(floor, region.clone()) {
            return Some(r);
        }
        let ws = words(text, region.clone());
        if ws.is_empty() {
            let mark = text[..region_start].chars().next_back()?;
            let c1 = region_start - mark.len_utf8();
            return matches!(mark, ',' | '—' | '–')
                .then(|| self.appositive_subject(floor, c1))
                .flatten()
                .map(|(m, _)| m.range);
        }
        let last = lower(&text[ws[ws.len() - 1].clone()]);
        // "about being described": a gerund has no subject of its own.
        if PREPOSITIONS.contains(&last.as_str())
            || ["about", "of", "for", "without"].contains(&last.as_str())
        {
            return None;
        }
        // "what is known as", "after it was announced": a pronoun is the subject.
        if ["what", "it", "he", "she", "they", "this", "we", "i", "you"].contains(&last.as_str()) {
            return Some(ws[ws.len() - 1].clone());
        }
        let k = ws.iter().rposition(|w| {
            let lw = lower(&text[w.clone()]);
            SUBORDINATORS.contains(&lw.as_str()) && lw != "what"
                || matches!(lw.as_str(), "and" | "but" | "or" | "that")
        });
        let from = k.map_or(0, |k| k + 1);
        let rest = ws.get(from)?.start..region.end;
        // A short phrase is the subject as it stands; a long one holds it.
        if ws.len() - from <= 8 {
            Some(content_trim(self, rest))
        } else {
            self.subject_and_via(rest).0.map(|m| m.range)
        }
    }

    /// A source phrase starting at `pos` and ending before a comma, period or "that".
    fn mention_after(&self, pos: usize, end: usize) -> Option<(Mention, usize)> {
        let stop = self.phrase_stop(pos, end) - pos;
        let mut r = pos..pos + stop;
        let lr = self.text[r.clone()].to_ascii_lowercase();
        if let Some(i) = find_word(&lr, "that") {
            r.end = r.start + i;
        }
        // "said Dan Golvach when asked about …", "said a former official and
        // described …": a subordinate clause or a second verb ends the phrase.
        let mut prev_and = false;
        for w in Words::new(self.text, r.clone()).skip(1) {
            let lw = lower(&self.text[w.clone()]);
            if [
                "when", "while", "as", "after", "before", "because", "during",
            ]
            .contains(&lw.as_str())
                || prev_and && (lw.ends_with("ed") || self.is_cue_word(w.clone()))
            {
                let cut = if prev_and {
                    last_word(self.text, r.start, w.start).map_or(w.start, |a| a.start)
                } else {
                    w.start
                };
                r.end = trim(self.text, r.start..cut).end;
                break;
            }
            prev_and = lw == "and";
        }
        // "said a strategist who spoke on the condition of anonymity to speak
        // candidly about …": a relative clause may run past any length a noun
        // phrase has; the head before it decides.
        let m = self.mention_in(r.clone(), true).or_else(|| {
            let who = Words::new(self.text, r.clone())
                .skip(1)
                .find(|w| matches!(lower(&self.text[w.clone()]).as_str(), "who" | "whom"))?;
            let head = self.mention_in(r.start..who.start, false)?;
            Some(Mention {
                range: trim(self.text, r.clone()),
                ..head
            })
        })?;
        Some((m, r.end))
    }

    /// A noun phrase of up to 20 words from `pos` to the next comma or sentence end,
    /// whatever its words: the source after "according to".
    fn any_phrase_after(&self, pos: usize, end: usize) -> Option<(Mention, usize)> {
        let s = &self.text[pos..end];
        let stop = s
            .find([',', ';', ':', '“', '”', '"', '(', '—', '–'])
            .unwrap_or(s.len());
        let r = trim(self.text, pos..pos + stop);
        let r = r.start..r.end - usize::from(self.text[r.clone()].ends_with('.'));
        let n = Words::new(self.text, r.clone()).take(21).count();
        if n == 0 || n > 20 {
            return None;
        }
        let pronoun = n == 1 && self.lex(LexiconClass::Pronoun, &self.text[r.clone()]);
        // "according to plan", "according to schedule": one common noun is no source.
        if n == 1 && !pronoun && !starts_upper(&self.text[r.clone()]) {
            return None;
        }
        let m = Mention {
            range: r.clone(),
            kind: SourceKind::Unknown,
            outlet: None,
            pronoun,
        };
        Some((m, r.end))
    }

    /// The subject of a subordinate or relative clause that ends at the cue:
    /// "Clinton was booed when she said", "a wall, which he said Mexico would pay for".
    fn subordinate_subject(&self, region: Range<usize>) -> Option<Mention> {
        let ws = words(self.text, region.clone());
        let k = ws
            .iter()
            .rposition(|w| SUBORDINATORS.contains(&lower(&self.text[w.clone()]).as_str()))?;
        let rest = ws.get(k + 1)?;
        // A short subject only: "she", "the senator", "Trump's campaign".
        if ws.len() - k - 1 > 5 {
            return None;
        }
        let (m, _) = self.subject_and_via(rest.start..region.end);
        // "which the treasurer said": a short determiner phrase is a subject here too.
        m.filter(|m| m.kind != SourceKind::Unknown || m.pronoun || ws.len() - k - 1 <= 3)
    }

    /// Where the "be" of a progressive cue starts ("was defending", "is not
    /// saying", "were already hoping", "He’s comparing"), adverbs between.
    fn progressive_be(&self, floor: usize, cue: &Range<usize>) -> Option<usize> {
        if !lower(&self.text[cue.clone()]).ends_with("ing") {
            return None;
        }
        let mut end = cue.start;
        for _ in 0..4 {
            let w = last_word(self.text, floor, end)?;
            if !self.text[w.end..end].chars().all(is_blank) {
                return None;
            }
            let t = &self.text[w.clone()];
            let l = lower(t).replace('’', "'");
            if matches!(
                l.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "am"
                    | "isn't"
                    | "aren't"
                    | "wasn't"
                    | "weren't"
            ) {
                return Some(w.start);
            }
            if let Some(n) = has_contraction(t)
                && matches!(&t[t.len() - n..], "’s" | "'s" | "’re" | "'re")
            {
                return Some(w.end - n);
            }
            if !(l == "not"
                || self.lex(LexiconClass::SkipAdverb, t)
                || self.manner_adverb(floor, w.clone()))
            {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// Does the region end in a conjunction joining the cue to an earlier verb
    /// of the same subject ("praised Rubio and said", "…, but later denied")?
    /// Returns where the conjunction starts.
    fn coordinated(&self, region: Range<usize>) -> Option<usize> {
        let mut end = region.end;
        while let Some(w) = last_word(self.text, region.start, end) {
            let lw = lower(&self.text[w.clone()]);
            if ["and", "but", "or", "then"].contains(&lw.as_str()) {
                return Some(w.start);
            }
            if !self.lex(LexiconClass::SkipAdverb, &lw) {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// The rule's word-by-word guards ("added to her lead", "a TV show"):
    /// `prev` is the word just before the cue when only blanks stand between.
    fn not_cue(
        &self,
        crule: &CueRule,
        sent: &Range<usize>,
        cue: &Range<usize>,
        prev: Option<&str>,
    ) -> bool {
        if crule.not_cue.is_empty() {
            return false;
        }
        let text = self.text;
        let lc = text[cue.clone()].to_ascii_lowercase();
        let rest = &text[cue.end..sent.end];
        let next = match rest.chars().next() {
            Some(c) if !c.is_alphanumeric() && !is_blank(c) => c.to_string(),
            _ => rest
                .split_whitespace()
                .next()
                .map(|w| {
                    w.trim_end_matches(|c: char| !c.is_alphanumeric())
                        .to_ascii_lowercase()
                })
                .unwrap_or_default(),
        };
        crule.not_cue.iter().any(|g| g.rejects(&lc, prev, &next))
    }

    fn candidate(&self, sent: &Range<usize>, cue: Range<usize>, rule: usize) -> Option<Candidate> {
        let text = self.text;
        let crule = &self.engine.cues[rule];
        let cue_text = &text[cue.clone()];
        let prev_word = last_word(text, sent.start, cue.start);
        let prev = prev_word.as_ref().map(|w| lower(&text[w.clone()]));
        let gap_to_prev = prev_word
            .as_ref()
            .map(|w| &text[w.end..cue.start])
            .unwrap_or("");
        let prev_adjacent = gap_to_prev.chars().all(is_blank);
        // "so-called", "self-described": the second half of a compound is no cue.
        if text[..cue.start].ends_with('-')
            && !text[..cue.start].ends_with(" -")
            && !(text[sent.start..cue.start]
                .to_ascii_lowercase()
                .ends_with("self-")
                // "Sanders, a self-described socialist", "an independent and
                // self-described socialist": an appositive or a predicate; "the
                // self-described", "thousands of self-described Berners" only name.
                && last_word(text, sent.start, cue.start - 5).is_some_and(|w| {
                    let lw = lower(&text[w.clone()]);
                    matches!(lw.as_str(), "and" | "from")
                        || matches!(lw.as_str(), "a" | "an")
                            && last_word(text, sent.start, w.start)
                                .is_some_and(|b| text[b.end..w.start].contains(','))
                }))
        {
            return None;
        }
        let at_sentence_start = text[sent.start..cue.start]
            .chars()
            .all(|c| is_blank(c) || matches!(c, '“' | '"' | '‘' | '('));
        // A capitalised cue word inside a sentence is part of a name ("United States").
        let in_headline = self
            .headline
            .as_ref()
            .is_some_and(|h| h.start <= cue.start && cue.end <= h.end);
        if starts_upper(cue_text)
            && !at_sentence_start
            && crule.frame != Frame::Preposition
            && !in_headline
        {
            return None;
        }
        if crule.frame == Frame::Passive {
            return self.agentless_passive(sent, &cue, rule);
        }
        // "Trump was defending", "she isn’t saying", "He’s comparing": a
        // progressive is the subject's own verb, whatever frame the participle
        // takes after a comma.
        let progressive = self.progressive_be(sent.start, &cue);
        // "…, calling for heavy tariffs", "…, mentioning the album": a verb cue's
        // participle after a comma shares the subject of the clause before.
        let frame = if progressive.is_some() {
            Frame::Verb
        } else if crule.frame == Frame::Verb
            && !prev_adjacent
            && gap_to_prev.contains(',')
            && cue_text
                .split_whitespace()
                .next()
                .is_some_and(|w| lower(w).ends_with("ing"))
        {
            Frame::Participle
        } else {
            crule.frame
        };
        match frame {
            Frame::Verb => {
                if let Some(c) = self.passive_agent(sent, &cue, rule) {
                    return Some(c);
                }
                let infinitive = match (&prev_word, prev.as_deref()) {
                    (Some(to), Some("to")) if prev_adjacent && progressive.is_none() => {
                        self.infinitive_subject(sent.start, to.clone(), &cue)
                    }
                    _ => None,
                };
                // "Many said", "while several say": a quantifier opening its clause
                // stands for people, and a plural subject's verb takes no -s, so the
                // cue is no noun ("many questions").
                let quantifier_subject = prev_word.as_ref().is_some_and(|w| {
                    matches!(prev.as_deref(), Some("many" | "several" | "few"))
                        && !lower(cue_text).ends_with('s')
                        && match last_word(text, sent.start, w.start) {
                            None => true,
                            Some(b) => {
                                text[b.end..w.start].contains([',', ';', ':', '—', '–', '('])
                                    || matches!(
                                        lower(&text[b]).as_str(),
                                        "and"
                                            | "but"
                                            | "while"
                                            | "that"
                                            | "as"
                                            | "because"
                                            | "though"
                                            | "although"
                                            | "yet"
                                            | "when"
                                            | "if"
                                            | "since"
                                            | "whereas"
                                    )
                            }
                        }
                });
                if progressive.is_none()
                    && prev_adjacent
                    && !quantifier_subject
                    && prev.as_deref().is_some_and(|p| {
                        DETERMINERS.contains(&p)
                            || BE.contains(&p)
                            // "raised new questions", "had few doubts": adjectives of a noun.
                            || [
                                "new", "fresh", "more", "many", "several", "few", "serious",
                                "further", "additional", "renewed", "similar", "other", "such",
                                "these", "those", "no", "repeated", "public", "private",
                            ]
                            .contains(&p)
                            || (p.ends_with("’s") || p.ends_with("'s"))
                                && !(has_contraction(p).is_some()
                                    && (past_participle(cue_text)
                                        || lower(cue_text).ends_with("ing")))
                            || p.chars().all(|c| c.is_ascii_digit())
                                && !out_of_ten(&text[sent.start..cue.start])
                                // "43 said the same": no noun reads "said".
                                && !["said", "say", "says", "told"]
                                    .contains(&lower(cue_text).as_str())
                    })
                {
                    // "the claims", "was denied", "Trump’s comments", "30 states":
                    // a noun or a passive, not a cue.
                    return None;
                }
                // "was widely criticized", "has not been disclosed": a passive over
                // adverbs is no more the subject's own verb than one without.
                if progressive.is_none()
                    && past_participle(cue_text)
                    && self.be_over_adverbs(sent.start, cue.start)
                {
                    return None;
                }
                // "a super PAC called Future 45", "a former staffer named Bradley
                // Podliska": an indefinite phrase introduced by its name, not a source
                // calling something a name.
                if matches!(lower(cue_text).as_str(), "called" | "named" | "dubbed")
                    && text[cue.end..sent.end]
                        .trim_start()
                        .starts_with(|c: char| c.is_uppercase() || "“\"‘'#".contains(c))
                    && {
                        let before = &text[sent.start..cue.start];
                        let clause = before
                            .char_indices()
                            .rfind(|(_, c)| {
                                matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '(' | '—')
                            })
                            .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
                        clause
                            .split_whitespace()
                            .rev()
                            .take(7)
                            .any(|w| matches!(lower(w).as_str(), "a" | "an"))
                    }
                {
                    return None;
                }
                // "said when asked about the inquiry": a reduced clause has no subject
                // of its own; the question is the hedge's, the answer the main verb's.
                if prev_adjacent
                    && !lower(cue_text).ends_with("ing")
                    && prev.as_deref().is_some_and(|p| {
                        [
                            "when", "whenever", "if", "after", "before", "while", "unless", "until",
                        ]
                        .contains(&p)
                    })
                {
                    return None;
                }
                if self.not_cue(crule, sent, &cue, prev.as_deref().filter(|_| prev_adjacent)) {
                    return None;
                }
                let (region_start, content_end) = self.clause_back(sent.start, cue.start);
                // Cut the region after an embedded "that".
                let lreg = text[region_start..cue.start].to_ascii_lowercase();
                let uncut = region_start..cue.start;
                let region_start = match rfind_word(&lreg, "that") {
                    Some(i) => region_start + i + 4,
                    None => region_start,
                };
                let region = region_start
                    ..progressive
                        .or_else(|| self.aux_adjunct_end(sent.start, &cue))
                        .unwrap_or(cue.start)
                        .max(region_start);
                // "Lionel Sosa, a consultant who said he would not vote": the relative
                // pronoun is the subject, and what follows the cue is the content.
                // "poll results that show": the cut above took a relative "that"
                // for a complementizer.
                let relative = self
                    .relative_pronoun(sent.start, region.clone())
                    .or_else(|| {
                        (uncut.start < region_start)
                            .then(|| self.relative_pronoun(sent.start, uncut.clone()))
                            .flatten()
                    });
                let relative = if infinitive.is_some() { None } else { relative };
                let (source, mut via) = match &relative {
                    _ if infinitive.is_some() => (infinitive.clone(), Vec::new()),
                    Some(r) => {
                        let ante = self.relative_antecedent(sent.start, r.start);
                        let kind = match ante {
                            RelAntecedent::Those
                            | RelAntecedent::Quantity
                            | RelAntecedent::Plural => SourceKind::Group,
                            RelAntecedent::Source(k) => k,
                            RelAntecedent::Name | RelAntecedent::Other => SourceKind::Unknown,
                        };
                        (
                            Some(Mention {
                                range: r.clone(),
                                kind,
                                outlet: None,
                                // Resolved as a pronoun only after a name ("Chris
                                // Christie, who endorsed").
                                pronoun: ante == RelAntecedent::Name,
                            }),
                            Vec::new(),
                        )
                    }
                    None => match self.inner_subordinate_subject(region.clone()) {
                        // "Manafort was in the office when a member of the family
                        // said": the subject is the subordinate clause's own.
                        Some(m) => (Some(m), Vec::new()),
                        None => self.subject_and_via(region.clone()),
                    },
                };
                // "a deal she supported", "Ever since she endorsed", "Does he know": a
                // personal pronoun that ends a longer phrase is the subject of its own
                // clause, the words before it are no part of the source.
                let source = source.map(|s| match last_word(text, s.range.start, s.range.end) {
                    Some(w)
                        if s.kind == SourceKind::Unknown
                            && !s.pronoun
                            && w.start > s.range.start
                            && matches!(lower(&text[w.clone()]).as_str(), "he" | "she") =>
                    {
                        Mention {
                            range: w,
                            kind: SourceKind::Unknown,
                            outlet: None,
                            pronoun: true,
                        }
                    }
                    _ => s,
                });
                // "Trump, who has been feuding …, on Friday described": a time or an
                // adverb alone between the comma and the cue leaves the subject before.
                let region_blank = text[region.clone()].chars().all(is_blank)
                    || source.is_none() && {
                        let ws: Vec<_> = Words::new(text, region.clone()).take(5).collect();
                        !ws.is_empty()
                            && (ws.iter().all(|w| {
                                // "Trump, speaking later at a rally, did not mention".
                                self.lex(LexiconClass::SkipAdverb, &text[w.clone()])
                                    || negation_or_modal(&text[w.clone()])
                            }) || ws.len() <= 4
                                && leading_time_phrase(text, &ws).is_none()
                                && time_phrase_len(text, &ws) == Some(ws.len()))
                    };
                let mut after = cue.end;
                // "Dana Whitfield, the council clerk, said ...": the subject stands before an appositive.
                let appositive = match (&source, region_blank, content_end) {
                    // "Jason Sims — a teacher from Mount Pleasant — says": dashes too.
                    (None, true, Some(c1)) if text[c1..].starts_with([',', '—', '–']) => self
                        .appositive_subject(sent.start, c1)
                        .map(|(m, b)| (m.range.start, m, b))
                        .or_else(|| self.name_after_title(sent.start, c1)),
                    _ => None,
                };
                let mut content_end = content_end;
                // "…, which the treasurer said would cost": the content follows the cue.
                let mut subordinate = relative.is_some()
                    || Words::new(text, region.clone())
                        .next()
                        .is_some_and(|w| SUBORDINATORS.contains(&lower(&text[w]).as_str()))
                    || source.as_ref().is_some_and(|m| {
                        last_word(text, region.start, m.range.start)
                            .is_some_and(|w| SUBORDINATORS.contains(&lower(&text[w]).as_str()))
                    });
                let mut source_extent = None;
                let mut conjunction = None;
                let (source, inverted) = match source {
                    Some(s) => (Some(s), false),
                    None if appositive.is_some() => {
                        let (extent_start, m, boundary) = appositive.unwrap();
                        // The mention runs through the appositive and its closing comma,
                        // unless the aside is an adverbial: "Huckabee, for his part,",
                        // "Clinton, clearly frustrated,".
                        if let Some(c1) = content_end
                            && !adverbial_aside(text, m.range.end..c1)
                        {
                            // Through the closing mark, a comma or a dash of any width.
                            let mark = text[c1..].chars().next().map_or(1, char::len_utf8);
                            source_extent = Some(extent_start..c1 + mark);
                        }
                        // What stands before the subject is content: "“…,” Graham, a
                        // former candidate, told CBS".
                        content_end = boundary;
                        (Some(m), false)
                    }
                    None if region_blank
                        && content_end.is_some()
                        && invertible(cue_text)
                        && self.speaker_after(after, sent.end) =>
                    {
                        // "“...,” said Maria Lopez" / "..., said the official."
                        let pos = after;
                        let ws: Vec<_> = Words::new(text, pos..sent.end).take(1).collect();
                        let first_ok = ws
                            .first()
                            .is_some_and(|w| text[pos..w.start].chars().all(is_blank));
                        if !first_ok {
                            return None;
                        }
                        match self.mention_after(ws[0].start, sent.end) {
                            // "…, said the plan failed" is no speaker: a common-noun
                            // phrase after the cue must not end in a verb.
                            Some((m, _))
                                if m.kind == SourceKind::Unknown
                                    && last_word(text, m.range.start, m.range.end)
                                        .is_some_and(|w| text[w].ends_with("ed")) =>
                            {
                                return None;
                            }
                            Some((m, end)) => {
                                after = end;
                                // "said Robert Mason, a professor who has studied …": the
                                // appositive after the name is part of the mention.
                                if let Some(e) = self.appositive_after(end, sent.end) {
                                    source_extent = Some(m.range.start..e);
                                    after = e;
                                }
                                (Some(m), true)
                            }
                            None => return None,
                        }
                    }
                    // "Westmacott, who will retire soon after serving in Iran, Turkey
                    // and France, praised": a verb that takes an object does not put
                    // its subject after it; the subject opens the chain of commas.
                    // "Mr. Trump, asked about the deaths, had said": a passive
                    // participle in an aside is no cue of the subject's.
                    None if region_blank && content_end.is_some() && lower(cue_text) == "asked" => {
                        return None;
                    }
                    None if region_blank && content_end.is_some() => {
                        match self.comma_chain_subject(sent.start, content_end.unwrap()) {
                            Some((extent_start, m, boundary)) => {
                                let c1 = content_end.unwrap();
                                let mark = text[c1..].chars().next().map_or(1, char::len_utf8);
                                source_extent = Some(extent_start..c1 + mark);
                                content_end = boundary;
                                (Some(m), false)
                            }
                            // "Lee offered the man a job, then says he will …": "then"
                            // coordinates a second verb of the same subject.
                            None => {
                                conjunction = Some(self.coordinated(region.clone())?);
                                (None, false)
                            }
                        }
                    }
                    None => match self.subordinate_subject(region.clone()) {
                        // "when she said", "which he said": the subject after the subordinator.
                        Some(m) => {
                            subordinate = true;
                            (Some(m), false)
                        }
                        None => match self.coordinated(region.clone()) {
                            Some(at) => {
                                conjunction = Some(at);
                                (None, false)
                            }
                            // Only when no other frame found a subject: "Advisers
                            // to Mr. Rubio are quick to point out" keeps its own.
                            None => match (&prev_word, prev.as_deref()) {
                                (Some(to), Some("to"))
                                    if prev_adjacent && progressive.is_none() =>
                                {
                                    (
                                        Some(self.purpose_subject(sent.start, to.clone(), &cue)?),
                                        false,
                                    )
                                }
                                _ => return None,
                            },
                        },
                    },
                };
                // "President Obama, Hillary Clinton, and other Democrats said": the
                // subject is the whole list, not its last item.
                if let (Some(m), Some(c0)) = (&source, content_end)
                    && text[c0..].starts_with(',')
                    && Words::new(text, region.clone())
                        .next()
                        .is_some_and(|w| matches!(lower(&text[w]).as_str(), "and" | "or"))
                    && let Some((list_start, boundary)) = self.name_list_before(sent.start, c0)
                {
                    source_extent = Some(list_start..m.range.end);
                    content_end = boundary;
                }
                let shares_subject = source.is_none();
                // A relative pronoun passes whatever it refers to: "voters who
                // want", "a general who pledged", "the 1 percent who preferred" are
                // attributions more often than not on PolNeAR train.
                if crule.named_source
                    && relative.is_none()
                    && source.as_ref().is_some_and(|s| {
                        s.kind == SourceKind::Unknown
                            && !s.pronoun
                            // "the president proposed", "the Republican candidate
                            // repeated": a role stands for the person who holds it.
                            && !last_word(text, s.range.start, s.range.end).is_some_and(|w| {
                                self.lex(LexiconClass::TitleWord, &text[w.clone()])
                                    // "both political parties recognize", "the moderator
                                    // pointed out": people stand for themselves too,
                                    // and so do the things they write or say ("the
                                    // inquiry found", "her op-ed argued"), but "a
                                    // worker named …", "a group called …" introduce
                                    // someone by name.
                                    || (self.lex(LexiconClass::PeopleNoun, &text[w.clone()])
                                        || self.lex(LexiconClass::DocumentNoun, &text[w]))
                                        && !(Words::new(text, s.range.clone()).next().is_some_and(
                                            |f| matches!(lower(&text[f]).as_str(), "a" | "an"),
                                        ) && matches!(
                                            lower(cue_text).as_str(),
                                            "named" | "called" | "identified"
                                        ))
                            })
                    })
                {
                    return None;
                }
                // A coordinated verb's frame starts at its conjunction: "… but argues that".
                let frame_start = source
                    .as_ref()
                    .map_or(conjunction.unwrap_or(cue.start), |s| {
                        let from = source_extent.as_ref().map_or(s.range.start, |e| e.start);
                        from.min(s.range.start).min(cue.start)
                    });
                if !inverted && crule.recipient {
                    // A participle's listener in a progressive ("is asking Comey
                    // to …") is kept as the participle frame keeps it.
                    let (end, outlet) = if crule.frame == Frame::Participle && after == cue.end {
                        self.listener_before_clause(cue.end, sent.end)
                    } else {
                        self.past_listener(cue.end, after, sent.end)
                    };
                    after = end;
                    if let Some(m) = outlet {
                        via.insert(0, m);
                    }
                }
                let quoted_before = text[sent.start..cue.start].contains(['“', '"'])
                    || text[sent.start..cue.start].contains("''");
                // "said this week that", "said for the first time that": before a
                // particle would take the phrase ("asked for a photo that"); a
                // particle with a phrase and a "that" is mostly a relative
                // clause ("pushed for a ban that would …").
                // Asked here and again for `before_exists`, of the same words.
                let intro_before = std::cell::OnceCell::new();
                let intro =
                    |ce: usize| *intro_before.get_or_init(|| intro_adjunct(self, sent.start..ce));
                let quote_ok = content_end.is_none_or(|ce| {
                    !text[sent.start..ce].chars().any(char::is_alphanumeric) || intro(ce)
                });
                let after = if inverted
                    || quoted_before
                    || verb_particle_end(text, after, sent.end) != after
                        && !starts_lower(text[after..sent.end].trim_start(), "for the first time")
                {
                    after
                } else {
                    adjunct_before_complement(text, after, sent.end, quote_ok)
                };
                // "pointed out that …", "called for an inquiry", "pleaded guilty to a
                // charge": a particle right after the verb belongs to the cue.
                // Unless the particle opens a phrase that leads to the content: "said of
                // the depot: “…”".
                let pp_target = past_prepositional_phrase(text, after, sent.end);
                let after = if !inverted && (pp_target == after || pp_target >= sent.end) {
                    verb_particle_end(text, after, sent.end)
                } else {
                    after
                };
                let after = reference_to(text, cue_text, after, sent.end);
                let object_at = after;
                let after = skip_adjuncts(text, after, sent.end);
                let after = past_prepositional_phrase(text, after, sent.end);
                let after = if inverted || quoted_before {
                    after
                } else {
                    adjunct_before_complement(text, after, sent.end, quote_ok)
                };
                // "He said, “We have big plans.”" / "She wrote: “…”": the quotation is the content.
                let after = match text[after..sent.end]
                    .trim_start_matches(is_blank)
                    .strip_prefix([',', ':'])
                {
                    Some(tail)
                        if !inverted
                            && tail.trim_start_matches(is_blank).starts_with(['“', '"']) =>
                    {
                        sent.end - tail.len()
                    }
                    _ => after,
                };
                let rest = content_trim(self, after..sent.end);
                let mut content = Vec::new();
                let mut forward = false;
                let rest_text = &text[rest.clone()];
                let starts_with_comma = rest_text.starts_with(',');
                // What follows the cue opens content of its own: "that ...", a quotation, a colon.
                let opens_content = lower(
                    rest_text
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or(""),
                ) == "that"
                    || rest_text.starts_with(['“', '"', ':', '‘'])
                    || bare_clause(text, rest.clone());
                // Content already stands before the source ("“...,” X said at the meeting"):
                // what follows the cue is a time or place, not what was said.
                // A short opener ("However,", "On Monday,") is not content.
                let before_exists = content_end.is_some_and(|ce| {
                    let b = &text[sent.start..ce];
                    b.chars().any(char::is_alphanumeric)
                        && (Words::new(text, sent.start..ce).take(4).count() >= 4
                            || b.contains(['“', '"', '”'])
                            || b.contains("''"))
                        && !intro(ce)
                });
                let opens_clause = Words::new(text, region.clone())
                    .next()
                    .is_some_and(|w| self.lex(LexiconClass::ClauseConjunction, &text[w.clone()]));
                let has_rest = !rest.is_empty() && rest_text.chars().any(char::is_alphanumeric);
                // A named person or outlet announcing or promising something makes a claim
                // ("Obama announced a series of steps"); a common noun rarely does.
                let named = source.as_ref().is_some_and(|s| {
                    matches!(s.kind, SourceKind::Person | SourceKind::Outlet)
                        || s.pronoun
                        // "the Treasury Department", not "the ministry".
                        || s.kind == SourceKind::Organization
                            && Words::new(text, s.range.clone())
                                .skip(1)
                                .any(|w| starts_upper(&text[w]))
                });
                if crule.complementizer
                    && !named
                    && !opens_content
                    && (!before_exists || opens_clause)
                {
                    // "The state has promised $12 million": an act with an object, not a report.
                    return None;
                }
                // Unquoted words before the subject are rarely what the source said
                // when the cue has an object of its own: "Although those attacks
                // happened in France, the Daily News claims the NRA's refusal …".
                let before_quoted = content_end.is_some_and(|ce| {
                    let b =
                        text[sent.start..ce].trim_end_matches(|c: char| is_blank(c) || c == ',');
                    b.ends_with(['”', '"', '’', '\'']) || self.closes_quote_at(ce)
                });
                // An object, not an adjunct: "claims the NRA's refusal", not "said in
                // a report released on Tuesday".
                let object_follows = rest.start == skip_blank(text, object_at, sent.end)
                    && Words::new(text, rest.clone()).take(3).count() >= 3
                    && Words::new(text, rest.clone())
                        .next()
                        .is_some_and(|w| !PREPOSITIONS.contains(&lower(&text[w]).as_str()));
                // A quotation that is only part of the words before ("Sunday on Fox
                // News channel’s “Sunday Morning Futures,” Issa said …") is no
                // quoted content standing before its speaker.
                let quote_leads = content_end.is_some_and(|ce| {
                    let b = &text[sent.start..ce];
                    b.find(['“', '"', '‘', '\''])
                        .is_some_and(|q| Words::new(text, sent.start..sent.start + q).count() <= 2)
                });
                // "Asked whether …, 75 percent said yes": an answer word is the content.
                let answer = Words::new(text, rest.clone()).count() == 1
                    && ["yes", "no", "so"]
                        .contains(&lower(rest_text.trim_end_matches(['.', ','])).as_str());
                if !inverted
                    && has_rest
                    && !starts_with_comma
                    && (!before_exists
                        || opens_clause
                        || opens_content
                        || subordinate
                        || answer
                        || !(before_quoted && quote_leads) && object_follows)
                {
                    let rest = match relative {
                        // The relative clause ends at its comma: "Sanders, who wants
                        // to raise the minimum wage, spoke first."
                        Some(p) => self.relative_content(p, rest, crule.named_source),
                        // "While she’s said the fares will stay flat, the board …": a
                        // fronted adverbial clause ends at its comma; the main clause
                        // after it is the narrator's.
                        None if self.opens_adverbial_clause(sent.start, frame_start) => {
                            self.upto_comma(rest, &[',', ';'])
                        }
                        None => rest,
                    };
                    content.push(self.cut_narrator_tail(rest));
                    forward = true;
                } else if let Some(object) = Words::new(text, object_at..sent.end)
                    .next()
                    .filter(|w| {
                        !inverted
                            && !has_rest
                            && !before_exists
                            && !before_quoted
                            // Only in place of words before the subject: where there are
                            // none, the cue stays silent as before.
                            && content_end.is_some_and(|ce| {
                                text[sent.start..ce].chars().any(char::is_alphanumeric)
                            })
                            && text[object_at..w.start].chars().all(is_blank)
                            && ["on", "about"].contains(&lower(&text[w.clone()]).as_str())
                            // "posted on Monday", "decided on the last day": a time.
                            && {
                                let ws: Vec<_> =
                                    Words::new(text, w.start..sent.end).take(6).collect();
                                time_phrase_len(text, &ws).is_none()
                            }
                    })
                    .map(|w| self.upto_comma(content_trim(self, w.end..sent.end), &[',', ';']))
                    .filter(|r| text[r.clone()].chars().any(char::is_alphanumeric))
                {
                    // "More recently, the paper focused on the causes": a short
                    // opener is no content; the preposition's object is what the
                    // cue is about (gold on PolNeAR train).
                    content.push(object);
                    forward = true;
                } else if let Some(ce) = content_end {
                    let before = self.quotation_after_lead(trim(text, sent.start..ce));
                    // "In February, as a protester was led out, Mr. Trump said, ''I'd
                    // like to …''": where a quotation of whole sentences follows the tag
                    // and none stands before it, the words before are the writer's
                    // scene-setting. A quotation that goes on with them ("It is time
                    // to be led, he said, ''not only by …''") makes one content.
                    let quotation_after = starts_with_comma && !inverted && {
                        let t = text[rest.start + 1..rest.end].trim_start_matches(is_blank);
                        let t = t
                            .strip_prefix("''")
                            .or_else(|| t.strip_prefix(['“', '"']))
                            .unwrap_or("");
                        t.starts_with(char::is_uppercase)
                    };
                    let unquoted = |r: &Range<usize>| {
                        !text[r.clone()].contains(['“', '"', '”'])
                            && !text[r.clone()].contains("''")
                    };
                    let before = if quotation_after && !before_quoted && unquoted(&before) {
                        before.start..before.start
                    } else {
                        before
                    };
                    if !before.is_empty() {
                        content.push(before);
                    }
                    if let Some(tail) = self
                        .resumed_quotation(rest.clone())
                        .filter(|_| before_quoted)
                    {
                        // "“We are fine,” said Bo Smith, “and we will win.”", "''…,'' he
                        // told CNN after the debate, ''and I hope …''": the quotation
                        // resumes after the speaker tag.
                        content.push(tail);
                    } else if starts_with_comma && !inverted {
                        let tail = content_trim(self, rest.start + 1..rest.end);
                        if !tail.is_empty()
                            && text[tail.clone()].chars().any(char::is_alphanumeric)
                            && !(before_quoted && self.narration_after_tag(tail.clone()))
                        {
                            content.push(tail);
                        }
                    }
                } else if starts_with_comma && !inverted && has_rest {
                    // "Rubio says, win or lose in Florida, he’s staying in the race."
                    let tail = content_trim(self, rest.start + 1..rest.end);
                    if text[tail.clone()].chars().any(char::is_alphanumeric) {
                        content.push(self.cut_narrator_tail(tail));
                        forward = true;
                    }
                }
                if content.is_empty() {
                    return None;
                }
                Some(Candidate {
                    cue,
                    rule,
                    source,
                    via,
                    content,
                    frame_start,
                    forward,
                    shares_subject,
                    source_extent,
                })
            }
            Frame::Participle => {
                if self.not_cue(crule, sent, &cue, prev.as_deref().filter(|_| prev_adjacent)) {
                    return None;
                }
                let ok = !prev_adjacent && gap_to_prev.contains(',')
                    || prev.as_deref().is_some_and(|p| {
                        ["by", "while", "after", "before", "when", "in", "and"].contains(&p)
                    });
                // "…, with 22 percent saying they would not vote": the phrase after
                // "with" is the participle's own subject.
                let mut with_subject = if ok {
                    None
                } else {
                    self.with_subject(sent.start, cue.start)
                };
                let mut ok = ok;
                if !ok && with_subject.is_none() {
                    match self.noun_subject(sent.start, cue.start) {
                        // "Holding signs calling Christie a loser, the protesters
                        // chanted": an opening participle and its object are no subject.
                        Some(NounSubject::Own(m))
                            if text[sent.start..m.range.start]
                                .chars()
                                .all(|c| is_blank(c) || matches!(c, '“' | '"'))
                                && {
                                    let ws: Vec<_> =
                                        Words::new(text, m.range.clone()).take(2).collect();
                                    ws.len() == 2 && {
                                        let f = lower(&text[ws[0].clone()]);
                                        f.ends_with("ing")
                                            && f.len() > 5
                                            && first_lower(&text[ws[1].clone()])
                                            && !DETERMINERS
                                                .contains(&lower(&text[ws[1].clone()]).as_str())
                                    }
                                } => {}
                        Some(NounSubject::Own(m)) => with_subject = Some(m),
                        Some(NounSubject::Shared) => ok = true,
                        None => {}
                    }
                }
                if !ok && with_subject.is_none() {
                    return None;
                }
                let mut after = cue.end;
                // "telling his aides that …", "urging his critics to …": the
                // listener is no part of what was said.
                let mut via = Vec::new();
                if crule.recipient {
                    let (end, outlet) = self.listener_before_clause(cue.end, sent.end);
                    after = end;
                    via.extend(outlet);
                }
                let after = reference_to(text, cue_text, after, sent.end);
                let after = skip_adjuncts(text, after, sent.end);
                let quoted_before = text[sent.start..cue.start].contains(['“', '"'])
                    || text[sent.start..cue.start].contains("''");
                let after = if quoted_before {
                    after
                } else {
                    adjunct_before_complement(text, after, sent.end, true)
                };
                let rest = content_trim(self, after..sent.end);
                if rest.is_empty() || !text[rest.clone()].chars().any(char::is_alphanumeric) {
                    return None;
                }
                // The source is resolved against the sentence's other cues later,
                // unless "with" gave the participle a subject of its own.
                let frame_start = with_subject.as_ref().map_or(cue.start, |m| m.range.start);
                Some(Candidate {
                    cue: cue.clone(),
                    rule,
                    shares_subject: with_subject.is_none(),
                    source: with_subject,
                    via,
                    content: vec![rest],
                    frame_start,
                    forward: true,
                    source_extent: None,
                })
            }
            Frame::Passive => None,
            Frame::Preposition => {
                let lc = lower(cue_text);
                if lc == "per" || lc == "citing" {
                    // Weak prepositions: only with a named source right after.
                    if !prev_adjacent && !gap_to_prev.contains(',') && !at_sentence_start {
                        return None;
                    }
                }
                // "In a CNN poll, …": the match holds the source after its first word.
                // "In a CNN poll released Monday, …": the rule's word is the head of
                // the source, the cue the preposition opening the phrase.
                let (cue, matched_source) = if crule.opened_by.is_empty() {
                    (cue, None)
                } else {
                    let (open, m) = self.opened_source(sent, &cue, &crule.opened_by)?;
                    (open, Some(m))
                };
                let np_start = skip_blank(text, cue.end, sent.end);
                let (m, np_end) = match matched_source
                    .or_else(|| self.mention_after(np_start, sent.end))
                {
                    Some(x) => x,
                    // After "according to", any noun phrase is the source: "state law",
                    // "early results of exit polls conducted for The Associated Press".
                    None if lc == "according to" => self.any_phrase_after(np_start, sent.end)?,
                    None => return None,
                };
                let (region_start, content_end) = self.clause_back(sent.start, cue.start);
                let between: Vec<_> = Words::new(text, region_start..cue.start).take(3).collect();
                let only_conj = between.iter().all(|w| {
                    ["and", "but", "so", "yet", "while", "whereas"]
                        .contains(&lower(&text[w.clone()]).as_str())
                });
                let rest_start = skip_blank(text, np_end, sent.end);
                let rest_start = if text[rest_start..].starts_with(',') {
                    rest_start + 1
                } else {
                    rest_start
                };
                let rest = content_trim(self, rest_start..sent.end);
                let has_rest =
                    !rest.is_empty() && text[rest.clone()].chars().any(char::is_alphanumeric);
                // Opening its clause ("According to MEE, ...", "..., and according to MEE, ..."): the content follows.
                let opens_clause = only_conj && (content_end.is_none() || !between.is_empty());
                let before = if only_conj {
                    trim(text, sent.start..content_end.unwrap_or(region_start))
                } else {
                    trim(text, sent.start..cue.start)
                };
                let before = content_trim(self, before);
                let has_before = text[before.clone()].chars().any(char::is_alphanumeric);
                let mut content = Vec::new();
                let forward = opens_clause && has_rest;
                if forward {
                    content.push(rest);
                } else if has_before {
                    content.push(before);
                    if has_rest {
                        content.push(rest);
                    }
                } else {
                    return None;
                }
                let frame_start = cue.start;
                Some(Candidate {
                    cue,
                    rule,
                    source: Some(m),
                    via: Vec::new(),
                    content,
                    frame_start,
                    forward,
                    shares_subject: false,
                    source_extent: None,
                })
            }
        }
    }
}

/// A transcript turn: a paragraph opening with a speaker's name in capitals and a
/// colon ("JAKE TAPPER: …", "FALLIN: …"). Returns the label as source and the
/// colon as cue; the content is filled in per sentence.
fn transcript_turn(ctx: &Ctx, para: Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    // A label is short: look at the paragraph's first 48 bytes only.
    let mut cut = para.end.min(para.start + 48);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // Some sites open every quoted paragraph of a transcript with a quotation
    // mark ("\"WALLACE: Let’s start …"): the label follows it.
    let lead = text[para.start..cut]
        .char_indices()
        .find(|(_, c)| !is_blank(*c) && !matches!(c, '"' | '“'))
        .map_or(0, |(i, _)| i);
    let head = &text[para.start + lead..cut];
    let colon = head.find(':')?;
    let label = head[..colon].trim();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let plain = label
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    let nwords = label.split_whitespace().count();
    if letters < 3 || !plain || !(1..=4).contains(&nwords) {
        return None;
    }
    // Furniture labels, not speakers.
    if NOT_SPEAKERS.contains(&lower(label).as_ref()) {
        return None;
    }
    let start = para.start + lead + (head.len() - head.trim_start().len());
    let source = Mention {
        range: start..start + label.len(),
        kind: SourceKind::Person,
        outlet: None,
        pronoun: false,
    };
    let at = para.start + lead + colon;
    Some(Candidate {
        cue: at..at + 1,
        rule: RULE_TRANSCRIPT,
        source: Some(source),
        via: Vec::new(),
        content: Vec::new(),
        frame_start: start,
        forward: true,
        shares_subject: false,
        source_extent: None,
    })
}

/// A signature closing a quotation or a post: "“He represents our greatest
/// shame.” ― Sonya Herridge", "… another day in the campaign. — Sahil Kapur
/// (@sahilkapur) September 1, 2016</tweet>". The dash is the cue, the name after it
/// the source, and what the sentence says before the dash the content.
fn signature(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    // The last dash of the sentence: "―", "—", "–" or "--".
    // On bytes: every sentence is searched, and the three dashes are all E2 80 9x.
    let b = s.as_bytes();
    let mut i = b.len();
    let (dash_at, dash_len) = loop {
        i = b[..i].iter().rposition(|&c| c == b'-' || c == 0xE2)?;
        if b[i] == b'-' {
            if i > 0 && b[i - 1] == b'-' {
                break (i - 1, 2);
            }
        } else if b[i + 1] == 0x80 && matches!(b[i + 2], 0x93..=0x95) {
            break (i, 3);
        }
    };
    let tail = &s[dash_at + dash_len..];
    let name_text = tail.trim_start_matches(is_blank);
    let name_start = sent.start + dash_at + dash_len + (tail.len() - name_text.len());
    // The name: one to five capitalised words ("Julie A. Diaz Martinez").
    let mut end = name_start;
    let mut nwords = 0;
    for w in Words::new(text, name_start..sent.end) {
        let gap = &text[end..w.start];
        // "Edwin G. Monroy": an initial keeps its period.
        let initial = nwords > 0
            && gap.starts_with('.')
            && text[..end]
                .chars()
                .rev()
                .nth(1)
                .is_none_or(|c| !c.is_alphanumeric());
        let gap = if initial { &gap[1..] } else { gap };
        if !gap.chars().all(is_blank) || !starts_upper(&text[w.clone()]) {
            break;
        }
        nwords += 1;
        end = w.end;
        if nwords == 5 {
            break;
        }
    }
    if nwords < 2 {
        return None;
    }
    let rest = text[end..sent.end].trim_start_matches(is_blank);
    let handle = rest.starts_with("(@");
    let closes = rest.is_empty() || rest == "." || handle && rest.contains("</tweet>");
    if !closes {
        return None;
    }
    // Before the dash: a closed quotation, or a post (a handle follows the name).
    let before = text[sent.start..sent.start + dash_at].trim_end_matches(is_blank);
    if !(handle || before.ends_with(['”', '"', '’']) || before.ends_with("''")) {
        return None;
    }
    // A post's text starts after its opening tag, if the tag is in this sentence.
    let from = before.rfind('>').map_or(sent.start, |i| sent.start + i + 1);
    let content = content_trim(ctx, from..sent.start + before.len());
    if content.is_empty() || !text[content.clone()].chars().any(char::is_alphanumeric) {
        return None;
    }
    let at = sent.start + dash_at;
    Some(Candidate {
        cue: at..at + dash_len,
        rule: RULE_SIGNATURE,
        source: Some(Mention {
            range: name_start..end,
            kind: SourceKind::Person,
            outlet: None,
            pronoun: false,
        }),
        via: Vec::new(),
        content: vec![content.clone()],
        frame_start: content.start,
        forward: false,
        shares_subject: false,
        source_extent: None,
    })
}

/// A quotation opening the sentence and a speaker tag whose verb no rule lists:
/// "“Silly boys,” scoffed Arianna Gil, 22.", "“It’s time,” Ms. Gil scoffed."
/// Only a past-tense verb right after the closing mark (before a speaker) or
/// right after a capitalised name ending the tag, so narration after a quotation
/// ("“We will win.” Trump left the stage") is no tag. A fallback: it runs only
/// where no rule attributed the sentence.
fn quote_tag(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    if !s.starts_with(['“', '"']) && !s.starts_with("''") {
        return None;
    }
    // The quotation closes after a comma, question or exclamation mark.
    // Quotations are sorted by start: look only at those opening here.
    let quotes = &ctx.seg.quotes;
    let at = quotes.partition_point(|q| q.range.start < sent.start);
    let close = quotes[at..]
        .iter()
        .take_while(|q| q.range.start == sent.start)
        .find(|q| q.closed && q.range.end < sent.end)?
        .range
        .end;
    let inner = text[sent.start..close].trim_end_matches(['”', '"', '\'']);
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let past = |w: &Range<usize>| {
        let t = &text[w.clone()];
        first_lower(t) && (t.len() > 4 && t.ends_with("ed") || t == "wrote")
    };
    let ws: Vec<Range<usize>> = Words::new(text, close..sent.end).take(6).collect();
    let first = ws.first()?;
    if !text[close..first.start].chars().all(is_blank) {
        return None;
    }
    let (cue, source, extent) = if past(first) {
        // "“…,” scoffed Arianna Gil, 22, who helped found the group."
        let at = skip_blank(text, first.end, sent.end);
        if !ctx.speaker_after(at, sent.end) {
            return None;
        }
        let (m, end) = ctx.mention_after(at, sent.end)?;
        if m.pronoun {
            return None;
        }
        let extent = ctx
            .appositive_after(end, sent.end)
            .map(|e| m.range.start..e);
        (first.clone(), m, extent)
    } else {
        // "“…,” Ms. Gil scoffed.", "“…,” she laughed.": capitalised words or a
        // pronoun, then the verb ending the tag.
        let pronoun =
            ["he", "she", "they", "we", "i"].contains(&lower(&text[first.clone()]).as_str());
        let k = if pronoun {
            1
        } else {
            ws.iter().position(|w| !starts_upper(&text[w.clone()]))?
        };
        let verb = ws.get(k).filter(|w| k > 0 && past(w))?;
        let rest = text[verb.end..sent.end].trim_start();
        if !(rest.is_empty() || rest.starts_with(['.', ','])) {
            return None;
        }
        let m = ctx.mention_in(first.start..ws[k - 1].end, false)?;
        (verb.clone(), m, None)
    };
    let content = sent.start..close;
    Some(Candidate {
        cue,
        rule: RULE_QUOTE_TAG,
        source: Some(source),
        via: Vec::new(),
        content: vec![content.clone()],
        frame_start: content.start,
        forward: false,
        shares_subject: false,
        source_extent: extent,
    })
}

/// "Trump charges that …", "the senator countered: “…”": a named source, a
/// finite verb no rule lists, and a reported complement ("that", a quotation,
/// or a colon and a quotation) opening at once after it. The long tail of
/// reporting verbs is too long to list word by word, and the complement is what
/// makes a verb of almost any meaning a report here. Used only where no rule
/// attributed the sentence.
fn unlisted_verb(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let ws: Vec<Range<usize>> = Words::new(text, sent.clone()).collect();
    let finite = |t: &str| {
        let l = lower(t);
        BE.contains(&l.as_str())
            || AUXILIARIES.contains(&l.as_str())
            || ["do", "does", "did", "won’t", "won't"].contains(&l.as_str())
            || l.ends_with("n’t")
            || l.ends_with("n't")
            || l.len() > 4 && l.ends_with("ed")
    };
    for (i, w) in ws.iter().enumerate() {
        if i == 0 || ctx.seg.in_quote(w.start) {
            continue;
        }
        // The complement opens right after the verb (or its particle).
        let at = skip_blank(text, w.end, sent.end);
        let rest = &text[at..sent.end];
        let mut clause = false;
        let open = if rest.starts_with(':') {
            let q = skip_blank(text, at + 1, sent.end);
            if q == at + 1 || !text[q..sent.end].starts_with(['“', '"']) {
                continue;
            }
            q
        } else if ws
            .get(i + 1)
            .is_some_and(|n| n.start == at && &text[n.clone()] == "that")
        {
            clause = true;
            let after: Vec<&str> = ws[i + 2..]
                .iter()
                .take(12)
                .take_while(|x| !text[ws[i + 1].end..x.start].contains([',', ';', '—', '(']))
                .map(|x| &text[x.clone()])
                .collect();
            // "the states that have suffered", "the years that followed": a
            // relative "that" opens on its verb; "carried that message to …",
            // "proved that prediction wrong": a demonstrative opens no clause,
            // which has a finite verb of its own before its first comma.
            let relative = after.first().is_none_or(|f| {
                finite(f)
                    || first_lower(f)
                        && (f.len() > 4 && f.ends_with("ly")
                            || ["first", "also", "then", "now"].contains(f)
                            || plural_noun(f) && !ctx.lex(LexiconClass::PeopleNoun, f))
            });
            if relative
                || !after.iter().skip(1).any(|t| {
                    finite(t)
                        || t.contains(['’', '\''])
                        || plural_noun(t) && !ctx.lex(LexiconClass::PeopleNoun, t)
                })
            {
                continue;
            }
            at
        } else {
            continue;
        };
        // "fired back that", "went on:": a particle after the verb, not before a
        // bare quotation ("appeared on “Fox & Friends”").
        let mut v = i;
        if UNLISTED_PARTICLES.contains(&&text[w.clone()]) {
            v = i - 1;
            if open == at && !clause && !rest.starts_with(':')
                || !text[ws[v].end..w.start].chars().all(is_blank)
            {
                continue;
            }
        }
        let verb = &ws[v];
        let vt = &text[verb.clone()];
        if !vt.chars().all(|c| c.is_ascii_lowercase())
            || vt.len() < 4 && !(v < i && vt == "went")
            || vt.ends_with("ly")
            || ctx.is_cue_word(verb.clone())
            || ctx.lex(LexiconClass::UnlistedVerbStop, vt)
            || ctx.lex(LexiconClass::PeopleNoun, vt)
            || ctx.lex(LexiconClass::DocumentNoun, vt)
            || UNLISTED_NOT_VERBS.contains(&vt)
            || !within(&ctx.scan.sources, verb).is_empty()
        {
            continue;
        }
        // "went on:": an irregular past only with its particle.
        let past = vt.len() > 4 && vt.ends_with("ed") || v < i && vt == "went";
        let third = plural_noun(vt);
        // "is reaffirming", "has calculated": an auxiliary before the verb opens the cue.
        let mut cue_start = verb.start;
        let mut subj_end = verb.start;
        let mut aux = false;
        if v >= 2 {
            let p = &ws[v - 1];
            let pt = lower(&text[p.clone()]);
            let be = ["is", "are", "was", "were"].contains(&pt.as_str());
            let remain = ["remain", "remains", "remained"].contains(&pt.as_str());
            let have = ["has", "have", "had"].contains(&pt.as_str());
            // "are optimistic that", "remain confident that": a stance adjective
            // after "be" reports what its subject holds.
            if (be && (vt.ends_with("ing") || clause) || remain && clause || have && past)
                && text[p.end..verb.start].chars().all(is_blank)
            {
                cue_start = p.start;
                subj_end = p.start;
                aux = true;
            }
        }
        // An adverb may stand between the subject and the verb ("frequently emphasizes").
        let k = ws.partition_point(|x| x.start < subj_end);
        if k >= 1 {
            let p = &ws[k - 1];
            let pt = &text[p.clone()];
            if pt.len() > 4 && pt.ends_with("ly") && first_lower(pt) {
                subj_end = p.start;
            }
        }
        // The subject opens its clause.
        let clause_start = text[sent.start..subj_end]
            .rfind([',', ';', ':', '—', '(', '–'])
            .map_or(sent.start, |k| {
                let k = sent.start + k;
                k + text[k..].chars().next().map_or(1, char::len_utf8)
            });
        // The verb stays in the region: a name is a subject only before its verb.
        let Some(m) = ctx
            .leading_subject(clause_start..verb.end)
            .filter(|m| m.range.end <= subj_end)
            .or_else(|| ctx.mention_in(clause_start..subj_end, false))
        else {
            continue;
        };
        if !text[m.range.end..subj_end].chars().all(is_blank)
            || !Words::new(text, clause_start..m.range.start)
                .all(|x| UNLISTED_OPENERS.contains(&lower(&text[x]).as_str()))
        {
            continue;
        }
        let st = &text[m.range.clone()];
        let ls = lower(st);
        // "it seems that", "it turns out that": no one is speaking.
        if st.ends_with("’s")
            || st.ends_with("'s")
            || ["it", "this", "that", "there", "what", "which", "who"].contains(&ls.as_str())
        {
            continue;
        }
        let head_plural = last_word(text, m.range.start, m.range.end)
            .is_some_and(|lw| plural_noun(&lower(&text[lw])));
        // A bare form needs a plural subject ("experts affirm that", "they resent
        // that"); an -s form a singular one ("the campaign projects that").
        let plural = m.pronoun && ["they", "we", "i", "you"].contains(&ls.as_str())
            || head_plural
            || starts_upper(st) && st.contains(" and ");
        // A bare form is a verb only after a pronoun or a plural of people
        // ("experts caution that"), not after "signs" or "the news".
        let people = m.pronoun
            || matches!(m.kind, SourceKind::Group | SourceKind::Anonymous)
            || last_word(text, m.range.start, m.range.end)
                .is_some_and(|lw| ctx.lex(LexiconClass::PeopleNoun, &text[lw]));
        let bare = !third && !vt.ends_with("ing");
        if !(aux && people || past || third && !plural || bare && plural && people)
            // "Goldberg … imagined Christie was thinking": a verb inside the
            // phrase makes it no subject.
            || Words::new(text, m.range.clone()).any(|x| {
                let t = &text[x.clone()];
                first_lower(t) && (t.len() > 4 && t.ends_with("ed") || ctx.is_cue_word(x.clone()))
            })
        {
            continue;
        }
        let named = m.pronoun
            || m.kind != SourceKind::Unknown
            || last_word(text, m.range.start, m.range.end).is_some_and(|lw| {
                let t = &text[lw];
                ctx.lex(LexiconClass::TitleWord, t) || ctx.lex(LexiconClass::PeopleNoun, t)
            });
        if !named {
            continue;
        }
        let content = content_trim(ctx, open..sent.end);
        if content.is_empty() {
            continue;
        }
        return Some(Candidate {
            cue: cue_start..w.end,
            rule: RULE_UNLISTED_VERB,
            source: Some(m.clone()),
            via: Vec::new(),
            content: vec![content],
            frame_start: m.range.start,
            forward: true,
            shares_subject: false,
            source_extent: None,
        });
    }
    None
}

const UNLISTED_PARTICLES: &[&str] = &["back", "on", "out", "up"];
/// Words that may open a clause before its subject: "But they maintain that".
const UNLISTED_OPENERS: &[&str] = &[
    "and",
    "but",
    "so",
    "then",
    "yet",
    "instead",
    "now",
    "still",
    "maybe",
    "perhaps",
    "also",
    "even",
    "however",
    "meanwhile",
    "or",
];
/// Words before "that" that are no verb: "so that", "now that", "such that".
const UNLISTED_NOT_VERBS: &[&str] = &[
    "that", "than", "then", "just", "also", "only", "even", "said", "much", "such", "given",
    "except", "provided", "more", "less", "about", "with", "from", "into", "over", "after",
    "before", "since", "when", "once", "unless", "because", "this", "there", "here", "like",
    "says", "know", "knew", "hope", "think", "thinks", "believe", "believes", "series", "news",
    "species", "better", "worse",
];

/// A name introducing a quotation with a colon: "… doesn’t surprise Republican
/// pollster Daron Shaw: “Historically, …”", "IOWA POLLS NOT WRONG - Mark
/// Blumenthal and Jon Cohen: “Although …”". The colon is the cue, the name
/// (capitalised words, with title words and "and"/"of" between them) the source,
/// and the quotation after it the content.
/// Also returns whether the name opens its clause (sentence start or a dash).
fn colon_quote(ctx: &Ctx, sent: &Range<usize>) -> Option<(Candidate, bool)> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    // Every opener starts with the colon: the first colon one follows is the
    // earliest opener, found without a substring search per opener.
    // The blank may be a no-break space ("McDonald: \u{a0}“At long last …”").
    // Not a line break: a colon ending its paragraph introduces the next one.
    let opens_quote = |k: usize| {
        let rest = &s[k + 1..];
        let q = rest.trim_start_matches(|c: char| is_blank(c) && c != '\n');
        rest.len() - q.len() <= 3 && (q.starts_with(['“', '"']) || q.starts_with("''"))
    };
    let mut k = s.find(':')?;
    while !opens_quote(k) {
        k += 1 + s[k + 1..].find(':')?;
    }
    let colon = sent.start + k;
    if ctx.seg.in_quote(colon) {
        return None;
    }
    // "Rep. Trey Gowdy (R-S.C.):": the name stands before its parenthesis.
    let name_end = match text[sent.start..colon].strip_suffix(')') {
        Some(b) if !b.contains(['“', '"']) => b.rfind('(').map_or(colon, |i| {
            sent.start
                + text[sent.start..sent.start + i]
                    .trim_end_matches(is_blank)
                    .len()
        }),
        _ => colon,
    };
    // Walk back over the name.
    let ws: Vec<Range<usize>> = Words::new(text, sent.start..name_end).collect();
    // "More from the report: “…”": a document named before, in lower case.
    if let [.., from, the, doc] = ws.as_slice()
        && text[from.clone()].eq_ignore_ascii_case("from")
        && &text[the.clone()] == "the"
        && ["report", "study", "survey", "memo", "analysis"].contains(&&text[doc.clone()])
    {
        let source = Mention {
            range: the.start..doc.end,
            kind: SourceKind::Document,
            outlet: None,
            pronoun: false,
        };
        let c = colon_candidate(ctx, colon, sent.end, RULE_COLON_QUOTE, source, the.start)?;
        return Some((c, true));
    }
    let mut first = ws.len();
    let mut end_gap_ok = name_end;
    while first > 0 && ws.len() - first < 8 {
        let w = &ws[first - 1];
        let gap = &text[w.end..end_gap_ok];
        let initial = gap.starts_with('.') && w.len() == 1;
        // "’" is three bytes: step over the character, not one byte.
        let gap = match gap.chars().next() {
            Some(c) if initial || c == '’' || c == '\'' => &gap[c.len_utf8()..],
            _ => gap,
        };
        if !gap.chars().all(is_blank) {
            break;
        }
        let t = &text[w.clone()];
        let connector = matches!(t, "and" | "of" | "the" | "de");
        if !(starts_upper(t) || connector || ctx.lex(LexiconClass::TitleWord, t)) {
            break;
        }
        first -= 1;
        end_gap_ok = w.start;
    }
    // Connectors and title words do not open a name.
    while first < ws.len() && !starts_upper(&text[ws[first].clone()]) {
        first += 1;
    }
    // "More from Jones:", "From Andrea Peyser …": the name follows "from".
    if let Some(f) = (first..ws.len()).find(|&i| text[ws[i].clone()].eq_ignore_ascii_case("from")) {
        first = f + 1;
    }
    if first >= ws.len() {
        return None;
    }
    let label = ws[first].start..ws[ws.len() - 1].end;
    let names: Vec<&str> = ws[first..]
        .iter()
        .map(|w| &text[w.clone()])
        .filter(|t| starts_upper(t))
        .collect();
    // What stands before the name ends a clause: the sentence start, a dash, or a
    // verb or preposition in lower case ("surprise", "by").
    let before = text[sent.start..label.start].trim_end_matches(is_blank);
    let before = before
        .strip_suffix("from")
        .or_else(|| before.strip_suffix("From"))
        .map_or(before, |b| {
            let b = b.trim_end_matches(is_blank);
            b.strip_suffix("More")
                .unwrap_or(b)
                .trim_end_matches(is_blank)
        });
    let opens = before.is_empty() || before.ends_with(['—', '–', '-']);
    let lone_word = names.len() == 1;
    if lone_word && !opens {
        return None;
    }
    // "…," by Times' Michael Paulson: "…"": a byline, and "telling Breitbart
    // London:" a listener: the speaker is elsewhere.
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(prev, "by" | "telling" | "told" | "tells" | "to" | "with")
        || text[label.clone()].contains(['’', '\''])
    {
        return None;
    }
    // An all-capitals run is a headline, not a name ("IOWA POLLS NOT WRONG").
    if names.len() > 1 && names.iter().all(|t| t.chars().all(|c| !c.is_lowercase())) {
        return None;
    }
    let ltext = lower(&text[label.clone()]);
    if NOT_SPEAKERS.contains(&ltext.as_str()) {
        return None;
    }
    let source = ctx.mention_in(label.clone(), true).or_else(|| {
        (!lone_word).then(|| Mention {
            range: label.clone(),
            kind: SourceKind::Person,
            outlet: None,
            pronoun: false,
        })
    })?;
    if source.pronoun {
        return None;
    }
    let c = colon_candidate(ctx, colon, sent.end, RULE_COLON_QUOTE, source, label.start)?;
    Some((c, opens))
}

/// A paragraph ending in a cue and a colon introduces the next paragraph, in
/// quotation marks or not ("Hewitt writes: ⏎ The movie mentions …", "In a speech
/// last July, he said: ⏎ Let no one be mistaken …"): PolNeAR's content is the
/// paragraph after the colon. The paragraph's last sentence `si` is read together
/// with the next paragraph's first; the drafts are kept only when a cue before the
/// colon takes what follows it.
fn colon_lead_in(ctx: &Ctx, si: usize) -> Option<Vec<Draft>> {
    let text = ctx.text;
    let sents = &ctx.seg.sentences;
    let (sent, next) = (&sents[si], sents.get(si + 1)?);
    if next.paragraph != sent.paragraph + 1 {
        return None;
    }
    let lead = text[sent.range.clone()].trim_end_matches(is_blank);
    if !lead.ends_with(':') {
        return None;
    }
    let colon = sent.range.start + lead.len() - 1;
    let merged = sent.range.start..next.range.end;
    let drafts = analyze_sentence(ctx, &merged);
    drafts
        .iter()
        .filter_map(|d| d.candidate.as_ref())
        .any(|c| c.cue.end <= colon && c.content.first().is_some_and(|r| r.start >= colon))
        .then_some(drafts)
}

/// A signature on a line of its own under a quotation paragraph: "“… pay zero
/// taxes.” ⏎ - Sanders.", "-Michelle Marks, Philadelphia.". Returns the dash and
/// the name; what it signs is the paragraph before.
fn signature_line(ctx: &Ctx, sent: &Range<usize>) -> Option<(Range<usize>, Mention)> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    let dash = s
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '—' | '–' | '―'))?;
    let start = skip_blank(text, sent.start + dash.len_utf8(), sent.end);
    // The name: capitalised words up to a comma or the end ("President Obama,
    // tweeting after Clinton's speech.").
    let body = text[start..sent.end].trim_end_matches(['.', ' ']);
    let name_len = body.find(',').unwrap_or(body.len());
    let name = start..start + text[start..start + name_len].trim_end().len();
    let ws: Vec<Range<usize>> = Words::new(text, name.clone()).collect();
    if !(1..=4).contains(&ws.len())
        || !ws.iter().all(|w| starts_upper(&text[w.clone()]))
        || body[name_len..].split_whitespace().count() > 6
    {
        return None;
    }
    let m = ctx.mention_in(name.clone(), false).unwrap_or(Mention {
        range: name,
        kind: SourceKind::Person,
        outlet: None,
        pronoun: false,
    });
    if m.pronoun {
        return None;
    }
    Some((sent.start..sent.start + dash.len_utf8(), m))
}

/// Labels before a colon that are page furniture, not speakers ("UPDATE:",
/// "Related:"), lower case.
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "watch",
    "breaking",
    "note",
    "editor's note",
    "editor’s note",
    "correction",
    "read",
    "related",
    "video",
    "photos",
    "abstract",
    "source",
    "sources",
    "clarification",
    "previously",
    "email",
    "q",
    "a",
];

/// The cue frames built into the code rather than a rule file: (rule id, what it
/// does, an example), for `whosaid explain`.
pub const BUILTIN_FRAMES: &[(&str, &str, &str)] = &[
    (
        "cue.headline-colon",
        "A headline of the form \"Source: claim\": the short label before the colon speaks the rest of the headline.",
        "Graham: Trump’s rhetoric is hurting the party",
    ),
    (
        "cue.transcript-label",
        "A transcript turn: a paragraph opening with a speaker's label in capitals and a colon (after a quotation mark, as some sites print transcripts); the rest of the paragraph is the same speaker's.",
        "TAPPER: The mayor released a plan on Friday.",
    ),
    (
        "cue.colon-quote",
        "A name introducing a quotation with a colon, as digests and transcripts print it (\"… - Mark Blumenthal and Jon Cohen: “Although …”\"); the name is the source of the quotation.",
        "The delay surprises transit analyst Rosa Delgado: “Nobody planned for snow.”",
    ),
    (
        "cue.quote-tag",
        "A speaker tag after a quotation with a verb no rule lists (\"“…,” scoffed Arianna Gil\", \"“…,” remembered Roy Verley\"): a past-tense verb between the closing mark and a name, or after the name, is the cue, the name the source.",
        "“Nobody planned for snow,” scoffed Rosa Delgado.",
    ),
    (
        "cue.unlisted-verb",
        "A named source, a verb no rule lists and a reported complement opening at once after it (\"Trump charges that …\", \"the senator countered: “…”\"): the verb is the cue, the subject the source, the complement the content.",
        "Rosa Delgado countered that nobody had planned for snow.",
    ),
    (
        "cue.signature",
        "A signature after a quotation or a post: a dash and a name closing the line (\"“…” ― Sonya Herridge\", \"… — Sahil Kapur (@sahilkapur) September 1, 2016\"), or on a line of its own under a quotation paragraph (\"- Bernie Sanders.\"); the name is the source of what stands before the dash.",
        "“The depot is the heart of this town.” ― Rosa Delgado",
    ),
];

/// Cue frames built into the code rather than a rule file, with the rule ids reported for them.
const RULE_HEADLINE_COLON: usize = usize::MAX;
const RULE_TRANSCRIPT: usize = usize::MAX - 1;
const RULE_SIGNATURE: usize = usize::MAX - 2;
const RULE_COLON_QUOTE: usize = usize::MAX - 3;
const RULE_QUOTE_TAG: usize = usize::MAX - 4;
const RULE_UNLISTED_VERB: usize = usize::MAX - 5;

/// A candidate that is not a claim's own attribution (nested in a claim, or the
/// headline's), with its source resolved.
fn side_attribution(
    engine: &Engine,
    reg: &mut Registry,
    history: &[usize],
    c: &Candidate,
) -> Nested {
    Nested {
        cue: c.cue.clone(),
        rule: cue_rule_id(engine, c.rule),
        source: c.source.as_ref().map(|m| reg.resolve(m, history)),
        source_mention: c.source_mention(),
        content: c.content.clone(),
    }
}

fn cue_rule_id(engine: &Engine, rule: usize) -> String {
    match rule {
        RULE_HEADLINE_COLON => "cue.headline-colon".to_string(),
        RULE_TRANSCRIPT => "cue.transcript-label".to_string(),
        RULE_SIGNATURE => "cue.signature".to_string(),
        RULE_COLON_QUOTE => "cue.colon-quote".to_string(),
        RULE_QUOTE_TAG => "cue.quote-tag".to_string(),
        RULE_UNLISTED_VERB => "cue.unlisted-verb".to_string(),
        _ => engine.cues[rule].id.clone(),
    }
}

/// A headline's attribution: a cue frame as in the body ("Bellwether County Says
/// Trump Should Win"), or the headline convention "Source: claim" with a short
/// source before the colon ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ …").
fn headline_attribution(ctx: &Ctx, r: Range<usize>) -> Option<Candidate> {
    let framed = analyze_sentence(ctx, &r)
        .into_iter()
        .find_map(|d| d.candidate);
    let colon = headline_colon(ctx, r);
    match (framed, colon) {
        // "Pat Caddell: Democrat Voters Worried About …", "Report: Half Clinton’s
        // meetings were with donors; campaign says …": the source before the colon
        // speaks the whole headline, whatever verb stands after it.
        (Some(f), Some(c)) if f.cue.start > c.cue.start => Some(c),
        (Some(f), _) => Some(f),
        (None, c) => c,
    }
}

/// The headline convention "Source: claim".
fn headline_colon(ctx: &Ctx, r: Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let colon = r.start + text[r.clone()].find(':')?;
    // "EXCLUSIVE – Roger Stone: …": a kicker before a dash is no part of the label.
    let r = match text[r.start..colon].find(['–', '—']) {
        Some(k)
            if Words::new(text, r.start..r.start + k)
                .all(|w| text[w].chars().all(|c| !c.is_lowercase())) =>
        {
            skip_blank(text, r.start + k + '–'.len_utf8(), colon)..r.end
        }
        _ => r,
    };
    let label: Vec<Range<usize>> = Words::new(text, r.start..colon).take(12).collect();
    // Column names and page furniture, not speakers: "The Latest:", "Delegate
    // Update:", "Monday’s Morning Email:"; and the kickers of click-bait headlines
    // ("BOOM:", "Revealed:", "Wow:"), which PolNeAR never attributes.
    const FURNITURE: &[&str] = &[
        "latest",
        "update",
        "updates",
        "email",
        "daily",
        "notice",
        "previously",
        "stat",
        "roundup",
        "live",
        "watch",
        "exclusive",
        "opinion",
        "editorial",
        "breaking",
        "circle",
        "win",
        "morning",
        "evening",
        "weekly",
        "podcast",
        "video",
        "photos",
        "quiz",
        "timeline",
        "recap",
        "explainer",
        "huffpollster",
        "fact-check",
        "factcheck",
        "byline",
        "wow",
        "boom",
        "look",
        "revealed",
        "busted",
        "bombshell",
        "leaked",
    ];
    // "NY Daily News:": a furniture word inside an outlet's name is the outlet's.
    let outlets = within(&ctx.scan.outlets, &(r.start..colon));
    if label.iter().any(|w| {
        FURNITURE.contains(&lower(&text[w.clone()]).as_str())
            && !outlets
                .iter()
                .any(|(o, _)| o.start <= w.start && w.end <= o.end)
    }) {
        return None;
    }
    // "Gillibrand on Hillary Releasing Her Speech Transcripts:", "Clinton to Planned
    // Parenthood:": the speaker is the name before "on", "to" or "at".
    let name_end = label
        .iter()
        .position(|w| ["on", "to", "at"].contains(&&text[w.clone()]))
        .filter(|k| (1..=4).contains(k))
        .map(|k| label[k - 1].end);
    if name_end.is_none() && label.len() > 5 {
        return None;
    }
    let mut source = ctx.mention_in(r.start..name_end.unwrap_or(colon), false)?;
    if source.pronoun {
        return None;
    }
    // "Report: …", "Poll: …": an unnamed document, not a person called Report.
    const DOCUMENTS: &[&str] = &[
        "report",
        "poll",
        "survey",
        "study",
        "analysis",
        "memo",
        "documents",
        "audit",
        "records",
        "data",
        "probe",
        "investigation",
        "review",
    ];
    if DOCUMENTS.contains(&lower(text[source.range.clone()].trim()).as_str()) {
        source.kind = SourceKind::Document;
    }
    colon_candidate(ctx, colon, r.end, RULE_HEADLINE_COLON, source, r.start)
}

/// A "Source: claim" candidate: the colon is the cue, what follows it up to
/// `end` the content, unless nothing is said there.
fn colon_candidate(
    ctx: &Ctx,
    colon: usize,
    end: usize,
    rule: usize,
    source: Mention,
    frame_start: usize,
) -> Option<Candidate> {
    let content = content_trim(ctx, colon + 1..end);
    if !ctx.text[content.clone()].chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(Candidate {
        cue: colon..colon + 1,
        rule,
        source: Some(source),
        via: Vec::new(),
        content: vec![content],
        frame_start,
        forward: true,
        shares_subject: false,
        source_extent: None,
    })
}

/// Does `r` (the start of a sentence, up to a comma) only introduce what follows:
/// a prepositional or participial phrase, a subordinate clause, an adverb?
fn intro_adjunct(ctx: &Ctx, r: Range<usize>) -> bool {
    let text = ctx.text;
    let t = &text[r.clone()];
    // A quotation is content, but a short quoted title is not: "On this weekend’s
    // broadcast of “Fox News Sunday,”".
    // Worked out only for text with a quotation mark in it.
    let quoted_title = || {
        !t.trim_start().starts_with(['“', '"', '\''])
            && t.split(['“', '”', '"'])
                .skip(1)
                .step_by(2)
                .all(|q| q.split_whitespace().count() <= 5)
    };
    if t.contains(';') || (t.contains(['“', '"', '”']) || t.contains("''")) && !quoted_title() {
        return false;
    }
    // "Meanwhile, on the home front today," / "In his first reaction, during an
    // interview,": a run of introductory phrases, each opening with an intro word.
    if text[r.clone()].contains(',') {
        let mut at = r.start;
        return text[r.clone()].split(',').all(|chunk| {
            let piece = at..at + chunk.len();
            at += chunk.len() + 1;
            !chunk.trim().is_empty() && intro_chunk(ctx, piece)
        });
    }
    intro_chunk(ctx, r)
}

/// One comma-free piece of an introductory phrase.
/// A claim does not open with the narrator's link to the sentence before:
/// "But plenty of voters …", "And now there is …". Quotations keep their words.
fn content_open_trim(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let text = ctx.text;
    let mut start = r.start;
    while let Some(w) = Words::new(text, start..r.end).next() {
        if ctx.seg.in_quote(w.start) || !text[start..w.start].chars().all(is_blank) {
            break;
        }
        let lw = lower(&text[w.clone()]);
        let next = skip_blank(text, w.end, r.end);
        let next = if text[next..r.end].starts_with(',') {
            skip_blank(text, next + 1, r.end)
        } else {
            next
        };
        if ["but", "and", "yet", "so"].contains(&lw.as_str())
            && Words::new(text, next..r.end).take(3).count() >= 3
        {
            start = next;
            continue;
        }
        break;
    }
    // "told them, “I am a proud Muslim …”", "said to his supporters, “our nation
    // is in trouble”", "said pointedly, with a smile: “Can happen …”": who was
    // addressed, or how, is no part of the quotation after it.
    if let Some(k) = text[start..r.end].find([',', ':'])
        && !text[start..start + k].contains(['“', '”', '"'])
        && let after = skip_blank(text, start + k + 1, r.end)
        && text[after..r.end].starts_with(['“', '"'])
    {
        let lead: Vec<Range<usize>> = Words::new(text, start..start + k).take(9).collect();
        let addressed = |w: &Range<usize>| {
            let lw = lower(&text[w.clone()]);
            RECIPIENT_WORDS.contains(&lw.as_str())
                || ["crowd", "audience", "followers", "fans", "supporters"].contains(&lw.as_str())
        };
        let how = lead.first().is_some_and(|w| {
            let lw = lower(&text[w.clone()]);
            PREPOSITIONS.contains(&lw.as_str()) || lw.ends_with("ly") && lw.len() > 4
        });
        if (1..=8).contains(&lead.len()) && (lead.iter().take(2).any(addressed) || how) {
            start = after;
        }
    }
    start..r.end
}

/// Content that stands before its cue does not open with the writer's link to
/// the sentence before: "In fact, campaign records show …, according to",
/// "Still, ridership has fallen, the board says". Strips leading comma-ended
/// connectives as long as a clause of three words or more remains.
fn opener_trim(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let text = ctx.text;
    let mut start = r.start;
    while let Some(k) = text[start..r.end].find(',') {
        let comma = start + k;
        if ctx.seg.in_quote(start) || ctx.seg.in_quote(comma) || !connective(ctx, start..comma) {
            break;
        }
        let next = skip_blank(text, comma + 1, r.end);
        if Words::new(text, next..r.end).take(3).count() < 3 {
            break;
        }
        start = next;
    }
    start..r.end
}

/// A discourse connective that links the sentence to the one before ("In
/// fact", "However", "Even so", "At the same time"): PolNeAR leaves it out of
/// the content, where it keeps a time or place ("In 2014, …") or a
/// subordinate clause ("If …, …").
fn connective(ctx: &Ctx, r: Range<usize>) -> bool {
    const ONE: &[&str] = &[
        "however",
        "nevertheless",
        "nonetheless",
        "still",
        "meanwhile",
        "instead",
        "moreover",
        "indeed",
        "furthermore",
        "additionally",
        "besides",
        "similarly",
        "likewise",
        "ultimately",
        "overall",
        "regardless",
        "otherwise",
        "thus",
        "therefore",
        "but",
        "and",
        "yet",
        "so",
        "also",
    ];
    const TWO: &[&str] = &[
        "in fact",
        "in contrast",
        "in addition",
        "in particular",
        "in short",
        "in turn",
        "of course",
        "even so",
        "by contrast",
        "after all",
        "for example",
        "for instance",
        "as such",
        "in general",
        "to be sure",
        "at least",
    ];
    let ws: Vec<String> = Words::new(ctx.text, r.clone())
        .take(6)
        .map(|w| lower(&ctx.text[w]).to_string())
        .collect();
    let ws: Vec<&str> = ws
        .iter()
        .map(String::as_str)
        .skip_while(|w| ["but", "and", "yet"].contains(w))
        .collect();
    match ws.as_slice() {
        [] => true,
        [w] => ONE.contains(w),
        [a, b] => TWO.contains(&format!("{a} {b}").as_str()),
        ["at", "the", "same", "time"] | ["on", "the", "other", "hand"] | ["as", "a", "result"] => {
            true
        }
        _ => false,
    }
}

fn intro_chunk(ctx: &Ctx, r: Range<usize>) -> bool {
    let text = ctx.text;
    // Words are read only as far as the test needs (the leading conjunctions,
    // the word after them, whether there is a third), not collected: of the
    // first sixteen, `cur` is word k and `next` word k + 1.
    let mut ws = Words::new(text, r.clone()).take(16);
    let Some(first) = ws.next() else {
        return true;
    };
    let mut k = 0;
    let mut cur = first.clone();
    let mut next = ws.next();
    // "But despite …", "And in a statement …".
    while let Some(n) = next.clone()
        && ctx.lex(LexiconClass::ClauseConjunction, &text[cur.clone()])
    {
        k += 1;
        cur = n;
        next = ws.next();
    }
    // At most two words: none after word k, or word k is the first and word
    // 1 the last.
    let at_most_two = next.is_none() && k <= 1 || k == 0 && ws.next().is_none();
    let w = lower(&text[cur.clone()]);
    at_most_two
        || INTRO_WORDS.contains(&w.as_str())
        || SUBORDINATORS.contains(&w.as_str())
        || (w.ends_with("ing") || w.ends_with("ed")) && k == 0 && first.start == cur.start
}

/// Is the aside between a subject and its cue ("…, for his part,", "…, clearly
/// frustrated,", "…, however,") an adverbial rather than an appositive?
fn adverbial_aside(text: &str, r: Range<usize>) -> bool {
    let Some(w) = Words::new(text, r).next() else {
        return false;
    };
    let w = lower(&text[w]);
    w.ends_with("ly")
        || [
            "for",
            "in",
            "on",
            "at",
            "by",
            "however",
            "though",
            "too",
            "meanwhile",
            "instead",
            "also",
            "then",
            "surprisingly",
            "like",
            "unlike",
            "after",
            "before",
            "during",
            "despite",
            "speaking",
            "asked",
            "meanwhile",
            "perhaps",
            "of",
        ]
        .contains(&w.as_str())
}

/// Words that open an introductory phrase rather than a clause.
const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "despite",
    "with",
    "without",
    "for",
    "from",
    "by",
    "under",
    "over",
    "amid",
    "among",
    "following",
    "throughout",
    "within",
    "outside",
    "inside",
    "unlike",
    "like",
    "beyond",
    "meanwhile",
    "however",
    "still",
    "later",
    "earlier",
    "now",
    "today",
    "yesterday",
    "last",
    "this",
    "separately",
    "instead",
    "shortly",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "even",
    "moreover",
    "indeed",
    "also",
    "then",
    "asked",
    "speaking",
    "writing",
    "appearing",
    "addressing",
    "responding",
];

fn skip_blank(text: &str, mut pos: usize, end: usize) -> usize {
    while pos < end {
        let c = text[pos..].chars().next().unwrap();
        if !is_blank(c) {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

/// Trim blanks, and a sentence-final period or colon that is not inside a quotation.
fn content_trim(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let mut r = trim(ctx.text, r);
    loop {
        let s = &ctx.text[r.clone()];
        match s.chars().last() {
            Some(c @ ('.' | ':' | ';' | ',' | '!' | '?')) if !ctx.seg.in_quote(r.end - 1) => {
                if (c == '!' || c == '?') && !s.trim_end_matches(['!', '?']).is_empty() {
                    // A question or exclamation is part of what is claimed.
                    break;
                }
                r.end -= c.len_utf8();
                r = trim(ctx.text, r);
            }
            _ => break,
        }
    }
    r
}

/// Byte offset of `word` as a whole word in `hay` (both lower case).
fn find_word(hay: &str, word: &str) -> Option<usize> {
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
fn first_via_phrase<'p>(hay: &str, phrases: &'p [String]) -> Option<(&'p str, usize)> {
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
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut i = 0;
    while i <= last_start {
        i += hay[i..=last_start].iter().position(|&b| b == first)?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind_word(hay: &str, word: &str) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(i) = find_word(&hay[from..], word) {
        last = Some(from + i);
        from = from + i + word.len();
    }
    last
}

/// Claim drafts for one sentence, in text order.
struct Draft {
    range: Range<usize>,
    candidate: Option<Candidate>,
    /// Other attributions inside the clause ("Smith said Jones believes ..."):
    /// not the claim's own, but attributions all the same.
    nested: Vec<Candidate>,
}

impl Draft {
    /// A whole sentence attributed by one frame, with nothing nested.
    fn whole(range: &Range<usize>, c: Candidate) -> Vec<Draft> {
        vec![Draft {
            range: range.clone(),
            candidate: Some(c),
            nested: Vec::new(),
        }]
    }
}

fn clause_boundaries(ctx: &Ctx, sent: &Range<usize>) -> Vec<(usize, usize)> {
    // (comma position, start of the word after the conjunction)
    let text = ctx.text;
    let mut out = Vec::new();
    let s = &text[sent.clone()];
    // Commas and semicolons in order, each kind found by memchr rather than
    // a test of every byte of every sentence.
    let mut commas = s.match_indices(',').map(|(i, _)| i).peekable();
    let mut semicolons = s.match_indices(';').map(|(i, _)| i).peekable();
    while let Some(i) = match (commas.peek(), semicolons.peek()) {
        (Some(a), Some(b)) if b < a => semicolons.next(),
        (Some(_), _) => commas.next(),
        (None, _) => semicolons.next(),
    } {
        let c = s.as_bytes()[i] as char;
        let p = sent.start + i;
        // "… a “vibrant Mexico,” and he pronounced": a comma just inside a closing
        // quotation mark ends the clause all the same.
        let mut after = p + 1;
        if ctx.seg.in_quote(p) {
            let closing = text[after..]
                .chars()
                .next()
                .filter(|q| matches!(q, '”' | '"'))
                .map(char::len_utf8);
            match closing {
                Some(n) if c == ',' && !ctx.seg.in_quote(after + n) => after += n,
                _ => continue,
            }
        }
        let mut ws = Words::new(text, after..sent.end);
        let Some(w0) = ws.next() else { continue };
        if !text[after..w0.start].chars().all(is_blank) {
            continue;
        }
        if c == ';' {
            out.push((p, w0.start));
            continue;
        }
        if ctx.lex(LexiconClass::ClauseConjunction, &text[w0.clone()]) {
            let next = ws.next().map(|w| w.start).unwrap_or(w0.end);
            out.push((p, next));
        }
    }
    out
}

/// The comma right before the subject of candidate `c` where that subject opens
/// the main clause after a sentence-initial adverbial clause ("As Trump spoke,
/// the crowd chanted"), or where `c` reports what precedes it ("… opposed the
/// plan, a new poll shows"). The comma may close a quotation: "… Loser,” the
/// protesters chanted".
fn main_clause_comma(ctx: &Ctx, sent: &Range<usize>, c: &Candidate) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "as",
        "while",
        "when",
        "although",
        "though",
        "because",
        "since",
        "whereas",
        "once",
        "before",
        "until",
        "if",
        "following",
    ];
    let text = ctx.text;
    let src = c.source.as_ref()?;
    if src.range.start != c.frame_start || c.shares_subject || c.cue.start < src.range.end {
        return None;
    }
    let before = text[sent.start..c.frame_start].trim_end_matches(is_blank);
    let before = before.trim_end_matches(['”', '"', '’']);
    let before = before.strip_suffix("''").unwrap_or(before);
    let comma = sent.start + before.strip_suffix(',')?.len();
    if ctx.seg.in_quote(comma) && !text[comma + 1..].starts_with(['”', '"', '’', '\'']) {
        return None;
    }
    // "…, the mayor leads by two points": only a known kind of source reports
    // what stands before it.
    if !c.forward {
        return (src.kind != SourceKind::Unknown).then_some(comma);
    }
    let first = Words::new(text, sent.start..comma)
        .map(|w| lower(&text[w]))
        .find(|w| !["but", "and", "yet", "so"].contains(&w.as_str()))?;
    OPENERS.contains(&first.as_str()).then_some(comma)
}

/// Content cut short where a later frame takes over ("… rejected Sanders’
/// approach Saturday, saying …", "… criticized him on ABC News, his response
/// …") ends in a time or a channel that dates or places the cue: cut it as
/// cut_narrator_tail does at the sentence's end.
fn retail(ctx: &Ctx, c: &mut Candidate) {
    if !c.forward {
        return;
    }
    if let Some(last) = c.content.last_mut() {
        let r = content_trim(ctx, last.clone());
        *last = ctx.cut_trailing_time(ctx.cut_trailing_manner(r));
    }
    c.content.retain(|r| !r.is_empty());
}

/// The adverbial subordinator ("because", "when", "while", …) right before the
/// frame of candidate `c`, if its subject follows one: "because he worries".
fn adverbial_clause_at(ctx: &Ctx, c: &Candidate) -> Option<Range<usize>> {
    const ADVERBIAL: &[&str] = &[
        "because", "when", "while", "although", "though", "since", "whereas", "as", "after",
        "before", "until", "once",
    ];
    c.source.as_ref()?;
    let w = last_word(ctx.text, 0, c.frame_start)?;
    let gap_blank = ctx.text[w.end..c.frame_start].chars().all(is_blank);
    (gap_blank && ADVERBIAL.contains(&lower(&ctx.text[w.clone()]).as_ref())).then_some(w)
}

fn analyze_sentence(ctx: &Ctx, sent: &Range<usize>) -> Vec<Draft> {
    let mut cands: Vec<Candidate> = Vec::new();
    for (cue, rule) in within(&ctx.scan.cues, sent) {
        if cue.end > sent.end || ctx.seg.in_quote(cue.start) {
            continue;
        }
        // Skip cues swallowed by an earlier candidate's source or recipient.
        if cands.iter().any(|c| {
            c.source
                .as_ref()
                .is_some_and(|s| s.range.start <= cue.start && cue.end <= s.range.end)
                || c.via
                    .iter()
                    .any(|v| v.range.start <= cue.start && cue.end <= v.range.end)
        }) {
            continue;
        }
        // "three Western states warned": a cue word followed at once by another cue is a noun.
        let next_cue = ctx
            .scan
            .cues
            .get(ctx.scan.cues.partition_point(|(m, _)| m.start <= cue.start));
        if next_cue.is_some_and(|(m, _)| {
            m.start > cue.end && ctx.text[cue.end..m.start].chars().all(is_blank)
        }) {
            continue;
        }
        if let Some(c) = ctx.candidate(sent, cue.clone(), *rule) {
            cands.push(c);
        }
    }
    // A participle takes the source of the cue before it, or the sentence's subject.
    for i in 0..cands.len() {
        if cands[i].shares_subject {
            let prev = cands[..i]
                .iter()
                .rev()
                .find(|c| c.source.is_some() && !c.shares_subject)
                .and_then(|c| {
                    c.source
                        .clone()
                        .map(|s| (s, c.via.clone(), c.source_extent.clone()))
                });
            let (src, via) = match prev {
                Some((s, via, extent)) => {
                    cands[i].source_extent = extent;
                    (Some(s), via)
                }
                None => {
                    // The main clause's subject, after an introductory "However," or "On Monday,".
                    let cue_start = cands[i].cue.start;
                    let mut rs = sent.start;
                    let ws: Vec<_> = Words::new(ctx.text, sent.start..cue_start)
                        .take(4)
                        .collect();
                    for w in ws.iter().take(4) {
                        if ctx.text[w.end..].starts_with(',')
                            && !ctx.text[w.end + 1..].starts_with(|c: char| c.is_ascii_digit())
                        {
                            rs = w.end + 1;
                            break;
                        }
                    }
                    // "As word of the results rolled in, he gave a speech, predicting":
                    // failing that, the subject opening a later clause of the sentence.
                    // "At a rally in Ohio on Tuesday night, Mr. Lee struck a measured
                    // tone, saying": a longer introductory phrase ends at its comma.
                    let after_intro = || {
                        ctx.text[sent.start..cue_start]
                            .match_indices(',')
                            .map(|(k, _)| sent.start + k)
                            .filter(|k| !ctx.seg.in_quote(*k))
                            .find(|k| intro_adjunct(ctx, sent.start..*k))
                            .and_then(|k| ctx.leading_subject(k + 1..cue_start))
                    };
                    let subject = ctx
                        .leading_subject(rs..cue_start)
                        .or_else(after_intro)
                        .or_else(|| ctx.leading_subject(sent.start..cue_start))
                        .or_else(|| {
                            ctx.text[sent.start..cue_start]
                                .match_indices(',')
                                .map(|(k, _)| sent.start + k + 1)
                                .filter(|k| !ctx.seg.in_quote(*k) && *k < cue_start)
                                .find_map(|k| {
                                    ctx.leading_subject(k..cue_start).filter(|m| m.pronoun)
                                })
                        });
                    (subject, Vec::new())
                }
            };
            cands[i].source = src;
            cands[i].via = via;
        }
    }
    // An agentless passive names no source of its own.
    cands.retain(|c| c.source.is_some() || ctx.engine.cues[c.rule].frame == Frame::Passive);
    // "Axios reported on the meeting, stating that ...": the later cue of the same source is the one with the content.
    // Where a frame opens a clause of its own (", but Smith said that ..."),
    // the comma that ends the clause before it.
    let bounds = clause_boundaries(ctx, sent);
    let opens_clause = |c: &Candidate| -> Option<usize> {
        let (comma, _) = bounds
            .iter()
            .rev()
            .find(|(comma, _)| *comma < c.frame_start)?;
        (ctx.text[*comma + 1..c.frame_start]
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            <= 1)
            .then_some(*comma)
    };
    let mut keep = vec![true; cands.len()];
    let mut nested_at = vec![false; cands.len()];
    let mut shared_splits: Vec<usize> = Vec::new();
    for i in 0..cands.len() {
        for j in i + 1..cands.len() {
            let inside = cands[i]
                .content
                .iter()
                .any(|r| r.start <= cands[j].cue.start && cands[j].cue.end <= r.end);
            if !inside || !cands[i].forward {
                continue;
            }
            // An agentless passive inside reported speech ("Smith said Jones was
            // charged") is part of what was said: neither a report of its own
            // nor a clause that ends the outer content.
            if cands[j].source.is_none() {
                keep[j] = false;
                continue;
            }
            // "economists who favor consumption taxes agree that …": the relative
            // clause is part of the later cue's subject and ends with it; the main
            // clause is no part of what the relative clause reports.
            if let (Some(rel), Some(outer)) = (&cands[i].source, &cands[j].source)
                && matches!(
                    lower(&ctx.text[rel.range.clone()]).as_str(),
                    "who" | "which" | "that"
                )
                && outer.range.start < rel.range.start
                && rel.range.end <= outer.range.end
            {
                let end = outer.range.end;
                for r in &mut cands[i].content {
                    *r = content_trim(ctx, r.start..r.end.min(end));
                }
                cands[i].content.retain(|r| !r.is_empty());
                keep[i] = keep[i] && !cands[i].content.is_empty();
                continue;
            }
            let same = cands[i].source.as_ref().map(|s| s.range.clone())
                == cands[j].source.as_ref().map(|s| s.range.clone());
            // Where a second verb of the same subject takes over: its conjunction
            // ("… but argues that"), or the comma before a participle ("…, calling").
            let cut = if ctx.engine.cues[cands[j].rule].frame == Frame::Verb {
                cands[j].frame_start
            } else {
                ctx.text[cands[i].cue.end..cands[j].cue.start]
                    .rfind(',')
                    .map_or(cands[j].cue.start, |k| cands[i].cue.end + k)
            };
            let earlier: Vec<Range<usize>> = cands[i]
                .content
                .iter()
                .filter(|r| r.start < cut)
                .map(|r| content_trim(ctx, r.start..r.end.min(cut)))
                .filter(|r| !r.is_empty())
                .collect();
            let substantive = earlier
                .iter()
                .map(|r| Words::new(ctx.text, r.clone()).count())
                .sum::<usize>()
                >= 1;
            if same && cands[j].shares_subject && substantive {
                // "Clinton says she respects Sanders but argues that …", "The minister
                // denied meeting the lobbyists, calling the report false": two claims.
                cands[i].content = earlier;
                retail(ctx, &mut cands[i]);
                shared_splits.push(cut);
            } else if same {
                // "Axios reported on the meeting, stating that …": the later cue has the content.
                keep[i] = false;
            } else if let Some(sub) =
                adverbial_clause_at(ctx, &cands[j]).filter(|w| w.start > cands[i].cue.end)
            {
                // "is backing Clinton because he worries Sanders would lose": an
                // adverbial clause is no part of what the outer cue reports; its
                // own cue makes a claim of its own.
                for r in &mut cands[i].content {
                    r.end = r.end.min(sub.start);
                }
                cands[i].content.retain(|r| r.start < r.end);
                retail(ctx, &mut cands[i]);
                shared_splits.push(sub.start);
            } else if let Some(comma) = opens_clause(&cands[j]).filter(|c| *c > cands[i].cue.end) {
                // A new clause with its own source: the earlier content stops at its comma.
                for r in &mut cands[i].content {
                    r.end = r.end.min(comma);
                }
                retail(ctx, &mut cands[i]);
            } else if let Some(comma) =
                main_clause_comma(ctx, sent, &cands[j]).filter(|c| *c > cands[i].cue.end)
            {
                // "As Trump spoke, the crowd chanted …", "… rejected the plan, a new
                // poll shows": the earlier cue's content ends where the clause of
                // the later one begins; both attribute.
                for r in &mut cands[i].content {
                    r.end = r.end.min(comma);
                }
                cands[i].content.retain(|r| r.start < r.end);
                retail(ctx, &mut cands[i]);
            } else {
                // A cue inside another's content is a nested attribution: the outer one owns the claim.
                keep[j] = false;
                // Stances inside reported speech ("told the Times that Carter
                // believes …") are part of what was said: on PolNeAR train only one
                // in five such nested stances is annotated as an attribution.
                let rule = &ctx.engine.cues[cands[j].rule];
                nested_at[j] = !rule.named_source && rule.nests;
                // Its source starts inside the outer content, not before the outer cue:
                // "The governor said the treasurer believes …" -> "the treasurer".
                let inner_start = cands[i]
                    .content
                    .iter()
                    .find(|r| r.start <= cands[j].cue.start)
                    .map(|r| r.start);
                if let (Some(at), Some(src)) = (inner_start, cands[j].source.clone())
                    && src.range.start < at
                    && at < src.range.end
                {
                    cands[j].source = ctx.mention_in(at..src.range.end, false);
                }
            }
        }
    }
    let nested_cands: Vec<Candidate> = cands
        .iter()
        .zip(&nested_at)
        .filter(|(_, n)| **n)
        .map(|(c, _)| c.clone())
        .collect();
    let cands: Vec<Candidate> = cands
        .into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(c, _)| c)
        .collect();

    // Split the sentence where a new attribution frame opens a clause.
    let mut splits: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.forward)
        .filter_map(|c| opens_clause(c).map(|comma| (comma, c.frame_start)))
        // "In a two-minute response, Trump said …": an introductory phrase is no claim.
        .filter(|(comma, _)| !intro_adjunct(ctx, sent.start..*comma))
        .collect();
    // A second verb of the same subject is a claim of its own:
    // "Clinton says she respects Sanders | but argues that he can’t deliver".
    for cut in shared_splits {
        let next = skip_blank(
            ctx.text,
            cut + usize::from(ctx.text[cut..].starts_with(',')),
            sent.end,
        );
        splits.push((cut, next));
    }
    splits.sort();
    splits.dedup();
    let mut pieces: Vec<Range<usize>> = Vec::new();
    let mut start = sent.start;
    for (end, next) in &splits {
        if *end > start {
            pieces.push(start..*end);
        }
        start = start.max(*next);
    }
    pieces.push(start..sent.end);
    let mut drafts = Vec::new();
    for piece in pieces {
        // The first frame of the piece whose content survives inside it makes the
        // claim; a frame that names its source before one that names none.
        let cand = cands
            .iter()
            .filter(|c| c.source.is_some())
            .chain(cands.iter().filter(|c| c.source.is_none()))
            .filter(|c| c.cue.start >= piece.start && c.cue.end <= piece.end)
            .find_map(|c| {
                let mut c = c.clone();
                // Content stays inside its clause.
                c.content = c
                    .content
                    .iter()
                    .map(|r| r.start.max(piece.start)..r.end.min(piece.end))
                    .filter(|r| r.start < r.end)
                    .map(|r| content_trim(ctx, r))
                    .filter(|r| !r.is_empty())
                    .collect();
                if let Some(first) = c.content.first_mut() {
                    *first = content_open_trim(ctx, first.clone());
                }
                // Content before its cue does not open with the writer's link
                // to the sentence before.
                if let Some(first) = c.content.first_mut()
                    && first.end <= c.cue.start
                {
                    *first = opener_trim(ctx, first.clone());
                }
                // "The board, which considered the matter, rejected both objections":
                // a relative clause with a main clause after it reports inside the
                // narrator's sentence; it nests in the claim, never makes it.
                let inside_main = || {
                    c.source
                        .as_ref()
                        .zip(c.content.last())
                        .is_some_and(|(src, last)| {
                            matches!(
                                lower(&ctx.text[src.range.clone()]).as_str(),
                                "who" | "which" | "that" | "whom"
                            ) && src.range.start > piece.start
                                && Words::new(ctx.text, last.end..piece.end).nth(2).is_some()
                        })
                };
                // "… from customers who were told they would learn": an agentless
                // passive deep in the narrator's sentence reports inside it; it
                // makes the claim only where its frame opens the clause, after at
                // most a short opener ("In 1962 Viguerie was named").
                let buried = || {
                    c.source.is_none()
                        && Words::new(ctx.text, piece.start..c.frame_start)
                            .nth(4)
                            .is_some()
                };
                (!c.content.is_empty() && !inside_main() && !buried()).then_some(c)
            });
        let in_piece = |c: &Candidate| c.cue.start >= piece.start && c.cue.end <= piece.end;
        let chosen = cand.as_ref().map(|c| c.cue.clone());
        let nested: Vec<Candidate> = nested_cands
            .iter()
            .chain(cands.iter())
            .filter(|c| in_piece(c) && Some(&c.cue) != chosen.as_ref())
            .cloned()
            .collect();
        drafts.push(Draft {
            range: piece,
            candidate: cand,
            nested,
        });
    }
    drafts
}

/// Merges source phrases into sources: aliases, acronyms the article
/// defines, surnames of people named in full.
struct Registry<'a> {
    text: &'a str,
    engine: &'a Engine,
    sources: Vec<Source>,
    /// Hashed with FNV: short keys, looked up for every attributed claim.
    keys: HashMap<String, usize, std::hash::BuildHasherDefault<crate::phrases::Fnv>>,
    /// Acronyms defined in the article ("Middle East Eye (MEE)"): acronym -> full name.
    acronyms: HashMap<String, String>,
    /// People by the last word of their name, as written, in source order:
    /// a one-word name finds the first of them without walking every source.
    by_last: FnvMap<String, Vec<usize>>,
    /// Sources other than people whose name has several words, by the last
    /// word lower-cased, in source order: "the authority" finds "transit authority".
    by_head: FnvMap<String, Vec<usize>>,
}

type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<crate::phrases::Fnv>>;

fn strip_title(engine: &Engine, name: &str) -> String {
    let ws: Vec<&str> = name.split_whitespace().collect();
    // The trailing run of capitalised words is the name; titles before it go.
    let mut k = ws.len();
    while k > 0 {
        let w = ws[k - 1];
        if starts_upper(w) && !engine.lexicon.has(LexiconClass::TitleWord, w)
            || w.starts_with("al-")
            || ["de", "van", "von", "bin", "da", "del", "la", "le"].contains(&w)
        {
            k -= 1;
        } else {
            break;
        }
    }
    let run = &ws[k..];
    if run.is_empty() {
        return name.to_string();
    }
    run.join(" ").trim_end_matches(['’', '\'']).to_string()
}

fn clean_np(s: &str) -> String {
    let s = s.trim_matches(|c: char| is_blank(c) || matches!(c, ',' | '.' | ';' | ':'));
    let mut out = String::new();
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

impl<'a> Registry<'a> {
    fn intern(
        &mut self,
        key: String,
        name: String,
        kind: SourceKind,
        outlet: Option<usize>,
    ) -> usize {
        if let Some(i) = self.keys.get(&key) {
            return *i;
        }
        let i = self.sources.len();
        let aliases = outlet
            .map(|o| self.engine.outlets[o].aliases.clone())
            .unwrap_or_default();
        self.sources.push(Source {
            name,
            kind,
            aliases,
            mentions: Vec::new(),
            outlet,
        });
        self.index(i);
        self.keys.insert(key, i);
        i
    }

    /// An earlier non-person source whose name ends with this head noun ("transit authority" for "authority").
    fn head_noun_source(&self, head: &str) -> Option<usize> {
        let h = lower(head);
        if h.is_empty() || h.contains(' ') {
            // Not one word: not what the index holds.
            let suffix = format!(" {}", h);
            return self.sources.iter().rposition(|s| {
                s.kind != SourceKind::Person
                    && s.name.contains(' ')
                    && lower(&s.name).ends_with(&suffix)
            });
        }
        self.by_head.get(&*h).and_then(|v| v.last().copied())
    }

    /// Add source `i`, under its current name, to the look-up indexes.
    fn index(&mut self, i: usize) {
        let s = &self.sources[i];
        if s.kind == SourceKind::Person {
            if let Some(last) = s.name.split_whitespace().last() {
                let ids = self.by_last.entry(last.to_string()).or_default();
                let at = ids.partition_point(|&j| j < i);
                ids.insert(at, i);
            }
        } else if let Some(k) = s.name.contains(' ').then(|| lower(&s.name)) {
            let head = &k[k.rfind(' ').map_or(0, |p| p + 1)..];
            let ids = self.by_head.entry(head.to_string()).or_default();
            let at = ids.partition_point(|&j| j < i);
            ids.insert(at, i);
        }
    }

    /// Take source `i` out of the look-up indexes, before its name changes.
    fn unindex(&mut self, i: usize) {
        let s = &self.sources[i];
        let ids = if s.kind == SourceKind::Person {
            s.name
                .split_whitespace()
                .last()
                .and_then(|last| self.by_last.get_mut(last))
        } else if let Some(k) = s.name.contains(' ').then(|| lower(&s.name)) {
            let head = &k[k.rfind(' ').map_or(0, |p| p + 1)..];
            self.by_head.get_mut(head)
        } else {
            None
        };
        if let Some(ids) = ids {
            ids.retain(|&j| j != i);
        }
    }

    /// Give source `i` a new name, keeping the indexes in step.
    fn rename(&mut self, i: usize, name: String) -> String {
        self.unindex(i);
        let old = std::mem::replace(&mut self.sources[i].name, name);
        self.index(i);
        old
    }

    fn add_alias(&mut self, i: usize, alias: &str) {
        let s = &mut self.sources[i];
        if alias != s.name && !s.aliases.iter().any(|a| a == alias) {
            s.aliases.push(alias.to_string());
        }
    }

    fn resolve(&mut self, m: &Mention, history: &[usize]) -> usize {
        let raw = clean_np(&self.text[m.range.clone()]);
        let idx = if let Some(o) = m.outlet {
            let name = self.engine.outlets[o].name.clone();
            self.intern(
                format!("outlet:{}", self.engine.outlets[o].id),
                name,
                SourceKind::Outlet,
                Some(o),
            )
        } else if m.pronoun {
            let p = lower(&raw);
            let want = |k: SourceKind| match p.as_str() {
                "he" | "she" | "i" | "who" => k == SourceKind::Person,
                "it" => matches!(
                    k,
                    SourceKind::Organization | SourceKind::Outlet | SourceKind::Document
                ),
                _ => true,
            };
            // Pronouns look back a bounded way: they refer to recent sources.
            match history
                .iter()
                .rev()
                .take(64)
                .find(|i| want(self.sources[**i].kind))
            {
                Some(i) => *i,
                None => self.intern(
                    format!("unknown:{}", p),
                    raw.clone(),
                    SourceKind::Unknown,
                    None,
                ),
            }
        } else {
            // "the Committee to Protect Journalists (CPJ)": the name without its parenthetical.
            let (raw, paren) = match (raw.rfind(" ("), raw.ends_with(')')) {
                (Some(k), true) => (
                    raw[..k].to_string(),
                    Some(raw[k + 2..raw.len() - 1].to_string()),
                ),
                _ => (raw.clone(), None),
            };
            if let Some(full) = self.acronyms.get(&raw).cloned() {
                // An acronym the article defined: the same source as its full name.
                let key = format!("{}:{}", SourceKind::Organization.as_str(), lower(&full));
                let i = self.intern(key, full, SourceKind::Organization, None);
                self.add_alias(i, &raw);
                self.sources[i].mentions.push(m.range.clone());
                return i;
            }
            let mut name = raw.clone();
            let first = name.split_whitespace().next().unwrap_or("").to_string();
            if lower(&first) == "the" {
                name = name[first.len()..].trim_start().to_string();
            } else if ["a", "an", "one", "two", "three", "some", "several"]
                .contains(&lower(&first).as_str())
            {
                name = format!("{}{}", lower(&first), &name[first.len()..]);
            }
            match m.kind {
                SourceKind::Person => {
                    let person = strip_title(self.engine, &name);
                    let surname = person.split_whitespace().last().unwrap_or("").to_string();
                    let exact = format!("person:{}", lower(&person));
                    if let Some(i) = self.keys.get(&exact).copied() {
                        i
                    } else if let Some(i) = self
                        .keys
                        .get(&format!("person:{}", lower(&surname)))
                        .copied()
                        .filter(|_| person.contains(' '))
                    {
                        // A surname seen first, now named in full.
                        let old = self.rename(i, person.clone());
                        self.add_alias(i, &old);
                        self.keys.insert(exact, i);
                        i
                    } else if let Some(i) = (!person.contains(' '))
                        .then(|| self.by_last.get(&person).and_then(|v| v.first().copied()))
                        .flatten()
                    {
                        self.add_alias(i, &person);
                        self.keys.insert(exact, i);
                        i
                    } else {
                        let i = self.intern(exact, person.clone(), SourceKind::Person, None);
                        if person.contains(' ') {
                            self.keys.insert(format!("person:{}", lower(&surname)), i);
                        }
                        i
                    }
                }
                // "The authority" after "the transit authority": the same source.
                _ if let Some(i) = (!name.contains(' ') && lower(&first) == "the")
                    .then(|| self.head_noun_source(&name))
                    .flatten() =>
                {
                    i
                }
                kind => {
                    let key = format!("{}:{}", kind.as_str(), lower(&name));
                    let i = self.intern(key, name.clone(), kind, None);
                    if let Some(acronym) = paren.as_ref().filter(|a| self.acronyms.contains_key(*a))
                    {
                        self.add_alias(i, acronym);
                    }
                    i
                }
            }
        };
        if !m.pronoun {
            // Each side lower-cased once, the name borrowed rather than cloned.
            let (lr, ln) = (lower(&raw), lower(&self.sources[idx].name));
            if lr != ln && !lr.ends_with(ln.as_str()) {
                self.add_alias(idx, &raw);
            }
        }
        self.sources[idx].mentions.push(m.range.clone());
        idx
    }
}

/// Acronyms an article defines for itself: "Middle East Eye (MEE)".
fn defined_acronyms(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('(') {
        let open = from + i;
        from = open + 1;
        let Some(close_rel) = text[open + 1..].find(')') else {
            break;
        };
        let inner = &text[open + 1..open + 1 + close_rel];
        let acr = inner.trim().trim_start_matches("the ");
        if !(2..=8).contains(&acr.len()) || !acr.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        {
            continue;
        }
        // Words before the parenthesis whose initials spell the acronym.
        let before = text[..open].trim_end();
        let ws: Vec<&str> = before.split_whitespace().rev().take(8).collect();
        let first = acr.chars().next().unwrap();
        let mut take = 0;
        for (k, w) in ws.iter().enumerate() {
            if w.starts_with(first) && starts_upper(w) {
                take = k + 1;
                break;
            }
        }
        if take == 0 {
            continue;
        }
        let full: Vec<&str> = ws[..take].iter().rev().copied().collect();
        let full = full.join(" ");
        out.insert(acr.to_string(), full);
    }
    out
}

/// Attribute every claim of the document's body.
pub fn attribute(
    text: &str,
    seg: &Segments,
    engine: &Engine,
    scan: &Scan,
    headline: Option<Range<usize>>,
) -> Analysis {
    let ctx = Ctx {
        text,
        engine,
        scan,
        seg,
        headline: headline.clone(),
    };
    let mut reg = Registry {
        text,
        engine,
        sources: Vec::new(),
        keys: HashMap::default(),
        acronyms: defined_acronyms(text),
        by_last: FnvMap::default(),
        by_head: FnvMap::default(),
    };
    // Acronyms defined for registry outlets or sources: alias them up front.
    let mut claims: Vec<Claim> = Vec::new();
    // Sources used so far, for pronouns and hedges.
    let mut history: Vec<usize> = Vec::new();
    // The last outlet in `history`, and how much of it was looked at: history
    // only grows, so each hedge reads only what came since the last one.
    let mut last_outlet: (usize, Option<usize>) = (0, None);
    let headline = headline
        .and_then(|h| headline_attribution(&ctx, h))
        .map(|c| side_attribution(engine, &mut reg, &history, &c));
    // Transcript turns, found once per paragraph.
    let mut turn_of: Option<(usize, Option<Candidate>)> = None;
    // The paragraph a colon lead-in introduced, whose sentences go on in its voice,
    // and the first of them, read with the lead-in.
    let mut lead_para: Option<usize> = None;
    let mut lead_taken: Option<usize> = None;
    for (si, sent) in seg.sentences.iter().enumerate() {
        if lead_taken == Some(si) {
            continue;
        }
        // The sentence, or a colon lead-in read with the sentence it introduces.
        let mut sentence = sent.range.clone();
        // "“… pay zero taxes.” ⏎ - Sanders.": the signature attributes the
        // quotation paragraph before it, which nothing else attributed.
        if let Some((dash, m)) = (sent.paragraph > 0
            && seg.paragraphs[sent.paragraph].start == sent.range.start)
            .then(|| signature_line(&ctx, &sent.range))
            .flatten()
        {
            let prev =
                text[seg.paragraphs[sent.paragraph - 1].clone()].trim_end_matches(['.', ' ']);
            let quotation = (prev.starts_with(['“', '"']) || prev.starts_with("''"))
                && prev.ends_with(['”', '"', '\'']);
            // Claims come in paragraph order: the previous paragraph's are at the end.
            let mut from = claims.len();
            while from > 0 && claims[from - 1].paragraph + 1 >= sent.paragraph {
                from -= 1;
            }
            let own: Vec<usize> = (from..claims.len())
                .filter(|&i| claims[i].paragraph + 1 == sent.paragraph)
                .collect();
            if quotation
                && !own.is_empty()
                && own
                    .iter()
                    // A speaker only guessed from before the paragraph yields to the
                    // one the signature names.
                    .all(|&i| claims[i].attribution.status != Status::Explicit)
            {
                let src = reg.resolve(&m, &history);
                history.push(src);
                for (k, &i) in own.iter().enumerate() {
                    let att = &mut claims[i].attribution;
                    *att = Attribution::none();
                    att.source = Some(src);
                    if k == 0 {
                        att.status = Status::Explicit;
                        att.cue = Some(dash.clone());
                        att.rule = Some(cue_rule_id(engine, RULE_SIGNATURE));
                        att.source_mention = Some(m.range.clone());
                    } else {
                        att.status = Status::Inherited;
                        att.inherited_from = Some(own[0]);
                    }
                }
                continue;
            }
        }
        if turn_of.as_ref().is_none_or(|(p, _)| *p != sent.paragraph) {
            let para = seg.paragraphs[sent.paragraph].clone();
            turn_of = Some((sent.paragraph, transcript_turn(&ctx, para)));
        }
        let turn = turn_of.as_ref().and_then(|(_, t)| t.as_ref());
        let drafts = match turn {
            // "TAPPER: Donald Trump released a video on Friday.": the speaker's label owns
            // the paragraph's first sentence ...
            Some(c) if sent.range.start <= c.cue.start && c.cue.end <= sent.range.end => {
                let mut c = c.clone();
                let content = content_trim(&ctx, c.cue.end..sent.range.end);
                if content.is_empty() {
                    continue;
                }
                c.content = vec![content];
                Draft::whole(&sent.range, c)
            }
            _ => match signature(&ctx, &sent.range) {
                Some(c) => Draft::whole(&sent.range, c),
                None if let Some(drafts) = colon_lead_in(&ctx, si) => {
                    let next = &seg.sentences[si + 1];
                    lead_taken = Some(si + 1);
                    lead_para = Some(next.paragraph);
                    sentence = sent.range.start..next.range.end;
                    drafts
                }
                None => {
                    // A name and a colon opening the sentence, or after a dash,
                    // speak the quotation whatever stands before; elsewhere the
                    // frame is a fallback.
                    let colon = colon_quote(&ctx, &sent.range);
                    let drafts = match &colon {
                        Some((_, true)) => Vec::new(),
                        _ => analyze_sentence(&ctx, &sent.range),
                    };
                    let unattributed = drafts.iter().all(|d| d.candidate.is_none());
                    match colon {
                        Some((c, opens)) if opens || unattributed => Draft::whole(&sent.range, c),
                        _ if unattributed && let Some(c) = quote_tag(&ctx, &sent.range) => {
                            Draft::whole(&sent.range, c)
                        }
                        _ => drafts
                            .into_iter()
                            .map(|mut d| {
                                if d.candidate.is_none() {
                                    d.candidate = unlisted_verb(&ctx, &d.range);
                                }
                                d
                            })
                            .collect(),
                    }
                }
            },
        };
        for d in drafts {
            // Punctuation alone ("“”") claims nothing.
            if !text[d.range.clone()].chars().any(char::is_alphanumeric) {
                continue;
            }
            let mut att = Attribution::none();
            let mut span = trim(text, d.range.clone());
            let mut fragments = Vec::new();
            if let Some(c) = &d.candidate {
                let src = c.source.as_ref().map(|m| reg.resolve(m, &history));
                let via: Vec<usize> = c.via.iter().map(|m| reg.resolve(m, &history)).collect();
                att.status = Status::Explicit;
                att.source = src;
                att.via = via;
                att.cue = Some(c.cue.clone());
                att.rule = Some(cue_rule_id(engine, c.rule));
                att.source_mention = c.source_mention();
                // "Hewitt writes: The movie …": the colon introduces the content and
                // is no part of it.
                let mut content = c.content.clone();
                if let Some(first) = content.first_mut()
                    && text[first.clone()].starts_with(':')
                    && text[first.start + 1..first.end]
                        .chars()
                        .any(char::is_alphanumeric)
                {
                    first.start = skip_blank(text, first.start + 1, first.end);
                }
                span = content.first().unwrap().start..content.last().unwrap().end;
                if content.len() > 1 {
                    fragments = content;
                }
                if let Some(s) = src {
                    history.push(s);
                }
                history.extend(att.via.iter().copied());
            } else {
                span = content_trim(&ctx, span);
            }
            // Hedges: "reportedly" with no named reporter.
            // A hedge inside what a named source says ("Police said the man allegedly
            // stole a car") is that source's word, not an unnamed report.
            let explicit = att.status == Status::Explicit;
            if let Some((h, hr)) = within(&scan.hedges, &d.range).iter().find(|(h, _)| {
                !(seg.in_quote(h.start) || explicit && span.start <= h.start && h.end <= span.end)
            }) {
                att.hedge = Some(h.clone());
                att.hedge_rule = Some(engine.hedges[*hr].id.clone());
                let named_outlet = att
                    .via
                    .iter()
                    .chain(att.source.iter())
                    .any(|s| reg.sources[*s].kind == SourceKind::Outlet);
                if !named_outlet {
                    for &s in &history[last_outlet.0..] {
                        if reg.sources[s].kind == SourceKind::Outlet {
                            last_outlet.1 = Some(s);
                        }
                    }
                    last_outlet.0 = history.len();
                    let outlet = last_outlet.1;
                    att.hedge_resolved_to = outlet;
                    match (att.status, outlet) {
                        (Status::Explicit, Some(o)) => att.via.push(o),
                        (Status::Unattributed, Some(o)) => {
                            att.status = Status::Explicit;
                            att.source = Some(o);
                            att.cue = Some(h.clone());
                            att.rule = att.hedge_rule.clone();
                        }
                        _ => {}
                    }
                }
            }
            if att.status == Status::Unattributed && att.hedge.is_none() {
                // Inherit from the claim before, in the same paragraph only.
                // Only a quotation continues a speaker's words on its own ("… she said.
                // “We will rebuild.”"), or the rest of a sentence already split off its
                // cue. Narration after an attribution is the writer's again: on PolNeAR
                // train, 61% of such sentences carry no gold attribution.
                let lead = text[span.clone()].trim_start();
                // "But “…”", "Indeed, “…”": a connective before the quotation
                // leaves it a quotation all the same.
                let connective_quote = || {
                    let k = seg.quotes.partition_point(|q| q.range.start < span.start);
                    seg.quotes[k..]
                        .iter()
                        .take_while(|q| q.range.start < span.end)
                        .find(|q| !q.single)
                        .is_some_and(|q| {
                            Words::new(text, span.start..q.range.start).nth(2).is_none()
                                && !text[q.range.end.min(span.end)..span.end]
                                    .chars()
                                    .any(char::is_alphanumeric)
                        })
                };
                let quoted = lead.starts_with(['“', '"', '‘'])
                    || lead.starts_with("''")
                    || seg.in_quote(span.start + 1)
                    || connective_quote();
                // A paragraph that opens with a quotation right after an attributed
                // paragraph goes on in the same voice ("… Viguerie tells Breitbart
                // News. ⏎ “He’s what we’ve waited for.”"): the one exception to the
                // paragraph boundary.
                // So does a paragraph of a quotation the writer runs on over several
                // paragraphs, each opening with a mark and closing only at the last.
                let quote_paragraph = quoted
                    && seg.paragraphs.get(sent.paragraph).is_some_and(|p| {
                        p.start == sent.range.start
                            && (text[p.clone()].trim_end().ends_with(['”', '"', '’'])
                                || text[p.clone()].trim_end().ends_with("''")
                                || seg.quotes
                                    [seg.quotes.partition_point(|q| q.range.start < p.start)..]
                                    .iter()
                                    .take_while(|q| q.range.start == p.start)
                                    .any(|q| !q.closed && !q.single))
                    });
                // The rest of a paragraph a colon introduced ("Hewitt writes: ⏎ …").
                let led = lead_para == Some(sent.paragraph);
                // "“…,” Trump added. He then had a question for the crowd. ⏎ “Who’s
                // going to pay for it?”": one sentence of narration without a
                // quotation of its own leaves a quotation with no tag the last
                // speaker's.
                let across = |i: usize| {
                    let (narration, speaker) = (&claims[i], &claims[i - 1]);
                    quoted
                        && narration.attribution.status == Status::Unattributed
                        && speaker.attribution.status != Status::Unattributed
                        && speaker.paragraph == narration.paragraph
                        && narration.quotes.is_empty()
                        && !text[narration.span.clone()].contains(['“', '"', '”'])
                        && (narration.paragraph == sent.paragraph
                            || quote_paragraph && narration.paragraph + 1 == sent.paragraph)
                };
                let last = claims.len().checked_sub(1);
                let last = match last {
                    Some(i) if i >= 1 && across(i) => Some(i - 1),
                    _ => last,
                };
                if let Some((pi, prev)) = last.map(|i| (i, &claims[i]))
                    && (prev.paragraph == sent.paragraph
                        || pi + 1 < claims.len()
                        || (quote_paragraph || led) && prev.paragraph + 1 == sent.paragraph)
                    // ... and the rest of the turn is the same speaker's.
                    && (quoted || prev.sentence == sent.range || turn.is_some() || led)
                    && prev.attribution.status != Status::Unattributed
                {
                    let p = &prev.attribution;
                    att.status = Status::Inherited;
                    att.source = p.source;
                    att.via = p.via.clone();
                    att.inherited_from = Some(pi);
                    att.hedge_resolved_to = None;
                }
            }
            let speaker = att.source;
            let quotes = crate::attribute::quotes_in(seg, &d.range, &span, speaker);
            let nested = d
                .nested
                .iter()
                .map(|c| side_attribution(engine, &mut reg, &history, c))
                .collect();
            claims.push(Claim {
                span,
                fragments,
                sentence: sentence.clone(),
                paragraph: sent.paragraph,
                attribution: att,
                quotes,
                nested,
            });
        }
    }
    // Every mention of a known source, not only the ones that attribute a claim.
    full_names(&mut reg);
    add_mentions(&mut reg, scan);
    Analysis {
        sources: reg.sources,
        claims,
        headline,
    }
}

fn quotes_in(
    seg: &Segments,
    piece: &Range<usize>,
    span: &Range<usize>,
    speaker: Option<usize>,
) -> Vec<QuoteRef> {
    let lo = seg.quotes.partition_point(|q| q.range.start < piece.start);
    seg.quotes[lo..]
        .iter()
        .take_while(|q| q.range.start < piece.end)
        .filter(|q| q.range.start < span.end && q.range.end > span.start)
        .map(|q| QuoteRef {
            // The words quoted, without the marks.
            range: (q.range.start + q.open_len)..(q.range.end - q.close_len),
            speaker,
        })
        .collect()
}

/// People cited by surname alone ("Witkoff reportedly told") take the full
/// name the article gives them elsewhere ("envoy Steve Witkoff"), so the
/// report names them as a reader would. Bounded: the first 32 such people.
fn full_names(reg: &mut Registry) {
    let text = reg.text;
    let single: Vec<usize> = (0..reg.sources.len())
        .filter(|&i| {
            reg.sources[i].kind == SourceKind::Person && !reg.sources[i].name.contains(' ')
        })
        .take(32)
        .collect();
    let wanted = |n: &str| n.len() >= 3 && starts_upper(n);
    // Every occurrence of every surname, in one pass over the text: these and
    // the surnames of the second pass below (a full name found here keeps its
    // surname last), so that the text is walked once, not twice.
    let person_surnames = |reg: &Registry| -> Vec<String> {
        reg.sources
            .iter()
            .filter(|s| s.kind == SourceKind::Person)
            .take(32)
            .map(|s| s.name.split_whitespace().last().unwrap_or("").to_string())
            .collect()
    };
    let mut names: Vec<String> = single
        .iter()
        .map(|&i| reg.sources[i].name.clone())
        .collect();
    names.extend(person_surnames(reg));
    let found = occurrences(text, &names, wanted);
    for (k, i) in single.into_iter().enumerate() {
        let surname = reg.sources[i].name.clone();
        if surname.len() < 3 || !starts_upper(&surname) {
            continue;
        }
        let full = found[k].iter().find_map(|&at| {
            let after_ok = text[at + surname.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let before = text[..at].strip_suffix(' ')?;
            let first = before
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
                .next()?;
            let is_name = first.chars().count() >= 2
                && starts_upper(first)
                && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !reg.engine.lexicon.has(LexiconClass::TitleWord, first)
                && !reg.engine.lexicon.has(LexiconClass::SentenceStarter, first);
            (after_ok && is_name).then(|| format!("{} {}", first, surname))
        });
        if let Some(full) = full {
            reg.rename(i, full);
            let src = &mut reg.sources[i];
            if !src.aliases.contains(&surname) {
                src.aliases.insert(0, surname);
            }
        }
    }
    // Every whole-word mention of a person's surname is a mention of that person.
    let found: Vec<Vec<usize>> = person_surnames(reg)
        .iter()
        .map(|n| match names.iter().position(|m| m == n) {
            Some(k) => found[k].clone(),
            None => occurrences(text, std::slice::from_ref(n), wanted).remove(0),
        })
        .collect();
    for (k, src) in reg
        .sources
        .iter_mut()
        .filter(|s| s.kind == SourceKind::Person)
        .take(32)
        .enumerate()
    {
        let Some(surname) = src.name.split_whitespace().last().map(str::to_string) else {
            continue;
        };
        if surname.len() < 3 || !starts_upper(&surname) {
            continue;
        }
        for &at in &found[k] {
            let end = at + surname.len();
            let whole = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if whole {
                src.mentions.push(at..end);
            }
        }
    }
}

/// `text.match_indices(n)` for each of `names` that `wanted` accepts (none
/// for the others), in one pass over the text rather than one per name.
fn occurrences(text: &str, names: &[String], wanted: impl Fn(&str) -> bool) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); names.len()];
    // Names by first byte; each name's matches do not overlap, as match_indices' do not.
    let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
    for (k, n) in names.iter().enumerate() {
        if !n.is_empty() && wanted(n) {
            by_first[n.as_bytes()[0] as usize].push(k);
        }
    }
    if by_first.iter().all(Vec::is_empty) {
        return out;
    }
    let mut starts = [false; 256];
    for (c, ks) in by_first.iter().enumerate() {
        starts[c] = !ks.is_empty();
    }
    let mut next_free = vec![0usize; names.len()];
    let b = text.as_bytes();
    // Eight bytes at a time: a chunk where no name starts (most of them) costs
    // one test, not a branch per byte, on this walk over the whole article.
    for (ci, chunk) in b.chunks(8).enumerate() {
        // A whole chunk as an array: the compiler unrolls the eight tests.
        let hit = match <&[u8; 8]>::try_from(chunk) {
            Ok(c8) => c8.iter().fold(false, |any, &d| any | starts[d as usize]),
            Err(_) => true,
        };
        if !hit {
            continue;
        }
        for (at, c) in chunk.iter().enumerate().map(|(i, c)| (ci * 8 + i, c)) {
            if !starts[*c as usize] {
                continue;
            }
            for &k in &by_first[*c as usize] {
                let n = names[k].as_bytes();
                // The second byte first: most capitals start no name, and a
                // byte compare is cheaper than the call `starts_with` makes.
                if at >= next_free[k]
                    && n.get(1).is_none_or(|d| b.get(at + 1) == Some(d))
                    && b[at..].starts_with(n)
                {
                    out[k].push(at);
                    next_free[k] = at + n.len();
                }
            }
        }
    }
    out
}

fn add_mentions(reg: &mut Registry, scan: &Scan) {
    let by_outlet: HashMap<usize, usize> = reg
        .sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.outlet.map(|o| (o, i)))
        .collect();
    for (m, idx) in &scan.outlets {
        if let Some(&i) = by_outlet.get(idx) {
            reg.sources[i].mentions.push(m.clone());
        }
    }
    // Keep each mention once: a bare outlet name inside a longer phrase already listed goes.
    for s in &mut reg.sources {
        s.mentions
            .sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut kept: Vec<Range<usize>> = Vec::with_capacity(s.mentions.len());
        for r in s.mentions.drain(..) {
            if kept.last().is_none_or(|k| r.end > k.end) {
                kept.push(r);
            }
        }
        s.mentions = kept;
    }
}

#[cfg(test)]
mod helper_tests {
    use super::*;

    const TRICKY: &[&str] = &[
        "Sen. Ann Lee (D-Ore.) said the U.S. plan -- \"won’t work\" -- isn’t over.",
        "--- ... ’’ '' a.-b 3.5 O’Brien’s al-Assad’s e.g. x- -y ‘quoted’ Ünïcödé ärger.",
        "  Mr. Smith’ and Jones' said... “No,” he said — well – maybe. 10,000 supporters.",
        "word",
        ". - ' ’",
    ];

    #[test]
    fn first_via_phrase_is_find_word_phrase_by_phrase() {
        let phrases: Vec<String> = [
            "in an interview with",
            "who spoke to",
            "speaking to",
            "told",
            "to",
            "a b a",
            "ärger",
        ]
        .map(String::from)
        .to_vec();
        let texts = TRICKY.iter().copied().chain([
            "The aides SPEAKING TO reporters, who spoke to us, told",
            "xa b a b a",
            "Ärger ärger: toldto told",
            "In An Interview With MEE the envoy spoke to",
            "",
        ]);
        for t in texts {
            for from in 0..phrases.len() {
                let ps = &phrases[from..];
                let lower = t.to_ascii_lowercase();
                let old = ps
                    .iter()
                    .find_map(|p| find_word(&lower, p).map(|i| (p.as_str(), i)));
                assert_eq!(first_via_phrase(t, ps), old, "{:?} {:?}", t, ps);
            }
        }
    }

    #[test]
    fn last_word_is_the_last_of_words() {
        for t in TRICKY {
            for pos in (0..=t.len()).filter(|p| t.is_char_boundary(*p)) {
                for floor in (0..=pos).filter(|p| t.is_char_boundary(*p)) {
                    let mut from = pos.saturating_sub(96).max(floor);
                    while !t.is_char_boundary(from) {
                        from += 1;
                    }
                    let want = Words::new(t, from..pos).last();
                    assert_eq!(last_word(t, floor, pos), want, "{:?} {}..{}", t, floor, pos);
                }
            }
        }
    }

    #[test]
    fn words_read_backwards_are_words_reversed() {
        for (t, a, b) in sampled_ranges() {
            let mut back = Vec::new();
            let mut end = b;
            while let Some(w) = last_word_in(t, a, end) {
                end = w.start;
                back.push(w);
            }
            back.reverse();
            assert_eq!(back, words(t, a..b), "{}..{}", a, b);
        }
    }

    /// Some 1,800 ranges of each tricky text and of an article.
    fn sampled_ranges() -> Vec<(&'static str, usize, usize)> {
        let article = include_str!("../fixtures/000_cf4754b5362d07c1.txt");
        let mut out = Vec::new();
        for t in TRICKY.iter().copied().chain([article]) {
            let bounds: Vec<usize> = (0..=t.len()).filter(|p| t.is_char_boundary(*p)).collect();
            let step = (bounds.len() / 60).max(1);
            for &a in bounds.iter().step_by(step) {
                for &b in bounds.iter().filter(|b| **b >= a).step_by(step) {
                    out.push((t, a, b));
                }
            }
        }
        out
    }

    /// `Words` as it was written first, over `char_indices`.
    fn reference_words(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut it = text[r.clone()].char_indices();
        loop {
            let mut start: Option<usize> = None;
            let mut stop = r.end;
            for (i, c) in it.by_ref() {
                let p = r.start + i;
                if is_word_char(c) {
                    if start.is_none() && c != '.' && c != '\'' && c != '’' && c != '-' {
                        start = Some(p);
                    }
                } else if start.is_some() {
                    stop = p;
                    break;
                }
            }
            let Some(s) = start else { return out };
            let t = &text[s..stop];
            let trimmed = t.trim_end_matches(['.', '\'', '’', '-']);
            out.push(if t.ends_with('.') && trimmed.contains('.') {
                s..stop
            } else {
                s..s + trimmed.len()
            });
        }
    }

    #[test]
    fn words_split_as_before() {
        for (t, a, b) in sampled_ranges() {
            assert_eq!(words(t, a..b), reference_words(t, a..b), "{}..{}", a, b);
        }
    }

    #[test]
    fn last_word_on_an_article() {
        let t = include_str!("../fixtures/000_cf4754b5362d07c1.txt");
        for pos in (0..=t.len()).filter(|p| t.is_char_boundary(*p)) {
            for floor in [0, pos.saturating_sub(40), pos.saturating_sub(120)] {
                let mut floor = floor;
                while !t.is_char_boundary(floor) {
                    floor += 1;
                }
                let mut from = pos.saturating_sub(96).max(floor);
                while !t.is_char_boundary(from) {
                    from += 1;
                }
                assert_eq!(last_word(t, floor, pos), Words::new(t, from..pos).last());
            }
        }
    }

    #[test]
    fn lower_is_to_lowercase() {
        for t in TRICKY.iter().flat_map(|t| t.split(' ')).chain([
            "",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "MixedCase",
            "ΣΊΣΥΦΟΣ",
            "İstanbul",
        ]) {
            assert_eq!(lower(t).as_str(), t.to_lowercase(), "{:?}", t);
        }
    }

    #[test]
    fn occurrences_are_match_indices() {
        let article = include_str!("../fixtures/000_cf4754b5362d07c1.txt");
        let text = format!("{} Al-Al-Al Lala LaLala Ünal Ünal", article);
        let names: Vec<String> = [
            "Witkoff", "Al-Al", "Lala", "Ünal", "", "Hamas", "Al-Al", "zz",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let found = occurrences(&text, &names, |n| n != "zz");
        for (n, f) in names.iter().zip(&found) {
            let want: Vec<usize> = if n.is_empty() || n == "zz" {
                Vec::new()
            } else {
                text.match_indices(n.as_str()).map(|(at, _)| at).collect()
            };
            assert_eq!(f, &want, "{}", n);
        }
    }

    #[test]
    fn find_bytes_is_str_find() {
        for t in TRICKY {
            for n in [
                "", "a", "s", "said", "’", "that", "the u.s.", "xyz", "word", "d",
            ] {
                for from in (0..=t.len()).filter(|p| t.is_char_boundary(*p)) {
                    assert_eq!(
                        find_bytes(&t.as_bytes()[from..], n.as_bytes()),
                        t[from..].find(n)
                    );
                }
            }
        }
    }
}
