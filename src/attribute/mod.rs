//! Attribution: which source each claim rests on, through whom, with which cue.
//!
//! The rule pack's matchers run once over the whole text (`Scan`); each
//! sentence then looks only at the matches inside it, so the cost is linear in
//! the length of the article. English attribution comes in a few frames:
//!
//! * subject + verb:      "Hamas sources told MEE that ...", "..., Axios reported."
//! * inverted verb:       "“...,” said Maria Lopez."
//! * preposition:         "According to MEE, ...", "..., according to officials."
//! * participle:          "Axios reported on the meeting, stating that ..."
//! * hedge:               "Witkoff reportedly told ..." (no named reporter)

use crate::rules::{CueRule, Engine, Frame, LexiconClass, SourceKind};
use crate::segment::Segments;
use crate::span::{is_blank, trim};
use std::collections::HashMap;
use std::ops::Range;

mod adjuncts;
mod builtin;
mod content;
mod frames;
mod hedged;
mod lexical;
mod sentence;
mod sources;
mod subjects;
mod verbs;

use self::adjuncts::*;
pub use self::builtin::BUILTIN_FRAMES;
use self::builtin::*;
use self::content::*;
pub use self::hedged::hedge_content;
use self::lexical::*;
use self::sentence::*;
use self::sources::*;
use self::subjects::*;

/// Every rule match in the document, by kind, each sorted by position.
#[derive(Debug, Default, Clone)]
pub struct Scan {
    pub cues: Vec<(Range<usize>, usize)>,
    pub sources: Vec<(Range<usize>, usize)>,
    pub outlets: Vec<(Range<usize>, usize)>,
    pub hedges: Vec<(Range<usize>, usize)>,
    pub disputes: Vec<(Range<usize>, usize)>,
    /// Matches of pattern finding rules (index into `Engine::findings`).
    pub findings: Vec<(Range<usize>, usize)>,
    /// Matches of check parameters: finding rule i's `triggers` as 2i, its `unless` as 2i+1.
    pub params: Vec<(Range<usize>, usize)>,
}

impl Scan {
    pub fn run(engine: &Engine, text: &str) -> Scan {
        let [cues, sources, outlets, hedges, disputes, findings, params] = engine.scan(text);
        Scan {
            cues,
            sources,
            outlets,
            hedges,
            disputes,
            findings,
            params,
        }
    }
}

/// The matches of a sorted list that start inside `r`.
pub fn within<'a, T>(v: &'a [(Range<usize>, T)], r: &Range<usize>) -> &'a [(Range<usize>, T)] {
    let lo = v.partition_point(|(m, _)| m.start < r.start);
    let hi = v.partition_point(|(m, _)| m.start < r.end);
    &v[lo..hi]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Explicit,
    Inherited,
    Unattributed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Explicit => "explicit",
            Status::Inherited => "inherited",
            Status::Unattributed => "unattributed",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub kind: SourceKind,
    pub aliases: Vec<String>,
    pub mentions: Vec<Range<usize>>,
    /// Registry entry, for outlets.
    pub outlet: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Attribution {
    pub status: Status,
    pub source: Option<usize>,
    pub via: Vec<usize>,
    pub cue: Option<Range<usize>>,
    pub rule: Option<String>,
    pub source_mention: Option<Range<usize>>,
    pub hedge: Option<Range<usize>>,
    pub hedge_rule: Option<String>,
    /// The outlet a hedge was resolved to, when whosaid had to guess it.
    pub hedge_resolved_to: Option<usize>,
    /// The asker a question hedge names: "Asked by Matt Lauer whether …".
    pub hedge_source_mention: Option<Range<usize>>,
    pub inherited_from: Option<usize>,
}

impl Attribution {
    fn none() -> Attribution {
        Attribution {
            status: Status::Unattributed,
            source: None,
            via: Vec::new(),
            cue: None,
            rule: None,
            source_mention: None,
            hedge: None,
            hedge_rule: None,
            hedge_resolved_to: None,
            hedge_source_mention: None,
            inherited_from: None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct QuoteRef {
    /// The words quoted, without the marks.
    pub range: Range<usize>,
    pub speaker: Option<usize>,
}

/// An attribution inside a claim that is not the claim's own: "Jones believes"
/// in "Smith said Jones believes the plan will fail".
#[derive(Debug, Clone)]
pub struct Nested {
    pub cue: Range<usize>,
    pub rule: String,
    pub source: Option<usize>,
    pub source_mention: Option<Range<usize>>,
    pub content: Vec<Range<usize>>,
}

#[derive(Debug, Clone)]
pub struct Claim {
    /// What is claimed: first fragment start to last fragment end.
    pub span: Range<usize>,
    /// The pieces of the content when a cue splits it ("The plan, she said, will fail").
    pub fragments: Vec<Range<usize>>,
    pub sentence: Range<usize>,
    pub paragraph: usize,
    pub attribution: Attribution,
    pub quotes: Vec<QuoteRef>,
    pub nested: Vec<Nested>,
}

#[derive(Debug, Default, Clone)]
pub struct Analysis {
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    /// The headline's own attribution ("Graham: Trump’s rhetoric destroying GOP",
    /// "County Says Trump Should Win"). The headline is furniture, not a claim,
    /// but who it puts words in the mouth of belongs in the report. Several
    /// where it has several verbs ("Rep. Gwen Graham slams Trump, praises Clinton").
    pub headline: Vec<Nested>,
}

/// A source phrase found in the text, before it is merged into a `Source`.
#[derive(Debug, Clone)]
struct Mention {
    range: Range<usize>,
    kind: SourceKind,
    outlet: Option<usize>,
    pronoun: bool,
}

/// One cue with everything that hangs on it.
#[derive(Debug, Clone)]
struct Candidate {
    cue: Range<usize>,
    rule: usize,
    source: Option<Mention>,
    via: Vec<Mention>,
    content: Vec<Range<usize>>,
    /// Where the frame (source or cue, whichever is first) starts.
    frame_start: usize,
    forward: bool,
    /// The source is the subject of the clause before: a participle ("..., saying")
    /// or a coordinated verb ("Wilson praised Rubio and said ...").
    shares_subject: bool,
    /// The whole noun phrase of the source when it is longer than the name:
    /// "Huma Abedin, vice chairwoman for Clinton’s campaign," with its appositive.
    source_extent: Option<Range<usize>>,
}

impl Candidate {
    /// What most frames find: a cue, its source and content, the content read
    /// forward from the cue, no chain, no subject shared with another cue.
    fn new(
        cue: Range<usize>,
        rule: usize,
        source: Option<Mention>,
        content: Vec<Range<usize>>,
        frame_start: usize,
    ) -> Candidate {
        Candidate {
            cue,
            rule,
            source,
            via: Vec::new(),
            content,
            frame_start,
            forward: true,
            shares_subject: false,
            source_extent: None,
        }
    }

    /// The content stands before the cue ("“…,” she said").
    fn backward(self) -> Candidate {
        self.with_forward(false)
    }

    fn with_forward(mut self, forward: bool) -> Candidate {
        self.forward = forward;
        self
    }

    /// The source's whole noun phrase, when it is longer than the name.
    fn with_extent(mut self, extent: Option<Range<usize>>) -> Candidate {
        self.source_extent = extent;
        self
    }

    fn source_mention(&self) -> Option<Range<usize>> {
        self.source_extent
            .clone()
            .or_else(|| self.source.as_ref().map(|m| m.range.clone()))
    }

    /// The source's words as the report gives them: its whole phrase, less a
    /// participle aside after the subject ("The Journal, citing internal
    /// documents, reported"). The aside stays in `source_mention`, so that the
    /// participle's own cue inside it ranks after the main verb.
    fn reported_mention(&self, text: &str) -> Option<Range<usize>> {
        let phrase = self.source_mention()?;
        let Some(m) = self.source.as_ref() else {
            return Some(phrase);
        };
        if m.range.end >= phrase.end || m.range.start < phrase.start {
            return Some(phrase);
        }
        match text[m.range.end..phrase.end].find(", ") {
            Some(k) if participle_aside(text, m.range.end + k + 2..phrase.end) => {
                Some(trim(text, phrase.start..m.range.end + k))
            }
            // "“…,” said Ann Lee, a nurse, referring to …": the comma that
            // closes an appositive after an inverted speaker belongs to it, as
            // it does before the verb ("Ann Lee, a nurse, said"); on PolNeAR
            // train gold keeps it 24 times in 29. A bare name keeps none.
            Some(_) if phrase.start > self.cue.start && text[phrase.end..].starts_with(',') => {
                Some(phrase.start..phrase.end + 1)
            }
            _ => Some(phrase),
        }
    }
}

struct Ctx<'a> {
    text: &'a str,
    engine: &'a Engine,
    scan: &'a Scan,
    seg: &'a Segments,
    /// The headline, where words are capitalised ("County Says Trump Should Win").
    headline: Option<Range<usize>>,
    /// The document's words, split once for every frame and helper that
    /// splits a range of it again (`iter_words`, `words`, `last_word`).
    words: WordTable<'a>,
}

impl From<Lower<'_>> for String {
    fn from(l: Lower<'_>) -> String {
        l.as_str().to_string()
    }
}

impl<'a> Ctx<'a> {
    fn lex(&self, class: LexiconClass, w: &str) -> bool {
        self.engine.lexicon.has(class, w)
    }

    /// `Words::new(text, r)`, from the document's word table when `text` is
    /// the document (the usual case), so that a frame can write
    /// `self.iter_words(text, r)` wherever it wrote `Words::new(text, r)`.
    fn iter_words<'s>(&'s self, text: &'s str, r: Range<usize>) -> Words<'s> {
        self.words.iter(text, r)
    }

    /// `words(text, r)`, from the document's word table.
    fn words(&self, text: &str, r: Range<usize>) -> Vec<Range<usize>> {
        self.words.words(text, r)
    }

    /// `last_word(text, floor, pos)`, from the document's word table.
    fn last_word(&self, text: &str, floor: usize, pos: usize) -> Option<Range<usize>> {
        self.words.last_word(text, floor, pos)
    }

    /// `lower(s)`, read from the document lower-cased once when `s` is a
    /// slice of it (as the words the frames lower-case are).
    fn lower<'s>(&'s self, s: &'s str) -> Lower<'s> {
        self.words.lower(s)
    }

    /// Is the text at `r` a relative pronoun ("Lee, who said …", "the group,
    /// which backed him")? A source that is one stands for the noun phrase
    /// before it, which the frames that ask treat differently.
    fn is_relative_pronoun(&self, r: Range<usize>) -> bool {
        matches!(
            self.lower(&self.text[r]).as_str(),
            "who" | "which" | "that" | "whom"
        )
    }

    /// `last_word_in(text, from, pos)`, from the document's word table.
    fn last_word_in(&self, text: &str, from: usize, pos: usize) -> Option<Range<usize>> {
        self.words.last_word_in(text, from, pos)
    }

    /// Is `pos` just after a closing quotation mark? Quotations nested inside
    /// the one that closes there start after it ("“… say ‘queue’, … ‘line’,”
    /// he said" has three), so look back past a few of them.
    fn closes_quote_at(&self, pos: usize) -> bool {
        let i = self.seg.quotes.partition_point(|q| q.range.start < pos);
        self.seg.quotes[..i]
            .iter()
            .rev()
            .take(8)
            .any(|q| q.closed && q.range.end == pos)
    }
}

/// A candidate that is not a claim's own attribution (nested in a claim, or the
/// headline's), with its source resolved.
fn side_attribution(
    engine: &Engine,
    reg: &mut Registry,
    history: &[usize],
    c: &Candidate,
) -> Nested {
    Nested {
        cue: c.cue.clone(),
        rule: cue_rule_id(engine, c.rule),
        source: c.source.as_ref().map(|m| reg.resolve(m, history)),
        source_mention: c.reported_mention(reg.text),
        content: c.content.clone(),
    }
}

/// A noun cue ("his claim that …") attributes a clause no other frame did.
/// Nested in an attributed clause it is annotated about half the time on train
/// and cost more precision than it gained.
fn possessive_nouns(ctx: &Ctx, d: &mut Draft) {
    if d.candidate.is_none() {
        d.candidate = possessive_noun(ctx, &d.range).into_iter().next();
    }
    if d.candidate.is_none() {
        d.candidate = viewpoint(ctx, &d.range);
    }
}

fn cue_rule_id(engine: &Engine, rule: usize) -> String {
    match rule {
        RULE_HEADLINE_COLON => "cue.headline-colon".to_string(),
        RULE_TRANSCRIPT => "cue.transcript-label".to_string(),
        RULE_SIGNATURE => "cue.signature".to_string(),
        RULE_COLON_QUOTE => "cue.colon-quote".to_string(),
        RULE_QUOTE_TAG => "cue.quote-tag".to_string(),
        RULE_UNLISTED_VERB => "cue.unlisted-verb".to_string(),
        RULE_POSSESSIVE_NOUN => "cue.possessive-noun".to_string(),
        RULE_NOUN_AGENT => "cue.noun-agent".to_string(),
        RULE_VIEWPOINT => "cue.viewpoint".to_string(),
        RULE_COLON_VERB => "cue.colon-verb-phrase".to_string(),
        _ => engine.cues[rule].id.clone(),
    }
}

/// Attribute every claim of the document's body.
pub fn attribute(
    text: &str,
    seg: &Segments,
    engine: &Engine,
    scan: &Scan,
    headline: Option<Range<usize>>,
) -> Analysis {
    let title_block = title_block(text, seg, &headline);
    let ctx = Ctx {
        text,
        engine,
        scan,
        seg,
        headline: headline.clone().or(title_block.clone()),
        words: WordTable::new(text),
    };
    let mut reg = Registry {
        text,
        engine,
        sources: Vec::new(),
        keys: HashMap::default(),
        acronyms: defined_acronyms(text),
        by_last: FnvMap::default(),
        by_head: FnvMap::default(),
        quotes: &seg.quotes,
        pronoun_of: FnvMap::default(),
    };
    // Acronyms defined for registry outlets or sources: alias them up front.
    let mut claims: Vec<Claim> = Vec::new();
    // Sources used so far, for pronouns and hedges.
    let mut history: Vec<usize> = Vec::new();
    // The last outlet in `history`, and how much of it was looked at: history
    // only grows, so each hedge reads only what came since the last one.
    let mut last_outlet: (usize, Option<usize>) = (0, None);
    let headline: Vec<Nested> = headline
        .map(|h| headline_attributions(&ctx, h))
        .unwrap_or_default()
        .iter()
        .map(|c| side_attribution(engine, &mut reg, &history, c))
        .collect();
    // Transcript turns, found once per paragraph.
    let mut turn_of: Option<(usize, Option<Candidate>)> = None;
    // Title-case speaker labels count only in an article laid out as a transcript.
    let layout = transcript_layout(text, &seg.paragraphs);
    // The paragraph a colon lead-in introduced, whose sentences go on in its voice,
    // and the first of them, read with the lead-in.
    let mut lead_para: Option<usize> = None;
    let mut lead_taken: Option<usize> = None;
    for (si, sent) in seg.sentences.iter().enumerate() {
        if lead_taken == Some(si) {
            continue;
        }
        // The sentence, or a colon lead-in read with the sentence it introduces.
        let mut sentence = sent.range.clone();
        // "“… pay zero taxes.” ⏎ - Sanders.": the signature attributes the
        // quotation paragraph before it, which nothing else attributed.
        if let Some((dash, m)) = (sent.paragraph > 0
            && seg.paragraphs[sent.paragraph].start == sent.range.start)
            .then(|| signature_line(&ctx, &sent.range))
            .flatten()
        {
            let prev =
                text[seg.paragraphs[sent.paragraph - 1].clone()].trim_end_matches(['.', ' ']);
            let quotation = (prev.starts_with(['“', '"']) || prev.starts_with("''"))
                && prev.ends_with(['”', '"', '\'']);
            // Claims come in paragraph order: the previous paragraph's are at the end.
            let mut from = claims.len();
            while from > 0 && claims[from - 1].paragraph + 1 >= sent.paragraph {
                from -= 1;
            }
            let own: Vec<usize> = (from..claims.len())
                .filter(|&i| claims[i].paragraph + 1 == sent.paragraph)
                .collect();
            if quotation
                && !own.is_empty()
                && own
                    .iter()
                    // A speaker only guessed from before the paragraph yields to the
                    // one the signature names.
                    .all(|&i| claims[i].attribution.status != Status::Explicit)
            {
                let src = reg.resolve(&m, &history);
                history.push(src);
                for (k, &i) in own.iter().enumerate() {
                    let att = &mut claims[i].attribution;
                    *att = Attribution::none();
                    att.source = Some(src);
                    if k == 0 {
                        att.status = Status::Explicit;
                        att.cue = Some(dash.clone());
                        att.rule = Some(cue_rule_id(engine, RULE_SIGNATURE));
                        att.source_mention = Some(m.range.clone());
                    } else {
                        att.status = Status::Inherited;
                        att.inherited_from = Some(own[0]);
                    }
                }
                continue;
            }
        }
        if turn_of.as_ref().is_none_or(|(p, _)| *p != sent.paragraph) {
            let para = seg.paragraphs[sent.paragraph].clone();
            turn_of = Some((sent.paragraph, transcript_turn(&ctx, para, layout)));
        }
        let turn = turn_of.as_ref().and_then(|(_, t)| t.as_ref());
        let drafts = match turn {
            // "TAPPER: Donald Trump released a video on Friday.": the speaker's label owns
            // the paragraph's first sentence ...
            Some(c) if sent.range.start <= c.cue.start && c.cue.end <= sent.range.end => {
                let mut c = c.clone();
                let content = content_trim(&ctx, c.cue.end..sent.range.end);
                if content.is_empty() {
                    continue;
                }
                c.content = vec![content];
                Draft::whole(&sent.range, c)
            }
            _ => match signature(&ctx, &sent.range) {
                Some(c) => Draft::whole(&sent.range, c),
                None if let Some(drafts) = colon_lead_in(&ctx, si) => {
                    let next = &seg.sentences[si + 1];
                    lead_taken = Some(si + 1);
                    lead_para = Some(next.paragraph);
                    sentence = sent.range.start..next.range.end;
                    drafts
                }
                None => {
                    // A name and a colon opening the sentence, or after a dash,
                    // speak the quotation whatever stands before; elsewhere the
                    // frame is a fallback.
                    let colon = colon_quote(&ctx, &sent.range);
                    let drafts = match &colon {
                        Some((_, true)) => Vec::new(),
                        _ => analyze_sentence(&ctx, &sent.range),
                    };
                    let unattributed = drafts.iter().all(|d| d.candidate.is_none());
                    // "Historians: Clinton, Obama linked no matter what; ⏎ …": a
                    // headline kept in the body keeps the headline's "Source: claim",
                    // which speaks the whole line whatever verb stands after it.
                    let titled = title_block
                        .as_ref()
                        .filter(|b| b.start <= sent.range.start && sent.range.end <= b.end)
                        .and_then(|_| headline_colon(&ctx, sent.range.clone()))
                        .filter(|c| title_label(text, sent.range.start..c.cue.start))
                        .filter(|c| {
                            !text[c.content[0].clone()]
                                .trim_end_matches(['.', ' '])
                                .ends_with('?')
                        })
                        .filter(|c| {
                            drafts.iter().all(|d| {
                                d.candidate
                                    .as_ref()
                                    .is_none_or(|f| f.cue.start > c.cue.start)
                            })
                        });
                    match colon {
                        _ if let Some(c) = titled => Draft::whole(&sent.range, c),
                        Some((c, opens)) if opens || unattributed => Draft::whole(&sent.range, c),
                        _ if unattributed && let Some(c) = quote_tag(&ctx, &sent.range) => {
                            Draft::whole(&sent.range, c)
                        }
                        _ if unattributed && let Some(c) = colon_verb_phrase(&ctx, &sent.range) => {
                            Draft::whole(&sent.range, c)
                        }
                        _ => drafts
                            .into_iter()
                            .map(|mut d| {
                                if d.candidate.is_none() {
                                    d.candidate = unlisted_verb(&ctx, &d.range);
                                }
                                possessive_nouns(&ctx, &mut d);
                                d
                            })
                            .collect(),
                    }
                }
            },
        };
        for d in drafts {
            // Punctuation alone ("“”") claims nothing.
            if !text[d.range.clone()].chars().any(char::is_alphanumeric) {
                continue;
            }
            let mut att = Attribution::none();
            let mut span = trim(text, d.range.clone());
            let mut fragments = Vec::new();
            if let Some(c) = &d.candidate {
                let src = c.source.as_ref().map(|m| reg.resolve(m, &history));
                let via: Vec<usize> = c.via.iter().map(|m| reg.resolve(m, &history)).collect();
                att.status = Status::Explicit;
                att.source = src;
                att.via = via;
                att.cue = Some(c.cue.clone());
                att.rule = Some(cue_rule_id(engine, c.rule));
                att.source_mention = c.reported_mention(reg.text);
                // "Hewitt writes: The movie …": the colon introduces the content and
                // is no part of it.
                let mut content = c.content.clone();
                if let Some(first) = content.first_mut()
                    && text[first.clone()].starts_with(':')
                    && text[first.start + 1..first.end]
                        .chars()
                        .any(char::is_alphanumeric)
                {
                    first.start = skip_blank(text, first.start + 1, first.end);
                }
                span = content.first().unwrap().start..content.last().unwrap().end;
                if content.len() > 1 {
                    fragments = content;
                }
                if let Some(s) = src {
                    history.push(s);
                }
                history.extend(att.via.iter().copied());
            } else {
                span = content_trim(&ctx, span);
            }
            // Hedges: "reportedly" with no named reporter.
            // A hedge inside what a named source says ("Police said the man allegedly
            // stole a car") is that source's word, not an unnamed report.
            let explicit = att.status == Status::Explicit;
            // "Sanders said, “We’ll see,” when asked whether …": a question put to
            // the speaker after the cue is the writer's account of the occasion,
            // not the speaker's words; the claim ends before it, and the hedge
            // reports the question as put by no one named.
            let cue_end = att.cue.as_ref().map(|c| c.end);
            let occasion = |h: &Range<usize>, hr: usize| {
                hedged::question_occasion(text, &span, cue_end?, h, engine.hedges[hr].question)
            };
            if let Some((h, hr)) = within(&scan.hedges, &d.range).iter().find(|(h, hr)| {
                !(seg.in_quote(h.start)
                    || explicit
                        && span.start <= h.start
                        && h.end <= span.end
                        && occasion(h, *hr).is_none())
            }) {
                if explicit
                    && span.start <= h.start
                    && h.end <= span.end
                    && let Some(cut) = occasion(h, *hr)
                {
                    span.end = cut;
                    // Content around the cue: the pieces before the question.
                    fragments.retain(|f: &Range<usize>| f.start < cut);
                    for f in fragments.iter_mut() {
                        f.end = f.end.min(cut);
                    }
                    if let Some(last) = fragments.last() {
                        span.end = last.end;
                    }
                    if fragments.len() < 2 {
                        fragments.clear();
                    }
                }
                att.hedge = Some(h.clone());
                att.hedge_rule = Some(engine.hedges[*hr].id.clone());
                att.hedge_source_mention = ctx.hedge_asker(h, sentence.end).map(|m| m.range);
                let named_outlet = att
                    .via
                    .iter()
                    .chain(att.source.iter())
                    .any(|s| reg.sources[*s].kind == SourceKind::Outlet);
                if !named_outlet {
                    for &s in &history[last_outlet.0..] {
                        if reg.sources[s].kind == SourceKind::Outlet {
                            last_outlet.1 = Some(s);
                        }
                    }
                    last_outlet.0 = history.len();
                    let outlet = last_outlet.1;
                    att.hedge_resolved_to = outlet;
                    match (att.status, outlet) {
                        (Status::Explicit, Some(o)) => att.via.push(o),
                        (Status::Unattributed, Some(o)) => {
                            att.status = Status::Explicit;
                            att.source = Some(o);
                            att.cue = Some(h.clone());
                            att.rule = att.hedge_rule.clone();
                        }
                        _ => {}
                    }
                }
            }
            if att.status == Status::Unattributed && att.hedge.is_none() {
                // Inherit from the claim before, in the same paragraph only.
                // Only a quotation continues a speaker's words on its own ("… she said.
                // “We will rebuild.”"), or the rest of a sentence already split off its
                // cue. Narration after an attribution is the writer's again: on PolNeAR
                // train, 61% of such sentences carry no gold attribution.
                let lead = text[span.clone()].trim_start();
                // "But “…”", "Indeed, “…”": a connective before the quotation
                // leaves it a quotation all the same.
                let connective_quote = || {
                    let k = seg.quotes.partition_point(|q| q.range.start < span.start);
                    seg.quotes[k..]
                        .iter()
                        .take_while(|q| q.range.start < span.end)
                        .find(|q| !q.single)
                        .is_some_and(|q| {
                            Words::new(text, span.start..q.range.start).nth(2).is_none()
                                && !text[q.range.end.min(span.end)..span.end]
                                    .chars()
                                    .any(char::is_alphanumeric)
                        })
                };
                // "For African-Americans, on the other hand, ''you don't take job
                // growth for granted.''": a quotation that closes the claim and makes
                // up most of it, opening mid-sentence (in lower case) or after a
                // comma or colon, goes on quoting the speaker of the sentence
                // before it in the same paragraph (a title in quotation marks,
                // "founder of “Indians for Hillary.”", opens in upper case).
                let closing_quote = || {
                    let k = seg.quotes.partition_point(|q| q.range.start < span.start);
                    seg.quotes[k..]
                        .iter()
                        .take_while(|q| q.range.start < span.end)
                        .find(|q| !q.single && q.closed)
                        .is_some_and(|q| {
                            let inner = &text[q.range.start + q.open_len..q.range.end];
                            let before = text[span.start..q.range.start].trim_end();
                            let closes = q.range.end >= span.end
                                || !text[q.range.end..span.end]
                                    .chars()
                                    .any(char::is_alphanumeric);
                            closes
                                && (q.range.end.min(span.end) - q.range.start) * 2 >= span.len()
                                && (inner.starts_with(char::is_lowercase)
                                    || before.ends_with([',', ':']))
                        })
                };
                let quoted = lead.starts_with(['“', '"', '‘'])
                    || lead.starts_with("''")
                    || seg.in_quote(span.start + 1)
                    || connective_quote();
                // A paragraph that opens with a quotation right after an attributed
                // paragraph goes on in the same voice ("… Viguerie tells Breitbart
                // News. ⏎ “He’s what we’ve waited for.”"): the one exception to the
                // paragraph boundary.
                // So does a paragraph of a quotation the writer runs on over several
                // paragraphs, each opening with a mark and closing only at the last.
                let quote_paragraph = quoted
                    && seg.paragraphs.get(sent.paragraph).is_some_and(|p| {
                        p.start == sent.range.start
                            && (text[p.clone()].trim_end().ends_with(['”', '"', '’'])
                                || text[p.clone()].trim_end().ends_with("''")
                                || seg.quotes
                                    [seg.quotes.partition_point(|q| q.range.start < p.start)..]
                                    .iter()
                                    .take_while(|q| q.range.start == p.start)
                                    .any(|q| !q.closed && !q.single))
                    });
                // The rest of a paragraph a colon introduced ("Hewitt writes: ⏎ …").
                let led = lead_para == Some(sent.paragraph);
                // "“…,” Trump added. He then had a question for the crowd. ⏎ “Who’s
                // going to pay for it?”": one sentence of narration without a
                // quotation of its own leaves a quotation with no tag the last
                // speaker's.
                let across = |i: usize| {
                    let (narration, speaker) = (&claims[i], &claims[i - 1]);
                    quoted
                        && narration.attribution.status == Status::Unattributed
                        && speaker.attribution.status != Status::Unattributed
                        && speaker.paragraph == narration.paragraph
                        && narration.quotes.is_empty()
                        && !text[narration.span.clone()].contains(['“', '"', '”'])
                        && (narration.paragraph == sent.paragraph
                            || quote_paragraph && narration.paragraph + 1 == sent.paragraph)
                };
                let last = claims.len().checked_sub(1);
                let last = match last {
                    Some(i) if i >= 1 && across(i) => Some(i - 1),
                    _ => last,
                };
                if let Some((pi, prev)) = last.map(|i| (i, &claims[i]))
                    && (prev.paragraph == sent.paragraph
                        || pi + 1 < claims.len()
                        || (quote_paragraph || led) && prev.paragraph + 1 == sent.paragraph)
                    // ... and the rest of the turn is the same speaker's.
                    && (quoted
                        || prev.sentence == sent.range
                        || turn.is_some()
                        || led
                        || prev.paragraph == sent.paragraph && closing_quote())
                    && prev.attribution.status != Status::Unattributed
                {
                    let p = &prev.attribution;
                    att.status = Status::Inherited;
                    att.source = p.source;
                    att.via = p.via.clone();
                    att.inherited_from = Some(pi);
                    att.hedge_resolved_to = None;
                }
            }
            let speaker = att.source;
            let quotes = crate::attribute::quotes_in(seg, &d.range, &span, speaker);
            let nested = d
                .nested
                .iter()
                .map(|c| side_attribution(engine, &mut reg, &history, c))
                .collect();
            claims.push(Claim {
                span,
                fragments,
                sentence: sentence.clone(),
                paragraph: sent.paragraph,
                attribution: att,
                quotes,
                nested,
            });
        }
    }
    // Every mention of a known source, not only the ones that attribute a claim.
    full_names(&mut reg);
    add_mentions(&mut reg, scan);
    Analysis {
        sources: reg.sources,
        claims,
        headline,
    }
}

/// A headline the document's furniture did not take, because it runs over two
/// lines ("Jobs report gives Democrats a lift; ⏎ Solid upturn … claims.") or
/// ends in a full stop: the first paragraph of the text, at most two short
/// lines, with more paragraphs after it. Its lines stay claims, read with
/// headline grammar.
fn title_block(
    text: &str,
    seg: &Segments,
    headline: &Option<Range<usize>>,
) -> Option<Range<usize>> {
    if headline.is_some() || seg.paragraphs.len() < 2 {
        return None;
    }
    let p = seg.paragraphs[0].clone();
    let lines: Vec<&str> = text[p.clone()].lines().collect();
    (text[..p.start].chars().all(is_blank)
        && lines.len() <= 2
        && lines.iter().all(|l| l.chars().count() <= 200))
    .then_some(p)
}

/// The label of a "Source: claim" in a headline written in sentence case: a
/// name in capitals ("Historians", "Khans", "IG report"), not a topic ("The
/// revolutionary's next tactic", "Spoiler no more") nor a pair the piece is
/// about ("Netanyahu and Obama").
fn title_label(text: &str, r: Range<usize>) -> bool {
    text[r].split_whitespace().all(|w| {
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                w,
                "report" | "poll" | "survey" | "study" | "to" | "on" | "at"
            )
    })
}

fn quotes_in(
    seg: &Segments,
    piece: &Range<usize>,
    span: &Range<usize>,
    speaker: Option<usize>,
) -> Vec<QuoteRef> {
    let lo = seg.quotes.partition_point(|q| q.range.start < piece.start);
    seg.quotes[lo..]
        .iter()
        .take_while(|q| q.range.start < piece.end)
        .filter(|q| q.range.start < span.end && q.range.end > span.start)
        .map(|q| QuoteRef {
            // The words quoted, without the marks.
            range: (q.range.start + q.open_len)..(q.range.end - q.close_len),
            speaker,
        })
        .collect()
}

#[cfg(test)]
mod helper_tests {
    use super::*;

    const TRICKY: &[&str] = &[
        "Sen. Ann Lee (D-Ore.) said the U.S. plan -- \"won’t work\" -- isn’t over.",
        "--- ... ’’ '' a.-b 3.5 O’Brien’s al-Assad’s e.g. x- -y ‘quoted’ Ünïcödé ärger.",
        "  Mr. Smith’ and Jones' said... “No,” he said — well – maybe. 10,000 supporters.",
        "word",
        ". - ' ’",
    ];

    /// The quick test before `cut_object_tail`'s walk agrees with lower-casing
    /// every word and looking for the one wanted.
    #[test]
    fn contains_ignore_ascii_case_finds_every_lower_cased_word() {
        let texts = TRICKY.iter().copied().chain([
            "AND then",
            "Even so",
            "sAnD",
            "an d",
            "",
            "e",
            "ÄND ünd",
        ]);
        for t in texts {
            for w in ["and", "even", "that", "d"] {
                let word_found = Words::new(t, 0..t.len()).any(|r| lower(&t[r]) == w);
                let found = contains_ignore_ascii_case(t, w);
                // A prefilter: never misses a word, may find it inside another.
                assert!(found || !word_found, "{t:?} {w:?}");
                assert_eq!(found, t.to_ascii_lowercase().contains(w), "{t:?} {w:?}");
            }
        }
    }

    #[test]
    fn first_via_phrase_is_find_word_phrase_by_phrase() {
        let phrases: Vec<String> = [
            "in an interview with",
            "who spoke to",
            "speaking to",
            "told",
            "to",
            "a b a",
            "ärger",
        ]
        .map(String::from)
        .to_vec();
        let texts = TRICKY.iter().copied().chain([
            "The aides SPEAKING TO reporters, who spoke to us, told",
            "xa b a b a",
            "Ärger ärger: toldto told",
            "In An Interview With MEE the envoy spoke to",
            "",
        ]);
        for t in texts {
            for from in 0..phrases.len() {
                let ps = &phrases[from..];
                let lower = t.to_ascii_lowercase();
                let old = ps
                    .iter()
                    .find_map(|p| find_word(&lower, p).map(|i| (p.as_str(), i)));
                assert_eq!(first_via_phrase(t, ps), old, "{:?} {:?}", t, ps);
            }
        }
    }

    #[test]
    fn last_word_is_the_last_of_words() {
        for t in TRICKY {
            for pos in (0..=t.len()).filter(|p| t.is_char_boundary(*p)) {
                for floor in (0..=pos).filter(|p| t.is_char_boundary(*p)) {
                    let mut from = pos.saturating_sub(96).max(floor);
                    while !t.is_char_boundary(from) {
                        from += 1;
                    }
                    let want = Words::new(t, from..pos).last();
                    assert_eq!(last_word(t, floor, pos), want, "{:?} {}..{}", t, floor, pos);
                }
            }
        }
    }

    #[test]
    fn words_read_backwards_are_words_reversed() {
        for (t, a, b) in sampled_ranges() {
            let mut back = Vec::new();
            let mut end = b;
            while let Some(w) = last_word_in(t, a, end) {
                end = w.start;
                back.push(w);
            }
            back.reverse();
            assert_eq!(back, words(t, a..b), "{}..{}", a, b);
        }
    }

    /// Some 1,800 ranges of each tricky text and of an article.
    fn sampled_ranges() -> Vec<(&'static str, usize, usize)> {
        let article = include_str!("../../fixtures/000_cf4754b5362d07c1.txt");
        let mut out = Vec::new();
        for t in TRICKY.iter().copied().chain([article]) {
            let bounds: Vec<usize> = (0..=t.len()).filter(|p| t.is_char_boundary(*p)).collect();
            let step = (bounds.len() / 60).max(1);
            for &a in bounds.iter().step_by(step) {
                for &b in bounds.iter().filter(|b| **b >= a).step_by(step) {
                    out.push((t, a, b));
                }
            }
        }
        out
    }

    /// `Words` as it was written first, over `char_indices`.
    fn reference_words(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut it = text[r.clone()].char_indices();
        loop {
            let mut start: Option<usize> = None;
            let mut stop = r.end;
            for (i, c) in it.by_ref() {
                let p = r.start + i;
                if is_word_char(c) {
                    if start.is_none() && c != '.' && c != '\'' && c != '’' && c != '-' {
                        start = Some(p);
                    }
                } else if start.is_some() {
                    stop = p;
                    break;
                }
            }
            let Some(s) = start else { return out };
            let t = &text[s..stop];
            let trimmed = t.trim_end_matches(['.', '\'', '’', '-']);
            out.push(if t.ends_with('.') && trimmed.contains('.') {
                s..stop
            } else {
                s..s + trimmed.len()
            });
        }
    }

    #[test]
    fn words_split_as_before() {
        for (t, a, b) in sampled_ranges() {
            assert_eq!(words(t, a..b), reference_words(t, a..b), "{}..{}", a, b);
        }
    }

    #[test]
    fn the_word_table_splits_as_words_does() {
        let mut tables = std::collections::HashMap::new();
        for (t, a, b) in sampled_ranges() {
            let table = tables
                .entry(t.as_ptr())
                .or_insert_with(|| WordTable::new(t));
            assert_eq!(table.words(t, a..b), words(t, a..b), "{:?} {}..{}", t, a, b);
            let mut fast = table.iter(t, a..b);
            let mut slow = Words::new(t, a..b);
            for _ in 0..3 {
                assert_eq!(fast.next(), slow.next(), "{:?} {}..{}", t, a, b);
            }
            assert_eq!(
                table.last_word_in(t, a, b),
                last_word_in(t, a, b),
                "{:?} {}..{}",
                t,
                a,
                b
            );
            assert_eq!(table.last_word(t, a, b), last_word(t, a, b));
        }
        // Another text, even an equal copy, is scanned.
        let t = "Mr. Smith said “U.S. officials” spoke.";
        let copy = t.to_string();
        let table = WordTable::new(t);
        assert_eq!(table.words(&copy, 0..copy.len()), words(t, 0..t.len()));
        assert_eq!(table.words(&t[4..], 0..5), vec![0..5]);
    }

    #[test]
    fn the_word_table_lowers_as_lower_does() {
        let article = include_str!("../../fixtures/000_cf4754b5362d07c1.txt");
        let odd = "ΣΊΣΥΦΟΣ İstanbul Éric ÉCOLE straße \u{212A}elvin ẞ ǅ Ⅻ";
        for t in TRICKY.iter().copied().chain([article, odd]) {
            let table = WordTable::new(t);
            let bounds: Vec<usize> = (0..=t.len()).filter(|p| t.is_char_boundary(*p)).collect();
            let step = (bounds.len() / 80).max(1);
            for &a in bounds.iter().step_by(step) {
                for &b in bounds.iter().filter(|b| **b >= a).step_by(step) {
                    let s = &t[a..b];
                    assert_eq!(table.lower(s).as_str(), s.to_lowercase(), "{:?}", s);
                }
            }
            // A string that is no slice of the text.
            let copy = t.to_uppercase();
            assert_eq!(table.lower(&copy).as_str(), copy.to_lowercase());
        }
    }

    #[test]
    fn last_word_on_an_article() {
        let t = include_str!("../../fixtures/000_cf4754b5362d07c1.txt");
        for pos in (0..=t.len()).filter(|p| t.is_char_boundary(*p)) {
            for floor in [0, pos.saturating_sub(40), pos.saturating_sub(120)] {
                let mut floor = floor;
                while !t.is_char_boundary(floor) {
                    floor += 1;
                }
                let mut from = pos.saturating_sub(96).max(floor);
                while !t.is_char_boundary(from) {
                    from += 1;
                }
                assert_eq!(last_word(t, floor, pos), Words::new(t, from..pos).last());
            }
        }
    }

    #[test]
    fn lower_is_to_lowercase() {
        for t in TRICKY.iter().flat_map(|t| t.split(' ')).chain([
            "",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "MixedCase",
            "ΣΊΣΥΦΟΣ",
            "İstanbul",
        ]) {
            assert_eq!(lower(t).as_str(), t.to_lowercase(), "{:?}", t);
        }
    }

    #[test]
    fn occurrences_are_match_indices() {
        let article = include_str!("../../fixtures/000_cf4754b5362d07c1.txt");
        let text = format!("{} Al-Al-Al Lala LaLala Ünal Ünal", article);
        let names: Vec<String> = [
            "Witkoff", "Al-Al", "Lala", "Ünal", "", "Hamas", "Al-Al", "zz",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let found = occurrences(&text, &names, |n| n != "zz");
        for (n, f) in names.iter().zip(&found) {
            let want: Vec<usize> = if n.is_empty() || n == "zz" {
                Vec::new()
            } else {
                text.match_indices(n.as_str()).map(|(at, _)| at).collect()
            };
            assert_eq!(f, &want, "{}", n);
        }
    }

    #[test]
    fn find_bytes_is_str_find() {
        for t in TRICKY {
            for n in [
                "", "a", "s", "said", "’", "that", "the u.s.", "xyz", "word", "d",
            ] {
                for from in (0..=t.len()).filter(|p| t.is_char_boundary(*p)) {
                    assert_eq!(
                        find_bytes(&t.as_bytes()[from..], n.as_bytes()),
                        t[from..].find(n)
                    );
                }
            }
        }
    }
}
