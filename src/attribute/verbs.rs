//! The verb group of a cue: auxiliaries and adverbs between subject and verb,
//! catenatives and infinitives ("went on to say", "visited NBC to discuss"),
//! progressives, coordination, passives with and without an agent, and the
//! listener after a cue ("told MEE that"). These decide where the subject
//! search starts and where the content may start.

use super::*;

impl<'a> Ctx<'a> {
    /// "criticized by Miller", "opposed by Israel": the cue's next word is
    /// "by", so its subject is what was done, not who did it.
    pub(super) fn agent_follows(&self, sent: &Range<usize>, cue: &Range<usize>) -> bool {
        let text = self.text;
        self.iter_words(text, cue.end..sent.end)
            .next()
            .is_some_and(|w| self.lower(&text[w]) == "by")
    }

    /// The end of the run of capitalised words from `ws[k]`, with a bracketed
    /// abbreviation right after it ("the Associated Press (AP)").
    fn name_run_end(&self, ws: &[Range<usize>], mut k: usize, sent_end: usize) -> usize {
        let text = self.text;
        while k + 1 < ws.len()
            && starts_upper(&text[ws[k + 1].clone()])
            && text[ws[k].end..ws[k + 1].start].chars().all(is_blank)
        {
            k += 1;
        }
        let end = ws[k].end;
        let rest = &text[end..sent_end];
        let gap = rest.len() - rest.trim_start().len();
        rest[gap..]
            .strip_prefix('(')
            .and_then(|r| r.split_once(')'))
            .filter(|(abbr, _)| {
                !abbr.is_empty() && abbr.len() <= 8 && abbr.chars().all(|c| c.is_ascii_uppercase())
            })
            .map_or(end, |(abbr, _)| end + gap + abbr.len() + 2)
    }

    /// Past the listener of a cue that takes one ("told MEE that", "telling his
    /// aides that", "urging the council to"): returns where the content may
    /// start, and an outlet standing as listener, which is an intermediary.
    pub(super) fn past_listener(
        &self,
        cue_end: usize,
        mut after: usize,
        sent_end: usize,
    ) -> (usize, Option<Mention>) {
        let text = self.text;
        let mut outlet = None;
        // "told MEE that", "told the Hamas officials that", "told reporters".
        let ws: Vec<_> = self.iter_words(text, after..sent_end).take(10).collect();
        if let Some(first) = ws.first()
            && text[after..first.start].chars().all(is_blank)
        {
            if let Some((m, i)) = within(&self.scan.outlets, &(first.start..sent_end))
                .first()
                .map(|x| (x.0.clone(), x.1))
                && m.start == first.start
            {
                outlet = Some(Mention {
                    range: m.clone(),
                    kind: SourceKind::Outlet,
                    outlet: Some(i),
                    pronoun: false,
                });
                after = m.end;
            }
            // Up to "that" (or "how", "whether", …) within nine words, past
            // an outlet too, else one short noun phrase: "told Breitbart News
            // Daily host Alex Marlow on Thursday how surprised he is".
            let upto = ws.iter().take(10).position(|w| {
                ["that", "how", "whether", "why", "what", "if"]
                    .contains(&self.lower(&text[w.clone()]).as_str())
            });
            // "told a Planned Parenthood gathering in Washington she will …",
            // "told The Star-Ledger of Newark last week she would …": a clause
            // without "that" opens at its subject pronoun, after a listener
            // that has no verb or punctuation of its own.
            let upto = upto.or_else(|| {
                let k = ws.iter().take(10).position(|w| {
                    ["he", "she", "they", "we", "i"]
                        .contains(&self.lower(&text[w.clone()]).as_str())
                })?;
                let listener_only = ws[..k].iter().all(|w| {
                    !["to", "who", "which", "that", "about", "not", "and", "or"]
                        .contains(&self.lower(&text[w.clone()]).as_str())
                });
                let unpunctuated = text[first.start..ws[k].start]
                    .chars()
                    .all(|c| !matches!(c, ',' | ';' | ':' | '“' | '"' | '(' | '—' | '\''));
                (k > 0 && listener_only && unpunctuated).then_some(k)
            });
            if let Some(k) = upto.filter(|k| *k > 0) {
                // A show's or paper's title in quotation marks belongs to the
                // listener ("told MSNBC’s “Morning Joe” on Friday that"); an
                // open quotation or a comma does not.
                let gap = &text[first.start..ws[k].start];
                let titles =
                    gap.matches('“').count() == gap.matches('”').count() && !gap.contains('"');
                // "told a town hall in Salem, New Hampshire, on Monday that",
                // "told Ana Mendes, head of the board, that": commas inside a
                // listener's place or title are no clause break, as long as
                // nothing opens another clause between them: a conjunction, a
                // relative word, an infinitive or a participle after a comma
                // ("told Fox News, adding that …", "told reporters, referring
                // to …"), whose "that" belongs to that clause. On PolNeAR
                // train this moves 5 contents, all to gold.
                let commas_ok = self.lower(&text[ws[k].clone()]) == "that"
                    && ws[..k].iter().all(|w| {
                        let lw = self.lower(&text[w.clone()]);
                        let participle = lw.ends_with("ing")
                            && !starts_upper(&text[w.clone()])
                            && text[..w.start]
                                .trim_end_matches(|c: char| {
                                    is_blank(c) || matches!(c, '\'' | '”' | '"')
                                })
                                .ends_with(',');
                        !participle
                            && ![
                                "and", "but", "or", "who", "which", "when", "while", "as",
                                "because", "if", "after", "before", "since", "not", "to",
                            ]
                            .contains(&lw.as_str())
                    });
                let gap_clean = titles && !gap.contains(';') && (commas_ok || !gap.contains(','));
                if gap_clean && ws[k].start >= after {
                    after = ws[k - 1].end;
                }
            } else if after == cue_end {
                let w0 = self.lower(&text[first.clone()]);
                if RECIPIENT_WORDS.contains(&w0.as_str()) {
                    after = first.end;
                } else if DETERMINERS.contains(&w0.as_str()) && ws.len() > 1 {
                    // "told the Associated Press (AP), “We …”": a capitalised
                    // name after the determiner is the listener whole.
                    after = if starts_upper(&text[ws[1].clone()]) {
                        self.name_run_end(&ws, 1, sent_end)
                    } else {
                        ws[1].end
                    };
                } else if starts_upper(&text[first.clone()]) {
                    after = self.name_run_end(&ws, 0, sent_end);
                }
            }
        }
        (after, outlet)
    }

    /// Past a participle's listener, but only before a clause or a quotation:
    /// gold keeps the listener of an infinitive ("urging him to bow out", 5 of
    /// 7 on PolNeAR train), and an object is no listener ("telling the story
    /// of …", "telling their family stories"). An outlet as listener is always
    /// skipped, as an intermediary.
    pub(super) fn listener_before_clause(
        &self,
        cue_end: usize,
        sent_end: usize,
    ) -> (usize, Option<Mention>) {
        let text = self.text;
        let (end, outlet) = self.past_listener(cue_end, cue_end, sent_end);
        let fallback = outlet.as_ref().map_or(cue_end, |m| m.range.end);
        let next = skip_blank(text, skip_adjuncts(text, end, sent_end), sent_end);
        let tail = &text[next..sent_end];
        let quote_at = tail
            .strip_prefix([',', ':'])
            .map_or(next, |t| sent_end - t.trim_start_matches(is_blank).len());
        let quoted = text[quote_at..sent_end].starts_with(['“', '"', '‘'])
            || text[quote_at..sent_end].starts_with("''");
        let clause = self
            .iter_words(text, next..sent_end)
            .next()
            .is_some_and(|w| {
                [
                    "that", "whether", "why", "how", "what", "if", "he", "she", "it", "they", "we",
                    "i", "you", "there",
                ]
                .contains(&self.lower(&text[w]).as_str())
            });
        let skipped = &text[cue_end..end];
        // "to" before a name is a preposition inside the listener ("telling
        // reporters during a visit to Scotland on Friday that"), not an
        // infinitive.
        let skipped_words: Vec<_> = self.iter_words(text, cue_end..end).collect();
        let plain = !skipped_words.iter().enumerate().any(|(i, w)| {
            self.lower(&text[w.clone()]) == "to"
                && skipped_words
                    .get(i + 1)
                    .is_none_or(|n| !starts_upper(&text[n.clone()]))
        }) && !skipped.contains(['“', '"', '”'])
            && !skipped.contains("''");
        if end > cue_end && plain && (quoted || clause) {
            (if quoted { quote_at } else { end }, outlet)
        } else {
            (fallback, outlet)
        }
    }

    /// Does a cue of the rules start at this word?
    pub(super) fn is_cue_word(&self, w: Range<usize>) -> bool {
        self.scan
            .cues
            .binary_search_by_key(&w.start, |(m, _)| m.start)
            .is_ok()
    }

    /// "Gorka similarly warned", "Trump angrily denied": an -ly adverb between
    /// a subject and its verb. Not a noun in -ly ("the family said", "a rally").
    pub(super) fn manner_adverb(&self, floor: usize, w: Range<usize>) -> bool {
        let t = &self.text[w.clone()];
        if t.len() < 5 || !first_lower(t) || !t.ends_with("ly") {
            return false;
        }
        if LY_NOUNS.contains(&self.lower(t).as_str()) {
            return false;
        }
        // After a determiner or a possessive, an -ly word is a noun or adjective.
        self.last_word(self.text, floor, w.start).is_some_and(|p| {
            let pl = self.lower(&self.text[p]);
            !DETERMINERS.contains(&pl.as_str())
                && !pl.ends_with("’s")
                && !pl.ends_with("'s")
                && !PREPOSITIONS.contains(&pl.as_str())
        })
    }

    /// "Pence went on to say", "Republicans continue to warn": a verb of
    /// continuing or beginning before the infinitive cue leaves the subject
    /// before it. Returns where that verb starts.
    pub(super) fn catenative_before(&self, floor: usize, w: Range<usize>) -> Option<usize> {
        const ONE: &[&str] = &[
            "trying",
            "tried",
            "tries",
            "attempted",
            "attempting",
            "continue",
            "continues",
            "continued",
            "continuing",
            "proceeded",
            "proceeds",
            "rushed",
            "hastened",
            "hurried",
            // "Hillary failed to mention", "Democrats are beginning to ask".
            "failed",
            "fails",
            "began",
            "begins",
            "beginning",
            "started",
            "starts",
            "starting",
            "managed",
            "neglected",
            // "The elite is struggling to understand", "Verizon has been
            // working to emphasize": a progressive of effort before the cue.
            "working",
            "struggling",
            "seeking",
            "looking",
            "scrambling",
            "striving",
        ];
        const TWO: &[(&str, &str)] = &[
            ("went", "on"),
            ("goes", "on"),
            ("go", "on"),
            ("going", "on"),
            ("gone", "on"),
            ("was", "quick"),
            ("were", "quick"),
            ("is", "quick"),
            ("are", "quick"),
            ("took", "pains"),
            ("taking", "pains"),
            ("take", "pains"),
            ("takes", "pains"),
        ];
        // "Clinton has to remind", "she'll have to argue", "he needs to
        // explain", "Trump used to say": a verb of obligation or habit is an
        // auxiliary of the infinitive, which stays the subject's own verb.
        const MODAL_TO: &[&str] = &[
            "has", "have", "had", "having", "need", "needs", "needed", "ought", "used",
        ];
        // "he's poised to argue", "was not willing to say", "were able to
        // tell": an adjective of readiness or ability after "be" likewise.
        const READY_TO: &[&str] = &[
            "likely",
            "unlikely",
            "able",
            "unable",
            "willing",
            "unwilling",
            "ready",
            "poised",
            "prepared",
            "eager",
            "set",
            "about",
            "going",
            "reluctant",
            "careful",
            "happy",
            "keen",
            "determined",
            "anxious",
            "quick",
            "slow",
            "prompted",
            "forced",
            "inclined",
        ];
        if self.lower(&self.text[w.clone()]) != "to" {
            return None;
        }
        let v1 = self.last_word(self.text, floor, w.start)?;
        let l1 = self.lower(&self.text[v1.clone()]);
        if MODAL_TO.contains(&l1.as_str())
            && self.text[v1.end..w.start].chars().all(is_blank)
            // "a term Rubio has used to describe": a perfect "used" is the verb of
            // using, its object the thing used.
            && !(l1 == "used"
                && self.last_word(self.text, floor, v1.start).is_some_and(|p| {
                    matches!(
                        self.lower(&self.text[p]).as_str(),
                        "has" | "have" | "had" | "having" | "been" | "be" | "is" | "was"
                    )
                }))
        {
            return Some(v1.start);
        }
        if ONE.contains(&l1.as_str()) {
            // "Clinton is trying to show": a progressive reaches back to its "be".
            if l1.ends_with("ing")
                && let Some(b) = self.last_word(self.text, floor, v1.start)
                && BE.contains(&self.lower(&self.text[b.clone()]).as_str())
                && self.text[b.end..v1.start].chars().all(is_blank)
            {
                return Some(b.start);
            }
            return Some(v1.start);
        }
        // "Democratic voters are slightly more likely to say": a poll's comparison
        // reaches back to its "be".
        if READY_TO.contains(&l1.as_str()) {
            let mut end = v1.start;
            while let Some(p) = self.last_word(self.text, floor, end) {
                let pl = self.lower(&self.text[p.clone()]);
                // "voters appeared more likely to describe": a linking verb
                // stands for "be".
                if BE.contains(&pl.as_str())
                    || pl == "’re"
                    || pl == "'re"
                    || matches!(
                        pl.as_str(),
                        "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared"
                    )
                {
                    return Some(p.start);
                }
                // "are generally more likely to say": adverbs before the comparison.
                if self.lex(LexiconClass::SkipAdverb, &self.text[p.clone()])
                    || self.manner_adverb(floor, p.clone())
                {
                    end = p.start;
                    continue;
                }
                if let Some(n) = has_contraction(&self.text[p.clone()]) {
                    return Some(p.end - n);
                }
                if ![
                    "more",
                    "less",
                    "most",
                    "least",
                    "much",
                    "far",
                    "slightly",
                    "somewhat",
                    "significantly",
                    "considerably",
                    "even",
                    "also",
                    "still",
                    "equally",
                    "as",
                    "twice",
                    "not",
                    "very",
                    "highly",
                ]
                .contains(&pl.as_str())
                {
                    return None;
                }
                end = p.start;
            }
            return None;
        }
        let v0 = self.last_word(self.text, floor, v1.start)?;
        let l0 = self.lower(&self.text[v0.clone()]);
        TWO.iter()
            .any(|(a, b)| l0 == *a && l1 == *b)
            .then_some(v0.start)
    }

    /// The subject of an infinitive cue, named right before its "to": "led Debbie
    /// Wasserman Schultz to announce", "prompted him to call for", "Sanders To
    /// Release Medical Records". A name after a preposition other than "for"
    /// is no subject ("went to New York to say"), nor is a time ("on Sunday to").
    pub(super) fn infinitive_subject(
        &self,
        floor: usize,
        to: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        // Seeing, knowing and reading after "to" are mostly purposes ("rubbing his
        // face in Cheetos to see if"), and "to ask" a request passed on ("prompted
        // his wife to ask for a separation").
        if !infinitive_cue(&text[cue.clone()], &["see", "know", "read", "ask"]) {
            return None;
        }
        let w = self.last_word(text, floor, to.start)?;
        if !text[w.end..to.start].chars().all(is_blank) {
            return None;
        }
        if let Some(m) = self.control_object(floor, w.end) {
            return Some(m);
        }
        let lw = self.lower(&text[w.clone()]);
        let pronoun = ["him", "them"].contains(&lw.as_str());
        if !pronoun
            && (!starts_upper(&text[w.clone()])
                || WEEKDAYS.contains(&lw.as_str())
                || TIME_WORDS.contains(&lw.as_str()))
        {
            return None;
        }
        let mut start = w.start;
        while let Some(p) = self.last_word(text, floor, start) {
            // "Mr. Pinchuk": the dot of a title stays inside the name.
            if !pronoun
                && text[p.end..start].chars().all(|c| is_blank(c) || c == '.')
                && (starts_upper(&text[p.clone()])
                    || self.lex(LexiconClass::TitleWord, &text[p.clone()]))
            {
                start = p.start;
            } else {
                break;
            }
        }
        if let Some(b) = self.last_word(text, floor, start) {
            let lb = self.lower(&text[b.clone()]);
            if lb != "for"
                && (PREPOSITIONS.contains(&lb.as_str())
                    || DETERMINERS.contains(&lb.as_str())
                    || [
                        "to", "with", "from", "by", "between", "among", "under", "over",
                    ]
                    .contains(&lb.as_str()))
            {
                return None;
            }
        }
        if pronoun {
            return Some(Mention {
                range: w,
                kind: SourceKind::Unknown,
                outlet: None,
                pronoun: true,
            });
        }
        self.mention_in(start..w.end, false).filter(|m| {
            matches!(
                m.kind,
                SourceKind::Person | SourceKind::Organization | SourceKind::Outlet
            )
        })
    }

    /// The object of a verb of leading or causing that ends at `end`, right
    /// before an infinitive cue's "to": "leaving many to wonder", "led some
    /// allies to worry", "leads many cyber experts to suspect", "led her to
    /// declare". Whoever is led to a thought or a word holds it, so the
    /// object is the infinitive's subject (a `control_verb` of
    /// rules/lexicon.yaml, one to four plain words after it). The subject
    /// still has to pass a cue's `named_source` check.
    fn control_object(&self, floor: usize, end: usize) -> Option<Mention> {
        let text = self.text;
        let mut start = end;
        for _ in 0..5 {
            let p = self.last_word(text, floor, start)?;
            if !text[p.end..start].chars().all(is_blank) {
                return None;
            }
            if start < end && self.lex(LexiconClass::ControlVerb, &text[p.clone()]) {
                let range = start..end;
                let one = self.iter_words(text, range.clone()).nth(1).is_none();
                let lw = self.lower(&text[range.clone()]);
                if one && ["her", "him", "them", "us", "me"].contains(&lw.as_str()) {
                    return Some(Mention {
                        range,
                        kind: SourceKind::Unknown,
                        outlet: None,
                        pronoun: true,
                    });
                }
                return Some(self.mention_in(range.clone(), false).unwrap_or(Mention {
                    range,
                    kind: SourceKind::Unknown,
                    outlet: None,
                    pronoun: false,
                }));
            }
            let lp = self.lower(&text[p.clone()]);
            if !text[p.clone()]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-')
                || PREPOSITIONS.contains(&lp.as_str())
                || ["to", "that", "and", "or", "but", "who", "which"].contains(&lp.as_str())
            {
                return None;
            }
            start = p.start;
        }
        None
    }

    /// "Beck has in the past described", "Trump did not at any time Thursday
    /// mention": a phrase of time or occasion between an auxiliary and its verb.
    /// Returns where the auxiliary ends, so the subject is sought before it.
    pub(super) fn aux_adjunct_end(&self, floor: usize, cue: &Range<usize>) -> Option<usize> {
        let text = self.text;
        let mut pos = cue.start;
        let mut n = 0;
        let mut first: Option<Range<usize>> = None;
        while let Some(w) = self.last_word(text, floor, pos) {
            if !text[w.end..pos].chars().all(is_blank) {
                return None;
            }
            let lw = self.lower(&text[w.clone()]);
            if n > 0
                && (AUXILIARIES.contains(&lw.as_str())
                    || matches!(lw.as_str(), "did" | "does" | "do"))
            {
                let f = first?;
                let lf = self.lower(&text[f]);
                return (n >= 2
                    && matches!(
                        lf.as_str(),
                        "in" | "on" | "at" | "during" | "over" | "for" | "since" | "throughout"
                    ))
                .then_some(w.end);
            }
            n += 1;
            // "has since said he now believes": a verb or a subject in the gap
            // opens a clause of its own.
            if n > 6
                || text[w.clone()].chars().any(|c| !c.is_alphanumeric())
                || self.is_cue_word(w.clone())
                || matches!(
                    lw.as_str(),
                    "he" | "she" | "they" | "it" | "i" | "we" | "you" | "last"
                )
            {
                return None;
            }
            first = Some(w.clone());
            pos = w.start;
        }
        None
    }

    /// "Critics waited in the snow to heckle him", "Sanders visited NBC on
    /// Monday to discuss his remarks": an infinitive of purpose after a finite
    /// clause takes that clause's subject. Not after a verb passing a request on
    /// ("prompted his wife to ask"), a noun or an adjective wanting the infinitive
    /// ("a chance to", "easy to"), nor with "for" giving it a subject of its own.
    pub(super) fn purpose_subject(
        &self,
        floor: usize,
        to: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        if !infinitive_cue(
            &text[cue.clone()],
            &[
                "see", "know", "read", "ask", "show", "find", "learn", "hear",
            ],
        ) {
            return None;
        }
        let (start, _) = self.clause_back(floor, to.start);
        let ws = self.words(text, start..to.start);
        if ws.len() < 3 || ws.len() > 16 {
            return None;
        }
        let before = self.lower(&text[ws.last()?.clone()]);
        if !text[ws.last()?.end..to.start].chars().all(is_blank) {
            return None;
        }
        // The word before "to" must close a phrase of place, time or object.
        if before.ends_with("ed")
            || before.ends_with("ing")
            || AUXILIARIES.contains(&before.as_str())
            || BE.contains(&before.as_str())
            || [
                "chance",
                "time",
                "way",
                "opportunity",
                "reason",
                "right",
                "wrong",
                "easy",
                "hard",
                "able",
                "unable",
                "likely",
                "first",
                "last",
                "only",
                "enough",
                "about",
                "want",
                "wants",
                "going",
                "need",
                "needs",
                "plan",
                "plans",
                "how",
                "what",
                "whether",
                "where",
                "not",
                "order",
                "them",
                "him",
                "her",
                "us",
                "me",
                "you",
                "power",
                "decision",
                "ability",
                "effort",
                "bid",
                "attempt",
                "move",
                "push",
                "pressure",
                "call",
                "calls",
                "urge",
                "urges",
                "tried",
                "try",
                "tries",
                "more",
                "less",
                "forward",
                "ready",
                "set",
                "up",
                "back",
                "down",
                "due",
                "seem",
                "seems",
                "appear",
                "appears",
                "began",
                "begin",
                "begins",
                "started",
                "start",
                "continue",
                "continues",
                "hope",
                "hopes",
                "refuse",
                "refuses",
                "agree",
                "agrees",
                "decline",
                "declines",
                "vote",
                "votes",
                "expect",
                "expects",
            ]
            .contains(&before.as_str())
        {
            return None;
        }
        let lws: Vec<_> = ws.iter().map(|w| self.lower(&text[w.clone()])).collect();
        if lws.iter().any(|w| {
            [
                "for",
                "prompted",
                "prompt",
                "prompts",
                "prompting",
                "forced",
                "force",
                "forces",
                "forcing",
                "urged",
                "asked",
                "asking",
                "led",
                "lead",
                "leads",
                "allowed",
                "allow",
                "allows",
                "allowing",
                "drove",
                "drive",
                "drives",
                "driving",
                "caused",
                "encouraged",
                "persuaded",
                "convinced",
                "wanted",
                "want",
                "wants",
                "expected",
                "expects",
                "got",
                "get",
                "gets",
                "invited",
                "required",
                "requires",
                "require",
                "told",
                "pushed",
                "pressed",
                "called",
                "enough",
                "too",
                "who",
                "which",
                "that",
                "it",
                "there",
                "this",
                "easier",
                "harder",
                "difficult",
                "impossible",
                "possible",
                "unusual",
                "likely",
                "time",
                "left",
                "leaving",
                "brought",
                "helped",
                "help",
                "helps",
                "let",
                "made",
                "make",
                "makes",
                "needs",
                "need",
                "needed",
                "if",
                "when",
                "because",
                "whether",
                "pushing",
                "push",
                "pushes",
                "did",
                "does",
                "do",
                "refusal",
                "failure",
                "hesitancy",
                "willingness",
                "desire",
                "reasons",
                "reason",
                "requests",
                "request",
                "impetus",
                "efforts",
                "topics",
                "position",
                "little",
                "prepare",
                "prepares",
                "blame",
            ]
            .contains(&w.as_str())
        }) {
            return None;
        }
        // Another cue in the clause has the subject: "Ryan said it's unrealistic to think".
        if ws.iter().any(|w| self.is_cue_word(w.clone())) {
            return None;
        }
        self.leading_subject(start..ws.last()?.end).filter(|m| {
            (m.kind != SourceKind::Unknown || m.pronoun || starts_upper(&text[m.range.clone()]))
                && has_contraction(&text[m.range.clone()]).is_none()
        })
    }

    /// A passive of asking with no asker: "was asked", "were asked what", "is
    /// asked whether", but not "was asked by host John Dickerson".
    pub(super) fn agentless_question(&self, cue: &Range<usize>) -> bool {
        let text = self.text;
        let mut ws = self.iter_words(text, cue.clone());
        let Some(first) = ws.next() else {
            return false;
        };
        let (asked, be_inside) = if BE.contains(&self.lower(&text[first.clone()]).as_ref()) {
            match ws.next() {
                Some(w) => (w, true),
                None => return false,
            }
        } else {
            (first, false)
        };
        let be_before = || {
            self.last_word(text, 0, cue.start).is_some_and(|w| {
                text[w.end..cue.start].chars().all(is_blank)
                    && BE.contains(&self.lower(&text[w]).as_ref())
            })
        };
        let after = skip_blank(text, cue.end, text.len());
        matches!(
            self.lower(&text[asked]).as_ref(),
            "asked" | "questioned" | "quizzed" | "pressed"
        ) && (be_inside || be_before())
            && !text[after..].starts_with("by ")
    }

    /// "O’Malley’s move was first reported by MSNBC", "Trump has been criticized
    /// by some of his rivals for failing …": a passive cue with its agent. The
    /// agent after "by" is the source; the subject, and a complement after the
    /// agent ("for failing …"), is what is attributed.
    pub(super) fn passive_agent(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        if !past_participle(&text[cue.clone()]) {
            return None;
        }
        // "by" right after the cue, or after a time or adverbs ("was
        // supported Friday by", "is viewed somewhat more positively by"),
        // then the agent.
        let after = passive_by(text, cue.end, sent.end)?;
        let by_end = after + 2;
        let agent_start = skip_blank(text, by_end, sent.end);
        // "decided by 5-to-4 votes": a number is a means, not an agent; a
        // share of people is one ("supported by 42 percent of Republicans").
        if text[agent_start..sent.end].starts_with(|c: char| c.is_ascii_digit())
            && !share_of_people(text, agent_start, sent.end)
        {
            return None;
        }
        // A form of "be" before the cue, over adverbs ("was first reported",
        // "has not been widely shared") and auxiliaries ("has been", "will be").
        let mut pos = cue.start;
        // A cue that carries its own "be" ("was asked", a two-word cue of
        // cues.yaml) is a passive already.
        let cue_be = self
            .iter_words(text, cue.clone())
            .next()
            .is_some_and(|w| w.end < cue.end && BE.contains(&self.lower(&text[w]).as_ref()));
        let (mut be, mut seen, mut stopped) = (cue_be, 0, false);
        for (w, lw) in words_back(text, sent.start, cue.start).take(5) {
            seen += 1;
            if BE.contains(&lw.as_str()) {
                be = true;
            } else if !(be && AUXILIARIES.contains(&lw.as_str()) || !be && passive_adverb(&lw)) {
                stopped = true;
                break;
            }
            pos = w.start;
        }
        // A chain that runs into the sentence start has no subject to attribute.
        if !stopped && seen < 5 && self.last_word(text, sent.start, pos).is_none() {
            return None;
        }
        if !be {
            return None;
        }
        // "was asked by host John Dickerson whether his aim …": the asker is
        // the source and the question after it what is attributed, not the
        // one asked.
        let question = question_verb(&text[cue.clone()]);
        // The agent ends before a preposition or a time: "by Politico on
        // Monday", "by his rivals for failing …", or a question.
        let stop = agent_stop(text, agent_start, sent.end, question);
        let (agent, agent_end) = self.mention_after(agent_start, stop)?;
        // The question, straight after the agent or past an appositive set
        // off by commas ("by ABC's host, George Stephanopoulos, about …").
        let asked = question
            .then(|| {
                self.iter_words(text, agent_end..sent.end)
                    .take(5)
                    .find(|w| QUESTION_WORDS.contains(&self.lower(&text[w.clone()]).as_ref()))
            })
            .flatten()
            .filter(|w| {
                let gap = text[agent_end..w.start].trim_matches(is_blank);
                gap.is_empty()
                    || gap.starts_with(',')
                        && gap.ends_with(',')
                        && gap.len() > 1
                        && !gap[1..gap.len() - 1].contains([',', ';', ':', '(', '“', '"'])
            })
            .map(|w| content_trim(self, w.start..sent.end))
            .filter(|c| !c.is_empty());
        if let Some(content) = asked {
            return Some(Candidate::new(
                cue.clone(),
                rule,
                Some(agent),
                vec![content],
                pos,
            ));
        }
        let (region_start, boundary) = self.clause_back(sent.start, pos);
        let region = region_start..pos;
        let subject = match self.relative_pronoun(sent.start, region.clone()) {
            Some(r) => r,
            None => match self.subject_and_via(region.clone()).0 {
                Some(m) => m.range,
                // "Janet Yellen, seated on the dais, has been repeatedly
                // criticized by", "Mr. Bush, the former governor, had been
                // rejected by": the subject stands before an aside.
                None => {
                    let c1 = boundary.filter(|&c| {
                        text[region.clone()].chars().all(is_blank)
                            && text[c..].starts_with([',', '—', '–'])
                    })?;
                    self.appositive_subject(sent.start, c1)
                        .map(|(m, _)| m)
                        .or_else(|| {
                            self.comma_chain_subject(sent.start, c1, false)
                                .map(|(_, m, _)| m)
                        })?
                        .range
                }
            },
        };
        let mut content = vec![subject.clone()];
        // "… criticized by his rivals for failing to spend time in the state".
        let next = skip_blank(text, agent_end, sent.end);
        if let Some(w) = self.iter_words(text, next..sent.end).next()
            && w.start == next
            && ["for", "of", "as", "over"].contains(&self.lower(&text[w.clone()]).as_str())
        {
            let tail = content_trim(self, self.upto_comma(next..sent.end, &[',', ';']));
            if !tail.is_empty() {
                content.push(tail);
            }
        }
        Some(Candidate::new(cue.clone(), rule, Some(agent), content, subject.start).backward())
    }

    /// "a practice criticized by Miller", "legislative changes proposed by
    /// the government", "a fact first reported by Christopher Heath": a
    /// passive participle straight after its noun, with no "be", reports
    /// that noun; the agent after "by" is the source (PolNeAR's reading).
    /// Only an agent that can speak: "stood by his remarks", "sent by mail"
    /// have none. Asked only of a cue the verb frame took: the participle
    /// reports its noun, not whatever subject the frame found.
    pub(super) fn reduced_passive(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        let end = sent.end;
        if !past_participle(&text[cue.clone()]) {
            return None;
        }
        let after = skip_blank(text, cue.end, end);
        if !text[after..end].starts_with("by ") {
            return None;
        }
        let agent_start = skip_blank(text, after + 2, end);
        if text[agent_start..end].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        // "a fact first reported by": over the adverbs before the cue.
        let mut pos = cue.start;
        for (w, lw) in words_back(text, sent.start, cue.start).take(2) {
            if !passive_adverb(&lw) {
                break;
            }
            pos = w.start;
        }
        let noun = self.last_word(text, sent.start, pos)?;
        let ln = self.lower(&text[noun.clone()]);
        let common_noun = |w: &Range<usize>, lw: &str| {
            first_lower(&text[w.clone()])
                && !BE.contains(&lw)
                && !AUXILIARIES.contains(&lw)
                && !PREPOSITIONS.contains(&lw)
                && !DETERMINERS.contains(&lw)
                && !SUBORDINATORS.contains(&lw)
                && ![
                    "and", "or", "but", "that", "who", "it", "he", "she", "they", "we", "i", "you",
                    "them", "him", "her", "us", "not", "also", "to",
                ]
                .contains(&lw)
                && !lw.ends_with("ly")
                && !lw.ends_with("ing")
                && !lw.ends_with("ed")
        };
        if !text[noun.end..pos].chars().all(is_blank) || !common_noun(&noun, &ln) {
            return None;
        }
        // The agent ends before a participle ("by the government concerning
        // naturalization"); one that runs into a verb of its own ("an article
        // cited by her campaign quoted a few experts") is left to the frame.
        let stop = agent_stop(text, agent_start, end, false);
        let stop = self
            .iter_words(text, agent_start..stop)
            .skip(1)
            .find(|w| first_lower(&text[w.clone()]) && text[w.clone()].ends_with("ing"))
            .map_or(stop, |w| w.start);
        let (agent, _) = self.mention_after(agent_start, stop)?;
        if !self.speaks(&agent)
            || self.iter_words(text, agent.range.clone()).skip(1).any(|w| {
                let t = &text[w];
                first_lower(t) && (t.ends_with("ed") || BE.contains(&t))
            })
        {
            return None;
        }
        // Back over the noun's modifiers to its determiner: "an article",
        // "legislative changes", "\"poison pill\" measures".
        let mut start = noun.start;
        for (w, lw) in words_back(text, sent.start, noun.start).take(4) {
            if DETERMINERS.contains(&lw.as_str()) || lw.ends_with("'s") {
                start = w.start;
                break;
            }
            if !(common_noun(&w, &lw) || starts_upper(&text[w.clone()])) {
                break;
            }
            start = w.start;
        }
        let np = start..noun.end;
        Some(Candidate::new(cue.clone(), rule, Some(agent), vec![np], start).backward())
    }

    /// "Asked by Matt Lauer whether …", "When asked by a reporter if …": the
    /// asker a question hedge names after "by", up to the question. PolNeAR
    /// makes the asker the source of the question, as with `passive_agent`.
    pub(super) fn hedge_asker(&self, hedge: &Range<usize>, end: usize) -> Option<Mention> {
        let text = self.text;
        if hedge.end > end {
            return None;
        }
        // "when asked by …", "when pressed by …".
        let asked = super::hedged::question_participle_end(text, hedge)?;
        let by = skip_blank(text, asked, end);
        if !text[by..end].starts_with("by ") {
            return None;
        }
        let agent_start = skip_blank(text, by + 2, end);
        let stop = agent_stop(text, agent_start, end, true);
        self.mention_after(agent_start, stop).map(|(m, _)| m)
    }

    /// Does a form of "be" stand before `pos` over one or more adverbs ("was
    /// widely", "has not been", "is also")?
    pub(super) fn be_over_adverbs(&self, floor: usize, pos: usize) -> bool {
        for (k, (_, lw)) in words_back(self.text, floor, pos).take(4).enumerate() {
            if k > 0
                && (BE.contains(&lw.as_str())
                    || matches!(lw.as_str(), "isn't" | "aren't" | "wasn't" | "weren't"))
            {
                return true;
            }
            if !passive_adverb(&lw) {
                return false;
            }
        }
        false
    }

    /// An agentless passive of a reporting verb: "it was revealed in March that
    /// …", "Sanders was declared the winner", "Trump isn’t expected to attend".
    /// The cue runs from the first auxiliary to the participle and names no
    /// source. What is attributed is the clause after "it … that", or else the
    /// passive's subject and its complement. With a "by" agent the verb frame
    /// of the same word (`passive_agent`) takes the agent as source instead.
    pub(super) fn agentless_passive(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        // "there are fears the depot will flood", "there was talk about …": an
        // existential phrase and a noun of stance or talk (cue.there-is-stance)
        // report an attitude held by no one named; what follows is its content.
        let lead = &text[cue.clone()];
        if lead.len() > 5
            && lead
                .get(..5)
                .is_some_and(|w| w.eq_ignore_ascii_case("there"))
        {
            let after = skip_blank(text, cue.end, sent.end);
            let content = content_trim(self, self.upto_clause_comma(after..sent.end));
            if !text[content.clone()].chars().any(char::is_alphanumeric) {
                return None;
            }
            return Some(
                Candidate::new(cue.clone(), rule, None, vec![content], cue.start)
                    .with_forward(true),
            );
        }
        if self.engine.cues[rule].reaction {
            return self.drawn_reaction(sent, cue, rule);
        }
        // The auxiliaries before the participle, over adverbs: "was officially
        // declared", "has not been disclosed", "had previously been assured".
        let mut start = None;
        let mut be = false;
        for (w, lw) in words_back(text, sent.start, cue.start).take(6) {
            if BE.contains(&lw.as_str())
                || matches!(
                    lw.as_str(),
                    "isn't" | "aren't" | "wasn't" | "weren't" | "getting" | "gotten"
                )
            {
                be = true;
                start = Some(w.start);
            } else if be
                && matches!(
                    lw.as_str(),
                    "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "won't"
                        | "wouldn't"
                        | "can't"
                        | "couldn't"
                        | "to"
                )
            {
                // "could be charged", "will be named", "certain to be challenged":
                // an act that may come, not one anybody has reported.
                return None;
            } else if be
                && (AUXILIARIES.contains(&lw.as_str())
                    || matches!(lw.as_str(), "hasn't" | "haven't" | "hadn't"))
            {
                start = Some(w.start);
            } else if !passive_adverb(&lw) {
                break;
            }
        }
        let start = start.filter(|_| be)?;
        // A hedge on the same words ("is expected to", "was asked about") already
        // reports them as attributed to no one.
        if within(&self.scan.hedges, &(sent.start..cue.end))
            .iter()
            .any(|(h, _)| h.end > start)
        {
            return None;
        }
        // "was announced on Monday by the ministry": an agent in the clause after.
        let agent = self
            .iter_words(text, cue.end..sent.end)
            .take(6)
            .take_while(|w| !text[cue.end..w.start].contains([',', ';']))
            .any(|w| &text[w] == "by");
        if agent {
            return None;
        }
        let after = skip_blank(text, cue.end, sent.end);
        // "was announced, Mr. Rogan said": nothing after the cue in its clause.
        let after = if text[after..].starts_with([',', ';', '—', '–']) {
            sent.end
        } else {
            after
        };
        // "it was revealed in March that …", "it is widely assumed that …": the
        // subject is empty and the clause after is what was revealed.
        let (region_start, _) = self.clause_back(sent.start, start);
        let it = self.last_word(text, region_start, start).filter(|w| {
            text[w.end..start].chars().all(is_blank) && self.lower(&text[w.clone()]) == "it"
        });
        let opener = self.iter_words(text, after..sent.end).take(6).find(|w| {
            ["that", "whether", "how", "why", "what", "who", "when", "if"]
                .contains(&self.lower(&text[w.clone()]).as_str())
        });
        let mut content = Vec::new();
        let forward = it.is_some() && opener.is_some();
        if let (true, Some(w)) = (forward, &opener) {
            if text[after..w.start].contains([',', ';']) {
                return None;
            }
            content.push(self.cut_narrator_tail(content_trim(self, w.start..sent.end)));
        } else {
            content.extend(self.passive_subject(sent.start, region_start, start));
            let tail = content_trim(self, self.upto_clause_comma(after..sent.end));
            if !tail.is_empty() && text[tail.clone()].chars().any(char::is_alphanumeric) {
                content.push(tail);
            }
        }
        content.retain(|r| !r.is_empty());
        let frame_start = content.first()?.start.min(start);
        Some(Candidate::new(start..cue.end, rule, None, content, frame_start).with_forward(forward))
    }

    /// A reaction received (a `reaction` rule, cue.drawn-reaction): "The proposal has drawn harsh
    /// criticism from fellow candidates", "Cruz faced criticism for unreported
    /// loans". Its subject is no source: the one reacting follows "from" (the
    /// cue takes the "from"), or no one is named. What drew the reaction is the
    /// subject, with the reason after "for" / "over". The cue starts at
    /// the auxiliaries and adverbs before the verb ("has drawn", "quickly drew").
    fn drawn_reaction(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        let mut start = cue.start;
        for (w, lw) in words_back(text, sent.start, cue.start).take(4) {
            if BE.contains(&lw.as_str())
                || AUXILIARIES.contains(&lw.as_str())
                || passive_adverb(&lw)
            {
                start = w.start;
            } else {
                break;
            }
        }
        let mut cue_end = cue.end;
        let mut after = skip_blank(text, cue.end, sent.end);
        let mut source = None;
        // The one reacting follows "from" after the cue, or straight after a cue
        // that ends in its own "of" ("won the endorsement of the union": a rule
        // writes the "of" into its pattern, as "of" after "criticism" names what
        // was criticised, not who criticised).
        let agent_at = if text[after..sent.end].starts_with("from ") {
            Some(after + 4)
        } else if text[cue.clone()].ends_with(" of") {
            Some(cue.end)
        } else {
            None
        };
        if let Some(at) = agent_at {
            let agent_start = skip_blank(text, at, sent.end);
            let stop = agent_stop(text, agent_start, sent.end, false);
            // After "of" the backers are often a share of voters, no name a
            // mention is found for ("the support of women and older voters",
            // "of nearly four in 10 likely voters"): the phrase up to its
            // clause's comma or dash is the group that reacted.
            let found = self.mention_after(agent_start, stop).or_else(|| {
                let group = content_trim(self, self.upto_clause_comma(agent_start..stop));
                (at == cue.end && self.iter_words(text, group.clone()).next().is_some()).then(
                    || {
                        let end = group.end;
                        let m = Mention {
                            range: group,
                            kind: SourceKind::Group,
                            outlet: None,
                            pronoun: false,
                        };
                        (m, end)
                    },
                )
            });
            if let Some((m, _)) = found {
                cue_end = at;
                after = skip_blank(text, m.range.end, sent.end);
                source = Some(m);
            }
        }
        // "faced criticism from riders that the timetable …": the noun of
        // saying with its that-clause (cue.noun) reports the claim itself.
        let next_word = self
            .iter_words(text, after..sent.end)
            .next()
            .map(|w| self.lower(&text[w]));
        if next_word.as_deref() == Some("that") {
            return None;
        }
        let (region_start, _) = self.clause_back(sent.start, start);
        let mut content: Vec<Range<usize>> = self
            .passive_subject(sent.start, region_start, start)
            .into_iter()
            .collect();
        let reason = matches!(next_word.as_deref(), Some("for" | "over"));
        if reason {
            let tail = content_trim(self, self.upto_clause_comma(after..sent.end));
            if text[tail.clone()].chars().any(char::is_alphanumeric) {
                content.push(tail);
            }
        }
        content.retain(|r| !r.is_empty() && r.end <= start || r.start >= cue_end);
        let frame_start = content.first()?.start.min(start);
        Some(Candidate::new(
            start..cue_end,
            rule,
            source,
            content,
            frame_start,
        ))
    }

    /// The subject of a passive whose auxiliaries start at `start`, its clause
    /// at `region_start`: a relative pronoun ("who was charged"), the words after
    /// a subordinator ("after Sanders was declared"), a short noun phrase ("The
    /// purchase price was not disclosed"), or the name before an appositive
    /// ("Viguerie, then 29-years-old, was named").
    pub(super) fn passive_subject(
        &self,
        floor: usize,
        region_start: usize,
        start: usize,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let region = region_start..start;
        if let Some(r) = self.relative_pronoun(floor, region.clone()) {
            return Some(r);
        }
        let ws = self.words(text, region.clone());
        if ws.is_empty() {
            let mark = text[..region_start].chars().next_back()?;
            let c1 = region_start - mark.len_utf8();
            return matches!(mark, ',' | '—' | '–')
                .then(|| self.appositive_subject(floor, c1))
                .flatten()
                .map(|(m, _)| m.range);
        }
        let last = self.lower(&text[ws[ws.len() - 1].clone()]);
        // "about being described": a gerund has no subject of its own.
        if PREPOSITIONS.contains(&last.as_str())
            || ["about", "of", "for", "without"].contains(&last.as_str())
        {
            return None;
        }
        // "what is known as", "after it was announced": a pronoun is the subject.
        if ["what", "it", "he", "she", "they", "this", "we", "i", "you"].contains(&last.as_str()) {
            return Some(ws[ws.len() - 1].clone());
        }
        let k = ws.iter().rposition(|w| {
            let lw = self.lower(&text[w.clone()]);
            SUBORDINATORS.contains(&lw.as_str()) && lw != "what"
                || matches!(lw.as_str(), "and" | "but" | "or" | "that")
        });
        let from = k.map_or(0, |k| k + 1);
        let rest = ws.get(from)?.start..region.end;
        // A short phrase is the subject as it stands; a long one holds it.
        if ws.len() - from <= 8 {
            Some(content_trim(self, rest))
        } else {
            self.subject_and_via(rest).0.map(|m| m.range)
        }
    }

    /// Where the verb of aspect before a gerund cue starts ("Kasich has taken
    /// to urging", "Mr. Trump has lately started asking", "Cruz pivoted to
    /// arguing", "Then he began dismissing"): like a progressive's "be", it
    /// leaves the gerund the subject's own verb, where no comma or preposition
    /// before it licenses a participle. Not "kept": "The aides kept telling
    /// stories" is a habit, no report (cue.participle-listener's example).
    pub(super) fn aspect_verb(&self, floor: usize, cue: &Range<usize>) -> Option<usize> {
        const ASPECT: &[&str] = &[
            "began",
            "begun",
            "begins",
            "begin",
            "started",
            "starts",
            "start",
            "continued",
            "continues",
            "continue",
            "stopped",
            "stops",
            "stop",
        ];
        const TAKE_TO: &[&str] = &[
            "took", "taken", "take", "takes", "pivoted", "pivots", "turned", "turns",
        ];
        // "Trump has avoided directly criticizing", "she has refrained from
        // endorsing": holding back from the act is still the subject's stance
        // on it, and the subject stands before the whole chain.
        const AVOID: &[&str] = &["avoided", "avoids", "avoid", "avoiding"];
        const REFRAIN_FROM: &[&str] = &["refrained", "refrains", "refrain", "refraining"];
        let text = self.text;
        let first = self.iter_words(text, cue.clone()).next()?;
        let lf = self.lower(&text[first]);
        if !lf.ends_with("ing") || lf.len() <= 5 {
            return None;
        }
        if let Some(k) = self.time_spent_before(floor, cue) {
            return Some(k);
        }
        let mut end = cue.start;
        for _ in 0..3 {
            let w = self.last_word(text, floor, end)?;
            if !text[w.end..end].chars().all(is_blank) {
                return None;
            }
            let lw = self.lower(&text[w.clone()]);
            // "a platform to continue speaking out": an infinitive's
            // subject is found as the infinitive's, not before it.
            if ASPECT.contains(&lw.as_str()) || AVOID.contains(&lw.as_str()) {
                return self
                    .last_word(text, floor, w.start)
                    .is_none_or(|t| self.lower(&text[t]) != "to")
                    .then_some(w.start);
            }
            if lw == "to" || lw == "from" {
                let v = self.last_word(text, floor, w.start)?;
                let verbs = if lw == "to" { TAKE_TO } else { REFRAIN_FROM };
                return (text[v.end..w.start].chars().all(is_blank)
                    && verbs.contains(&self.lower(&text[v.clone()]).as_str()))
                .then_some(v.start);
            }
            if !(lw == "not"
                || self.lex(LexiconClass::SkipAdverb, &text[w.clone()])
                || self.manner_adverb(floor, w.clone()))
            {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// "Clinton spent much of the run-up portraying Sanders as", "he spent more
    /// time mocking": time spent on a gerund cue is the spender's act, so the
    /// subject stands before "spent". The words between are a plain noun
    /// phrase (no punctuation, clause word or other cue). Returns where the
    /// verb of spending starts.
    fn time_spent_before(&self, floor: usize, cue: &Range<usize>) -> Option<usize> {
        const SPEND: &[&str] = &["spent", "spends", "spend", "spending"];
        let text = self.text;
        let mut end = cue.start;
        // The word after the one looked at.
        let mut after = String::new();
        for n in 0..10 {
            let w = self.last_word(text, floor, end)?;
            if !text[w.end..end].chars().all(is_blank) {
                return None;
            }
            let lw = self.lower(&text[w.clone()]);
            if SPEND.contains(&lw.as_str()) {
                // "$800,000 was spent on ads attacking": money spent is no speaker.
                let passive = self
                    .last_word(text, floor, w.start)
                    .is_some_and(|b| BE.contains(&self.lower(&text[b]).as_str()));
                return (n > 0 && !passive).then_some(w.start);
            }
            if !text[w.clone()]
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '$')
                || self.is_cue_word(w.clone())
                || matches!(
                    lw.as_str(),
                    "that" | "who" | "which" | "and" | "or" | "but" | "while" | "when"
                )
                // "the run-up to the caucuses" is a noun phrase; "to" before
                // anything else opens an infinitive of its own.
                || lw == "to" && !DETERMINERS.contains(&after.as_str())
            {
                return None;
            }
            end = w.start;
            after = lw.to_string();
        }
        None
    }

    /// Where the "be" of a progressive cue starts ("was defending", "is not
    /// saying", "were already hoping", "He’s comparing"), adverbs between.
    pub(super) fn progressive_be(&self, floor: usize, cue: &Range<usize>) -> Option<usize> {
        if !self.lower(&self.text[cue.clone()]).ends_with("ing") {
            return None;
        }
        let mut end = cue.start;
        for _ in 0..4 {
            let w = self.last_word(self.text, floor, end)?;
            if !self.text[w.end..end].chars().all(is_blank) {
                return None;
            }
            let t = &self.text[w.clone()];
            let l = self.lower(t).replace('’', "'");
            if matches!(
                l.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "been"
                    | "be"
                    | "am"
                    | "isn't"
                    | "aren't"
                    | "wasn't"
                    | "weren't"
            ) {
                return Some(w.start);
            }
            if let Some(n) = has_contraction(t)
                && matches!(&t[t.len() - n..], "’s" | "'s" | "’re" | "'re")
            {
                return Some(w.end - n);
            }
            if !(l == "not"
                || self.lex(LexiconClass::SkipAdverb, t)
                || self.manner_adverb(floor, w.clone()))
            {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// Does the region end in a conjunction joining the cue to an earlier verb
    /// of the same subject ("praised Rubio and said", "…, but later denied")?
    /// Returns where the conjunction starts.
    pub(super) fn coordinated(&self, region: Range<usize>) -> Option<usize> {
        const CATENATIVES: &[&str] = &[
            "moved",
            "moves",
            "began",
            "begins",
            "started",
            "starts",
            "continued",
            "continues",
            "proceeded",
            "tried",
            "tries",
            "sought",
            "seeks",
            "rushed",
            "hastened",
            "managed",
        ];
        // "but did not suggest", "and has also not answered", "and would not
        // identify": a finite verb keeps its auxiliary or negation after the
        // conjunction. Not a participle ("supporting but not endorsing"),
        // which is no verb of the subject's (on PolNeAR train 8 of 12 such
        // coordinated verbs with an auxiliary were annotated).
        let finite = self
            .iter_words(self.text, region.end..self.text.len())
            .next()
            .is_some_and(|w| !self.lower(&self.text[w]).ends_with("ing"));
        let mut end = region.end;
        while let Some(w) = self.last_word(self.text, region.start, end) {
            let lw = self.lower(&self.text[w.clone()]);
            if ["and", "but", "or", "then"].contains(&lw.as_str()) {
                return Some(w.start);
            }
            // "but went on to say", "and moved to emphasize": a verb that
            // takes the cue as its infinitive is the subject's, as an
            // auxiliary is (on PolNeAR train 3 of 4 such verbs matched gold;
            // with stance verbs, "wanted to see", "seemed to", 4 of 7).
            if finite
                && lw == "to"
                && let Some(p) = self.last_word(self.text, region.start, w.start)
            {
                let lp = self.lower(&self.text[p.clone()]);
                let went = (lp == "on")
                    .then(|| self.last_word(self.text, region.start, p.start))
                    .flatten()
                    .filter(|g| {
                        matches!(
                            self.lower(&self.text[g.clone()]).as_str(),
                            "went" | "goes" | "go"
                        )
                    });
                if let Some(g) = went {
                    end = g.start;
                    continue;
                }
                if CATENATIVES.contains(&lp.as_str()) {
                    end = p.start;
                    continue;
                }
            }
            // "and defiantly offered", "and later quietly denied", "and on Monday
            // announced": a manner adverb or a time between the conjunction
            // and the verb.
            let between = self.lex(LexiconClass::SkipAdverb, &lw)
                || lw.ends_with("ly") && !LY_NOUNS.contains(&lw.as_str())
                || WEEKDAYS.contains(&lw.as_str())
                || finite
                    && (AUXILIARIES.contains(&lw.as_str())
                        || matches!(lw.as_str(), "did" | "does" | "do")
                        || lw.ends_with("n’t")
                        || lw.ends_with("n't"));
            if !between {
                return None;
            }
            end = w.start;
            // "on Monday": the preposition goes with the day.
            if WEEKDAYS.contains(&lw.as_str())
                && let Some(p) = self.last_word(self.text, region.start, end)
                && self.lower(&self.text[p.clone()]) == "on"
            {
                end = p.start;
            }
        }
        None
    }

    /// "He later suggested …, called her “third-rate” and boycotted …": a
    /// past-tense verb right after a comma, in a list of verbs whose first
    /// follows the sentence's subject ("Donald Trump joked about …, declined
    /// to …"). A participle after a noun ("the resort, now called …") is no
    /// verb of the list.
    pub(super) fn listed_verb(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        comma: usize,
    ) -> bool {
        const RELATIVE_WORDS: &[&str] = &["who", "which", "that", "where", "when", "whose"];
        let text = self.text;
        let past = |w: &str| {
            let lw = self.lower(w);
            lw.ends_with("ed")
                || matches!(
                    lw.as_str(),
                    "said" | "told" | "wrote" | "made" | "took" | "gave" | "sent"
                )
        };
        if !text[comma..].starts_with(',')
            || self.seg.in_quote(comma)
            || !self
                .iter_words(text, comma + 1..cue.start)
                .all(|w| self.lex(LexiconClass::SkipAdverb, &self.lower(&text[w])))
        {
            return false;
        }
        let Some(first) = self.iter_words(text, cue.clone()).next() else {
            return false;
        };
        if !past(&text[first]) || self.agent_follows(sent, cue) {
            return false;
        }
        let Some(subject) = self.leading_subject(sent.start..comma) else {
            return false;
        };
        // One comma only: the list's first verb and its object run up to it.
        // A subject with a clause of its own ("The building where they
        // worked is long gone, knocked down") has its verb further on.
        if text[subject.range.end..comma].contains([',', ';', '—', '('])
            || self
                .iter_words(text, subject.range.clone())
                .any(|w| RELATIVE_WORDS.contains(&self.lower(&text[w]).as_str()))
        {
            return false;
        }
        self.iter_words(text, subject.range.end..comma)
            .find(|w| !self.lex(LexiconClass::SkipAdverb, &self.lower(&text[w.clone()])))
            .is_some_and(|w| past(&text[w]))
    }
}

/// Where the "by" of a passive's agent starts after the cue ending at
/// `from`: straight after it, or after up to three words of a time or of
/// adverbs ("supported Friday by", "endorsed the day before by", "viewed
/// somewhat more positively by"). None when no such "by" follows.
fn passive_by(text: &str, from: usize, end: usize) -> Option<usize> {
    for w in Words::new(text, from..end).take(4) {
        let lw = lower(&text[w.clone()]);
        if lw == "by" {
            return text[w.start..end].starts_with("by ").then_some(w.start);
        }
        let between = WEEKDAYS.contains(&lw.as_str())
            || TIME_WORDS.contains(&lw.as_str())
            || passive_adverb(&lw) && !LY_NOUNS.contains(&lw.as_str())
            || [
                "more", "less", "most", "somewhat", "the", "before", "last", "this",
            ]
            .contains(&lw.as_str());
        // Words only, no comma or other mark between them.
        if !between
            || !text[from..w.start]
                .chars()
                .all(|c| is_blank(c) || c.is_alphanumeric())
        {
            return None;
        }
    }
    None
}

/// "42 percent of the Republicans", "59.6% of voters": a share of people,
/// which may be a passive's agent, where a bare number is a means.
fn share_of_people(text: &str, start: usize, end: usize) -> bool {
    let ws: Vec<_> = Words::new(text, start..end).take(3).collect();
    let word = |i: usize| ws.get(i).map(|w| lower(&text[w.clone()]));
    let pct_sign = text[start..end]
        .split_whitespace()
        .next()
        .is_some_and(|t| t.trim_end_matches([',', '.']).ends_with('%'));
    (pct_sign && word(1).as_deref() == Some("of"))
        || word(1).as_deref() == Some("percent") && word(2).as_deref() == Some("of")
}

/// Where a "by" agent starting at `start` ends: before a preposition or a
/// time ("by Politico on Monday", "by his rivals for failing …") or, for a
/// question (`question`), before its question word.
pub(super) fn agent_stop(text: &str, start: usize, end: usize, question: bool) -> usize {
    Words::new(text, start..end)
        .skip(1)
        .find(|w| {
            let lw = lower(&text[w.clone()]);
            AGENT_STOPS.contains(&lw.as_str())
                || WEEKDAYS.contains(&lw.as_str())
                || TIME_WORDS.contains(&lw.as_str())
                || question && QUESTION_WORDS.contains(&lw.as_str())
        })
        .map_or(end, |w| w.start)
}
