//! Paragraphs, sentences and quotations.
//!
//! Sentence boundaries respect quotations (a "?”" followed by "she asked"
//! does not end the sentence, and a quotation that spans several sentences
//! stays one unit) and the abbreviation lists of the rule pack.

use crate::rules::{Engine, LexiconClass};
use crate::span::{is_blank, trim};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quotation including its marks (to the paragraph end when unclosed).
    pub range: Range<usize>,
    /// True for a quotation in single marks, nested in a double one.
    pub single: bool,
    pub closed: bool,
    /// Byte lengths of the opening and closing marks (0 when unclosed).
    pub open_len: usize,
    pub close_len: usize,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Index of the body paragraph it belongs to.
    pub paragraph: usize,
}

#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// Body paragraphs as byte ranges.
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    /// Quotations in document order (outer before inner).
    pub quotes: Vec<Quote>,
    /// Offsets of quotation marks with no partner.
    pub unbalanced: Vec<Range<usize>>,
}

impl Segments {
    /// Is this offset inside a double quotation (its marks excluded)?
    pub fn in_quote(&self, pos: usize) -> bool {
        let i = self.quotes.partition_point(|q| q.range.start < pos);
        self.quotes[..i]
            .iter()
            .rev()
            .filter(|q| !q.single)
            .take(2)
            .any(|q| pos < q.range.end - usize::from(q.closed))
    }
}

/// Offset of the first byte at or after `from` that is one of `set`. Eight
/// bytes at a time: prose is long runs with none of them.
#[inline(always)]
fn find_any(b: &[u8], mut from: usize, set: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    while from + 8 <= b.len() {
        let w = u64::from_le_bytes(b[from..from + 8].try_into().unwrap());
        // Has-zero-byte test on w ^ c…c, exact as to whether any byte equals c.
        let hit = set.iter().fold(0, |acc, &c| {
            let x = w ^ (ONES * u64::from(c));
            acc | (x.wrapping_sub(ONES) & !x & HIGH)
        });
        if hit != 0 {
            break;
        }
        from += 8;
    }
    b[from..]
        .iter()
        .position(|c| set.contains(c))
        .map(|k| from + k)
}

fn mark_len(text: &str, at: usize) -> usize {
    // Two apostrophes are one double mark in NYT-style copy: ''Like this,'' he said.
    if text[at..].starts_with("''") {
        return 2;
    }
    text[at..].chars().next().map_or(1, char::len_utf8)
}

fn is_open_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => {
            is_blank(c) || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '“' | '‘' | '/' | ':')
        }
    }
}

/// Find the quotations of one paragraph.
fn quotes_in(
    text: &str,
    para: Range<usize>,
    out: &mut Vec<Quote>,
    unbalanced: &mut Vec<Range<usize>>,
) -> bool {
    // Stack of (start offset, is_single, is_straight).
    let mut stack: Vec<(usize, bool, bool)> = Vec::new();
    let s = &text[para.clone()];
    let mut first_open_at_start = false;
    let mut in_double = false;
    let bytes = s.as_bytes();
    // Only quotation marks matter here: visit their bytes and skip the rest.
    let mut after_pair = false;
    let mut classify = |i: usize, b: u8| match b {
        b'"' => Some((i, '"')),
        // '' stands for a straight double mark; its second apostrophe is skipped.
        b'\'' if std::mem::take(&mut after_pair) => None,
        // ",''' he said": a single quotation closes before the double one
        // (''They say, 'Go home,''' he said), so the first of three is the single.
        b'\''
            if bytes.get(i + 1) == Some(&b'\'')
                && bytes.get(i + 2) == Some(&b'\'')
                && i > 0
                && !bytes[i - 1].is_ascii_whitespace() =>
        {
            Some((i, '\''))
        }
        b'\'' if bytes.get(i + 1) == Some(&b'\'') => {
            after_pair = true;
            Some((i, '"'))
        }
        b'\'' => Some((i, '\'')),
        0xE2 if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x9C) => Some((i, '“')),
            Some(0x9D) => Some((i, '”')),
            Some(0x98) => Some((i, '‘')),
            Some(0x99) => Some((i, '’')),
            _ => None,
        },
        _ => None,
    };
    // Only these bytes can start a mark: skip to them a word at a time.
    let mut at = 0;
    let marks = std::iter::from_fn(move || {
        // Three bytes: memchr's vector search (`find_any` serves five).
        while let Some(i) = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[at..]).map(|k| at + k) {
            at = i + 1;
            if let Some(m) = classify(i, bytes[i]) {
                return Some(m);
            }
        }
        None
    });
    for (i, c) in marks {
        let pos = para.start + i;
        let len = if c == '\'' { 1 } else { mark_len(text, pos) };
        let prev = s[..i].chars().next_back();
        let next = s[i + len..].chars().next();
        match c {
            '“' | '”' | '"' => {
                let straight = c == '"';
                let top_double = stack.iter().rposition(|(_, single, _)| !single);
                // Copy mixes its marks ("“Apparently not,“ he said", "“No," she said"):
                // a mark that plainly closes, after a word or punctuation and before a
                // space or the end, closes whatever double quotation is open.
                let plainly_closes = !is_open_context(prev)
                    && next.is_none_or(|n| {
                        is_blank(n) || matches!(n, ',' | '.' | ';' | ':' | ')' | '?' | '!')
                    });
                let closes = match top_double {
                    Some(_) if c == '”' => true,
                    Some(_) if plainly_closes => true,
                    Some(_) if c == '“' => false,
                    Some(k) => {
                        // A straight mark closes an open straight quotation unless it plainly opens one.
                        // At the end of the text nothing follows, so nothing can open.
                        stack[k].2 && !(is_open_context(prev) && next.is_some_and(|n| !is_blank(n)))
                    }
                    None => false,
                };
                if closes {
                    let k = top_double.unwrap();
                    // Singles left open inside are apostrophes or stray marks; drop them.
                    let (start, _, _) = stack[k];
                    stack.truncate(k);
                    out.push(Quote {
                        range: start..pos + len,
                        single: false,
                        closed: true,
                        open_len: mark_len(text, start),
                        close_len: len,
                    });
                } else if straight
                    || c == '“'
                    // "”We will win,” said Lee": a closing mark that plainly opens,
                    // with no quotation open, opens one.
                    || is_open_context(prev) && next.is_some_and(|n| n.is_alphanumeric())
                {
                    if i == 0 {
                        first_open_at_start = true;
                    }
                    stack.push((pos, false, straight));
                } else {
                    unbalanced.push(pos..pos + len);
                }
            }
            '‘' if in_double => {
                stack.push((pos, true, false));
            }
            '’' | '\'' => {
                // An apostrophe sits between letters ("Trump’s", "won’t"); a closing mark does not.
                let apostrophe = prev.is_some_and(|p| p.is_alphanumeric())
                    && next.is_some_and(|n| n.is_alphanumeric());
                let top_single = stack
                    .last()
                    .filter(|(_, single, _)| *single)
                    .map(|(p, _, _)| *p);
                if let Some(start) = top_single {
                    if !apostrophe && !prev.is_some_and(is_blank) {
                        stack.pop();
                        out.push(Quote {
                            range: start..pos + c.len_utf8(),
                            single: true,
                            closed: true,
                            open_len: mark_len(text, start),
                            close_len: c.len_utf8(),
                        });
                    }
                } else if c == '\''
                    && in_double
                    && is_open_context(prev)
                    && next.is_some_and(|n| n.is_alphanumeric())
                {
                    stack.push((pos, true, true));
                }
            }
            _ => {}
        }
        in_double = stack.iter().any(|(_, single, _)| !single);
    }
    for (start, single, _) in stack {
        if !single {
            out.push(Quote {
                range: start..para.end,
                single: false,
                closed: false,
                open_len: mark_len(text, start),
                close_len: 0,
            });
        }
    }
    first_open_at_start
}

/// Segment the body of a document.
pub fn segment(text: &str, body: &[Range<usize>], engine: &Engine) -> Segments {
    let mut seg = Segments {
        paragraphs: join_introduced_quotes(text, body),
        ..Default::default()
    };
    let mut per_para_unclosed: Vec<Option<usize>> = Vec::new();
    let mut opens_with_quote: Vec<bool> = Vec::new();
    for p in body {
        let before = seg.quotes.len();
        let starts = quotes_in(text, p.clone(), &mut seg.quotes, &mut seg.unbalanced);
        opens_with_quote.push(starts);
        let unclosed = seg.quotes[before..]
            .iter()
            .find(|q| !q.closed)
            .map(|q| q.range.start);
        per_para_unclosed.push(unclosed);
    }
    // A quotation left open at a paragraph end is the news convention for a
    // quotation that continues, when the next paragraph opens with a mark.
    for (i, u) in per_para_unclosed.iter().enumerate() {
        if let Some(start) = u {
            let continues = opens_with_quote.get(i + 1).copied().unwrap_or(false);
            if !continues {
                let c = text[*start..]
                    .chars()
                    .next()
                    .map(|c| c.len_utf8())
                    .unwrap_or(1);
                seg.unbalanced.push(*start..*start + c);
            }
        }
    }
    seg.quotes
        .sort_by_key(|q| (q.range.start, std::cmp::Reverse(q.range.end)));
    seg.unbalanced.sort_by_key(|r| r.start);
    for (pi, p) in seg.paragraphs.clone().into_iter().enumerate() {
        // A wire dateline ("WASHINGTON (AP) — ", "FLINT, Mich., Oct. 4 (UPI) — ",
        // "CLEVELAND - ", a spaced hyphen standing for the dash) says
        // where the story was filed; it is no part of the first claim.
        let start = p.start + dateline_len(&text[p.clone()]);
        split_sentences(
            text,
            start..p.end,
            pi,
            &seg.quotes,
            engine,
            &mut seg.sentences,
        );
    }
    seg
}

/// Body paragraphs, where a paragraph ending in a colon and the quotation
/// paragraph it introduces count as one ("Reporter Jomana Karadsheh says: ⏎
/// “Well, Anderson, …”"): the quotation is what the first one reports.
fn join_introduced_quotes(text: &str, body: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::with_capacity(body.len());
    let mut joined_last = false;
    for p in body {
        let t = &text[p.clone()];
        let quotation = t.starts_with(['“', '"']) || t.starts_with("''");
        match out.last_mut() {
            Some(last)
                if quotation && !joined_last && text[last.clone()].trim_end().ends_with(':') =>
            {
                last.end = p.end;
                joined_last = true;
            }
            _ => {
                out.push(p.clone());
                joined_last = false;
            }
        }
    }
    out
}

/// The length in bytes of a wire dateline opening a paragraph, or 0.
fn dateline_len(para: &str) -> usize {
    static DATELINE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = DATELINE.get_or_init(|| {
        regex::Regex::new(
            r"^[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?(?: \([A-Za-z.]{2,12}\))?(?: ?(?:—|–|--) ?| - )",
        )
        .expect("dateline pattern compiles")
    });
    match re.find(para) {
        // An all-caps word needs at least three letters: "A — B" is no dateline.
        Some(m) if m.as_str().chars().take_while(|c| c.is_alphabetic()).count() >= 3 => m.end(),
        _ => 0,
    }
}

const TERMINATORS: [char; 4] = ['.', '?', '!', '…'];
const CLOSERS: [char; 6] = ['”', '’', '"', '\'', ')', ']'];

fn split_sentences(
    text: &str,
    para: Range<usize>,
    pi: usize,
    quotes: &[Quote],
    engine: &Engine,
    out: &mut Vec<Sentence>,
) {
    let s = &text[para.clone()];
    // Double quotations of this paragraph, for a quick "inside a quotation" test.
    let lo = quotes.partition_point(|q| q.range.end <= para.start);
    let qs: Vec<&Quote> = quotes[lo..]
        .iter()
        .take_while(|q| q.range.start < para.end)
        .filter(|q| !q.single)
        .collect();
    // Quotations are sorted by start; only the last few starting before `pos` can hold it.
    let inside = |pos: usize| {
        let k = qs.partition_point(|q| q.range.start < pos);
        qs[..k]
            .iter()
            .rev()
            .take(2)
            .any(|q| pos < q.range.end - usize::from(q.closed))
    };
    // A sentence from paragraph-relative offsets, unless it is blank.
    let push = |out: &mut Vec<Sentence>, r: Range<usize>| {
        let r = trim(text, para.start + r.start..para.start + r.end);
        if !r.is_empty() {
            out.push(Sentence {
                range: r,
                paragraph: pi,
            });
        }
    };
    let mut start = 0usize;
    let bytes = s.as_bytes();
    let mut i = 0usize;
    while i < s.len() {
        // Jump to the next terminator byte: '.', '?', '!' or the lead byte of '…'.
        match find_any(bytes, i, &[b'.', b'?', b'!', b'\n', 0xE2]) {
            Some(k) => i = k,
            None => break,
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        // A line that ends in a signature ("“…” ― Pamela Padilla") ends its sentence,
        // full stop or not: the next line is another voice.
        if c == '\n' {
            let line_start = s[..i].rfind('\n').map_or(0, |k| k + 1);
            let line = &s[line_start.max(start)..i];
            let signed = line
                .rfind(['—', '–', '―'])
                .is_some_and(|d| signature_line(&line[d..]) && !line[d..].contains("(@"));
            // "Markets are never ready for the Fed; ⏎ Expect economic issues to
            // roar back": a headline and its deck, each a statement of its own.
            let decked = line.trim_end_matches(is_blank).ends_with(';')
                && !inside(para.start + line_start.max(start));
            if signed || decked {
                push(out, start..i);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if !TERMINATORS.contains(&c) {
            i += c.len_utf8();
            continue;
        }
        // The run of terminators and closing marks.
        let mut j = i;
        while let Some(d) = s[j..].chars().next() {
            if TERMINATORS.contains(&d) || CLOSERS.contains(&d) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        // Still inside a quotation after the run: no boundary.
        if inside(para.start + j) {
            i = j;
            continue;
        }
        // The next character after blanks.
        let rest = &s[j..];
        let after_blank = rest.trim_start_matches(is_blank);
        if after_blank.is_empty() {
            break;
        }
        if after_blank.len() == rest.len() {
            // No space: "Antiwar.com", "U.S.-led", "3.5" run on, but copy-pasted
            // feeds glue whole sentences together ("… Trump said.Trump claimed …").
            if glued_sentence(s, i, j) {
                push(out, start..j);
                start = j;
            }
            i = j;
            continue;
        }
        let next = after_blank.chars().next().unwrap();
        let next_word: &str = after_blank
            .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’'))
            .next()
            .unwrap_or("");
        let starts_sentence = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(next, '“' | '"' | '‘' | '(' | '[' | '—' | '-' | '–' | '\'');
        let mut boundary = starts_sentence;
        if boundary && c == '.' && s[i..j].chars().filter(|c| *c == '.').count() == 1 {
            boundary = !is_abbreviation(s, i, next, next_word, engine);
        }
        // "“… missing.” Trump said." / "“That would be you?” Borger asked.": a named
        // speaker tag after a closed quotation belongs to it, as "she said" would.
        // "''Can we win?'' Mr. Lee asked.": doubled apostrophes close a quotation too.
        if boundary
            && (s[i..j].contains(['”', '"']) || s[i..j].contains("''"))
            && speaker_tag(after_blank, engine)
        {
            boundary = false;
        }
        // "… another day in the campaign. — Sahil Kapur (@sahilkapur)": a signature
        // belongs to the words it signs.
        if boundary && matches!(next, '—' | '–' | '―' | '-') && signature_line(after_blank) {
            boundary = false;
        }
        if boundary {
            push(out, start..j);
            start = j;
        }
        i = j;
    }
    push(out, start..para.end - para.start);
}

/// Is the terminator at `s[dot..after]`, with no space after it, the end of a
/// sentence glued to the next one ("said.Trump", "world.”Rick")? Only between a
/// lowercase word and a capitalised word that is not itself a dotted name or a
/// path, so "Antiwar.com", "www.Breitbart.com", "e.g.The" and "example.com/Foo"
/// run on.
fn glued_sentence(s: &str, dot: usize, after: usize) -> bool {
    let before = &s[..dot];
    let word_start = before
        .rfind(|c: char| !c.is_ascii_lowercase())
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let opener = before[..word_start].chars().next_back();
    if word.len() < 2
        || word == "www"
        || !opener.is_none_or(|c| c.is_whitespace() || matches!(c, '“' | '"' | '(' | '‘'))
    {
        return false;
    }
    let next = &s[after..];
    let token = next.split(char::is_whitespace).next().unwrap_or("");
    let mut chars = token.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase);
    let dotted = token.char_indices().any(|(k, c)| {
        matches!(c, '.' | '/' | '@') && token[k + 1..].starts_with(|d: char| d.is_alphanumeric())
    });
    capitalised && !dotted
}

/// Does `s` open with a dash and a signature: a capitalised name of two to five
/// words ending its line, or followed by a handle ("— Sahil Kapur (@sahilkapur)")?
fn signature_line(s: &str) -> bool {
    let s = s
        .trim_start_matches(['—', '–', '―', '-'])
        .trim_start_matches(is_blank);
    let line = s.split('\n').next().unwrap_or("");
    let (name, rest) = match line.find("(@") {
        Some(k) => (&line[..k], None),
        None => (line, Some(())),
    };
    let name = name.trim_end_matches([' ', '.', '\t']);
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && (rest.is_none() || !name.contains([',', ';', ':']))
}

/// Is `s` a short sentence of a capitalised name and a reporting verb of the
/// rule pack, "Trump said." or "Mr. Manafort asked in an interview."? The words of
/// the name start upper case and the sentence ends within twelve words.
fn speaker_tag(s: &str, engine: &Engine) -> bool {
    let mut name = 0;
    for (k, w) in s.split_whitespace().take(12).enumerate() {
        let core = w.trim_end_matches([',', '.', ':', ';', '?', '!']);
        let ends = w.ends_with(['.', '?', '!']);
        if k == name && core.starts_with(char::is_uppercase) && name < 4 {
            // "Mr." and initials do not end the sentence.
            name += 1;
            if ends && core.len() > 3 {
                return false;
            }
            continue;
        }
        if k == name {
            let verb = name > 0 && engine.cue_verbs.contains(core);
            if !verb {
                return false;
            }
            // The tag goes on with the circumstances of the quotation.
            let rest = &s[w.as_ptr() as usize - s.as_ptr() as usize + w.len()..];
            if tag_goes_on(w, rest) {
                return true;
            }
        }
        if w.contains(['“', '"', '”']) {
            return false;
        }
        if ends {
            return true;
        }
    }
    false
}

/// Does the speaker tag whose verb is `verb` go on, in `rest`, with the
/// circumstances of the quotation before it rather than with a report of its
/// own: "“Who do they think they are?” Trump said of Apple in February, when
/// …", "“Too forced?” He tweeted when Clinton ended …", "“Stop!” Lee shouted,
/// a point he makes often"? A comma right after the verb, or a preposition or
/// subordinator there with no "that" clause and no quotation after it, to the
/// end of the sentence. Such a tag speaks the quotation as a short one does.
fn tag_goes_on(verb: &str, rest: &str) -> bool {
    const CIRCUMSTANCE: &[&str] = &[
        "of", "as", "when", "while", "after", "before", "during", "in", "on", "at", "about",
    ];
    let end = [". ", "? ", "! ", "\n"]
        .iter()
        .filter_map(|t| rest.find(t))
        .min()
        .unwrap_or(rest.len());
    let sentence = &rest[..end];
    if sentence.contains(['“', '"', '”']) || sentence.contains("''") {
        return false;
    }
    let mut words = sentence.split_whitespace();
    words
        .next()
        .is_some_and(|first| verb.ends_with(',') || CIRCUMSTANCE.contains(&first))
        && !words.any(|w| w.trim_matches(|c: char| !c.is_alphabetic()) == "that")
}

/// Does the period at `dot` end an abbreviation rather than the sentence?
fn is_abbreviation(s: &str, dot: usize, next: char, next_word: &str, engine: &Engine) -> bool {
    let before = &s[..dot];
    let wstart = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[wstart..];
    if word.is_empty() {
        return false;
    }
    let lex = &engine.lexicon;
    let letters: Vec<char> = word.chars().collect();
    // An initial: "J. K. Rowling", "Donald J. Trump".
    if letters.len() == 1 && letters[0].is_uppercase() {
        return !lex.has_exact(LexiconClass::SentenceStarter, next_word) || next_word.len() <= 1;
    }
    if lex.has_exact(LexiconClass::TitleAbbreviation, word) {
        return true;
    }
    if lex.has_exact(LexiconClass::NumberAbbreviation, word) {
        return next.is_ascii_digit();
    }
    let dotted = word.contains('.');
    // "… according to Tchadinfos.com. “He …": a domain name ends a sentence
    // like any word; its last part has two or more lower-case letters, where
    // "U.S.", "a.m." and "e.g." end in one.
    if dotted
        && word
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return false;
    }
    if lex.has_exact(LexiconClass::AmbiguousAbbreviation, word) || dotted {
        return !lex.has_exact(LexiconClass::SentenceStarter, next_word);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_any_agrees_with_a_plain_search() {
        let t = "a “quote” said, 'it\'s' fine.\nNext! ...?".as_bytes();
        let set = [b'"', b'\'', 0xE2];
        for from in 0..=t.len() {
            let plain = t[from..]
                .iter()
                .position(|c| set.contains(c))
                .map(|k| from + k);
            assert_eq!(find_any(t, from, &set), plain, "from {}", from);
        }
    }

    fn sents(t: &str) -> Vec<String> {
        let e = Engine::default_engine().unwrap();
        let seg = segment(t, std::slice::from_ref(&(0..t.len())), &e);
        seg.sentences
            .iter()
            .map(|s| t[s.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = sents(
            "Sen. Warren met Gov. Hochul at 10 a.m. on Sept. 5 in the U.S. Capitol. She left.",
        );
        assert_eq!(s.len(), 2, "{:?}", s);
        let s = sents("J. K. Rowling spoke. Mr. and Mrs. Smith listened to Dr. No.");
        assert_eq!(s.len(), 2, "{:?}", s);
    }

    #[test]
    fn sentences_glued_without_a_space_are_split() {
        let s = sents(
            "“We win,” Trump said.Trump claimed he knew. “Bye,” he said.”Then he left!Nobody",
        );
        assert_eq!(
            s,
            vec![
                "“We win,” Trump said.",
                "Trump claimed he knew.",
                "“Bye,” he said.”",
                "Then he left!",
                "Nobody"
            ]
        );
        // Names, domains and abbreviations that happen to have no space run on.
        for t in [
            "He writes for Antiwar.com and www.Breitbart.com today.",
            "See example.com/Foo or reddit.com/r/Politics now.",
            "The U.S.Army base, e.g.The Pentagon, stayed shut.",
            "Ask about WikiLeaks.Org soon.",
        ] {
            assert_eq!(sents(t).len(), 1, "{t}");
        }
    }

    #[test]
    fn a_domain_name_ends_a_sentence() {
        let s = sents(
            "Friends were devastated, according to Tchadinfos.com. “He had plans,” a friend said.",
        );
        assert_eq!(
            s,
            vec![
                "Friends were devastated, according to Tchadinfos.com.",
                "“He had plans,” a friend said."
            ]
        );
        // Abbreviations with one-letter parts still run on.
        assert_eq!(sents("She left at 5 p.m. on Friday.").len(), 1);
    }

    #[test]
    fn ambiguous_abbreviation_splits_before_a_sentence_opener() {
        let s = sents("The envoy flew to the U.S. The talks resumed.");
        assert_eq!(s, vec!["The envoy flew to the U.S.", "The talks resumed."]);
    }

    #[test]
    fn question_inside_quote_followed_by_speaker_stays_one_sentence() {
        let s = sents("“Who pays for this?” she asked. Nobody answered.");
        assert_eq!(
            s,
            vec!["“Who pays for this?” she asked.", "Nobody answered."]
        );
        let s = sents("“Stop!” he shouted. They stopped.");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn a_speaker_tag_that_goes_on_with_circumstances_stays_with_its_quotation() {
        let s = sents("“Who are they?” Ruiz said of the board in March, when it met. It left.");
        assert_eq!(s.len(), 2);
        let s = sents("“Not again!” Ruiz shouted, a complaint she makes often. It left.");
        assert_eq!(s.len(), 2);
        // A longer tag with a report of its own after the verb is a sentence of
        // its own.
        let s = sents(
            "“Why not?” Ruiz said on Monday that she would ask the governor and the board about it.",
        );
        assert_eq!(s.len(), 2);
        let s =
            sents("“Why not?” Ruiz said, “we can ask the governor and the board about the pier.”");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn named_speaker_tag_after_a_closed_quotation_stays_with_it() {
        let s = sents("“We will win.” Trump said. The crowd cheered.");
        assert_eq!(s, vec!["“We will win.” Trump said.", "The crowd cheered."]);
        let s = sents("“That would be you?” Mr. Borger asked on Sunday. He nodded.");
        assert_eq!(s.len(), 2);
        // Narration after a quotation is a sentence of its own.
        let s = sents("“We will win.” Trump left the stage. The crowd cheered.");
        assert_eq!(s.len(), 3);
        let s = sents("“We will win.” The crowd cheered.");
        assert_eq!(s.len(), 2);
    }

    #[test]
    fn wire_datelines_are_not_part_of_the_first_sentence() {
        for (text, first) in [
            (
                "WASHINGTON (AP) — The vote was close.",
                "The vote was close.",
            ),
            ("FLINT, Mich., Oct. 4 (UPI) -- Pipes burst.", "Pipes burst."),
            (
                "CHARLESTON, S.C. — In the fall, it rained.",
                "In the fall, it rained.",
            ),
            // A spaced hyphen stands for the dash.
            ("CLEVELAND - Ruiz spoke.", "Ruiz spoke."),
            ("RIVERTON, Calif. (Reuters) - Ruiz spoke.", "Ruiz spoke."),
            ("AB - C is no dateline.", "AB - C is no dateline."),
            (
                "A — B is a dash, not a dateline.",
                "A — B is a dash, not a dateline.",
            ),
        ] {
            assert_eq!(sents(text)[0], first, "{text}");
        }
    }

    #[test]
    fn quotation_spanning_sentences_is_one_unit() {
        let s = sents("“We are done. We are leaving,” the mayor said. The council met.");
        assert_eq!(
            s,
            vec![
                "“We are done. We are leaving,” the mayor said.",
                "The council met."
            ]
        );
    }

    #[test]
    fn nested_single_quotes_and_apostrophes() {
        let t = "“He called it ‘a farce’ and didn’t stay,” she said.";
        let e = Engine::default_engine().unwrap();
        let seg = segment(t, std::slice::from_ref(&(0..t.len())), &e);
        assert_eq!(seg.quotes.len(), 2);
        assert!(seg.quotes[1].single);
        assert_eq!(&t[seg.quotes[1].range.clone()], "‘a farce’");
        assert!(seg.unbalanced.is_empty());
    }

    #[test]
    fn unbalanced_quote_is_recorded_not_fatal() {
        let t = "“We will rebuild, the mayor said. Work starts soon.";
        let e = Engine::default_engine().unwrap();
        let seg = segment(t, std::slice::from_ref(&(0..t.len())), &e);
        assert_eq!(seg.unbalanced.len(), 1);
        assert_eq!(seg.unbalanced[0].start, 0);
    }

    #[test]
    fn continued_quote_across_paragraphs_is_not_unbalanced() {
        let t = "“We will rebuild.\n\n“And we will be stronger,” the mayor said.";
        let e = Engine::default_engine().unwrap();
        let p1 = 0..t.find('\n').unwrap();
        let p2 = t.rfind('\n').unwrap() + 1..t.len();
        let seg = segment(t, &[p1, p2], &e);
        assert!(seg.unbalanced.is_empty(), "{:?}", seg.unbalanced);
    }

    fn quote_texts(t: &str) -> (Vec<String>, usize) {
        let e = Engine::default_engine().unwrap();
        let seg = segment(t, std::slice::from_ref(&(0..t.len())), &e);
        let q = seg
            .quotes
            .iter()
            .filter(|q| !q.single)
            .map(|q| t[q.range.start + q.open_len..q.range.end - q.close_len].to_string())
            .collect();
        (q, seg.unbalanced.len())
    }

    #[test]
    fn mixed_curly_and_straight_marks_pair_up() {
        let (q, bad) =
            quote_texts("“Our roads are crumbling,\" she said. “Apparently not,“ he said.");
        assert_eq!(q, vec!["Our roads are crumbling,", "Apparently not,"]);
        assert_eq!(bad, 0);
    }

    #[test]
    fn doubled_apostrophes_are_a_double_mark() {
        let t = "''It's increasingly clear,'' he said of ''core Al Qaeda.''";
        let (q, bad) = quote_texts(t);
        assert_eq!(q, vec!["It's increasingly clear,", "core Al Qaeda."]);
        assert_eq!(bad, 0);
        assert_eq!(sents(t).len(), 1);
    }
}
