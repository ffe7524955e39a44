//! Disputes: two claims from different sources where one contradicts,
//! denies, corrects or questions the other.
//!
//! Precision first: a marker only links claims from different sources that
//! share their topic, and each claim looks back over a bounded window, so the
//! work stays linear in the length of the article.

use crate::attribute::{Analysis, Scan, Status, within};
use crate::rules::{Engine, LexiconClass, Strength};
use crate::segment::Segments;
use std::collections::HashSet;
use std::ops::Range;

/// How many earlier claims a marked claim may be linked to.
const WINDOW: usize = 8;

#[derive(Debug, Clone)]
pub struct Dispute {
    /// Indices into `Analysis::claims`: the earlier claim, then the disputing one.
    pub claims: [usize; 2],
    pub sources: [usize; 2],
    pub marker: Option<Range<usize>>,
    pub rule: String,
    pub kind: &'static str,
}

/// Content-word stems of a range, with the given ranges (sources, cues) left out.
fn topic(text: &str, r: &Range<usize>, skip: &[Range<usize>], engine: &Engine) -> HashSet<String> {
    let mut out = HashSet::new();
    let s = &text[r.clone()];
    let mut start: Option<usize> = None;
    let flush = |a: usize, b: usize, out: &mut HashSet<String>| {
        let abs = r.start + a..r.start + b;
        if skip
            .iter()
            .any(|k| k.start <= abs.start && abs.end <= k.end)
        {
            return;
        }
        let w = &s[a..b];
        if w.chars().count() < 3 || engine.lexicon.has(LexiconClass::Stopword, w) {
            return;
        }
        let lw = w.to_lowercase();
        // A five-letter stem makes "agree" meet "agreement".
        let stem: String = lw.chars().take(5).collect();
        out.insert(stem);
    };
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(a) = start.take() {
            flush(a, i, &mut out);
        }
    }
    if let Some(a) = start {
        flush(a, s.len(), &mut out);
    }
    out
}

pub fn find_disputes(
    text: &str,
    seg: &Segments,
    engine: &Engine,
    scan: &Scan,
    analysis: &Analysis,
) -> Vec<Dispute> {
    let claims = &analysis.claims;
    let mut out: Vec<Dispute> = Vec::new();
    let mut topics: Vec<Option<HashSet<String>>> = vec![None; claims.len()];
    let topic_of = |i: usize, topics: &mut Vec<Option<HashSet<String>>>| -> HashSet<String> {
        if topics[i].is_none() {
            let c = &claims[i];
            let a = &c.attribution;
            let mut skip: Vec<Range<usize>> = Vec::new();
            skip.extend(a.source_mention.clone());
            skip.extend(a.cue.clone());
            for v in &a.via {
                skip.extend(analysis.sources[*v].mentions.iter().cloned());
            }
            if let Some(s) = a.source {
                skip.extend(analysis.sources[s].mentions.iter().cloned());
            }
            // Claims split from one sentence only own their clause.
            let shares_sentence = (i > 0 && claims[i - 1].sentence == c.sentence)
                || claims.get(i + 1).is_some_and(|n| n.sentence == c.sentence);
            let r = if shares_sentence {
                c.span.clone()
            } else {
                c.sentence.clone()
            };
            topics[i] = Some(topic(text, &r, &skip, engine));
        }
        topics[i].clone().unwrap()
    };
    for i in 0..claims.len() {
        let c = &claims[i];
        if c.attribution.status == Status::Unattributed || c.attribution.source.is_none() {
            continue;
        }
        // The marker must be in this claim's own clause and not inside a quotation.
        let last_of_sentence = claims.get(i + 1).is_none_or(|n| n.sentence != c.sentence);
        let own = clause_start(claims, i)..if last_of_sentence {
            c.sentence.end
        } else {
            c.span.end
        };
        let Some((marker, rule)) = within(&scan.disputes, &own)
            .iter()
            .filter(|(m, _)| !seg.in_quote(m.start))
            .find(|(m, r)| marker_position_ok(text, c, m, engine.disputes[*r].strength))
            .cloned()
        else {
            continue;
        };
        let drule = &engine.disputes[rule];
        let mine = topic_of(i, &mut topics);
        let mut best: Option<(usize, usize)> = None;
        for j in (i.saturating_sub(WINDOW)..i).rev() {
            let o = &claims[j];
            if o.attribution.status == Status::Unattributed || o.attribution.source.is_none() {
                continue;
            }
            if o.attribution.source == c.attribution.source || c.paragraph > o.paragraph + 2 {
                continue;
            }
            let theirs = topic_of(j, &mut topics);
            let shared =
                mine.intersection(&theirs).count() + usize::from(names_other(text, analysis, j, i));
            let need = match drule.strength {
                Strength::Strong => 2,
                Strength::Weak => 4,
            };
            if shared >= need && best.is_none_or(|(_, s)| shared > s) {
                best = Some((j, shared));
            }
        }
        if let Some((j, _)) = best {
            out.push(Dispute {
                claims: [j, i],
                sources: [
                    claims[j].attribution.source.unwrap(),
                    c.attribution.source.unwrap(),
                ],
                marker: Some(marker),
                rule: drule.id.clone(),
                kind: drule.kind.as_str(),
            });
        }
    }
    out
}

/// Start of the claim's own clause: its sentence start, or after the claim before it in the same sentence.
fn clause_start(claims: &[crate::attribute::Claim], i: usize) -> usize {
    let c = &claims[i];
    if i > 0 && claims[i - 1].sentence == c.sentence {
        claims[i - 1].span.end
    } else {
        c.sentence.start
    }
}

/// Where a marker may stand: as the claim's cue ("denied"), or in the claim's
/// attribution frame rather than inside what is claimed ("However, ...",
/// "The auditor corrected the figure, saying ..."). A weak marker ("but")
/// must open the sentence or follow a comma.
fn marker_position_ok(
    text: &str,
    c: &crate::attribute::Claim,
    m: &Range<usize>,
    strength: Strength,
) -> bool {
    if c.attribution
        .cue
        .as_ref()
        .is_some_and(|cue| cue.start <= m.start && m.end <= cue.end)
    {
        return true;
    }
    let in_content = c.span.start <= m.start && m.end <= c.span.end;
    let before = &text[c.sentence.start.min(m.start)..m.start];
    let opens = before.chars().all(|ch| !ch.is_alphanumeric());
    let after_comma = before.trim_end().ends_with(',') || before.trim_end().ends_with(';');
    match strength {
        Strength::Strong => !in_content || opens,
        Strength::Weak => opens || after_comma && !in_content,
    }
}

/// Does a mention of one claim's source appear inside the other claim? ("The
/// minister met lobbyists" ... "The minister denied it.")
fn names_other(text: &str, analysis: &Analysis, a: usize, b: usize) -> bool {
    let (ca, cb) = (&analysis.claims[a], &analysis.claims[b]);
    let inside = |src: Option<usize>, claim: &crate::attribute::Claim| {
        let Some(s) = src else { return false };
        let hay = text[claim.span.clone()].to_lowercase();
        let src = &analysis.sources[s];
        std::iter::once(src.name.as_str())
            .chain(src.aliases.iter().map(|x| x.as_str()))
            .map(|n| n.to_lowercase())
            .map(|n| n.trim_start_matches("the ").to_string())
            .filter(|n| n.len() >= 3)
            .any(|n| hay.contains(&n))
    };
    inside(ca.attribution.source, cb) || inside(cb.attribution.source, ca)
}
