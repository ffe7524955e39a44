//! What claims are about: topic words, cached per claim, and the claims a
//! marker refers back to.

use super::*;

/// The topic of each claim, computed once.
pub(super) struct Topics<'a> {
    pub(super) text: &'a str,
    pub(super) engine: &'a Engine,
    pub(super) analysis: &'a Analysis,
    cache: Vec<Option<HashSet<String>>>,
}

impl<'a> Topics<'a> {
    pub(super) fn new(text: &'a str, engine: &'a Engine, analysis: &'a Analysis) -> Self {
        Topics {
            text,
            engine,
            analysis,
            cache: vec![None; analysis.claims.len()],
        }
    }

    /// What the claim's source and cue leave out of range `r`.
    fn skip(&self, c: &Claim, r: &Range<usize>) -> Vec<Range<usize>> {
        let a = &c.attribution;
        let mut skip: Vec<Range<usize>> = Vec::new();
        skip.extend(a.source_mention.clone());
        skip.extend(a.cue.clone());
        // A source's mentions come sorted and none inside another (`attribute`
        // makes them so): only those meeting `r` can hold one of its words, and
        // a source named all through a long article would otherwise be checked
        // against every word of every claim.
        let near = |s: usize| {
            let m = &self.analysis.sources[s].mentions;
            let lo = m.partition_point(|k| k.end <= r.start);
            let hi = m.partition_point(|k| k.start < r.end).max(lo);
            m[lo..hi].iter().cloned()
        };
        for v in &a.via {
            skip.extend(near(*v));
        }
        if let Some(s) = a.source {
            skip.extend(near(s));
        }
        skip
    }

    pub(super) fn of(&mut self, i: usize) -> HashSet<String> {
        if let Some(t) = &self.cache[i] {
            return t.clone();
        }
        let claims = &self.analysis.claims;
        let c = &claims[i];
        // Claims split from one sentence only own their clause.
        let shares_sentence = (i > 0 && claims[i - 1].sentence == c.sentence)
            || claims.get(i + 1).is_some_and(|n| n.sentence == c.sentence);
        let r = if shares_sentence {
            c.span.clone()
        } else {
            c.sentence.clone()
        };
        let t = topic(self.text, &r, &self.skip(c, &r), self.engine);
        self.cache[i] = Some(t.clone());
        t
    }

    /// The topic of a range of claim `i`.
    pub(super) fn of_range(&self, i: usize, r: &Range<usize>) -> HashSet<String> {
        topic(
            self.text,
            r,
            &self.skip(&self.analysis.claims[i], r),
            self.engine,
        )
    }
}

/// Does the range name a claim with a demonstrative ("that assessment",
/// "those claims", "this account"), a claim noun of any dispute rule?
pub(super) fn refers_back(text: &str, r: &Range<usize>, objects: &[HashSet<String>]) -> bool {
    let ws = words(text, r.clone());
    ws.windows(2).any(|p| {
        matches!(
            text[p[0].clone()].to_lowercase().as_str(),
            "that" | "this" | "these" | "those"
        ) && {
            let w = bare(&text[p[1].clone()]).to_lowercase();
            objects.iter().any(|o| o.contains(&w))
        }
    })
}

/// Of `candidates` (nearest first), the claim that shares the most topic
/// words with `mine`, two at least; `bonus` counts what else ties a claim to
/// the dispute (it is about the one who disputes it).
pub(super) fn on_topic(
    topics: &mut Topics,
    candidates: impl Iterator<Item = usize>,
    mine: &HashSet<String>,
    bonus: impl Fn(usize) -> usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for j in candidates {
        let shared = mine.intersection(&topics.of(j)).count() + bonus(j);
        if shared >= 2 && best.is_none_or(|(_, s)| shared > s) {
            best = Some((j, shared));
        }
    }
    best.map(|(j, _)| j)
}

/// The earlier claim of another source, in this paragraph or the three
/// before, on the topic of a claim noun phrase `r` whose holder `holder` no
/// source is named as ("the president’s claims about retaliation"): what the
/// phrase says of the claim ("retaliation") weighs twice what it says of its
/// holder ("president"); it must share one word of the first, two in all.
/// The claim nouns themselves ("claims", "rationales") are left out.
pub(super) fn by_topic(
    topics: &mut Topics,
    i: usize,
    r: &Range<usize>,
    holder: &Range<usize>,
    me: usize,
    objects: &HashSet<String>,
) -> Option<usize> {
    let (text, analysis, engine) = (topics.text, topics.analysis, topics.engine);
    let mut what = HashSet::new();
    let mut who = HashSet::new();
    for w in words(text, r.clone()) {
        let lw = bare(&text[w.clone()]).to_lowercase();
        if objects.contains(&lw) {
            continue;
        }
        let into = if holder.start <= w.start && w.end <= holder.end {
            &mut who
        } else {
            &mut what
        };
        into.extend(topics.of_range(i, &w));
    }
    let mut best: Option<(usize, usize)> = None;
    for j in earlier(text, analysis, engine, i, 3) {
        if analysis.claims[j].attribution.source == Some(me) {
            continue;
        }
        let theirs = topics.of(j);
        let a = what.intersection(&theirs).count();
        let b = who.intersection(&theirs).count();
        let score = 2 * a + b;
        if a >= 1 && a + b >= 2 && best.is_none_or(|(_, s)| score > s) {
            best = Some((j, score));
        }
    }
    best.map(|(j, _)| j)
}

impl Finder<'_> {
    /// The claim a pronoun or a definite noun phrase (`anaphor`: "denied it",
    /// "rejected that idea", "denied the fraud claims") refers to: the nearest claim before, of
    /// another source, in this paragraph or the one before. Modifiers ("fraud")
    /// must meet its topic. Narration in between is what is meant, and is a
    /// claim only when it reports one ("Two lawsuits have accused the school of
    /// ..."); otherwise there is no dispute.
    pub(super) fn referent(
        &mut self,
        i: usize,
        is_me: &dyn Fn(usize) -> bool,
        anaphor: &Object,
        objects: &HashSet<String>,
    ) -> Option<Side> {
        let Object::Anaphor {
            plural,
            modifiers,
            noun,
            ..
        } = anaphor
        else {
            return None;
        };
        let plural = *plural;
        let (text, engine, scan, analysis) = (self.text, self.engine, self.scan, self.analysis);
        let topics = &mut self.topics;
        let claims = &analysis.claims;
        let c = &claims[i];
        let want: HashSet<String> = modifiers
            .iter()
            .flat_map(|m| topic(text, m, &[], engine))
            .collect();
        for j in (i.saturating_sub(3)..i).rev() {
            let o = &claims[j];
            if o.paragraph + 1 < c.paragraph {
                return None;
            }
            if o.attribution.status == Status::Unattributed {
                let side = reported_in_narration(text, scan, engine, analysis, j)?;
                if is_me_side(
                    &side.source,
                    text,
                    analysis,
                    &nearby_sources(analysis, i),
                    is_me,
                ) {
                    return None;
                }
                // "Two lawsuits have accused the school of deceptive practices.
                // The school denied the fraud claims.": the accusation just
                // before is what the claim noun names, whatever its modifiers.
                let accusing = j + 1 == i
                    && o.paragraph == c.paragraph
                    && narration_cue(text, scan, o)
                        .is_some_and(|cue| names_claim_verb(text, &cue, objects));
                let fits = want.is_empty()
                    || accusing
                    || want
                        .intersection(&topic(text, &side.span, &[], engine))
                        .next()
                        .is_some();
                return fits.then_some(side);
            }
            let Some(src) = disputing_source(analysis, engine, o).filter(|&s| !is_me(s)) else {
                continue;
            };
            // "In response, ..." to a question answers it: no dispute. The question
            // may be another claim of the same sentence ("“How big is that wall?”
            // asked the boy, who … said his name was Mason").
            if noun.is_none() && asks(text, claims, j) {
                return None;
            }
            // A claim that speaks of "her public statements" is about them, not
            // one of them: what "contradicted her public statements" means lies before.
            let about = if o.sentence == c.sentence {
                o.span.clone()
            } else {
                o.sentence.clone()
            };
            // ("published reports alleging ..." is one: its source is not what it
            // speaks of, nor is a noun that opens its content.)
            let skip = topics.skip(o, &about);
            if noun.as_ref().is_some_and(|n| {
                let n = text[n.clone()].to_lowercase();
                let ws = words(text, about.clone());
                ws.iter().enumerate().any(|(k, w)| {
                    text[w.clone()].to_lowercase() == n
                        && !skip.iter().any(|s| s.start <= w.start && w.end <= s.end)
                        && !ws.get(k + 1).is_some_and(|x| {
                            CONTENT_OPENERS.contains(&text[x.clone()].to_lowercase().as_str())
                        })
                })
            }) {
                continue;
            }
            let accusing = j + 1 == i
                && o.paragraph == c.paragraph
                && o.attribution
                    .cue
                    .as_ref()
                    .is_some_and(|cue| names_claim_verb(text, cue, objects));
            let fits = want.is_empty()
                || accusing
                || want.intersection(&topics.of(j)).next().is_some()
                || modifiers
                    .iter()
                    .any(|m| names_source(text, m, analysis, src));
            return if fits {
                claim_side(claims, j, plural)
            } else {
                None
            };
        }
        None
    }
}

/// Is the reporting verb the verb of one of the claim nouns ("accused" →
/// "accusations", "alleging" → "allegations", "charged" → "charges")?
pub(super) fn names_claim_verb(text: &str, cue: &Range<usize>, objects: &HashSet<String>) -> bool {
    let stem = |w: &str| -> String { w.to_lowercase().chars().take(5).collect() };
    let verb = stem(&text[cue.clone()]);
    verb.chars().count() == 5 && objects.iter().any(|o| stem(o) == verb)
}
