//! Where content starts and stops: the narrator's tail, trailing times and
//! manner phrases, clause vs. object, comma limits, connectives and
//! introductory phrases trimmed from its start, and the final trim of blanks
//! and sentence marks. Boundaries only: which frame owns the content is decided
//! elsewhere.

use super::*;

impl<'a> Ctx<'a> {
    /// Forward content stops where the narrator takes over again: ", but still
    /// lost the election", ", though she acknowledged …" (outside quotations).
    pub(super) fn cut_narrator_tail(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        // "that it was legal, though unwise", "that the pier is finished, though
        // the paint is wet": after a "that" clause a concession goes on with
        // what was reported (PolNeAR's gold content runs on there more often
        // than it stops), unless a cue or hedge of its own makes it another
        // attribution.
        let reported = s.starts_with("that ");
        let other_report = |k: usize| {
            !within(&self.scan.cues, &(r.start + k..r.end)).is_empty()
                || !within(&self.scan.hedges, &(r.start + k..r.end)).is_empty()
        };
        // A non-restrictive relative clause, another source's cue, a comparison or
        // a summing-up noun phrase after a comma is the writer's aside: ", which he
        // believes …", ", according to a tally", ", compared with 41 percent".
        // Each opener has one comma, its first byte: the earliest opener is at
        // the first comma that one follows (one walk, not a search per opener).
        let cut = s.match_indices(',').map(|(k, _)| k).find(|&k| {
            k > 0
                && (s[k..].starts_with(", according to ")
                    // "…a favorable view of Clinton, compared with 64 percent who …":
                    // the writer's comparison.
                    || s[k..].starts_with(", compared with ")
                    || s[k..].starts_with(", compared to ")
                    // "…win a general election, a 16-point margin over Sanders", "…the
                    // Hyde Amendment, a longstanding federal provision that …": a
                    // noun phrase that sums up or glosses the content and ends the
                    // sentence is the writer's (on train 49 contents came closer to
                    // gold, 16 moved away).
                    || [", a ", ", an ", ", another ", ", the latter "]
                        .iter()
                        .any(|t| s[k..].starts_with(t))
                        && !s[k + 1..].contains([',', '“', '"'])
                    || s[k..].starts_with(", the ")
                        && !reported
                        && self.closing_the_phrase(s, k)
                    || [", though ", ", although ", ", even though "]
                        .iter()
                        .any(|t| s[k..].starts_with(t))
                        && (!reported || other_report(k))
                    // "criticized Clinton’s email use, which an FBI
                    // investigation said was careless": a relative clause
                    // closing an object (no reported clause before it) glosses
                    // the object in the writer's words. Not where the
                    // sentence goes on after it ("the pipeline, which is
                    // widely supported, wouldn't go …": the object was a
                    // subject) nor after a clause, a quotation, an infinitive
                    // or a question word.
                    || s[k..].starts_with(", which ")
                        && !s[k + 2..].contains([',', ';'])
                        && !opens_clause_or_question(s)
                        && !self.clausal(r.start..r.start + k)
                        // A cue or hedge of its own in the clause would make
                        // it an attribution of its own, mostly a wrong one.
                        && !other_report(k)
                    || s[k..].starts_with(", but ")
                        && !not_only_before(&s[..k])
                        && (self.new_subject_at(r.start + k + 6, r.end)
                            || !self.clausal(r.start..r.start + k)
                            // "…, but appeared to betray her concern": a cue or
                            // hedge of its own makes another attribution.
                            || other_report(k)))
                && !self.seg.in_quote(r.start + k)
        });
        let r = match cut {
            Some(k) => content_trim(self, r.start..r.start + k),
            None => r,
        };
        self.cut_trailing_time(self.cut_trailing_manner(self.cut_object_tail(r)))
    }

    /// "“…,” Ramos said, smiling", "“…,” she said, in an implicit caution to
    /// Sanders backers", "“…,” he demanded, as Bush continued to interject":
    /// after a quotation and its speaker tag, a participle or an adverbial
    /// phrase with no quotation mark is the writer's account of the scene,
    /// not more of what was said (on PolNeAR train 41 of the 48 tails this
    /// drops lie outside all gold content). One with a cue or hedge of its
    /// own ("likely referring to …", "while also saying that …") reports on
    /// its own, and PolNeAR marks its content.
    pub(super) fn aside_after_tag(&self, tail: Range<usize>) -> bool {
        const SCENE: &[&str] = &[
            "as", "when", "while", "without", "with", "in", "during", "amid", "after", "then",
        ];
        let s = &self.text[tail.clone()];
        if s.contains(['“', '"', '”'])
            || s.contains("''")
            || !within(&self.scan.cues, &tail).is_empty()
            || !within(&self.scan.hedges, &tail).is_empty()
        {
            return false;
        }
        self.iter_words(self.text, tail).next().is_some_and(|w| {
            let lw = self.lower(&self.text[w]);
            lw.len() > 4 && lw.ends_with("ing") || SCENE.contains(&lw.as_ref())
        })
    }

    /// "… have come from women, according to Crowdpac, the most of any
    /// candidate": after a source phrase that closes a whole clause, what
    /// follows is the writer's (the source's apposition, a relative clause,
    /// a comparison, a second clause "but …"). The content goes on past the
    /// source only where the part before it is unfinished: no verb of its
    /// own ("His criticism, according to …, was …"), ending on a function
    /// word ("after, according to him, Televisa …"), or the part after is a
    /// clause of its own ("…, according to Ross, was a decision").
    pub(super) fn rest_goes_on(&self, before: Range<usize>, rest: Range<usize>) -> bool {
        const NOT_A_CLAUSE: &[&str] = &[
            "which",
            "who",
            "whom",
            "whose",
            "but",
            "even",
            "and",
            "as",
            "while",
            "including",
        ];
        let last = self.last_word_in(self.text, before.start, before.end);
        let open_end = last.is_none_or(|w| {
            let lw = self.lower(&self.text[w]);
            SUBORDINATORS.contains(&lw.as_ref())
                || PREPOSITIONS.contains(&lw.as_ref())
                || ["and", "or", "but", "that", "to", "for", "with", "by"].contains(&lw.as_ref())
        });
        let rest_clause = self.clausal(rest.clone())
            && self
                .iter_words(self.text, rest)
                .next()
                .is_some_and(|w| !NOT_A_CLAUSE.contains(&self.lower(&self.text[w]).as_ref()));
        !self.clausal(before) || open_end || rest_clause
    }

    /// "railed against the Trans-Pacific Partnership, the 12-country trade
    /// deal …", "fears a growing terrorism threat, the White House has
    /// expanded …": a "the" phrase after the content's last comma, closing
    /// the sentence, glosses the object or opens the writer's main clause.
    /// Not a list going on ("differ on Israel, the Iranian deal and …"), nor
    /// after an introductory phrase of what was said ("by 43%-41%, the public
    /// says …", "when, or if, the Senate …"), nor "the more …, the more …".
    /// `k`: the comma's offset in `s`.
    fn closing_the_phrase(&self, s: &str, k: usize) -> bool {
        let tail = &s[k + 2..];
        let first = s
            .split_whitespace()
            .next()
            .map(|w| self.lower(w.trim_matches(|c: char| !c.is_alphanumeric())));
        !tail.contains([',', '“', '"'])
            && !tail
                .split_whitespace()
                .any(|w| w == "and" || w == "or" || w == "nor")
            && !["the more ", "the less ", "the better ", "the worse "]
                .iter()
                .any(|t| tail.starts_with(t))
            && first.is_none_or(|f| {
                !INTRO_WORDS.contains(&f.as_ref()) && !SUBORDINATORS.contains(&f.as_ref())
            })
    }

    /// "pushed back on those charges and has worked behind the scenes",
    /// "considers himself an immigrant even though he …": after an object (no
    /// reported clause before it) a second predicate or a concession goes on
    /// with the cue's subject, not with what was said. Adverbial clauses
    /// ("after …", "until …") stay: PolNeAR's gold content keeps them about as
    /// often as not.
    ///
    /// A comma and "and" before a subject of its own ("endorsed him, and the
    /// bad blood Cruz engendered …", "agreed to pay a fee, and he put $100
    /// million into the fund") open the writer's next clause, after an
    /// infinitive too (on PolNeAR train 7 claims move the right way, none
    /// the wrong way; 11 contents come closer to gold, none move away).
    pub(super) fn cut_object_tail(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        if s.starts_with(['“', '"', '‘']) || s.starts_with("''") {
            return r;
        }
        let infinitive = s.starts_with("to ");
        // "typically oppose taxing consumption on fairness grounds; lower
        // earners spend …", "railed against it; and nonprofits … filed
        // suit": after an object a semicolon ends what the cue reports (on
        // train 3 claims move the right way, none the wrong way). Not in a
        // list ("…, Representative Schultz; the end of …", "as a skeptic; as
        // a fan …; and as …") nor before a cue of its own.
        if let Some(k) = s.find("; ")
            && !s[..k].contains([',', ':', '“', '"', '”'])
            && !s[k + 1..].contains(';')
            && !self.seg.in_quote(r.start + k)
            && within(&self.scan.cues, &(r.start + k..r.end)).is_empty()
            && !self.clausal(r.start..r.start + k)
        {
            let before = content_trim(self, r.start..r.start + k);
            if !before.is_empty() {
                return before;
            }
        }
        // Only an "and" or an "even" opens the tail: content with neither
        // (in any case; no other character lower-cases to these letters) needs
        // no walk over its words.
        if !contains_ignore_ascii_case(s, "and") && !contains_ignore_ascii_case(s, "even") {
            return r;
        }
        let mut ws = self.iter_words(self.text, r.clone()).peekable();
        // "he’s a counterpuncher …", "it’s important …": a subject opens a clause.
        if let Some(first) = ws.next() {
            let lf = self.lower(&self.text[first]);
            let head = lf.split(['\'', '’']).next().unwrap_or("");
            if [
                "he", "she", "it", "they", "we", "i", "you", "there", "what", "who",
            ]
            .contains(&head)
            {
                return r;
            }
        }
        while let Some(w) = ws.next() {
            let lw = self.lower(&self.text[w.clone()]);
            let comma = self.text[..w.start].trim_end().ends_with(',');
            let opens = match lw.as_str() {
                "and" => ws.peek().is_some_and(|n| {
                    let ln = self.lower(&self.text[n.clone()]);
                    !infinitive && ["has", "have", "had", "is", "was"].contains(&ln.as_str())
                        // A cue of its own in that clause would make it an
                        // attribution of its own, mostly a wrong one (as for
                        // ", which" in cut_narrator_tail).
                        || comma
                            && within(&self.scan.cues, &(w.start..r.end)).is_empty()
                            && (starts_upper(&self.text[n.clone()])
                                || [
                                    "he", "she", "they", "it", "we", "the", "his", "her", "their",
                                    "its",
                                ]
                                .contains(&ln.as_str()))
                }),
                "even" if infinitive => false,
                "even" => ws.peek().is_some_and(|n| {
                    ["though", "as"].contains(&self.lower(&self.text[n.clone()]).as_str())
                }),
                _ => false,
            };
            if !opens {
                continue;
            }
            let before = content_trim(self, r.start..w.start);
            let before = if comma {
                before.start
                    ..self.text[..before.end]
                        .trim_end()
                        .trim_end_matches(',')
                        .len()
            } else {
                before
            };
            if self.seg.in_quote(w.start)
                || self.text[before.clone()].contains([',', ';', '“', '"', '”'])
                || self.clausal(before.clone())
                || self
                    .iter_words(self.text, before.clone())
                    .any(|b| SUBORDINATORS.contains(&self.lower(&self.text[b]).as_str()))
            {
                return r;
            }
            return content_trim(self, before);
        }
        r
    }

    /// "lined up behind Clinton, giving her a significant delegate lead",
    /// "has pledged to bolster its military, reversing its decades-long
    /// pacifism": after the object of a cue that reports a stance or an act
    /// rather than words, a participle clause closing the sentence says what
    /// the act did or how, in the writer's words (on PolNeAR train, of the
    /// claims this moves across the half-in-gold line, 13 go the right way
    /// and 4 the wrong way; 31 contents come closer to gold, 7 move away).
    /// Only after a phrase with no comma-free clause of its own: not after a
    /// reported clause ("that he would win, leaving …", "he spent the night
    /// there, standing …") or a cue of words said (`speech`), where the
    /// source goes on; not in a quotation, nor where a list may go on (a
    /// gerund object, a colon, a comma after the participle), nor after a
    /// preposition-like participle ("including", "depending on").
    pub(super) fn cut_act_tail(&self, r: Range<usize>, speech: bool) -> Range<usize> {
        const NOT_PARTICIPLES: &[&str] = &[
            "including",
            "according",
            "depending",
            "ranging",
            "regarding",
            "concerning",
            "considering",
            "following",
            "excluding",
            "nothing",
            "something",
            "everything",
            "anything",
            "morning",
            "evening",
            "during",
            "being",
            "seeing",
        ];
        let s = &self.text[r.clone()];
        if speech || !s.contains(", ") || s.contains([':', '“', '”', '"']) || s.contains("''") {
            return r;
        }
        let Some(k) = s.rfind(", ") else {
            return r;
        };
        let tail = r.start + k + 2..r.end;
        // A participle that is a cue or holds a hedge ("…, saying that …",
        // "…, likely hoping …") reports on its own.
        if s[k + 2..].contains([',', ';'])
            || self.seg.in_quote(r.start + k)
            || !within(&self.scan.cues, &tail).is_empty()
            || !within(&self.scan.hedges, &tail).is_empty()
        {
            return r;
        }
        let ing = |w: &Range<usize>| {
            let lw = self.lower(&self.text[w.clone()]);
            lw.len() > 4 && lw.ends_with("ing")
        };
        let participle = self
            .iter_words(self.text, tail.clone())
            .next()
            .is_some_and(|w| {
                first_lower(&self.text[w.clone()])
                    && ing(&w)
                    && !NOT_PARTICIPLES.contains(&self.lower(&self.text[w]).as_ref())
            });
        let before = content_trim(self, r.start..r.start + k);
        if !participle
            || before.is_empty()
            || s.starts_with(['‘', '\''])
            || self
                .iter_words(self.text, before.clone())
                .next()
                .is_some_and(|w| ing(&w))
            || self.clausal(before.clone())
        {
            return r;
        }
        before
    }

    /// "endorsed Mr. Sanders in December", "rejected Trump's offer Tuesday": a
    /// time after a short object dates the cue, not the content. In a reported
    /// clause ("that he would run in 2020") it is part of what was said.
    pub(super) fn cut_trailing_time(&self, r: Range<usize>) -> Range<usize> {
        // On the stack: called for every content.
        let mut buf: [Range<usize>; 9] = Default::default();
        let mut n = 0;
        for w in self.iter_words(self.text, r.clone()).take(9) {
            buf[n] = w;
            n += 1;
        }
        let ws = &buf[..n];
        if ws.len() < 2 || ws.len() > 8 || self.clausal(r.clone()) {
            return r;
        }
        let text = self.text;
        let is_day = |w: &Range<usize>| WEEKDAYS.contains(&self.lower(&text[w.clone()]).as_ref());
        let at = (1..ws.len()).find(|&k| {
            ws[..k].len() <= 4
                && !text[ws[k - 1].end..ws[k].start].contains([',', '“', '"', '”', '('])
                && (time_phrase_len(text, &ws[k..]) == Some(ws.len() - k)
                    || is_day(&ws[k])
                        && (k + 1 == ws.len()
                            || k + 2 == ws.len()
                                && TIME_WORDS
                                    .contains(&self.lower(&text[ws[k + 1].clone()]).as_ref())))
        });
        // "supporters on Monday evening": the preposition goes with the day.
        let at = at.map(|k| {
            if k > 1
                && ["on", "by", "since", "until"]
                    .contains(&self.lower(&text[ws[k - 1].clone()]).as_str())
            {
                k - 1
            } else {
                k
            }
        });
        match at {
            Some(k) if !self.seg.in_quote(ws[k].start) => content_trim(self, r.start..ws[k].start),
            _ => r,
        }
    }

    /// "His final assessment: “It’s not quite optimistic,” he said": the
    /// writer's lead-in before a colon is no part of the quotation the speaker
    /// tag attributes (on PolNeAR train the gold content starts at the
    /// quotation 20 times in 23).
    pub(super) fn quotation_after_lead(&self, r: Range<usize>) -> Range<usize> {
        let s = &self.text[r.clone()];
        if s.starts_with(['“', '"', '‘']) || s.starts_with("''") {
            return r;
        }
        let Some(k) = s.find(':') else {
            return r;
        };
        let at = skip_blank(self.text, r.start + k + 1, r.end);
        let opens =
            self.text[at..r.end].starts_with(['“', '"']) || self.text[at..r.end].starts_with("''");
        // A cue word in the lead-in ("Trump asserted that France had lost its
        // identity: “…”") makes it a report of its own, which the quotation
        // illustrates.
        let reports = self
            .iter_words(self.text, r.start..r.start + k)
            .any(|w| self.is_cue_word(w));
        if self.seg.in_quote(r.start + k) || !opens || at == r.start + k + 1 || reports {
            return r;
        }
        at..r.end
    }

    /// Is `r` a reported clause ("that the plan failed", "he was not certain")
    /// rather than the object of the cue ("Clinton’s remarks on Thursday")? A
    /// "but" after a clause goes on with it; after an object, with the cue's verb.
    pub(super) fn clausal(&self, r: Range<usize>) -> bool {
        const FINITE: &[&str] = &[
            "is",
            "are",
            "was",
            "were",
            "has",
            "have",
            "had",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "does",
            "did",
            "do",
            "isn’t",
            "wasn’t",
            "won’t",
            "didn’t",
            "doesn’t",
            "don’t",
            "can’t",
            "isn't",
            "wasn't",
            "won't",
            "didn't",
            "doesn't",
            "don't",
            "can't",
        ];
        let s = self.text[r.clone()].trim_start();
        if s.starts_with(['“', '"', '‘']) || s.starts_with("''") {
            return true;
        }
        let mut ws = self.iter_words(self.text, r);
        let Some(first) = ws.next() else {
            return false;
        };
        let lf = self.lower(&self.text[first]);
        lf == "that"
            || ws.any(|w| {
                let lw = self.lower(&self.text[w]);
                FINITE.contains(&lw.as_str()) || lw.ends_with("ed") && lw.len() > 4
            })
    }

    /// Does a clause with a subject of its own open at `pos` ("…, but the
    /// address is a used-car lot", "…, but if he did")? Not a second predicate
    /// of the reported clause ("…, but planned to follow it", "…, but not until
    /// …", "…, but that her activity …"), which the source still says.
    pub(super) fn new_subject_at(&self, pos: usize, end: usize) -> bool {
        let Some(w) = self.iter_words(self.text, pos..end).next() else {
            return false;
        };
        let t = &self.text[w];
        let lw = self.lower(t);
        starts_upper(t)
            || DETERMINERS.contains(&lw.as_str())
            || QUANTIFIERS.contains(&lw.as_str())
            || ["he", "she", "it", "they", "we", "i", "you", "there", "this"].contains(&lw.as_str())
            || (SUBORDINATORS.contains(&lw.as_str()) && lw != "that")
            || PREPOSITIONS.contains(&lw.as_str())
    }

    /// "… the deal was a mistake in a tweet", "… on Fox News Sunday": a closing
    /// phrase that says how or where it was said is the frame's, not the claim's.
    pub(super) fn cut_trailing_manner(&self, r: Range<usize>) -> Range<usize> {
        // Only the last eleven words can matter (eight back, three before):
        // read backwards rather than splitting the whole content.
        // Filled from the back, on the stack.
        let mut buf: [Range<usize>; 11] = Default::default();
        let mut first = 11;
        let mut end = r.end;
        while first > 0
            && let Some(w) = self.last_word_in(self.text, r.start, end)
        {
            end = w.start;
            first -= 1;
            buf[first] = w;
        }
        let ws = &buf[first..];
        let n = ws.len();
        // "defended Cruz in a recent interview with The Post": after an
        // object one word before the phrase is enough; a reported clause
        // needs three. Asked only once a preposition turns up: most
        // contents have none in their last words.
        let mut before = None;
        for back in 2..=8.min(n.saturating_sub(1)) {
            let k = n - back;
            let w = self.lower(&self.text[ws[k].clone()]);
            if !["in", "on", "during", "at", "via", "through"].contains(&w.as_str()) {
                continue;
            }
            let before = *before.get_or_insert_with(|| if self.clausal(r.clone()) { 3 } else { 1 });
            if back > n - before {
                break;
            }
            let tail = &ws[k + 1..];
            let phrase = &self.text[ws[k].start..r.end];
            if self.seg.in_quote(ws[k].start) || phrase.contains([',', '"', '“', '”']) {
                return r;
            }
            let manner = tail.iter().any(|t| {
                let lt = self.lower(&self.text[t.clone()]);
                // "at a rally in South Carolina", "on Aaron Klein
                // Investigative Radio", "on Facebook": where it was
                // said, closing the content only (not among
                // `MANNER_HEADS`, whose phrases are also skipped right
                // after a cue, where "to rally" is a verb).
                MANNER_HEADS.contains(&lt.as_str())
                    || ["rally", "radio", "facebook", "twitter", "instagram"].contains(&lt.as_str())
            });
            // "on Fox News", "on CNN's State of the Union": a broadcast named.
            let outlet = w == "on"
                && within(&self.scan.outlets, &(ws[k + 1].start..r.end))
                    .first()
                    .is_some_and(|(m, _)| m.start <= ws[(k + 2).min(n - 1)].start);
            if manner || outlet {
                return content_trim(self, r.start..ws[k].start);
            }
        }
        r
    }

    /// What a relative clause's cue reports: up to the clause's comma or dash
    /// ("Sanders, who wants to raise the minimum wage, spoke first"; "the group -
    /// which has endorsed Sanders - said"), short of a second verb of the clause
    /// ("who had opposed a similar effort and once again did not like …").
    /// `object`: the cue takes an object rather than a reported clause.
    pub(super) fn relative_content(
        &self,
        pron: Range<usize>,
        rest: Range<usize>,
        object: bool,
    ) -> Range<usize> {
        let text = self.text;
        let mut r = self.upto_clause_comma(rest);
        // A spaced hyphen ends the clause unless a second one pairs with it
        // around an aside ("that such a position - unheard of until now - would").
        let dashes: Vec<usize> = text[r.clone()]
            .match_indices(" - ")
            .map(|(k, _)| r.start + k)
            .filter(|&k| !self.seg.in_quote(k))
            .collect();
        let opened_by_dash = text[..pron.start].trim_end().ends_with(" -");
        if let Some(&k) = dashes.first()
            && (opened_by_dash || dashes.len() == 1)
        {
            r = content_trim(self, r.start..k);
        }
        let ws: Vec<Range<usize>> = self.words(text, r.clone());
        // A reported clause ("who said he left but was intimidated") keeps its
        // own coordination.
        let clausal = ws.first().is_some_and(|w| {
            matches!(
                self.lower(&text[w.clone()]).as_str(),
                "that" | "he" | "she" | "they" | "it" | "we" | "i" | "you"
            )
        }) || bare_clause(text, r.clone());
        let second_verb = (1..ws.len().saturating_sub(1)).find(|&k| {
            let conj = self.lower(&text[ws[k].clone()]);
            let next = &text[ws[k + 1].clone()];
            let ln = self.lower(next);
            (conj == "and" || conj == "but")
                && !self.seg.in_quote(ws[k].start)
                && (["who", "which", "whom"].contains(&ln.as_str())
                    || object
                        && !clausal
                        && ([
                            "is", "was", "are", "were", "has", "had", "have", "did", "does",
                            "will", "would", "could", "can", "once", "then", "later", "now",
                        ]
                        .contains(&ln.as_str())
                            || first_lower(next) && ln.ends_with("ed") && ln.len() > 4
                            || within(&self.scan.cues, &ws[k + 1])
                                .first()
                                .is_some_and(|(m, _)| m.start == ws[k + 1].start)))
        });
        if let Some(k) = second_verb {
            r = content_trim(self, r.start..ws[k].start);
        }
        r
    }

    /// `r` up to its first comma, dash or semicolon outside a quotation.
    pub(super) fn upto_clause_comma(&self, r: Range<usize>) -> Range<usize> {
        self.upto_comma(r, &[',', ';', '—', '–'])
    }

    /// Up to the first of `marks` outside a quotation; a comma inside a
    /// number ("2,400") is none.
    pub(super) fn upto_comma(&self, r: Range<usize>, marks: &[char]) -> Range<usize> {
        let s = &self.text[r.clone()];
        let b = s.as_bytes();
        let cut = s
            .match_indices(marks)
            .map(|(k, _)| k)
            .filter(|&k| {
                !(b[k] == b','
                    && k > 0
                    && b[k - 1].is_ascii_digit()
                    && b.get(k + 1).is_some_and(u8::is_ascii_digit))
            })
            .find(|k| *k > 0 && !self.seg.in_quote(r.start + k));
        match cut {
            Some(k) => content_trim(self, r.start..r.start + k),
            None => r,
        }
    }

    /// "…, which Senator Cruz proposed under a flat rate", "the sort of
    /// victory that she fears", "on which they see eye to eye": an object
    /// relative pronoun right before the cue's subject, with nothing after
    /// the cue but the end of the clause, a time or place, or another
    /// conjunct, is all the cue reports. PolNeAR marks the pronoun (with its
    /// preposition) as the content, not the sentence before it nor the
    /// adjunct after the cue. `None` where the cue has an object or clause
    /// of its own ("which he said was unfair", "which she called “a
    /// disgrace”"): `relative_object` joins the pronoun to that.
    pub(super) fn relative_pronoun_alone(
        &self,
        sent: &Range<usize>,
        c: &Candidate,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let src = c.source_mention()?;
        // A quotation the cue attributes stays its content: "''…,'' Ms.
        // Sherry said of the candidate whom she supported".
        let quoted = |r: &Range<usize>| {
            let t = text[r.clone()].trim_start();
            t.starts_with(['“', '"', '‘']) || t.starts_with("''")
        };
        if src.start > c.cue.start || c.content.is_empty() || c.content.iter().any(quoted) {
            return None;
        }
        let rel = self.last_word(text, sent.start, src.start)?;
        if !text[rel.end..src.start].chars().all(is_blank) {
            return None;
        }
        let lr = self.lower(&text[rel.clone()]);
        let prev = self
            .last_word(text, sent.start, rel.start)
            .filter(|w| text[w.end..rel.start].chars().all(is_blank));
        let pronoun = OBJECT_RELATIVES.contains(&lr.as_str())
            // "the victory that she fears": "that" after a noun, not after
            // a verb of saying ("reported that she fears").
            || lr == "that"
                && prev.as_ref().is_some_and(|w| {
                    // "a claim that …", "a charge that …": a cue word after
                    // a determiner is a noun.
                    let noun = self.last_word(text, sent.start, w.start).is_some_and(|d| {
                        text[d.end..w.start].chars().all(is_blank)
                            && DETERMINERS.contains(&self.lower(&text[d]).as_str())
                    });
                    (noun || !self.is_cue_word(w.clone()))
                        && !["so", "such", "now", "and", "but", "is", "was", "said", "says"]
                            .contains(&self.lower(&text[w.clone()]).as_str())
                });
        // "a fact he frequently mentions", "a deal she once supported": a
        // noun phrase right before a pronoun subject, with no relative
        // pronoun, is the cue's object all the same; it is the content.
        let head = if pronoun {
            None
        } else {
            Some(self.reduced_relative_head(sent, c, &rel, &src)?)
        };
        // The clause ends after the cue, or only an adjunct or another
        // conjunct follows it.
        let after = skip_blank(text, c.cue.end, sent.end);
        let rest = &text[after..sent.end];
        let ends = !rest.starts_with(|ch: char| ch.is_alphanumeric())
            && !rest.starts_with(['“', '"', '‘', '\''])
            || self
                .iter_words(text, after..sent.end)
                .next()
                .is_some_and(|w| {
                    w.start == after
                        && [
                            "when", "under", "during", "last", "in", "on", "at", "after", "before",
                            "since", "until", "and", "while", "earlier", "later", "this",
                        ]
                        .contains(&self.lower(&text[w]).as_str())
                });
        if !ends {
            return None;
        }
        if let Some(head) = head {
            return Some(head);
        }
        let start = prev
            .filter(|w| {
                let lw = self.lower(&text[w.clone()]);
                PREPOSITIONS.contains(&lw.as_str()) || lw == "of"
            })
            .map_or(rel.start, |w| w.start);
        Some(start..rel.end)
    }

    /// Does a piece of `c`'s content hold its source's mention ("Bill
    /// Clinton came to Mason City and recounted …" as what Bill Clinton
    /// ripped)? A frame read that way has its content wrong.
    pub(super) fn content_holds_source(&self, c: &Candidate) -> bool {
        c.source_mention().is_some_and(|s| {
            c.content
                .iter()
                .any(|r| r.start <= s.start && s.end <= r.end)
        })
    }

    /// The noun phrase ending with `noun` right before a pronoun subject
    /// `src` ("a fact he", "the president she"): from its determiner, at
    /// most three words back with no mark between, or the one word
    /// "something"/"everything".
    fn reduced_relative_head(
        &self,
        sent: &Range<usize>,
        c: &Candidate,
        noun: &Range<usize>,
        src: &Range<usize>,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let personal = c.source.as_ref().is_some_and(|m| m.pronoun)
            && ["he", "she", "they", "we", "i"].contains(&self.lower(&text[src.clone()]).as_str());
        let ln = self.lower(&text[noun.clone()]);
        if !personal
            || !text[noun.clone()]
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch == '-')
            || ln.len() < 3
            || ln.ends_with("ly")
            || self.is_cue_word(noun.clone())
            || DETERMINERS.contains(&ln.as_str())
            || PREPOSITIONS.contains(&ln.as_str())
            || SUBORDINATORS.contains(&ln.as_str())
            || [
                "and", "but", "or", "nor", "yet", "so", "than", "then", "now", "what", "how",
                "why", "where", "when", "is", "was", "are", "were", "be", "been", "has", "have",
                "had", "did", "does", "not", "said", "says", "think", "thinks", "believe", "know",
                "knows", "time", "day", "year", "week", "way", "reason",
            ]
            .contains(&ln.as_str())
        {
            return None;
        }
        if ["something", "everything", "anything", "nothing"].contains(&ln.as_str()) {
            return Some(noun.clone());
        }
        let mut at = noun.clone();
        for _ in 0..3 {
            let w = self
                .last_word(text, sent.start, at.start)
                .filter(|w| text[w.end..at.start].chars().all(is_blank))?;
            let lw = self.lower(&text[w.clone()]);
            if DETERMINERS.contains(&lw.as_str()) || QUANTIFIERS.contains(&lw.as_str()) {
                return Some(w.start..noun.end);
            }
            at = w;
        }
        None
    }
}

/// Does `r` (the start of a sentence, up to a comma) only introduce what follows:
/// a prepositional or participial phrase, a subordinate clause, an adverb?
pub(super) fn intro_adjunct(ctx: &Ctx, r: Range<usize>) -> bool {
    let text = ctx.text;
    let t = &text[r.clone()];
    // "<tweet tweet-author="@edhenry" …>Sanders aide Jeff Weaver told me …":
    // a markup tag opening an embedded post is no part of what was said.
    let tag = t.trim();
    if tag.starts_with('<')
        && !tag[1..].contains('<')
        && tag.find('>').is_none_or(|k| tag[k + 1..].trim().is_empty())
    {
        return true;
    }
    // A quotation is content, but a short quoted title is not: "On this weekend’s
    // broadcast of “Fox News Sunday,”".
    // Worked out only for text with a quotation mark in it.
    let quoted_title = || {
        !t.trim_start().starts_with(['“', '"', '\''])
            && t.split(['“', '”', '"'])
                .skip(1)
                .step_by(2)
                .all(|q| q.split_whitespace().count() <= 5)
    };
    if t.contains(';') || (t.contains(['“', '"', '”']) || t.contains("''")) && !quoted_title() {
        return false;
    }
    // "Meanwhile, on the home front today," / "In his first reaction, during an
    // interview,": a run of introductory phrases, each opening with an intro word.
    if text[r.clone()].contains(',') {
        let mut at = r.start;
        return text[r.clone()].split(',').all(|chunk| {
            let piece = at..at + chunk.len();
            at += chunk.len() + 1;
            !chunk.trim().is_empty() && intro_chunk(ctx, piece)
        });
    }
    intro_chunk(ctx, r)
}

/// One comma-free piece of an introductory phrase.
/// A claim does not open with the narrator's link to the sentence before:
/// "But plenty of voters …", "And now there is …". Quotations keep their words.
pub(super) fn content_open_trim(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let text = ctx.text;
    let mut start = r.start;
    while let Some(w) = ctx.iter_words(text, start..r.end).next() {
        if ctx.seg.in_quote(w.start) || !text[start..w.start].chars().all(is_blank) {
            break;
        }
        let lw = ctx.lower(&text[w.clone()]);
        let next = skip_blank(text, w.end, r.end);
        let next = if text[next..r.end].starts_with(',') {
            skip_blank(text, next + 1, r.end)
        } else {
            next
        };
        if ["but", "and", "yet", "so"].contains(&lw.as_str())
            && ctx.iter_words(text, next..r.end).take(3).count() >= 3
        {
            start = next;
            continue;
        }
        break;
    }
    // "told them, “I am a proud Muslim …”", "said to his supporters, “our nation
    // is in trouble”", "said pointedly, with a smile: “Can happen …”": who was
    // addressed, or how, is no part of the quotation after it.
    if let Some(k) = text[start..r.end].find([',', ':'])
        && !text[start..start + k].contains(['“', '”', '"'])
        && let after = skip_blank(text, start + k + 1, r.end)
        && text[after..r.end].starts_with(['“', '"'])
    {
        let lead: Vec<Range<usize>> = ctx.iter_words(text, start..start + k).take(9).collect();
        let addressed = |w: &Range<usize>| {
            let lw = ctx.lower(&text[w.clone()]);
            RECIPIENT_WORDS.contains(&lw.as_str())
                || ["crowd", "audience", "followers", "fans", "supporters"].contains(&lw.as_str())
        };
        let how = lead.first().is_some_and(|w| {
            let lw = ctx.lower(&text[w.clone()]);
            PREPOSITIONS.contains(&lw.as_str()) || lw.ends_with("ly") && lw.len() > 4
        });
        if (1..=8).contains(&lead.len()) && (lead.iter().take(2).any(addressed) || how) {
            start = after;
        }
    }
    start..r.end
}

/// Content that stands before its cue does not open with the writer's link to
/// the sentence before: "In fact, campaign records show …, according to",
/// "Still, ridership has fallen, the board says". Strips leading comma-ended
/// connectives as long as a clause of three words or more remains.
pub(super) fn opener_trim(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let text = ctx.text;
    let mut start = r.start;
    while let Some(k) = text[start..r.end].find(',') {
        let comma = start + k;
        if ctx.seg.in_quote(start) || ctx.seg.in_quote(comma) || !connective(ctx, start..comma) {
            break;
        }
        let next = skip_blank(text, comma + 1, r.end);
        if ctx.iter_words(text, next..r.end).take(3).count() < 3 {
            break;
        }
        start = next;
    }
    start..r.end
}

/// A discourse connective that links the sentence to the one before ("In
/// fact", "However", "Even so", "At the same time"): PolNeAR leaves it out of
/// the content, where it keeps a time or place ("In 2014, …") or a
/// subordinate clause ("If …, …").
pub(super) fn connective(ctx: &Ctx, r: Range<usize>) -> bool {
    const ONE: &[&str] = &[
        "however",
        "nevertheless",
        "nonetheless",
        "still",
        "meanwhile",
        "instead",
        "moreover",
        "indeed",
        "furthermore",
        "additionally",
        "besides",
        "similarly",
        "likewise",
        "ultimately",
        "overall",
        "regardless",
        "otherwise",
        "thus",
        "therefore",
        "but",
        "and",
        "yet",
        "so",
        "also",
    ];
    const TWO: &[&str] = &[
        "in fact",
        "in contrast",
        "in addition",
        "in particular",
        "in short",
        "in turn",
        "of course",
        "even so",
        "by contrast",
        "after all",
        "for example",
        "for instance",
        "as such",
        "in general",
        "to be sure",
        "at least",
    ];
    let ws: Vec<String> = ctx
        .iter_words(ctx.text, r.clone())
        .take(6)
        .map(|w| ctx.lower(&ctx.text[w]).to_string())
        .collect();
    let ws: Vec<&str> = ws
        .iter()
        .map(String::as_str)
        .skip_while(|w| ["but", "and", "yet"].contains(w))
        .collect();
    match ws.as_slice() {
        [] => true,
        [w] => ONE.contains(w),
        [a, b] => TWO.contains(&format!("{a} {b}").as_str()),
        ["at", "the", "same", "time"] | ["on", "the", "other", "hand"] | ["as", "a", "result"] => {
            true
        }
        _ => false,
    }
}

pub(super) fn intro_chunk(ctx: &Ctx, r: Range<usize>) -> bool {
    let text = ctx.text;
    // Words are read only as far as the test needs (the leading conjunctions,
    // the word after them, whether there is a third), not collected: of the
    // first sixteen, `cur` is word k and `next` word k + 1.
    let mut ws = ctx.iter_words(text, r.clone()).take(16);
    let Some(first) = ws.next() else {
        return true;
    };
    let mut k = 0;
    let mut cur = first.clone();
    let mut next = ws.next();
    // "But despite …", "And in a statement …".
    while let Some(n) = next.clone()
        && ctx.lex(LexiconClass::ClauseConjunction, &text[cur.clone()])
    {
        k += 1;
        cur = n;
        next = ws.next();
    }
    // At most two words: none after word k, or word k is the first and word
    // 1 the last.
    let at_most_two = next.is_none() && k <= 1 || k == 0 && ws.next().is_none();
    let w = ctx.lower(&text[cur.clone()]);
    at_most_two
        || INTRO_WORDS.contains(&w.as_str())
        || SUBORDINATORS.contains(&w.as_str())
        || (w.ends_with("ing") || w.ends_with("ed")) && k == 0 && first.start == cur.start
}

/// Is the aside between a subject and its cue ("…, for his part,", "…, clearly
/// frustrated,", "…, however,") an adverbial rather than an appositive?
pub(super) fn adverbial_aside(text: &str, r: Range<usize>) -> bool {
    let Some(w) = Words::new(text, r).next() else {
        return false;
    };
    let w = lower(&text[w]);
    w.ends_with("ly")
        || [
            "for",
            "in",
            "on",
            "at",
            "by",
            "however",
            "though",
            "too",
            "meanwhile",
            "instead",
            "also",
            "then",
            "surprisingly",
            "like",
            "unlike",
            "after",
            "before",
            "during",
            "despite",
            "speaking",
            "asked",
            "meanwhile",
            "perhaps",
            "of",
        ]
        .contains(&w.as_str())
}

/// "Mr. Manafort, citing …, said", "Sen. Grassley, facing a challenge,
/// said": an aside opening on a participle tells the moment, not who the
/// speaker is (on PolNeAR train gold leaves 15 of 16 out of the source). A
/// title's participle ("the managing director") and a group's members
/// ("officials, including …") stay.
pub(super) fn participle_aside(text: &str, r: Range<usize>) -> bool {
    let Some(w) = Words::new(text, r).next() else {
        return false;
    };
    let first = &text[w];
    let lw = lower(first);
    lw.len() > 5
        && lw.ends_with("ing")
        && first.starts_with(|c: char| c.is_lowercase())
        && !TITLE_PARTICIPLES.contains(&lw.as_str())
        && ![
            "including",
            "consulting",
            "contributing",
            "sitting",
            "reigning",
            "remaining",
            "governing",
            "polling",
            "voting",
            "working",
        ]
        .contains(&lw.as_str())
}

/// Words that open an introductory phrase rather than a clause.
pub(super) const INTRO_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "despite",
    "with",
    "without",
    "for",
    "from",
    "by",
    "under",
    "over",
    "amid",
    "among",
    "following",
    "throughout",
    "within",
    "outside",
    "inside",
    "unlike",
    "like",
    "beyond",
    "meanwhile",
    "however",
    "still",
    "later",
    "earlier",
    "now",
    "today",
    "yesterday",
    "last",
    "this",
    "separately",
    "instead",
    "shortly",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "even",
    "moreover",
    "indeed",
    "also",
    "then",
    "asked",
    "speaking",
    "writing",
    "appearing",
    "addressing",
    "responding",
];

/// Trim blanks, and a sentence-final period or colon that is not inside a quotation.
pub(super) fn content_trim(ctx: &Ctx, r: Range<usize>) -> Range<usize> {
    let mut r = trim(ctx.text, r);
    loop {
        let s = &ctx.text[r.clone()];
        match s.chars().last() {
            Some(c @ ('.' | ':' | ';' | ',' | '!' | '?')) if !ctx.seg.in_quote(r.end - 1) => {
                if (c == '!' || c == '?') && !s.trim_end_matches(['!', '?']).is_empty() {
                    // A question or exclamation is part of what is claimed.
                    break;
                }
                r.end -= c.len_utf8();
                r = trim(ctx.text, r);
            }
            // "… his ''negatives,'' he called them -": a dash that opened an aside
            // or a new clause after the content, not a hyphen inside a word.
            Some('-' | '—' | '–') if !ctx.seg.in_quote(r.end - 1) => {
                let body = s.trim_end_matches(['-', '—', '–']);
                if !body.ends_with(is_blank) {
                    break;
                }
                r.end = r.start + body.len();
                r = trim(ctx.text, r);
            }
            _ => break,
        }
    }
    r
}

/// Does content open with a quotation, an infinitive or a question word
/// ("to raise taxes", "whether the plan works"), rather than with an object?
fn opens_clause_or_question(s: &str) -> bool {
    let first = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    s.starts_with(['“', '"', '‘', '(']) || s.starts_with("''") || {
        let lw = first.to_ascii_lowercase();
        [
            "that", "to", "what", "how", "whether", "why", "who", "where", "when", "if",
        ]
        .contains(&lw.as_str())
    }
}

/// Does `s` end in the first half of "not just X, but Y" / "not only X, but
/// (also) Y" ("that the vote was not just a setback, but a rout")? The "but"
/// then completes the contrast the source drew, not the writer's turn: the
/// content goes on through it.
fn not_only_before(s: &str) -> bool {
    let lower = s.to_lowercase();
    ["not just ", "not only ", "not merely ", "not simply "]
        .iter()
        .filter_map(|p| lower.rfind(p).map(|i| i + p.len()))
        .max()
        .is_some_and(|i| !lower[i..].contains([',', ';', '.']))
}
