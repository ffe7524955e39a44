//! One pass over the text finds every word-list entry of every rule kind.
//!
//! Most rules are word lists ("said", "according to", "Middle East Eye").
//! Rather than one big regex per kind, the text is split into words once and
//! each word start is looked up in a table keyed by a phrase's first word;
//! only the few phrases starting with that word are compared in full. This
//! is the automaton the speed target asks for, and it costs one hash look-up
//! per word whatever the size of the rule pack.

use std::hash::Hasher;
use std::ops::Range;

/// The rule kinds whose words are scanned for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Cue = 0,
    Source = 1,
    Outlet = 2,
    Hedge = 3,
    Dispute = 4,
    /// Pattern findings (house rules, the standards pack).
    Finding = 5,
    /// Words that checks look for (`triggers`, `unless`). Like findings, and
    /// unlike the other kinds, every rule matching at a position is reported,
    /// because several rules may share a word.
    Param = 6,
}

pub const KINDS: usize = 7;

/// Places a phrase competes for: its kind's, or (for a phrase added with
/// [`PhraseIndex::add_apart`]) a second set of its kind's own, `KINDS` on.
const SLOTS: usize = 2 * KINDS;

#[derive(Debug, Clone)]
struct Phrase {
    text: Vec<char>,
    /// The phrase as bytes (lower case when folding), for the fast path of ASCII phrases.
    ascii: Option<Vec<u8>>,
    fold_case: bool,
    kind: Kind,
    /// Which phrases it competes with for a place: `kind`, or `kind + KINDS`.
    slot: usize,
    rule: usize,
    ends_alnum: bool,
    /// Bytes of the first word of an ASCII phrase that folds case: the
    /// look-up of a text's ASCII word has already compared them.
    first_len: usize,
}

/// A fast hash for short ASCII keys (FNV-1a); the table is built from the
/// rule pack, not from input, so a flooding attack is not a concern.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

/// The phrases that start with one word. Common first words ("the", "is")
/// start many phrases; those are keyed again by their second word, so a
/// "the" in the text costs one more look-up rather than dozens of compares.
#[derive(Debug, Clone, Default)]
struct Node {
    direct: Vec<u32>,
    by_second: WordTable<Vec<u32>>,
}

const SPLIT_AT: usize = 4;

#[derive(Debug, Clone, Default)]
pub struct PhraseIndex {
    by_first: WordTable<Node>,
    phrases: Vec<Phrase>,
    /// The kinds with a phrase added apart, as bits: their matches at one
    /// place can be two, and are sorted at the end of a scan.
    apart: u32,
}

/// Each byte's lower-case form if it is an ASCII letter or digit, else 0.
const ALNUM_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// Values by lower-case word (the nodes by first word, the phrases by second
/// word): an open-addressing table whose hash the scan computes while it
/// reads a word, so an ASCII word is looked up without being copied or
/// lower-cased first.
#[derive(Debug, Clone)]
struct WordTable<V> {
    /// Index into `entries` plus one; 0 is an empty slot. Length a power of two.
    slots: Vec<u32>,
    entries: Vec<(Box<[u8]>, V)>,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable {
            slots: Vec::new(),
            entries: Vec::new(),
        }
    }
}

impl<V: Default> WordTable<V> {
    fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry whose key satisfies `same`, or the empty slot where it would go.
    fn find(&self, hash: u64, same: impl Fn(&[u8]) -> bool) -> Result<usize, usize> {
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() {
            return Err(0);
        }
        let mut at = hash as usize & mask;
        loop {
            match self.slots[at] {
                0 => return Err(at),
                e if same(&self.entries[e as usize - 1].0) => return Ok(e as usize - 1),
                _ => at = (at + 1) & mask,
            }
        }
    }

    fn get(&self, key: &[u8]) -> Option<&V> {
        let e = self.find(fnv(key), |k| k == key).ok()?;
        Some(&self.entries[e].1)
    }

    /// Look up ASCII text whose lower-case FNV hash is `hash`.
    fn get_ascii(&self, hash: u64, word: &[u8]) -> Option<&V> {
        let e = self
            .find(hash, |k| {
                k.len() == word.len()
                    && k.iter()
                        .zip(word)
                        .all(|(a, b)| *a == b.to_ascii_lowercase())
            })
            .ok()?;
        Some(&self.entries[e].1)
    }

    fn entry(&mut self, key: Vec<u8>) -> &mut V {
        if (self.entries.len() + 1) * 2 > self.slots.len() {
            let size = (self.slots.len() * 2).max(64);
            self.slots = vec![0; size];
            for (i, (k, _)) in self.entries.iter().enumerate() {
                let at = self.find(fnv(k), |_| false).unwrap_err();
                self.slots[at] = i as u32 + 1;
            }
        }
        let e = match self.find(fnv(&key), |k| k == key.as_slice()) {
            Ok(e) => e,
            Err(at) => {
                self.entries.push((key.into_boxed_slice(), V::default()));
                self.slots[at] = self.entries.len() as u32;
                self.entries.len() - 1
            }
        };
        &mut self.entries[e].1
    }
}

/// `char::is_alphanumeric`, with the General Punctuation block (curly
/// quotes, dashes, ellipsis: none of them letters or digits) answered
/// without the Unicode tables' slow path. Every tokenizer uses it: these are
/// most of the non-ASCII characters of English news, and the tables' binary
/// search cost hundreds of instructions a character.
pub(crate) fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return false;
    }
    c.is_alphanumeric()
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{a0}')
}

/// Lower-case second word of a phrase (after its first word and one space).
fn second_word(text: &[char]) -> Option<String> {
    // The rest of the text is not copied: hundreds of phrases are placed at start.
    let gap = text.iter().position(|c| !is_alnum(*c))?;
    if text[gap] != ' ' {
        return None;
    }
    let w: String = text[gap + 1..]
        .iter()
        .take_while(|c| is_alnum(**c))
        .collect();
    (!w.is_empty()).then(|| w.to_lowercase())
}

/// The lower-case FNV hash of the run of ASCII letters and digits at `at`, and its end.
#[inline(always)]
fn ascii_hash(b: &[u8], at: usize) -> (u64, usize) {
    let mut hash = FNV_OFFSET;
    let mut j = at;
    while j < b.len() && ALNUM_LOWER[b[j] as usize] != 0 {
        hash = (hash ^ u64::from(ALNUM_LOWER[b[j] as usize])).wrapping_mul(FNV_PRIME);
        j += 1;
    }
    (hash, j)
}

/// Lower-case word starting at byte `at` into `key`; returns the end offset.
fn read_word(text: &str, at: usize, key: &mut Vec<u8>) -> usize {
    let b = text.as_bytes();
    key.clear();
    // The common case, a run of ASCII letters and digits, in one copy.
    let ascii = b[at..]
        .iter()
        .position(|d| !d.is_ascii_alphanumeric())
        .unwrap_or(b.len() - at);
    key.extend_from_slice(&b[at..at + ascii]);
    key.make_ascii_lowercase();
    let mut j = at + ascii;
    if j < b.len() && b[j] < 0x80 {
        return j;
    }
    while j < b.len() {
        let d = b[j];
        if d < 0x80 {
            if !d.is_ascii_alphanumeric() {
                break;
            }
            key.push(d.to_ascii_lowercase());
            j += 1;
        } else {
            let dc = text[j..].chars().next().unwrap();
            if !is_alnum(dc) {
                break;
            }
            for lc in dc.to_lowercase() {
                let mut buf = [0u8; 4];
                key.extend_from_slice(lc.encode_utf8(&mut buf).as_bytes());
            }
            j += dc.len_utf8();
        }
    }
    j
}

/// Lower-case first alphanumeric run of a phrase: its look-up key.
fn first_word(s: &str) -> Option<String> {
    let end = s.find(|c: char| !is_alnum(c)).unwrap_or(s.len());
    (end > 0).then(|| s[..end].to_lowercase())
}

impl PhraseIndex {
    /// Add a phrase; returns false when it cannot be indexed (it does not start with a letter or digit).
    pub fn add(&mut self, phrase: &str, fold_case: bool, kind: Kind, rule: usize) -> bool {
        self.add_in_slot(phrase, fold_case, kind, kind as usize, rule)
    }

    /// Add a phrase that does not compete with the other phrases of its kind
    /// for a place in the text, only with the phrases added apart: passive
    /// participles such as "announced" are also active cue words, and both
    /// readings must be found. Returns false as [`PhraseIndex::add`] does.
    pub fn add_apart(&mut self, phrase: &str, fold_case: bool, kind: Kind, rule: usize) -> bool {
        let added = self.add_in_slot(phrase, fold_case, kind, kind as usize + KINDS, rule);
        if added {
            self.apart |= 1 << kind as usize;
        }
        added
    }

    fn add_in_slot(
        &mut self,
        phrase: &str,
        fold_case: bool,
        kind: Kind,
        slot: usize,
        rule: usize,
    ) -> bool {
        let Some(key) = first_word(phrase) else {
            return false;
        };
        let first_len = if phrase.is_ascii() && fold_case {
            key.len()
        } else {
            0
        };
        // The phrase with single spaces between its words, built in one
        // string: the rule pack has thousands of phrases to index at start.
        let mut joined = String::with_capacity(phrase.len());
        for w in phrase.split_whitespace() {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(w);
        }
        let text: Vec<char> = joined.chars().collect();
        let ends_alnum = text.last().is_some_and(|c| is_alnum(*c));
        let id = self.phrases.len() as u32;
        let ascii = joined.is_ascii().then(|| {
            if fold_case {
                joined.make_ascii_lowercase();
            }
            joined.into_bytes()
        });
        self.phrases.push(Phrase {
            text,
            ascii,
            fold_case,
            kind,
            slot,
            rule,
            ends_alnum,
            first_len,
        });
        let node = self.by_first.entry(key.into_bytes());
        node.direct.push(id);
        if node.direct.len() > SPLIT_AT {
            // Move every phrase that has a second word under that word.
            let ids = std::mem::take(&mut node.direct);
            for id in ids {
                match second_word(&self.phrases[id as usize].text) {
                    Some(w) => node.by_second.entry(w.into_bytes()).push(id),
                    None => node.direct.push(id),
                }
            }
        } else if !node.by_second.is_empty()
            && let Some(w) = second_word(&self.phrases[id as usize].text)
        {
            node.direct.pop();
            node.by_second.entry(w.into_bytes()).push(id);
        }
        true
    }

    /// End offset of `p` matched at `at`, if it matches there. The first
    /// `skip` bytes of an ASCII phrase are known to match.
    fn match_at(text: &str, at: usize, p: &Phrase, skip: usize) -> Option<usize> {
        if let Some(pb) = &p.ascii {
            // Fast path: byte comparison. A no-break space or a curly
            // apostrophe in the text (non-ASCII bytes) falls through to the
            // general comparison below.
            let tb = &text.as_bytes()[at..];
            let mut fallback = false;
            for (k, &x) in pb.iter().enumerate().skip(skip) {
                let &y = tb.get(k)?;
                let ok = match x {
                    b' ' => matches!(y, b' ' | b'\t' | b'\n' | b'\r'),
                    b'\'' => y == b'\'',
                    _ if p.fold_case => x == y.to_ascii_lowercase(),
                    _ => x == y,
                };
                if !ok {
                    if (x == b' ' || x == b'\'') && y >= 0x80 {
                        fallback = true;
                        break;
                    }
                    return None;
                }
            }
            if !fallback {
                let end = at + pb.len();
                let next = text[end..].chars().next();
                if p.ends_alnum && next.is_some_and(is_alnum) {
                    return None;
                }
                return Some(end);
            }
        }
        let mut it = text[at..].char_indices();
        for &pc in &p.text {
            let (_, tc) = it.next()?;
            let ok = match pc {
                ' ' => is_blank(tc),
                '\'' | '’' => tc == '\'' || tc == '’',
                _ if p.fold_case => {
                    pc == tc
                        || (pc.is_ascii() && tc.is_ascii() && pc.eq_ignore_ascii_case(&tc))
                        || pc.to_lowercase().eq(tc.to_lowercase())
                }
                _ => pc == tc,
            };
            if !ok {
                return None;
            }
        }
        let end = match it.next() {
            Some((i, c)) => {
                if p.ends_alnum && is_alnum(c) {
                    return None;
                }
                at + i
            }
            None => text.len(),
        };
        Some(end)
    }

    /// Every match, by kind, each list sorted and free of overlaps within its kind
    /// (the longest phrase wins at a position, as the earlier one does over a later overlap).
    pub fn scan(&self, text: &str) -> [Vec<(Range<usize>, usize)>; KINDS] {
        let mut out: [Vec<(Range<usize>, usize)>; KINDS] = Default::default();
        let mut last_end = [0usize; SLOTS];
        let b = text.as_bytes();
        let n = b.len();
        let mut i = 0;
        let mut key: Vec<u8> = Vec::with_capacity(64);
        let mut key2: Vec<u8> = Vec::with_capacity(64);
        while i < n {
            let c = b[i];
            if c < 0x80 && ALNUM_LOWER[c as usize] == 0 {
                i += 1;
                continue;
            }
            let ch = if c < 0x80 {
                c as char
            } else {
                text[i..].chars().next().unwrap()
            };
            if !is_alnum(ch) {
                i += ch.len_utf8();
                continue;
            }
            // A word starts at i; find its end and its lower-case form. An ASCII
            // word is hashed as it is read and looked up in place.
            let start = i;
            let (hash, mut j) = ascii_hash(b, i);
            let ascii_word =
                j > i && (j == n || b[j] < 0x80 || !text[j..].chars().next().is_some_and(is_alnum));
            let node = if ascii_word {
                self.by_first.get_ascii(hash, &b[i..j])
            } else {
                j = read_word(text, i, &mut key);
                self.by_first.get(key.as_slice())
            };
            if let Some(node) = node {
                let mut best: [Option<(usize, usize)>; SLOTS] = [None; SLOTS];
                // The kinds with an entry in `best`, as bits.
                let mut hit = 0u32;
                let mut params: Vec<(Range<usize>, usize)> = Vec::new();
                let mut try_ids =
                    |ids: &[u32], best: &mut [Option<(usize, usize)>; SLOTS], hit: &mut u32| {
                        for &id in ids {
                            let p = &self.phrases[id as usize];
                            let k = p.slot;
                            if p.kind != Kind::Param && start < last_end[k] {
                                continue;
                            }
                            let skip = if ascii_word { p.first_len } else { 0 };
                            if let Some(end) = Self::match_at(text, start, p, skip) {
                                if p.kind == Kind::Param || p.kind == Kind::Finding {
                                    // Several rules may flag the same words: each gets its match,
                                    // the longest one per rule.
                                    match params
                                        .iter_mut()
                                        .find(|(_, r)| *r == p.rule + ((p.kind as usize) << 32))
                                    {
                                        Some(slot) if slot.0.end < end => slot.0 = start..end,
                                        Some(_) => {}
                                        None => params
                                            .push((start..end, p.rule + ((p.kind as usize) << 32))),
                                    }
                                } else if best[k].is_none_or(|(e, _)| end > e) {
                                    best[k] = Some((end, p.rule));
                                    *hit |= 1 << k;
                                }
                            }
                        }
                    };
                try_ids(&node.direct, &mut best, &mut hit);
                if !node.by_second.is_empty() {
                    // The second word starts after one blank.
                    if let Some(c) = text[j..].chars().next().filter(|c| is_blank(*c)) {
                        let s2 = j + c.len_utf8();
                        let (hash2, e2) = ascii_hash(b, s2);
                        let ascii2 = e2 > s2
                            && (e2 == n
                                || b[e2] < 0x80
                                || !text[e2..].chars().next().is_some_and(is_alnum));
                        let ids = if ascii2 {
                            node.by_second.get_ascii(hash2, &b[s2..e2])
                        } else {
                            read_word(text, s2, &mut key2);
                            node.by_second.get(key2.as_slice())
                        };
                        if let Some(ids) = ids {
                            try_ids(ids, &mut best, &mut hit);
                        }
                    }
                }
                for (m, tagged) in params {
                    out[tagged >> 32].push((m, tagged & 0xffff_ffff));
                }
                while hit != 0 {
                    let k = hit.trailing_zeros() as usize;
                    hit &= hit - 1;
                    if let Some((end, rule)) = best[k] {
                        out[k % KINDS].push((start..end, rule));
                        last_end[k] = end;
                    }
                }
            }
            i = j;
        }
        // The order every matcher's matches are merged in (`Engine::scan`):
        // by start, the longer first, then by rule. Lists are already
        // sorted but for the few places with a match apart too.
        let mut apart = self.apart;
        while apart != 0 {
            let k = apart.trailing_zeros() as usize;
            apart &= apart - 1;
            out[k].sort_by_key(|(r, i)| (r.start, std::cmp::Reverse(r.end), *i));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_with_flexible_blanks_and_apostrophes() {
        let mut ix = PhraseIndex::default();
        ix.add("according to", true, Kind::Cue, 0);
        ix.add("said", true, Kind::Cue, 1);
        ix.add("Middle East Eye", false, Kind::Outlet, 0);
        ix.add("MEE", false, Kind::Outlet, 0);
        ix.add("didn't", true, Kind::Dispute, 2);
        let t = "According\u{a0}to MEE, Middle East Eye saidx said; they didn’t. mee";
        let r = ix.scan(t);
        let cues: Vec<&str> = r[Kind::Cue as usize]
            .iter()
            .map(|(m, _)| &t[m.clone()])
            .collect();
        assert_eq!(cues, vec!["According\u{a0}to", "said"]);
        let outlets: Vec<&str> = r[Kind::Outlet as usize]
            .iter()
            .map(|(m, _)| &t[m.clone()])
            .collect();
        assert_eq!(outlets, vec!["MEE", "Middle East Eye"]);
        assert_eq!(r[Kind::Dispute as usize].len(), 1);
    }

    #[test]
    fn is_alnum_agrees_with_the_standard_library() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{:?}", c);
        }
    }

    #[test]
    fn a_phrase_added_apart_keeps_its_place_beside_the_kinds_other_phrases() {
        let mut ix = PhraseIndex::default();
        ix.add("announced", true, Kind::Cue, 3);
        ix.add_apart("announced", true, Kind::Cue, 1);
        ix.add_apart("told", true, Kind::Cue, 2);
        let t = "It was announced and told.";
        let r = ix.scan(t);
        // Both readings of "announced", in the order of the merged scan: by
        // start, then the longer, then by rule.
        assert_eq!(
            r[Kind::Cue as usize],
            vec![(7..16, 1), (7..16, 3), (21..25, 2)]
        );
    }

    #[test]
    fn longest_phrase_wins_at_a_position() {
        let mut ix = PhraseIndex::default();
        ix.add("New York", false, Kind::Outlet, 0);
        ix.add("New York Times", false, Kind::Outlet, 1);
        let t = "The New York Times said";
        let r = ix.scan(t);
        assert_eq!(r[Kind::Outlet as usize], vec![(4..18, 1)]);
    }
}
