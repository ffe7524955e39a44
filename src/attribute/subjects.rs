//! The subject of a cue, looked for before it: the clause region back to a
//! boundary, leading subjects, appositives and title + name chains, relative
//! and subordinate clauses, "In a poll released Monday," openers, participles
//! hanging on a noun, and the split of a subject region into source and
//! intermediaries (`subject_and_via`).

use super::*;

/// A mention that names its source: a person, an outlet, an organisation or
/// a pronoun.
pub(super) fn names_source(m: &Mention) -> bool {
    matches!(
        m.kind,
        SourceKind::Person | SourceKind::Outlet | SourceKind::Organization
    ) || m.pronoun
}

/// Who speaks through a participle after a noun: the noun phrase itself, or
/// the subject of the clause that put it out.
pub(super) enum NounSubject {
    Own(Mention),
    Shared,
}

/// The word a relative pronoun refers to, as far as attribution cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RelAntecedent {
    /// A capitalised word: "Chris Christie, who endorsed".
    Name,
    /// "those who", "anyone who".
    Those,
    /// "the 1 percent who preferred".
    Quantity,
    /// The head of a source phrase: "voters who", "the union, which", "results that".
    Source(SourceKind),
    /// Another plural noun: "generals who".
    Plural,
    Other,
}

/// The subject before a pair of dashes or brackets just before the cue
/// (`Ctx::dash_aside_subject`).
pub(super) struct DashAside {
    pub(super) subject: Mention,
    /// The source's extent through the aside, when the aside belongs to it.
    pub(super) extent: Option<Range<usize>>,
    /// Where the content before the subject ends.
    pub(super) boundary: Option<usize>,
    /// The clause of the subject, up to where the aside opens.
    pub(super) clause: Range<usize>,
}

impl<'a> Ctx<'a> {
    /// Scan back from `pos` to the nearest clause boundary inside `floor..pos`.
    /// Returns (region start, content end before the boundary, if any).
    pub(super) fn clause_back(&self, floor: usize, pos: usize) -> (usize, Option<usize>) {
        let s = &self.text[floor..pos];
        // A short parenthetical belongs to the phrase before it: "Sen. Ann Lee (D-Ore.) said",
        // "the Committee to Protect Journalists (CPJ) said".
        let mut skip_to: Option<usize> = None;
        for (i, c) in s.char_indices().rev() {
            let p = floor + i;
            if skip_to.is_some_and(|k| p >= k) {
                continue;
            }
            skip_to = None;
            let after = p + c.len_utf8();
            if c == ')'
                && !self.seg.in_quote(p)
                && let Some(open) = s[..i].rfind('(')
            {
                let inner = &s[open + 1..i];
                if inner.len() <= 40 && !inner.contains([',', ';', '“', '"']) {
                    skip_to = Some(floor + open);
                    continue;
                }
            }
            // "10,000 supporters": a comma between digits is part of the number.
            let in_number = c == ','
                && s[..i].ends_with(|d: char| d.is_ascii_digit())
                && s[i + 1..].starts_with(|d: char| d.is_ascii_digit());
            // "…Over Zika Virus ⏎ Chris Christie said": a line break inside a
            // sentence (a live blog's heading run into its entry) ends the clause.
            // "Deborah Reynolds - Santilli's girlfriend - told": a hyphen set
            // off by spaces is a dash, as some copy writes one.
            let spaced_hyphen = c == '-' && s[..i].ends_with(' ') && s[i + 1..].starts_with(' ');
            if (matches!(c, ',' | ';' | ':' | '—' | '–' | '―' | '(' | ')' | '\n') || spaced_hyphen)
                && !in_number
                && !self.seg.in_quote(p)
            {
                return (after, Some(p));
            }
            // "“We will win,“ said Lee": copy may close with an opening mark.
            if matches!(c, '”' | '"' | '\'' | '“') && self.closes_quote_at(after) {
                return (after, Some(after));
            }
        }
        (floor, None)
    }

    /// The subject of the clause a participle after "by" or "in" belongs to:
    /// "the governor tripped up Rubio by calling", "as he did two years ago by
    /// announcing", "Paul Ryan, who surprised Trump by declaring", "but Ryan
    /// has been vocal in rejecting". The means is the doing of that clause's
    /// subject, not of a speaker in another clause of the sentence.
    pub(super) fn means_participle_subject(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let lead = self.adverbs_before(sent.start, cue.start);
        let prep = self.last_word(self.text, sent.start, lead)?;
        if !self.text[prep.end..lead].chars().all(is_blank)
            || !["by", "in"].contains(&self.lower(&self.text[prep.clone()]).as_str())
        {
            return None;
        }
        self.means_subject(sent.start, prep.start)
    }

    /// The subject of the clause that ends where "by" or "in" starts at `prep`.
    fn means_subject(&self, floor: usize, prep: usize) -> Option<Mention> {
        let text = self.text;
        let (start, boundary) = self.clause_back(floor, prep);
        let ws = self.words(text, start..prep);
        // A relative pronoun opening the clause ("…, who last week injected
        // … by questioning", "the candidate who launched his campaign by
        // declaring"), with no other subject after it.
        if let Some(k) = ws
            .iter()
            .rposition(|w| self.lower(&text[w.clone()]) == "who")
            && !self.seg.in_quote(ws[k].start)
            && ws[k + 1..].iter().all(|w| {
                !["he", "she", "they", "we", "i", "who"]
                    .contains(&self.lower(&text[w.clone()]).as_str())
            })
        {
            return Some(self.relative_pronoun_mention(floor, ws[k].clone()));
        }
        // "as he did", "while she …": a subordinator before the subject.
        let first = ws.first()?;
        let from = if ["as", "while", "when", "where", "after", "because", "since"]
            .contains(&self.lower(&text[first.clone()]).as_str())
        {
            // "When he returned he began by saying": with no comma the
            // subordinate clause's subject may not be the main clause's.
            boundary?;
            ws.get(1)?.start
        } else {
            start
        };
        let m = self.leading_subject(from..prep)?;
        let opens = self.words(text, from..m.range.start).iter().all(|w| {
            ["and", "but", "then", "so", "yet"].contains(&self.lower(&text[w.clone()]).as_str())
        });
        // The subject's verb follows it at once: "Ryan has been", "Obama won".
        let verb_next = self
            .iter_words(text, m.range.end..prep)
            .next()
            .is_some_and(|v| {
                text[m.range.end..v.start].chars().all(is_blank) && first_lower(&text[v.clone()])
            });
        (opens && verb_next && self.speaks(&m) && !text[m.range.clone()].contains(',')).then_some(m)
    }

    /// The subject at the start of a clause, for a participle whose clause has no other cue:
    /// "Kushner followed up by saying", "The city auditor corrected the figure, saying".
    pub(super) fn leading_subject(&self, r: Range<usize>) -> Option<Mention> {
        let text = self.text;
        let mut ws = self.words(text, r.clone());
        // "And he seemed to …, promising", "Then he cut into Bush, calling": a
        // conjunction or a sentence adverb opens no subject; a pronoun after it is one.
        let skip = ws
            .iter()
            .take_while(|w| {
                ["and", "but", "then", "so", "yet", "instead", "now", "still"]
                    .contains(&self.lower(&text[(*w).clone()]).as_str())
            })
            .count();
        if let Some(w) = ws.get(skip)
            && ["he", "she", "they", "we", "i"].contains(&self.lower(&text[w.clone()]).as_str())
        {
            return self.mention_in(w.clone(), false);
        }
        if skip > 0 {
            ws.drain(..skip);
        }
        // "On Sunday morning Mr. Trump made …, writing", "By Sunday afternoon
        // she had canceled …, citing": a time phrase with no comma after it
        // stands before the subject.
        // Only a plain date ("During Mr. Clinton's 1992 campaign", "On a day
        // when" are phrases of their own), and a name or pronoun after it.
        let time_word = |w: &Range<usize>| {
            let t = self.lower(&text[w.clone()]);
            TIME_WORDS.contains(&t.as_str())
                || WEEKDAYS.contains(&t.as_str())
                || crate::document::MONTHS.contains(&t.as_str())
                || t.starts_with(|c: char| c.is_ascii_digit())
                || ["the", "this", "last", "next", "early", "late"].contains(&t.as_str())
        };
        if let Some(mut k) = leading_time_phrase(text, &ws)
            && ws[1..k].iter().all(time_word)
        {
            while ws.get(k).is_some_and(|w| {
                TIME_WORDS.contains(&self.lower(&text[w.clone()]).as_str())
                    && text[ws[k - 1].end..w.start].chars().all(is_blank)
            }) {
                k += 1;
            }
            if k < ws.len()
                && text[ws[k - 1].end..ws[k].start].chars().all(is_blank)
                && !first_lower(&text[ws[k].clone()])
                || ws.get(k).is_some_and(|w| {
                    ["he", "she", "they", "we"].contains(&text[w.clone()].to_string().as_str())
                })
            {
                if ["he", "she", "they", "we", "i"]
                    .contains(&self.lower(&text[ws[k].clone()]).as_str())
                {
                    return self.mention_in(ws[k].clone(), false);
                }
                ws.drain(..k);
            }
        }
        // "In a statement released Thursday, Rep. Ana Ruiz reacted …": the
        // subject follows a phrase opening the sentence ("In a statement" is
        // no document speaking).
        if let Some(k) = leading_adjunct(text, &ws) {
            ws.drain(..k);
        }
        let first = ws.first()?;
        if let Some((m, _)) = within(&self.scan.outlets, &r)
            .first()
            .filter(|(m, _)| m.start == first.start)
        {
            return self.mention_in(m.clone(), false);
        }
        let is_verbish = |w: &str| {
            let lw = self.lower(w);
            lw.ends_with("ed")
                || BE.contains(&lw.as_str())
                || AUXILIARIES.contains(&lw.as_str())
                || [
                    "said", "says", "told", "made", "went", "took", "gave", "did", "does",
                    // "The billionaire businessman began by talking": an irregular past.
                    "began", "struck", "came", "held", "led", "met", "sent", "spent", "stood",
                    "spoke", "wrote", "brought", "kept", "left", "won", "lost", "drew", "found",
                    "put", "set", "ran", "sat", "saw", "became", "sought", "threw", "broke",
                ]
                .contains(&lw.as_str())
        };
        // A head word among the first words: "Hamas sources", "A source familiar with";
        // not past a verb ("Democrats controlled the Senate and had confirmed").
        let head = ws.iter().take(4).map(|w| w.end).collect::<Vec<_>>();
        if let Some((m, _)) = within(
            &self.scan.sources,
            &(first.start..head.last().copied().unwrap_or(first.end)),
        )
        .last()
            && !ws
                .iter()
                .skip(1)
                .take_while(|w| w.end <= m.start)
                .any(|w| first_lower(&text[w.clone()]) && is_verbish(&text[w.clone()]))
            // "Retired Army Col. Lawrence Wilkerson started": an institution
            // followed by a title and a name is part of that person's name.
            && !ws.iter().find(|w| w.start >= m.end).is_some_and(|w| {
                text[m.end..w.start].chars().all(is_blank)
                    && self.lex(LexiconClass::TitleWord, &text[w.clone()])
                    && starts_upper(&text[w.clone()])
            })
        {
            return self.mention_in(first.start..m.end, false);
        }
        // "Speaking at a rally, …", "Having lost Iowa, …": a participle opens no subject.
        let fw = self.lower(&text[first.clone()]);
        // A name ending in -ing ("Manning", "Browning") is followed by its verb.
        let named_ing = starts_upper(&text[first.clone()])
            && !["having", "being"].contains(&fw.as_str())
            && ws.get(1).is_some_and(|w| {
                text[first.end..w.start].chars().all(is_blank) && is_verbish(&text[w.clone()])
            });
        if fw.ends_with("ing") && fw.len() > 5 && ws.len() > 1 && !named_ing {
            return None;
        }
        let mut k = 0;
        // "One operative inside the campaign tried": a numeral opens a noun
        // phrase as a determiner does ("Some seek", "Many try": a plural
        // quantifier's verb is no past tense to stop at, and it stays alone).
        let quantifier = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "another",
        ]
        .contains(&fw.as_str());
        if DETERMINERS.contains(&fw.as_str()) || quantifier {
            k = 1;
            // A lower-case word before a determiner that is no preposition is a
            // verb taking its object: "The actor held an audition and asked".
            let takes_object = |k: usize| {
                let t = &text[ws[k].clone()];
                first_lower(t)
                    && !PREPOSITIONS.contains(&self.lower(t).as_str())
                    && !["for", "with", "to", "by", "like", "as", "and", "or"]
                        .contains(&self.lower(t).as_str())
                    && ws.get(k + 1).is_some_and(|n| {
                        text[ws[k].end..n.start].chars().all(is_blank)
                            && DETERMINERS.contains(&self.lower(&text[n.clone()]).as_str())
                    })
            };
            // "the GOP nominee feuds with his party": a present tense after a
            // singular noun, before a preposition, is the verb.
            let present = |k: usize| {
                let t = &text[ws[k].clone()];
                let before = &text[ws[k - 1].clone()];
                k >= 2
                    && first_lower(t)
                    && t.ends_with('s')
                    && !t.ends_with("ss")
                    && !t.ends_with("us")
                    && !t.ends_with("is")
                    && first_lower(before)
                    && !before.ends_with('s')
                    && !DETERMINERS.contains(&self.lower(before).as_str())
                    && ws.get(k + 1).is_some_and(|n| {
                        text[ws[k].end..n.start].chars().all(is_blank)
                            && ["with", "to", "for", "about", "against", "over", "at", "on"]
                                .contains(&self.lower(&text[n.clone()]).as_str())
                    })
            };
            // "The United States stepped up": a capitalised word is part of a
            // name, not the verb. "The retired neurosurgeon has": a participle
            // right after the determiner, before a noun, is an adjective.
            let adjective = |k: usize| {
                k == 1
                    && ws.get(2).is_some_and(|n| {
                        let t = &text[n.clone()];
                        text[ws[1].end..n.start].chars().all(is_blank)
                            && first_lower(t)
                            && !is_verbish(t)
                            && !PREPOSITIONS.contains(&self.lower(t).as_str())
                    })
            };
            while k < ws.len()
                && k < 5
                && (!is_verbish(&text[ws[k].clone()])
                    || starts_upper(&text[ws[k].clone()])
                    || adjective(k))
                && !takes_object(k)
                && !present(k)
            {
                k += 1;
            }
            // A determiner alone ("The", "A") is no subject; a quantifier
            // alone counts people ("Some", "Both").
            if k == 1 && !quantifier {
                return None;
            }
        } else {
            while k < ws.len()
                && (starts_upper(&text[ws[k].clone()])
                    || self.lex(LexiconClass::TitleWord, &text[ws[k].clone()]))
            {
                k += 1;
            }
        }
        if k == 0 || k == ws.len() {
            return None;
        }
        self.mention_in(ws[0].start..ws[k - 1].end, false)
    }

    /// Can this subject say or think something? A person, a group, an
    /// institution or an outlet, a personal pronoun, or a common noun headed
    /// by a role or a people noun ("the real estate tycoon", "the senator");
    /// not a thing ("The fracas", "Clinton's op-ed", "It").
    pub(super) fn speaks(&self, m: &Mention) -> bool {
        let text = self.text;
        match m.kind {
            SourceKind::Document => false,
            SourceKind::Unknown if m.pronoun => matches!(
                self.lower(&text[m.range.clone()]).as_str(),
                "he" | "she" | "they" | "we" | "i"
            ),
            // "The criticism of Mr. Clinton's": a possessor cut off from its noun.
            _ if text[..m.range.end].ends_with(['’', '\''])
                || text[..m.range.end].ends_with("’s")
                || text[..m.range.end].ends_with("'s") =>
            {
                false
            }
            SourceKind::Unknown => self
                .last_word(text, m.range.start, m.range.end)
                .is_some_and(|w| {
                    self.lex(LexiconClass::TitleWord, &text[w.clone()])
                        || self.lex(LexiconClass::PeopleNoun, &text[w])
                }),
            _ => true,
        }
    }

    /// A past participle with its agent right after it ("an allegation
    /// rejected by a series of congressional inquiries", "Assad, opposed by
    /// the U.S.,", "he was accused by the news media of beating his wife"):
    /// the agent after "by" is the source; the noun phrase before the cue is
    /// what the agent said or did something about, unless "of" or "that"
    /// after the agent opens content of its own. Not a means ("responded by
    /// standing"), nor an agent that cannot speak ("worried by the
    /// increase"). Returns the agent and the content.
    pub(super) fn agent_after_participle(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        before: &Range<usize>,
    ) -> Option<(Mention, Range<usize>)> {
        let text = self.text;
        if before.end > cue.start || !past_participle(&text[cue.clone()]) {
            return None;
        }
        let mut ws = self.iter_words(text, cue.end..sent.end);
        let by = ws.next()?;
        if self.lower(&text[by.clone()]) != "by" || !text[cue.end..by.start].chars().all(is_blank) {
            return None;
        }
        let head = ws.next()?;
        let lh = self.lower(&text[head]);
        if lh.ends_with("ing") {
            return None;
        }
        // "said by telephone", "sent by email": a means, not an agent.
        if matches!(
            lh.as_str(),
            "telephone" | "phone" | "email" | "e-mail" | "mail" | "video" | "satellite" | "text"
        ) {
            return None;
        }
        let np_start = skip_blank(text, by.end, sent.end);
        // The agent ends before a preposition or a time ("by Politico on
        // Monday"); one holding a verb of its own ("by her campaign quoted
        // a few experts") is the subject of the next clause.
        let stop = super::verbs::agent_stop(text, np_start, sent.end, false);
        let (agent, _) = self.mention_after(np_start, stop)?;
        if agent.pronoun
            || !self.speaks(&agent)
            || self.iter_words(text, agent.range.clone()).skip(1).any(|w| {
                let t = &text[w];
                first_lower(t) && (t.ends_with("ed") || BE.contains(&t))
            })
        {
            return None;
        }
        let rest = skip_blank(text, agent.range.end, sent.end);
        // "an article cited by her campaign quoted …": an agent that runs
        // into a verb of its own is the subject of the next clause.
        if self
            .iter_words(text, rest..sent.end)
            .next()
            .is_some_and(|w| {
                let t = &text[w.clone()];
                w.start == rest
                    && first_lower(t)
                    && !PREPOSITIONS.contains(&self.lower(t).as_str())
                    && !matches!(self.lower(t).as_str(), "that" | "as" | "for" | "and" | "to")
            })
        {
            return None;
        }
        let opens = self
            .iter_words(text, rest..sent.end)
            .next()
            .is_some_and(|w| matches!(self.lower(&text[w]).as_str(), "of" | "that"));
        let content = if opens {
            content_trim(self, rest..sent.end)
        } else {
            before.clone()
        };
        text[content.clone()]
            .chars()
            .any(char::is_alphanumeric)
            .then_some((agent, content))
    }

    /// The subject of the clause nearest before a participle at `cue_start`
    /// that can speak, after `from`: one opened by a subordinator ("… after
    /// the real estate tycoon entered the race …, calling"), a conjunction
    /// after a comma ("…, and Emanuel fired his police chief, acknowledging")
    /// or a comma ("While Democrats plot …, Republicans are looking …,
    /// hoping"). PolNeAR gives a participle the subject nearest before it.
    /// With `after_comma`, only a clause after a comma counts: the main
    /// clause after a subordinate one.
    pub(super) fn nearest_clause_subject(
        &self,
        from: usize,
        cue_start: usize,
        after_comma: bool,
    ) -> Option<Mention> {
        const OPENERS: &[&str] = &[
            "when", "as", "after", "while", "since", "although", "though", "because", "before",
            "until", "once", "whereas",
        ];
        let text = self.text;
        let ws = self.words(text, from..cue_start);
        for k in (1..ws.len()).rev() {
            let w = self.lower(&text[ws[k].clone()]);
            let gap = &text[ws[k - 1].end..ws[k].start];
            let prev = self.lower(&text[ws[k - 1].clone()]);
            let at = if !after_comma
                && OPENERS.contains(&w.as_str())
                && !["well", "such", "so", "just", "even", "soon", "long"].contains(&prev.as_str())
            {
                ws[k].end
            } else if gap.contains([',', ';'])
                && !self.seg.in_quote(ws[k].start)
                // A clause opens with a name, a determiner or a pronoun, not
                // with a verb or a preposition ("…, features five …", "…,
                // including his supporters").
                && (starts_upper(&text[ws[k].clone()])
                    || DETERMINERS.contains(&w.as_str())
                    || ["he", "she", "they", "we"].contains(&w.as_str()))
            {
                ws[k].start
            } else {
                continue;
            };
            let comma_clause = at == ws[k].start;
            if let Some(m) = self.leading_subject(at..cue_start)
                && m.range.start >= at
                && self.speaks(&m)
                && self.iter_words(text, m.range.clone())
                    .next()
                    .is_some_and(|f| !PREPOSITIONS.contains(&self.lower(&text[f]).as_str()))
                && !text[m.range.clone()].contains(',')
                // After a comma, the subject's verb follows it at once: not
                // "her husband, Bill Clinton, at Mr. Trump's wedding".
                && (!comma_clause
                    || self.iter_words(text, m.range.end..cue_start).next().is_some_and(|v| {
                        text[m.range.end..v.start].chars().all(is_blank)
                            && first_lower(&text[v.clone()])
                            && !PREPOSITIONS.contains(&self.lower(&text[v]).as_str())
                    }))
            {
                return Some(m);
            }
        }
        None
    }

    /// A relative pronoun ("who", "which") ending the region before a cue, adverbs
    /// and auxiliaries skipped: "a consultant who later said", "the poll, which
    /// found".
    pub(super) fn relative_pronoun(
        &self,
        floor: usize,
        region: Range<usize>,
    ) -> Option<Range<usize>> {
        let mut end = region.end;
        while let Some(w) = self.last_word(self.text, region.start, end) {
            let lw = self.lower(&self.text[w.clone()]);
            // "superdelegates who’ve already said", "Graham, who's called
            // for": the pronoun with a contracted auxiliary is the pronoun.
            let stem = &lw[..lw.len()
                - has_contraction(&lw)
                    .filter(|_| lw.starts_with("who"))
                    .unwrap_or(0)];
            if stem == "who" || lw == "which" || lw == "that" && self.that_relative(floor, w.start)
            {
                // "Who said it?" opens a question, not a relative clause.
                return self.text[floor..w.start]
                    .chars()
                    .any(char::is_alphanumeric)
                    .then_some(w.start..w.start + stem.len());
            }
            if !self.lex(LexiconClass::SkipAdverb, &lw) && !BE.contains(&lw.as_str()) {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// Does "that" at `at` open a relative clause on a document: "entrance poll
    /// results that show", "a report that found"? After a verb ("said that") it
    /// is a complementizer; after a person or a group it rarely opens an
    /// attribution that annotators mark.
    pub(super) fn that_relative(&self, floor: usize, at: usize) -> bool {
        self.last_word(self.text, floor, at)
            .is_some_and(|w| self.text[w.end..at].chars().all(is_blank))
            && self.relative_antecedent(floor, at) == RelAntecedent::Source(SourceKind::Document)
    }

    /// The relative pronoun `w` as a subject (of a cue, or of coordinated
    /// verbs), its kind taken from what it refers to; after a name it is a
    /// pronoun the registry resolves to that name.
    pub(super) fn relative_pronoun_mention(&self, sent_start: usize, w: Range<usize>) -> Mention {
        let ante = self.relative_antecedent(sent_start, w.start);
        let kind = match ante {
            RelAntecedent::Those | RelAntecedent::Quantity | RelAntecedent::Plural => {
                SourceKind::Group
            }
            RelAntecedent::Source(k) => k,
            RelAntecedent::Name | RelAntecedent::Other => SourceKind::Unknown,
        };
        Mention {
            range: w,
            kind,
            outlet: None,
            pronoun: ante == RelAntecedent::Name,
        }
    }

    /// What a relative pronoun at `at` refers to, by the word before it.
    pub(super) fn relative_antecedent(&self, floor: usize, at: usize) -> RelAntecedent {
        let text = self.text;
        let Some(w) = self.last_word(text, floor, at) else {
            return RelAntecedent::Other;
        };
        let t = &text[w.clone()];
        let lw = self.lower(t);
        if starts_upper(t) {
            return RelAntecedent::Name;
        }
        if [
            "those", "anyone", "someone", "others", "everyone", "many", "some",
        ]
        .contains(&lw.as_str())
        {
            return RelAntecedent::Those;
        }
        if QUANTITIES.contains(&lw.as_str())
            || lw.ends_with('%')
            || lw.chars().all(|c| c.is_ascii_digit() || c == ',')
        {
            return RelAntecedent::Quantity;
        }
        if let Some((_, idx)) = within(&self.scan.sources, &(w.start.saturating_sub(80)..w.end))
            .iter()
            .find(|(m, _)| m.start <= w.start && m.end >= w.end)
        {
            return RelAntecedent::Source(self.engine.sources[*idx].kind);
        }
        if plural_noun(t) {
            return RelAntecedent::Plural;
        }
        RelAntecedent::Other
    }

    /// The subject before an appositive that ends at the comma `c1`:
    /// "Dana Whitfield, the council clerk, said", "Dr. Alan Reyes, a former U.S. Army surgeon, told".
    /// Returns the subject and where the content before it ends (the clause
    /// boundary before the subject: "“…,” Graham, a former candidate, told").
    pub(super) fn appositive_subject(
        &self,
        floor: usize,
        c1: usize,
    ) -> Option<(Mention, Option<usize>)> {
        self.appositive_subject_at(floor, c1, 2)
    }

    /// `depth` appositives may stack: "Marley Anderson, 21, a junior from Las Vegas, said".
    pub(super) fn appositive_subject_at(
        &self,
        floor: usize,
        c1: usize,
        depth: usize,
    ) -> Option<(Mention, Option<usize>)> {
        // "Other prominent Republicans, like Richard Armitage, Henry Paulson and
        // Brent Scowcroft, have said": a list of examples is one appositive,
        // whatever commas it holds.
        if let Some(k) = [", like ", ", including ", ", such as "]
            .iter()
            .filter_map(|p| self.text[floor..c1].rfind(p))
            .max()
            .map(|k| floor + k)
            && self.iter_words(self.text, k..c1).take(16).count() < 16
            && !self.text[k + 1..c1].contains([';', '“', '”', '"'])
            && let (rs3, boundary) = self.clause_back(floor, k)
            && let Some(m) = self.mention_in(rs3..k, false)
            && !m.pronoun
        {
            return Some((m, boundary));
        }
        // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July
        // 2012, said", "Mr. Slinker, whose latest start-up, Paradata, uses big
        // data, said": a relative clause aside may hold commas of its own; the
        // named person before it is the subject, not a piece of the clause.
        if let Some(k) = [", who ", ", whose "]
            .iter()
            .filter_map(|p| self.text[floor..c1].rfind(p))
            .max()
            .map(|k| floor + k)
            && self.text[k + 1..c1].contains(',')
            && self.iter_words(self.text, k..c1).take(31).count() <= 30
            && !self.text[k + 1..c1].contains([';', '“', '”', '"', '(', '—'])
            && !self.text[k + 1..c1].contains("''")
            && let (rs3, boundary) = self.clause_back(floor, k)
            && let Some(m) = self.mention_in(rs3..k, false)
            && m.kind == SourceKind::Person
            && !m.pronoun
            && m.range.start == skip_blank(self.text, rs3, k)
        {
            return Some((m, boundary));
        }
        let (rs2, ce2) = self.clause_back(floor, c1);
        // The appositive opens with the mark that closes it: a comma or a dash.
        let mark = self.text[c1..].chars().next()?;
        let mut ce2 = ce2.filter(|c| self.text[*c..].starts_with(mark))?;
        let mut rs2 = rs2;
        let mut appos: Vec<_> = self.iter_words(self.text, rs2..c1).take(25).collect();
        // A place inside the appositive has commas of its own: "a salesman from
        // Sumter, South Carolina,". Step back over it.
        if appos.len() <= 3
            && appos.iter().all(|w| starts_upper(&self.text[w.clone()]))
            && let (rs, Some(ce)) = self.clause_back(floor, ce2)
            && self.text[ce..].starts_with(',')
            && self.iter_words(self.text, rs..ce2).take(2).count() > 0
        {
            rs2 = rs;
            ce2 = ce;
            appos = self.iter_words(self.text, rs2..c1).take(25).collect();
        }
        let first = appos.first()?;
        let fw = self.lower(&self.text[first.clone()]);
        // An age: "Quina Jones, 25, said".
        let age_of = |m: &Mention| {
            let t = &self.text[m.range.clone()];
            t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit())
        };
        // "Cement makers, for instance, argue", "Trump, in Kentucky, said": a
        // short adverbial aside leaves the subject before it, whatever its kind.
        if appos.len() <= 5
            && adverbial_aside(self.text, rs2..c1)
            && !self.text[rs2..c1].contains(['“', '"', '”'])
        {
            let (rs3, boundary) = self.clause_back(floor, ce2);
            // Not an age: "Cory James, 22, of Flint, Mich.," goes on to the name.
            if let Some(m) = self.mention_in(rs3..ce2, false)
                && !age_of(&m)
            {
                return Some((m, boundary));
            }
        }
        // "who spoke on condition of anonymity because ..." may run long.
        let limit = if fw == "who" { 24 } else { 16 };
        // "Quina Jones, 25, said": an age is an appositive too.
        let age = appos.len() == 1 && fw.chars().all(|c| c.is_ascii_digit());
        let determiners = [
            "a", "an", "the", "his", "her", "their", "its", "who", "whose", "which", "one",
        ];
        // "John Archer, wearing a Canova T-shirt, said", "A Fox News poll, conducted
        // jointly with …, shows": a participle phrase too.
        // "The aides, led by campaign manager Dana Ortiz, told": a short
        // participle with its agent is one too.
        let by_agent = appos
            .get(1)
            .is_some_and(|w| self.lower(&self.text[w.clone()]) == "by");
        let participle = (fw.ends_with("ing") || fw.ends_with("ed"))
            && (fw.len() > 5 || by_agent)
            && first_lower(&self.text[first.clone()]);
        // "Rep. Chris Collins, R-NY, says": a party and state.
        let party = appos.len() <= 3 && {
            let t = &self.text[first.clone()];
            t.len() >= 3 && t.starts_with(['R', 'D', 'I']) && t[1..].starts_with('-')
        };
        // "…, the race will be tight, said Dan Gerstein": a finite verb
        // before any relative pronoun makes a clause of it, not an appositive.
        let finite = || {
            appos
                .iter()
                .map(|w| self.lower(&self.text[w.clone()]))
                .take_while(|w| !matches!(w.as_str(), "who" | "whose" | "which" | "that"))
                .any(|w| {
                    matches!(
                        w.as_str(),
                        "is" | "are" | "was" | "were" | "will" | "would" | "has" | "have"
                    )
                })
        };
        let looks_appositive = age
            || party
            || participle && appos.len() <= limit
            || appos.len() <= limit
                && (determiners.contains(&fw.as_str()) || self.lex(LexiconClass::TitleWord, &fw))
                && !(["a", "an", "the"].contains(&fw.as_str()) && finite());
        let (rs3, boundary) = self.clause_back(floor, ce2);
        // "In a statement to the Courier, her adviser, Bo Ames, said": a
        // phrase opening the sentence is no subject with appositives after it.
        let ws = self.words(self.text, rs3..c1);
        if leading_adjunct(self.text, &ws).is_some_and(|k| ws[k].start > ce2) {
            return None;
        }
        let before = self.mention_in(rs3..ce2, false);
        // "Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus, said":
        // after a person's name, a short lower-case phrase is an appositive too.
        // "Christie, New Jersey’s sitting governor, repeated": or a possessive
        // title.
        let possessive_title = appos.len() <= 6
            && appos.iter().any(|w| {
                let t = &self.text[w.clone()];
                t.ends_with("’s") || t.ends_with("'s") || t.ends_with("s’") || t.ends_with("s'")
            })
            && appos
                .last()
                .is_some_and(|w| first_lower(&self.text[w.clone()]));
        let after_name = before
            .as_ref()
            .is_some_and(|m| m.kind == SourceKind::Person && !m.pronoun)
            && appos.len() <= 12
            && (first_lower(&self.text[first.clone()]) || possessive_title);
        // "Cory James, 22, of Flint, Mich., said": after an age, a short
        // lower-case phrase is an appositive too.
        let after_age = before.as_ref().is_some_and(age_of)
            && appos.len() <= 12
            && first_lower(&self.text[first.clone()]);
        if !looks_appositive && !after_name && !after_age {
            return None;
        }
        match before {
            // "Felicia Wong, president of the Roosevelt Institute, a progressive
            // think tank, applauded": a title phrase before the appositive is an
            // appositive itself, of the name before it.
            // "Woodrow Benford, 58, who lives outside Minneapolis, says", "Cory
            // James, 22, of Flint, Mich., said": or an age, of the name before it.
            Some(m)
                if depth > 1
                    && !m.pronoun
                    && (first_lower(&self.text[m.range.clone()]) || age_of(&m))
                    && let Some(found) = self.appositive_subject_at(floor, ce2, depth - 1) =>
            {
                Some(found)
            }
            Some(m) => (!m.pronoun).then_some((m, boundary)),
            None if depth > 1 => self.appositive_subject_at(floor, ce2, depth - 1),
            None => None,
        }
    }

    /// The subject that opens a chain of comma- or dash-separated phrases ending at
    /// `c1`: the first phrase that is a named source or a pronoun, at most four
    /// phrases and 40 words back ("Noah Oppenheim, the NBC executive in charge of
    /// ''Today,'' reminded"). With `common`, a common-noun phrase or a document
    /// opens the chain too ("a federal judge, in response to a request,
    /// ordered", "The message, sent to Mills, called"): only for a verb
    /// frame whose cue stands right after the chain's last comma, and only
    /// a phrase that can speak or publish (see `common_chain_fits` for the
    /// asides that rule it out); on PolNeAR train that added 16 right and 2
    /// wrong attributions, the phrase alone as the source. Returns
    /// where the mention starts, the mention, and the clause boundary before it.
    pub(super) fn comma_chain_subject(
        &self,
        floor: usize,
        c1: usize,
        common: bool,
    ) -> Option<(usize, Mention, Option<usize>)> {
        let mut chunks = Vec::new();
        let mut end = c1;
        for _ in 0..4 {
            let (rs, boundary) = self.clause_back(floor, end);
            chunks.push((rs, end, boundary));
            match boundary {
                // "Humphrey, who calls Trump a “sociopath,” said": a quotation
                // closing the aside with its comma is part of it; the chain goes
                // on before it.
                Some(b) if b == end => {
                    let i = self.seg.quotes.partition_point(|q| q.range.start < b);
                    match self.seg.quotes[..i]
                        .iter()
                        .rev()
                        .take(3)
                        .find(|q| q.range.end == b)
                    {
                        Some(q)
                            if q.range.start > floor
                                && self.text[..q.range.end - q.close_len].ends_with(',') =>
                        {
                            end = q.range.start
                        }
                        _ => break,
                    }
                }
                Some(b) if b > floor => end = b,
                _ => break,
            }
        }
        if self
            .iter_words(self.text, chunks.last()?.0..c1)
            .take(41)
            .count()
            > 40
        {
            return None;
        }
        // With `common`, a common-noun phrase (or a document) before its
        // comma opens the chain too, but not a clause ("The treasurer later
        // suggested …, called": no cue word inside, at most twelve words), and
        // a title yields to the name after it ("Another councillor, Joan
        // Pike, explained").
        let common = common && self.common_chain_fits(&chunks, c1);
        let subject = |common: bool| {
            chunks.iter().rev().find_map(|&(rs, e, boundary)| {
                // "Making her way around Chez Vachon,", "In Iowa,": an opener, not a subject.
                let first = self.lower(&self.text[self.iter_words(self.text, rs..e).next()?]);
                if first.ends_with("ing") || PREPOSITIONS.contains(&first.as_str()) {
                    return None;
                }
                let mut m = self.mention_in(rs..e, false)?;
                let mut end = trim(self.text, rs..e).end;
                // "many have trouble finding work, worry about …": the chain
                // lists the verbs of the phrase before "have".
                if common
                    && !names_source(&m)
                    && let Some(h) = self.iter_words(self.text, rs..e).skip(1).find(|w| {
                        matches!(
                            self.lower(&self.text[w.clone()]).as_str(),
                            "has" | "have" | "had"
                        )
                    })
                    && let Some(head) = self.mention_in(rs..h.start, false)
                    && !names_source(&head)
                {
                    end = trim(self.text, rs..h.start).end;
                    m = head;
                }
                let phrase = common
                    && matches!(
                        m.kind,
                        SourceKind::Unknown | SourceKind::Document | SourceKind::Group
                    )
                    && m.range.end == end
                    && self.iter_words(self.text, m.range.clone()).nth(12).is_none()
                    && !self.iter_words(self.text, m.range.clone()).any(|w| {
                        self.is_cue_word(w.clone())
                            // "The statements are consistent with …, which
                            // … promises": a clause, not a noun phrase.
                            || BE.contains(&self.lower(&self.text[w.clone()]).as_str())
                            || matches!(self.lower(&self.text[w]).as_str(), "has" | "have" | "had")
                    })
                    // "Sens. Lee and Roe, both up for reelection, said": a
                    // distributive quantifier inside the chain counts the
                    // names before.
                    && !(rs > chunks.last().map_or(rs, |c| c.0)
                        && matches!(first.as_str(), "both" | "each" | "all"))
                    // "She clinched a majority of regular, pledged
                    // delegates", "For 14 months, …": a clause or an
                    // opener, not a noun phrase.
                    && !self.lex(LexiconClass::Pronoun, &first)
                    && !matches!(first.as_str(), "for" | "since" | "until" | "with" | "without")
                    // Only what can speak or publish: a person, a group, an
                    // organisation or a document ("a federal judge", "The
                    // memo"), not "the sentence, albeit severe, had
                    // confirmed".
                    && (m.kind == SourceKind::Document || !self.unnamed_common_noun(&m, ""));
                // The subject is the whole phrase, not a name inside an opener.
                ((names_source(&m) || phrase) && m.range.start == skip_blank(self.text, rs, e))
                    .then_some((m.range.start, m, boundary))
            })
        };
        let found = subject(common)?;
        if names_source(&found.1) {
            return Some(found);
        }
        // A common-noun phrase after a named one is an aside of it, not the
        // subject.
        let named_before = chunks.iter().any(|&(rs, e, _)| {
            rs < found.1.range.start
                && self
                    .mention_in(rs..e, false)
                    .is_some_and(|m| names_source(&m))
        });
        let name_after = chunks.iter().any(|&(rs, e, _)| {
            rs > found.1.range.end
                && self.mention_in(rs..e, false).is_some_and(|m| {
                    names_source(&m)
                        && m.range.start == skip_blank(self.text, rs, e)
                        && starts_upper(&self.text[m.range.clone()])
                })
        });
        // Either way the chain is a named source's, as without `common`.
        if named_before || name_after {
            subject(false)
        } else {
            Some(found)
        }
    }

    /// Whether a chain of commas ending at `c1` may open with a common-noun
    /// phrase: the chain ends at a comma or a dash (not "a candidate (think
    /// …"), the cue after it is no passive participle of an aside ("Mr. Lee,
    /// described as", "A professor, accused by the government of"), and no
    /// phrase of the chain is a clause of its own with a named or pronoun
    /// subject and a cue ("His wife, he says, plans").
    fn common_chain_fits(&self, chunks: &[(usize, usize, Option<usize>)], c1: usize) -> bool {
        let text = self.text;
        if !text[c1..].starts_with([',', '—', '–', '-']) {
            return false;
        }
        let mut after = self.iter_words(text, c1..text.len());
        if let Some(cue) = after.next()
            && past_participle(&text[cue])
            && after
                .take(3)
                .any(|w| matches!(self.lower(&text[w]).as_str(), "as" | "by"))
        {
            return false;
        }
        // "In the meantime, Sanders supporters, he will be …": a pronoun
        // opening a later phrase starts a clause of its own.
        let earliest = chunks.last().map_or(c1, |c| c.0);
        let clause_inside = chunks.iter().any(|&(rs, e, _)| {
            rs > earliest
                && self.iter_words(text, rs..e).next().is_some_and(|w| {
                    let t = self.lower(&text[w]);
                    self.lex(LexiconClass::Pronoun, &t) && t != "who"
                })
        });
        !clause_inside
            && !chunks.iter().any(|&(rs, e, _)| {
                self.iter_words(text, rs..e).any(|w| {
                    self.is_cue_word(w.clone())
                        && self.mention_in(rs..w.start, false).is_some_and(|m| {
                            names_source(&m) && m.range.end == trim(text, rs..w.start).end
                        })
                })
            })
    }

    /// The subject before an aside set off by a pair of dashes or brackets
    /// that closes at `c1`, right before the cue, whatever the aside holds:
    /// "As the Post—even the devil can quote statistics—observed",
    /// "Three-in-five insiders — and two-thirds in New Hampshire — said",
    /// "Murphy (a Democrat so boyish he has been mistaken for a staffer)
    /// says". Unlike commas, such a pair always marks a parenthesis, so what
    /// stands between need not look like an appositive (that case is
    /// `appositive_subject`'s). The subject is the phrase that ends where the
    /// aside opens, or the subject of an appositive chain ending there.
    pub(super) fn dash_aside_subject(&self, floor: usize, c1: usize) -> Option<DashAside> {
        let text = self.text;
        let dash = |p: usize| {
            text[p..].starts_with(['—', '–', '―'])
                || text[p..].starts_with('-')
                    && text[..p].ends_with(' ')
                    && text[p + 1..].starts_with(' ')
        };
        let (rs2, open) = if text[c1..].starts_with(')') {
            // Brackets however many commas they hold: "People (mostly men,
            // but also some women) are".
            let open = floor + text[floor..c1].rfind('(')?;
            (open + 1, open)
        } else if dash(c1) {
            let (rs2, open) = self.clause_back(floor, c1);
            (rs2, open.filter(|&o| dash(o))?)
        } else {
            return None;
        };
        // A short aside with no quotation of its own: a pair around a quoted
        // line or a long passage is no parenthesis of the subject.
        let words = self.iter_words(text, rs2..c1).take(31).count();
        if words == 0 || words > 30 || text[rs2..c1].contains(['“', '”', '"']) {
            return None;
        }
        let (rs3, boundary) = self.clause_back(floor, open);
        // "Neil Sroka, director of Democracy for America, or DFA - which was
        // founded by Howard Dean - said": the phrase before the opening dash
        // may close an appositive of the subject before it.
        let appositive = boundary
            .filter(|&b| text[b..].starts_with(','))
            .and_then(|_| self.appositive_subject(floor, open));
        let (subject, boundary) = match appositive {
            Some(found) => found,
            None => {
                // The pair bounds the subject, which may run long: "Those
                // insiders who think Rubio has a chance — about 40 percent —
                // stressed".
                let m = self.mention_in(rs3..open, true)?;
                // It ends where the aside opens: "the Post—even …—observed";
                // after a comma, it opens no coordination ("…, or DFA -"),
                // which continues the phrase before the comma.
                let coordinated = boundary.is_some()
                    && self.iter_words(text, rs3..open).next().is_some_and(|w| {
                        matches!(self.lower(&text[w]).as_str(), "and" | "or" | "nor")
                    });
                if m.range.end != trim(text, rs3..open).end || coordinated {
                    return None;
                }
                (m, boundary)
            }
        };
        // The aside belongs to the source ("Just a quarter of the committee –
        // 28 members – voted"), unless it is an adverbial or a clause of its
        // own ("Mr. Bush - in a line aimed at Trump - said", "the Post—even
        // the devil can quote statistics—observed").
        let aside = rs2..c1;
        // A noun phrase keeps its clauses: "(a Democrat so boyish he has been
        // mistaken for a staffer)".
        let noun_phrase = self
            .iter_words(text, aside.clone())
            .next()
            .is_some_and(|w| DETERMINERS.contains(&self.lower(&text[w]).as_str()));
        let own_clause =
            adverbial_aside(text, aside.clone()) || !noun_phrase && self.finite_clause(aside);
        let mark = text[c1..].chars().next().map_or(1, char::len_utf8);
        Some(DashAside {
            extent: (!own_clause).then(|| subject.range.start..c1 + mark),
            clause: rs3..open,
            subject,
            boundary,
        })
    }

    /// A name in apposition after its title, ending at the comma `c1`: "Carter’s
    /// press secretary, Peter Cook, told", "A top strategist, John Weaver, said".
    /// Returns where the whole mention starts, the name, and the clause boundary
    /// before the title.
    pub(super) fn name_after_title(
        &self,
        floor: usize,
        c1: usize,
    ) -> Option<(usize, Mention, Option<usize>)> {
        let (rs2, ce2) = self.clause_back(floor, c1);
        let ce2 = ce2.filter(|c| self.text[*c..].starts_with(','))?;
        let mut name = self.mention_in(rs2..c1, false)?;
        let nwords = self.iter_words(self.text, rs2..c1).take(7).count();
        // "Two objectors, Jane Doe and John Roe, had challenged": the names are one
        // source together.
        let pair = nwords <= 6
            && self
                .iter_words(self.text, rs2..c1)
                .any(|w| &self.text[w] == "and")
            && name.kind == SourceKind::Person;
        if pair {
            name.range = trim(self.text, rs2..c1);
            name.kind = SourceKind::Group;
        } else if name.kind != SourceKind::Person || nwords > 4 {
            return None;
        }
        let (rs3, boundary) = self.clause_back(floor, ce2);
        let title: Vec<_> = self.iter_words(self.text, rs3..ce2).take(8).collect();
        let first = self.lower(&self.text[title.first()?.clone()]);
        let possessive = title
            .iter()
            .any(|w| self.text[w.clone()].ends_with("’s") || self.text[w.clone()].ends_with("'s"));
        let titled = title.len() <= 6
            && (DETERMINERS.contains(&first.as_str())
                || QUANTIFIERS.contains(&first.as_str())
                || possessive)
            && title
                .last()
                .is_some_and(|w| first_lower(&self.text[w.clone()]));
        titled.then(|| (title[0].start, name, boundary))
    }

    /// The phrase "In a Tribune poll released Monday," around the head noun
    /// `head`: the opening preposition (one of `opened_by`, opening its sentence or
    /// following a comma, at most seven modifier words before the head) and the
    /// source from after it to the head, or on to the comma through a participle
    /// or a time ("released Monday", "last month").
    pub(super) fn opened_source(
        &self,
        sent: &Range<usize>,
        head: &Range<usize>,
        opened_by: &[String],
    ) -> Option<(Range<usize>, (Mention, usize))> {
        const MODIFIERS: &[&str] = &[
            "a",
            "an",
            "the",
            "its",
            "their",
            "our",
            "his",
            "her",
            "this",
            "that",
            "these",
            "those",
            "every",
            "each",
            "most",
            "many",
            "some",
            "several",
            "recent",
            "latest",
            "new",
            "newest",
            "earlier",
            "early",
            "late",
            "previous",
            "last",
            "national",
            "nationwide",
            "statewide",
            "state",
            "public",
            "opinion",
            "preference",
            "exit",
            "same",
            "online",
            "separate",
            "internal",
            "independent",
            "own",
            "telephone",
            "phone",
            "two",
            "three",
            "four",
            "five",
            "one",
            "other",
            "all",
            "both",
            "major",
            "daily",
            "weekly",
            "monthly",
            "tracking",
            "private",
            "joint",
            "bipartisan",
        ];
        let text = self.text;
        let mut end = head.start;
        for _ in 0..10 {
            let w = self.last_word(text, sent.start, end)?;
            // "the latest CNN/ORC poll", "a Quinnipiac University-Marist survey".
            if !text[w.end..end]
                .chars()
                .all(|c| is_blank(c) || matches!(c, '/' | '-' | '&'))
            {
                return None;
            }
            let t = &text[w.clone()];
            if opened_by.iter().any(|o| o.eq_ignore_ascii_case(t)) {
                let before = text[sent.start..w.start].trim_end_matches(is_blank);
                let opens = before.chars().all(|c| !c.is_alphanumeric()) || before.ends_with(',');
                if !opens {
                    return None;
                }
                let mut np = skip_blank(text, w.end, head.end)..head.end;
                let tail: Vec<_> = self.iter_words(text, head.end..sent.end).take(6).collect();
                if let Some(w0) = tail.first()
                    && let Some(comma) = text[head.end..sent.end].find(',')
                    && tail.iter().filter(|x| x.end <= head.end + comma).count() <= 5
                {
                    let t0 = self.lower(&text[w0.clone()]);
                    if t0.ends_with("ed")
                        || ["last", "this", "earlier", "taken"].contains(&t0.as_str())
                    {
                        np.end = head.end + comma;
                    }
                }
                let m = Mention {
                    range: np.clone(),
                    kind: SourceKind::Document,
                    outlet: None,
                    pronoun: false,
                };
                return Some((w, (m, np.end)));
            }
            let modifier = MODIFIERS.contains(&self.lower(t).as_str())
                || t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
            if !modifier {
                return None;
            }
            end = w.start;
        }
        None
    }

    /// The start of a list of names ending at the comma `c0` ("President Obama,
    /// Hillary Clinton,"), and the clause boundary before it. Every item is a short
    /// capitalised phrase; there are at most five.
    pub(super) fn name_list_before(
        &self,
        floor: usize,
        c0: usize,
    ) -> Option<(usize, Option<usize>)> {
        let mut end = c0;
        let mut start = None;
        let mut boundary = None;
        for _ in 0..5 {
            let (rs, ce) = self.clause_back(floor, end);
            let ws: Vec<Range<usize>> = self.iter_words(self.text, rs..end).take(5).collect();
            let item = !ws.is_empty()
                && ws.len() <= 4
                && ws.iter().all(|w| starts_upper(&self.text[w.clone()]));
            if !item {
                break;
            }
            start = Some(ws[0].start);
            boundary = ce;
            match ce {
                Some(c) if self.text[c..].starts_with(',') => end = c,
                _ => break,
            }
        }
        start.map(|s| (s, boundary))
    }

    /// Split a subject region into (subject, intermediaries): "the Hamas sources speaking to MEE".
    pub(super) fn subject_and_via(&self, region: Range<usize>) -> (Option<Mention>, Vec<Mention>) {
        let mut end = region.end;
        let mut negated = false;
        // Trailing adverbs and times: "Axios also", "Witkoff reportedly", "she has",
        // "Clinton on Tuesday", "the senator last week".
        loop {
            let last = self.last_word(self.text, region.start, end);
            // "he’s said": the pronoun is the subject.
            if let Some(w) = &last
                && self.text[w.end..end].chars().all(is_blank)
                && let Some(n) = has_contraction(&self.text[w.clone()])
            {
                end = w.end - n;
                break;
            }
            match last {
                Some(w)
                    if self.text[region.start..w.start]
                        .chars()
                        .any(char::is_alphanumeric) =>
                {
                    let t = &self.text[w.clone()];
                    if self.lex(LexiconClass::SkipAdverb, t)
                        || self.manner_adverb(region.start, w.clone())
                    {
                        end = w.start;
                    } else if negation_or_modal(t) {
                        negated = true;
                        end = w.start;
                    } else if let Some(k) = self.catenative_before(region.start, w.clone()) {
                        end = k;
                    } else if let Some(k) = self.time_phrase_before(region.start, w.clone()) {
                        // "New polls released Sunday": the time belongs to the participle.
                        if self.last_word(self.text, region.start, k).is_some_and(|p| {
                            let t = &self.text[p];
                            t.ends_with("ed") && first_lower(t)
                        }) {
                            break;
                        }
                        end = k;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        let mut via = Vec::new();
        let seg = &self.text[region.start..end];
        // A via phrase needs a subject before it. Two spaces or more: counted
        // no further than the second.
        let phrases = if seg.bytes().filter(|&b| b == b' ').nth(1).is_some() {
            self.engine.lexicon.via_phrases.as_slice()
        } else {
            &[]
        };
        if let Some((phrase, i)) = first_via_phrase(seg, phrases) {
            let vstart = region.start + i + phrase.len();
            if let Some(m) = self.mention_in(vstart..end, false) {
                via.push(m);
                end = region.start + i;
            }
        }
        let subject = self.mention_in(region.start..end, false).or_else(|| {
            // "… and she accused", "at the town hall this week she said", "who he
            // blasted as": a subject pronoun after a conjunction or a time is the
            // verb's subject, whatever stands before. After a noun ("the scene she
            // described") or a cue ("said she worries") it rarely makes a claim.
            let w = self.last_word(self.text, region.start, end)?;
            let t = self.lower(&self.text[w.clone()]);
            let before = self.last_word(self.text, region.start, w.start)?;
            let b = self.lower(&self.text[before.clone()]);
            let opener = ["and", "but", "or", "yet", "who", "whom", "online"].contains(&b.as_str())
                || WEEKDAYS.contains(&b.as_str())
                || TIME_WORDS.contains(&b.as_str());
            (["he", "she", "they", "we", "i"].contains(&t.as_str())
                && opener
                && self.text[before.end..w.start].chars().all(is_blank)
                && self.text[w.end..end].chars().all(is_blank))
            .then(|| self.mention_in(w, false))
            .flatten()
        });
        // "Clinton, who did not explicitly say that …": a relative clause that
        // denies the report is background, not the speaker's claim.
        let subject = subject.filter(|m| !negated || !self.is_relative_pronoun(m.range.clone()));
        (subject, via)
    }

    /// Is the frame at `frame_start` the subject of an adverbial clause opening
    /// the sentence ("While she said …, the board …", "Although Trump claims …",
    /// "Even as Mr. Obama has said …, his administration …", "However, while
    /// the committee says …, it …")? Not "When …": there the main clause
    /// often holds the cue's own content, or a cue of its own.
    pub(super) fn opens_adverbial_clause(&self, sent_start: usize, frame_start: usize) -> bool {
        const OPENERS: &[&str] = &[
            "while", "although", "though", "because", "whereas", "if", "unless", "since",
        ];
        // The first three words, without a Vec: called for every frame.
        let mut ws = self
            .iter_words(self.text, sent_start..frame_start)
            .map(|w| self.lower(&self.text[w]));
        match (ws.next(), ws.next(), ws.next()) {
            (Some(w), None, _) => OPENERS.contains(&w.as_str()),
            // "But while she said …", "However, while …", "Even as …"
            (Some(c), Some(w), None) => {
                ["but", "and", "yet", "so", "however"].contains(&c.as_str())
                    && OPENERS.contains(&w.as_str())
                    || c == "even" && ["as", "though", "if"].contains(&w.as_str())
            }
            _ => false,
        }
    }

    /// The subject of a subordinate clause inside a longer region: "… with other
    /// aides when a member of the family", "The move may come as Trump". Only
    /// where the words before the subordinator make a clause of their own.
    pub(super) fn inner_subordinate_subject(&self, region: Range<usize>) -> Option<Mention> {
        const INNER: &[&str] = &[
            "when", "because", "as", "after", "before", "while", "since", "although", "though",
            "whereas", "amid", "until", "unless", "whom", "what",
        ];
        let ws = self.words(self.text, region.clone());
        let k = ws
            .iter()
            .rposition(|w| INNER.contains(&self.lower(&self.text[w.clone()]).as_str()))?;
        // Only inside the region, with at least two words before it: "as well as"
        // and "such as" join nouns.
        if k < 2 || k + 1 >= ws.len() || ws.len() - k - 1 > 5 {
            return None;
        }
        let before = self.lower(&self.text[ws[k - 1].clone()]);
        if ["well", "such", "so", "just"].contains(&before.as_str()) {
            return None;
        }
        let (m, _) = self.subject_and_via(ws[k + 1].start..region.end);
        m
    }

    /// The subject a participle aside stands between and its verb: "The
    /// Journal, citing internal documents, reported", "Mr. Biden, recalling
    /// weekly breakfasts with Mrs. Clinton, described himself". `comma` is the
    /// comma before the participle; the clause before it must be one mention
    /// that can speak, and a comma must close the aside before a lower-case
    /// word (the main verb, or an adverb before it). The participle is the
    /// subject's own doing, whatever cue the main verb is. Returns the
    /// subject and the comma that closes the aside, where its content ends.
    pub(super) fn aside_participle_subject(
        &self,
        floor: usize,
        comma: usize,
        cue: &Range<usize>,
        sent_end: usize,
    ) -> Option<(Mention, usize)> {
        let text = self.text;
        let (start, _) = self.clause_back(floor, comma);
        let m = self.mention_in(start..comma, false)?;
        // The mention is the whole clause before the comma: "Salceda", not
        // "the number of visas rose sharply" nor "Trump won, and Cruz".
        // A party tag may follow the name: "Sen. Richard J. Durbin (D-Ill.),".
        let tail = text[m.range.end..comma].trim_matches(is_blank);
        if !(tail.is_empty() || tail.starts_with('(') && tail.ends_with(')'))
            // The subject opens the sentence, or a conjunction before it does.
            || !text[floor..start].chars().all(|c| is_blank(c) || matches!(c, '“' | '"'))
            || self.iter_words(text, start..m.range.start)
                .any(|w| !["and", "but", "so", "yet"].contains(&self.lower(&text[w]).as_str()))
            // A name ("Salceda", "The Journal", "Sen. Richard J. Durbin"): a
            // common noun phrase may be a clause that mention_in reads whole
            // ("Trump wrote to the company's chief executive").
            || self.iter_words(text, m.range.clone()).any(|w| {
                first_lower(&text[w.clone()])
                    && !["the", "of", "and", "for"].contains(&text[w].to_string().as_str())
            })
            || !self.speaks(&m)
        {
            return None;
        }
        // "Patrick Howley, writing on Breitbart, shared": where the doing took
        // place is no content of its own.
        if self
            .iter_words(text, cue.end..sent_end)
            .next()
            .is_some_and(|w| {
                ["in", "on", "for", "from", "at"].contains(&self.lower(&text[w]).as_str())
            })
        {
            return None;
        }
        // The comma that closes the aside, with a lower-case word after it
        // ("…, said", "…,'' said", "…, also said"): a participle at the end
        // of the sentence or before a new clause is no aside.
        let close = text[cue.end..sent_end]
            .char_indices()
            .filter(|&(_, c)| c == ',')
            .map(|(k, _)| cue.end + k)
            .find(|&k| !self.seg.in_quote(k) || text[k + 1..].starts_with(['”', '\'', '"']))?;
        let after = text[close + 1..sent_end].trim_start_matches(['”', '\'', '"', ' ']);
        after
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase())
            .then_some((m, close))
    }

    /// The noun phrase between "with" and a participle: "with 22 percent saying",
    /// "with three in 10 calling". At most six words, no comma.
    pub(super) fn with_subject(&self, floor: usize, cue_start: usize) -> Option<Mention> {
        let ws: Vec<_> = self.iter_words(self.text, floor..cue_start).collect();
        let k = ws
            .iter()
            .rposition(|w| self.lower(&self.text[w.clone()]) == "with")?;
        let n = ws.len() - k - 1;
        if n == 0 || n > 6 || self.text[ws[k].end..cue_start].contains([',', ';', '“', '"']) {
            return None;
        }
        self.mention_in(ws[k + 1].start..cue_start, false)
            .filter(|m| {
                let t = &self.text[m.range.clone()];
                m.kind != SourceKind::Unknown
                    || t.contains("percent")
                    || t.contains('%')
                    || t.chars().any(|c| c.is_ascii_digit())
            })
    }

    /// The noun phrase a participle modifies when its head says something or
    /// is a body of people who do: "a sign saying", "ads attacking", "the
    /// proportion of GOP primary voters saying". `Shared` where the head is a
    /// document its issuer put out ("issued a statement saying", "her email
    /// asking"): the participle then speaks for the clause's subject.
    pub(super) fn noun_subject(&self, floor: usize, cue_start: usize) -> Option<NounSubject> {
        // On PolNeAR train, participles after these heads are attributions two
        // times in three; after any noun, fewer than one time in two.
        const ISSUED: &[&str] = &[
            "statement",
            "statements",
            "release",
            "letter",
            "letters",
            "email",
            "emails",
            "tweet",
            "tweets",
            "post",
            "memo",
            "message",
            "messages",
            "note",
            "op-ed",
        ];
        const SHOWN: &[&str] = &[
            "ad",
            "ads",
            "advertisement",
            "video",
            "videos",
            "petition",
            "report",
            "reports",
            "sign",
            "signs",
            "placard",
            "placards",
            "speech",
            "speeches",
            "editorial",
            "column",
            "article",
            "articles",
            "stories",
            "banner",
            "banners",
            "remarks",
            "comments",
            "website",
            "resolution",
            "lawsuit",
            "lawsuits",
            "complaint",
            "filing",
            "chart",
            "mailer",
            "mailers",
            "flier",
            "fliers",
            "rhetoric",
            "item",
            "commercial",
            "commercials",
            "billboard",
            "billboards",
            "calls",
        ];
        const PEOPLE: &[&str] = &[
            "voters",
            "supporters",
            "candidates",
            "members",
            "republicans",
            "democrats",
            "respondents",
            "protesters",
            "demonstrators",
            "critics",
            "activists",
            "residents",
            "americans",
            "delegates",
            "percent",
            "conservatives",
            "liberals",
            "independents",
            "evangelicals",
            "caucusgoers",
            "caucus-goers",
            "participants",
            "hispanics",
            "latinos",
            "staffers",
        ];
        let head = self.last_word(self.text, floor, cue_start)?;
        if !self.text[head.end..cue_start].chars().all(is_blank) {
            return None;
        }
        // "issued a statement Tuesday saying", "sent an email on Monday
        // alleging": the time dates the document its issuer put out, which
        // heads the phrase.
        let head = match self.time_phrase_before(floor, head.clone()) {
            Some(k) => {
                let h = self.last_word(self.text, floor, k)?;
                if !self.text[h.end..k].chars().all(is_blank)
                    || !ISSUED.contains(&self.lower(&self.text[h.clone()]).as_str())
                {
                    return None;
                }
                h
            }
            None => head,
        };
        let lh = self.lower(&self.text[head.clone()]);
        let people = PEOPLE.contains(&lh.as_str());
        let issued = ISSUED.contains(&lh.as_str());
        if !people && !issued && !SHOWN.contains(&lh.as_str()) {
            return None;
        }
        // Back over the modifiers: to a determiner or a possessive within six
        // words ("the proportion of GOP primary voters"), or else over names,
        // numbers and "of" only ("62 percent of voters", "Hispanics").
        let mut back = Vec::new();
        let mut at = head.start;
        while back.len() < 6 {
            let Some(p) = self.last_word(self.text, floor, at) else {
                break;
            };
            if !self.text[p.end..at].chars().all(is_blank) {
                break;
            }
            let lp = self.lower(&self.text[p.clone()]);
            if (PREPOSITIONS.contains(&lp.as_str()) && lp != "of")
                || BE.contains(&lp.as_str())
                || AUXILIARIES.contains(&lp.as_str())
            {
                break;
            }
            at = p.start;
            back.push(p);
        }
        let determiner = back.iter().position(|w| {
            let lw = self.lower(&self.text[w.clone()]);
            DETERMINERS.contains(&lw.as_str())
                || QUANTIFIERS.contains(&lw.as_str())
                || lw.ends_with("’s")
                || lw.ends_with("'s")
        });
        let start = match determiner {
            Some(k) => back[k].start,
            None => back
                .iter()
                .take_while(|w| {
                    let t = &self.text[(*w).clone()];
                    starts_upper(t)
                        || t.starts_with(|c: char| c.is_ascii_digit())
                        || t == "of"
                        || PEOPLE.contains(&self.lower(t).as_str())
                })
                .last()
                .map_or(head.start, |w| w.start),
        };
        // "of" cannot open the phrase.
        let start = self
            .iter_words(self.text, start..head.end)
            .find(|w| self.lower(&self.text[w.clone()]) != "of")?
            .start;
        let first = self.iter_words(self.text, start..head.end).next()?;
        let lf = self.lower(&self.text[first.clone()]);
        if people {
            return Some(NounSubject::Own(Mention {
                range: start..head.end,
                kind: SourceKind::Group,
                outlet: None,
                pronoun: false,
            }));
        }
        // "Hillary Clinton’s Tuesday speech denouncing": the possessor speaks.
        if lf.ends_with("’s") || lf.ends_with("'s") {
            let name_start = back
                .iter()
                .rev()
                .take_while(|w| w.start < first.start)
                .filter(|w| starts_upper(&self.text[(*w).clone()]))
                .last()
                .map_or(first.start, |w| w.start);
            let name_start = if determiner.is_some_and(|k| back[k].start == first.start) {
                // Only a possessive name preceded by capitals of its own.
                let mut s0 = first.start;
                while let Some(p) = self.last_word(self.text, floor, s0) {
                    if self.text[p.end..s0].chars().all(is_blank)
                        && starts_upper(&self.text[p.clone()])
                    {
                        s0 = p.start;
                    } else {
                        break;
                    }
                }
                s0.min(name_start)
            } else {
                name_start
            };
            let suffix = if self.text[first.clone()].ends_with("’s") {
                "’s".len()
            } else {
                2
            };
            return self
                .mention_in(name_start..first.end - suffix, false)
                .map(NounSubject::Own);
        }
        if ["his", "her", "their", "its", "our", "my"].contains(&lf.as_str()) {
            return Some(NounSubject::Shared);
        }
        // A document after a verb is that verb's object: "issued a statement saying".
        let before = self.last_word(self.text, floor, start);
        let object = before.as_ref().is_some_and(|p| {
            let lp = self.lower(&self.text[p.clone()]);
            self.text[p.end..start].chars().all(is_blank)
                && first_lower(&self.text[p.clone()])
                && !PREPOSITIONS.contains(&lp.as_str())
                && !["and", "or", "but", "that", "which", "when", "while"].contains(&lp.as_str())
        });
        // "Trump released a new radio ad calling", "helped draft a report
        // defending": what a maker put out speaks for the maker, whatever the
        // document (a sign held up or an item in a column speaks for itself).
        let made = before.as_ref().is_some_and(|p| {
            matches!(
                self.lower(&self.text[p.clone()]).as_str(),
                "released"
                    | "release"
                    | "releases"
                    | "draft"
                    | "drafted"
                    | "published"
                    | "aired"
                    | "unveiled"
                    | "launched"
                    | "emailed"
                    | "issued"
                    | "posted"
            )
        });
        if object && (issued || made) {
            return Some(NounSubject::Shared);
        }
        Some(NounSubject::Own(Mention {
            range: start..head.end,
            kind: SourceKind::Unknown,
            outlet: None,
            pronoun: false,
        }))
    }

    /// The subject of a subordinate or relative clause that ends at the cue:
    /// "Clinton was booed when she said", "a wall, which he said Mexico would pay for".
    pub(super) fn subordinate_subject(&self, region: Range<usize>) -> Option<Mention> {
        let ws = self.words(self.text, region.clone());
        let k = ws
            .iter()
            .rposition(|w| SUBORDINATORS.contains(&self.lower(&self.text[w.clone()]).as_str()))?;
        let rest = ws.get(k + 1)?;
        // A short subject only: "she", "the senator", "Trump's campaign";
        // a longer one must open on a capitalised name and read as a named
        // person or body ("as Archbishop Ana Ruiz of the Riverside Diocese told").
        let n = ws.len() - k - 1;
        if n > 9 || n > 5 && !starts_upper(&self.text[rest.clone()]) {
            return None;
        }
        let (m, _) = self.subject_and_via(rest.start..region.end);
        let m = m.filter(|m| {
            n <= 5
                || matches!(
                    m.kind,
                    SourceKind::Person | SourceKind::Organization | SourceKind::Outlet
                ) && m.range.start == rest.start
        });
        // "which the treasurer said": a short determiner phrase is a subject here too.
        m.filter(|m| m.kind != SourceKind::Unknown || m.pronoun || ws.len() - k - 1 <= 3)
    }
}
