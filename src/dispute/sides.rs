//! The two sides of a dispute: which claims and sources may stand on each.

use super::*;

/// Does the phrase name this source? Its last word must be a word of the
/// source's name or an alias ("Republican presidential candidate Donald
/// Trump" → "Donald Trump"; "Saudi" → "Saudis").
pub(super) fn names_source(
    text: &str,
    phrase: &Range<usize>,
    analysis: &Analysis,
    s: usize,
) -> bool {
    let ws = words(text, phrase.clone());
    let Some(last) = ws.last() else { return false };
    let last = bare(&text[last.clone()]).to_lowercase();
    if last.len() < 3 {
        return false;
    }
    let src = &analysis.sources[s];
    let named = std::iter::once(src.name.as_str())
        .chain(src.aliases.iter().map(|a| a.as_str()))
        // A hyphenated word is one word: "three-judge panel" names no judge.
        .flat_map(|n| n.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-')))
        .map(|w| bare(w).to_lowercase())
        .filter(|w| w.len() >= 3 && w != "the")
        .any(|w| {
            w == last
                || w.strip_suffix('s') == Some(last.as_str())
                || last.strip_suffix('s') == Some(w.as_str())
        });
    // "the senator" for the source mentioned as "Senator Tom Hale": a role
    // word after "the", found in one of the source's own mentions.
    named
        || ws.len() == 2
            && text[ws[0].clone()].eq_ignore_ascii_case("the")
            && !capitalised(&text[ws[1].clone()])
            && src.mentions.iter().any(|m| {
                words(text, m.clone())
                    .iter()
                    .any(|w| bare(&text[w.clone()]).to_lowercase() == last)
            })
}

/// Who a phrase that names a side stands for: the source of the claims
/// around (`near`) it names, else a source named only there.
pub(super) fn side_source(
    text: &str,
    analysis: &Analysis,
    near: &[usize],
    r: Range<usize>,
) -> SideSource {
    near.iter()
        .copied()
        .find(|&s| names_source(text, &r, analysis, s))
        .map_or(SideSource::Named(r), SideSource::Known)
}

/// The named source of an attribution nested in claim `c` whose cue the
/// marker holds or is ("the auditor *said only* that ..." inside the fact
/// checkers' claim).
pub(super) fn nested_holder(
    analysis: &Analysis,
    engine: &Engine,
    c: &Claim,
    m: &Range<usize>,
) -> Option<usize> {
    c.nested
        .iter()
        .filter(|n| {
            (n.cue.start <= m.start && m.end <= n.cue.end)
                || (m.start <= n.cue.start && n.cue.end <= m.end)
        })
        .find_map(|n| n.source)
        .filter(|&s| has_name(engine, &analysis.sources[s].name))
}

/// The source through which a claim can take part in a dispute: the claim is
/// attributed, and to a source with a name.
pub(super) fn disputing_source(analysis: &Analysis, engine: &Engine, c: &Claim) -> Option<usize> {
    // A reaction drawn ("The report sparked backlash from the press", a
    // `reaction` rule) is the press's reaction to what the claim says, not
    // a claim of theirs: it takes no side in a dispute.
    if c.attribution.status == Status::Unattributed
        || c.attribution
            .rule
            .as_deref()
            .and_then(|id| engine.cue_rule(id))
            .is_some_and(|r| r.reaction)
    {
        return None;
    }
    c.attribution
        .source
        .filter(|&s| has_name(engine, &analysis.sources[s].name))
}

pub(super) fn sourced(analysis: &Analysis, engine: &Engine, c: &Claim) -> bool {
    disputing_source(analysis, engine, c).is_some()
}

/// Is this a name, not a left-over pronoun or abbreviated title ("who", "Mr", "There’s")?
pub(super) fn has_name(engine: &Engine, name: &str) -> bool {
    let mut ws = name
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty());
    let Some(first) = ws.next() else {
        return false;
    };
    let lex = &engine.lexicon;
    let single = ws.next().is_none();
    !(single
        && (lex.has(LexiconClass::Pronoun, first)
            || lex.has(LexiconClass::TitleAbbreviation, first)))
        && !["there", "who", "which", "that"]
            .iter()
            .any(|w| bare(first).eq_ignore_ascii_case(w))
}

/// Earlier claims claim `i` may dispute: of other sources, within the window,
/// at most `max_par` paragraphs back, nearest first.
pub(super) fn earlier<'a>(
    text: &'a str,
    analysis: &'a Analysis,
    engine: &'a Engine,
    i: usize,
    max_par: usize,
) -> impl Iterator<Item = usize> + 'a {
    (i.saturating_sub(WINDOW)..i)
        .rev()
        .filter(move |&j| disputable(text, analysis, engine, i, j, max_par))
}

/// The nearest earlier claim claim `i` may dispute (this paragraph or the
/// three before) whose source `holder` names: "Rubio’s claim", "Hale’s
/// baseless accusations", "Fields had made up the story".
pub(super) fn holder_claim(
    text: &str,
    analysis: &Analysis,
    engine: &Engine,
    i: usize,
    holder: &Range<usize>,
) -> Option<usize> {
    earlier(text, analysis, engine, i, 3).find(|&j| {
        analysis.claims[j]
            .attribution
            .source
            .is_some_and(|s| names_source(text, holder, analysis, s))
    })
}

/// Is the source's name a group of specialists ("some experts", "many
/// economists", "legal scholars"): its last word a `specialist_noun` of the
/// lexicon, and
/// no person with them ("he and election-law experts", "Ward and other
/// experts" speak for that person too)?
pub(super) fn specialists(engine: &Engine, name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    ws.last()
        .is_some_and(|w| engine.lexicon.has(LexiconClass::SpecialistNoun, w))
        && !ws
            .iter()
            .any(|w| capitalised(w) || engine.lexicon.has(LexiconClass::Pronoun, &w.to_lowercase()))
}

/// Is the claim's cue a verb of denial ("denied", "rejects")?
pub(super) fn denies(text: &str, engine: &Engine, c: &Claim) -> bool {
    c.attribution.cue.as_ref().is_some_and(|cue| {
        let w = text[cue.clone()].to_lowercase();
        engine.disputes.iter().any(|r| {
            r.kind == DisputeKind::Denial && r.frame == DisputeFrame::Verb && r.words.contains(&w)
        })
    })
}

/// How many claims back a marker that names a holder's words ("fired back
/// at Trump's comments") may look for them when the holder has no claim in
/// the window: a bounded reach, so the work stays linear.
pub(super) const HOLDER_REACH: usize = 4 * WINDOW;

impl Finder<'_> {
    /// The claim that a reference to a holder's words names when the holder has
    /// no claim in the window: the holder's earliest claim within
    /// `HOLDER_REACH` claims before claim `i`. Reactions reported many
    /// paragraphs on ("Local politicians also fired back at Trump's comments",
    /// "Trump's comments are not actual facts") answer the remark the article
    /// opened on, not its restatements in between.
    pub(super) fn first_claim_of(
        &self,
        i: usize,
        holder: &Range<usize>,
        is_me: &dyn Fn(usize) -> bool,
    ) -> Option<usize> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
        let claims = &analysis.claims;
        (i.saturating_sub(HOLDER_REACH)..i).find(|&j| {
            !asks(text, claims, j)
                && sourced(analysis, engine, &claims[j])
                && claims[j]
                    .attribution
                    .source
                    .is_some_and(|s| !is_me(s) && names_source(text, holder, analysis, s))
        })
    }
}

/// May claim `i` dispute claim `j`: of another named source, at most
/// `max_par` paragraphs apart, and not a question or a request?
pub(super) fn disputable(
    text: &str,
    analysis: &Analysis,
    engine: &Engine,
    i: usize,
    j: usize,
    max_par: usize,
) -> bool {
    let claims = &analysis.claims;
    let (c, o) = (&claims[i], &claims[j]);
    !asks(text, claims, j)
        && sourced(analysis, engine, o)
        && o.attribution.source != c.attribution.source
        && c.paragraph.abs_diff(o.paragraph) <= max_par
}

/// The sources of the claims around claim `i`, where a name in it is looked
/// up: a bounded window, so the cost stays linear in the article's length.
pub(super) fn nearby_sources(analysis: &Analysis, i: usize) -> Vec<usize> {
    let claims = &analysis.claims;
    let mut out: Vec<usize> = Vec::new();
    for c in &claims[i.saturating_sub(2 * WINDOW)..(i + WINDOW + 1).min(claims.len())] {
        let a = &c.attribution;
        for s in a
            .source
            .iter()
            .chain(a.via.iter())
            .chain(c.nested.iter().filter_map(|n| n.source.as_ref()))
        {
            if !out.contains(s) {
                out.push(*s);
            }
        }
    }
    out
}

/// Who holds a claim that claim `i`'s sentence names with its holder
/// ("dismissed Sanders’ accusations that Z", "Contrary to Lazar's claims"):
/// a source nearby whom the holder's words name, else those words. `None`
/// when the holder is the disputing side `me` itself: no one disputes
/// themselves.
pub(super) fn holder_source(
    text: &str,
    analysis: &Analysis,
    i: usize,
    h: &Range<usize>,
    me: &SideSource,
) -> Option<SideSource> {
    let known = nearby_sources(analysis, i)
        .into_iter()
        .filter(|&s| names_source(text, h, analysis, s))
        .min_by_key(|&s| usize::from(!me.is(text, analysis, s)));
    if known.is_some_and(|s| me.is(text, analysis, s))
        || matches!(me, SideSource::Named(r) if text[r.clone()] == text[h.clone()])
    {
        return None;
    }
    Some(known.map_or(SideSource::Named(h.clone()), SideSource::Known))
}

/// A claim as the disputed side: its content, with what its source is
/// reported to say inside it ("Todd pressed Priebus, insisting that ...").
/// With `run`, the claims its source made just before it come too ("those
/// claims").
pub(super) fn claim_side(claims: &[Claim], j: usize, run: bool) -> Option<Side> {
    let c = &claims[j];
    let source = c.attribution.source?;
    let mut span = c.span.clone();
    for n in c.nested.iter().filter(|n| n.source == Some(source)) {
        for r in &n.content {
            if c.sentence.start <= r.start && r.end <= c.sentence.end {
                span = span.start.min(r.start)..span.end.max(r.end);
            }
        }
    }
    let mut first = j;
    if run {
        while first > 0 && j - first < 3 {
            let p = &claims[first - 1];
            if p.attribution.source != Some(source) || p.paragraph + 1 < c.paragraph {
                break;
            }
            first -= 1;
        }
        span = claims[first].span.start.min(span.start)..span.end;
    }
    Some(Side {
        claim: first,
        span,
        source: SideSource::Known(source),
    })
}

/// Start of the claim's own clause: its sentence start, or after the claim before it in the same sentence.
pub(super) fn clause_start(claims: &[Claim], i: usize) -> usize {
    let c = &claims[i];
    if i > 0 && claims[i - 1].sentence == c.sentence {
        claims[i - 1].span.end
    } else {
        c.sentence.start
    }
}

pub(super) fn is_me_side(
    s: &SideSource,
    text: &str,
    analysis: &Analysis,
    near: &[usize],
    is_me: &dyn Fn(usize) -> bool,
) -> bool {
    match s {
        SideSource::Known(k) => is_me(*k),
        SideSource::Named(r) => near
            .iter()
            .any(|&k| is_me(k) && names_source(text, r, analysis, k)),
    }
}

/// A claim the writer reports without a source whosaid could find: a
/// reporting verb with its subject ("Two class action lawsuits ... have
/// accused Trump University of ...", "Fields, along with ..., say ..."). The
/// side is what follows the verb, its source the subject's words.
pub(super) fn reported_in_narration(
    text: &str,
    scan: &Scan,
    engine: &Engine,
    analysis: &Analysis,
    j: usize,
) -> Option<Side> {
    let c = &analysis.claims[j];
    let cue = narration_cue(text, scan, c)?;
    // Something must be said.
    let mut content = trim_range(text, cue.end..c.span.end.max(cue.end));
    // Without the adverbials before the complementiser ("said *on Saturday
    // evening that* ...").
    if let Some(that) = words(text, content.clone())
        .into_iter()
        .take(5)
        .find(|w| text[w.clone()].eq_ignore_ascii_case("that"))
        .filter(|w| !text[content.start..w.start].contains(','))
    {
        content = trim_range(text, that.end..content.end);
    }
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    // A name after a preposition ("lawsuits considered in San Diego") is not the subject.
    let who = subject_of(text, c, &cue)
        .filter(|w| {
            !words(text, c.sentence.start..w.start)
                .last()
                .is_some_and(|p| {
                    matches!(
                        text[p.clone()].to_lowercase().as_str(),
                        "in" | "of" | "at" | "from" | "for" | "by" | "with" | "on" | "to" | "into"
                    )
                })
        })
        .or_else(|| {
            // The clause's opening noun phrase: "Two class action lawsuits
            // being considered in San Diego", or the subject of a clause a
            // conjunction opens ("Trump took on Clinton after the Democratic
            // front-runner had said ...").
            let open = text[c.sentence.start..cue.start]
                .rfind([',', ';'])
                .map_or(c.sentence.start, |p| c.sentence.start + p + 1);
            let mut ws = words(text, open..cue.start);
            if let Some(p) = ws
                .iter()
                .rposition(|w| SUBORDINATORS.contains(&text[w.clone()].to_lowercase().as_str()))
            {
                ws.drain(..=p);
            }
            named_subject(text, engine, ws, 10)
        })?;
    let source = nearby_sources(analysis, j)
        .into_iter()
        .find(|&s| names_source(text, &who, analysis, s) && capitalised(&text[who.clone()]))
        .map(SideSource::Known)
        .unwrap_or(SideSource::Named(who));
    Some(Side {
        claim: j,
        span: content,
        source,
    })
}

/// Conjunctions that open a clause with its own subject.
pub(super) const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "since", "because", "as", "until", "once", "while", "although",
    "though", "whereas",
];

/// The reporting verb of a claim in narration: the first of its cues that is
/// not a passive ("lawsuits being considered in San Diego have accused ...":
/// a passive reports nothing).
pub(super) fn narration_cue(text: &str, scan: &Scan, c: &Claim) -> Option<Range<usize>> {
    let passive = |cue: &Range<usize>| {
        words(text, c.sentence.start..cue.start)
            .last()
            .is_some_and(|w| {
                matches!(
                    text[w.clone()].to_lowercase().as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being"
                )
            })
    };
    within(&scan.cues, &c.span)
        .iter()
        .take(3)
        .find(|(m, _)| !passive(m))
        .map(|(m, _)| m.clone())
}

/// Is a claim of nobody's (the writer's narration) between claims `j` and `i`?
/// Then "denied it" may well deny that, not claim `j`.
pub(super) fn narration_between(claims: &[Claim], j: usize, i: usize) -> bool {
    claims[j + 1..i]
        .iter()
        .any(|c| c.attribution.status == Status::Unattributed)
}

/// Is source `s` the subject of claim `j`: named in the first words of its
/// content ("that the minister met lobbyists")?
pub(super) fn names_subject(text: &str, analysis: &Analysis, j: usize, s: usize) -> bool {
    let c = &analysis.claims[j];
    let ws = words(text, c.span.clone());
    let lead: Vec<Range<usize>> = ws
        .into_iter()
        .filter(|w| {
            !matches!(
                text[w.clone()].to_lowercase().as_str(),
                "that" | "the" | "a" | "an"
            )
        })
        .take(2)
        .collect();
    lead.iter().any(|w| {
        names_source(text, w, analysis, s) && capitalised(&text[w.clone()]) || {
            let src = &analysis.sources[s];
            let name = src.name.to_lowercase();
            let name = name.trim_start_matches("the ");
            !name.is_empty()
                && bare(&text[w.clone()])
                    .eq_ignore_ascii_case(name.split(' ').next_back().unwrap_or(""))
        }
    })
}

/// Does a mention of one claim's source appear inside the other claim? ("The
/// minister met lobbyists" ... "The minister denied it.")
pub(super) fn names_other(text: &str, analysis: &Analysis, a: usize, b: usize) -> bool {
    let (ca, cb) = (&analysis.claims[a], &analysis.claims[b]);
    let inside =
        |src: Option<usize>, claim: &Claim| src.is_some_and(|s| mentions(text, analysis, s, claim));
    inside(ca.attribution.source, cb) || inside(cb.attribution.source, ca)
}

/// Does the claim's content name source `s` (its name or an alias)?
pub(super) fn mentions(text: &str, analysis: &Analysis, s: usize, claim: &Claim) -> bool {
    let hay = text[claim.span.clone()].to_lowercase();
    let src = &analysis.sources[s];
    std::iter::once(src.name.as_str())
        .chain(src.aliases.iter().map(|x| x.as_str()))
        .map(|n| n.to_lowercase())
        .map(|n| n.trim_start_matches("the ").to_string())
        .filter(|n| n.len() >= 3)
        .any(|n| hay.contains(&n))
}

/// Is the claim a question, direct ("Mistake?") or reported ("asked whether
/// ..."), or a request ("sought more details")?
/// Is claim `j` a question, or part of a sentence in which its source asks one
/// ("“How big is that wall?” asked the boy, who … said his name was Mason")?
pub(super) fn asks(text: &str, claims: &[Claim], j: usize) -> bool {
    let o = &claims[j];
    let lo = j.saturating_sub(4);
    let hi = (j + 5).min(claims.len());
    is_question(text, o)
        || claims[lo..hi].iter().any(|x| {
            x.sentence == o.sentence
                && x.attribution.source == o.attribution.source
                && is_question(text, x)
        })
}

pub(super) fn is_question(text: &str, c: &Claim) -> bool {
    let span = &text[c.span.clone()];
    let first: String = span
        .trim_start_matches(|ch: char| !ch.is_alphanumeric())
        .chars()
        .take_while(|ch| ch.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    // A quotation that opens on "If" or "When" is a statement ("“If this
    // bill passes, ...”"); a reported question is not quoted ("asked if ...").
    let quoted = span.trim_start().starts_with(['"', '“', '\'', '‘']);
    span.contains('?')
        || first == "whether"
        || !quoted
            && matches!(
                first.as_str(),
                "if" | "why" | "how" | "what" | "when" | "who"
            )
        || c.attribution.cue.as_ref().is_some_and(|q| {
            let q = text[q.clone()].to_lowercase();
            ["ask", "sought", "seek", "request", "inquir", "wonder"]
                .iter()
                .any(|w| q.starts_with(w))
        })
}
