//! Source phrases and sources: what counts as a mention of a source
//! (`Ctx::mention_in` and the phrase readers after a cue), and the `Registry`
//! that merges mentions across the article (titles, aliases, acronyms the
//! article defines, surnames of people named in full). The only place that
//! decides what a source is; the frames only decide where to look for one.

use super::*;

impl<'a> Ctx<'a> {
    /// A source phrase in `r` (already trimmed of adverbs and via phrases).
    ///
    /// The driver reads the phrase in steps: drop what opens it before the
    /// subject, refuse what cannot be a noun phrase, then try, in order, an
    /// outlet, a titled personal name, a rule-pack source, a pronoun and
    /// finally a common-noun phrase.
    pub(super) fn mention_in(&self, r: Range<usize>, allow_long: bool) -> Option<Mention> {
        let r = trim(self.text, r);
        if r.is_empty() {
            return None;
        }
        let ws = self.words(self.text, r.clone());
        if ws.is_empty() {
            return None;
        }
        let mut start_w = self.skip_leading_connectives(&ws)?;
        // "at least 21,000 said": a count, not a time ("at 21").
        if bare_count(&self.text[ws[start_w].start..r.end]) {
            return Some(plain_mention(ws[start_w].start..r.end, SourceKind::Group));
        }
        start_w += self.opening_phrase_len(&ws[start_w..]);
        let r = ws[start_w].start..r.end;
        let nwords = ws.len() - start_w;
        if self.opens_no_source(&ws[start_w..]) {
            return None;
        }
        // "is why critics", "has Clinton", "was what Sanders": a phrase opening
        // on a verb is the tail of the clause before; the subject ends it.
        if let Some(tail) = self.clause_tail(&ws[start_w..]) {
            return self.mention_in(tail, allow_long);
        }
        if let Some(p) = self.pronoun_after_conjunction(&ws[start_w..]) {
            return Some(pronoun_mention(p));
        }
        if self.ends_outside_noun_phrase(&ws[start_w..]) {
            return None;
        }
        if nwords == 1 && self.lone_word_names_no_one(ws[start_w].clone()) {
            return None;
        }
        if let Some(m) = self.outlet_mention(&r, nwords) {
            return Some(m);
        }
        // A phrase ending in a personal name is that person, whatever institution
        // it names first: "Police Chief Dana Ortiz", "Council member Rosa Delgado".
        let sources_here = within(&self.scan.sources, &r);
        let ws = self.without_trailing_parenthetical(ws, &r);
        if ws.len() <= start_w {
            return None;
        }
        let phrase = &ws[start_w..];
        let run = self.trailing_name_run(phrase, sources_here);
        // After "to", "of" or "for" capitals are an institution's name ("Committee to Protect Journalists").
        if self.titled_name(phrase, run) {
            return Some(plain_mention(r, SourceKind::Person));
        }
        if let Some(kind) = self.rule_source_kind(sources_here, &r)
            && (nwords <= 14 || allow_long)
        {
            return Some(plain_mention(r, kind));
        }
        if nwords == 1 && self.lex(LexiconClass::Pronoun, &self.text[r.clone()]) {
            return Some(pronoun_mention(r));
        }
        let kind = self.common_phrase_kind(phrase, &r, nwords, run)?;
        Some(plain_mention(r, kind))
    }

    /// How many words open `ws` before anything could be its subject: leading
    /// conjunctions left by a clause split, and sentence adverbs. `None` when
    /// nothing else is left.
    fn skip_leading_connectives(&self, ws: &[Range<usize>]) -> Option<usize> {
        // Drop leading conjunctions left by a clause split, and sentence adverbs
        // before the subject ("But now she wants").
        let mut start_w = 0;
        while start_w < ws.len()
            && [
                "and", "but", "so", "then", "yet", "that", "while", "as", "when", "which",
                "because", "if", "although", "though", "since", "where", "once", "until", "even",
                "only", "after", "before", "than", "now", "also", "still", "again", "later",
                "instead",
            ]
            .contains(&self.lower(&self.text[ws[start_w].clone()]).as_str())
        {
            // "That person said": a capitalised "That" before a common noun is
            // a determiner opening the subject, not a complementizer left by a split.
            if &self.text[ws[start_w].clone()] == "That"
                && ws.get(start_w + 1).is_some_and(|n| self.noun_after_that(n))
            {
                break;
            }
            start_w += 1;
        }
        (start_w < ws.len()).then_some(start_w)
    }

    /// How many words of a time phrase or an opening adjunct stand before the
    /// subject at the start of `ws`, so the source starts after them.
    fn opening_phrase_len(&self, ws: &[Range<usize>]) -> usize {
        let mut k = 0;
        // "In 2010 she", "On Monday he", "Last week Trump": a time phrase with no
        // comma before the subject.
        if let Some(n) = leading_time_phrase(self.text, ws) {
            k += n;
        }
        // "In a statement released Thursday, Rep. Ana Ruiz": a phrase opening
        // the sentence, up to its comma, stands before the subject.
        if let Some(n) = leading_adjunct(self.text, &ws[k..]) {
            k += n;
        }
        k
    }

    /// The subject pronoun ending `ws` when a conjunction before it opens a
    /// clause of its own; the words before then belong to another clause.
    fn pronoun_after_conjunction(&self, ws: &[Range<usize>]) -> Option<Range<usize>> {
        // "Ruiz spoke to the council and she": a pronoun after a conjunction opens a
        // clause of its own, and it alone is the subject.
        if ws.len() <= 2 {
            return None;
        }
        let (last, before) = (&ws[ws.len() - 1], &ws[ws.len() - 2]);
        // "Bush and I" is one subject: the word before the conjunction ends a
        // verb's object, not a name.
        (["and", "but", "or", "so"].contains(&self.lower(&self.text[before.clone()]).as_str())
            && ws[ws.len() - 3..ws.len() - 2]
                .iter()
                .all(|w| first_lower(&self.text[w.clone()]))
            && self.text[before.end..last.start].chars().all(is_blank)
            // "my siblings and I", "the staff and we": first persons join a list.
            && ["he", "she", "they", "it"].contains(&self.lower(&self.text[last.clone()]).as_str()))
        .then(|| last.clone())
    }

    /// Does the last word of `ws` show the phrase is no noun phrase: a word that
    /// cannot end a subject, or a preposition left without its object?
    fn ends_outside_noun_phrase(&self, ws: &[Range<usize>]) -> bool {
        let last = &self.text[ws[ws.len() - 1].clone()];
        // Words that cannot end a subject: a preposition or a conjunction means this is
        // not a noun phrase.
        // "It said": an institution already named, not the "it" that ends "make it".
        let lone_it = ws.len() == 1 && self.lower(&self.text[ws[0].clone()]) == "it";
        if NOT_SUBJECT_END.contains(&self.lower(last).as_str()) && !lone_it {
            return true;
        }
        // "the department had spent months pushing back against", "Democrats
        // are far from": a preposition left without its object ends a clause
        // cut short, no noun phrase (capitalised, a name: "Al From").
        [
            "against", "about", "from", "into", "toward", "towards", "upon",
        ]
        .contains(&last)
    }

    /// Is the single word `w` of a phrase one that names no one, though it
    /// stands where a subject would?
    fn lone_word_names_no_one(&self, w: Range<usize>) -> bool {
        // "When", "Having", "Speaking", "Dec": capitalised at a sentence start, but no source.
        let t = self.lower(&self.text[w.clone()]);
        if SUBORDINATORS.contains(&t.as_str()) || self.lex(LexiconClass::NumberAbbreviation, &t) {
            return true;
        }
        // "The retired surgeon" cut after its article: a bare article names no one.
        if ["the", "a", "an"].contains(&t.as_str()) {
            return true;
        }
        self.common_word_opening(w)
    }

    /// The phrase `r` as a news outlet, when the last outlet inside it ends the
    /// phrase or the phrase is short.
    fn outlet_mention(&self, r: &Range<usize>, nwords: usize) -> Option<Mention> {
        let (m, idx) = within(&self.scan.outlets, r).last()?;
        (m.end >= r.end.saturating_sub(1) || nwords <= 3).then(|| Mention {
            range: r.clone(),
            kind: SourceKind::Outlet,
            outlet: Some(*idx),
            pronoun: false,
        })
    }

    /// The words `ws` of the phrase `r` without a trailing parenthetical, so the
    /// name before it is read on its own.
    fn without_trailing_parenthetical(
        &self,
        mut ws: Vec<Range<usize>>,
        r: &Range<usize>,
    ) -> Vec<Range<usize>> {
        // A trailing parenthetical ("(CPJ)", "(D-Ore.)") is not part of the name.
        let core_end = match self.text[r.clone()].ends_with(')') {
            true => self.text[r.clone()]
                .rfind('(')
                .map_or(r.end, |k| r.start + k),
            false => r.end,
        };
        ws.retain(|w| w.end <= core_end);
        ws
    }

    /// How many capitalised words end the phrase `ws` as a personal name: no
    /// determiner, title word or word of a rule-pack source among them.
    fn trailing_name_run(
        &self,
        ws: &[Range<usize>],
        sources_here: &[(Range<usize>, usize)],
    ) -> usize {
        ws.iter()
            .rev()
            .take_while(|w| {
                let t = &self.text[(*w).clone()];
                starts_upper(t)
                    && !DETERMINERS.contains(&self.lower(t).as_str())
                    && !self.lex(LexiconClass::TitleWord, t)
                    && !sources_here
                        .iter()
                        .any(|(m, _)| m.start <= w.start && w.end <= m.end)
            })
            .count()
    }

    /// Is the phrase `ws`, whose last `run` words are a name, that person: a
    /// short name alone or after a title word?
    fn titled_name(&self, ws: &[Range<usize>], run: usize) -> bool {
        let before_run = (ws.len() > run).then(|| &self.text[ws[ws.len() - run - 1].clone()]);
        let title_before = before_run.is_some_and(|b| self.lex(LexiconClass::TitleWord, b));
        (2..=4).contains(&run) && (before_run.is_none() || title_before) || run == 1 && title_before
    }

    /// The kind of the rule-pack source inside the phrase `r` that its rule
    /// pack lists first.
    fn rule_source_kind(
        &self,
        sources_here: &[(Range<usize>, usize)],
        r: &Range<usize>,
    ) -> Option<SourceKind> {
        // The rule listed first wins: "Hamas sources" is anonymous, not the organization.
        let (_, idx) = sources_here
            .iter()
            .filter(|(m, _)| m.end <= r.end)
            .min_by_key(|(_, i)| *i)?;
        Some(self.engine.sources[*idx].kind)
    }

    /// The kind of a common-noun phrase `ws` (of `nwords` words before any
    /// parenthetical was dropped, the last `run` of them a name), or `None`
    /// when it is too long for a subject or reads as a clause.
    fn common_phrase_kind(
        &self,
        ws: &[Range<usize>],
        r: &Range<usize>,
        nwords: usize,
        run: usize,
    ) -> Option<SourceKind> {
        let first = self.lower(&self.text[ws[0].clone()]);
        // A long phrase is a source only when it is a name with its titles:
        // "Palm Beach County Supervisor of Elections Susan Bucher",
        // "Republican presidential hopefuls Jeb Bush and Chris Christie".
        let name_phrase = || run >= 2 && nwords <= 14 && self.name_with_titles(ws);
        // "Large majorities of Republican primary voters in six states going to the
        // polls on Super Tuesday said": a poll share may run long.
        let poll_share = nwords <= 16 && share_of(&self.text[r.clone()]);
        // "The deputy head of China’s delegation to the forum said", "Several people
        // I’ve spoken with over the last weeks said": a determiner phrase may run long.
        let determined = nwords <= 14
            && (DETERMINERS.contains(&first.as_str()) || QUANTIFIERS.contains(&first.as_str()));
        let postmodified = (nwords <= 12).then(|| self.postmodified(ws)).flatten();
        if nwords > 7 && !name_phrase() && !poll_share && !determined && postmodified.is_none() {
            return None;
        }
        if self.reads_as_clause(ws) {
            return None;
        }
        self.noun_phrase_kind(ws, r, nwords, &first, poll_share, postmodified)
    }

    /// Is every word of `ws` part of a name with its titles: capitalised, a
    /// title word, a plural noun or one of the small words such names carry?
    fn name_with_titles(&self, ws: &[Range<usize>]) -> bool {
        ws.iter().all(|w| {
            let t = &self.text[w.clone()];
            starts_upper(t)
                || [
                    "of",
                    "for",
                    "the",
                    "and",
                    "on",
                    "presidential",
                    "former",
                    "state",
                ]
                .contains(&t)
                || self.lex(LexiconClass::TitleWord, t)
                || plural_noun(t)
        })
    }

    /// Does the phrase at `range` open on a share of people: a quantifier
    /// standing for people ("None of the three laid out", "few on either
    /// side think", "Some of those surveyed shared", "Many carried"), one
    /// before a noun ("most presidents have supported"), or a percentage
    /// ("Thirty-seven percent would vote for", "40% of riders")? A quantified
    /// subject counts whoever it counts, so it passes the `named_source`
    /// check of a cue as a people noun does (10 new true attributions against
    /// 3 false on PolNeAR train). Hedges before it are skipped ("only four
    /// percent", "a majority"), but not "the" ("the most telling promise").
    pub(super) fn share_of_people(&self, range: &Range<usize>) -> bool {
        const HEDGES: &[&str] = &[
            "only", "about", "nearly", "almost", "just", "roughly", "fully", "a",
        ];
        let text = self.text;
        let mut ws = self
            .iter_words(text, range.clone())
            .map(|w| &text[w])
            .skip_while(|w| HEDGES.contains(&self.lower(w).as_str()));
        let Some(first) = ws.next() else {
            return false;
        };
        self.lex(LexiconClass::ShareWord, first)
            || first.ends_with('%')
            || ws.next().is_some_and(|w| w.eq_ignore_ascii_case("percent"))
    }

    /// Whether `ws` is a plural or people noun followed by a modifier;
    /// `Some(true)` when the head is a people noun.
    fn postmodified(&self, ws: &[Range<usize>]) -> Option<bool> {
        // "People who have battled other online threats say", "Proponents of the
        // new bill say": a plural or people noun heading a phrase with a
        // prepositional or relative modifier; a people noun heads a group, any
        // other plural a common-noun subject.
        let head = self.lower(&self.text[ws[0].clone()]);
        let next = self.lower(&self.text[ws.get(1)?.clone()]);
        let people = self.lex(LexiconClass::PeopleNoun, &head)
            || self.lex(LexiconClass::PeopleNoun, &self.text[ws[0].clone()]);
        ([
            "of", "who", "in", "from", "at", "across", "with", "on", "around", "inside", "outside",
            "near", "for",
        ]
        .contains(&next.as_str())
            && (people || plural_noun(&head)))
        .then_some(people)
    }

    /// Does a finite "be" or a subordinator inside `ws`, outside a relative
    /// clause, make it a clause rather than a noun phrase?
    fn reads_as_clause(&self, ws: &[Range<usize>]) -> bool {
        // A finite "be" or a subordinator inside the phrase makes it a clause, not a
        // noun phrase: "the Democrats are acting as though they", "I could barely
        // stop grinning as I". A relative clause may hold one ("officials who were").
        // Auxiliaries at the end ("O’Malley’s move was first") are the cue's passive.
        let mut core_end = ws.len();
        while core_end > 1 {
            let t = self.lower(&self.text[ws[core_end - 1].clone()]);
            if BE.contains(&t.as_str()) || self.lex(LexiconClass::SkipAdverb, &t) {
                core_end -= 1;
            } else {
                break;
            }
        }
        let clause_word = ws[1..core_end].iter().any(|w| {
            let t = self.lower(&self.text[w.clone()]);
            BE.contains(&t.as_str()) || ["though", "because", "while", "if"].contains(&t.as_str())
        });
        let relative = ws.iter().any(|w| self.is_relative_pronoun(w.clone()));
        clause_word && !relative
    }

    /// The kind of the noun phrase `ws` (in `r`, opening on the lowercased
    /// `first`) from its shape: a quantifier, a name, a determiner or
    /// possessive phrase, a place or party adjective, a poll share, a plural
    /// or a bare role; `None` when it has none of these shapes.
    fn noun_phrase_kind(
        &self,
        ws: &[Range<usize>],
        r: &Range<usize>,
        nwords: usize,
        first: &str,
        poll_share: bool,
        postmodified: Option<bool>,
    ) -> Option<SourceKind> {
        let last = &self.text[ws[ws.len() - 1].clone()];
        // "O’Malley’s campaign", "Rival Hillary Clinton’s campaign".
        let possessive = ws[..ws.len() - 1].iter().any(|w| {
            let t = &self.text[w.clone()];
            t.ends_with("’s")
                || t.ends_with("'s")
                || t.ends_with("s’")
                // "Sanders’ campaign": the apostrophe may fall outside the word.
                || t.ends_with('s') && self.text[w.end..].starts_with(['’', '\''])
        }) && nwords <= 6;
        let kind = if nwords == 1
            && first_lower(last)
            && [
                "some", "several", "both", "few", "another", "each", "none", "many", "most",
            ]
            .contains(&first)
        {
            // "while several say", "another says", "some say": a quantifier standing
            // alone counts people (capitalised, it passes as a name already).
            SourceKind::Group
        } else if starts_upper(last) && !DETERMINERS.contains(&first) {
            SourceKind::Person
        } else if starts_upper(last) {
            SourceKind::Organization
        } else if (DETERMINERS.contains(&first) || QUANTIFIERS.contains(&first) || possessive)
            && nwords > 1
        {
            // "the senator", "O’Malley’s campaign", "one delegate".
            SourceKind::Unknown
        } else if nwords <= 4
            && starts_upper(&self.text[ws[0].clone()])
            && ws[1..].iter().all(|w| {
                first_lower(&self.text[w.clone()]) && !self.text[w.clone()].ends_with("ly")
            })
            && nwords > 1
        {
            // "California delegate", "Republican strategists": an adjective of place or
            // party before a common noun.
            SourceKind::Unknown
        } else if nwords <= 5
            && (QUANTITIES.contains(&self.lower(last).as_str())
                || QUANTITIES.contains(&first)
                || out_of_ten(&self.text[r.clone()]))
            || poll_share
        {
            // "63 percent said", "Nearly half said", "Six in 10 say": poll respondents.
            SourceKind::Group
        } else if nwords <= 4 && plural_noun(last) {
            // "Shipping companies said", "council members said".
            SourceKind::Group
        } else if let Some(people) = postmodified {
            if people {
                SourceKind::Group
            } else {
                SourceKind::Unknown
            }
        } else if self.bare_role(ws) {
            // "…, analyst says", "federal judge rules": headline grammar drops the article.
            SourceKind::Unknown
        } else {
            return None;
        };
        Some(kind)
    }

    /// Are the words `ws` of a would-be source phrase something other than a
    /// noun phrase, though capitalised at a sentence start they pass for a
    /// name? A time phrase alone ("On Thursday", "By Sunday"), a gerund and
    /// its particle ("Rattling off"), or one word that is a preposition, a
    /// participle of "have" or "be" ("Having", "Despite"), a contracted
    /// pronoun ("It’s", "There’s", "I'm", "Don't") or a sentence adverb
    /// ("Shortly", "Publicly", "Hastily").
    pub(super) fn opens_no_source(&self, ws: &[Range<usize>]) -> bool {
        // Not the adjunct list `PREPOSITIONS` (nor content's `INTRO_WORDS`):
        // some of its words are surnames standing alone as a source ("From
        // said", Al From: reusing it drops three right attributions on train).
        const OPENERS: &[&str] = &[
            "in",
            "on",
            "at",
            "after",
            "before",
            "during",
            "through",
            "into",
            "against",
            "behind",
            "via",
            "of",
            "toward",
            "towards",
            "throughout",
            "despite",
            "by",
            "with",
            "without",
            "for",
            "to",
            "amid",
            "among",
            "unlike",
            "upon",
            "within",
            "having",
            "being",
            // "Just ask her": an imperative has no source.
            "just",
            // "Asked on Monday whether …, Mrs. Clinton shook her head and
            // said": the participle opening a question's clause is no name.
            "asked",
        ];
        let Some(first) = ws.first() else {
            return false;
        };
        let t = &self.text[first.clone()];
        let lw = self.lower(t);
        if time_phrase_len(self.text, ws) == Some(ws.len()) {
            return true;
        }
        if ws.len() == 2 {
            let second = self.lower(&self.text[ws[1].clone()]);
            return starts_upper(t)
                && lw.len() > 5
                && lw.ends_with("ing")
                && !lw.contains('-')
                && ["off", "up", "out", "down", "back", "away"].contains(&second.as_str());
        }
        if ws.len() > 1 {
            return false;
        }
        let apostrophe = lw.replace('’', "'");
        if let Some((stem, suffix)) = apostrophe.split_once('\'')
            && (["it", "there", "that", "here", "i", "what"].contains(&stem)
                || ["t", "m", "re", "ll", "ve", "d"].contains(&suffix))
        {
            return true;
        }
        // The rule pack's sentence adverbs, and -ly words in -tly, -ily or
        // -ally that name no one; names like "Connolly", "Schlafly", "Beverly"
        // stay.
        OPENERS.contains(&lw.as_str())
            || starts_upper(t)
                && lw.ends_with("ly")
                && (self.lex(LexiconClass::SkipAdverb, &lw)
                    || lw.len() >= 7
                        && (lw.ends_with("ally") || lw.ends_with("tly") || lw.ends_with("ily")))
    }

    /// Is the one word `w`, capitalised at a sentence's start, no name but
    /// the start of a phrase opening the sentence? A participle before its
    /// object or infinitive ("Using a crude expression to describe …, he
    /// said", "Continuing to explain, Ortiz …"; a name ending in -ing is
    /// followed by its verb: "Schilling defended"), or a connective or
    /// preposition the sentence opens with ("However, …", "Absent a
    /// defense, voters …", "More recently, …").
    fn common_word_opening(&self, w: Range<usize>) -> bool {
        const CONNECTIVES: &[&str] = &[
            "however",
            "absent",
            "more",
            "moreover",
            "meanwhile",
            "nevertheless",
            "nonetheless",
            "therefore",
            "thus",
            "indeed",
            "otherwise",
            "likewise",
            "furthermore",
        ];
        let text = self.text;
        let t = &text[w.clone()];
        let lw = self.lower(t);
        if !starts_upper(t) || !t.chars().all(char::is_alphabetic) {
            return false;
        }
        // Capitalised after the end of a sentence, a line, or an opening quote.
        let before = text[..w.start].trim_end_matches([' ', '\t', '\u{a0}', '“', '"', '‘']);
        let opens_sentence =
            before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':', '”', '"', '—', '–']);
        if !opens_sentence {
            return false;
        }
        if CONNECTIVES.contains(&lw.as_str()) {
            return true;
        }
        if lw.len() < 5 || !lw.ends_with("ing") {
            return false;
        }
        let next = text[w.end..]
            .strip_prefix(' ')
            .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .filter(|n| !n.is_empty());
        next.is_some_and(|n| {
            first_lower(n)
                && !n.ends_with("ed")
                && !n.ends_with('s')
                && !BE.contains(&n)
                && !AUXILIARIES.contains(&n)
                && !["said", "told", "wrote", "spoke"].contains(&n)
        })
    }

    /// Do the words `ws` of a would-be source open on a verb (a form of
    /// "be", an auxiliary, "does", "not"), the tail of the clause before,
    /// and end on a wh-clause whose subject the cue goes with ("is why
    /// critics", "was what Sanders")? That subject. Otherwise `None`, and
    /// the phrase is read as it stands: dropping "has always", "does" as
    /// sources dropped attributions whose cue was right on train, and the
    /// name ending "is a super PAC", "had Mr. Rubio" took verbs that are no
    /// cue there.
    fn clause_tail(&self, ws: &[Range<usize>]) -> Option<Range<usize>> {
        let text = self.text;
        let first = &text[ws.first()?.clone()];
        let lf = first.to_string();
        if !(BE.contains(&lf.as_str())
            || AUXILIARIES.contains(&lf.as_str())
            || ["does", "do", "did"].contains(&lf.as_str()))
            // "would-be criminals": a compound is no verb.
            || text[ws[0].end..].starts_with('-')
        {
            return None;
        }
        let end = ws.last()?.end;
        if let Some(k) = ws.iter().rposition(|w| {
            matches!(
                self.lower(&text[w.clone()]).as_str(),
                "why" | "what" | "how" | "where" | "when"
            )
        }) && k + 1 < ws.len()
        {
            return Some(ws[k + 1].start..end);
        }
        None
    }

    /// A role named without an article, as headlines do ("analyst", "former
    /// rival", "federal judge"): at most three lower-case words ending in a
    /// title or a people noun that is no modifier. Outside a headline, not
    /// the bare "people", "men" of generalisations ("people think", "men
    /// reported"), which PolNeAR train rarely attributes.
    fn bare_role(&self, ws: &[Range<usize>]) -> bool {
        const MODIFIERS: &[&str] = &[
            "former", "top", "senior", "vice", "special", "acting", "deputy", "press", "state",
            "foreign", "defense", "national", "security", "one", "two", "them", "whom", "public",
            "member", "campaign",
        ];
        let Some(last) = ws.last() else {
            return false;
        };
        let head = &self.text[last.clone()];
        let in_headline = self
            .headline
            .as_ref()
            .is_some_and(|h| h.start <= ws[0].start && last.end <= h.end);
        let generic = matches!(
            head,
            "people" | "person" | "men" | "women" | "man" | "woman" | "resident"
        );
        // "$12,000 per student": a rate, not a source.
        let rate = self.text[..ws[0].start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("per"));
        ws.len() <= 3
            && (in_headline || !generic && !rate)
            && ws.iter().all(|w| first_lower(&self.text[w.clone()]))
            && !MODIFIERS.contains(&head)
            && (self.lex(LexiconClass::TitleWord, head) || self.lex(LexiconClass::PeopleNoun, head))
    }

    /// A source phrase starting at `pos` and ending before a comma, period or "that".
    pub(super) fn mention_after(&self, pos: usize, end: usize) -> Option<(Mention, usize)> {
        let stop = self.phrase_stop(pos, end) - pos;
        let mut r = pos..pos + stop;
        let lr = self.text[r.clone()].to_ascii_lowercase();
        if let Some(i) = find_word(&lr, "that") {
            r.end = r.start + i;
        }
        // "said Dan Golvach when asked about …", "said a former official and
        // described …": a subordinate clause or a second verb ends the phrase.
        let mut prev_and = false;
        let ws: Vec<_> = self.iter_words(self.text, r.clone()).collect();
        let mut prev_upper = ws
            .first()
            .is_some_and(|w| starts_upper(&self.text[w.clone()]));
        for (i, w) in ws.iter().enumerate().skip(1) {
            let w = w.clone();
            let lw = self.lower(&self.text[w.clone()]);
            // "said John Smith on Monday", "said Sen. Ann Lee in a statement",
            // "said Trump at a rally": after a name, a day or a preposition
            // opening a determined phrase or a day is an adjunct of the verb,
            // not part of the speaker ("a professor at the university" keeps
            // its phrase: no name before "at").
            let next = ws.get(i + 1).map(|n| self.lower(&self.text[n.clone()]));
            // "USA TODAY contributor": a day in capitals is part of a name.
            let day = WEEKDAYS.contains(&lw.as_str())
                && self.text[w.clone()].chars().any(char::is_lowercase);
            let adjunct_after_name = prev_upper
                && (day
                    || ["in", "on", "at"].contains(&lw.as_str())
                        && next
                            .as_deref()
                            .is_some_and(|n| DETERMINERS.contains(&n) || WEEKDAYS.contains(&n)));
            prev_upper = starts_upper(&self.text[w.clone()]);
            if [
                "when", "while", "as", "after", "before", "because", "during",
            ]
            .contains(&lw.as_str())
                || adjunct_after_name
                || prev_and && (lw.ends_with("ed") || self.is_cue_word(w.clone()))
            {
                let cut = if prev_and {
                    self.last_word(self.text, r.start, w.start)
                        .map_or(w.start, |a| a.start)
                } else {
                    w.start
                };
                r.end = trim(self.text, r.start..cut).end;
                break;
            }
            prev_and = lw == "and";
        }
        // "said a strategist who spoke on the condition of anonymity to speak
        // candidly about …": a relative clause may run past any length a noun
        // phrase has; the head before it decides.
        let m = self.mention_in(r.clone(), true).or_else(|| {
            let who = self
                .iter_words(self.text, r.clone())
                .skip(1)
                .find(|w| matches!(self.lower(&self.text[w.clone()]).as_str(), "who" | "whom"))?;
            let head = self.mention_in(r.start..who.start, false)?;
            Some(Mention {
                range: trim(self.text, r.clone()),
                ..head
            })
        })?;
        Some((m, r.end))
    }

    /// A noun phrase of up to 20 words from `pos` to the next comma or sentence end,
    /// whatever its words: the source after "according to".
    pub(super) fn any_phrase_after(&self, pos: usize, end: usize) -> Option<(Mention, usize)> {
        let s = &self.text[pos..end];
        // A quotation inside the phrase is part of it ("according to her
        // “clawback” plan"); one opening it is not.
        let stop = if s.starts_with(['“', '"']) {
            0
        } else {
            s.find([',', ';', ':', '(', '—', '–']).unwrap_or(s.len())
        };
        let r = trim(self.text, pos..pos + stop);
        let r = r.start..r.end - usize::from(self.text[r.clone()].ends_with('.'));
        let n = self.iter_words(self.text, r.clone()).take(21).count();
        if n == 0 || n > 20 {
            return None;
        }
        let one = &self.text[r.clone()];
        let pronoun = n == 1
            && (self.lex(LexiconClass::Pronoun, one)
                || ["him", "her", "them", "me", "us"].contains(&self.lower(one).as_str()));
        // "according to plan", "according to schedule": one common noun is no
        // source, but a web address is ("according to ouest-france.fr").
        let address = one.contains('.') && !one.ends_with('.');
        if n == 1 && !pronoun && !address && !starts_upper(one) {
            return None;
        }
        let m = Mention {
            range: r.clone(),
            kind: SourceKind::Unknown,
            outlet: None,
            pronoun,
        };
        Some((m, r.end))
    }
}

/// Merges source phrases into sources: aliases, acronyms the article
/// defines, surnames of people named in full.
pub(super) struct Registry<'a> {
    pub(super) text: &'a str,
    pub(super) engine: &'a Engine,
    pub(super) sources: Vec<Source>,
    /// Hashed with FNV: short keys, looked up for every attributed claim.
    pub(super) keys: HashMap<String, usize, std::hash::BuildHasherDefault<crate::phrases::Fnv>>,
    /// Acronyms defined in the article ("Middle East Eye (MEE)"): acronym -> full name.
    pub(super) acronyms: HashMap<String, String>,
    /// People by the last word of their name, as written, in source order:
    /// a one-word name finds the first of them without walking every source.
    pub(super) by_last: FnvMap<String, Vec<usize>>,
    /// Sources other than people whose name has several words, by the last
    /// word lower-cased, in source order: "the authority" finds "transit authority".
    pub(super) by_head: FnvMap<String, Vec<usize>>,
    /// The article's quotations, sorted: a name inside one is someone's words,
    /// not a person the narration has introduced.
    pub(super) quotes: &'a [crate::segment::Quote],
    /// The pronoun ("he" or "she") a person's first name or title in one of
    /// their mentions gives ("Mr. Biden", "Sen. Elizabeth Warren"): the name
    /// the report keeps may have lost the word that told.
    pub(super) pronoun_of: FnvMap<usize, Gender>,
}

/// The gender "he" or "she" asks of the person it refers to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Gender {
    Female,
    Male,
}

impl Gender {
    fn of_pronoun(p: &str) -> Option<Gender> {
        match p {
            "she" => Some(Gender::Female),
            "he" => Some(Gender::Male),
            _ => None,
        }
    }
}

pub(super) type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<crate::phrases::Fnv>>;

pub(super) fn strip_title(engine: &Engine, name: &str) -> String {
    let ws: Vec<&str> = name.split_whitespace().collect();
    // The trailing run of capitalised words is the name; titles before it go.
    let mut k = ws.len();
    while k > 0 {
        let w = ws[k - 1];
        if starts_upper(w) && !engine.lexicon.has(LexiconClass::TitleWord, w)
            || w.starts_with("al-")
            || ["de", "van", "von", "bin", "da", "del", "la", "le"].contains(&w)
        {
            k -= 1;
        } else {
            break;
        }
    }
    let run = &ws[k..];
    if run.is_empty() {
        return name.to_string();
    }
    run.join(" ").trim_end_matches(['’', '\'']).to_string()
}

/// A word without its possessive ending: "Scalia’s" → "Scalia", "Sanders’" → "Sanders".
fn without_possessive(w: &str) -> &str {
    ["’s", "'s", "’", "'"]
        .iter()
        .find_map(|p| w.strip_suffix(p))
        .unwrap_or(w)
}

/// Does `name` end with the whole words of `tail` ("lily eskelsen garcía" with
/// "eskelsen garcía", not "hillary clinton" with "bill clinton")?
fn ends_with_words(name: &str, tail: &str) -> bool {
    name.strip_suffix(tail)
        .is_some_and(|head| head.is_empty() || head.ends_with(' '))
}

pub(super) fn clean_np(s: &str) -> String {
    let s = s.trim_matches(|c: char| is_blank(c) || matches!(c, ',' | '.' | ';' | ':'));
    let mut out = String::new();
    for (i, w) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

impl<'a> Registry<'a> {
    pub(super) fn intern(
        &mut self,
        key: String,
        name: String,
        kind: SourceKind,
        outlet: Option<usize>,
    ) -> usize {
        if let Some(i) = self.keys.get(&key) {
            return *i;
        }
        let i = self.sources.len();
        let aliases = outlet
            .map(|o| self.engine.outlets[o].aliases.clone())
            .unwrap_or_default();
        self.sources.push(Source {
            name,
            kind,
            aliases,
            mentions: Vec::new(),
            outlet,
        });
        self.index(i);
        self.keys.insert(key, i);
        i
    }

    /// The last person of the pronoun's gender the narration named in the 700
    /// bytes before `pos`, outside quotations: "Mayor Ana Ruiz", "Sen. Cruz",
    /// "Tom Reyes". A name counts when a person title stands before it or it
    /// opens with a first name, and only when a first name or a title tells its
    /// gender and no other person of that gender is named in the window: a
    /// wrong person is worse than an unknown one.
    pub(super) fn named_person_before(&self, pos: usize, want: Gender) -> Option<Range<usize>> {
        let mut lo = pos.saturating_sub(700);
        while !self.text.is_char_boundary(lo) {
            lo += 1;
        }
        let lex = &self.engine.lexicon;
        let ws = words(self.text, lo..pos);
        let is_name = |w: &Range<usize>| {
            let t = without_possessive(&self.text[w.clone()]);
            starts_upper(t)
                && t.chars().count() >= 2
                && t.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.'))
                && !lex.has(LexiconClass::TitleWord, t)
                && !DETERMINERS.contains(&lower(t).as_str())
        };
        let blank_between =
            |a: &Range<usize>, b: &Range<usize>| self.text[a.end..b.start].chars().all(is_blank);
        let paragraph = self.text[..pos].rfind('\n').map_or(0, |k| k + 1);
        let mut found: Option<(Range<usize>, &str)> = None;
        for i in (0..ws.len()).rev() {
            // "Ms." and "Sen." as the lexicon lists them, with their period.
            let dot = usize::from(self.text[ws[i].end..].starts_with('.'));
            let w = &self.text[ws[i].start..ws[i].end + dot];
            // "Trump’s response …. He has proposed": a person the article named
            // as a source, by surname, when no name run was found nearer.
            let bare = without_possessive(w);
            if found.is_none()
                && starts_upper(bare)
                && let Some(&k) = self.by_last.get(bare).and_then(|v| v.last())
            {
                match self.person_pronoun(k) {
                    Some(g) if g == want => {
                        return Some(ws[i].start..ws[i].start + bare.len());
                    }
                    Some(_) => continue,
                    None => return None,
                }
            }
            let gendered = lex.has(LexiconClass::FemalePersonWord, w)
                || lex.has(LexiconClass::MalePersonWord, w);
            // "spokeswoman", "Mrs.", "Sir" stand before a name; "Hillary" opens one.
            let title = lex.has(LexiconClass::TitleWord, w)
                && !INSTITUTION_TITLE.contains(&lower(w).as_str())
                || gendered
                    && (!starts_upper(w)
                        || w.ends_with('.')
                        || ["Miss", "Madam", "Sir", "Lord"].contains(&w));
            // The name: the capitalised words after a title, or from a first name on.
            let from = match (title, gendered) {
                (true, _) => i + 1,
                (false, true) => i,
                (false, false) => continue,
            };
            let mut to = from;
            while to < ws.len()
                && to < from + 3
                && is_name(&ws[to])
                && (to == from || blank_between(&ws[to - 1], &ws[to]))
            {
                to += 1;
            }
            // A lone first name is no name; a run that goes on is a longer phrase.
            if to == from
                || (from == i && to - from < 2)
                || (from == i + 1 && !blank_between(&(ws[i].start..ws[i].end + dot), &ws[from]))
                || ws
                    .get(to)
                    .is_some_and(|n| is_name(n) && blank_between(&ws[to - 1], n))
            {
                continue;
            }
            let (first, last) = (&ws[from], &ws[to - 1]);
            if self
                .quotes
                .iter()
                .any(|q| q.range.start <= first.start && last.end <= q.range.end)
            {
                continue;
            }
            match self.gender_of([w, &self.text[first.clone()]]) {
                Some(g) if g == want => {}
                // Someone of the other gender: look further back.
                Some(_) => continue,
                // "President Obama" with no first name: perhaps the one meant, so
                // no one further back is.
                _ => return found.map(|(r, _)| r),
            }
            // "Justice Scalia’s opinion": the person, without the possessive.
            let end = last.start + without_possessive(&self.text[last.clone()]).len();
            let surname = &self.text[last.start..end];
            match &found {
                None => found = Some((first.start..end, surname)),
                // "Ms. Ruiz took on Maria Lopez after she had said": two people of
                // the pronoun's gender in its paragraph, and no telling which.
                Some((_, s)) if *s != surname && first.start >= paragraph => return None,
                Some(_) => break,
            }
        }
        found.map(|(r, _)| r)
    }

    /// The gender `words` (first names, titles) mark, when they mark only one.
    fn gender_of<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> Option<Gender> {
        let lex = &self.engine.lexicon;
        let (mut female, mut male) = (false, false);
        for w in words {
            female |= lex.has(LexiconClass::FemalePersonWord, w);
            male |= lex.has(LexiconClass::MalePersonWord, w);
        }
        match (female, male) {
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        }
    }

    /// The pronoun source `i` takes, when its first name or else a title in
    /// one of its mentions tells.
    fn person_pronoun(&self, i: usize) -> Option<Gender> {
        let first = self.sources[i].name.split_whitespace().next();
        self.gender_of(first)
            .or_else(|| self.pronoun_of.get(&i).copied())
    }

    /// An earlier non-person source whose name ends with this head noun ("transit authority" for "authority").
    pub(super) fn head_noun_source(&self, head: &str) -> Option<usize> {
        let h = lower(head);
        if h.is_empty() || h.contains(' ') {
            // Not one word: not what the index holds.
            let suffix = format!(" {}", h);
            return self.sources.iter().rposition(|s| {
                s.kind != SourceKind::Person
                    && s.name.contains(' ')
                    && lower(&s.name).ends_with(&suffix)
            });
        }
        self.by_head.get(&*h).and_then(|v| v.last().copied())
    }

    /// Add source `i`, under its current name, to the look-up indexes.
    pub(super) fn index(&mut self, i: usize) {
        let s = &self.sources[i];
        if s.kind == SourceKind::Person {
            if let Some(last) = s.name.split_whitespace().last() {
                let ids = self.by_last.entry(last.to_string()).or_default();
                let at = ids.partition_point(|&j| j < i);
                ids.insert(at, i);
            }
        } else if let Some(k) = s.name.contains(' ').then(|| lower(&s.name)) {
            let head = &k[k.rfind(' ').map_or(0, |p| p + 1)..];
            let ids = self.by_head.entry(head.to_string()).or_default();
            let at = ids.partition_point(|&j| j < i);
            ids.insert(at, i);
        }
    }

    /// Take source `i` out of the look-up indexes, before its name changes.
    pub(super) fn unindex(&mut self, i: usize) {
        let s = &self.sources[i];
        let ids = if s.kind == SourceKind::Person {
            s.name
                .split_whitespace()
                .last()
                .and_then(|last| self.by_last.get_mut(last))
        } else if let Some(k) = s.name.contains(' ').then(|| lower(&s.name)) {
            let head = &k[k.rfind(' ').map_or(0, |p| p + 1)..];
            self.by_head.get_mut(head)
        } else {
            None
        };
        if let Some(ids) = ids {
            ids.retain(|&j| j != i);
        }
    }

    /// Give source `i` a new name, keeping the indexes in step.
    pub(super) fn rename(&mut self, i: usize, name: String) -> String {
        self.unindex(i);
        let old = std::mem::replace(&mut self.sources[i].name, name);
        self.index(i);
        old
    }

    pub(super) fn add_alias(&mut self, i: usize, alias: &str) {
        let s = &mut self.sources[i];
        if alias != s.name && !s.aliases.iter().any(|a| a == alias) {
            s.aliases.push(alias.to_string());
        }
    }

    /// The name a relative "who" follows: "Paul Ryan, who", "Donald J.
    /// Trump, who". At most four capitalised words right before the comma.
    fn name_before_who(&self, m: &Mention) -> Option<Mention> {
        let text = self.text;
        if lower(&text[m.range.clone()]) != "who" {
            return None;
        }
        let before = text[..m.range.start].trim_end_matches(is_blank);
        let before = before.strip_suffix(',').unwrap_or(before);
        let end = before.len();
        let mut start = end;
        let mut lo = end.saturating_sub(80);
        while !text.is_char_boundary(lo) {
            lo += 1;
        }
        for w in words(text, lo..end).iter().rev().take(4) {
            // "Donald J. Trump", "Mr. Cruz": an initial or a title keeps
            // its period.
            let t = &text[w.clone()];
            let gap = &text[w.end..start.max(w.end)];
            let abbreviation = t.chars().count() == 1
                || ["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Jr"].contains(&t);
            let gap = if abbreviation {
                gap.strip_prefix('.').unwrap_or(gap)
            } else {
                gap
            };
            // A name does not run across lines: a headline with no full stop
            // ("… Die On The Street") ends right before "Donald Trump, who".
            if !gap.chars().all(is_blank) || gap.contains('\n') || !starts_upper(t) {
                break;
            }
            start = w.start;
        }
        // A name of two words at least: "Trump, who" alone may be anyone's.
        (words(text, start..end).len() >= 2).then_some(Mention {
            range: start..end,
            kind: SourceKind::Person,
            outlet: None,
            pronoun: false,
        })
    }

    pub(super) fn resolve(&mut self, m: &Mention, history: &[usize]) -> usize {
        let raw = clean_np(&self.text[m.range.clone()]);
        let idx = if let Some(o) = m.outlet {
            let key = source_key("outlet", &self.engine.outlets[o].id);
            match self.keys.get(&key) {
                Some(&i) => i,
                None => {
                    let name = self.engine.outlets[o].name.clone();
                    self.intern(key, name, SourceKind::Outlet, Some(o))
                }
            }
        } else if m.pronoun
            && let Some(name) = self.name_before_who(m)
        {
            // "Paul Ryan, who surprised Trump by declaring": "who" after a
            // name is that person, not the last source the article named.
            self.resolve(&name, history)
        } else if m.pronoun {
            let p = lower(&raw);
            let want = |k: SourceKind| match p.as_str() {
                "he" | "she" | "who" => k == SourceKind::Person,
                "it" => matches!(
                    k,
                    SourceKind::Organization | SourceKind::Outlet | SourceKind::Document
                ),
                // A plural is no one person ("Republicans say … They say").
                "they" => !matches!(k, SourceKind::Person | SourceKind::Unknown),
                // "I" and "we" are the writer or the speaker being quoted, not the
                // last source named: on PolNeAR train the nearest source was
                // someone else in 11 of 12 sampled cases.
                "i" | "we" => false,
                _ => true,
            };
            // The gender a person's first name or title gives, for he and she.
            let wanted = Gender::of_pronoun(p.as_str());
            let fits =
                |i: usize| wanted.is_none_or(|w| self.person_pronoun(i).is_none_or(|g| g == w));
            // "Mayor Ana Ruiz spoke on Tuesday. She said …": the person the
            // narration named after source `since` (if any), of the pronoun's gender.
            let named_since = |since: Option<usize>| {
                wanted
                    .and_then(|w| self.named_person_before(m.range.start, w))
                    .filter(|r| {
                        since.is_none_or(|i| {
                            self.sources[i]
                                .mentions
                                .last()
                                .is_none_or(|l| l.end <= r.start)
                        })
                    })
            };
            // Pronouns look back a bounded way: they refer to recent sources. The
            // nearest person, unless a first name says it is of the other gender
            // ("Bill Clinton … she said"); then the next one whose name does not
            // say so, or a person the narration named since.
            let mut people = history
                .iter()
                .rev()
                .take(64)
                .copied()
                .filter(|&i| want(self.sources[i].kind));
            let (found, named) = match people.next() {
                Some(i) if fits(i) => (Some(i), None),
                Some(_) => {
                    let next = people.find(|&i| fits(i));
                    (next, named_since(next))
                }
                None => (None, named_since(None)),
            };
            match found {
                _ if let Some(r) = named => {
                    let named = Mention {
                        range: r,
                        kind: SourceKind::Person,
                        outlet: None,
                        pronoun: false,
                    };
                    self.resolve(&named, history)
                }
                Some(i) => i,
                None => self.intern(
                    source_key("unknown", &p),
                    raw.clone(),
                    SourceKind::Unknown,
                    None,
                ),
            }
        } else {
            // "the Committee to Protect Journalists (CPJ)": the name without its parenthetical.
            let (raw, paren) = match (raw.rfind(" ("), raw.ends_with(')')) {
                (Some(k), true) => (
                    raw[..k].to_string(),
                    Some(raw[k + 2..raw.len() - 1].to_string()),
                ),
                _ => (raw.clone(), None),
            };
            if let Some(full) = self.acronyms.get(&raw).cloned() {
                // An acronym the article defined: the same source as its full name.
                let key = source_key(SourceKind::Organization.as_str(), &lower(&full));
                let i = self.intern(key, full, SourceKind::Organization, None);
                self.add_alias(i, &raw);
                self.sources[i].mentions.push(m.range.clone());
                return i;
            }
            let mut name = raw.clone();
            let first = name.split_whitespace().next().unwrap_or("").to_string();
            if lower(&first) == "the" {
                name = name[first.len()..].trim_start().to_string();
            } else if ["a", "an", "one", "two", "three", "some", "several"]
                .contains(&lower(&first).as_str())
            {
                name = format!("{}{}", lower(&first), &name[first.len()..]);
            }
            match m.kind {
                SourceKind::Person => {
                    let person = strip_title(self.engine, &name);
                    let surname = person.split_whitespace().last().unwrap_or("").to_string();
                    let exact = source_key("person", &lower(&person));
                    let namesakes = match person.contains(' ') {
                        true => None,
                        false => self.by_last.get(&person).filter(|v| v.len() > 1),
                    };
                    if let Some(v) = namesakes {
                        // "Clinton" when Hillary and Bill Clinton are both in the
                        // article: the one mentioned last, of the gender a title
                        // gives ("Mrs. Clinton").
                        let marked = raw
                            .rsplit_once(' ')
                            .and_then(|(title, _)| self.gender_of(title.split_whitespace()));
                        let recent = |i: &&usize| self.sources[**i].mentions.last().map(|r| r.end);
                        let fitting = v.iter().filter(|&&i| {
                            marked.is_none_or(|g| self.person_pronoun(i).is_none_or(|h| h == g))
                        });
                        *fitting
                            .max_by_key(recent)
                            .or_else(|| v.iter().max_by_key(recent))
                            .unwrap_or(&v[0])
                    } else if let Some(i) = self.keys.get(&exact).copied() {
                        i
                    } else if let Some(i) = self
                        .keys
                        .get(&source_key("person", &lower(&surname)))
                        .copied()
                        // One name must end the other: "Bill Clinton" after "Hillary
                        // Clinton" is someone else, "De Blasio" after "Bill de Blasio" not.
                        .filter(|&i| {
                            let (known, new) = (lower(&self.sources[i].name), lower(&person));
                            person.contains(' ')
                                && (ends_with_words(&new, &known) || ends_with_words(&known, &new))
                        })
                    {
                        let known = &self.sources[i].name;
                        // The longer name, unless the known one runs past a name's
                        // length ("Conservative Icon Morton Blackwell", from a headline).
                        if ends_with_words(&lower(&person), &lower(known))
                            || known.split_whitespace().count() > 3
                        {
                            // A surname seen first, now named in full.
                            let old = self.rename(i, person.clone());
                            self.add_alias(i, &old);
                        } else {
                            self.add_alias(i, &person);
                        }
                        self.keys.insert(exact, i);
                        i
                    } else if let Some(i) = (!person.contains(' '))
                        .then(|| self.by_last.get(&person).and_then(|v| v.first().copied()))
                        .flatten()
                    {
                        self.add_alias(i, &person);
                        self.keys.insert(exact, i);
                        i
                    } else {
                        let i = self.intern(exact, person.clone(), SourceKind::Person, None);
                        if person.contains(' ') {
                            self.keys.insert(source_key("person", &lower(&surname)), i);
                        }
                        i
                    }
                }
                // "The authority" after "the transit authority": the same source.
                _ if let Some(i) = (!name.contains(' ') && lower(&first) == "the")
                    .then(|| self.head_noun_source(&name))
                    .flatten() =>
                {
                    i
                }
                kind => {
                    let key = source_key(kind.as_str(), &lower(&name));
                    let i = self.intern(key, name.clone(), kind, None);
                    if let Some(acronym) = paren.as_ref().filter(|a| self.acronyms.contains_key(*a))
                    {
                        self.add_alias(i, acronym);
                    }
                    i
                }
            }
        };
        if !m.pronoun {
            // Each side lower-cased once, the name borrowed rather than cloned.
            let (lr, ln) = (lower(&raw), lower(&self.sources[idx].name));
            if lr != ln && !lr.ends_with(ln.as_str()) {
                self.add_alias(idx, &raw);
            }
        }
        // Titles and first names only: the surname of "Mary Kay Henry" is no sign.
        if m.kind == SourceKind::Person
            && !m.pronoun
            && let Some(g) = raw
                .rsplit_once(' ')
                .and_then(|(before_surname, _)| self.gender_of(before_surname.split_whitespace()))
        {
            self.pronoun_of.entry(idx).or_insert(g);
        }
        self.sources[idx].mentions.push(m.range.clone());
        idx
    }
}

/// Acronyms an article defines for itself: "Middle East Eye (MEE)".
pub(super) fn defined_acronyms(text: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('(') {
        let open = from + i;
        from = open + 1;
        let Some(close_rel) = text[open + 1..].find(')') else {
            break;
        };
        let inner = &text[open + 1..open + 1 + close_rel];
        let acr = inner.trim().trim_start_matches("the ");
        if !(2..=8).contains(&acr.len()) || !acr.chars().all(|c| c.is_ascii_uppercase() || c == '&')
        {
            continue;
        }
        // Words before the parenthesis whose initials spell the acronym.
        let before = text[..open].trim_end();
        let ws: Vec<&str> = before.split_whitespace().rev().take(8).collect();
        let first = acr.chars().next().unwrap();
        let mut take = 0;
        for (k, w) in ws.iter().enumerate() {
            if w.starts_with(first) && starts_upper(w) {
                take = k + 1;
                break;
            }
        }
        if take == 0 {
            continue;
        }
        let full: Vec<&str> = ws[..take].iter().rev().copied().collect();
        let full = full.join(" ");
        out.insert(acr.to_string(), full);
    }
    out
}

/// People cited by surname alone ("Witkoff reportedly told") take the full
/// name the article gives them elsewhere ("envoy Steve Witkoff"), so the
/// report names them as a reader would. Bounded: the first 32 such people.
pub(super) fn full_names(reg: &mut Registry) {
    let text = reg.text;
    let single: Vec<usize> = (0..reg.sources.len())
        .filter(|&i| {
            reg.sources[i].kind == SourceKind::Person && !reg.sources[i].name.contains(' ')
        })
        .take(32)
        .collect();
    let wanted = |n: &str| n.len() >= 3 && starts_upper(n);
    // Every occurrence of every surname, in one pass over the text: these and
    // the surnames of the second pass below (a full name found here keeps its
    // surname last), so that the text is walked once, not twice.
    let person_surnames = |reg: &Registry| -> Vec<String> {
        reg.sources
            .iter()
            .filter(|s| s.kind == SourceKind::Person)
            .take(32)
            .map(|s| s.name.split_whitespace().last().unwrap_or("").to_string())
            .collect()
    };
    let mut names: Vec<String> = single
        .iter()
        .map(|&i| reg.sources[i].name.clone())
        .collect();
    names.extend(person_surnames(reg));
    let found = occurrences(text, &names, wanted);
    for (k, i) in single.into_iter().enumerate() {
        let surname = reg.sources[i].name.clone();
        if surname.len() < 3 || !starts_upper(&surname) {
            continue;
        }
        let full = found[k].iter().find_map(|&at| {
            let after_ok = text[at + surname.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let before = text[..at].strip_suffix(' ')?;
            let first = before
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '.' || c == '-'))
                .next()?;
            let is_name = first.chars().count() >= 2
                && starts_upper(first)
                && first.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
                && !reg.engine.lexicon.has(LexiconClass::TitleWord, first)
                && !reg.engine.lexicon.has(LexiconClass::SentenceStarter, first);
            (after_ok && is_name).then(|| format!("{} {}", first, surname))
        });
        if let Some(full) = full {
            reg.rename(i, full);
            let src = &mut reg.sources[i];
            if !src.aliases.contains(&surname) {
                src.aliases.insert(0, surname);
            }
        }
    }
    // Every whole-word mention of a person's surname is a mention of that person.
    let found: Vec<Vec<usize>> = person_surnames(reg)
        .iter()
        .map(|n| match names.iter().position(|m| m == n) {
            Some(k) => found[k].clone(),
            None => occurrences(text, std::slice::from_ref(n), wanted).remove(0),
        })
        .collect();
    for (k, src) in reg
        .sources
        .iter_mut()
        .filter(|s| s.kind == SourceKind::Person)
        .take(32)
        .enumerate()
    {
        let Some(surname) = src.name.split_whitespace().last().map(str::to_string) else {
            continue;
        };
        if surname.len() < 3 || !starts_upper(&surname) {
            continue;
        }
        for &at in &found[k] {
            let end = at + surname.len();
            let whole = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            if whole {
                src.mentions.push(at..end);
            }
        }
    }
}

/// `text.match_indices(n)` for each of `names` that `wanted` accepts (none
/// for the others), in one pass over the text rather than one per name.
pub(super) fn occurrences(
    text: &str,
    names: &[String],
    wanted: impl Fn(&str) -> bool,
) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); names.len()];
    // Names by first byte; each name's matches do not overlap, as match_indices' do not.
    let mut by_first: Vec<Vec<usize>> = vec![Vec::new(); 256];
    for (k, n) in names.iter().enumerate() {
        if !n.is_empty() && wanted(n) {
            by_first[n.as_bytes()[0] as usize].push(k);
        }
    }
    if by_first.iter().all(Vec::is_empty) {
        return out;
    }
    let mut starts = [false; 256];
    for (c, ks) in by_first.iter().enumerate() {
        starts[c] = !ks.is_empty();
    }
    let mut next_free = vec![0usize; names.len()];
    let b = text.as_bytes();
    // Eight bytes at a time: a chunk where no name starts (most of them) costs
    // one test, not a branch per byte, on this walk over the whole article.
    for (ci, chunk) in b.chunks(8).enumerate() {
        // A whole chunk as an array: the compiler unrolls the eight tests.
        let hit = match <&[u8; 8]>::try_from(chunk) {
            Ok(c8) => c8.iter().fold(false, |any, &d| any | starts[d as usize]),
            Err(_) => true,
        };
        if !hit {
            continue;
        }
        for (at, c) in chunk.iter().enumerate().map(|(i, c)| (ci * 8 + i, c)) {
            if !starts[*c as usize] {
                continue;
            }
            for &k in &by_first[*c as usize] {
                let n = names[k].as_bytes();
                // The second byte first: most capitals start no name, and a
                // byte compare is cheaper than the call `starts_with` makes.
                if at >= next_free[k]
                    && n.get(1).is_none_or(|d| b.get(at + 1) == Some(d))
                    && b[at..].starts_with(n)
                {
                    out[k].push(at);
                    next_free[k] = at + n.len();
                }
            }
        }
    }
    out
}

pub(super) fn add_mentions(reg: &mut Registry, scan: &Scan) {
    let by_outlet: HashMap<usize, usize> = reg
        .sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.outlet.map(|o| (o, i)))
        .collect();
    for (m, idx) in &scan.outlets {
        if let Some(&i) = by_outlet.get(idx) {
            reg.sources[i].mentions.push(m.clone());
        }
    }
    // Keep each mention once: a bare outlet name inside a longer phrase already listed goes.
    for s in &mut reg.sources {
        s.mentions
            .sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        let mut kept: Vec<Range<usize>> = Vec::with_capacity(s.mentions.len());
        for r in s.mentions.drain(..) {
            if kept.last().is_none_or(|k| r.end > k.end) {
                kept.push(r);
            }
        }
        s.mentions = kept;
    }
}

/// A registry key, `kind:name`: `format!` costs several times as much, and
/// every mention builds one or two.
fn source_key(kind: &str, name: &str) -> String {
    let mut s = String::with_capacity(kind.len() + 1 + name.len());
    s.push_str(kind);
    s.push(':');
    s.push_str(name);
    s
}

/// A mention of a named source that is not a pronoun.
fn plain_mention(range: Range<usize>, kind: SourceKind) -> Mention {
    Mention {
        range,
        kind,
        outlet: None,
        pronoun: false,
    }
}

/// A mention by a personal pronoun, whose referent is resolved later.
fn pronoun_mention(range: Range<usize>) -> Mention {
    Mention {
        range,
        kind: SourceKind::Unknown,
        outlet: None,
        pronoun: true,
    }
}
