//! Verdicts ("is not true", "calling it false") and negated answers.

use super::*;

/// Words that may stand between a verdict and its verb ("is simply not true").
pub(super) const VERDICT_ADVERBS: &[&str] = &[
    "simply", "just", "all", "both", "also", "so", "very", "quite", "still", "being", "not",
];

/// Verdicts that are nouns without their article ("an outright lie").
const NOUN_VERDICTS: &[&str] = &["lie", "fabrication", "distortion"];

/// Words that make a verdict noun stronger ("a complete fabrication").
const INTENSIFIERS: &[&str] = &[
    "outright",
    "complete",
    "total",
    "absolute",
    "blatant",
    "flat-out",
    "bald-faced",
    "boldfaced",
    "bold-faced",
    "big",
    "pure",
    "utter",
    "deliberate",
    "malicious",
    "gross",
];

/// A word without the quotation marks around it (“boldfaced” → boldfaced).
fn bare_quotes(w: &str) -> &str {
    w.trim_matches(|c: char| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’'))
}

/// Verbs that link a subject to a verdict ("is false", "had no substance").
pub(super) const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re",
];

/// Verbs that put a verdict on their object ("calling the report false").
pub(super) const CALLING: &[&str] = &[
    "call", "calls", "called", "calling", "labeled", "labelled", "branded", "deemed", "proved",
    "proves", "proven",
];

impl Finder<'_> {
    /// The dispute a verdict ("is not true", "calling the report false") in claim
    /// `i` makes, if what it judges is a claim: the disputed side, then the
    /// disputing one.
    pub(super) fn verdict_dispute(
        &mut self,
        i: usize,
        marker: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, scan, analysis) = (self.text, self.engine, self.scan, self.analysis);
        let objects = &engine.dispute_objects[rule];
        let claims = &analysis.claims;
        let c = &claims[i];
        let me = c.attribution.source?;
        // A verdict that overlaps the cue ("made up" where a user's pack makes
        // "made" a cue) or stands before the content judges none of its words.
        if marker.start < c.span.start || marker.end > c.sentence.end {
            return None;
        }

        // "It is wrong to cut ...", "it is absurd that ...", "wrong for him to
        // go": the verdict is on what follows, not on a claim; but "delusional
        // for the accusation" judges the one who made it.
        let next = words(text, marker.end..c.sentence.end);
        let lw = |k: usize| {
            next.get(k)
                .map(|w| bare(&text[w.clone()]).to_lowercase())
                .unwrap_or_default()
        };
        let for_claim = lw(0) == "for" && (1..4).any(|k| objects.contains(&lw(k)));
        if lw(0) == "for"
            && let Some(d) = verdict_for_saying(text, analysis, i, marker, &next, me)
        {
            return Some(d);
        }
        // "It's misleading to imply that Z", "Khan was wrong to say Z": a
        // verdict on the act of saying Z, which someone else said.
        if lw(0) == "to" && SAYING_ACT.contains(&lw(1).as_str()) {
            return self.saying_act_dispute(i, marker, &next, me);
        }
        if matches!(lw(0).as_str(), "to" | "that" | "for") && !for_claim {
            return None;
        }
        // "looking for publicity using categorically false claims": a verdict
        // on a claim noun it qualifies.
        if objects.contains(&lw(0))
            && let Some(d) = self.attributive_verdict(i, marker, &next[0], me)
        {
            return Some(d);
        }
        let ws = words(text, c.span.start..marker.start);
        // Back over adverbs to the verb: "is simply not true", "It’s nonsense",
        // "had no substance", "calling the report false".
        let mut k = before_adverbs(text, &ws);
        // "That is an outright lie", "a complete fabrication": a verdict noun
        // after its article and the words that make it stronger.
        if NOUN_VERDICTS.contains(&text[marker.clone()].to_lowercase().as_str()) {
            while k > 0 && {
                let w = text[ws[k - 1].clone()].to_lowercase();
                matches!(w.as_str(), "a" | "an") || INTENSIFIERS.contains(&bare_quotes(&w))
            } {
                k -= 1;
            }
            k = before_adverbs(text, &ws[..k]);
        }
        // "Trump's comments are based on his opinion, not actual facts": a
        // negated verdict after a comma corrects the predicate before it; its
        // verb is that clause's copula, a few words back.
        if text[marker.clone()].to_lowercase().starts_with("not ")
            && k > 0
            && text[ws[k - 1].end..marker.start].trim() == ","
            && let Some(q) = (k.saturating_sub(6)..k).rev().find(|&q| {
                COPULAS.contains(&text[ws[q].clone()].to_lowercase().as_str())
                    && !text[ws[q].end..ws[k - 1].end].contains([',', ';'])
            })
        {
            k = q + 1;
        }
        // "The president’s rationales don’t hold water": a verdict that carries
        // its own verb; its subject is the words before it.
        let predicate = text[marker.clone()]
            .split_whitespace()
            .next()
            .is_some_and(|w| {
                matches!(
                    w.to_lowercase().replace('’', "'").as_str(),
                    "do" | "does" | "did" | "don't" | "doesn't" | "didn't"
                // "This flies in the face of ...", "runs counter to ...".
                    | "flies" | "fly" | "flew" | "runs" | "run" | "ran"
                )
            });
        let verb = if predicate {
            marker.start..marker.start
        } else {
            ws.get(k.checked_sub(1)?)?.clone()
        };
        let vw = text[verb.clone()].to_lowercase();
        let has = matches!(vw.as_str(), "had" | "has" | "have")
            && text[marker.clone()].to_lowercase().starts_with("no ");
        // "Fields had made up the story": a verdict that is a verb, on a claim
        // of the one named as its subject.
        // A verb of denial as a verdict ("are easily refuted") is one only in
        // the passive, after a copula; its subject may carry the claim in an
        // appositive ("their arguments, like that Z, are easily refuted").
        let mw = text[marker.clone()].to_lowercase();
        if engine
            .disputes
            .iter()
            .any(|r| r.frame == DisputeFrame::Verb && r.words.contains(&mw))
        {
            if !COPULAS.contains(&vw.as_str()) {
                return None;
            }
            if let Some(a) = appositive_claim(text, analysis, i, &verb, me) {
                let disputing = Side {
                    claim: i,
                    span: verb.start..marker.end,
                    source: SideSource::Known(me),
                };
                return Some((a, disputing));
            }
        }
        if !predicate && let Some(d) = verdict_verb(&self.topics, i, &ws[..k], marker, objects, me)
        {
            return Some(d);
        }
        let subject: Range<usize> = if COPULAS.contains(&vw.as_str()) || has || predicate {
            copula_subject(text, c, &verb, objects)?
        } else if bare(&vw).len() < vw.len()
            && ANAPHORS.contains(&bare(&vw).to_lowercase().as_str())
        {
            // "It’s nonsense", "That’s not true".
            verb.start..verb.start + bare(&text[verb.clone()]).len()
        } else {
            // "calling the report false": the words between the verb and the
            // verdict. The verb may be the claim's cue ("X called those claims
            // baseless"), before what is claimed.
            let end = ws[k - 1].end;
            let from = clause_start(claims, i).min(c.span.start);
            let wide = words(text, from..end);
            let call = (wide.len().saturating_sub(7)..wide.len().saturating_sub(1))
                .rev()
                .find(|&x| CALLING.contains(&text[wide[x].clone()].to_lowercase().as_str()))?;
            wide[call + 1].start..end
        };
        // "I’m the one that’s wrong": "that" after a noun phrase is a relative
        // pronoun, and the verdict is on the noun, not on a claim.
        if relative_that(text, c, &subject) {
            return None;
        }
        // A claim reported earlier in the same words ("they argue Z, and that is
        // not true", "Trump thinks that Z -- London has proved him wrong") is
        // disputed inside this sentence, not an earlier claim.
        if let Some((cue, _)) = within(&scan.cues, &(c.span.start..subject.start))
            .iter()
            .rfind(|(m, _)| c.sentence.start <= m.start)
            // Not the verdict's own verb ("calling Doe delusional").
            .filter(|(m, _)| !CALLING.contains(&text[m.clone()].to_lowercase().as_str()))
        {
            return self.nested_verdict(i, cue, &subject, marker, me);
        }
        let disputing = Side {
            claim: i,
            span: subject.start..marker.end,
            source: SideSource::Known(me),
        };
        // "the families were wrong in their recollections that Z": Z, theirs.
        if let Some(d) = verdict_on_content(text, analysis, i, &subject, marker, objects, me) {
            return Some((d, disputing));
        }
        self.judged_claim(i, rule, &subject, disputing)
    }

    /// The claim a verdict judges through its subject `subject` in claim `i`
    /// ("Rubio’s claim that Z", "the president’s claims", "that", "Hale"),
    /// against the verdict, the `disputing` side.
    fn judged_claim(
        &mut self,
        i: usize,
        rule: usize,
        subject: &Range<usize>,
        disputing: Side,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let drule = &engine.disputes[rule];
        let objects = &engine.dispute_objects[rule];
        let claims = &analysis.claims;
        let me = claims[i].attribution.source?;
        let by_holder = |h: &Range<usize>| holder_claim(text, analysis, engine, i, h);
        match object(text, drule, None, subject.clone(), objects) {
            // "Rubio’s claim that Cruz favours amnesty is not true": Rubio’s claim
            // before, or the words here.
            Object::Content {
                holder: Some(h),
                content,
            } => match by_holder(&h) {
                Some(j) => Some((claim_side(claims, j, true)?, disputing)),
                None => {
                    let known = nearby_sources(analysis, i)
                        .into_iter()
                        .filter(|&s| names_source(text, &h, analysis, s))
                        .min_by_key(|&s| usize::from(s != me));
                    if known == Some(me) {
                        return None;
                    }
                    let source = known.map(SideSource::Known).unwrap_or(SideSource::Named(h));
                    Some((
                        Side {
                            claim: i,
                            span: content,
                            source,
                        },
                        disputing,
                    ))
                }
            },
            Object::Anaphor {
                holder: Some(h), ..
            } => match by_holder(&h) {
                Some(j) => Some((claim_side(claims, j, true)?, disputing)),
                // "the president’s claims about retaliation are unfounded", of a
                // holder no source of the article is named as: the claim before
                // on the topic the subject names.
                None => {
                    // Else, of a holder many paragraphs back ("Trump's comments
                    // are based on his opinion, not actual facts"), the claim of
                    // that holder the article opened on.
                    let j = by_topic(&mut self.topics, i, subject, &h, me, objects)
                        .or_else(|| self.first_claim_of(i, &h, &|s| s == me))?;
                    Some((claim_side(claims, j, false)?, disputing))
                }
            },
            anaphor @ Object::Anaphor { holder: None, .. } => {
                let a = self.referent(i, &|s| s == me, &anaphor, objects)?;
                Some((a, disputing))
            }
            // "The governor's office said Hale was wrong": a verdict on a
            // source named as the subject is a verdict on what it said.
            _ => {
                let named = words(text, subject.clone());
                let name = named
                    .iter()
                    .skip_while(|w| text[(*w).clone()].eq_ignore_ascii_case("the"))
                    .cloned()
                    .collect::<Vec<_>>();
                // "Hale", or a role: "the senator".
                let role = named.len() == 2 && name.len() == 1;
                if name.is_empty()
                    || name.len() > 4
                    || !(role || name.iter().all(|w| capitalised(&text[w.clone()])))
                {
                    return None;
                }
                let holder = if role {
                    subject.clone()
                } else {
                    name[0].start..name[name.len() - 1].end
                };
                let j = by_holder(&holder)?;
                (claims[j].attribution.source? != me).then_some(())?;
                Some((claim_side(claims, j, true)?, disputing))
            }
        }
    }

    /// The dispute a negation ("No", "not") in what claim `i` says makes: the
    /// claim of another source just before (two claims back at most, no
    /// narration between, this paragraph or the one before), not a question,
    /// with no negation of its own, that asserts the negated word and shares two
    /// topic words. A weak negation opens its sentence ("No, I meant ..."); for
    /// a strong one, the claim before must name the one who negates it.
    pub(super) fn negation_dispute(
        &mut self,
        i: usize,
        marker: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, analysis, engine) = (self.text, self.analysis, self.engine);
        let drule = &engine.disputes[rule];
        let topics = &mut self.topics;
        let claims = &analysis.claims;
        let c = &claims[i];
        // A weak negation is an answer ("No, I meant ..."): it opens its sentence.
        if drule.strength == Strength::Weak && !opens_sentence(text, c, marker) {
            return None;
        }
        // What is negated: the first content word after the negation ("would not
        // *balance*", "No, I *meant* ..."), which the other claim must assert.
        let end = floor_boundary(text, c.span.end.max(marker.end).min(marker.end + 60));
        let negated_word = words(text, marker.end..end)
            .into_iter()
            .take(4)
            .map(|w| bare(&text[w]).to_lowercase())
            .find(|w| {
                w.chars().count() >= 3
                    && !engine.lexicon.has(LexiconClass::Stopword, w)
                    && !AUXILIARIES.contains(&w.as_str())
                    && !VERDICT_ADVERBS.contains(&w.as_str())
                    && !matches!(w.as_str(), "been" | "being" | "be" | "have" | "had")
                    && !w.ends_with("ly")
            })?;
        let negated_stem: String = negated_word.chars().take(5).collect();
        let mine = topics.of(i);
        let mut best: Option<(usize, usize)> = None;
        // Only an answer to the claim just before: with no narration between, in
        // this paragraph or the one before.
        for j in earlier(text, analysis, engine, i, 1)
            .take_while(|&j| j + 2 >= i && !narration_between(claims, j, i))
        {
            // "No" to a question is an answer, not a dispute.
            let o = &claims[j];
            let question = is_question(text, o);
            // Stems of unequal length meet on their common part ("want", "wante").
            let asserts = topics.of(j).iter().any(|t| {
                let common = t
                    .chars()
                    .zip(negated_stem.chars())
                    .take_while(|(a, b)| a == b)
                    .count();
                common >= 3 && common == t.chars().count().min(negated_stem.chars().count())
            });
            // A strong negation needs the earlier claim to be about the one who
            // negates it ("Hale said Ruiz cut school funding" ... "Ruiz said
            // school funding had not been cut").
            let about_me = drule.strength == Strength::Weak
                || c.attribution
                    .source
                    .is_some_and(|me| mentions(text, analysis, me, o));
            if question || negated(text, &o.span) || !asserts || !about_me {
                continue;
            }
            let shared = mine.intersection(&topics.of(j)).count()
                + usize::from(names_other(text, analysis, j, i));
            if shared >= 2 && best.is_none_or(|(_, s)| shared > s) {
                best = Some((j, shared));
            }
        }
        let (j, _) = best?;
        Some((
            claim_side(claims, j, false)?,
            Side {
                claim: i,
                span: c.span.clone(),
                source: SideSource::Known(c.attribution.source?),
            },
        ))
    }
}

impl Finder<'_> {
    /// A verdict that qualifies the claim noun after it, `noun`, in what
    /// claim `i` says ("Nunberg was looking for publicity using categorically
    /// false claims", "Hale’s baseless accusations"), rather than being said
    /// of a subject: the claims so named are the holder's, a name in the
    /// possessive before the verdict (its claim before, this paragraph or the
    /// three before), else the nearest accusation of another source before
    /// (this paragraph or the two before), as "denied any wrongdoing"
    /// answers one. After a copula ("That is a false claim") the verdict is
    /// said of the subject, and the verdict frame reads it so.
    fn attributive_verdict(
        &self,
        i: usize,
        marker: &Range<usize>,
        noun: &Range<usize>,
        me: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        let before = words(text, c.span.start..marker.start);
        // Back over adverbs ("categorically") and an article.
        let prev = before.iter().rev().find(|w| {
            let w = text[(*w).clone()].to_lowercase();
            !w.ends_with("ly") && !matches!(w.as_str(), "a" | "an" | "the")
        });
        let prev_word = prev
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default();
        if COPULAS.contains(&prev_word.as_str()) || CALLING.contains(&prev_word.as_str()) {
            return None;
        }
        let a = match prev.filter(|w| {
            let w = &text[(*w).clone()];
            is_possessive(w) && capitalised(w)
        }) {
            Some(holder) => {
                let holder = holder.start..holder.start + bare(&text[holder.clone()]).len();
                let j = holder_claim(text, analysis, engine, i, &holder)?;
                claim_side(claims, j, true)?
            }
            None => self.nearest_accusation(i, &|s| s == me)?,
        };
        Some((
            a,
            Side {
                claim: i,
                span: trim_range(
                    text,
                    c.span.start.min(marker.start)..c.span.end.max(noun.end),
                ),
                source: SideSource::Known(me),
            },
        ))
    }
}

/// Verbs of saying after "to" that a verdict judges as an act ("it is wrong
/// to say ...", "misleading to imply ..."): what is said is someone's claim.
/// Verbs of belief ("wrong to think") are left out: they judge a view,
/// often no one's in particular.
pub(super) const SAYING_ACT: &[&str] = &[
    "say",
    "suggest",
    "imply",
    "claim",
    "argue",
    "assert",
    "insist",
    "allege",
    "insinuate",
    "characterize",
    "portray",
    "describe",
    "compare",
    "equate",
];

impl Finder<'_> {
    /// A verdict on saying Z ("It's misleading to imply that Z", "Khan was
    /// wrong to say Z"; `next` are the words after the verdict, from "to"):
    /// when the verdict's subject names a holder, the claim of that holder
    /// just before, else Z in this sentence as theirs; when it is "it" or a
    /// pronoun, the nearest claim of another source before (this paragraph
    /// or the two before) that shares a topic word with Z. Nothing when no
    /// such claim is found: the verdict may be on a view no one stated.
    fn saying_act_dispute(
        &mut self,
        i: usize,
        marker: &Range<usize>,
        next: &[Range<usize>],
        me: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        // Nothing but quotation marks between the verdict and "to".
        if text[marker.end..next.first()?.start].contains([',', ';', '.', ':']) {
            return None;
        }
        let mut k = 1;
        if next
            .get(k + 1)
            .is_some_and(|w| text[w.clone()].eq_ignore_ascii_case("that"))
        {
            k += 1;
        }
        let start = next.get(k)?.end;
        // In a quotation, what is said ends with it (“... bill,” Axelrod tweeted).
        let mut end = content_end(text, start, c.sentence.end);
        if self.seg.in_quote(marker.start)
            && let Some(q) = text[start..end].find(['”', '"'])
        {
            end = start + q;
        }
        let content = trim_range(text, start..end);
        if words(text, content.clone()).len() < 3 {
            return None;
        }
        let said = self.topics.of_range(i, &content);
        // The subject: the words before the copula, back over adverbs ("was
        // simply wrong", "It’s kind of misleading"), within the clause.
        let from = clause_start(claims, i)
            .min(c.span.start)
            .max(c.sentence.start);
        let before = words(text, from..marker.start);
        let k = before_adverbs(text, &before);
        let verb = before.get(k.checked_sub(1)?)?.clone();
        let vw = text[verb.clone()].to_lowercase();
        let contracted = bare(&vw).len() < vw.len();
        // The subject's first and last words.
        let (first, last) = if contracted {
            // "It’s misleading": the subject is the word itself.
            let it = verb.start..verb.start + bare(&text[verb.clone()]).len();
            (it.clone(), it)
        } else if COPULAS.contains(&vw.as_str())
            && k >= 2
            && text[before[k - 2].clone()].eq_ignore_ascii_case("it")
        {
            // "it is wrong to say", "said it was wrong to compare".
            (before[k - 2].clone(), before[k - 2].clone())
        } else if COPULAS.contains(&vw.as_str()) {
            // The name before the copula: its capitalised words.
            let name = &before[..k - 1];
            let n = name
                .iter()
                .rev()
                .take_while(|w| capitalised(&text[(*w).clone()]))
                .count();
            (name.get(name.len() - n)?.clone(), name.last()?.clone())
        } else {
            return None;
        };
        let disputing = Side {
            claim: i,
            span: first.start..content.end,
            source: SideSource::Known(me),
        };
        let lead = bare(&text[first.clone()]).to_lowercase();
        let pronoun =
            first == last && matches!(lead.as_str(), "it" | "he" | "she" | "they" | "you" | "we");
        if !pronoun {
            // "Mr. Khan was wrong to say Z": Khan's claim before, else Z here.
            let holder = first.start..last.end;
            let source = nearby_sources(analysis, i)
                .into_iter()
                .find(|&s| names_source(text, &holder, analysis, s));
            if source == Some(me) {
                return None;
            }
            if let Some(s) = source
                && let Some(j) = earlier(text, analysis, engine, i, 2).find(|&j| {
                    claims[j].attribution.source == Some(s)
                        && self.topics.of(j).intersection(&said).next().is_some()
                })
            {
                return Some((claim_side(claims, j, false)?, disputing));
            }
            let side = source
                .map(SideSource::Known)
                .unwrap_or(SideSource::Named(holder));
            return Some(both_in(
                i,
                (content, side),
                (disputing.span, SideSource::Known(me)),
            ));
        }
        if lead != "it" {
            return None;
        }
        let j = earlier(text, analysis, engine, i, 2)
            .filter(|&j| claims[j].attribution.source != Some(me))
            .find(|&j| self.topics.of(j).intersection(&said).next().is_some())?;
        Some((claim_side(claims, j, false)?, disputing))
    }
}

/// Verbs of saying after "for" that give the claim a verdict is passed for
/// ("a liar for saying ...", "for continuing to insist ...").
pub(super) const FOR_SAYING: &[&str] = &[
    "saying",
    "claiming",
    "insisting",
    "suggesting",
    "asserting",
    "arguing",
    "alleging",
    "repeating",
    "say",
    "claim",
    "insist",
    "suggest",
    "assert",
    "argue",
    "allege",
    "repeat",
];

/// A verdict on a person for what they said: "called him a liar for
/// continuing to insist Z", "calling Hale wrong for saying that Z". Z is
/// the claim judged, of the one called so: a name, or a pronoun for the
/// source of the claim of another source just before (this paragraph or the
/// one before). `next` are the words after the verdict, from "for".
pub(super) fn verdict_for_saying(
    text: &str,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
    next: &[Range<usize>],
    me: usize,
) -> Option<(Side, Side)> {
    let claims = &analysis.claims;
    let c = &claims[i];
    let lw = |k: usize| {
        next.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    let mut k = 1;
    if lw(k) == "continuing" && lw(k + 1) == "to" {
        k += 2;
    } else if matches!(lw(k).as_str(), "repeatedly" | "again" | "still") {
        k += 1;
    }
    // Nothing but quotation marks between the verdict and "for".
    if !FOR_SAYING.contains(&lw(k).as_str())
        || text[marker.end..next.first()?.start].contains([',', ';', '.', ':'])
    {
        return None;
    }
    if lw(k + 1) == "that" {
        k += 1;
    }
    let start = next.get(k)?.end;
    let content = trim_range(text, start..content_end(text, start, c.sentence.end));
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    // The one called so: the word after the calling verb.
    let before = words(
        text,
        clause_start(claims, i).min(c.span.start)..marker.start,
    );
    let call = before
        .iter()
        .rposition(|w| CALLING.contains(&text[w.clone()].to_lowercase().as_str()))?;
    let who = before.get(call + 1)?.clone();
    let lwho = text[who.clone()].to_lowercase();
    let source = if PERSONS.contains(&lwho.as_str()) {
        let j = (i.saturating_sub(WINDOW)..i)
            .rev()
            .take_while(|&j| claims[j].paragraph + 1 >= c.paragraph)
            .find(|&j| claims[j].attribution.source.is_some_and(|s| s != me))?;
        SideSource::Known(claims[j].attribution.source?)
    } else {
        if !capitalised(&text[who.clone()]) {
            return None;
        }
        let mut last = call + 1;
        while before
            .get(last + 1)
            .is_some_and(|w| capitalised(&text[w.clone()]))
        {
            last += 1;
        }
        let name = who.start..before[last].end;
        match nearby_sources(analysis, i)
            .into_iter()
            .find(|&s| names_source(text, &name, analysis, s))
        {
            Some(s) if s == me => return None,
            Some(s) => SideSource::Known(s),
            None => SideSource::Named(name),
        }
    };
    Some(both_in(
        i,
        (content, source),
        (before[call].start..marker.end, SideSource::Known(me)),
    ))
}

/// The claim in an appositive of a verdict's subject, just before its verb:
/// "many of their best arguments, like that Clinton advocated a speedy
/// withdrawal, are easily refuted". The appositive opens on "like" or "such
/// as" (with "that"); the claim's holder is the possessive of the noun
/// phrase before it ("their"), never the speaker.
pub(super) fn appositive_claim(
    text: &str,
    analysis: &Analysis,
    i: usize,
    verb: &Range<usize>,
    me: usize,
) -> Option<Side> {
    let c = &analysis.claims[i];
    let before = text[c.sentence.start..verb.start].trim_end();
    let close = c.sentence.start + before.strip_suffix(',')?.len();
    let open = c.sentence.start + text[c.sentence.start..close].rfind(',')?;
    let app = words(text, open..close);
    let lw = |k: usize| {
        app.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    let mut k = match (lw(0).as_str(), lw(1).as_str()) {
        ("like", _) => 1,
        ("such", "as") => 2,
        _ => return None,
    };
    if lw(k) != "that" {
        return None;
    }
    k += 1;
    let content = trim_range(text, app.get(k)?.start..close);
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    // The noun phrase before the appositive, back to the clause break.
    let from = text[c.sentence.start..open]
        .rfind([',', ';', ':', '—', '–'])
        .map_or(c.sentence.start, |p| c.sentence.start + p + 1);
    let np = words(text, from..open);
    let h = np.iter().find(|w| {
        let t = &text[(*w).clone()];
        is_possessive(t) || matches!(t.to_lowercase().as_str(), "their" | "his" | "her" | "its")
    })?;
    let source = nearby_sources(analysis, i)
        .into_iter()
        .find(|&s| capitalised(&text[h.clone()]) && names_source(text, h, analysis, s))
        .map_or(SideSource::Named(h.clone()), SideSource::Known);
    if source == SideSource::Known(me) {
        return None;
    }
    Some(Side {
        claim: i,
        span: content,
        source,
    })
}

impl Finder<'_> {
    /// A verdict on a claim the same speaker has just reported in the same
    /// sentence: "they argued Z, and that is just not true", "Trump thinks that
    /// Z -- London has proved him wrong". The verdict's subject must be a pronoun.
    pub(super) fn nested_verdict(
        &self,
        i: usize,
        cue: &Range<usize>,
        subject: &Range<usize>,
        marker: &Range<usize>,
        me: usize,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        // "Do you really think that Z, that you think it's a hoax?" asks; it
        // gives no verdict.
        let c = &analysis.claims[i];
        if !is_pronoun_subject(text, subject) || text[marker.end..c.sentence.end].contains('?') {
            return None;
        }
        let reported = self.nested_report(i, cue, subject.start, me)?;
        Some((
            reported,
            Side {
                claim: i,
                span: subject.start..marker.end,
                source: SideSource::Known(me),
            },
        ))
    }
}

/// Is the range a single pronoun standing for a claim or its holder ("that", "him")?
pub(super) fn is_pronoun_subject(text: &str, r: &Range<usize>) -> bool {
    let ws = words(text, r.clone());
    ws.len() == 1 && {
        let w = text[ws[0].clone()].to_lowercase();
        ANAPHORS.contains(&w.as_str()) || PERSONS.contains(&w.as_str())
    }
}

/// Words that open a holder's noun phrase when reading it backwards from its verb.
pub(super) const HOLDER_OPENERS: &[&str] = &[
    "the", "a", "an", "some", "many", "most", "several", "these", "those", "his", "her", "their",
    "its", "other", "few",
];

impl Finder<'_> {
    /// A claim of a third party that the speaker of claim `i` reports inside
    /// their own words, from the reporting verb `cue` to `end` ("they argued *Z*,
    /// and that is not true", "some critics had been predicting *Z*, but this
    /// would not happen"): the words and their holder, the verb's subject (a
    /// noun phrase or a third-person pronoun, never the speaker).
    pub(super) fn nested_report(
        &self,
        i: usize,
        cue: &Range<usize>,
        end: usize,
        me: usize,
    ) -> Option<Side> {
        let (text, analysis) = (self.text, self.analysis);
        let c = &analysis.claims[i];
        // What was reported: from the cue to the clause that judges it.
        let mut stop = end;
        loop {
            let t = text[cue.end..stop.max(cue.end)].trim_end_matches(|ch: char| {
                ch.is_whitespace() || matches!(ch, ',' | ';' | '-' | '—' | '–')
            });
            let cut = ["and", "but", "so"].iter().find_map(|w| {
                t.strip_suffix(w)
                    .filter(|r| r.ends_with(char::is_whitespace))
            });
            stop = cue.end + cut.unwrap_or(t).len();
            if cut.is_none() {
                break;
            }
        }
        let mut content = trim_range(text, cue.end..stop.max(cue.end));
        // Without the listener and the complementiser ("tells *us that* ...").
        for lead in ["us ", "me ", "him ", "her ", "them ", "you ", "that "] {
            if let Some(rest) = text[content.clone()].strip_prefix(lead) {
                content = content.end - rest.len()..content.end;
            }
        }
        if words(text, content.clone()).len() < 3 {
            return None;
        }
        // Who holds it: the noun phrase just before the cue, after the speaker's
        // own cue and any clause break.
        let mut open = text[c.sentence.start..cue.start]
            .char_indices()
            .rfind(|(_, ch)| {
                matches!(
                    ch,
                    '.' | '!' | '?' | '"' | '“' | '”' | ',' | ';' | ':' | '—' | '–'
                )
            })
            .map_or(c.sentence.start, |(p, ch)| {
                c.sentence.start + p + ch.len_utf8()
            });
        if let Some(p) = text[open..cue.start].rfind("--") {
            open += p + 2;
        }
        if let Some(own) = &c.attribution.cue
            && own.end <= cue.start
        {
            open = open.max(own.end);
        }
        let mut ws = words(text, open..cue.start);
        while ws.last().is_some_and(|w| {
            let lw = text[w.clone()].to_lowercase();
            AUXILIARIES.contains(&lw.as_str()) || matches!(lw.as_str(), "been" | "being" | "long")
        }) {
            ws.pop();
        }
        let mut first = ws.len();
        while first > 0 && ws.len() - first < 6 {
            let lw = text[ws[first - 1].clone()].to_lowercase();
            if NP_END.contains(&lw.as_str())
                || matches!(lw.as_str(), "or" | "so" | "then")
                || lw.ends_with("ly")
            {
                break;
            }
            first -= 1;
            if HOLDER_OPENERS.contains(&lw.as_str()) {
                break;
            }
        }
        let who = &ws[first..];
        let head = text[who.first()?.clone()].to_lowercase();
        if matches!(head.as_str(), "i" | "we" | "you" | "it" | "there" | "this") {
            return None;
        }
        let holder = who[0].start..who.last()?.end;
        let known = nearby_sources(analysis, i).into_iter().find(|&s| {
            capitalised(&text[holder.clone()]) && names_source(text, &holder, analysis, s)
        });
        if known == Some(me) {
            return None;
        }
        Some(Side {
            claim: i,
            span: content,
            source: known.map_or(SideSource::Named(holder), SideSource::Known),
        })
    }
}

/// A verdict that is a verb ("made up", "fabricated") with a named subject
/// and a claim noun for its object: "Fields had made up the story" disputes
/// the nearest claims of Fields, before it. `before` are the words of the
/// claim up to the verdict, adverbs left out.
pub(super) fn verdict_verb(
    topics: &Topics,
    i: usize,
    before: &[Range<usize>],
    marker: &Range<usize>,
    objects: &HashSet<String>,
    me: usize,
) -> Option<(Side, Side)> {
    let (text, analysis, engine) = (topics.text, topics.analysis, topics.engine);
    let claims = &analysis.claims;
    let c = &claims[i];
    let last = before.last()?;
    let lw = |w: &Range<usize>| text[w.clone()].to_lowercase();
    let aux = matches!(lw(last).as_str(), "had" | "has" | "have");
    if !aux && !lw(marker).ends_with("ed") {
        return None;
    }
    let names = &before[..before.len() - usize::from(aux)];
    let mut first = names.len();
    while first > 0 && {
        let w = &text[names[first - 1].clone()];
        capitalised(w)
            && !is_possessive(w)
            && (first == names.len()
                || text[names[first - 1].end..names[first].start]
                    .trim()
                    .is_empty())
    } {
        first -= 1;
    }
    if first == names.len()
        || !text[names[names.len() - 1].end..if aux { last.start } else { marker.start }]
            .trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, '"' | '“' | '”'))
            .is_empty()
    {
        return None;
    }
    // Its object: a claim noun ("the story", "those allegations").
    let tail = words(text, marker.end..c.sentence.end);
    let noun = tail.iter().take(3).position(|w| objects.contains(&lw(w)))?;
    if !tail[..noun]
        .iter()
        .all(|w| DETERMINERS.contains(&lw(w).as_str()))
    {
        return None;
    }
    let holder = names[first].start..names[names.len() - 1].end;
    // (`earlier` already leaves out the claims of `me`, the verdict's source.)
    let j = holder_claim(text, analysis, engine, i, &holder)?;
    Some((
        claim_side(claims, j, true)?,
        Side {
            claim: i,
            span: holder.start..tail[noun].end,
            source: SideSource::Known(me),
        },
    ))
}

/// A verdict on the subject's own claim, given after it: "the families were
/// wrong in their recollections that Z" disputes Z, the families'.
pub(super) fn verdict_on_content(
    text: &str,
    analysis: &Analysis,
    i: usize,
    subject: &Range<usize>,
    marker: &Range<usize>,
    objects: &HashSet<String>,
    me: usize,
) -> Option<Side> {
    let c = &analysis.claims[i];
    let tail = words(text, marker.end..c.sentence.end);
    let lw = |k: usize| -> String {
        tail.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    if !matches!(lw(0).as_str(), "in" | "about")
        || !matches!(lw(1).as_str(), "their" | "his" | "her" | "its")
        || !objects.contains(&lw(2))
        || lw(3) != "that"
        || !text[marker.end..tail.get(3)?.start]
            .chars()
            .all(|ch| ch.is_alphanumeric() || ch.is_whitespace())
    {
        return None;
    }
    let start = tail[3].end;
    let content = trim_range(text, start..content_end(text, start, c.sentence.end));
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    let known = nearby_sources(analysis, i)
        .into_iter()
        .find(|&s| names_source(text, subject, analysis, s));
    if known == Some(me) {
        return None;
    }
    Some(Side {
        claim: i,
        span: content,
        source: known.map_or(SideSource::Named(subject.clone()), SideSource::Known),
    })
}

/// The capitalised possessive just before an opening quotation mark that ends
/// at `stop` (Trump's "assertion that ..."), from no earlier than `from`.
pub(super) fn holder_before_quote(text: &str, from: usize, stop: usize) -> Option<usize> {
    let before = text[from..stop].strip_suffix(['"', '“'])?.trim_end();
    let ws = words(text, from..from + before.len());
    let last = ws.last()?;
    if last.end != from + before.len() {
        return None;
    }
    let holder = |k: usize| {
        let w = &text[ws[k].clone()];
        is_possessive(w) && capitalised(w)
    };
    // Trump's "assertion that ...", or Trump's comments "are based on ...".
    let n = ws.len();
    let mut k = if holder(n - 1) {
        n - 1
    } else if n >= 2
        && holder(n - 2)
        && !capitalised(&text[last.clone()])
        && text[ws[n - 2].end..last.start].trim().is_empty()
    {
        n - 2
    } else {
        return None;
    };
    while k > 0
        && capitalised(&text[ws[k - 1].clone()])
        && text[ws[k - 1].end..ws[k].start].trim().is_empty()
    {
        k -= 1;
    }
    Some(ws[k].start)
}

/// The subject of a verdict after a copula (or "had no", or a verdict with its
/// own verb) before `verb`: back to the start of its clause, without the
/// conjunction that opens it.
fn copula_subject(
    text: &str,
    c: &Claim,
    verb: &Range<usize>,
    objects: &HashSet<String>,
) -> Option<Range<usize>> {
    // The subject runs back to the start of its clause.
    let stop = text[c.span.start..verb.start]
        .char_indices()
        .rev()
        .find(|(_, ch)| matches!(ch, ',' | ';' | '—' | '–' | '“' | '"' | '(' | ':'))
        .map(|(p, ch)| c.span.start + p + ch.len_utf8())
        .unwrap_or(c.span.start);
    // A holder before a quotation of the claim: Trump's "assertion that ...".
    let stop = holder_before_quote(text, c.span.start, stop).unwrap_or(stop);
    let mut sub: Vec<Range<usize>> = words(text, stop..verb.start);
    // "... and that is just not true": a pronoun after a conjunction is
    // the subject of its own clause.
    let n = sub.len();
    if n >= 3
        && ANAPHORS.contains(&text[sub[n - 1].clone()].to_lowercase().as_str())
        && matches!(
            text[sub[n - 2].clone()].to_lowercase().as_str(),
            "and" | "but" | "so" | "yet"
        )
    {
        sub.drain(..n - 1);
    }
    // Without the conjunction that opens the clause ("said that the report
    // is false"), but "That is not true" keeps its subject.
    // "that claim was false" keeps its determiner.
    while sub.len() > 1
        && matches!(
            text[sub[0].clone()].to_lowercase().as_str(),
            "that" | "and" | "but" | "because" | "so"
        )
        && !objects.contains(&bare(&text[sub[1].clone()]).to_lowercase())
    {
        sub.remove(0);
    }
    let first = sub.first()?.start;
    Some(first..sub.last()?.end)
}

/// Is the verdict's subject "that" a relative pronoun after a noun phrase
/// ("I’m the one that’s wrong")?
fn relative_that(text: &str, c: &Claim, subject: &Range<usize>) -> bool {
    if !text[subject.clone()].eq_ignore_ascii_case("that") {
        return false;
    }
    let before = words(text, c.sentence.start..subject.start);
    let lw = |k: usize| {
        before
            .len()
            .checked_sub(k)
            .map(|x| text[before[x].clone()].to_lowercase())
            .unwrap_or_default()
    };
    let adjacent = before
        .last()
        .is_some_and(|w| text[w.end..subject.start].trim().is_empty());
    adjacent
        && (matches!(lw(1).as_str(), "one" | "ones")
            || matches!(lw(2).as_str(), "the" | "a" | "an"))
}

/// How many of the words `ws` before a verdict stand ahead of the adverbs
/// that end them ("is simply not true", "was quite wrong"): the verdict's
/// verb is the last of those.
fn before_adverbs(text: &str, ws: &[Range<usize>]) -> usize {
    let mut k = ws.len();
    while k > 0 && {
        let w = text[ws[k - 1].clone()].to_lowercase();
        VERDICT_ADVERBS.contains(&w.as_str()) || w.ends_with("ly")
    } {
        k -= 1;
    }
    k
}
