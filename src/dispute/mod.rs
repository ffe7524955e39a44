//! Disputes: two claims from different sources where one contradicts,
//! denies, corrects or questions the other.
//!
//! Precision first. A marker only links claims from different sources:
//!
//! * an adverb ("However, ...") links its claim to an earlier claim that
//!   shares its topic;
//! * a verb ("denied", "rejected") disputes its object, and only when the
//!   object is a claim: "denied the report", "rejected that idea", "denied
//!   meeting the lobbyists", never "rejected a request". When the object
//!   carries the disputed content itself ("dismissed Sanders’ accusations
//!   that the campaign broke the law"), the dispute lies inside one sentence:
//!   its two sides are spans of the one claim, the accusation with its own
//!   source and the dismissal;
//! * a verdict ("is simply not true", "calling the report false") judges its
//!   subject, and only when that is a claim ("That", "the report", "Rubio’s
//!   claim that ..."), a source named as the subject ("Hale was wrong"), or
//!   a claim the speaker reports in the same sentence ("they argued Z, and
//!   that is not true");
//! * a negation opening an answer ("No, I meant ...") contradicts the claim
//!   of another source just before that asserts the negated word.
//!
//! Questions and requests ("asked whether ...", "sought more details") are
//! never the claim disputed: what follows them answers them.
//!
//! Every dispute names its two sides: a claim, the words of that side and
//! their source, which may be a source named only there ("the union’s
//! claim"). Each claim looks back over a bounded window, and names are looked
//! up among the sources of nearby claims, so the work stays linear in the
//! length of the article.

use crate::attribute::{Analysis, Claim, Scan, Status, within};
use crate::phrases::is_alnum;
use crate::rules::{DisputeFrame, DisputeKind, DisputeRule, Engine, LexiconClass, Strength};
use crate::segment::Segments;
use std::collections::HashSet;
use std::ops::Range;

mod identity;
mod object;
mod sides;
mod topics;
mod turn;
mod verb;
mod verdict;
mod words;

use identity::*;
use object::*;
use sides::*;
use topics::*;
use turn::*;
use verb::*;
use verdict::*;
use words::*;

/// How many earlier claims a marked claim may be linked to.
const WINDOW: usize = 8;

/// How many words after a verb marker its object may take to name a claim.
const OBJECT_WORDS: usize = 6;

/// Who stands behind one side of a dispute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SideSource {
    /// A source of the analysis (index into `Analysis::sources`).
    Known(usize),
    /// A source named only here, as the holder of a disputed claim
    /// ("Bernie Sanders’ accusations that ..."): the words that name it.
    Named(Range<usize>),
}

/// One side of a dispute: what is claimed, in which claim, by whom.
#[derive(Debug, Clone)]
pub struct Side {
    /// Index into `Analysis::claims`.
    pub claim: usize,
    /// The words of this side: the disputed content, or the disputing words.
    pub span: Range<usize>,
    pub source: SideSource,
}

#[derive(Debug, Clone)]
pub struct Dispute {
    /// Indices into `Analysis::claims`: the disputed claim, then the disputing
    /// one; the same claim twice for a dispute inside one sentence.
    pub claims: [usize; 2],
    /// The disputed side, then the disputing side.
    pub sides: [Side; 2],
    pub marker: Option<Range<usize>>,
    pub rule: String,
    pub kind: &'static str,
}

impl Dispute {
    /// The name of a side's source.
    pub fn source_name(&self, side: usize, text: &str, analysis: &Analysis) -> String {
        match &self.sides[side].source {
            SideSource::Known(s) => analysis.sources[*s].name.clone(),
            SideSource::Named(r) => named_source(text, r),
        }
    }
}

/// The name in a "Y’s accusations" or "criticism from Y" phrase, without the possessive.
pub fn named_source(text: &str, r: &Range<usize>) -> String {
    let s = text[r.clone()].trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .or_else(|| s.strip_suffix('\''))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s);
    s.trim().to_string()
}

/// Finds every dispute in one article, claim by claim.
pub fn find_disputes(
    text: &str,
    seg: &Segments,
    engine: &Engine,
    scan: &Scan,
    analysis: &Analysis,
) -> Vec<Dispute> {
    let mut f = Finder {
        text,
        seg,
        engine,
        scan,
        analysis,
        topics: Topics::new(text, engine, analysis),
        out: Vec::new(),
    };
    for (i, c) in analysis.claims.iter().enumerate() {
        f.between(i);
        match disputing_source(analysis, engine, c) {
            Some(me) => f.marked(i, me),
            // A claim whosaid could not attribute may still be a named
            // source's denial: "However, Patricia Smith, mother of ...,
            // forcefully rejected Clinton’s claim."
            None if c.attribution.status == Status::Unattributed => f.unattributed_denial(i),
            None => {}
        }
    }
    let mut out = f.out;
    out.retain(|d| !same_referent(text, engine, analysis, d));
    out
}

/// One pass over an article's claims: what every frame reads, the topic
/// cache they share, and the disputes found so far.
struct Finder<'a> {
    text: &'a str,
    seg: &'a Segments,
    engine: &'a Engine,
    scan: &'a Scan,
    analysis: &'a Analysis,
    topics: Topics<'a>,
    out: Vec<Dispute>,
}

impl Finder<'_> {
    fn push(&mut self, (a, b): (Side, Side), marker: Range<usize>, rule: usize) {
        let drule = &self.engine.disputes[rule];
        self.out.push(Dispute {
            claims: [a.claim, b.claim],
            sides: [a, b],
            marker: Some(marker),
            rule: drule.id.clone(),
            kind: drule.kind.as_str(),
        });
    }

    /// "inconsistencies between her claim that Z and Comey's testimony":
    /// the two holders', whoever reports it (once for each sentence).
    fn between(&mut self, i: usize) {
        let (scan, analysis) = (self.scan, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        if i > 0 && claims[i - 1].sentence == c.sentence {
            return;
        }
        for (m, r) in within(&scan.disputes, &c.sentence) {
            if self.engine.disputes[*r].frame != DisputeFrame::Between || self.seg.in_quote(m.start)
            {
                continue;
            }
            if let Some(sides) = self.between_dispute(i, m, *r) {
                self.push(sides, m.clone(), *r);
            }
        }
    }

    /// A verb marker in a claim with no source: the sentence's own subject,
    /// a relative clause's or a passive's agent disputes the claim it names.
    fn unattributed_denial(&mut self, i: usize) {
        let (text, engine, scan, analysis, seg) =
            (self.text, self.engine, self.scan, self.analysis, self.seg);
        let c = &analysis.claims[i];
        let found = within(&scan.disputes, &c.span)
            .iter()
            .filter(|(m, r)| {
                engine.disputes[*r].frame == DisputeFrame::Verb && !seg.in_quote(m.start)
            })
            .find_map(|(m, r)| {
                let sides = self
                    .relative_dispute(i, m, *r)
                    .or_else(|| self.passive_dispute(i, m, *r))
                    .or_else(|| self.remarks_response(i, m, *r))
                    .or_else(|| {
                        let who = subject_of(text, c, m)
                            .or_else(|| subject_after_opener(text, c, m))
                            .or_else(|| plural_subject(text, engine, c, m))?;
                        let known = side_source(text, analysis, &nearby_sources(analysis, i), who);
                        self.verb_dispute(i, m, *r, known)
                    })?;
                Some((sides, m.clone(), *r))
            });
        if let Some((sides, marker, rule)) = found {
            self.push(sides, marker, rule);
        }
    }

    /// The markers in the own clause of claim `i`, whose source is `me`.
    fn marked(&mut self, i: usize, me: usize) {
        let (engine, scan, seg) = (self.engine, self.scan, self.seg);
        let claims = &self.analysis.claims;
        let c = &claims[i];
        // The marker must be in this claim's own clause and not inside a quotation.
        let last_of_sentence = claims.get(i + 1).is_none_or(|n| n.sentence != c.sentence);
        let own = clause_start(claims, i)..if last_of_sentence {
            c.sentence.end
        } else {
            c.span.end
        };
        for (marker, rule) in within(&scan.disputes, &own) {
            // A verdict is the source's own words, quoted or not; other
            // markers in a quotation belong to the speaker's story.
            let own_words = matches!(
                engine.disputes[*rule].frame,
                DisputeFrame::Verdict | DisputeFrame::Negation | DisputeFrame::Innocence
            );
            if own_words
                || !seg.in_quote(marker.start)
                || speakers_own_verb(self.text, engine.disputes[*rule].frame, c, marker)
            {
                self.marker(i, me, marker, *rule);
            }
        }
    }

    fn marker(&mut self, i: usize, me: usize, marker: &Range<usize>, rule: usize) {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        let drule = &engine.disputes[rule];
        // A correction reported inside another claim is still a
        // correction ("Fact checkers pointed out that the auditor said
        // only that ..."): the source of the nested cue the marker holds
        // is the one who corrects.
        let nested = drule
            .about_source
            .then(|| nested_holder(analysis, engine, c, marker))
            .flatten();
        let me = nested.unwrap_or(me);
        let turn = self.turn(i, me, marker, rule);
        // "their arguments ... are easily refuted": a verb of denial in
        // the passive, inside what is claimed, is the speaker's verdict.
        let passive = drule.frame == DisputeFrame::Verb
            && c.span.start <= marker.start
            && words(text, c.span.start..marker.start)
                .iter()
                .rev()
                .map(|w| text[w.clone()].to_lowercase())
                .find(|w| !w.ends_with("ly"))
                .is_some_and(|w| COPULAS.contains(&w.as_str()));
        if turn.is_none()
            && !passive
            && nested.is_none()
            && !speakers_own_verb(text, drule.frame, c, marker)
            && !marker_position_ok(text, c, marker, drule)
        {
            return;
        }
        let found: Option<(Side, Side)> = match drule.frame {
            _ if turn.is_some() => turn,
            _ if passive => self.verdict_dispute(i, marker, rule),
            DisputeFrame::Adverb => self.adverb(i, me, marker, drule),
            DisputeFrame::Verb => match turn_subject(text, engine, c, marker) {
                // "The Saudis warned they could sell ..., even though many
                // observers doubt they would": another source, in the same sentence.
                Some(who) => self.turned_verb(i, me, marker, rule, who),
                None => self.verb_dispute(i, marker, rule, SideSource::Known(me)),
            },
            DisputeFrame::Verdict => self.verdict_dispute(i, marker, rule),
            DisputeFrame::Negation => self.negation_dispute(i, marker, rule),
            // Found for every claim, whoever its source, in `between`.
            DisputeFrame::Between => None,
            DisputeFrame::Innocence => self.innocence_dispute(i, marker),
        };
        // One dispute per disputed claim and disputing sentence ("denied
        // meeting them, calling the report false").
        let found = found.filter(|(a, _)| {
            !self
                .out
                .iter()
                .rev()
                .take_while(|d| claims[d.sides[1].claim].sentence == c.sentence)
                .any(|d| d.sides[0].claim == a.claim)
        });
        if let Some(sides) = found {
            self.push(sides, marker.clone(), rule);
        }
    }

    /// A marker that turns claim `i` against another claim than the one
    /// its own frame would find.
    fn turn(
        &self,
        i: usize,
        me: usize,
        marker: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (engine, analysis) = (self.engine, self.analysis);
        let c = &analysis.claims[i];
        let drule = &engine.disputes[rule];
        // "X said some critics had been predicting Z, but this would not
        // happen": a turn inside what is claimed, against what it reports.
        let weak_turn = drule.frame == DisputeFrame::Adverb && drule.strength == Strength::Weak;
        let verb_outside_quote =
            drule.frame == DisputeFrame::Verb && !self.seg.in_quote(marker.start);
        (weak_turn && c.span.start <= marker.start)
            .then(|| self.nested_turn(i, marker, me))
            .flatten()
            // "X said Z, but according to Y, W": the turn opens on another source's account.
            .or_else(|| {
                weak_turn
                    .then(|| self.turn_to_another_account(i, marker, me))
                    .flatten()
            })
            // "X referred to Comey's testimony on Z - but she went on to
            // suggest that W": the turn against a holder's claim named before it.
            .or_else(|| {
                weak_turn
                    .then(|| self.turn_against_named_claim(i, marker, me))
                    .flatten()
            })
            // "The report undercut Clinton's argument that Z": whosaid made
            // the claim noun Clinton's cue; the sentence's subject disputes it.
            .or_else(|| {
                verb_outside_quote
                    .then(|| self.disputed_by_subject(i, marker, rule))
                    .flatten()
            })
            // "X said Z, a charge that Y has denied": the relative clause's own subject.
            .or_else(|| {
                verb_outside_quote
                    .then(|| {
                        self.relative_dispute(i, marker, rule)
                            .or_else(|| self.passive_dispute(i, marker, rule))
                    })
                    .flatten()
            })
    }

    /// A verb marker whose subject is another source than the claim's, in
    /// the same sentence: that source disputes what the claim says.
    fn turned_verb(
        &self,
        i: usize,
        me: usize,
        marker: &Range<usize>,
        rule: usize,
        who: Range<usize>,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let c = &analysis.claims[i];
        let drule = &self.engine.disputes[rule];
        let other = side_source(text, analysis, &nearby_sources(analysis, i), who);
        let obj = object(
            text,
            drule,
            Some(&text[marker.clone()]),
            marker.end..c.sentence.end,
            &self.engine.dispute_objects[rule],
        );
        if other == SideSource::Known(me) || !names_a_claim(drule, &obj) {
            return None;
        }
        let side = claim_side(&analysis.claims, i, false)?;
        let end = trim_range(
            text,
            marker.end..content_end(text, marker.end, c.sentence.end),
        )
        .end;
        Some((
            side,
            Side {
                claim: i,
                span: marker.start..end.max(marker.end),
                source: other,
            },
        ))
    }
}

impl SideSource {
    /// Is analysis source `s` this side's source?
    fn is(&self, text: &str, analysis: &Analysis, s: usize) -> bool {
        match self {
            SideSource::Known(m) => *m == s,
            SideSource::Named(r) => names_source(text, r, analysis, s),
        }
    }
}

/// Is the verb marker the speaker's own, in their quoted words: "I" or "we"
/// its subject, with only auxiliaries or adverbs between ("“I completely
/// disagree with the assertion that ...,” she said", "“We flatly reject
/// these claims”")? A verb in a quotation is otherwise the speaker's story
/// of what someone else did.
fn speakers_own_verb(text: &str, frame: DisputeFrame, c: &Claim, m: &Range<usize>) -> bool {
    if frame != DisputeFrame::Verb || m.start < c.span.start {
        return false;
    }
    words(text, c.span.start..m.start)
        .iter()
        .rev()
        .map(|w| text[w.clone()].to_lowercase())
        .find(|w| !w.ends_with("ly") && !AUXILIARIES.contains(&w.as_str()))
        .is_some_and(|w| matches!(w.as_str(), "i" | "we"))
}
