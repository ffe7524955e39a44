//! Loading an article and recognising its furniture: the date line, the
//! headline, photo captions and credits, the byline and republication lines.
//! Furniture is kept out of the claims but has its own place in the report.
//!
//! The text is kept exactly as read (BOM, CRLF, no-break spaces included), so
//! every byte offset found later is an offset into the file.

use crate::error::Error;
use crate::span::{LineIndex, is_blank, trim};
use std::ops::Range;
use std::path::Path;
use std::sync::{LazyLock, OnceLock};

#[derive(Debug, Clone)]
pub struct Caption {
    pub range: Range<usize>,
    pub credit: Option<Range<usize>>,
    /// ISO date of the first date written in the caption.
    pub date: Option<String>,
    pub date_range: Option<Range<usize>>,
    /// The caption says the picture is old ("file photo").
    pub file_photo: bool,
}

#[derive(Debug, Clone)]
pub struct Byline {
    pub range: Range<usize>,
    pub author: Option<String>,
    pub outlet: Option<String>,
    /// Where the byline is broken (a stray parenthesis, fused into the body).
    pub broken: Option<(Range<usize>, String)>,
}

#[derive(Debug, Clone)]
pub struct Origin {
    pub outlet: String,
    pub outlet_range: Range<usize>,
    pub range: Range<usize>,
}

/// What a paragraph is: body text, or a piece of article furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Body,
    DateLine,
    Headline,
    Caption,
    Byline,
    Origin,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub range: Range<usize>,
    pub role: Role,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub path: String,
    pub text: String,
    pub lines: LineIndex,
    /// Paragraphs in order, furniture included (see `role`).
    pub blocks: Vec<Block>,
    pub date: Option<String>,
    pub date_range: Option<Range<usize>>,
    pub headline: Option<Range<usize>>,
    pub captions: Vec<Caption>,
    pub byline: Option<Byline>,
    pub origin: Option<Origin>,
}

/// Extensions of the articles a directory holds: text, Markdown and HTML.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// The articles named on a command line: files as given, and for a directory
/// every text, Markdown or HTML file below it, in path order, hidden entries
/// (".git", ".github") skipped, so `whosaid check content/` audits a site.
pub fn article_paths(paths: &[std::path::PathBuf]) -> Result<Vec<std::path::PathBuf>, Error> {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) -> Result<(), Error> {
        let read_err = |e: std::io::Error| Error::Read {
            path: dir.to_path_buf(),
            reason: e.to_string(),
        };
        let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
            .map_err(read_err)?
            .map(|e| e.map(|e| e.path()).map_err(read_err))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for p in entries {
            let hidden = p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if p.is_dir() {
                walk(&p, out)?;
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
            {
                out.push(p);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let before = out.len();
            walk(p, &mut out)?;
            // An empty folder is most likely the wrong folder: say so rather than
            // pass a CI run that checked nothing.
            if out.len() == before {
                return Err(Error::Read {
                    path: p.clone(),
                    reason: format!(
                        "is a directory with no articles in it (.{})",
                        ARTICLE_EXTENSIONS.join(", .")
                    ),
                });
            }
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

/// Read a file; bad UTF-8, a missing file or a directory is an `Error`.
pub fn load(path: &Path) -> Result<Document, Error> {
    if path.is_dir() {
        return Err(Error::Read {
            path: path.to_path_buf(),
            reason: "is a directory, not a file".into(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::Read {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    Ok(Document::parse(&path.display().to_string(), text))
}

pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn month_number(name: &str) -> Option<usize> {
    let n = name.trim_end_matches('.').to_lowercase();
    if n.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&n) || (n == "sept" && *m == "september"))
        .map(|i| i + 1)
}

/// A furniture regex. Each runs on a short paragraph or line, tried once,
/// so it is built without the lazy DFA: that engine's reverse automaton was
/// half of each one's build, and building them cost more than the furniture
/// of a whole 70-article run. What matches is the same whatever the engine.
struct Regex(regex_automata::meta::Regex);

impl Regex {
    fn new(pattern: &str) -> Result<Regex, Box<regex_automata::meta::BuildError>> {
        Self::with(pattern, regex_automata::meta::Config::new().hybrid(false))
    }

    /// A regex anchored at the start of its line or paragraph, without the
    /// bounded backtracker as well as the lazy DFA: the backtracker clears a
    /// table of the haystack's length times the regex's states before every
    /// search, most of the cost of trying a long paragraph, while the PikeVM
    /// it falls back on stops as soon as the anchored match has failed, a few
    /// bytes in for almost every paragraph.
    fn anchored(pattern: &str) -> Result<Regex, Box<regex_automata::meta::BuildError>> {
        Self::with(
            pattern,
            regex_automata::meta::Config::new()
                .hybrid(false)
                .backtrack(false),
        )
    }

    fn with(
        pattern: &str,
        config: regex_automata::meta::Config,
    ) -> Result<Regex, Box<regex_automata::meta::BuildError>> {
        regex_automata::meta::Regex::builder()
            .configure(config)
            .build(pattern)
            .map(Regex)
            .map_err(Box::new)
    }

    fn is_match(&self, haystack: &str) -> bool {
        self.0.is_match(haystack)
    }

    fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let mut caps = self.0.create_captures();
        self.0.captures(haystack, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }
}

/// The groups of one match, as `regex::Captures` gives them.
struct Captures<'h> {
    haystack: &'h str,
    caps: regex_automata::util::captures::Captures,
}

impl<'h> Captures<'h> {
    fn get(&self, group: usize) -> Option<Group<'h>> {
        self.caps.get_group(group).map(|span| Group {
            haystack: self.haystack,
            range: span.range(),
        })
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;
    /// The text of a group that took part in the match; panics on one that
    /// did not, as `regex::Captures` does.
    fn index(&self, group: usize) -> &str {
        let span = self.caps.get_group(group);
        span.map(|s| &self.haystack[s.range()])
            .unwrap_or_else(|| panic!("no group {group} in the match"))
    }
}

/// One group of a match.
struct Group<'h> {
    haystack: &'h str,
    range: Range<usize>,
}

impl<'h> Group<'h> {
    fn as_str(&self) -> &'h str {
        &self.haystack[self.range.clone()]
    }
    fn start(&self) -> usize {
        self.range.start
    }
    fn end(&self) -> usize {
        self.range.end
    }
    fn range(&self) -> Range<usize> {
        self.range.clone()
    }
}

/// The furniture regexes, each built on its first use: most articles have
/// no byline, caption or republication line, and building every regex up
/// front was half the work of checking one article.
struct Patterns {
    date_line: LazyLock<Regex>,
    month_date: LazyLock<Regex>,
    iso_date: LazyLock<Regex>,
    /// What a credit's parentheses hold: a photo word or agency anywhere in it,
    credit_word: LazyLock<Regex>,
    /// or all of it a "Name/Agency" pair.
    credit_agency: LazyLock<Regex>,
    credit_prefix: LazyLock<Regex>,
    origin: LazyLock<Regex>,
    byline_line: LazyLock<Regex>,
    byline_fused: LazyLock<Regex>,
    file_photo: LazyLock<Regex>,
}

const MONTH: &str = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";
const WEEKDAY: &str = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

static PATTERNS: Patterns = Patterns {
    date_line: LazyLock::new(|| {
        Regex::anchored(&format!(
                r"^(?i:date|published|posted|updated)?[:\s]*(?:(\d{{4}}-\d{{2}}-\d{{2}})(?:[T ][\d:.+Z-]*)?(?:\s+(?:{w},\s*)?{m}\s+\d{{1,2}},?\s+\d{{4}})?|(?:{w},?\s+)?({m}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{m}\s+\d{{4}}))\s*$",
                w = WEEKDAY,
                m = MONTH
            ))
            .unwrap()
    }),
    month_date: LazyLock::new(|| {
        Regex::new(&format!(
            r"\b(?:({m})\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+({m})\s+(\d{{4}}))\b",
            m = MONTH
        ))
        .unwrap()
    }),
    iso_date: LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").unwrap()),
    credit_word: LazyLock::new(|| {
        Regex::new(
                r"\b(?:Photo|Photos|photo|Photograph|Image|Getty Images|Reuters|AFP|AP|EPA|Pool|Credit|Courtesy|File)\b",
            )
            .unwrap()
    }),
    credit_agency: LazyLock::new(|| Regex::anchored(r"^[A-Z][\w.'’ -]*/[A-Z][\w.'’ -]*$").unwrap()),
    credit_prefix: LazyLock::new(|| {
        Regex::anchored(r"(?i)^(?:photo|image|credit|picture)\s*:").unwrap()
    }),
    origin: LazyLock::new(|| {
        Regex::anchored(
                r"(?i)^(?:this|the)\s+(?:article|story|piece|post|report|column|op-ed|essay)\s+(?:was\s+|is\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:at|on|in|by)\s+(.+?)[\s\u{a0}.]*$|^(?:originally|first)\s+(?:published|appeared|posted)\s+(?:at|on|in|by)\s+(.+?)[\s\u{a0}.]*$|^republished\s+(?:with\s+permission\s+)?(?:from|by)\s+(.+?)[\s\u{a0}.]*$",
            )
            .unwrap()
    }),
    // The two byline regexes repeat their name words without a bound, and
    // `byline_words` caps the words after the match: a bounded repeat of
    // `\p{L}` compiles one copy of the letter class per repetition, and the
    // two took 40M instructions to build, more than the rest of a 70-article
    // run's furniture. No word holds a space and the words stop only where
    // the next thing is no word, so each line has one way to match either
    // way, and the count after it rejects what the bound rejected.
    byline_line: LazyLock::new(|| {
        Regex::anchored(
                r"^\(?(?:By|BY|by)\s+([A-Z][\p{L}.'’-]*(?:\s+(?:[A-Z][\p{L}.'’-]*|de|van|von|al-[\p{L}]+|and))*)(?:,\s*([^,()]{2,60}?))?\)?[\s\u{a0}]*$",
            )
            .unwrap()
    }),
    // "By" is itself a name word, so the name takes one word or more here
    // rather than none or more: "By Dave, AP)" then matches as the bounded
    // regex did, with "By Dave" as the name.
    byline_fused: LazyLock::new(|| {
        Regex::anchored(
                r"^(\(?)(?:By\s+)?([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)+),\s+([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*)(\))\s+",
            )
            .unwrap()
    }),
    file_photo: LazyLock::new(|| {
        Regex::new(r"(?i)\bfile\b|\barchive\b|\bin this (?:undated|\d{4})").unwrap()
    }),
};

fn patterns() -> &'static Patterns {
    &PATTERNS
}

/// Build every furniture regex now rather than on first use: a benchmark's
/// warm-up, so that no timed article pays for one.
pub fn build_patterns() {
    let p = patterns();
    for re in [
        &p.date_line,
        &p.month_date,
        &p.iso_date,
        &p.credit_word,
        &p.credit_agency,
        &p.credit_prefix,
        &p.origin,
        &p.byline_line,
        &p.byline_fused,
        &p.file_photo,
    ] {
        LazyLock::force(re);
    }
}

/// Does a byline's name or outlet have at most `most` words? The bound the
/// byline regexes leave out (see `byline_line`).
fn byline_words(name: &str, most: usize) -> bool {
    name.split_whitespace().nth(most).is_none()
}

/// A cheap test before the origin regex, which opens with "originally",
/// "first" or "republished", or with "this" or "the", blank space and a
/// word for a piece ("article", "story", …), in any case. Most paragraphs
/// open with "The", so the word after it is looked at too: the first test
/// let through all but a few articles, and each then paid for building the
/// regex.
fn may_be_origin(s: &str) -> bool {
    const PIECES: [&str; 8] = [
        "article", "story", "piece", "post", "report", "column", "op-ed", "essay",
    ];
    may_open_with(s, &["originally", "first", "republished"])
        || ["this", "the"].iter().any(|w| {
            let head = &s.as_bytes()[..w.len().min(s.len())];
            if !head.is_ascii() {
                return true;
            }
            if !head.eq_ignore_ascii_case(w.as_bytes()) {
                return false;
            }
            // `\s` is Unicode white space, as `char::is_whitespace` is.
            let rest = &s[w.len()..];
            let after = rest.trim_start_matches(char::is_whitespace);
            after.len() < rest.len() && may_open_with(after, &PIECES)
        })
}

/// Whether `s` may open with one of `words` (ASCII, lower case) as a
/// case-insensitive regex takes it: an ASCII head must spell the word, as
/// no ASCII character but a letter's own two cases folds to it; a head with
/// a non-ASCII character is left to the regex ("ſ" folds to "s").
fn may_open_with(s: &str, words: &[&str]) -> bool {
    let b = s.as_bytes();
    words.iter().any(|w| {
        let head = &b[..w.len().min(b.len())];
        !head.is_ascii() || head.eq_ignore_ascii_case(w.as_bytes())
    })
}

/// A cheap test before the byline regex, which opens with "By", "BY" or
/// "by" after an optional parenthesis: most short paragraphs are tried for a
/// byline, and few open so.
fn may_be_byline(s: &str) -> bool {
    let s = s.strip_prefix('(').unwrap_or(s);
    s.starts_with("By") || s.starts_with("BY") || s.starts_with("by")
}

/// A cheap test before the fused-byline regex, tried on a first paragraph
/// with a closing parenthesis ("WASHINGTON (AP) — …" made one-file runs
/// build it): after an optional parenthesis the paragraph opens with a
/// capital, and runs to its first comma on name characters (letters, which
/// `is_alphabetic` takes all of, `.'’-` and blank space), with a blank in
/// them as a name of two words has, and a blank after the comma.
fn may_be_fused_byline(s: &str) -> bool {
    let s = s.strip_prefix('(').unwrap_or(s);
    let Some(comma) = s.find(',') else {
        return false;
    };
    let (name, rest) = (&s[..comma], &s[comma + 1..]);
    s.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_alphabetic() || ".'’-".contains(c) || c.is_whitespace())
        && name.contains(char::is_whitespace)
        && rest.starts_with(char::is_whitespace)
}

/// A cheap test before the credit-prefix regex, tried on every body
/// paragraph: it opens with "photo", "image", "credit" or "picture" in any
/// case (a test of the first letter only let most articles build the regex).
fn may_be_credit_prefix(s: &str) -> bool {
    may_open_with(s, &["photo", "image", "credit", "picture"])
}

/// A cheap test before the date-line regex, tried on every short line:
/// every date it takes has a year, so a line with no digit is no date line
/// (`char::is_numeric` takes every `\d`, and more); and after an optional
/// label ("Updated:") the line opens with a digit, a weekday or a month,
/// whose names are written with a capital. Lines with a curly quote and no
/// digit, or opening with a name, made half of one-file runs build the regex.
fn may_be_date_line(s: &str) -> bool {
    if !s.chars().any(char::is_numeric) {
        return false;
    }
    let s = s.trim_matches(is_blank);
    let opens_date = |t: &str| {
        t.trim_start_matches(|c: char| c == ':' || c.is_whitespace())
            .chars()
            .next()
            .is_some_and(|c| c.is_numeric() || "MTWFSJAOND".contains(c))
    };
    opens_date(s)
        || ["date", "published", "posted", "updated"].iter().any(|w| {
            let head = &s.as_bytes()[..w.len().min(s.len())];
            !head.is_ascii()
                || (head.eq_ignore_ascii_case(w.as_bytes()) && opens_date(&s[w.len()..]))
        })
}

/// A cheap test before the credit regex: captions end in a parenthesis.
fn ends_with_credit(s: &str) -> bool {
    s.trim_end_matches(is_blank).ends_with(')')
}

/// The credit a caption ends with ("… (Photo: Jane Doe/AP)"): the range of
/// what its parentheses hold.
fn credit_in(s: &str) -> Option<Range<usize>> {
    if !ends_with_credit(s) {
        return None;
    }
    // The credit is all that its parentheses hold, and holds no parenthesis
    // of its own: it runs from the last "(" to the closing ")". Two small
    // regexes test what it holds; one regex over the whole paragraph, anchored
    // at its end, cost as much as the rest of the document's furniture.
    let close = s.trim_end_matches(is_blank).len() - 1;
    let open = s[..close].rfind('(')? + 1;
    let held = &s[open..close];
    let p = patterns();
    (!held.contains(')') && (p.credit_word.is_match(held) || p.credit_agency.is_match(held)))
        .then_some(open..close)
}

/// Date written as text, returned as ISO `YYYY-MM-DD` with its range.
pub fn find_date(text: &str) -> Option<(String, Range<usize>)> {
    let p = patterns();
    let m = p.month_date.captures(text);
    let iso = p.iso_date.captures(text);
    let from_month = m.and_then(|c| {
        let whole = c.get(0)?;
        let (mon, day, year) = if let Some(mon) = c.get(1) {
            (mon.as_str(), c.get(2)?.as_str(), c.get(3)?.as_str())
        } else {
            (c.get(5)?.as_str(), c.get(4)?.as_str(), c.get(6)?.as_str())
        };
        let mnum = month_number(mon)?;
        let d: usize = day.parse().ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        Some((format!("{}-{:02}-{:02}", year, mnum, d), whole.range()))
    });
    let from_iso = iso.and_then(|c| {
        let whole = c.get(0)?;
        let mo: usize = c.get(2)?.as_str().parse().ok()?;
        let d: usize = c.get(3)?.as_str().parse().ok()?;
        if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
            return None;
        }
        Some((whole.as_str().to_string(), whole.range()))
    });
    match (from_month, from_iso) {
        (Some(a), Some(b)) => Some(if a.1.start <= b.1.start { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Days since 0000-03-01 for an ISO date, for comparing dates.
pub fn day_number(iso: &str) -> Option<i64> {
    let mut it = iso.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d - 1)
}

/// Split text into blank-line separated blocks, each trimmed.
pub fn blocks(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_content_end = 0;
    let mut pos = 0;
    // `text.split_inclusive('\n')`, each line end found by memchr's vector
    // search rather than the standard library's word-at-a-time one.
    let bytes = text.as_bytes();
    let unterminated = (!bytes.is_empty() && !bytes.ends_with(b"\n")).then_some(bytes.len());
    let line_ends = memchr::memchr_iter(b'\n', bytes)
        .map(|i| i + 1)
        .chain(unterminated);
    for end in line_ends {
        let line = &text[pos..end];
        let blank = line.chars().all(is_blank);
        if blank {
            if let Some(s) = start.take() {
                out.push(s..last_content_end);
            }
        } else {
            if start.is_none() {
                start = Some(pos);
            }
            last_content_end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..last_content_end);
    }
    out.into_iter()
        .flat_map(|r| split_line_paragraphs(text, r))
        .map(|r| trim(text, r))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Some exports put one paragraph on each line with no blank line between:
/// a line that ends a sentence ends its paragraph. Hard-wrapped prose, whose
/// lines end mid-sentence, stays one paragraph.
fn split_line_paragraphs(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = r.start;
    let s = &text[r.clone()];
    for i in memchr::memchr_iter(b'\n', s.as_bytes()) {
        let line_end = r.start + i;
        let line = text[start..line_end].trim_end_matches(is_blank);
        let next = text[line_end + 1..r.end].trim_start_matches(is_blank);
        let ends_sentence = line.ends_with(['.', '?', '!', '”', '"', ':', '’']);
        let next_opens = next.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '(' | '—' | '-')
        });
        if ends_sentence && next_opens && line.chars().count() > 40 {
            out.push(start..line_end);
            start = line_end + 1;
        }
    }
    out.push(start..r.end);
    out
}

/// The headline convention "Source: claim" ("Lynch: No outside influence on FBI
/// probe."): at most four words, all capitalised, before a colon, on a short line.
/// A name may say where or to whom it spoke ("Clinton to Planned Parenthood:",
/// "Former AG Mukasey at RNC:"): then six words.
fn is_source_colon_title(s: &str) -> bool {
    let Some((head, tail)) = s.split_once(':') else {
        return false;
    };
    let ws: Vec<&str> = head.split_whitespace().collect();
    let link = |w: &str| matches!(w, "to" | "on" | "at");
    let linked = ws.iter().skip(1).any(|w| link(w));
    (1..=if linked { 6 } else { 4 }).contains(&ws.len())
        && ws
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || link(w))
        && !link(ws[0])
        && tail.split_whitespace().count() <= 20
}

fn is_title_like(s: &str) -> bool {
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    if words.is_empty() {
        return true;
    }
    let caps = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(|c| c.is_uppercase())
        })
        .count();
    caps * 4 >= words.len() * 3
}

impl Document {
    pub fn parse(path: &str, text: String) -> Document {
        let p = patterns();
        let lines = LineIndex::new(&text);
        let mut doc = Document {
            path: path.to_string(),
            lines,
            blocks: Vec::new(),
            date: None,
            date_range: None,
            headline: None,
            captions: Vec::new(),
            byline: None,
            origin: None,
            text: String::new(),
        };
        let ranges = blocks(&text);
        let n = ranges.len();
        let mut seen_text = false;
        for (i, r) in ranges.into_iter().enumerate() {
            let s = &text[r.clone()];
            let one_line = !s.contains('\n');
            let mut role = Role::Body;
            if one_line
                && s.len() <= 80
                && may_be_date_line(s)
                && p.date_line.is_match(s.trim_matches(is_blank))
            {
                role = Role::DateLine;
                if doc.date.is_none()
                    && let Some((d, dr)) = find_date(s)
                {
                    doc.date = Some(d);
                    doc.date_range = Some(r.start + dr.start..r.start + dr.end);
                }
            } else if !seen_text {
                seen_text = true;
                if one_line
                    && s.chars().count() <= 200
                    && i + 1 < n
                    && (!s.ends_with(['.', '!', '?', '"', '”'])
                        || is_title_like(s)
                        || is_source_colon_title(s))
                    && !ends_with_credit(s)
                {
                    role = Role::Headline;
                    doc.headline = Some(r.clone());
                }
            }
            if role == Role::Body {
                if let Some(cr) = credit_in(s) {
                    role = Role::Caption;
                    doc.captions.push(make_caption(
                        &text,
                        r.clone(),
                        Some(r.start + cr.start..r.start + cr.end),
                    ));
                } else if may_be_credit_prefix(s)
                    && p.credit_prefix.is_match(s)
                    && s.chars().count() < 400
                {
                    role = Role::Caption;
                    doc.captions.push(make_caption(&text, r.clone(), None));
                } else if let Some(c) = (s.len() < 300 && may_be_origin(s))
                    .then(|| p.origin.captures(s))
                    .flatten()
                {
                    let m = (1..=3).find_map(|g| c.get(g)).unwrap();
                    // "ProPublica, a nonprofit newsroom ...": the outlet is the name before the tagline.
                    let name = m
                        .as_str()
                        .split([',', '(', '—', '–', '|'])
                        .next()
                        .unwrap_or("")
                        .trim_end();
                    role = Role::Origin;
                    doc.origin = Some(Origin {
                        outlet: name.to_string(),
                        outlet_range: r.start + m.start()..r.start + m.start() + name.len(),
                        range: r.clone(),
                    });
                } else if doc.byline.is_none()
                    && one_line
                    && s.len() < 120
                    && may_be_byline(s)
                    && let Some(c) = p.byline_line.captures(s)
                    && byline_words(&c[1], 6)
                {
                    role = Role::Byline;
                    doc.byline = Some(Byline {
                        range: r.clone(),
                        author: c.get(1).map(|m| m.as_str().trim().to_string()),
                        outlet: c.get(2).map(|m| m.as_str().trim().to_string()),
                        broken: None,
                    });
                }
            }
            if role == Role::Body
                && doc.byline.is_none()
                && !doc.blocks.iter().any(|b| b.role == Role::Body)
            {
                // A byline fused into the first body paragraph, as some CMS
                // exports leave them: "Dave DeCamp, Antiwar.com) US envoy ...".
                // The fused byline ends in a closing parenthesis, which most
                // first paragraphs lack.
                if let Some(c) = (s.contains(')') && may_be_fused_byline(s))
                    .then(|| p.byline_fused.captures(s))
                    .flatten()
                    .filter(|c| byline_words(&c[2], 4) && byline_words(&c[3], 4))
                {
                    let whole = c.get(0).unwrap();
                    let open = !c.get(1).unwrap().as_str().is_empty();
                    let close = c.get(4).unwrap();
                    let broken = if open {
                        Some((
                            r.start..r.start + whole.end(),
                            "byline is fused into the first paragraph".to_string(),
                        ))
                    } else {
                        Some((
                            r.start + close.start()..r.start + close.end(),
                            "byline has a closing parenthesis with no opening one and is fused into the first paragraph".to_string(),
                        ))
                    };
                    let by_end = trim(&text, r.start..r.start + whole.end()).end;
                    doc.byline = Some(Byline {
                        range: r.start..by_end,
                        author: Some(c.get(2).unwrap().as_str().to_string()),
                        outlet: Some(c.get(3).unwrap().as_str().to_string()),
                        broken,
                    });
                    doc.blocks.push(Block {
                        range: r.start..by_end,
                        role: Role::Byline,
                    });
                    doc.blocks.push(Block {
                        range: r.start + whole.end()..r.end,
                        role: Role::Body,
                    });
                    continue;
                }
            }
            doc.blocks.push(Block { range: r, role });
        }
        doc.text = text;
        doc
    }

    pub fn body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.role == Role::Body)
    }
}

fn make_caption(text: &str, range: Range<usize>, credit: Option<Range<usize>>) -> Caption {
    let s = &text[range.clone()];
    // "Photo: ... Jane Doe/AP": a trailing "Name/Agency" is the credit.
    let credit = credit.or_else(|| {
        static TRAILING: OnceLock<Regex> = OnceLock::new();
        let re = TRAILING.get_or_init(|| {
            Regex::new(r"([A-Z][\w.'’ -]*/[A-Z][\w.'’ -]*?)[.\s\x{a0}]*$").unwrap()
        });
        re.captures(s)
            .and_then(|c| c.get(1))
            .map(|m| range.start + m.start()..range.start + m.end())
    });
    let date = find_date(s);
    Caption {
        file_photo: patterns().file_photo.is_match(s),
        date: date.as_ref().map(|d| d.0.clone()),
        date_range: date.map(|d| range.start + d.1.start..range.start + d.1.end),
        range,
        credit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cheap tests before the date-line, credit-prefix and origin
    /// regexes turn away nothing the regex takes: no ASCII character but a
    /// letter's two cases folds to a letter (a head with any other character
    /// is left to the regex), and no ASCII character other than a digit is a
    /// `\d`.
    #[test]
    fn the_cheap_tests_before_furniture_regexes_lose_nothing() {
        let folds_to_letter = Regex::new(r"(?i)^[a-z]").unwrap();
        let digit = Regex::new(r"^\d").unwrap();
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let s = c.to_string();
            if folds_to_letter.is_match(&s) {
                assert!(
                    c.is_ascii_alphabetic() || may_open_with(&format!("{c}hoto"), &["photo"]),
                    "{:?}",
                    c
                );
            }
            if digit.is_match(&s) {
                assert!(may_be_date_line(&s), "{:?}", c);
            }
        }
        assert!(!may_be_date_line("Updated: Monday"));
        assert!(may_be_date_line("Updated: March 3, 2016"));
        assert!(!may_be_credit_prefix("The mayor said so."));
        assert!(!may_be_credit_prefix("Candidates said so."));
        assert!(may_be_credit_prefix("ſ"));
        assert!(may_be_credit_prefix("Photo: Jane Doe/AP"));
        assert!(patterns().credit_prefix.is_match("PICTURE : the depot"));
    }

    #[test]
    fn furniture_guards_look_past_the_first_letter() {
        let p = patterns();
        for s in [
            "This article was originally published on The Depot Times.",
            "THE\u{a0}STORY first appeared in the Ledger",
            "the  op-ed was first published by The Ledger",
            "The ſtory first appeared in the Ledger.",
            "The Essay was first published at Ledger",
            "Originally published at The Ledger.",
            "First posted on the Ledger",
            "ſirst published by the Ledger",
            "Republished with permission from The Ledger.",
            "Photo: Jane Doe/AP",
            "CREDIT : Jane Doe",
            "Picture: the depot",
        ] {
            if p.origin.is_match(s) {
                assert!(may_be_origin(s), "{s:?}");
            }
            if p.credit_prefix.is_match(s) {
                assert!(may_be_credit_prefix(s), "{s:?}");
            }
        }
        assert!(p.origin.is_match("The ſtory first appeared in the Ledger."));
        assert!(may_be_origin("This article was originally published on X."));
        assert!(!may_be_origin("The mayor said the article was wrong."));
        assert!(!may_be_origin("These stories first appeared in print."));
        assert!(!may_be_origin("Thesis: the story first appeared in X"));
        assert!(!may_be_credit_prefix("Phot"));
        for s in [
            "March 3, 2016",
            " Updated: Thursday, March 3, 2016 ",
            "POSTED 2016-03-03T10:00",
            "Date:\u{a0}3 March 2016",
            "\u{feff}Tuesday, Mar. 3, 2016",
        ] {
            assert!(p.date_line.is_match(s.trim_matches(is_blank)), "{s:?}");
            assert!(may_be_date_line(s), "{s:?}");
        }
        assert!(!may_be_date_line("Trump’s plan for the border"));
        assert!(!may_be_date_line("Clinton wins 2016 primary"));
        assert!(!may_be_date_line("Updated: around 3 March 2016"));
        for s in [
            "Dave DeCamp, Antiwar.com) US envoy said",
            "(By Jane O’Neil-Smith, The Ledger) The mayor said",
            "Ana Ruiz,\u{a0}Ledger) The mayor said",
        ] {
            assert!(p.byline_fused.is_match(s), "{s:?}");
            assert!(may_be_fused_byline(s), "{s:?}");
        }
        assert!(!may_be_fused_byline(
            "WASHINGTON (AP) — Hillary Clinton, who (once) said"
        ));
        assert!(!may_be_fused_byline(
            "WASHINGTON, Dec. 8 (UPI) — In response"
        ));
    }

    #[test]
    fn a_credit_is_all_that_the_closing_parentheses_hold() {
        let held = |s: &str| credit_in(s).map(|r| s[r].to_string());
        assert_eq!(
            held("The mayor at the depot. (Photo: Jane Doe/AP) "),
            Some("Photo: Jane Doe/AP".into())
        );
        assert_eq!(
            held("Crowds on Main Street (Jane Doe/Reuters)"),
            Some("Jane Doe/Reuters".into())
        );
        // A photo word must stand alone, and a bare name/agency pair fill the parentheses.
        assert_eq!(held("The team (Photographers United)"), None);
        assert_eq!(held("The vote (see Doe/Smith, page 2)"), None);
        // Nothing but the last parentheses, and those closing the paragraph.
        assert_eq!(held("A file (AP) shows (the depot)"), None);
        assert_eq!(held("A file (from (AP))"), None);
        assert_eq!(held("The depot (AP) was closed."), None);
    }

    /// The byline regexes leave their word bounds to `byline_words`: six
    /// name words on a byline line, four a side in a fused byline.
    #[test]
    fn bylines_keep_their_word_bounds() {
        let author = |text: &str| {
            Document::parse("t.txt", text.to_string())
                .byline
                .and_then(|b| b.author)
        };
        let body = "The mayor spoke on Monday.\n";
        assert_eq!(
            author(&format!(
                "Headline Here\n\nBy Ana de la Cruz and Bo Li, AP\n\n{body}"
            )),
            None,
            "seven name words"
        );
        assert_eq!(
            author(&format!(
                "Headline Here\n\nBy Ana de Cruz and Bo Li, AP\n\n{body}"
            ))
            .as_deref(),
            Some("Ana de Cruz and Bo Li")
        );
        let fused = |byline: &str| {
            author(&format!(
                "Headline Here\n\n{byline} The mayor spoke.\n\nMore.\n"
            ))
        };
        assert_eq!(
            fused("Dave DeCamp, Antiwar.com)").as_deref(),
            Some("Dave DeCamp")
        );
        assert_eq!(fused("(By Dave, AP)").as_deref(), Some("By Dave"));
        assert_eq!(fused("Dave Mac De Camp Jr, AP)"), None, "five name words");
        assert_eq!(
            fused("Dave DeCamp, Anti War Dot Com)"),
            Some("Dave DeCamp".into())
        );
        assert_eq!(
            fused("Dave DeCamp, Anti War Dot Com Now)"),
            None,
            "five outlet words"
        );
    }

    #[test]
    fn dates_parse_in_three_forms() {
        assert_eq!(
            find_date("Wednesday, July 20, 2022, in New York")
                .unwrap()
                .0,
            "2022-07-20"
        );
        assert_eq!(find_date("on 3 Sept 2021").unwrap().0, "2021-09-03");
        assert_eq!(
            find_date(" date 2025-10-14 Tuesday").unwrap().0,
            "2025-10-14"
        );
        assert!(find_date("no date here").is_none());
    }

    #[test]
    fn day_numbers_order_dates() {
        assert_eq!(
            day_number("2025-03-01").unwrap() - day_number("2025-02-28").unwrap(),
            1
        );
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
    }

    #[test]
    fn blocks_split_on_blank_lines_with_nbsp() {
        let t = "a\r\n\u{a0}\r\nb c\nd\n\n";
        let b = blocks(t);
        assert_eq!(b.len(), 2);
        assert_eq!(&t[b[1].clone()], "b c\nd");
    }
}
