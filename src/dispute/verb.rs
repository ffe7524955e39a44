//! Verb markers ("denied", "rejected", "disputed") and the frames built on them.

use super::*;

/// A verb marker in claim `i` and the words its source disputes with: what
/// the cases of the verb frame share.
struct Answer {
    i: usize,
    marker: Range<usize>,
    rule: usize,
    me: SideSource,
    /// Where the disputing words start: at the marker, or at a statement of
    /// the same source joined to it by "and" ("said that was not her view
    /// and dismissed those reports").
    start: usize,
    /// Where they end when the object does not end them: with what the
    /// source goes on to say in the same sentence ("pushed back on those
    /// claims, saying ...").
    end: usize,
}

impl Answer {
    /// The disputing side, its words ending at `end`.
    fn side(&self, end: usize) -> Side {
        Side {
            claim: self.i,
            span: self.start..end.max(self.marker.end),
            source: self.me.clone(),
        }
    }
}

impl<'a> Finder<'a> {
    /// The dispute a verb marker in claim `i` makes, if its object is a claim:
    /// the disputed side, then the disputing one.
    pub(super) fn verb_dispute(
        &mut self,
        i: usize,
        marker: &Range<usize>,
        rule: usize,
        me: SideSource,
    ) -> Option<(Side, Side)> {
        let (text, engine, scan, analysis) = (self.text, self.engine, self.scan, self.analysis);
        let drule = &engine.disputes[rule];
        let objects = &engine.dispute_objects[rule];
        let claims = &analysis.claims;
        let c = &claims[i];
        let obj = object(
            text,
            drule,
            Some(&text[marker.clone()]),
            marker.end..c.sentence.end,
            objects,
        );
        // "In an apparent counter to “America-first” policies expounded by
        // Trump, including suggestions that Z, Carter stressed ...": a claim with
        // its content deep in the opening phrase, answered by the whole sentence.
        if matches!(
            obj,
            Object::Nothing
                | Object::Anaphor {
                    holder: None,
                    noun: None,
                    ..
                }
        ) && opens_sentence(text, c, marker)
            && let Some((holder, content)) = opener_content(text, c, marker, objects)
        {
            return self.opener_dispute(i, marker, holder, content, me);
        }
        // "responded by saying ...": the manner of the answer, its object the
        // claims of another source just before.
        let obj = match obj {
            Object::Nothing if by_saying(text, scan, marker, c.sentence.end) => Object::Anaphor {
                holder: None,
                plural: true,
                modifiers: Vec::new(),
                noun: None,
            },
            obj if !names_a_claim(drule, &obj) => Object::Nothing,
            obj => obj,
        };
        let said = self.answer_words(i, marker, &me);
        let a = Answer {
            i,
            marker: marker.clone(),
            rule,
            me,
            start: said.start,
            end: said.end,
        };
        match obj {
            Object::Nothing => {
                // An answer with an object of its own ("countered the proposal
                // with one of her own", "shot back with a laugh") is no answer
                // to a claim.
                let own_object = words(text, marker.end..c.sentence.end)
                    .first()
                    .is_some_and(|w| {
                        let w = text[w.clone()].to_lowercase();
                        w == "with"
                            || DETERMINERS.contains(&w.as_str())
                            || PERSONS.contains(&w.as_str())
                    });
                if own_object {
                    return None;
                }
                let j = self.answered(&a)?;
                Some((claim_side(claims, j, false)?, a.side(a.end)))
            }
            Object::Content { holder, content } => self.content_dispute(&a, holder, content),
            Object::Anaphor {
                holder: Some(h),
                noun,
                ..
            } => self.holder_dispute(&a, h, noun),
            Object::Person { holder: Some(h) } => {
                // "pushed back against Sanders": the nearest claims of that source.
                let j = self.others(i, &a.me, 3).find(|&j| {
                    claims[j]
                        .attribution
                        .source
                        .is_some_and(|s| names_source(text, &h, analysis, s))
                })?;
                Some((claim_side(claims, j, true)?, a.side(a.end)))
            }
            anaphor @ Object::Anaphor { holder: None, .. } => {
                // "rejected that idea", "denied the fraud claims": the claim just before.
                let is_me = |s: usize| a.me.is(text, analysis, s);
                let disputed = self.referent(i, &is_me, &anaphor, objects)?;
                Some((disputed, a.side(a.end)))
            }
            Object::Person { holder: None } => {
                let j = self.just_before(&a)?;
                Some((claim_side(claims, j, false)?, a.side(a.end)))
            }
            // "denied any wrongdoing" has no topic of its own: the accusation before.
            Object::Clause(what)
                if words(text, what.clone())
                    .iter()
                    .map(|w| text[w.clone()].to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ")
                    .trim_start_matches("any ")
                    == "wrongdoing" =>
            {
                let is_me = |s: usize| a.me.is(text, analysis, s);
                let disputed = self.nearest_accusation(i, &is_me)?;
                Some((disputed, a.side(a.end)))
            }
            Object::Clause(what) => {
                // What is denied, not the whole sentence, must meet the earlier claim.
                let mine = self.topics.of_range(i, &what);
                // "The minister met lobbyists" ... "The minister denied meeting them":
                // the claim is about the one who denies it.
                let about_me = |j: usize| {
                    usize::from(
                        matches!(a.me, SideSource::Known(m) if names_subject(text, analysis, j, m)),
                    )
                };
                let j = self.disputed_by_topic(&a, &what, &mine, about_me)?;
                Some((claim_side(claims, j, false)?, a.side(a.end)))
            }
        }
    }

    /// Earlier claims claim `i` may dispute, of sources other than `me`: within
    /// the window, at most `max_par` paragraphs back, nearest first.
    fn others(
        &self,
        i: usize,
        me: &SideSource,
        max_par: usize,
    ) -> impl Iterator<Item = usize> + use<'a> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let me = me.clone();
        earlier(text, analysis, engine, i, max_par).filter(move |&j| {
            analysis.claims[j]
                .attribution
                .source
                .is_some_and(|s| !me.is(text, analysis, s))
        })
    }

    /// A lead may report a denial before the account it denies ("The minister
    /// denied meeting the lobbyists. ... The newspaper reported that the
    /// minister met them."): the later claims of the same bounded window, so
    /// the cost stays linear, of sources other than `me`. The account asserts
    /// what the denial names, so it is negated only if that is (`negative`).
    fn following(
        &self,
        i: usize,
        me: &SideSource,
        max_par: usize,
        negative: bool,
    ) -> impl Iterator<Item = usize> + use<'a> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let claims = &analysis.claims;
        let me = me.clone();
        (i + 1..(i + 1 + WINDOW).min(claims.len())).filter(move |&j| {
            disputable(text, analysis, engine, i, j, max_par)
                && claims[j]
                    .attribution
                    .source
                    .is_some_and(|s| !me.is(text, analysis, s))
                && negated(text, &claims[j].span) == negative
        })
    }

    /// The claim of another source just before the answer, with no narration
    /// between.
    fn just_before(&self, a: &Answer) -> Option<usize> {
        let claims = &self.analysis.claims;
        self.others(a.i, &a.me, 1)
            .take_while(|&j| j + 3 >= a.i && !narration_between(claims, j, a.i))
            .next()
    }

    /// A combative answer ("fired back in a statement, saying ...", "countered
    /// that ...") answers the claim of another source just before, whatever
    /// its words.
    fn answered(&self, a: &Answer) -> Option<usize> {
        if !self.engine.disputes[a.rule].answers {
            return None;
        }
        self.just_before(a)
    }

    /// The words the source of claim `i` disputes with: from the marker, or
    /// a statement of the same source joined to it by "and", to the end of
    /// what it goes on to say in the sentence.
    fn answer_words(&self, i: usize, marker: &Range<usize>, me: &SideSource) -> Range<usize> {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[i];
        let is_me = |s: usize| me.is(text, analysis, s);
        let mut end = trim_range(
            text,
            marker.end..content_end(text, marker.end, c.sentence.end),
        )
        .end;
        if c.span.start >= marker.end {
            end = end.max(c.span.end);
        }
        for n in claims.iter().skip(i + 1) {
            if n.sentence != c.sentence || !n.attribution.source.is_some_and(is_me) {
                break;
            }
            end = end.max(n.span.end);
        }
        let mut start = marker.start;
        for n in claims[..i].iter().rev() {
            if n.sentence != c.sentence
                || !n.attribution.source.is_some_and(is_me)
                || n.span.end > start
                || !text[n.span.end..start]
                    .trim_matches(|ch: char| ch == ',' || ch.is_whitespace())
                    .eq_ignore_ascii_case("and")
            {
                break;
            }
            start = n.span.start;
        }
        start..end
    }

    /// The opening phrase's claim (`content`, held by `holder`) against the
    /// rest of the sentence, which is the disputing side; none when the
    /// holder is the one who disputes.
    fn opener_dispute(
        &self,
        i: usize,
        marker: &Range<usize>,
        holder: Range<usize>,
        content: Range<usize>,
        me: SideSource,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let c = &analysis.claims[i];
        let is_me = |s: usize| me.is(text, analysis, s);
        let source = side_source(text, analysis, &nearby_sources(analysis, i), holder);
        if is_me_side(
            &source,
            text,
            analysis,
            &nearby_sources(analysis, i),
            &is_me,
        ) {
            return None;
        }
        let end = trim_range(text, marker.start..c.sentence.end).end;
        Some((
            Side {
                claim: i,
                span: content,
                source,
            },
            Side {
                claim: i,
                span: marker.start..end,
                source: me,
            },
        ))
    }

    /// The claim that the object `what` of a marker disputes, by its topic
    /// `mine`: an earlier claim of another source on that topic, else a later
    /// one, else the claim a turn sets the answer against, else the one a
    /// combative answer answers. `bonus` counts what else ties a claim to the
    /// dispute.
    fn disputed_by_topic(
        &mut self,
        a: &Answer,
        what: &Range<usize>,
        mine: &HashSet<String>,
        bonus: impl Fn(usize) -> usize,
    ) -> Option<usize> {
        let earlier = self.others(a.i, &a.me, 2);
        if let Some(j) = on_topic(&mut self.topics, earlier, mine, &bonus) {
            return Some(j);
        }
        // A doubt or a challenge voiced before an account must share more of
        // its words than a denial does ("Some doubt that there will be any
        // change to the network" is not aimed at "most know they can rely on the
        // network's ties to voters"; "Observers doubt the stadium will pay for
        // itself" is at "the mayor said the stadium will pay for itself").
        let denial = self.engine.disputes[a.rule].kind == DisputeKind::Denial;
        let mut ahead: Vec<usize> = self
            .following(a.i, &a.me, 2, negated(self.text, what))
            .collect();
        let topics = &mut self.topics;
        ahead.retain(|&j| denial || topics.of(j).intersection(mine).count() >= 3);
        on_topic(topics, ahead.into_iter(), mine, &bonus)
            .or_else(|| {
                let before = self.others(a.i, &a.me, 1);
                turned_against(self.text, self.analysis, before, a.i, &a.marker)
            })
            .or_else(|| self.answered(a))
    }

    /// "dismissed Sanders’ accusations that Z", "rejected the notion that Z":
    /// a claim object with its content.
    fn content_dispute(
        &mut self,
        a: &Answer,
        holder: Option<Range<usize>>,
        content: Range<usize>,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let c = &analysis.claims[a.i];
        let marker = &a.marker;
        // "In response to Y's charge that Z, X said ...": Z ends at the
        // comma before the main clause.
        let content = match text[content.clone()].find(',') {
            Some(p) if opens_sentence(text, c, marker) => {
                trim_range(text, content.start..content.start + p)
            }
            _ => content,
        };
        let np_end = trim_range(text, marker.end..content.start).end;
        let np_end = text[marker.end..np_end]
            .trim_end()
            .strip_suffix("that")
            .map(|s| marker.end + s.trim_end().len())
            .unwrap_or(np_end);
        if let Some(h) = holder {
            // "dismissed Sanders’ accusations that Z": Z is Sanders’s, inside this sentence.
            let source = holder_source(text, analysis, a.i, &h, &a.me)?;
            return Some((
                Side {
                    claim: a.i,
                    span: content,
                    source,
                },
                a.side(np_end),
            ));
        }
        // "rejected the notion that Z": whose notion? An earlier claim of
        // another source on the same topic, if any, else a later one.
        let mine = self.topics.of_range(a.i, &content);
        let j = self.disputed_by_topic(a, &content, &mine, |_| 0)?;
        Some((claim_side(&analysis.claims, j, false)?, a.side(content.end)))
    }

    /// "rejected Clinton’s claim", "differ with Pence’s interpretation of his
    /// remarks": of that source's claims, which the name makes sure of, the
    /// one the words after the noun meet ("remarks"), else the nearest.
    fn holder_dispute(
        &mut self,
        a: &Answer,
        h: Range<usize>,
        noun: Option<Range<usize>>,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &analysis.claims;
        let c = &claims[a.i];
        let marker = &a.marker;
        let is_me = |s: usize| a.me.is(text, analysis, s);
        let theirs: Vec<usize> = self
            .others(a.i, &a.me, 3)
            .filter(|&j| {
                claims[j]
                    .attribution
                    .source
                    .is_some_and(|s| names_source(text, &h, analysis, s))
            })
            .collect();
        let want = noun.clone().map_or_else(HashSet::new, |n| {
            let end = text[n.end..c.sentence.end]
                .find([',', ';', '—', '–', '.'])
                .map_or(c.sentence.end, |p| n.end + p);
            self.topics.of_range(a.i, &(n.end..end))
        });
        let mut best: Option<(usize, usize)> = None;
        for &j in &theirs {
            let n = want.intersection(&self.topics.of(j)).count();
            if n > 0 && best.is_none_or(|(_, s)| n > s) {
                best = Some((j, n));
            }
        }
        // "Local politicians fired back at Trump's comments", many
        // paragraphs after them: the holder's first claim further back.
        let opener = noun.is_some() && opens_sentence(text, c, marker);
        let far = || {
            (!opener)
                .then(|| self.first_claim_of(a.i, &h, &is_me))
                .flatten()
        };
        let Some(j) = best
            .map(|(j, _)| j)
            .or_else(|| theirs.first().copied())
            .or_else(far)
        else {
            // "Contrary to Lazar's claims, authorities say ...": a claim
            // named in the phrase that opens the sentence, with no earlier
            // claim of its holder, is that phrase, the holder's.
            let n = noun.filter(|_| opens_sentence(text, c, marker))?;
            let source = holder_source(text, analysis, a.i, &h, &a.me)?;
            let end = trim_range(text, marker.start..c.sentence.end).end;
            return Some((
                Side {
                    claim: a.i,
                    span: h.start..n.end,
                    source,
                },
                Side {
                    claim: a.i,
                    span: marker.start..end,
                    source: a.me.clone(),
                },
            ));
        };
        Some((claim_side(claims, j, true)?, a.side(a.end)))
    }

    /// A source's statement of its own innocence, "we have absolutely no
    /// violations", "she did nothing wrong": the verb before the marker (past
    /// adverbs) has, did or committed it. It answers the nearest accusation
    /// before, as "denied any wrongdoing" does.
    pub(super) fn innocence_dispute(
        &self,
        i: usize,
        marker: &Range<usize>,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let c = &analysis.claims[i];
        let me = c.attribution.source?;
        let verb = words(text, c.span.start..marker.start)
            .into_iter()
            .rev()
            .map(|w| text[w].to_lowercase())
            .find(|w| !w.ends_with("ly"))?;
        if !matches!(
            verb.as_str(),
            "have" | "has" | "had" | "did" | "done" | "do" | "does" | "committed" | "commit"
        ) {
            return None;
        }
        let a = self.nearest_accusation(i, &|s| s == me)?;
        Some((
            a,
            Side {
                claim: i,
                span: c.span.clone(),
                source: SideSource::Known(me),
            },
        ))
    }

    /// A verb marker that closes a relative clause on a claim noun set after
    /// what a sentence says: "The documents raised questions about whether Z, a
    /// charge that Mrs. Clinton has always denied." The verb's object is the
    /// claim noun (nothing follows the verb but the end of the clause), and the
    /// noun stands for what comes before its comma: Z, of the clause's own
    /// source (or its subject), disputed by the relative clause's subject.
    pub(super) fn relative_dispute(
        &self,
        i: usize,
        m: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let objects = &engine.dispute_objects[rule];
        let c = &analysis.claims[i];
        // Nothing after the verb but the end of its clause.
        let after = text[m.end..c.sentence.end].trim_start();
        if !(after.is_empty() || after.starts_with(['.', ',', ';', '—', '–', '"', '”', ')']))
        {
            return None;
        }
        // The appositive: from the last comma before the marker, or a dash ("Z
        // - a point that officials have disputed").
        let head = &text[c.sentence.start..m.start];
        let comma = c.sentence.start
            + [head.rfind(','), head.rfind(" - "), head.rfind(['—', '–'])]
                .into_iter()
                .flatten()
                .max()?;
        let sep = text[comma..].chars().next().map_or(1, char::len_utf8);
        let ws = words(text, comma + sep..m.start);
        if ws.len() > 14 || text[comma + sep..m.start].contains([';', '—', '–', '(']) {
            return None;
        }
        let lw = |k: usize| -> String {
            ws.get(k)
                .map(|w| bare(&text[w.clone()]).to_lowercase())
                .unwrap_or_default()
        };
        // "a charge", "an allegation", "the claim", "one accusation".
        if !matches!(lw(0).as_str(), "a" | "an" | "the" | "one") {
            return None;
        }
        let noun = (1..3).find(|&k| objects.contains(&lw(k)))?;
        let mut k = noun + 1;
        if matches!(lw(k).as_str(), "that" | "which") {
            k += 1;
        }
        // The relative clause's subject: a name ("Mrs. Clinton", "the company").
        let first = k;
        if lw(k) == "the" {
            k += 1;
        }
        while k < ws.len() && capitalised(&text[ws[k].clone()]) {
            k += 1;
        }
        let named = !(k == first || (lw(first) == "the" && k == first + 1));
        if !named {
            // Or a common noun phrase ("intelligence officials", "the company")
            // with nothing but auxiliaries and adverbs between it and the verb.
            k = (first..ws.len())
                .find(|&x| AUXILIARIES.contains(&lw(x).as_str()) || lw(x).ends_with("ly"))
                .unwrap_or(ws.len());
            let rest_aux = (k..ws.len())
                .all(|x| AUXILIARIES.contains(&lw(x).as_str()) || lw(x).ends_with("ly"));
            let nouns = (k - first).saturating_sub(usize::from(lw(first) == "the"));
            if !rest_aux || !(1..=3).contains(&nouns) || SUBJECTS.contains(&lw(first).as_str()) {
                return None;
            }
        }
        if k == first || (named && k == ws.len()) {
            return None;
        }
        let who = ws[first].start..ws[k - 1].end;
        // The disputed content: the clause before the comma, from its "that" or "whether".
        let open = text[c.sentence.start..comma]
            .rfind([',', ';', '—', '–'])
            .map_or(c.sentence.start, |p| c.sentence.start + p + 1);
        let before = words(text, open..comma);
        let from = before
            .iter()
            .position(|w| matches!(text[w.clone()].to_lowercase().as_str(), "that" | "whether"))
            .map_or(0, |p| p + 1);
        let content = trim_range(text, before.get(from)?.start..comma);
        if words(text, content.clone()).len() < 3 {
            return None;
        }
        // Whose it is: the claim's source, or the subject of the clause.
        let holder = match disputing_source(analysis, engine, c) {
            Some(s) => SideSource::Known(s),
            None => {
                let subj: Vec<Range<usize>> = before
                    .iter()
                    .take_while(|w| {
                        let t = text[(*w).clone()].to_lowercase();
                        !(AUXILIARIES.contains(&t.as_str()) || t.ends_with("ed"))
                    })
                    .cloned()
                    .collect();
                if subj.is_empty() || subj.len() > 5 || subj.len() == before.len() {
                    return None;
                }
                SideSource::Named(subj[0].start..subj[subj.len() - 1].end)
            }
        };
        // A source whose name ends as the name does ("Mrs. Clinton" is Hillary
        // Clinton, not "an executive at the Clinton Foundation").
        let last = bare(&text[ws[k - 1].clone()]).to_lowercase();
        let disputer = nearby_sources(analysis, i)
            .into_iter()
            .find(|&s| {
                names_source(text, &who, analysis, s)
                    && analysis.sources[s]
                        .name
                        .to_lowercase()
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| bare(w) == last)
            })
            .map_or(SideSource::Named(who.clone()), SideSource::Known);
        if disputer == holder
            || matches!((&holder, &disputer), (SideSource::Known(h), SideSource::Named(r)) if names_source(text, r, analysis, *h))
        {
            return None;
        }
        Some(both_in(
            i,
            (content, holder),
            (ws[0].start..m.end, disputer),
        ))
    }

    /// "Her comments are in response to a letter the Sanders campaign sent ...
    /// alleging that Z": a prepositional marker ("in response to") whose
    /// subject is a claim noun with a possessive pronoun or "the" ("Her
    /// comments", "The remarks came ...") answers, with the claims just before
    /// of the nearest source (this paragraph or the one before), the claim of
    /// the holder its object names with its content.
    pub(super) fn remarks_response(
        &self,
        i: usize,
        m: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let drule = &engine.disputes[rule];
        let objects = &engine.dispute_objects[rule];
        let claims = &analysis.claims;
        let c = &claims[i];
        if !text[m.clone()].to_lowercase().starts_with("in ") {
            return None;
        }
        let mut ws = words(text, c.sentence.start..m.start);
        while ws.last().is_some_and(|w| {
            let lw = text[w.clone()].to_lowercase();
            AUXILIARIES.contains(&lw.as_str()) || matches!(lw.as_str(), "came" | "come" | "comes")
        }) {
            ws.pop();
        }
        let lw = |k: usize| bare(&text[ws[k].clone()]).to_lowercase();
        if ws.len() != 2
            || !matches!(
                lw(0).as_str(),
                "her" | "his" | "their" | "its" | "the" | "those" | "these"
            )
            || !objects.contains(&lw(1))
        {
            return None;
        }
        let (j, me) = (i.saturating_sub(WINDOW)..i)
            .rev()
            .take_while(|&j| claims[j].paragraph + 1 >= c.paragraph)
            .find_map(|j| disputing_source(analysis, engine, &claims[j]).map(|s| (j, s)))?;
        let Object::Content {
            holder: Some(h),
            content,
        } = object(
            text,
            drule,
            Some(&text[m.clone()]),
            m.end..c.sentence.end,
            objects,
        )
        else {
            return None;
        };
        if names_source(text, &h, analysis, me) {
            return None;
        }
        let source = side_source(text, analysis, &nearby_sources(analysis, i), h);
        Some((
            Side {
                claim: i,
                span: content,
                source,
            },
            claim_side(claims, j, true)?,
        ))
    }

    /// The two sides of a noun of conflict "between" two claims with their
    /// holders: "inconsistencies between her claim that she never sent
    /// classified information and Comey's testimony before Congress". Each side
    /// is a claim noun of `objects` within its first four words, after its
    /// holder (a possessive: "her", "Comey's"); the first side runs to the "and"
    /// that opens the second, its content after "that" when it has one. The two
    /// holders must differ.
    pub(super) fn between_dispute(
        &self,
        i: usize,
        m: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, analysis) = (self.text, self.analysis);
        let objects = &self.engine.dispute_objects[rule];
        let c = &analysis.claims[i];
        let ws = words(text, m.end..c.sentence.end);
        let lw = |k: usize| bare(&text[ws[k].clone()]).to_lowercase();
        // A claim noun among the first four words from `from`, after a possessive.
        let noun_at = |from: usize| -> Option<(usize, Range<usize>)> {
            let n = (from..(from + 4).min(ws.len())).find(|&k| objects.contains(&lw(k)))?;
            let h = (from..n).rev().find(|&k| {
                let w = &text[ws[k].clone()];
                is_possessive(w) || matches!(lw(k).as_str(), "her" | "his" | "their" | "its")
            })?;
            // "her own statement" is the other side's holder again.
            if (h + 1..n).any(|k| lw(k) == "own") {
                return None;
            }
            let mut first = h;
            while first > from && capitalised(&text[ws[first - 1].clone()]) {
                first -= 1;
            }
            if first > from && lw(first - 1) == "the" {
                first -= 1;
            }
            Some((n, ws[first].start..ws[h].end))
        };
        let (na, ha) = noun_at(0)?;
        let (t, (_, hb)) = (na + 1..ws.len())
            .filter(|&t| lw(t) == "and")
            .find_map(|t| Some((t, noun_at(t + 1)?)))?;
        if text[ws[na].end..ws[t].start].contains([';', '.']) {
            return None;
        }
        let near = nearby_sources(analysis, i);
        let source_of = |h: &Range<usize>| {
            near.iter()
                .copied()
                .find(|&s| capitalised(&text[h.clone()]) && names_source(text, h, analysis, s))
                .map_or(SideSource::Named(h.clone()), SideSource::Known)
        };
        let (sa, sb) = (source_of(&ha), source_of(&hb));
        if sa == sb || bare(&text[ha.clone()]).eq_ignore_ascii_case(bare(&text[hb.clone()])) {
            return None;
        }
        let a_start = if na + 1 < t && lw(na + 1) == "that" {
            ws[na + 1].end
        } else {
            ha.start
        };
        let a = trim_range(text, a_start..ws[t].start);
        let b = trim_range(text, hb.start..content_end(text, hb.start, c.sentence.end));
        Some(both_in(i, (a, sa), (b, sb)))
    }

    /// A verb marker in the passive with its agent: "While a federal judge found
    /// that action unconstitutional, his decision was overturned by an appeals
    /// court". The agent disputes the claim the passive's subject names ("his
    /// decision"): the claim reported, with its own verb and named subject, in
    /// the clause before it in the same sentence.
    pub(super) fn passive_dispute(
        &self,
        i: usize,
        marker: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, scan, analysis) = (self.text, self.engine, self.scan, self.analysis);
        let objects = &engine.dispute_objects[rule];
        let c = &analysis.claims[i];
        let lw = |w: &Range<usize>| bare(&text[w.clone()]).to_lowercase();
        // The auxiliary, over adverbs ("was later overturned").
        let before = words(text, c.sentence.start..marker.start);
        let mut k = before.len();
        while k > 0 && {
            let w = lw(&before[k - 1]);
            w.ends_with("ly") || matches!(w.as_str(), "later" | "since" | "then" | "also")
        } {
            k -= 1;
        }
        let aux = before.get(k.checked_sub(1)?)?;
        if !matches!(
            lw(aux).as_str(),
            "was" | "were" | "is" | "are" | "been" | "be"
        ) {
            return None;
        }
        let after = words(text, marker.end..c.sentence.end);
        if after.first().is_none_or(|w| lw(w) != "by") {
            return None;
        }
        let stop = text[marker.end..c.sentence.end]
            .find([',', ';', '—', '–', '('])
            .map_or(c.sentence.end, |p| marker.end + p);
        let agent: Vec<Range<usize>> = after[1..]
            .iter()
            .take_while(|w| w.end <= stop && !NP_END.contains(&lw(w).as_str()))
            .take(OBJECT_WORDS)
            .cloned()
            .collect();
        let agent = agent.first()?.start..agent.last()?.end;
        // The subject runs back to the comma that closes the clause before.
        let open = c.sentence.start + text[c.sentence.start..aux.start].rfind([',', ';'])?;
        let subject = words(text, open..aux.start);
        if subject.is_empty()
            || subject.len() > OBJECT_WORDS
            || !subject.iter().any(|w| objects.contains(&lw(w)))
        {
            return None;
        }
        let mut clause = words(text, c.sentence.start..open);
        if clause
            .first()
            .is_some_and(|w| SUBORDINATORS.contains(&lw(w).as_str()))
        {
            clause.remove(0);
        }
        let first = clause.first()?.start;
        let (cue, _) = within(&scan.cues, &(first..open)).first()?;
        let holder = named_subject(text, engine, words(text, first..cue.start), 6)?;
        let near = nearby_sources(analysis, i);
        let theirs = side_source(text, analysis, &near, holder.clone());
        let mine = side_source(text, analysis, &near, agent.clone());
        if theirs == mine || text[holder.clone()] == text[agent.clone()] {
            return None;
        }
        Some((
            Side {
                claim: i,
                span: trim_range(text, holder.start..open),
                source: theirs,
            },
            Side {
                claim: i,
                span: subject[0].start..agent.end,
                source: mine,
            },
        ))
    }

    /// A claim whose cue is a claim noun right after a verb marker, with its
    /// holder: "The Friday announcement appeared to undercut Clinton's argument
    /// that Z", "the department had spent months pushing back against claims by
    /// intelligence agencies that Z". whosaid makes the noun the holder's cue
    /// and Z the holder's claim; the one who disputes it is the subject that
    /// opens the sentence (after a one-word opener such as "Previously,"), up
    /// to its first auxiliary ("The Friday announcement was ... because it
    /// appeared to undercut"), or all the words before the marker ("The
    /// university rebutted"): at most four words, a determiner or a capital
    /// first, no pronoun, no comma between it and the marker.
    pub(super) fn disputed_by_subject(
        &self,
        i: usize,
        marker: &Range<usize>,
        rule: usize,
    ) -> Option<(Side, Side)> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let objects = &engine.dispute_objects[rule];
        let c = &analysis.claims[i];
        let me = c.attribution.source?;
        let cue = c.attribution.cue.as_ref()?;
        if c.attribution.status != Status::Explicit
            || cue.start < marker.end
            || !objects.contains(&text[cue.clone()].to_lowercase())
            || c.span.start < cue.end
        {
            return None;
        }
        // Only the holder and a modifier or two between the marker and the noun.
        let between = &text[marker.end..cue.start];
        if words(text, marker.end..cue.start).len() > 4
            || between.contains([',', ';', '—', '–', '"', '“'])
        {
            return None;
        }
        let mut start = c.sentence.start;
        if let Some(p) = text[start..marker.start].find(',')
            && words(text, start..start + p).len() == 1
        {
            start += p + 1;
        }
        let ws = words(text, start..marker.start);
        let p = ws
            .iter()
            .position(|w| {
                let lw = text[w.clone()].to_lowercase();
                AUXILIARIES.contains(&lw.as_str()) || COPULAS.contains(&lw.as_str())
            })
            .unwrap_or(ws.len());
        let subject = &ws[..p];
        let first = subject.first()?;
        let fw = text[first.clone()].to_lowercase();
        if subject.len() > 4
            || text[first.start..marker.start].contains([',', ';', '—', '–'])
            || engine.lexicon.has(LexiconClass::Pronoun, &fw)
            || !(capitalised(&text[first.clone()]) || DETERMINERS.contains(&fw.as_str()))
            || subject.iter().any(|w| {
                engine
                    .lexicon
                    .has(LexiconClass::Pronoun, &text[w.clone()].to_lowercase())
            })
        {
            return None;
        }
        let who = first.start..subject.last()?.end;
        let near = nearby_sources(analysis, i);
        let source = side_source(text, analysis, &near, who.clone());
        if is_me_side(&source, text, analysis, &near, &|s| s == me) {
            return None;
        }
        Some(both_in(
            i,
            (c.span.clone(), SideSource::Known(me)),
            (who.start..cue.end, source),
        ))
    }
}

/// The claim a denial turns against when what it denies shares no words
/// with it: "The Journal reported that Z, but her team denied that W", or
/// "The Journal reported that Z. But her team denied that W." The claim of
/// another source just before, in the same sentence with a turn ("but",
/// "though") between it and the marker, or in the sentence before when the
/// marker's sentence opens on a turn, with no narration between.
pub(super) fn turned_against(
    text: &str,
    analysis: &Analysis,
    mut others: impl Iterator<Item = usize>,
    i: usize,
    marker: &Range<usize>,
) -> Option<usize> {
    let claims = &analysis.claims;
    let c = &claims[i];
    // The marker is the claim's own cue ("her team denied that ..."), not a
    // word inside what is claimed ("reflects core challenges").
    if !c.attribution.cue.as_ref().is_some_and(|cue| cue == marker) {
        return None;
    }
    let j = others.next()?;
    let o = &claims[j];
    let is_turn = |w: &Range<usize>| TURNS.contains(&text[w.clone()].to_lowercase().as_str());
    if o.sentence == c.sentence {
        let between = o.span.end.min(marker.start)..marker.start;
        return words(text, between).iter().any(is_turn).then_some(j);
    }
    let first = (0..i)
        .rev()
        .take_while(|&k| claims[k].sentence == c.sentence)
        .last()
        .unwrap_or(i);
    let opens_on_turn = words(text, c.sentence.clone()).first().is_some_and(is_turn);
    (opens_on_turn && j + 1 == first && o.paragraph + 1 >= c.paragraph).then_some(j)
}

/// A claim noun with its content in the phrase a marker opens a sentence
/// with, before the comma that ends it ("..., including suggestions that Z,
/// Carter stressed ..."), and its holder named after "by" before the noun
/// ("policies expounded by Donald Trump"): the holder and the content.
pub(super) fn opener_content(
    text: &str,
    c: &Claim,
    marker: &Range<usize>,
    objects: &HashSet<String>,
) -> Option<(Range<usize>, Range<usize>)> {
    // The opening phrase ends at the last comma before the source's name.
    let main = c
        .attribution
        .source_mention
        .as_ref()
        .filter(|s| s.start > marker.end)?
        .start;
    let end = marker.end + text[marker.end..main].rfind(',')?;
    let ws = words(text, marker.end..end);
    let lw = |k: usize| bare(&text[ws[k].clone()]).to_lowercase();
    let p = (0..ws.len().saturating_sub(2))
        .find(|&k| objects.contains(&lw(k)) && lw(k + 1) == "that")?;
    let by = (0..p).rfind(|&k| lw(k) == "by")?;
    let mut first = by + 1;
    while first < p && !capitalised(&text[ws[first].clone()]) {
        first += 1;
    }
    let mut last = first;
    while last + 1 < p && capitalised(&text[ws[last + 1].clone()]) {
        last += 1;
    }
    if first >= p {
        return None;
    }
    let content = trim_range(text, ws[p + 1].end..end);
    (words(text, content.clone()).len() >= 3).then_some((ws[first].start..ws[last].end, content))
}

/// Is the marker followed by "by" and a reporting verb ("responded by saying")?
pub(super) fn by_saying(text: &str, scan: &Scan, marker: &Range<usize>, end: usize) -> bool {
    let ws = words(
        text,
        marker.end..floor_boundary(text, end.min(marker.end + 40)).max(marker.end),
    );
    ws.len() >= 2
        && text[ws[0].clone()].eq_ignore_ascii_case("by")
        && text[marker.end..ws[0].start].trim().is_empty()
        && !within(&scan.cues, &ws[1]).is_empty()
}

/// Words between a subject and its verb ("has denied", "is discrediting").
pub(super) const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "did",
    "does",
    "do",
    "would",
    "will",
    "also",
    "again",
    "quickly",
    "later",
    "since",
    "then",
    "too",
    "promptly",
    "immediately",
    "repeatedly",
];

/// The named subject of a verb marker in a claim whosaid left unattributed:
/// the capitalised name just before it ("Donald Trump is discrediting"), or
/// before an appositive ("Patricia Smith, mother of Sean Smith, rejected").
pub(super) fn subject_of(text: &str, c: &Claim, m: &Range<usize>) -> Option<Range<usize>> {
    let before = c.sentence.start..m.start;
    let mut end = m.start;
    // Back over auxiliaries and adverbs.
    for w in words(text, before.clone()).into_iter().rev() {
        let lw = text[w.clone()].to_lowercase();
        if !text[w.end..end].trim().is_empty() {
            break;
        }
        if AUXILIARIES.contains(&lw.as_str()) || lw.ends_with("ly") {
            end = w.start;
        } else {
            break;
        }
    }
    // Over an appositive set off by commas.
    let head = text[before.start..end].trim_end();
    let mut stop = before.start + head.len();
    let mut appositive: Option<Range<usize>> = None;
    if let Some(inner) = head.strip_suffix(',') {
        let p = inner.rfind(',')?;
        if head.len() - p > 90 {
            return None;
        }
        stop = before.start + p;
        appositive = Some(before.start + p + 1..before.start + inner.len());
    }
    // "Two objectors, Lawrence Joyce and William Graham, had challenged ...":
    // the appositive is the name when the words before it are not.
    let name_list = |r: &Range<usize>| {
        let ws = words(text, r.clone());
        (!ws.is_empty()
            && capitalised(&text[ws[0].clone()])
            && ws.iter().all(|w| {
                let t = &text[w.clone()];
                capitalised(t) || t == "and"
            }))
        .then(|| ws[0].start..ws[ws.len() - 1].end)
    };
    // The run of capitalised words that ends there.
    let ws = words(text, before.start..stop);
    let mut first = ws.len();
    while first > 0 && {
        let w = &ws[first - 1];
        capitalised(&text[w.clone()])
            && !is_possessive(&text[w.clone()])
            && (first == ws.len() || text[w.end..ws[first].start].trim().is_empty())
    } {
        first -= 1;
    }
    if first == ws.len() || !text[ws.last()?.end..stop].trim().is_empty() {
        return appositive.as_ref().and_then(name_list);
    }
    // A run that opens the sentence may begin with an ordinary word ("The").
    let name = ws[first].start..ws[ws.len() - 1].end;
    let w0 = text[ws[first].clone()].to_lowercase();
    if matches!(
        w0.as_str(),
        "the" | "however" | "but" | "and" | "still" | "yet"
    ) {
        if first + 1 == ws.len() {
            return None;
        }
        return Some(ws[first + 1].start..name.end);
    }
    Some(name)
}

/// A plural common noun phrase that opens the sentence as the subject of the
/// marker, with nothing but auxiliaries and adverbs between: "Local
/// politicians also fired back at ...", "Critics have rejected ...". Such
/// a group names no source of the analysis, so whosaid leaves its claim
/// unattributed; as a side of a dispute it stands for itself. At most three
/// words, "the" first or none, no pronoun ("Some", "Others" are no group).
pub(super) fn plural_subject(
    text: &str,
    engine: &Engine,
    c: &Claim,
    m: &Range<usize>,
) -> Option<Range<usize>> {
    let before = c.sentence.start..m.start;
    if text[before.clone()].contains(|ch: char| !(ch.is_alphanumeric() || ch.is_whitespace())) {
        return None;
    }
    let mut ws = words(text, before);
    while ws.last().is_some_and(|w| {
        let lw = text[w.clone()].to_lowercase();
        AUXILIARIES.contains(&lw.as_str()) || lw.ends_with("ly") || lw == "also"
    }) {
        ws.pop();
    }
    if ws
        .first()
        .is_some_and(|w| text[w.clone()].eq_ignore_ascii_case("the"))
    {
        ws.remove(0);
    }
    let (first, last) = (ws.first()?, ws.last()?);
    let lw = text[last.clone()].to_lowercase();
    let plural = lw.len() > 3 && lw.ends_with('s') && !lw.ends_with("ss");
    (ws.len() <= 3
        && plural
        && ws.iter().all(|w| {
            let t = &text[w.clone()];
            !engine.lexicon.has(LexiconClass::Pronoun, t)
                && !engine.lexicon.has(LexiconClass::Stopword, t)
        }))
    .then_some(first.start..last.end)
}

/// The named subject after a verb phrase that opens the sentence: "In
/// response to Trump's comments, Philippine Secretary Martin Andanar released
/// a statement ...": the capitalised run after the first comma, followed by
/// a word in lower case (its verb).
pub(super) fn subject_after_opener(
    text: &str,
    c: &Claim,
    m: &Range<usize>,
) -> Option<Range<usize>> {
    if !opens_sentence(text, c, m) {
        return None;
    }
    let comma = m.end + text[m.end..c.sentence.end].find(',')?;
    let ws = words(text, comma + 1..c.sentence.end);
    let n = ws
        .iter()
        .take(9)
        .take_while(|w| capitalised(&text[(*w).clone()]) && !is_possessive(&text[(*w).clone()]))
        .count();
    if n == 0 || n >= 9 || ws.get(n).is_none_or(|w| capitalised(&text[w.clone()])) {
        return None;
    }
    let run = ws[0].start..ws[n - 1].end;
    // Adjacent words only, and not an article or a pronoun alone ("The", "He").
    if text[run.clone()].contains(',') || (n == 1 && text[run.clone()].len() < 4) {
        return None;
    }
    Some(run)
}

/// Two sides inside claim `i`, each its words and their source: a dispute
/// inside one sentence.
pub(super) fn both_in(
    i: usize,
    a: (Range<usize>, SideSource),
    b: (Range<usize>, SideSource),
) -> (Side, Side) {
    let side = |(span, source): (Range<usize>, SideSource)| Side {
        claim: i,
        span,
        source,
    };
    (side(a), side(b))
}
