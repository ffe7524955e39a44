//! Word-level helpers for dispute frames: word ranges, topic words, negation.

use super::*;

/// Content-word stems of a range, with the given ranges (sources, cues) left out.
pub(super) fn topic(
    text: &str,
    r: &Range<usize>,
    skip: &[Range<usize>],
    engine: &Engine,
) -> HashSet<String> {
    let mut out = HashSet::new();
    for w in words(text, r.clone()) {
        if skip.iter().any(|k| k.start <= w.start && w.end <= k.end) {
            continue;
        }
        let w = bare(&text[w]);
        if w.chars().count() < 3 || engine.lexicon.has(LexiconClass::Stopword, w) {
            continue;
        }
        let lw = w.to_lowercase();
        if is_manner_adverb(&lw) {
            continue;
        }
        // A five-letter stem makes "agree" meet "agreement".
        let stem: String = lw.chars().take(5).collect();
        out.insert(stem);
    }
    out
}

/// An adverb made from an adjective ("potentially", "strongly", "reportedly"):
/// it says how, not what about, and its stem would meet the adjective's
/// ("potentially" is no topic shared with "potential retaliation").
pub(super) fn is_manner_adverb(lw: &str) -> bool {
    lw.chars().count() >= 7
        && lw.strip_suffix("ly").is_some_and(|adj| {
            [
                "al", "ent", "ant", "ous", "ive", "ate", "ed", "ing", "ful", "less", "ic", "ong",
            ]
            .iter()
            .any(|e| adj.ends_with(e))
        })
}

/// Word ranges in `r`: letters and digits, with inner apostrophes, hyphens
/// and periods ("Clinton’s", "U.S.") and a possessive apostrophe ("Sanders’").
pub(super) fn words(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_alnum(c) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(a) = start {
            let inner =
                matches!(c, '\'' | '’' | '-' | '.') && it.peek().is_some_and(|(_, n)| is_alnum(*n));
            if inner {
                continue;
            }
            let possessive = matches!(c, '\'' | '’') && s[a..i].ends_with('s');
            let end = if possessive { i + c.len_utf8() } else { i };
            out.push(r.start + a..r.start + end);
            start = None;
        }
    }
    if let Some(a) = start {
        out.push(r.start + a..r.end);
    }
    out
}

/// A word without its possessive ("Clinton’s" → "Clinton", "Sanders’" → "Sanders").
pub(super) fn bare(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix("'S"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

pub(super) fn is_possessive(w: &str) -> bool {
    bare(w).len() < w.len()
}

pub(super) fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// The nearest character boundary at or before byte `i`.
pub(super) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Does the range say what something is "instead" (not "instead of" one
/// thing, which sets two things side by side)?
pub(super) fn says_instead(text: &str, r: &Range<usize>) -> bool {
    let ws = words(text, r.clone());
    ws.iter().enumerate().any(|(k, w)| {
        text[w.clone()].eq_ignore_ascii_case("instead")
            && !ws
                .get(k + 1)
                .is_some_and(|n| text[n.clone()].eq_ignore_ascii_case("of"))
    })
}

/// Does the range say "not", "never", "no"?
pub(super) fn negated(text: &str, r: &Range<usize>) -> bool {
    words(text, r.clone()).into_iter().any(|w| {
        let w = text[w].to_lowercase();
        matches!(
            w.as_str(),
            "not" | "never" | "no" | "nothing" | "neither" | "nor"
        ) || w.ends_with("n't")
            || w.ends_with("n’t")
    })
}
