//! `Ctx::candidate`: one cue match of the rule pack becomes a `Candidate`,
//! picking the frame (subject + verb, inverted, preposition, participle,
//! passive, …). Also its look-ahead past the cue: a speaker named after the
//! cue (shared with the built-in quotation tag), an appositive after that
//! speaker, a quotation that resumes after the tag.

use super::*;

/// The prepositions whose object is what a verb cue is about when nothing
/// else can be its content ("focused on the causes", "railed at the
/// refusal", "ripped into Sanders", "looking into whether …"), rather than
/// an opening phrase before its subject.
const TOPIC_PREPOSITIONS: &[&str] = &["on", "about", "at", "into", "of", "against", "over", "for"];

/// What every frame reads of one cue match, computed once by
/// `Ctx::candidate` and handed to the frame's own method.
struct CueSite<'s> {
    sent: &'s Range<usize>,
    cue: Range<usize>,
    rule: usize,
    crule: &'s CueRule,
    cue_text: &'s str,
    /// The word just before the cue in the sentence, and its lowercase.
    prev_word: Option<Range<usize>>,
    prev: Option<Lower<'s>>,
    /// What stands between the word before the cue and the cue;
    /// `prev_adjacent` when only blanks do.
    gap_to_prev: &'s str,
    prev_adjacent: bool,
    /// Only blanks, opening quotes or a parenthesis before the cue.
    at_sentence_start: bool,
}

impl CueSite<'_> {
    /// The frame this match takes: the rule's, but a progressive ("Trump was
    /// defending") is a verb whatever the rule's frame.
    fn frame(&self, progressive: Option<usize>) -> Frame {
        // "…, calling for heavy tariffs", "…, mentioning the album": a verb cue's
        // participle after a comma shares the subject of the clause before.
        let gerund = self
            .cue_text
            .split_whitespace()
            .next()
            .is_some_and(|w| lower(w).ends_with("ing"));
        if progressive.is_some() {
            Frame::Verb
        } else if self.crule.frame == Frame::Verb
            && gerund
            && (!self.prev_adjacent && self.gap_to_prev.contains(',')
                // "The administration threw a scare into the industry by
                // proposing to …", "opened by talking about": a verb cue's
                // participle of means is the doing of its clause's subject.
                || self.prev_adjacent && self.prev.as_deref() == Some("by"))
        {
            Frame::Participle
        } else {
            self.crule.frame
        }
    }
}

/// What `Ctx::verb_subject`'s steps settle besides the subject's mention,
/// each step changing what its case decides.
struct SubjectShape {
    /// The speaker follows the cue: "said Maria Lopez".
    inverted: bool,
    /// The source's words when they run past its mention (an appositive, a list).
    source_extent: Option<Range<usize>>,
    /// Where the words before the subject end, if any stand there.
    content_end: Option<usize>,
    /// Where the words after the cue (and a speaker after it) end.
    after: usize,
    /// The cue is in a subordinate or relative clause.
    subordinate: bool,
    /// Where a coordinated verb's frame starts when it shares its subject.
    conjunction: Option<usize>,
}

/// What `Ctx::verb_subject` found for a verb cue, handed on to
/// `Ctx::verb_content`.
struct VerbSubject {
    source: Option<Mention>,
    /// Intermediaries between the source and the cue ("told MEE").
    via: Vec<Mention>,
    /// The speaker follows the cue: "said Maria Lopez".
    inverted: bool,
    /// The source's words when they run past its mention (an appositive, a list).
    source_extent: Option<Range<usize>>,
    /// Where the words before the subject end, if any stand there.
    content_end: Option<usize>,
    /// A relative pronoun as subject: "who said".
    relative: Option<Range<usize>>,
    /// The words between the clause's start and the cue.
    region: Range<usize>,
    /// The cue is in a subordinate or relative clause.
    subordinate: bool,
    /// Where the words after the cue (and a speaker after it) end.
    after: usize,
    frame_start: usize,
    shares_subject: bool,
}

/// What the steps of `Ctx::verb_content` after `Ctx::verb_rest` share: the
/// words after the cue that may be its content and the tests more than one
/// step asks of them.
struct VerbRest<'t> {
    /// Where the speaker tag ends: past a listener and a reference's "to".
    tag_end: usize,
    /// Where an object of the cue would begin.
    object_at: usize,
    /// The words after the tag that may be content, and their text.
    rest: Range<usize>,
    rest_text: &'t str,
    starts_with_comma: bool,
    /// The rest has a letter or digit in it.
    has_rest: bool,
    /// The rest opens content of its own: "that …", a quotation, a colon.
    opens_content: bool,
    /// Content already stands before the subject.
    before_exists: bool,
    /// The cue's clause opens with a conjunction.
    opens_clause: bool,
    intro: IntroBefore,
}

/// Are the words before a verb cue's subject (from `start` to where they
/// end) only an opening phrase ("However,", "On Monday,")? Asked by the
/// content start, `before_exists` and the bare-tag test of the content's
/// assembly, always of the same words, so worked out once.
struct IntroBefore {
    start: usize,
    known: std::cell::OnceCell<bool>,
}

impl IntroBefore {
    fn of(&self, ctx: &Ctx<'_>, ce: usize) -> bool {
        *self
            .known
            .get_or_init(|| intro_adjunct(ctx, self.start..ce))
    }
}

impl<'a> Ctx<'a> {
    /// Does a speaker follow the cue at `pos` ("said Maria Lopez", "said the
    /// official")? "…, said that the emails …" has its speaker before the commas.
    pub(super) fn speaker_after(&self, pos: usize, end: usize) -> bool {
        self.iter_words(self.text, pos..end)
            .next()
            .is_some_and(|w| {
                let lw = self.lower(&self.text[w.clone()]);
                // "said in a statement", "said last week": an adjunct, not a speaker.
                let adjunct = PREPOSITIONS.contains(&lw.as_str())
                    || WEEKDAYS.contains(&lw.as_str())
                    || TIME_WORDS.contains(&lw.as_str())
                    || ["last", "next", "earlier", "later"].contains(&lw.as_str());
                self.text[pos..w.start].chars().all(is_blank)
                // "…, have also said they’re supporting Clinton": a pronoun with a
                // contracted verb opens a clause.
                && !matches!(
                    &lw[..lw.len() - has_contraction(&lw).unwrap_or(0)],
                    "that" | "it" | "this" | "he" | "she" | "they" | "we" | "i" | "there" | "you"
                )
                && !adjunct
                // "…, said the campaign has just opened": a finite verb before any
                // relative pronoun makes what follows a clause, not a speaker.
                && !self.finite_clause(w.start..self.phrase_stop(w.start, end))
            })
    }

    /// "Said Dorothy Poynter, who grew up with Ali, “We were all so proud”":
    /// the name after a fronted verb of saying, through its appositive, and then
    /// a comma or a colon before the content.
    fn fronted_speaker(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let text = self.text;
        let np = skip_blank(text, cue.end, sent.end);
        if np == cue.end {
            return None;
        }
        let (m, end) = self.mention_after(np, sent.end)?;
        // A name, not a clause: "Says Clinton would stack the court" has no
        // comma or colon after its subject, and "Said it would" no name.
        let named = m.kind == SourceKind::Person
            || self
                .iter_words(text, m.range.clone())
                .all(|w| starts_upper(&text[w]));
        if m.range.start != np || !named || m.pronoun {
            return None;
        }
        let extent_end = self.appositive_after(m.range.end.max(end), sent.end);
        let tag_end = extent_end.unwrap_or(end);
        let at = skip_blank(text, tag_end, sent.end);
        let tail = text[at..sent.end].strip_prefix([',', ':'])?;
        let rest = content_trim(self, sent.end - tail.len()..sent.end);
        if !text[rest.clone()].chars().any(char::is_alphanumeric) {
            return None;
        }
        let extent = extent_end.map(|e| m.range.start..e);
        Some(Candidate::new(cue.clone(), rule, Some(m), vec![rest], cue.start).with_extent(extent))
    }

    /// The end of an appositive or relative clause right after a speaker
    /// named after the cue: ", a University of Washington professor",
    /// ", who was a co-chair of the campaign", " (D-Md.)". Not a participle,
    /// a time or a quotation: ", adding that", ", on Monday", ", “…”".
    pub(super) fn appositive_after(&self, end: usize, sent_end: usize) -> Option<usize> {
        let text = self.text;
        let rest = &text[end..sent_end];
        // A party tag in parentheses: "Elijah Cummings (D-Md.)".
        let lead = rest.len() - rest.trim_start_matches(is_blank).len();
        let paren = rest[lead..].strip_prefix('(').and_then(|r| {
            let k = r.find(')')?;
            (k <= 12 && !r[..k].contains(' ')).then(|| end + lead + 1 + k + 1)
        });
        let from = paren.unwrap_or(end);
        let Some(tail) = text[from..sent_end].strip_prefix(", ") else {
            return paren;
        };
        let start = from + 2;
        let first = self.iter_words(text, start..sent_end).next()?;
        if first.start != start {
            return paren;
        }
        let w = self.lower(&text[first.clone()]);
        // Any noun phrase or relative clause opens an appositive ("a professor",
        // "head of policy at", "Mrs. Clinton's aide", "70, a retired teacher");
        // a preposition, conjunction, adverb or time does not.
        let opens = !(PREPOSITIONS.contains(&w.as_str())
            || [
                "and",
                "but",
                "or",
                "so",
                "as",
                "according",
                "which",
                "that",
                "citing",
            ]
            .contains(&w.as_str())
            || WEEKDAYS.contains(&w.as_str())
            || TIME_WORDS.contains(&w.as_str())
            || w.ends_with("ly") && first_lower(&text[first.clone()])
            || self.lex(LexiconClass::Pronoun, &w) && w != "who");
        // Participles used as adjectives of a title are no verbs: "managing director".
        let title_participle = TITLE_PARTICIPLES.contains(&w.as_str());
        let verbal = (w.ends_with("ing") || w.ends_with("ed")) && !title_participle;
        if !opens || verbal || tail.starts_with(['“', '"', '‘', '\'']) {
            return paren;
        }
        // The appositive runs on through further commas ("a nurse from Brownsville,
        // Texas, who was polled") to the sentence end, but not into a participle,
        // a preposition or a quotation after a comma ("…, adding that", "…, in an
        // interview", "…, “We …”"), and no further than 30 words.
        let mut stop = self.phrase_stop(start, sent_end);
        while text[stop..sent_end].starts_with(", ") {
            let next = stop + 2;
            let Some(w) = self.iter_words(text, next..sent_end).next() else {
                break;
            };
            let lw = self.lower(&text[w.clone()]);
            if w.start != next
                || lw.ends_with("ing")
                || lw.ends_with("ed")
                || PREPOSITIONS.contains(&lw.as_str())
                || ["and", "but", "or", "so"].contains(&lw.as_str())
            {
                break;
            }
            stop = self.phrase_stop(next, sent_end);
        }
        let n = self.iter_words(text, start..stop).take(31).count();
        (1..=30)
            .contains(&n)
            .then(|| trim(text, start..stop).end)
            .or(paren)
    }

    /// A quotation that resumes after a speaker tag and a short adjunct: in
    /// `rest` (what follows the speaker or cue), a comma or colon then an opening
    /// mark, with at most a dozen words before it and no cue among them.
    pub(super) fn resumed_quotation(&self, rest: Range<usize>) -> Option<Range<usize>> {
        let s = &self.text[rest.clone()];
        if s.starts_with(['“', '"']) || s.starts_with("''") {
            return Some(rest);
        }
        let k = [", “", ", \"", ", ''", ": “", ": \"", ": ''"]
            .iter()
            .filter_map(|p| s.find(p))
            .min()?;
        let gap = rest.start..rest.start + k;
        let ws: Vec<_> = self.iter_words(self.text, gap).take(13).collect();
        if ws.len() > 12 || ws.iter().any(|w| self.is_cue_word(w.clone())) {
            return None;
        }
        let tail = content_trim(self, rest.start + k + 1..rest.end);
        self.text[tail.clone()]
            .chars()
            .any(char::is_alphanumeric)
            .then_some(tail)
    }

    /// "“…,” McCain said, citing low growth", "“…,” he said, adding that …": a
    /// participle cue after the speaker tag reports on its own and carries its
    /// own content; the quotation's content ends at the tag (on PolNeAR train
    /// 138 of 145 participles after a tag lie outside the quotation's gold
    /// content). A participle that is no cue ("repeating a refrain") stays:
    /// PolNeAR often annotates it as content.
    pub(super) fn narration_after_tag(&self, tail: Range<usize>) -> bool {
        let Some(wr) = self.iter_words(self.text, tail).next() else {
            return false;
        };
        let w = self.lower(&self.text[wr.clone()]);
        w.len() > 4 && w.ends_with("ing") && self.is_cue_word(wr)
    }

    /// Does a finite auxiliary stand in the phrase before any relative pronoun
    /// ("the campaign has just opened", but not "an official who has worked")?
    pub(super) fn finite_clause(&self, r: Range<usize>) -> bool {
        const AUX: &[&str] = &[
            "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "can",
            "should", "may", "might", "must", "did", "does", "do",
        ];
        let mut prev: Option<String> = None;
        let ws: Vec<_> = self.iter_words(self.text, r).collect();
        for (i, w) in ws.iter().enumerate().skip(1) {
            let t = &self.text[w.clone()];
            let lw = self.lower(t);
            if ["who", "whom", "whose", "that", "which"].contains(&lw.as_str()) {
                return false;
            }
            if AUX.contains(&lw.as_str()) || lw.ends_with("n't") || lw.ends_with("n’t") {
                return true;
            }
            // "…, said his survey of Republicans showed", "told the AP her group
            // never worked": a past tense after a noun, not an adjective after
            // a determiner ("the unnamed official", "a retired teacher"), a
            // participle after a subordinator ("when asked") or one with its
            // preposition after a noun ("a source involved in", "a Republican
            // based in").
            let adverb_before = prev
                .as_deref()
                .is_some_and(|p| p.ends_with("ly") || ["never", "also", "not"].contains(&p));
            let reduced = ws.get(i + 1).is_some_and(|n| {
                ["in", "with", "by", "on", "at", "from", "for", "about"]
                    .contains(&self.lower(&self.text[n.clone()]).as_str())
            });
            if first_lower(t)
                && lw.len() > 4
                && lw.ends_with("ed")
                && (adverb_before || !reduced)
                && prev.as_deref().is_some_and(|p| {
                    !DETERMINERS.contains(&p)
                        && !QUANTIFIERS.contains(&p)
                        && !PREPOSITIONS.contains(&p)
                        && !SUBORDINATORS.contains(&p)
                        && !["and", "or", "-"].contains(&p)
                })
            {
                return true;
            }
            prev = Some(lw.to_string());
        }
        false
    }

    /// Where a phrase from `pos` ends: at a comma, a sentence mark, a quotation
    /// mark, a parenthesis or a dash, but not at the dot of an abbreviation.
    pub(super) fn phrase_stop(&self, pos: usize, end: usize) -> usize {
        let s = &self.text[pos..end];
        for (i, c) in s.char_indices() {
            if matches!(
                c,
                ',' | ';' | ':' | '.' | '?' | '!' | '“' | '”' | '"' | '(' | '—' | '–'
            ) {
                // The dot of an abbreviation or initial is part of the name:
                // "said Rep. Bobby Scott", "said J. Smith".
                if c == '.' {
                    let rest = &s[i + 1..];
                    let before = s[..i]
                        .rsplit(|ch: char| !ch.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    if rest.starts_with(|n: char| n.is_alphanumeric())
                        || (i >= 1
                            && (s[..i].ends_with(|p: char| p.is_uppercase())
                                || self.lex(LexiconClass::TitleAbbreviation, before))
                            && !rest.trim_start().is_empty())
                        || self.abbreviation_runs_on(before, rest)
                    {
                        continue;
                    }
                }
                // A thousands separator is no phrase boundary: "donated $2,400".
                if c == ','
                    && s[..i].ends_with(|p: char| p.is_ascii_digit())
                    && s[i + 1..].starts_with(|n: char| n.is_ascii_digit())
                {
                    continue;
                }
                return pos + i;
            }
        }
        end
    }

    /// The dot of "Fla.", "Jr." or "St." inside a phrase: "a broker in Tampa,
    /// Fla., who …", "Robert Casey Jr., a Democrat", "in St. Louis". Such an
    /// abbreviation ends the phrase only at the text's end or before a word
    /// that typically opens a sentence (the segmenter's own test).
    fn abbreviation_runs_on(&self, before: &str, rest: &str) -> bool {
        if !self
            .engine
            .lexicon
            .has_exact(LexiconClass::AmbiguousAbbreviation, before)
        {
            return false;
        }
        if rest.starts_with(',') {
            return true;
        }
        let next = rest.trim_start_matches(is_blank);
        if next.len() == rest.len() {
            return false;
        }
        let word: &str = next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        !word.is_empty()
            && !self
                .engine
                .lexicon
                .has_exact(LexiconClass::SentenceStarter, word)
    }

    /// The rule's word-by-word guards ("added to her lead", "a TV show"):
    /// `prev` is the word just before the cue when only blanks stand between.
    pub(super) fn not_cue(
        &self,
        crule: &CueRule,
        sent: &Range<usize>,
        cue: &Range<usize>,
        prev: Option<&str>,
    ) -> bool {
        if crule.not_cue.is_empty() {
            return false;
        }
        let text = self.text;
        let lc = text[cue.clone()].to_ascii_lowercase();
        let rest = &text[cue.end..sent.end];
        let next = match rest.chars().next() {
            Some(c) if !c.is_alphanumeric() && !is_blank(c) => c.to_string(),
            _ => rest
                .split_whitespace()
                .next()
                .map(|w| {
                    w.trim_end_matches(|c: char| !c.is_alphanumeric())
                        .to_ascii_lowercase()
                })
                .unwrap_or_default(),
        };
        crule.not_cue.iter().any(|g| g.rejects(&lc, prev, &next))
    }

    /// Where the adverbs right before a participle begin: "…, falsely
    /// suggesting", "by essentially telling", "after derisively mocking" are
    /// licensed by the comma or word before the adverbs, as they would be
    /// without them. `cue_start` when no adverb stands there.
    pub(super) fn adverbs_before(&self, floor: usize, cue_start: usize) -> usize {
        let mut at = cue_start;
        for (w, lw) in words_back(self.text, floor, cue_start).take(3) {
            let adverb = first_lower(&self.text[w.clone()])
                && (passive_adverb(&lw) || lw == "just")
                && lw != "since"
                && !LY_NOUNS.contains(&lw.as_str())
                && !WRITER_DOUBT.contains(&lw.as_str());
            if !adverb {
                break;
            }
            at = w.start;
        }
        at
    }

    /// One cue match of the rule pack as a `Candidate`: the guards all frames
    /// share, the frame the match takes here, then that frame's own method.
    pub(super) fn candidate(
        &self,
        sent: &Range<usize>,
        cue: Range<usize>,
        rule: usize,
    ) -> Option<Candidate> {
        let site = self.cue_site(sent, cue, rule);
        let CueSite {
            sent,
            crule,
            cue_text,
            ..
        } = site;
        let cue = &site.cue;
        if self.compound_tail(sent, cue) {
            return None;
        }
        // A capitalised cue word inside a sentence is part of a name ("United States").
        let in_headline = self
            .headline
            .as_ref()
            .is_some_and(|h| h.start <= cue.start && cue.end <= h.end);
        if starts_upper(cue_text)
            && !site.at_sentence_start
            && crule.frame != Frame::Preposition
            && !in_headline
            && !self.title_case_line(sent, cue, site.prev_word.as_ref())
        {
            return None;
        }
        if crule.frame == Frame::Passive {
            return self.agentless_passive(sent, cue, rule);
        }
        // "Said Comey, “The thought …”", "Continued Stone: “So I think …”": a verb
        // of saying opens the sentence and its speaker follows it.
        if site.at_sentence_start
            && !in_headline
            && crule.frame == Frame::Verb
            && starts_upper(cue_text)
            && !cue_text.contains(char::is_whitespace)
            && invertible(cue_text)
        {
            return self.fronted_speaker(sent, cue, rule);
        }
        // "Trump was defending", "she isn’t saying", "He’s comparing": a
        // progressive is the subject's own verb, whatever frame the participle
        // takes after a comma.
        // A phrase cue's progressive is its first word's ("is raising
        // concerns about", "was making a case for"); a preposition's is none
        // ("That is according to a new poll").
        let head = match cue_text.find(char::is_whitespace) {
            Some(p) if crule.frame == Frame::Verb => cue.start..cue.start + p,
            _ => cue.clone(),
        };
        let progressive = self
            .progressive_be(sent.start, &head)
            .or_else(|| self.aspect_verb(sent.start, cue));
        match site.frame(progressive) {
            Frame::Verb => self.verb_candidate(site, progressive),
            Frame::Participle => self.participle_candidate(site),
            Frame::Passive => None,
            Frame::Preposition => self.preposition_candidate(site),
        }
    }

    /// The cue-site values of one cue match: its rule, its words, the word
    /// before it and what stands between.
    fn cue_site<'s>(
        &'s self,
        sent: &'s Range<usize>,
        cue: Range<usize>,
        rule: usize,
    ) -> CueSite<'s> {
        let text = self.text;
        let crule = &self.engine.cues[rule];
        let cue_text = &text[cue.clone()];
        let prev_word = last_word(text, sent.start, cue.start);
        let prev = prev_word.as_ref().map(|w| lower(&text[w.clone()]));
        let gap_to_prev = prev_word
            .as_ref()
            .map(|w| &text[w.end..cue.start])
            .unwrap_or("");
        let prev_adjacent = gap_to_prev.chars().all(is_blank);
        let at_sentence_start = text[sent.start..cue.start]
            .chars()
            .all(|c| is_blank(c) || matches!(c, '“' | '"' | '‘' | '('));
        CueSite {
            sent,
            cue,
            rule,
            crule,
            cue_text,
            prev_word,
            prev,
            gap_to_prev,
            prev_adjacent,
            at_sentence_start,
        }
    }

    /// "so-called", "self-described": the second half of a compound is no cue.
    fn compound_tail(&self, sent: &Range<usize>, cue: &Range<usize>) -> bool {
        let text = self.text;
        text[..cue.start].ends_with('-')
            && !text[..cue.start].ends_with(" -")
            && !(text[sent.start..cue.start]
                .to_ascii_lowercase()
                .ends_with("self-")
                // "Sanders, a self-described socialist", "an independent and
                // self-described socialist": an appositive or a predicate; "the
                // self-described", "thousands of self-described Berners" only name.
                && self.last_word(text, sent.start, cue.start - 5).is_some_and(|w| {
                    let lw = self.lower(&text[w.clone()]);
                    matches!(lw.as_str(), "and" | "from")
                        || matches!(lw.as_str(), "a" | "an")
                            && self.last_word(text, sent.start, w.start)
                                .is_some_and(|b| text[b.end..w.start].contains(','))
                }))
    }

    /// The verb frame: a subject before the cue ("Smith said"), after it
    /// ("said Smith"), through a relative pronoun, an appositive or a chain
    /// of commas, or shared with a coordinated verb; the content after the
    /// cue, before it, or both. `progressive` is where a progressive's "be"
    /// begins ("Trump was defending").
    fn verb_candidate(&self, site: CueSite<'_>, progressive: Option<usize>) -> Option<Candidate> {
        if let Some(c) = self.passive_agent(site.sent, &site.cue, site.rule) {
            return Some(c);
        }
        let infinitive = match (&site.prev_word, site.prev.as_deref()) {
            (Some(to), Some("to")) if site.prev_adjacent && progressive.is_none() => {
                self.infinitive_subject(site.sent.start, to.clone(), &site.cue)
            }
            _ => None,
        };
        if self.verb_not_cue(&site, progressive) {
            return None;
        }
        let subject = self.verb_subject(&site, progressive, infinitive)?;
        let (sent, cue, rule) = (site.sent, site.cue.clone(), site.rule);
        self.verb_content(site, subject)
            .map(|c| self.reduced_passive(sent, &cue, rule).unwrap_or(c))
    }

    /// The verb frame's subject: before the cue ("Smith said"), after it
    /// ("said Smith"), a relative pronoun, an appositive, a chain of commas,
    /// or none where a coordinated verb shares it; and where the frame starts.
    ///
    /// The driver finds the region before the cue and a subject inside it;
    /// failing that it tries, in order, an appositive, a speaker after the
    /// cue, a chain of commas or a coordination, and a subordinate, relative
    /// or purpose subject; then it widens the subject to a list of names.
    fn verb_subject(
        &self,
        site: &CueSite<'_>,
        progressive: Option<usize>,
        infinitive: Option<Mention>,
    ) -> Option<VerbSubject> {
        let CueSite {
            sent,
            ref cue,
            crule,
            cue_text,
            ..
        } = *site;
        let text = self.text;
        let (region_start, content_end) = self.clause_back(sent.start, cue.start);
        let (uncut, region_start, region) = self.subject_region(site, region_start, progressive);
        let (relative, source, via) =
            self.subject_in_region(sent, &region, &uncut, region_start, infinitive, cue);
        let region_blank = text[region.clone()].chars().all(is_blank)
            || source.is_none() && self.only_adjuncts_in(sent.start, &region);
        let mut shape = SubjectShape {
            inverted: false,
            source_extent: None,
            content_end,
            after: cue.end,
            // "…, which the treasurer said would cost": the content follows the cue.
            subordinate: relative.is_some() || self.opens_subordinate(&region, source.as_ref()),
            conjunction: None,
        };
        // "Dana Whitfield, the council clerk, said ...": the subject stands before an appositive.
        let appositive = match (&source, region_blank) {
            (None, true) => self.appositive_before_cue(sent.start, content_end),
            _ => None,
        };
        // "As the Post—even the devil can quote statistics—observed": the
        // subject before a pair of dashes, whatever they hold.
        let dash_aside = match (&source, region_blank, &appositive) {
            (None, true, None) => {
                content_end.and_then(|c1| self.dash_aside_subject(sent.start, c1))
            }
            _ => None,
        };
        let source = match source {
            Some(s) => Some(s),
            None if appositive.is_some() => {
                Some(self.subject_through_appositive(appositive.unwrap(), &mut shape))
            }
            None if dash_aside.is_some() => {
                let d = dash_aside.unwrap();
                // What stands before the subject is content, and a
                // subordinator before it ("As the Post … observed, …") puts
                // the content after the cue.
                shape.content_end = d.boundary;
                shape.source_extent = d.extent;
                shape.subordinate = self.opens_subordinate(&d.clause, Some(&d.subject));
                Some(d.subject)
            }
            None if region_blank && self.may_invert(site, content_end) => {
                Some(self.speaker_after_cue(sent, &mut shape)?)
            }
            // "Westmacott, who will retire soon after serving in Iran, Turkey
            // and France, praised": a verb that takes an object does not put
            // its subject after it; the subject opens the chain of commas.
            // "Mr. Trump, asked about the deaths, had said": a passive
            // participle in an aside is no cue of the subject's.
            None if region_blank && content_end.is_some() && self.lower(cue_text) == "asked" => {
                return None;
            }
            None if region_blank && content_end.is_some() => {
                self.comma_chain_or_shared_subject(sent, cue, &region, &mut shape)?
            }
            None => self.clause_subject(site, progressive, &region, &mut shape)?,
        };
        self.widen_to_name_list(sent.start, &region, source.as_ref(), &mut shape);
        let shares_subject = source.is_none();
        // A relative pronoun passes whatever it refers to: "voters who
        // want", "a general who pledged", "the 1 percent who preferred" are
        // attributions more often than not on PolNeAR train.
        if crule.named_source
            && relative.is_none()
            && source
                .as_ref()
                .is_some_and(|s| self.unnamed_common_noun(s, cue_text))
        {
            return None;
        }
        // A coordinated verb's frame starts at its conjunction: "… but argues that".
        let frame_start = source
            .as_ref()
            .map_or(shape.conjunction.unwrap_or(cue.start), |s| {
                let from = shape
                    .source_extent
                    .as_ref()
                    .map_or(s.range.start, |e| e.start);
                from.min(s.range.start).min(cue.start)
            });
        Some(VerbSubject {
            source,
            via,
            inverted: shape.inverted,
            source_extent: shape.source_extent,
            content_end: shape.content_end,
            relative,
            region,
            subordinate: shape.subordinate,
            after: shape.after,
            frame_start,
            shares_subject,
        })
    }

    /// Where a verb cue's subject may stand: the clause before the cue from
    /// `region_start`, cut after an embedded "that" and before auxiliaries
    /// and adjuncts next to the cue. Returns the uncut clause, the start
    /// after the cut, and the region.
    fn subject_region(
        &self,
        site: &CueSite<'_>,
        region_start: usize,
        progressive: Option<usize>,
    ) -> (Range<usize>, usize, Range<usize>) {
        let (text, cue) = (self.text, &site.cue);
        // Cut the region after an embedded "that".
        let lreg = text[region_start..cue.start].to_ascii_lowercase();
        let uncut = region_start..cue.start;
        let region_start = match rfind_word(&lreg, "that") {
            Some(i) if !self.determiner_that(region_start, region_start + i, cue.start) => {
                region_start + i + 4
            }
            _ => region_start,
        };
        let region = region_start
            ..progressive
                .or_else(|| self.aux_adjunct_end(site.sent.start, cue))
                .unwrap_or(cue.start)
                .max(region_start);
        let region = past_relative_object(text, region);
        (uncut, region_start, region)
    }

    /// Is the "That" at `at`, opening the clause that starts at `from`, a
    /// determiner of the subject ("That person said", "That official told")
    /// rather than a complementizer? It is written with a capital, nothing
    /// but blanks stands before it, and a lower-case word that is no pronoun
    /// follows it before the cue at `end` ("That he said it" stays a clause),
    /// and a noun for people or a document is one of the next two words
    /// ("That way the public might know" is no subject).
    fn determiner_that(&self, from: usize, at: usize, end: usize) -> bool {
        let text = self.text;
        let mut ws = self.iter_words(text, at + 4..end).peekable();
        text[at..].starts_with("That")
            && text[from..at].chars().all(is_blank)
            && ws.peek().is_some_and(|n| self.noun_after_that(n))
            && ws.take(2).any(|w| {
                let lw = self.lower(&text[w]);
                [
                    LexiconClass::PeopleNoun,
                    LexiconClass::SpecialistNoun,
                    LexiconClass::DocumentNoun,
                ]
                .into_iter()
                .any(|c| self.lex(c, &lw))
            })
    }

    /// Can the word at `next` follow a capitalised "That" as the noun it
    /// determines ("That person said", not "That he said")? A lower-case
    /// word that is no pronoun.
    pub(super) fn noun_after_that(&self, next: &Range<usize>) -> bool {
        let w = &self.text[next.clone()];
        w.starts_with(char::is_lowercase) && !self.lex(LexiconClass::Pronoun, w)
    }

    /// Does the region before the cue, where no subject was found, hold only
    /// adverbs, negations, modals or a time phrase, so the subject stands
    /// before it?
    fn only_adjuncts_in(&self, sent_start: usize, region: &Range<usize>) -> bool {
        let text = self.text;
        // "Trump, who has been feuding …, on Friday described": a time or an
        // adverb alone between the comma and the cue leaves the subject before.
        let ws: Vec<_> = self.iter_words(text, region.clone()).take(5).collect();
        !ws.is_empty()
            && (ws.iter().all(|w| {
                // "Trump, speaking later at a rally, did not mention".
                self.lex(LexiconClass::SkipAdverb, &text[w.clone()])
                    || negation_or_modal(&text[w.clone()])
                    // "Patricia Smith, mother of …, forcefully rejected".
                    || self.manner_adverb(sent_start, w.clone())
            }) || ws.len() <= 4
                && leading_time_phrase(text, &ws).is_none()
                && time_phrase_len(text, &ws) == Some(ws.len()))
    }

    /// Does the region open on a subordinator, or does one stand just before
    /// an infinitive's subject, so the cue is in a subordinate clause?
    fn opens_subordinate(&self, region: &Range<usize>, source: Option<&Mention>) -> bool {
        let text = self.text;
        self.iter_words(text, region.clone())
            .next()
            .is_some_and(|w| SUBORDINATORS.contains(&self.lower(&text[w]).as_str()))
            // An infinitive's subject stands before its "to", which a line
            // break may leave outside the region: no subordinator between.
            || source.is_some_and(|m| {
                m.range.start >= region.start
                    && self.last_word(text, region.start, m.range.start)
                    .is_some_and(|w| SUBORDINATORS.contains(&self.lower(&text[w]).as_str()))
            })
    }

    /// A subject before an appositive (or a title) that ends where the words
    /// before the cue end, at a comma or a dash: the extent's start, the
    /// mention and where the content before it ends.
    fn appositive_before_cue(
        &self,
        sent_start: usize,
        content_end: Option<usize>,
    ) -> Option<(usize, Mention, Option<usize>)> {
        let c1 = content_end?;
        // "Jason Sims — a teacher from Mount Pleasant — says": dashes too.
        if !self.text[c1..].starts_with([',', '—', '–', '-']) {
            return None;
        }
        self.appositive_subject(sent_start, c1)
            .map(|(m, b)| (m.range.start, m, b))
            .or_else(|| self.name_after_title(sent_start, c1))
    }

    /// The subject found before an appositive, with its extent through the
    /// appositive; what stands before it is content.
    fn subject_through_appositive(
        &self,
        (extent_start, m, boundary): (usize, Mention, Option<usize>),
        shape: &mut SubjectShape,
    ) -> Mention {
        let text = self.text;
        // The mention runs through the appositive and its closing comma,
        // unless the aside is an adverbial: "Huckabee, for his part,",
        // "Clinton, clearly frustrated,".
        if let Some(c1) = shape.content_end
            && !adverbial_aside(text, m.range.end..c1)
        {
            // Through the closing mark, a comma or a dash of any width.
            let mark = text[c1..].chars().next().map_or(1, char::len_utf8);
            shape.source_extent = Some(extent_start..c1 + mark);
        }
        // What stands before the subject is content: "“…,” Graham, a
        // former candidate, told CBS".
        shape.content_end = boundary;
        m
    }

    /// May the speaker follow the cue ("“…,” said Maria Lopez"), words before
    /// the cue ending at `content_end`?
    fn may_invert(&self, site: &CueSite<'_>, content_end: Option<usize>) -> bool {
        let (sent, cue) = (site.sent, &site.cue);
        content_end.is_some()
            && invertible(site.cue_text)
            && self.speaker_after(cue.end, sent.end)
            // "Mr. Manafort, a longtime strategist who …, offered an olive
            // branch": a named subject alone before an aside that the cue
            // follows is its speaker; what follows the cue is its object.
            && !self.subject_before_aside(sent.start, content_end.unwrap())
    }

    /// The speaker right after an inverted cue, with an appositive after the
    /// name; `None` when what follows the cue is no speaker.
    fn speaker_after_cue(&self, sent: &Range<usize>, shape: &mut SubjectShape) -> Option<Mention> {
        let text = self.text;
        // "“...,” said Maria Lopez" / "..., said the official."
        let pos = shape.after;
        let ws: Vec<_> = self.iter_words(text, pos..sent.end).take(1).collect();
        let first_ok = ws
            .first()
            .is_some_and(|w| text[pos..w.start].chars().all(is_blank));
        if !first_ok {
            return None;
        }
        match self.mention_after(ws[0].start, sent.end) {
            // "…, said the plan failed" is no speaker: a common-noun
            // phrase after the cue must not end in a verb.
            Some((m, _))
                if m.kind == SourceKind::Unknown
                    && self
                        .last_word(text, m.range.start, m.range.end)
                        .is_some_and(|w| text[w].ends_with("ed")) =>
            {
                None
            }
            Some((m, end)) => {
                shape.after = end;
                // "said Robert Mason, a professor who has studied …": the
                // appositive after the name is part of the mention.
                if let Some(e) = self.appositive_after(end, sent.end) {
                    shape.source_extent = Some(m.range.start..e);
                    shape.after = e;
                }
                shape.inverted = true;
                Some(m)
            }
            None => None,
        }
    }

    /// With only blanks between the comma before the cue and the cue: the
    /// subject opening a chain of commas, or none when the cue is a verb
    /// coordinated with one before (`Some(None)`, the conjunction noted);
    /// `None` when neither.
    fn comma_chain_or_shared_subject(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        region: &Range<usize>,
        shape: &mut SubjectShape,
    ) -> Option<Option<Mention>> {
        let content_end = shape.content_end.unwrap();
        match self.comma_chain_subject(sent.start, content_end, true) {
            Some((extent_start, m, boundary)) => {
                let c1 = content_end;
                let mark = self.text[c1..].chars().next().map_or(1, char::len_utf8);
                // A named subject keeps the asides of its chain ("Noah
                // Oppenheim, the NBC executive in charge, reminded"); a
                // common-noun one is the phrase alone ("a federal judge, in
                // response to a request, ordered").
                shape.source_extent = names_source(&m).then_some(extent_start..c1 + mark);
                shape.content_end = boundary;
                Some(Some(m))
            }
            // "Lee offered the man a job, then says he will …": "then"
            // coordinates a second verb of the same subject.
            None => {
                // "Trump joked about …, declined to …": or a comma
                // alone in a list of the subject's verbs.
                let c = self.coordinated(region.clone()).or_else(|| {
                    self.listed_verb(sent, cue, content_end)
                        .then_some(cue.start)
                });
                shape.conjunction = Some(c?);
                Some(None)
            }
        }
    }

    /// A subject the clause itself shows when no words before the cue name
    /// one: after a subordinator, a relative pronoun shared by coordinated
    /// verbs, the subject of a purpose "to", or none where the cue is
    /// coordinated or opens a phrase before the main clause (`Some(None)`,
    /// the conjunction noted); `None` when the cue has no subject.
    fn clause_subject(
        &self,
        site: &CueSite<'_>,
        progressive: Option<usize>,
        region: &Range<usize>,
        shape: &mut SubjectShape,
    ) -> Option<Option<Mention>> {
        let CueSite {
            sent,
            ref cue,
            ref prev_word,
            ref prev,
            prev_adjacent,
            ..
        } = *site;
        let text = self.text;
        let source = match self.subordinate_subject(region.clone()) {
            // "when she said", "which he said": the subject after the subordinator.
            Some(m) => {
                shape.subordinate = true;
                Some(m)
            }
            None => match self.coordinated(region.clone()) {
                // "Mitt Romney, who campaigned on … and sought": the
                // relative pronoun opening the clause is the subject of
                // both its verbs.
                Some(_)
                    if let Some(w) = self.iter_words(text, region.clone()).next()
                        && text[region.start..w.start].chars().all(is_blank)
                        && matches!(self.lower(&text[w.clone()]).as_str(), "who" | "which")
                        // "who said … but took issue with": a cue before
                        // passes its subject on as it is.
                        && !self.iter_words(text, w.end..region.end)
                            .any(|x| self.is_cue_word(x)) =>
                {
                    shape.subordinate = true;
                    Some(self.relative_pronoun_mention(sent.start, w))
                }
                Some(at) => {
                    shape.conjunction = Some(at);
                    None
                }
                // Only when no other frame found a subject: "Advisers
                // to Mr. Rubio are quick to point out" keeps its own.
                None => match (&prev_word, prev.as_deref()) {
                    (Some(to), Some("to")) if prev_adjacent && progressive.is_none() => {
                        Some(self.purpose_subject(sent.start, to.clone(), cue)?)
                    }
                    // "Having announced that …, Judge Berman proceeded",
                    // "Despite challenging the leader, Cruz said": the cue
                    // opens a phrase before the main clause, whose subject
                    // it shares (found after the phrase's comma).
                    (Some(w), Some("having" | "despite"))
                        if prev_adjacent && w.start == region.start =>
                    {
                        shape.conjunction = Some(w.start);
                        None
                    }
                    _ => return None,
                },
            },
        };
        Some(source)
    }

    /// Widen a subject to the list of names it ends, when the region opens on
    /// "and" or "or" after a comma.
    fn widen_to_name_list(
        &self,
        sent_start: usize,
        region: &Range<usize>,
        source: Option<&Mention>,
        shape: &mut SubjectShape,
    ) {
        let text = self.text;
        // "President Obama, Hillary Clinton, and other Democrats said": the
        // subject is the whole list, not its last item.
        if let (Some(m), Some(c0)) = (source, shape.content_end)
            && text[c0..].starts_with(',')
            && self
                .iter_words(text, region.clone())
                .next()
                .is_some_and(|w| matches!(self.lower(&text[w]).as_str(), "and" | "or"))
            && let Some((list_start, boundary)) = self.name_list_before(sent_start, c0)
        {
            shape.source_extent = Some(list_start..m.range.end);
            shape.content_end = boundary;
        }
    }

    /// The verb frame's content once its subject is known: after the cue
    /// (past a listener, a particle, adjuncts), before the subject, or both.
    fn verb_content(&self, site: CueSite<'_>, mut subject: VerbSubject) -> Option<Candidate> {
        let tag_end = self.verb_tag_end(&site, subject.inverted, subject.after, &mut subject.via);
        let rest = self.verb_rest(&site, &subject, tag_end);
        if self.verb_act(&site, &subject, &rest) {
            // "The state has promised $12 million": an act with an object, not a report.
            return None;
        }
        let (content, forward) = self.verb_content_pieces(&site, &subject, &rest);
        if content.is_empty() {
            return None;
        }
        let VerbSubject {
            source,
            via,
            source_extent,
            frame_start,
            shares_subject,
            ..
        } = subject;
        Some(Candidate {
            cue: site.cue,
            rule: site.rule,
            source,
            via,
            content,
            frame_start,
            forward,
            shares_subject,
            source_extent,
        })
    }

    /// Where a verb cue's speaker tag ends (`after` is where the cue and a
    /// speaker after it end): past a listener ("told MEE that", an outlet
    /// joins `via`) and a reference's "to".
    fn verb_tag_end(
        &self,
        site: &CueSite<'_>,
        inverted: bool,
        after: usize,
        via: &mut Vec<Mention>,
    ) -> usize {
        let text = self.text;
        let (sent, cue, crule, cue_text) = (site.sent, &site.cue, site.crule, site.cue_text);
        let mut after = after;
        if !inverted && crule.recipient {
            after = self.verb_listener(sent, cue, crule, cue_text, after, via);
        }
        // "pointed to the poll that shows …": a reference's "to" leads to
        // the content itself.
        if !inverted && after == cue.end && reference_to(text, cue_text, after, sent.end) == after {
            after = listener_to_before_that(text, after, sent.end);
            after = stance_noun_before_that(text, cue_text, after, sent.end);
            after = none_before_object(text, after, sent.end);
        }
        after
    }

    /// The words after a verb cue's tag that may be its content (from
    /// `verb_content_start`), and what the later steps ask of them and of
    /// the words before the subject.
    fn verb_rest(&self, site: &CueSite<'_>, subject: &VerbSubject, tag_end: usize) -> VerbRest<'a> {
        let text = self.text;
        let (sent, cue) = (site.sent, &site.cue);
        let content_end = subject.content_end;
        let quoted_before = text[sent.start..cue.start].contains(['“', '"'])
            || text[sent.start..cue.start].contains("''");
        // "said this week that", "said for the first time that": before a
        // particle would take the phrase ("asked for a photo that"); a
        // particle with a phrase and a "that" is mostly a relative
        // clause ("pushed for a ban that would …").
        // Asked here and again for `before_exists`, of the same words.
        let intro = IntroBefore {
            start: sent.start,
            known: std::cell::OnceCell::new(),
        };
        let quote_ok = content_end.is_none_or(|ce| {
            !text[sent.start..ce].chars().any(char::is_alphanumeric) || intro.of(self, ce)
        });
        let (object_at, after) = self.verb_content_start(
            sent,
            site.cue_text,
            tag_end,
            subject.inverted,
            quoted_before,
            quote_ok,
        );
        let rest = content_trim(self, after..sent.end);
        let rest_text = &text[rest.clone()];
        let starts_with_comma = rest_text.starts_with(',');
        let opens_content = self.verb_opens_content(site, &rest, rest_text);
        // Content already stands before the source ("“...,” X said at the meeting"):
        // what follows the cue is a time or place, not what was said.
        // A short opener ("However,", "On Monday,") is not content.
        let before_exists = content_end.is_some_and(|ce| {
            let b = &text[sent.start..ce];
            b.chars().any(char::is_alphanumeric)
                && (self.iter_words(text, sent.start..ce).take(4).count() >= 4
                    || b.contains(['“', '"', '”'])
                    || b.contains("''"))
                && !intro.of(self, ce)
        });
        let opens_clause = self
            .iter_words(text, subject.region.clone())
            .next()
            .is_some_and(|w| self.lex(LexiconClass::ClauseConjunction, &text[w.clone()]));
        let has_rest = !rest.is_empty() && rest_text.chars().any(char::is_alphanumeric);
        VerbRest {
            tag_end,
            object_at,
            rest,
            rest_text,
            starts_with_comma,
            has_rest,
            opens_content,
            before_exists,
            opens_clause,
            intro,
        }
    }

    /// What follows the cue opens content of its own: "that ...", a quotation, a colon.
    fn verb_opens_content(&self, site: &CueSite<'_>, rest: &Range<usize>, rest_text: &str) -> bool {
        let text = self.text;
        let (cue, crule, cue_text) = (&site.cue, site.crule, site.cue_text);
        self.lower(
            rest_text
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or(""),
        ) == "that"
            || rest_text.starts_with(['“', '"', ':', '‘'])
            || bare_clause(text, rest.clone())
            // "Republican senators have vowed to block …", "promised to build":
            // a promise's infinitive is its content (18 of 22 new on train).
            || crule.complementizer && opens_infinitive(text, rest.clone())

            // "boasted of his negotiating skills", "agreed with Mr. Trump on
            // the issue": the topic is the content (6 of 7 new on train). Not
            // "the short-term demands of labor": a present form may be a noun.
            || crule.complementizer
                && past_participle(cue_text)
                && self.iter_words(text, cue.end..rest.start.max(cue.end))
                    .chain(self.iter_words(text, rest.clone()).take(1))
                    .next()
                    .is_some_and(|w| {
                        ["of", "about", "with", "on", "over", "against"]
                            .contains(&self.lower(&text[w]).as_str())
                    })
    }

    /// A complementizer cue ("announced", "promised", "vowed") with an
    /// object and no content of its own is an act, not a report, unless a
    /// named subject or a perfect makes it a claim.
    fn verb_act(&self, site: &CueSite<'_>, subject: &VerbSubject, v: &VerbRest<'_>) -> bool {
        let text = self.text;
        let (sent, cue) = (site.sent, &site.cue);
        let rest_text = v.rest_text;
        // A named person or outlet announcing or promising something makes a claim
        // ("Obama announced a series of steps"); a common noun rarely does.
        let named = subject.source.as_ref().is_some_and(|s| {
            matches!(s.kind, SourceKind::Person | SourceKind::Outlet)
                // "Republican senators vowed", "the person familiar with the
                // planning confirmed", "the union agreed": people speak for
                // themselves (about 80 percent of the new ones on train); a document ("a news
                // report published Wednesday") is as often no subject at all.
                || matches!(s.kind, SourceKind::Group | SourceKind::Anonymous)
                || s.pronoun
                // "the Treasury Department", "Microsoft", "Colorado’s
                // delegation chairman", not "the ministry".
                || s.kind == SourceKind::Organization
                    && self.iter_words(text, s.range.clone()).any(|w| {
                        starts_upper(&text[w.clone()])
                            && !DETERMINERS.contains(&self.lower(&text[w]).as_str())
                    })
        });
        // "Republican senators have vowed to block …", "the self-described
        // socialist has vowed to soldier on": a perfect reports a stance
        // taken, whatever the subject, unless its object is an amount
        // ("The state has promised $12 million").
        let perfect = || {
            !rest_text.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                && words_back(text, sent.start, cue.start)
                    .take(3)
                    .find(|(_, lw)| lw != "ever" && lw != "twice" && !passive_adverb(lw))
                    .is_some_and(|(_, lw)| matches!(lw.as_str(), "has" | "have" | "had"))
        };
        site.crule.complementizer
            && !named
            && !v.opens_content
            && (!v.before_exists || v.opens_clause)
            && !perfect()
    }

    /// The verb frame's content pieces, and whether the content follows the
    /// cue: a quotation in a dashed aside, the rest of the sentence, the
    /// topic of "on"/"about", the words before the subject (with a
    /// quotation resumed after the tag), or a clause after a comma.
    // Inlined into `verb_content`, as it was before it was split off: out of
    // line it costs more instructions under callgrind than the rest of the
    // split together.
    #[inline(always)]
    fn verb_content_pieces(
        &self,
        site: &CueSite<'_>,
        subject: &VerbSubject,
        v: &VerbRest<'_>,
    ) -> (Vec<Range<usize>>, bool) {
        let text = self.text;
        let sent = site.sent;
        let (inverted, content_end) = (subject.inverted, subject.content_end);
        let (tag_end, rest, rest_text) = (v.tag_end, &v.rest, v.rest_text);
        let mut content = Vec::new();
        let mut forward = false;
        // Unquoted words before the subject are rarely what the source said
        // when the cue has an object of its own: "Although those attacks
        // happened in France, the Daily News claims the NRA's refusal …".
        let before_quoted = content_end.is_some_and(|ce| {
            let b = text[sent.start..ce].trim_end_matches(|c: char| is_blank(c) || c == ',');
            b.ends_with(['”', '"', '’', '\'']) || self.closes_quote_at(ce)
        });
        // An object, not an adjunct: "claims the NRA's refusal", not "said in
        // a report released on Tuesday".
        let object_follows = rest.start == skip_blank(text, v.object_at, sent.end)
            && self.iter_words(text, rest.clone()).take(3).count() >= 3
            && self
                .iter_words(text, rest.clone())
                .next()
                .is_some_and(|w| !PREPOSITIONS.contains(&self.lower(&text[w]).as_str()));
        // A quotation that is only part of the words before ("Sunday on Fox
        // News channel’s “Sunday Morning Futures,” Issa said …") is no
        // quoted content standing before its speaker.
        let quote_leads = content_end.is_some_and(|ce| {
            let b = &text[sent.start..ce];
            b.find(['“', '"', '‘', '\''])
                // At most two words: no third (not a count of them all).
                .is_some_and(|q| {
                    self.iter_words(text, sent.start..sent.start + q)
                        .nth(2)
                        .is_none()
                })
        });
        // "Asked whether …, 75 percent said yes": an answer word is the content.
        // One word and no second, rather than a count of every word of the
        // rest of the sentence, for every verb cue.
        let one_word = || {
            let mut ws = self.iter_words(text, rest.clone());
            ws.next().is_some() && ws.next().is_none()
        };
        let answer = one_word()
            && ["yes", "no", "so"]
                .contains(&self.lower(rest_text.trim_end_matches(['.', ','])).as_str());
        // "“That’s a concern,” Sarandon told MSNBC when asked about claims that
        // …", "“…,” Trump said of Apple in February": a quotation that leads
        // the sentence up to its tag is the content; what follows the tag
        // past an adjunct is the scene, not a second content.
        let tag_scene = before_quoted
            && quote_leads
            && !text[tag_end..rest.start].chars().all(is_blank)
            && !subject.subordinate;
        // "“That’s a legitimate concern,” she told MSNBC when asked about concerns
        // that …", "The plans “will not solve this,” Richards said on the
        // same call": a quotation closed by its own comma right before the
        // subject is what was said; a rest that opens no content of its own
        // ("that", a quotation, a colon, a clause) and sets a scene (a
        // preposition, "when", "as") is no second content. Not a quoted
        // title in an opening phrase ("Later on ''This Week,'' Sanders
        // questioned …"): the quotation runs to four words or more.
        // ("Said of the encounter" opens no content here, though "boasted
        // of his skills" does without a quotation before.)
        let opens_own = rest_text.starts_with(['“', '"', ':', '‘'])
            || self.lower(
                rest_text
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or(""),
            ) == "that"
            || bare_clause(text, rest.clone())
            || opens_infinitive(text, rest.clone());
        let quoted_scene = !opens_own
            && !subject.subordinate
            && !subject.shares_subject
            && !answer
            && subject.source.as_ref().zip(content_end).is_some_and(|(s, ce)| {
                ce <= s.range.start
                    && text[ce..s.range.start].chars().all(|c| is_blank(c) || c == ',')
                    && self.quote_tag_before(sent.start, ce)
            })
            // The scene opens right after the cue or after a listener's
            // name and a day ("told MSNBC Monday when asked").
            && self.iter_words(text, site.cue.end..sent.end)
                .take(4)
                .find(|w| first_lower(&text[w.clone()]))
                .is_some_and(|w| {
                    let lw = self.lower(&text[w]);
                    PREPOSITIONS.contains(&lw.as_str()) || ["when", "as"].contains(&lw.as_str())
                });
        let aside_quote = content_end
            .filter(|_| !inverted)
            .and_then(|ce| self.verb_aside_quote(sent, ce, tag_end));
        if let Some(q) = aside_quote {
            content.push(q);
        } else if !inverted
            && v.has_rest
            && !v.starts_with_comma
            && !tag_scene
            && !quoted_scene
            && (!v.before_exists
                || v.opens_clause
                || v.opens_content
                || subject.subordinate
                || answer
                || !(before_quoted && quote_leads) && object_follows)
        {
            self.verb_forward_content(site, subject, v, before_quoted && quote_leads, &mut content);
            forward = true;
        } else if let Some(object) = self.verb_topic(sent, subject, v, before_quoted) {
            // "More recently, the paper focused on the causes": a short
            // opener is no content; the preposition's object is what the
            // cue is about (gold on PolNeAR train).
            content.push(object);
            forward = true;
        } else if let Some(object) = self.object_after_phrase(sent, subject, v) {
            // "Thursday night at the convention, he spoke out in favor of
            // the mayor", "But back then, in 2014, no one forecast the
            // storm": a phrase with no verb before the subject sets the
            // scene; what follows the cue is what it reports.
            content.push(self.cut_act_tail(object, site.crule.speech));
            forward = true;
        } else if let Some(ce) = content_end.filter(|_| !self.adverbial_clause_subject(subject)) {
            self.verb_content_before(sent, inverted, v, ce, before_quoted, &mut content);
        } else if v.starts_with_comma && !inverted && v.has_rest {
            // "Rubio says, win or lose in Florida, he’s staying in the race."
            let tail = content_trim(self, rest.start + 1..rest.end);
            if text[tail.clone()].chars().any(char::is_alphanumeric) {
                content.push(self.cut_narrator_tail(tail));
                forward = true;
            }
        }
        (content, forward)
    }

    /// The words before a subject (`start..ce`) end with a quotation of
    /// four words or more closed by its own comma, question or exclamation
    /// mark: "“That’s a legitimate concern,” Sarandon said".
    fn quote_tag_before(&self, start: usize, ce: usize) -> bool {
        let text = self.text;
        let b = text[start..ce].trim_end_matches(is_blank);
        let Some(inner) = b
            .strip_suffix('”')
            .or_else(|| b.strip_suffix('"'))
            .or_else(|| b.strip_suffix("''"))
        else {
            return false;
        };
        // "… How do we win Loudoun?’” Estrada said": a quotation inside
        // closes with its own mark first.
        let closing = inner.trim_end_matches(['’', '\'']);
        if !closing.ends_with([',', '?', '!']) {
            return false;
        }
        let open = [inner.rfind('“'), inner.rfind('"'), inner.rfind("''")]
            .into_iter()
            .flatten()
            .max();
        open.is_some_and(|k| {
            let q = start + k;
            self.iter_words(text, q..start + inner.len())
                .nth(3)
                .is_some()
        })
    }

    /// "Mr. Bush praised his brother - ''faith that …,'' he said - and
    /// argued …": a speaker tag inside a dashed aside reports the
    /// quotation in the aside, not the clause after the closing dash.
    /// `ce` is where the words before the subject end, `tag_end` where the
    /// tag does.
    fn verb_aside_quote(
        &self,
        sent: &Range<usize>,
        ce: usize,
        tag_end: usize,
    ) -> Option<Range<usize>> {
        let text = self.text;
        const DASHES: &[&str] = &[" - ", " -- ", "—", "–", "―"];
        // Every dash has a hyphen or the lead byte of the dashes' block
        // (U+2010–U+203F): a sentence with neither needs no search for each
        // dash (a substring searcher built per dash per cue otherwise).
        memchr::memchr2(b'-', 0xE2, &text.as_bytes()[sent.start..ce])?;
        let open = DASHES
            .iter()
            .filter_map(|d| {
                text[sent.start..ce]
                    .rfind(d)
                    .map(|k| sent.start + k + d.len())
            })
            .max()?;
        let quote = trim(text, open..ce);
        let q = text[quote.clone()].trim_end_matches(',');
        let quoted = (q.starts_with(['“', '"']) || q.starts_with("''"))
            && (q.ends_with(['”', '"']) || q.ends_with("''"));
        let close = DASHES
            .iter()
            .filter_map(|d| text[tag_end..sent.end].find(d).map(|k| tag_end + k))
            .min()?;
        let between = &text[tag_end..close];
        (quoted
            && self.iter_words(text, tag_end..close).nth(2).is_none()
            && !between.contains([',', '“', '"', '(']))
        .then_some(quote)
    }

    /// The content after a verb cue: the rest of the sentence, up to the
    /// comma that ends a relative or a fronted adverbial clause, with the
    /// first piece of a quotation the tag interrupts. `quote_leads_tag`
    /// when a quotation leads the sentence up to the tag.
    fn verb_forward_content(
        &self,
        site: &CueSite<'_>,
        subject: &VerbSubject,
        v: &VerbRest<'_>,
        quote_leads_tag: bool,
        content: &mut Vec<Range<usize>>,
    ) {
        let text = self.text;
        let (sent, cue) = (site.sent, &site.cue);
        let content_end = subject.content_end;
        let rest = match subject.relative.clone() {
            // The relative clause ends at its comma: "Sanders, who wants
            // to raise the minimum wage, spoke first."
            Some(p) => self.relative_content(p, v.rest.clone(), site.crule.named_source),
            // "While she’s said the fares will stay flat, the board …": a
            // fronted adverbial clause ends at its comma; the main clause
            // after it is the narrator's.
            None if self.opens_adverbial_clause(sent.start, subject.frame_start) => {
                self.upto_comma(v.rest.clone(), &[',', ';'])
            }
            None => v.rest.clone(),
        };
        // "“Judge,” Brafman said, “I have never …”": a quotation the
        // speaker tag interrupts is one content in two pieces. So is a
        // sentence whose quotation goes on from the words before the
        // tag: "That, the commission said, “would be helpful …”".
        let quotation = text[rest.clone()]
            .strip_prefix(['“', '"'])
            .or_else(|| text[rest.clone()].strip_prefix("''"));
        // "The plan, the commission said, “…”", "That, she said, “…”": a
        // short phrase opened by a determiner or a demonstrative is the
        // quotation's subject, not an opener such as "At one point" or
        // "This week".
        let noun_phrase_lead = |ce: usize| {
            let ws: Vec<_> = self.iter_words(text, sent.start..ce).take(3).collect();
            ws.first().is_some_and(|w| {
                let lw = self.lower(&text[w.clone()]);
                (DETERMINERS.contains(&lw.as_str()) || lw == "that")
                    && time_phrase_len(text, &ws).is_none()
            })
        };
        // Only a bare tag set off by commas: "…, Mr. Hedge called ''…''"
        // and "At one point, he said, “…”" are the writer's.
        let bare_tag = |ce: usize| {
            (text[sent.start..ce].trim_end().ends_with(',')
                || text[ce..cue.start].trim_start().starts_with(','))
                && text[cue.end..rest.start].trim() == ","
                && self.iter_words(text, ce..cue.start).nth(3).is_none()
                && text[sent.start..ce].chars().any(char::is_alphanumeric)
                // One phrase: after a clause ("…, and coincidentally, he
                // said, “…”") the content's first piece is hard to find.
                && !text[sent.start..ce].trim_end().trim_end_matches(',').contains(',')
                && (!v.intro.of(self, ce) || noun_phrase_lead(ce))
        };
        let resumes = quotation.is_some_and(|q| {
            quote_leads_tag
                || q.starts_with(|c: char| c.is_lowercase()) && content_end.is_some_and(bare_tag)
        });
        if resumes && let Some(ce) = content_end {
            let before = self.quotation_after_lead(trim(text, sent.start..ce));
            if !before.is_empty() {
                content.push(before);
            }
        }
        content.push(self.cut_act_tail(self.cut_narrator_tail(rest), site.crule.speech));
    }

    /// "focused on the causes", "ripped into Sanders", "hinted at Donald
    /// Trump": where no content stands after a verb cue
    /// and only an opener before its subject, the object of an "on" or
    /// "about" right after it.
    fn verb_topic(
        &self,
        sent: &Range<usize>,
        subject: &VerbSubject,
        v: &VerbRest<'_>,
        before_quoted: bool,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let object_at = v.object_at;
        self.iter_words(text, object_at..sent.end)
            .next()
            .filter(|w| {
                !subject.inverted
                    && !v.has_rest
                    && !v.before_exists
                    && !before_quoted
                    // Only in place of words before the subject: where there are
                    // none, the cue stays silent as before.
                    && subject.content_end.is_some_and(|ce| {
                        text[sent.start..ce].chars().any(char::is_alphanumeric)
                    })
                    && text[object_at..w.start].chars().all(is_blank)
                    && {
                        let lw = self.lower(&text[w.clone()]);
                        // "as Mr. Hale suggested at the meeting": in a
                        // subordinate clause the sentence before is the
                        // content, and the older pair alone keeps its place
                        // there.
                        ["on", "about"].contains(&lw.as_str())
                            || TOPIC_PREPOSITIONS.contains(&lw.as_str())
                                && !subject.subordinate
                                // "found over 2,200 emails": an amount.
                                && !text[w.end..sent.end]
                                    .trim_start()
                                    .starts_with(|c: char| c.is_ascii_digit())
                    }
                    // "posted on Monday", "decided on the last day": a time.
                    && {
                        let ws: Vec<_> =
                            self.iter_words(text, w.start..sent.end).take(6).collect();
                        time_phrase_len(text, &ws).is_none()
                    }
            })
            .map(|w| {
                // "reported at least six planes …": "at least" is the
                // content's own.
                let amount = self
                    .iter_words(text, w.end..sent.end)
                    .next()
                    .is_some_and(|n| ["least", "most"].contains(&self.lower(&text[n]).as_str()));
                let start = if amount { w.start } else { w.end };
                self.upto_comma(content_trim(self, start..sent.end), &[',', ';'])
            })
            .filter(|r| text[r.clone()].chars().any(char::is_alphanumeric))
    }

    /// The words after a verb cue (from where its object would begin) when
    /// the words before its subject are an unquoted phrase with no finite
    /// verb: a time, a place, a dateline, a participial opener.
    fn object_after_phrase(
        &self,
        sent: &Range<usize>,
        subject: &VerbSubject,
        v: &VerbRest<'_>,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let ce = subject.content_end?;
        let before = trim(text, sent.start..ce);
        let b = &text[before.clone()];
        // "If she wins, Clinton said in a tweet, women won't be punished":
        // the phrase goes on after the tag's comma; "as she said at the
        // outset", "when she testified before …": a subordinate clause's
        // cue reports nothing after it.
        if subject.inverted
            || v.starts_with_comma
            || subject.subordinate
            || self.adverbial_clause_subject(subject)
            || b.is_empty()
            || b.contains(['“', '”', '"'])
            || b.contains("''")
            || self.clausal(before)
        {
            return None;
        }
        let object = content_trim(self, skip_blank(text, v.object_at, sent.end)..sent.end);
        let ot = &text[object.clone()];
        (ot.starts_with(char::is_alphanumeric)
            && self.iter_words(text, object.clone()).nth(1).is_some())
        .then(|| self.cut_narrator_tail(object))
    }

    /// Is the cue's subject right after an adverbial subordinator ("…, when
    /// Clinton testified before Congress", "Unemployment had spiked not
    /// because the poor decided …")? The main clause before it is then the
    /// writer's, not what the subordinate clause's subject said (on train 8
    /// of 10 such contents matched no attribution, the other 2 none of its
    /// content). "as she said" is another matter: its main clause is what
    /// was said.
    fn adverbial_clause_subject(&self, subject: &VerbSubject) -> bool {
        const ADVERBIAL: &[&str] = &[
            "when", "while", "after", "before", "because", "since", "until", "although", "though",
            "if", "unless", "whereas", "once",
        ];
        subject.source.as_ref().is_some_and(|m| {
            self.last_word(self.text, 0, m.range.start)
                .is_some_and(|w| {
                    self.text[w.end..m.range.start].chars().all(is_blank)
                        && ADVERBIAL.contains(&self.lower(&self.text[w]).as_str())
                })
        })
    }

    /// The content before a verb cue's subject, which ends at `ce`, and a
    /// quotation that resumes after the tag or a clause after its comma.
    fn verb_content_before(
        &self,
        sent: &Range<usize>,
        inverted: bool,
        v: &VerbRest<'_>,
        ce: usize,
        before_quoted: bool,
        content: &mut Vec<Range<usize>>,
    ) {
        let text = self.text;
        let (rest, starts_with_comma) = (&v.rest, v.starts_with_comma);
        let before = self.quotation_after_lead(trim(text, sent.start..ce));
        // "In February, as a protester was led out, Mr. Trump said, ''I'd
        // like to …''": where a quotation of whole sentences follows the tag
        // and none stands before it, the words before are the writer's
        // scene-setting. A quotation that goes on with them ("It is time
        // to be led, he said, ''not only by …''") makes one content.
        let quotation_after = starts_with_comma && !inverted && {
            let t = text[rest.start + 1..rest.end].trim_start_matches(is_blank);
            let t = t
                .strip_prefix("''")
                .or_else(|| t.strip_prefix(['“', '"']))
                .unwrap_or("");
            t.starts_with(char::is_uppercase)
        };
        let unquoted = |r: &Range<usize>| {
            !text[r.clone()].contains(['“', '"', '”']) && !text[r.clone()].contains("''")
        };
        let before = if quotation_after && !before_quoted && unquoted(&before) {
            before.start..before.start
        } else {
            before
        };
        if !before.is_empty() {
            content.push(before);
        }
        if let Some(tail) = self
            .resumed_quotation(rest.clone())
            .filter(|_| before_quoted)
        {
            // "“We are fine,” said Bo Smith, “and we will win.”", "''…,'' he
            // told CNN after the debate, ''and I hope …''": the quotation
            // resumes after the speaker tag.
            content.push(tail);
        } else if starts_with_comma && !inverted {
            let tail = content_trim(self, rest.start + 1..rest.end);
            if !tail.is_empty()
                && text[tail.clone()].chars().any(char::is_alphanumeric)
                && !(before_quoted
                    && (self.narration_after_tag(tail.clone())
                        || self.aside_after_tag(tail.clone())))
            {
                content.push(tail);
            }
        }
    }

    /// Does a chain of commas ending at `c1` open with a subject that can
    /// speak, a phrase of its own before at least one aside ("Mr. Manafort,
    /// a longtime strategist who …,", "Priebus, in the wake of a new poll …,")?
    /// Not a clause ("Cruz also lacks support …, whom he's alienated …,") nor
    /// one phrase alone before the cue ("The paradox of Nancy, says …").
    /// The subject opens the sentence, after an opening phrase or a
    /// quotation at most ("“…,” Rep. Hunter's chief of staff, Joe Kasper,
    /// told"), and the asides hold no quotation ("The party, typically
    /// attended by …, “allows us …,” said" is a tag after the quotation).
    fn subject_before_aside(&self, floor: usize, c1: usize) -> bool {
        let text = self.text;
        self.comma_chain_subject(floor, c1, false)
            .is_some_and(|(_, m, boundary)| {
                let after = skip_blank(text, m.range.end, c1);
                after < c1
                    && (text[after..].starts_with([',', '—', '–'])
                        || text[after..].starts_with("- "))
                    && self.speaks(&m)
                    && self.iter_words(text, m.range.clone()).nth(8).is_none()
                    && {
                        // Through the mark at `c1`, a comma or a dash.
                        let mark = text[c1..].chars().next().map_or(0, char::len_utf8);
                        let asides = &text[after..c1 + mark];
                        !asides.contains(['“', '”', '"']) && !asides.contains("''")
                    }
                    && boundary
                        .is_none_or(|b| self.closes_quote_at(b) || intro_adjunct(self, floor..b))
            })
    }

    /// Is the capitalised cue at `cue` the verb of a line written in title
    /// case inside the body, a subhead or a list item's headline ("Zoe
    /// Saldana Responds To Anti-Immigrant Hate.", "Rubio Thinks Joe Biden Was
    /// A Really Effective Senator")? There a capital says nothing about a
    /// name, so it no more bars a cue than in the headline. The word before
    /// the cue is capitalised too (the subject's name), the cue is a finite
    /// verb in -s or -ed ("Says", "Questioned"; "Saying", "Know" or "Show"
    /// in a title are as often nouns or another verb's complements), and
    /// every longer word of the line is capitalised; at least three are. No
    /// auxiliary follows the cue, and the line ends the sentence.
    fn title_case_line(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        prev_word: Option<&Range<usize>>,
    ) -> bool {
        let text = self.text;
        // A line with no full stop that runs into the next line's sentence
        // ("… Will Run All Winter ⏎ Mayor Lena Ortiz said …") is left alone:
        // the sentence would be the title's claim.
        if text[cue.end..sent.end].trim_end().contains('\n') {
            return false;
        }
        let Some(prev) = prev_word else {
            return false;
        };
        let first = text[cue.clone()]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        // "Christie Doing Favors?": after a participle the word is its object.
        if !starts_upper(&text[prev.clone()])
            || self.lower(&text[prev.clone()]).ends_with("ing")
            || text[prev.end..cue.start].contains('\n')
            || !(first.ends_with('s') || first.ends_with("ed"))
        {
            return false;
        }
        // "The GOP Tax Plans Would Cost A Fortune": before an auxiliary the
        // word is a noun, the subject's head.
        if self
            .iter_words(text, cue.end..text.len())
            .next()
            .is_some_and(|w| AUXILIARIES.contains(&self.lower(&text[w]).as_str()))
        {
            return false;
        }
        let line_start = text[..cue.start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[cue.end..]
            .find('\n')
            .map_or(text.len(), |k| cue.end + k);
        let mut long = 0;
        for w in self.iter_words(text, line_start..line_end) {
            let t = text[w].trim_start_matches(['“', '"', '‘', '\'']);
            if t.chars().count() < 4 || !t.starts_with(char::is_alphabetic) {
                continue;
            }
            if !starts_upper(t) {
                return false;
            }
            long += 1;
        }
        long >= 3
    }

    /// A verb cue's subject that is only a common noun ("the plan", "a
    /// group called …"), no name, pronoun, role, people or document: no
    /// source for a rule that wants a named one.
    pub(super) fn unnamed_common_noun(&self, s: &Mention, cue_text: &str) -> bool {
        let text = self.text;
        s.kind == SourceKind::Unknown
            && !s.pronoun
            // "Thirty-seven percent would vote for", "None of the three
            // laid out": a share of people stands for them.
            && !self.share_of_people(&s.range)
            // "the president proposed", "the Republican candidate
            // repeated": a role stands for the person who holds it.
            && !self.last_word(text, s.range.start, s.range.end).is_some_and(|w| {
                self.lex(LexiconClass::TitleWord, &text[w.clone()])
                    // "both political parties recognize", "the moderator
                    // pointed out": people stand for themselves too,
                    // and so do the things they write or say ("the
                    // inquiry found", "her op-ed argued"), but "a
                    // worker named …", "a group called …" introduce
                    // someone by name.
                    || (self.lex(LexiconClass::PeopleNoun, &text[w.clone()])
                        || self.lex(LexiconClass::DocumentNoun, &text[w]))
                        && !(self.iter_words(text, s.range.clone()).next().is_some_and(
                            |f| matches!(self.lower(&text[f]).as_str(), "a" | "an"),
                        ) && matches!(
                            self.lower(cue_text).as_str(),
                            "named" | "called" | "identified"
                        ))
            })
    }

    /// The subject a verb cue finds in its region, the words before it in
    /// its clause: a relative pronoun (also before an embedded "that", in
    /// `uncut`), an infinitive's subject, a subordinate clause's, or the
    /// region's own with the intermediaries `via` it names.
    fn subject_in_region(
        &self,
        sent: &Range<usize>,
        region: &Range<usize>,
        uncut: &Range<usize>,
        region_start: usize,
        infinitive: Option<Mention>,
        cue: &Range<usize>,
    ) -> (Option<Range<usize>>, Option<Mention>, Vec<Mention>) {
        let text = self.text;
        // "Lionel Sosa, a consultant who said he would not vote": the relative
        // pronoun is the subject, and what follows the cue is the content.
        // "poll results that show": the cut above took a relative "that"
        // for a complementizer.
        let relative = self
            .relative_pronoun(sent.start, region.clone())
            .or_else(|| {
                (uncut.start < region_start)
                    .then(|| self.relative_pronoun(sent.start, uncut.clone()))
                    .flatten()
            });
        let relative = if infinitive.is_some() { None } else { relative };
        let (source, via) = match &relative {
            _ if infinitive.is_some() => (infinitive.clone(), Vec::new()),
            Some(r) => {
                let ante = self.relative_antecedent(sent.start, r.start);
                let kind = match ante {
                    RelAntecedent::Those | RelAntecedent::Quantity | RelAntecedent::Plural => {
                        SourceKind::Group
                    }
                    RelAntecedent::Source(k) => k,
                    RelAntecedent::Name | RelAntecedent::Other => SourceKind::Unknown,
                };
                (
                    Some(Mention {
                        range: r.clone(),
                        kind,
                        outlet: None,
                        // Resolved as a pronoun only after a name ("Chris
                        // Christie, who endorsed").
                        pronoun: ante == RelAntecedent::Name,
                    }),
                    Vec::new(),
                )
            }
            None => match self.inner_subordinate_subject(region.clone()) {
                // "Manafort was in the office when a member of the family
                // said": the subject is the subordinate clause's own.
                Some(m) => (Some(m), Vec::new()),
                None => match self.subject_and_via(region.clone()) {
                    (None, via) => (
                        self.coordinated_subject(sent, region.clone(), cue)
                            .or_else(|| self.second_clause_subject(sent, region.clone(), cue))
                            .or_else(|| self.relative_clause_subject(sent, uncut.clone(), cue)),
                        via,
                    ),
                    found => found,
                },
            },
        };
        // "a deal she supported", "Ever since she endorsed", "Does he know": a
        // personal pronoun that ends a longer phrase is the subject of its own
        // clause, the words before it are no part of the source.
        let source = source.map(|s| match self.last_word(text, s.range.start, s.range.end) {
            Some(w)
                if s.kind == SourceKind::Unknown
                    && !s.pronoun
                    && w.start > s.range.start
                    && matches!(self.lower(&text[w.clone()]).as_str(), "he" | "she") =>
            {
                Mention {
                    range: w,
                    kind: SourceKind::Unknown,
                    outlet: None,
                    pronoun: true,
                }
            }
            _ => s,
        });
        (relative, source, via)
    }

    /// "Many of the local GOP leaders who would rather be working now on a
    /// campaign for Cruz or Rubio said", "Hawkins and others who want to ban
    /// abortion said": a subject whose relative clause runs on past
    /// any length the source reader takes. The head before the relative
    /// pronoun must be a source, the clause a verb of its own and no mark.
    /// Not a participle with its agent ("decisions opposed by Israel") nor
    /// a noun after a preposition ("for fear of").
    fn relative_clause_subject(
        &self,
        sent: &Range<usize>,
        uncut: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        let agent = self.agent_follows(sent, cue);
        // "of supporting", "about wanting": a gerund after "of" or "about"
        // may still report a stance.
        let after_preposition = self
            .last_word(text, sent.start, cue.start)
            .is_some_and(|w| {
                let lw = self.lower(&text[w]);
                ["for", "with"].contains(&lw.as_str())
                    || PREPOSITIONS.contains(&lw.as_str())
                        && !["of", "about"].contains(&lw.as_str())
            });
        if agent || after_preposition {
            return None;
        }
        let ws: Vec<_> = self.iter_words(text, uncut.clone()).take(41).collect();
        if ws.len() > 40 || text[uncut.clone()].contains([',', ';', ':', '“', '"', '(', '—', '–'])
        {
            return None;
        }
        // "who" only: "that" after a verb opens its content ("said that …").
        // "leaders who’d rather be working": with a contracted auxiliary too.
        // "organizations that have endorsed him say": a "that" right before
        // an auxiliary opens a relative clause too.
        let k = (1..ws.len().saturating_sub(1)).find(|&i| {
            match self.lower(&text[ws[i].clone()]).as_str() {
                "who" | "who’d" | "who'd" => true,
                // A short one: "that may seem to be a vestige of a different
                // era in the face of recently announced" runs into a phrase.
                "that" if ws.len() - i <= 7 => {
                    let next = self.lower(&text[ws[i + 1].clone()]);
                    AUXILIARIES.contains(&next.as_str())
                        && !["not", "also", "never"].contains(&next.as_str())
                        || ["is", "are", "was", "were"].contains(&next.as_str())
                }
                _ => false,
            }
        })?;
        // "… who did Y and called on": a second verb of the clause's own.
        // Not a second relative clause of the same head ("who worshiped
        // here and who didn't want to be named"), a conjunction between
        // names ("a campaign for Cruz or Rubio"), nor the "to" of an
        // infinitive inside the clause ("who want to ban abortion"), only
        // one right before the cue ("who wanted to say").
        let n = ws.len();
        if ws[k + 1..].iter().enumerate().any(|(i, w)| {
            let next = ws.get(k + 2 + i).map(|x| &text[x.clone()]);
            match self.lower(&text[w.clone()]).as_str() {
                "and" | "or" => !next.is_some_and(|x| starts_upper(x) || self.lower(x) == "who"),
                "to" => k + 1 + i + 1 == n,
                // "who are inclined to believe the health allegations": a
                // determiner close before the cue makes the cue word a noun,
                // unless it is a past tense ("who want to ban the tax said").
                d if DETERMINERS.contains(&d) => {
                    k + 1 + i + 2 >= n && !past_participle(&text[cue.clone()])
                }
                "but" | "then" => true,
                _ => false,
            }
        }) {
            return None;
        }
        // The clause has a verb of its own, not only the cue's auxiliaries
        // ("organizations that have endorsed").
        let verb = ws[k + 1..].iter().any(|w| {
            let lw = self.lower(&text[w.clone()]);
            !(AUXILIARIES.contains(&lw.as_str())
                || BE.contains(&lw.as_str())
                || self.lex(LexiconClass::SkipAdverb, &lw))
        });
        if !verb {
            return None;
        }
        let head = self.mention_in(ws[0].start..ws[k - 1].end, false)?;
        if head.pronoun || head.range.end != ws[k - 1].end {
            return None;
        }
        let end = trim(text, uncut.clone()).end;
        Some(Mention {
            range: head.range.start..end,
            ..head
        })
    }

    /// "He was copied on the questions and Gates said", "Fiorina was a
    /// planner - a former speechwriter said": a clause of its own after
    /// "and" or a dash set off by spaces, whose subject is a name after
    /// "and" (a list of names is one subject, `coordinated_subject`'s), or
    /// any source after the dash. Not a participle with its agent.
    fn second_clause_subject(
        &self,
        sent: &Range<usize>,
        region: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        if self.agent_follows(sent, cue) {
            return None;
        }
        let seg = &text[region.clone()];
        // Most regions have no hyphen at all: no searcher for either dash then.
        let dash = memchr::memchr(b'-', seg.as_bytes()).and_then(|_| {
            [" - ", " -- "]
                .iter()
                .filter_map(|d| seg.rfind(d).map(|k| (k, d.len())))
                .max()
        });
        let and = self
            .iter_words(text, region.clone())
            .filter(|w| self.lower(&text[w.clone()]) == "and")
            .last()
            .map(|w| (w.start - region.start, w.len()));
        let (k, n, after_and) = match (dash, and) {
            (Some((d, _)), Some((a, an))) if a > d => (a, an, true),
            (Some((d, dn)), _) => (d, dn, false),
            (None, Some((a, an))) => (a, an, true),
            (None, None) => return None,
        };
        let left = region.start..region.start + k;
        let right = region.start + k + n..region.end;
        // The words before are a clause or a phrase, not a list of names.
        let clause = self.iter_words(text, left).any(|w| {
            first_lower(&text[w.clone()])
                && !["and", "of", "the"].contains(&self.lower(&text[w]).as_str())
        });
        if !clause {
            return None;
        }
        let m = self.subject_and_via(right).0?;
        let named = self
            .iter_words(text, m.range.clone())
            .all(|w| starts_upper(&text[w]));
        (!after_and || named && !m.pronoun).then_some(m)
    }

    /// "Bush and his rivals for the nomination have said", "Ms. Toretti,
    /// Mrs. Rao and other bundlers said", "Engineers and even some
    /// contractors say": a subject of two or more conjuncts, which the
    /// source reader takes for no noun phrase as a whole (too long, or a
    /// name before a common noun). Each conjunct must be a source of its
    /// own; a verb in one ("Trump attacked Clinton and Cruz said") makes it
    /// a clause. A plural subject takes no verb in "-s": in "Sanders and
    /// Clinton share some views", "… and CNN morning shows" the cue word is
    /// a noun. Nor is a participle with its agent a verb of the subject
    /// ("the prayers and good wishes posted by celebrities").
    fn coordinated_subject(
        &self,
        sent: &Range<usize>,
        region: Range<usize>,
        cue: &Range<usize>,
    ) -> Option<Mention> {
        let text = self.text;
        let verb = self.iter_words(text, cue.clone()).next()?;
        let verb = &text[verb];
        let agent = self.agent_follows(sent, cue);
        // "says", and "is", "was", "has" too.
        if verb.ends_with('s') && !verb.ends_with("ss") || agent {
            return None;
        }
        let and = self
            .iter_words(text, region.clone())
            .filter(|w| self.lower(&text[w.clone()]) == "and")
            .last()?;
        // A dash or a comma sets off a conjunct: "Democrats — and some
        // Republicans —", "Democrats - and some Republicans -".
        let mark = |c: char| matches!(c, ',' | '—' | '–' | '-');
        let right_text = text[and.end..region.end].trim_end_matches(|c| is_blank(c) || mark(c));
        let right = and.end..and.end + right_text.len();
        let last = self.subject_and_via(right.clone()).0?;
        // The conjuncts before "and", split at commas and dashes standing
        // alone (not the hyphen of "anti-Trump").
        let mut items = Vec::new();
        let mut end = and.start;
        loop {
            let piece = &text[region.start..end];
            let cut = piece
                .char_indices()
                .rev()
                .find(|&(k, c)| {
                    matches!(c, ',' | '—' | '–')
                        || c == '-'
                            && piece[..k].ends_with(is_blank)
                            && piece[k + 1..].starts_with(is_blank)
                })
                .map(|(k, c)| (region.start + k, c.len_utf8()));
            let from = cut.map_or(region.start, |(k, n)| k + n);
            let item = trim(text, from..end);
            if !item.is_empty() {
                items.push(item);
            }
            match cut {
                Some((k, _)) => end = k,
                None => break,
            }
        }
        // Each conjunct a source of its own, and no verb among its words.
        let has_verb = |r: &Range<usize>| {
            self.iter_words(text, r.clone()).any(|w| {
                let t = &text[w.clone()];
                first_lower(t) && (t.ends_with("ed") || self.is_cue_word(w.clone()))
            })
        };
        if has_verb(&right) {
            return None;
        }
        let mut start = None;
        for item in &items {
            let m = self.mention_in(item.clone(), false)?;
            if has_verb(item) {
                return None;
            }
            start = Some(m.range.start);
        }
        Some(Mention {
            range: start?..last.range.end,
            kind: SourceKind::Group,
            outlet: None,
            pronoun: false,
        })
    }

    /// The verb frame's own guards: a noun ("the claims"), a passive ("was
    /// denied"), a name ("a group called …"), a reduced clause ("said when
    /// asked"), the rule's word-by-word guards.
    fn verb_not_cue(&self, site: &CueSite<'_>, progressive: Option<usize>) -> bool {
        let CueSite {
            sent,
            ref cue,
            crule,
            cue_text,
            ref prev_word,
            ref prev,
            prev_adjacent,
            ..
        } = *site;
        let text = self.text;
        // "Many said", "while several say": a quantifier opening its clause
        // stands for people, and a plural subject's verb takes no -s, so the
        // cue is no noun ("many questions").
        let quantifier_subject = prev_word.as_ref().is_some_and(|w| {
            matches!(prev.as_deref(), Some("many" | "several" | "few"))
                && !self.lower(cue_text).ends_with('s')
                && match self.last_word(text, sent.start, w.start) {
                    None => true,
                    Some(b) => {
                        text[b.end..w.start].contains([',', ';', ':', '—', '–', '('])
                            || matches!(
                                self.lower(&text[b]).as_str(),
                                "and"
                                    | "but"
                                    | "while"
                                    | "that"
                                    | "as"
                                    | "because"
                                    | "though"
                                    | "although"
                                    | "yet"
                                    | "when"
                                    | "if"
                                    | "since"
                                    | "whereas"
                            )
                    }
                }
        });
        // "She further announced", "The director further stated": "further"
        // after a subject is an adverb of the verb, not an adjective of a noun
        // ("raised further questions").
        let further_adverb = prev.as_deref() == Some("further")
            && (past_participle(cue_text) || self.lower(cue_text).ends_with('s'))
            && prev_word.as_ref().is_some_and(|w| {
                self.last_word(text, sent.start, w.start).is_some_and(|b| {
                    let bt = &text[b.clone()];
                    let lb = self.lower(bt);
                    text[b.end..w.start].chars().all(is_blank)
                        && (matches!(lb.as_str(), "he" | "she" | "they" | "we" | "i")
                            || starts_upper(bt) && !DETERMINERS.contains(&lb.as_str())
                            || self.last_word(text, sent.start, b.start).is_some_and(|d| {
                                DETERMINERS.contains(&self.lower(&text[d]).as_str())
                            }) && !DETERMINERS.contains(&lb.as_str()))
                })
            });
        if progressive.is_none()
            && prev_adjacent
            && !quantifier_subject
            && !further_adverb
            && prev.as_deref().is_some_and(|p| {
                DETERMINERS.contains(&p)
                    || BE.contains(&p)
                    // "raised new questions", "had few doubts": adjectives of a noun.
                    || [
                        "new", "fresh", "more", "many", "several", "few", "serious",
                        "further", "additional", "renewed", "similar", "other", "such",
                        "these", "those", "no", "repeated", "public", "private",
                    ]
                    .contains(&p)
                    || (p.ends_with("’s") || p.ends_with("'s"))
                        && !(has_contraction(p).is_some()
                            && (past_participle(cue_text)
                                || self.lower(cue_text).ends_with("ing")))
                    || p.chars().all(|c| c.is_ascii_digit())
                        && !out_of_ten(&text[sent.start..cue.start])
                        // "43 said the same": no noun reads "said".
                        && !["said", "say", "says", "told"]
                            .contains(&self.lower(cue_text).as_str())
            })
        {
            // "the claims", "was denied", "Trump’s comments", "30 states":
            // a noun or a passive, not a cue.
            return true;
        }
        // "was widely criticized", "has not been disclosed": a passive over
        // adverbs is no more the subject's own verb than one without.
        if progressive.is_none()
            && past_participle(cue_text)
            && self.be_over_adverbs(sent.start, cue.start)
        {
            return true;
        }
        // "a super PAC called Future 45", "a former staffer named Bradley
        // Podliska": an indefinite phrase introduced by its name, not a source
        // calling something a name.
        if matches!(self.lower(cue_text).as_str(), "called" | "named" | "dubbed")
            && text[cue.end..sent.end]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || "“\"‘'#".contains(c))
            && {
                let before = &text[sent.start..cue.start];
                let clause = before
                    .char_indices()
                    .rfind(|(_, c)| matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '(' | '—'))
                    .map_or(before, |(i, c)| &before[i + c.len_utf8()..]);
                clause
                    .split_whitespace()
                    .rev()
                    .take(7)
                    .any(|w| matches!(self.lower(w).as_str(), "a" | "an"))
            }
        {
            return true;
        }
        // "said when asked about the inquiry": a reduced clause has no subject
        // of its own; the question is the hedge's, the answer the main verb's.
        if prev_adjacent
            && !self.lower(cue_text).ends_with("ing")
            && prev.as_deref().is_some_and(|p| {
                [
                    "when", "whenever", "if", "after", "before", "while", "unless", "until",
                ]
                .contains(&p)
            })
        {
            return true;
        }
        self.not_cue(crule, sent, cue, prev.as_deref().filter(|_| prev_adjacent))
    }

    /// A listener after a verb cue ("told MEE that", "urged the party to
    /// …"): where the words after the cue go on; an outlet there joins `via`.
    fn verb_listener(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        crule: &CueRule,
        cue_text: &str,
        after: usize,
        via: &mut Vec<Mention>,
    ) -> usize {
        let text = self.text;
        // A participle's listener in a progressive ("is asking Comey
        // to …") is kept as the participle frame keeps it.
        let (end, outlet) = if crule.frame == Frame::Participle && after == cue.end {
            self.listener_before_clause(cue.end, sent.end)
        } else {
            self.past_listener(cue.end, after, sent.end)
        };
        // "urged the administration to join …", "asked Norton to
        // republish …": who is urged to act is part of the request
        // (on PolNeAR train, keeping it moves 31 contents: 23 closer
        // to gold, 8 further); a listener told something ("told the
        // drivers to stay home") and an outlet are still skipped.
        let verb = self.lower(cue_text.split_whitespace().last().unwrap_or(""));
        let tell = verb.starts_with("tel") || verb.starts_with("tol");
        let infinitive = {
            let rest = &text[skip_blank(text, end, sent.end)..sent.end];
            let rest = rest.strip_prefix("not ").unwrap_or(rest);
            rest.strip_prefix("to ").is_some_and(first_lower)
        };
        let end = if crule.frame != Frame::Participle && !tell && infinitive && outlet.is_none() {
            after
        } else {
            end
        };
        if let Some(m) = outlet {
            via.insert(0, m);
        }
        end
    }

    /// Where a verb cue's content after it begins: past adjuncts, a particle
    /// ("pointed out"), a reference's "to", an infinitive ("continued to
    /// portray"), and the mark before a quotation. Also where its object
    /// would begin (`object_at`, the first of the pair).
    fn verb_content_start(
        &self,
        sent: &Range<usize>,
        cue_text: &str,
        after: usize,
        inverted: bool,
        quoted_before: bool,
        quote_ok: bool,
    ) -> (usize, usize) {
        let text = self.text;
        let after = if inverted
            || quoted_before
            || verb_particle_end(text, after, sent.end) != after
                && !starts_lower(text[after..sent.end].trim_start(), "for the first time")
        {
            after
        } else {
            adjunct_before_complement(text, after, sent.end, quote_ok)
        };
        // "pointed out that …", "called for an inquiry", "pleaded guilty to a
        // charge": a particle right after the verb belongs to the cue.
        // Unless the particle opens a phrase that leads to the content: "said of
        // the depot: “…”".
        let pp_target = past_prepositional_phrase(text, after, sent.end);
        let after = if !inverted && (pp_target == after || pp_target >= sent.end) {
            verb_particle_end(text, after, sent.end)
        } else {
            after
        };
        let after = reference_to(text, cue_text, after, sent.end);
        // "continued to portray …": unless the infinitive is a cue of its own
        // ("continued to say that"), which frames the content itself.
        let past_infinitive = continued_infinitive(text, cue_text, after, sent.end);
        let after = if inverted || !within(&self.scan.cues, &(after..past_infinitive)).is_empty() {
            after
        } else {
            past_infinitive
        };
        let object_at = after;
        let after = skip_adjuncts(text, after, sent.end);
        let after = past_prepositional_phrase(text, after, sent.end);
        let after = if inverted || quoted_before {
            after
        } else {
            adjunct_before_complement(text, after, sent.end, quote_ok)
        };
        // "He said, “We have big plans.”" / "She wrote: “…”": the quotation is the content.
        let after = match text[after..sent.end]
            .trim_start_matches(is_blank)
            .strip_prefix([',', ':'])
        {
            Some(tail)
                if !inverted && tail.trim_start_matches(is_blank).starts_with(['“', '"']) =>
            {
                sent.end - tail.len()
            }
            _ => after,
        };
        (object_at, after)
    }

    /// The participle frame: "…, saying that …", "by telling", "Conceding
    /// that …, Trump said". The participle shares the subject of its clause
    /// unless "with" gives it one of its own ("with 22 percent saying").
    fn participle_candidate(&self, site: CueSite<'_>) -> Option<Candidate> {
        let CueSite {
            sent,
            cue,
            rule,
            crule,
            cue_text,
            prev_word,
            prev,
            gap_to_prev,
            prev_adjacent,
            ..
        } = site;
        let text = self.text;
        if self.not_cue(crule, sent, &cue, prev.as_deref().filter(|_| prev_adjacent)) {
            return None;
        }
        let (with_subject, content_end) =
            self.participle_subject(sent, &cue, prev_word, prev, gap_to_prev, prev_adjacent)?;
        let mut after = cue.end;
        // "telling his aides that …", "urging his critics to …": the
        // listener is no part of what was said.
        let mut via = Vec::new();
        if crule.recipient {
            let (end, outlet) = self.listener_before_clause(cue.end, sent.end);
            after = end;
            via.extend(outlet);
        }
        // "pointing out that …", "warning of a crisis": as after a verb, a
        // particle belongs to the cue.
        let after = if after == cue.end {
            verb_particle_end(text, after, sent.end)
        } else {
            after
        };
        let after = reference_to(text, cue_text, after, sent.end);
        let after = skip_adjuncts(text, after, sent.end);
        let quoted_before = text[sent.start..cue.start].contains(['“', '"'])
            || text[sent.start..cue.start].contains("''");
        let after = if quoted_before {
            after
        } else {
            adjunct_before_complement(text, after, sent.end, true)
        };
        // "adding, “Democracy is messy.”", "saying: “The struggle continues”":
        // the mark that introduces what was said is no part of it.
        let after = match text[after..sent.end]
            .trim_start_matches(is_blank)
            .strip_prefix([',', ':'])
        {
            Some(tail) => sent.end - tail.len(),
            None => after,
        };
        // "saying the person would “not get beat up”, a swipe at …",
        // "praising the ferry line, a project that …": the writer takes over
        // where it does after a verb cue.
        let rest = self.cut_act_tail(
            self.cut_narrator_tail(content_trim(self, after..content_end.max(after))),
            crule.speech,
        );
        if rest.is_empty() || !text[rest.clone()].chars().any(char::is_alphanumeric) {
            return None;
        }
        // The source is resolved against the sentence's other cues later,
        // unless "with" gave the participle a subject of its own.
        let frame_start = with_subject.as_ref().map_or(cue.start, |m| m.range.start);
        Some(Candidate {
            cue: cue.clone(),
            rule,
            shares_subject: with_subject.is_none(),
            source: with_subject,
            via,
            content: vec![rest],
            frame_start,
            forward: true,
            source_extent: None,
        })
    }

    /// Whether a participle cue is licensed here (a comma, a dash, a
    /// preposition or conjunction before it, the sentence's start) and its
    /// own subject if "with" or a noun gives it one: `None` when it is no
    /// cue, `Some(None)` when it shares the subject of its clause; and where
    /// its content may end (the sentence's end, or the comma closing an aside).
    fn participle_subject(
        &self,
        sent: &Range<usize>,
        cue: &Range<usize>,
        prev_word: Option<Range<usize>>,
        prev: Option<Lower<'_>>,
        gap_to_prev: &str,
        prev_adjacent: bool,
    ) -> Option<(Option<Mention>, usize)> {
        let text = self.text;
        // "…, falsely suggesting", "by essentially telling": the comma or
        // word before the adverbs licenses the participle.
        let lead = self.adverbs_before(sent.start, cue.start);
        let (prev_word, prev, gap_to_prev, prev_adjacent) = if lead < cue.start {
            let w = self.last_word(text, sent.start, lead);
            let gap = w.as_ref().map_or("", |w| &text[w.end..lead]);
            let lw = w.as_ref().map(|w| self.lower(&text[w.clone()]));
            (w, lw, gap, gap.chars().all(is_blank))
        } else {
            (prev_word, prev, gap_to_prev, prev_adjacent)
        };
        // "Conceding that …, Trump said": a participle opening the sentence
        // has the main clause's subject.
        let opens_sentence = match prev.as_deref() {
            None => text[sent.start..lead].chars().all(is_blank),
            Some("but" | "and" | "yet") => prev_word
                .as_ref()
                .is_some_and(|w| text[sent.start..w.start].chars().all(is_blank)),
            // "Instead of calling the plan a failure, Okafor …".
            Some("of") => prev_word.as_ref().is_some_and(|w| {
                self.last_word(text, sent.start, w.start).is_some_and(|b| {
                    self.lower(&text[b.clone()]) == "instead"
                        && text[sent.start..b.start].chars().all(is_blank)
                })
            }),
            // "Since announcing in October that …, Mr. Biden": a preposition
            // opening the sentence before its participle.
            Some("since" | "besides" | "upon") => prev_word
                .as_ref()
                .is_some_and(|w| text[sent.start..w.start].chars().all(is_blank)),
            Some(_) => false,
        };
        let ok = !prev_adjacent && gap_to_prev.contains(',')
            || opens_sentence
            || prev.as_deref().is_some_and(|p| {
                ["by", "while", "after", "before", "when", "in", "and"].contains(&p)
                    // "describing the son as a hero but insisting that", "…,
                    // then calling": a second participle of the same subject.
                    || ["but", "then"].contains(&p)
            })
            // "flipped his choice on the spot – saying": a dash as a comma.
            || !prev_adjacent
                && (gap_to_prev.contains(['—', '–']) || gap_to_prev.contains(" - "));
        // "The Journal, citing internal documents, reported": a participle
        // in an aside after its subject is that subject's, not the speaker
        // of a cue before it nor the main verb's, which may be no cue.
        if ok
            && !prev_adjacent
            && let Some(c) = prev_word
                .as_ref()
                .and_then(|w| text[w.end..lead].find(',').map(|k| w.end + k))
            && let Some((m, close)) = self.aside_participle_subject(sent.start, c, cue, sent.end)
        {
            return Some((Some(m), close));
        }
        // "…, with 22 percent saying they would not vote": the phrase after
        // "with" is the participle's own subject.
        let mut with_subject = if ok {
            None
        } else {
            self.with_subject(sent.start, lead)
        };
        let mut ok = ok;
        if !ok && with_subject.is_none() {
            match self.noun_subject(sent.start, lead) {
                // "Holding signs calling Christie a loser, the protesters
                // chanted": an opening participle and its object are no subject.
                Some(NounSubject::Own(m))
                    if text[sent.start..m.range.start]
                        .chars()
                        .all(|c| is_blank(c) || matches!(c, '“' | '"'))
                        && {
                            let ws: Vec<_> =
                                self.iter_words(text, m.range.clone()).take(2).collect();
                            ws.len() == 2 && {
                                let f = self.lower(&text[ws[0].clone()]);
                                f.ends_with("ing")
                                    && f.len() > 5
                                    && first_lower(&text[ws[1].clone()])
                                    && !DETERMINERS
                                        .contains(&self.lower(&text[ws[1].clone()]).as_str())
                            }
                        } => {}
                Some(NounSubject::Own(m)) => with_subject = Some(m),
                Some(NounSubject::Shared) => ok = true,
                None => {}
            }
        }
        if !ok && with_subject.is_none() {
            return None;
        }
        Some((with_subject, sent.end))
    }

    /// The preposition frame: a source after the cue ("according to MEE,
    /// …", "per CTV News", "In a CNN poll, …") and the content before or
    /// after it.
    fn preposition_candidate(&self, site: CueSite<'_>) -> Option<Candidate> {
        let CueSite {
            sent,
            cue,
            rule,
            crule,
            cue_text,
            gap_to_prev,
            prev_adjacent,
            at_sentence_start,
            ..
        } = site;
        let text = self.text;
        let lc = self.lower(cue_text);
        if lc == "per" || lc == "citing" {
            // Weak prepositions: only with a named source right after.
            if !prev_adjacent && !gap_to_prev.contains(',') && !at_sentence_start {
                return None;
            }
        }
        // "per CTV News", "per a translator", not "$5 per hour", "murders per
        // capita", "one polling place per every 21,000 voters": a source
        // after "per" is a name or opens with an article (6 of 7 predictions
        // on train were rates).
        if lc == "per"
            && self
                .iter_words(text, cue.end..sent.end)
                .next()
                .is_some_and(|w| {
                    let t = &text[w];
                    !starts_upper(t) && !["a", "an", "the"].contains(&self.lower(t).as_str())
                })
        {
            return None;
        }
        // "In a CNN poll, …": the match holds the source after its first word.
        // "In a CNN poll released Monday, …": the rule's word is the head of
        // the source, the cue the preposition opening the phrase.
        let (cue, matched_source) = if crule.opened_by.is_empty() {
            (cue, None)
        } else {
            let (open, m) = self.opened_source(sent, &cue, &crule.opened_by)?;
            (open, Some(m))
        };
        let np_start = skip_blank(text, cue.end, sent.end);
        let (m, np_end) = match matched_source.or_else(|| self.mention_after(np_start, sent.end)) {
            Some(x) => x,
            // After "according to", any noun phrase is the source: "state law",
            // "early results of exit polls conducted for The Associated Press".
            None if lc == "according to" => self.any_phrase_after(np_start, sent.end)?,
            None => return None,
        };
        let (region_start, content_end) = self.clause_back(sent.start, cue.start);
        let between: Vec<_> = self
            .iter_words(text, region_start..cue.start)
            .take(3)
            .collect();
        let only_conj = between.iter().all(|w| {
            ["and", "but", "so", "yet", "while", "whereas"]
                .contains(&self.lower(&text[w.clone()]).as_str())
        });
        let rest_start = skip_blank(text, np_end, sent.end);
        let rest_start = if text[rest_start..].starts_with(',') {
            rest_start + 1
        } else {
            rest_start
        };
        let rest = content_trim(self, rest_start..sent.end);
        let has_rest = !rest.is_empty() && text[rest.clone()].chars().any(char::is_alphanumeric);
        // Opening its clause ("According to MEE, ...", "..., and according to MEE, ..."): the content follows.
        let opens_clause = only_conj && (content_end.is_none() || !between.is_empty());
        let before = if only_conj {
            trim(text, sent.start..content_end.unwrap_or(region_start))
        } else {
            trim(text, sent.start..cue.start)
        };
        let before = content_trim(self, before);
        let has_before = text[before.clone()].chars().any(char::is_alphanumeric);
        let mut content = Vec::new();
        let forward = opens_clause && has_rest;
        if forward {
            content.push(rest);
        } else if has_before {
            if has_rest && self.rest_goes_on(before.clone(), rest.clone()) {
                content.push(before);
                content.push(rest);
            } else {
                content.push(before);
            }
        } else {
            return None;
        }
        let frame_start = cue.start;
        Some(Candidate::new(cue, rule, Some(m), content, frame_start).with_forward(forward))
    }
}
