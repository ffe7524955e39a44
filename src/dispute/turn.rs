//! Turns ("but", "however", "though") and where a marker may sit in its claim.

use super::*;

/// Words that turn a sentence to another subject after what a source said.
pub(super) const TURNS: &[&str] = &["but", "although", "though", "while", "whereas", "yet"];

/// The subject of a verb marker that follows a claim's content after a turn
/// ("..., even though many observers doubt ...", "..., but the company denied
/// ..."), when it is not a pronoun (most often the same source).
pub(super) fn turn_subject(
    text: &str,
    engine: &Engine,
    c: &Claim,
    m: &Range<usize>,
) -> Option<Range<usize>> {
    if m.start < c.span.end
        || c.attribution
            .cue
            .as_ref()
            .is_some_and(|cue| cue.start <= m.start && m.end <= cue.end)
    {
        return None;
    }
    let ws = words(text, c.span.end..m.start);
    let turn = ws
        .iter()
        .position(|w| TURNS.contains(&text[w.clone()].to_lowercase().as_str()))?;
    // Only the turn (and "even") may stand between the content and the turn.
    if ws[..turn]
        .iter()
        .any(|w| !text[w.clone()].eq_ignore_ascii_case("even"))
    {
        return None;
    }
    named_subject(text, engine, ws[turn + 1..].to_vec(), 6)
}

/// The noun phrase in `ws` without trailing auxiliaries and adverbs ("Smith has
/// repeatedly"), when it names someone: at most `max` words, not a pronoun or "there".
pub(super) fn named_subject(
    text: &str,
    engine: &Engine,
    mut ws: Vec<Range<usize>>,
    max: usize,
) -> Option<Range<usize>> {
    while ws.last().is_some_and(|w| {
        let lw = text[w.clone()].to_lowercase();
        AUXILIARIES.contains(&lw.as_str()) || lw.ends_with("ly")
    }) {
        ws.pop();
    }
    let first = ws.first()?;
    let lw = text[first.clone()].to_lowercase();
    if ws.len() > max || engine.lexicon.has(LexiconClass::Pronoun, &lw) || lw == "there" {
        return None;
    }
    Some(first.start..ws.last()?.end)
}

/// Does the marker open its sentence (nothing but punctuation before it)?
pub(super) fn opens_sentence(text: &str, c: &Claim, m: &Range<usize>) -> bool {
    text[c.sentence.start.min(m.start)..m.start]
        .chars()
        .all(|ch| !ch.is_alphanumeric())
}

/// Where a marker may stand: as the claim's cue ("denied"), or in the claim's
/// attribution frame rather than inside what is claimed ("However, ...",
/// "The auditor corrected the figure, saying ..."). A weak marker ("but")
/// must also open the sentence or follow a comma.
pub(super) fn marker_position_ok(
    text: &str,
    c: &Claim,
    m: &Range<usize>,
    rule: &DisputeRule,
) -> bool {
    // A capital inside a sentence is a headline's title case ("Disputes Characterization Of").
    if capitalised(&text[m.clone()]) && !opens_sentence(text, c, m) {
        return false;
    }
    // A source named after a verb marker is its object, not its subject
    // ("dismissed the comment ... as remote"), unless the marker opens the
    // sentence ("In response to Y's charge that ..., X said ...").
    if rule.frame == DisputeFrame::Verb
        && !opens_sentence(text, c, m)
        && c.attribution
            .source_mention
            .as_ref()
            .is_some_and(|s| s.start >= m.end && s.start < c.sentence.end)
    {
        return false;
    }
    // The marker is the cue, or holds it ("said only").
    if c.attribution.cue.as_ref().is_some_and(|cue| {
        (cue.start <= m.start && m.end <= cue.end) || (m.start <= cue.start && cue.end <= m.end)
    }) {
        return true;
    }
    let in_content = c.span.start <= m.start && m.end <= c.span.end;
    let before = &text[c.sentence.start.min(m.start)..m.start];
    let opens = before.chars().all(|ch| !ch.is_alphanumeric());
    let after_comma = before.trim_end().ends_with(',') || before.trim_end().ends_with(';');
    match (rule.frame, rule.strength) {
        // A verb inside the content has another subject ("X said Y denied it");
        // a source named after its verb is the verb's object, not its subject.
        // A clause the source's own pronoun opens after a dash is not what is
        // claimed ("reiterated them on the radio — where he seemed to differ").
        (DisputeFrame::Verb, _) => !in_content || own_clause(text, c, m),
        // A verdict is what the source says ("said the report was false").
        (DisputeFrame::Verdict, _) => in_content,
        // A negation is in what the source says.
        (DisputeFrame::Negation, _) => in_content,
        // Found apart, for every claim.
        (DisputeFrame::Between, _) => false,
        // What the source says of itself.
        (DisputeFrame::Innocence, _) => in_content,
        // A correction ("In fact, ...") corrects what was said before only
        // when it opens the sentence; inside one it is emphasis ("Trump is,
        // in fact, ...").
        (DisputeFrame::Adverb, _) if rule.kind == DisputeKind::Correction => opens,
        (DisputeFrame::Adverb, Strength::Strong) => !in_content || opens,
        // "But X said ...": a "but" inside what is claimed is the source's own turn.
        (DisputeFrame::Adverb, Strength::Weak) => (opens || after_comma) && !in_content,
    }
}

/// Does the marker stand in a clause opened after a dash by "where" or
/// "when" and a subject pronoun, with only auxiliaries, adverbs or "seemed
/// to" between: "— where he seemed to differ with ..."? The pronoun is the
/// claim's own source, and the clause is no part of what is claimed.
pub(super) fn own_clause(text: &str, c: &Claim, m: &Range<usize>) -> bool {
    let Some(dash) = text[c.span.start..m.start].rfind(['—', '–']) else {
        return false;
    };
    let ws = words(text, c.span.start + dash..m.start);
    let lw = |k: usize| {
        ws.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    matches!(lw(0).as_str(), "where" | "when")
        && matches!(lw(1).as_str(), "he" | "she" | "they")
        && (2..ws.len()).all(|k| {
            let w = lw(k);
            AUXILIARIES.contains(&w.as_str())
                || w.ends_with("ly")
                || matches!(
                    w.as_str(),
                    "seemed" | "seems" | "appeared" | "appears" | "to"
                )
        })
}

impl Finder<'_> {
    /// A turn against a claim the speaker has just reported: "some critics had
    /// been predicting Z, but this would not happen". The turn ("but") follows a
    /// comma inside what claim `i` says, its subject is a pronoun for what was
    /// reported, and it negates.
    pub(super) fn nested_turn(
        &self,
        i: usize,
        marker: &Range<usize>,
        me: usize,
    ) -> Option<(Side, Side)> {
        let (text, scan, analysis) = (self.text, self.scan, self.analysis);
        let c = &analysis.claims[i];
        if !text[c.span.start..marker.start].trim_end().ends_with(',') {
            return None;
        }
        let clause_end = text[marker.end..c.sentence.end]
            .find([',', ';', '.', '—', '–'])
            .map_or(c.sentence.end, |p| marker.end + p);
        let ws = words(text, marker.end..clause_end);
        let subject = ws.first()?.clone();
        if !matches!(
            text[subject.clone()].to_lowercase().as_str(),
            "this" | "that" | "it"
        ) || !negated(text, &(marker.end..clause_end))
        {
            return None;
        }
        let own = c
            .attribution
            .cue
            .clone()
            .unwrap_or(c.sentence.start..c.sentence.start);
        let (cue, _) = within(&scan.cues, &(c.span.start..marker.start))
            .iter()
            .rfind(|(m, _)| c.sentence.start <= m.start && own.end <= m.start)?
            .clone();
        let reported = self.nested_report(i, &cue, marker.start, me)?;
        Some((
            reported,
            Side {
                claim: i,
                span: trim_range(text, marker.start..clause_end),
                source: SideSource::Known(me),
            },
        ))
    }

    /// A turn to another source's account: "X said Z, but according to Y, W"
    /// (W a claim of its own, Y's, after X's claim in the same sentence), or
    /// inside what claim `i` says, "Clinton blamed the attack on a video while,
    /// according to her emails, knowing the video had nothing to do with it".
    /// The other source's cue must open the turn's clause: the words after it
    /// are that source's, set against the speaker's words before the turn.
    pub(super) fn turn_to_another_account(
        &self,
        i: usize,
        marker: &Range<usize>,
        me: usize,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        let opens_turn = |cue: &Range<usize>| {
            marker.end <= cue.start
                && text[marker.end..cue.start]
                    .chars()
                    .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '—' | '–' | '-'))
        };
        let enough = |r: &Range<usize>| words(text, r.clone()).len() >= 3;
        // What follows a dash or comma after the cue's source.
        let from_word = |r: &Range<usize>| {
            let lead = text[r.clone()]
                .find(|ch: char| ch.is_alphanumeric() || matches!(ch, '"' | '“' | '\'' | '‘'))
                .unwrap_or(0);
            trim_range(text, r.start + lead..r.end)
        };
        if c.span.start > marker.start {
            let before = claims[..i].last()?;
            let theirs = before.attribution.source?;
            if before.sentence != c.sentence
                || theirs == me
                || !c.attribution.cue.as_ref().is_some_and(opens_turn)
                || !enough(&before.span)
                || !enough(&c.span)
            {
                return None;
            }
            return Some((
                claim_side(claims, i - 1, false)?,
                Side {
                    claim: i,
                    span: c.span.clone(),
                    source: SideSource::Known(me),
                },
            ));
        }
        let n = c.nested.iter().find(|n| opens_turn(&n.cue))?;
        let source = n.source?;
        let after = n.source_mention.as_ref().map_or(n.cue.end, |m| m.end);
        let theirs = from_word(
            n.content
                .iter()
                .find(|r| after <= r.start && r.end <= c.sentence.end)?,
        );
        let mine = trim_range(text, c.span.start..marker.start);
        if source == me || !enough(&mine) || !enough(&theirs) {
            return None;
        }
        Some((
            Side {
                claim: i,
                span: mine,
                source: SideSource::Known(me),
            },
            Side {
                claim: i,
                span: theirs,
                source: SideSource::Known(source),
            },
        ))
    }

    /// A turn inside a sentence against a claim the writer names with its
    /// holder before it: "Clinton referred to Comey's testimony on the existence
    /// of 100 classified emails - but she continued to suggest that they were
    /// not marked classified". Before the turn, a capitalised possessive and a
    /// claim noun of any dispute rule ("testimony", "claim", "report"), then
    /// "on", "that" or "about" and what was claimed, of at least three words;
    /// after it, the claim of another source, opened by the turn. As for any
    /// weak turn, one side must deny what the other asserts, and the two must
    /// share a topic word.
    pub(super) fn turn_against_named_claim(
        &self,
        i: usize,
        marker: &Range<usize>,
        me: usize,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let topics = &self.topics;
        let objects = &self.engine.dispute_objects;
        let claims = &analysis.claims;
        let c = &claims[i];
        if c.span.start < marker.end || opens_sentence(text, c, marker) {
            return None;
        }
        // The turn opens the claim's clause: only its source and cue may follow it.
        if clause_start(claims, i) > marker.start {
            return None;
        }
        let ws = words(
            text,
            c.sentence.start.max(clause_start(claims, i))..marker.start,
        );
        let lw = |k: usize| {
            ws.get(k)
                .map(|w| bare(&text[w.clone()]).to_lowercase())
                .unwrap_or_default()
        };
        let noun = |k: usize| objects.iter().any(|o| o.contains(&lw(k)));
        let (h, k) = (0..ws.len()).find_map(|h| {
            let t = &text[ws[h].clone()];
            if !is_possessive(t) || !capitalised(t) {
                return None;
            }
            // The noun right after the possessive, or after one modifier.
            let k = (h + 1..(h + 3).min(ws.len())).find(|&k| noun(k))?;
            matches!(lw(k + 1).as_str(), "on" | "that" | "about").then_some((h, k + 1))
        })?;
        // Up to the last word before the turn, without its comma or dash.
        let content = trim_range(text, ws[k].end..ws.last()?.end);
        if words(text, content.clone()).len() < 3
            || negated(text, &content) == negated(text, &c.span)
            || topics
                .of_range(i, &content)
                .intersection(&topics.of_range(i, &c.span))
                .next()
                .is_none()
        {
            return None;
        }
        let holder = ws[h].start..ws[h].start + bare(&text[ws[h].clone()]).len();
        let near = nearby_sources(analysis, i);
        let source = side_source(text, analysis, &near, holder);
        if source == SideSource::Known(me) {
            return None;
        }
        Some(both_in(
            i,
            (ws[h].start..content.end, source),
            (c.span.clone(), SideSource::Known(me)),
        ))
    }

    /// An adverb marker ("However", "But"): the earlier claim, within a
    /// window, that claim `i` turns against.
    pub(super) fn adverb(
        &mut self,
        i: usize,
        me: usize,
        marker: &Range<usize>,
        drule: &DisputeRule,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        let objects = &engine.dispute_objects;
        let topics = &mut self.topics;
        let mine = topics.of(i);
        let weak = drule.strength == Strength::Weak;
        // "But Flynn said Trump's comment was instead an expression
        // of frustration": a turn that says what something was
        // instead corrects the account just before, whatever its words.
        let corrects = weak && says_instead(text, &c.span);
        let need = match drule.strength {
            _ if corrects => 1,
            Strength::Strong => 2,
            Strength::Weak => 4,
        };
        // A "but" inside a sentence turns against the sentence's own
        // first half: only a claim of that sentence can be its target.
        let mid = !opens_sentence(text, c, marker);
        let mut best: Option<(usize, usize)> = None;
        // "However, the department declined to concur with that
        // assessment": a strong turn whose claim names a claim with
        // a demonstrative points at the claim just before, whatever
        // its words.
        if !weak && refers_back(text, &c.span, objects) {
            best = earlier(text, analysis, engine, i, 1)
                .next()
                .filter(|&j| j + 2 >= i && !narration_between(claims, j, i))
                .map(|j| (j, usize::MAX));
        }
        // "For years the Census denied any improper role. But in
        // 2000, researchers disclosed documents that ...": a turn
        // that opens the sentence right after another source's
        // denial sets this account against the denial, whatever
        // its words.
        if weak && !mid && best.is_none() {
            best = earlier(text, analysis, engine, i, 1)
                .next()
                .filter(|&j| {
                    j + 1 == i
                        && !narration_between(claims, j, i)
                        && denies(text, engine, &claims[j])
                })
                .map(|j| (j, usize::MAX));
        }
        // "Clinton pledged to raise incomes, not taxes. But some
        // experts said it could be a difficult pledge to keep": a
        // turn that opens the sentence of a body of specialists
        // ("experts", "economists", "critics") weighs their
        // judgement against the claim just before that shares a
        // word with it; no denial need stand on either side.
        if weak && !mid && best.is_none() && specialists(engine, &analysis.sources[me].name) {
            for j in earlier(text, analysis, engine, i, 1)
                .take_while(|&j| {
                    j + 3 >= i
                        && !narration_between(claims, j, i)
                        && !(j + 1..i).any(|k| asks(text, claims, k))
                })
                .collect::<Vec<_>>()
            {
                if topics.of(j).intersection(&mine).next().is_some() {
                    best = Some((j, usize::MAX));
                    break;
                }
            }
        }
        let candidates = earlier(text, analysis, engine, i, 2)
            .take(if corrects { 1 } else { WINDOW })
            .filter(|&j| !corrects || !narration_between(claims, j, i))
            .collect::<Vec<_>>();
        let pointed = best.is_some();
        for j in candidates.into_iter().filter(|_| !pointed) {
            if weak && mid && claims[j].sentence != c.sentence {
                continue;
            }
            let theirs = topics.of(j);
            let common = mine.intersection(&theirs).count();
            let shared = common + usize::from(names_other(text, analysis, j, i));
            // A short claim taken up word for word ("the trade deal
            // was dead" ... "but the trade deal was not dead") needs
            // only its own three topic words.
            let whole = common >= 3 && common == theirs.len();
            if (shared < need && !whole) || best.is_some_and(|(_, s)| shared <= s) {
                continue;
            }
            if drule.about_source && !mentions(text, analysis, me, &claims[j]) {
                continue;
            }
            // A weak marker also needs one claim to deny what the other
            // asserts ("would balance" ... "would not balance").
            if weak && !corrects && negated(text, &claims[j].span) == negated(text, &c.span) {
                continue;
            }
            best = Some((j, shared));
        }
        best.and_then(|(j, _)| {
            Some((
                claim_side(claims, j, false)?,
                Side {
                    claim: i,
                    span: c.span.clone(),
                    source: SideSource::Known(me),
                },
            ))
        })
    }
}
