//! Time, place and manner phrases around a cue ("on Monday", "in a statement",
//! "at a rally in Ohio"): how far they reach, so that neither the subject nor
//! the content swallows them. Kept apart because subjects, verbs and content
//! all step over the same phrases.

use super::*;

/// Words that end a time phrase besides weekdays and months ("last week", "in
/// the spring").
pub(super) const TIME_WORDS: &[&str] = &[
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weekend",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "time",
    "day",
];

/// The number of words of a time phrase opening `ws` ("In 2010", "On Monday",
/// "Last week", "Earlier this year") when words follow it, or None.
pub(super) fn leading_time_phrase(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    let k = time_phrase_len(text, ws)?;
    (k < ws.len()).then_some(k)
}

/// The number of words of a time phrase opening `ws`: an opener ("in", "on",
/// "last", …) up to its time word or number, within four words.
pub(super) fn time_phrase_len(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "in", "on", "at", "during", "since", "by", "last", "earlier", "later", "this", "next",
    ];
    let first = lower(&text[ws.first()?.clone()]);
    if !OPENERS.contains(&first.as_ref()) {
        return None;
    }
    ws.iter()
        .take(4)
        .position(|w| {
            let t = lower(&text[w.clone()]);
            t.starts_with(|c: char| c.is_ascii_digit())
                || TIME_WORDS.contains(&t.as_ref())
                || WEEKDAYS.contains(&t.as_ref())
                || crate::document::MONTHS.contains(&t.as_ref())
        })
        .map(|k| k + 1)
}

/// The number of words of a capitalised prepositional phrase opening `ws` up
/// to its comma ("In a statement to the Observer, her adviser", "With a vote
/// for Trump ruled out, Cross") when words follow the comma, or None. The
/// subject stands after such a phrase, never inside it.
pub(super) fn leading_adjunct(text: &str, ws: &[Range<usize>]) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "In",
        "At",
        "On",
        "During",
        "After",
        "Before",
        "With",
        "Without",
        "Following",
        "Despite",
        "Amid",
        "Under",
        "From",
        "Through",
        "Throughout",
        "Among",
        "Unlike",
        "Since",
        "Upon",
        "Beyond",
        "Against",
        "Like",
    ];
    let first = &text[ws.first()?.clone()];
    if !OPENERS.contains(&first) {
        return None;
    }
    // "At least half of voters", "In 't Veld": a quantity or a name.
    if ws.get(1).is_some_and(|w| {
        matches!(
            lower(&text[w.clone()]).as_ref(),
            "least" | "most" | "'t" | "’t"
        )
    }) {
        return None;
    }
    let comma_after = |from: usize, most: usize| {
        (from + 1..ws.len().min(from + most))
            .find(|&k| text[ws[k - 1].end..ws[k].start].contains(','))
    };
    let mut k = comma_after(0, 14)?;
    // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton": the phrase
    // goes on through a state after its town and through lower-case
    // prepositional pieces ("on Sunday,"); "At the rally, Clinton, who …"
    // stops at the name, which no preposition follows.
    let opens_piece = |k: usize| {
        ws.get(k).is_some_and(|w| {
            let t = &text[w.clone()];
            t.starts_with(|c: char| c.is_lowercase()) && PREPOSITIONS.contains(&t)
        })
    };
    while let Some(j) = comma_after(k, 6) {
        let place = j == k + 1
            && text[ws[k].clone()].starts_with(|c: char| c.is_uppercase())
            && opens_piece(j);
        if !(place || opens_piece(k)) {
            break;
        }
        k = j;
    }
    // Only a phrase with no quotation, aside or clause break inside it.
    let inside = &text[ws[0].start..ws[k - 1].end];
    (!inside.contains(['“', '"', ';', ':', '(', '—']) && !inside.contains("--")).then_some(k)
}

/// Prepositions that open an adjunct after a cue ("said at a rally").
pub(super) const PREPOSITIONS: &[&str] = &[
    "at",
    "in",
    "on",
    "behind",
    "into",
    "onto",
    "from",
    "over",
    "under",
    "after",
    "before",
    "during",
    "through",
    "across",
    "around",
    "inside",
    "outside",
    "near",
    "beside",
    "against",
    "toward",
    "towards",
    "throughout",
    "of",
    "via",
    "about",
    "amid",
];

/// A prepositional phrase after a cue is not what was said ("slammed behind
/// him", "said at a rally in Ohio that ..."): skip to a "that" within a few
/// words, or to the end of the sentence when there is none.
pub(super) fn past_prepositional_phrase(text: &str, pos: usize, end: usize) -> usize {
    // Sixteen words, the last six only for a "that" after a place set off
    // by commas ("said Thursday during taping of a town hall in Buffalo,
    // New York, that …").
    let mut ws = Words::new(text, pos..end).take(16);
    let Some(first) = ws.next() else { return pos };
    if !text[pos..first.start].chars().all(is_blank)
        || !PREPOSITIONS.contains(&lower(&text[first.clone()]).as_str())
    {
        return pos;
    }
    // "said about half of the increase was …": "about" before a quantity is an estimate.
    if lower(&text[first.clone()]) == "about"
        && ws.clone().next().is_some_and(|w| {
            let t = lower(&text[w]);
            t.starts_with(|c: char| c.is_ascii_digit())
                || QUANTITIES.contains(&t.as_str())
                || QUANTIFIERS.contains(&t.as_str())
                || ["a", "an"].contains(&t.as_str())
        })
    {
        return pos;
    }
    // A "that" before any comma opens the content; past a comma the phrase belongs to another
    // frame, unless a quotation follows the comma ("said of Clinton, “If she gets …”").
    // "said in Buffalo, New York, that": a place set off by commas stays in the phrase.
    let place_commas = |seg: &str| {
        let parts: Vec<&str> = seg.split(',').collect();
        parts.len() >= 3
            && parts.last().is_some_and(|p| p.trim().is_empty())
            && parts[0].split_whitespace().last().is_some_and(starts_upper)
            && parts[1..parts.len() - 1]
                .iter()
                .all(|p| !p.trim().is_empty() && p.split_whitespace().all(starts_upper))
    };
    match ws
        .enumerate()
        .find(|(_, w)| lower(&text[w.clone()]) == "that")
    {
        Some((k, that))
            if k < 9 && !text[first.end..that.start].contains(',')
                || place_commas(&text[first.end..that.start]) =>
        {
            that.start
        }
        _ => {
            // … or a colon ("said of gay couples: ''Nobody's stopping them''").
            let rest = &text[first.end..end];
            match [", “", ", \"", ", ''", ": “", ": \"", ": ''"]
                .iter()
                .filter_map(|p| rest.find(p))
                .min()
            {
                Some(k) if rest[..k].split_whitespace().count() <= 12 => first.end + k + 2,
                _ => end,
            }
        }
    }
}

/// Heads of phrases that say how something was said ("in a statement", "on a call").
pub(super) const MANNER_HEADS: &[&str] = &[
    "statement",
    "interview",
    "briefing",
    "speech",
    "post",
    "tweet",
    "email",
    "e-mail",
    "letter",
    "report",
    "podcast",
    "broadcast",
    "appearance",
    "conference",
    "call",
    "remarks",
    "message",
    "video",
    "op-ed",
    "column",
    "filing",
    "hearing",
    "testimony",
    "release",
];

/// The end of a verb particle right at `pos` ("out", "for", "with", "about",
/// "to" before a noun phrase), or `pos` when there is none.
pub(super) fn verb_particle_end(text: &str, pos: usize, end: usize) -> usize {
    const PARTICLES: &[&str] = &[
        "out", "for", "with", "about", "of", "against", "on", "upon", "to",
    ];
    let mut ws = Words::new(text, pos..end);
    let Some(w) = ws.next() else { return pos };
    if !text[pos..w.start].chars().all(is_blank) {
        return pos;
    }
    let lw = lower(&text[w.clone()]);
    if !PARTICLES.contains(&lw.as_str()) {
        return pos;
    }
    let Some(next) = ws.next() else { return pos };
    if !text[w.end..next.start].chars().all(is_blank) {
        return pos;
    }
    let ln = lower(&text[next.clone()]);
    // "on Monday", "on Twitter", "to reporters" are adjuncts and listeners, left to
    // the adjunct rules; "to" before a verb opens the content ("wants to run").
    let noun_phrase = DETERMINERS.contains(&ln.as_str())
        || ["his", "her", "their", "its", "our", "my", "your"].contains(&ln.as_str())
        || ln.starts_with(|c: char| c.is_ascii_digit());
    // "said about half of the deficit": "about" before a quantity is an estimate.
    let quantity = ln.starts_with(|c: char| c.is_ascii_digit())
        || QUANTITIES.contains(&ln.as_str())
        || QUANTIFIERS.contains(&ln.as_str())
        || ["a", "an", "half"].contains(&ln.as_str());
    let ok = match lw.as_str() {
        "out" => true,
        "about" => !quantity,
        "on" | "upon" | "to" => noun_phrase,
        _ => !WEEKDAYS.contains(&ln.as_str()) && !TIME_WORDS.contains(&ln.as_str()),
    };
    if ok { w.end } else { pos }
}

/// "wrote to Sanders’ Senate office that …", "complained to CBS News’
/// Charlie Rose that …": a listener after "to" stands between the cue and its
/// "that" and is no part of the content. Returns the start of the "that", or
/// `pos`. "to" before a verb ("declined to say that") opens an infinitive and
/// stays.
pub(super) fn listener_to_before_that(text: &str, pos: usize, end: usize) -> usize {
    let mut ws = Words::new(text, pos..end).take(12);
    let Some(to) = ws.next() else { return pos };
    // "Responds To Rubio’s Attack With 1 Line That …": a headline's capitals
    // tell nothing.
    if !text[pos..to.start].chars().all(is_blank) || &text[to.clone()] != "to" {
        return pos;
    }
    let Some(head) = ws.next() else { return pos };
    let lh = lower(&text[head.clone()]);
    let noun_phrase = starts_upper(&text[head.clone()])
        || DETERMINERS.contains(&lh.as_str())
        || ["his", "her", "their", "its", "our", "my", "your"].contains(&lh.as_str())
        || RECIPIENT_WORDS.contains(&lh.as_str());
    if !noun_phrase {
        return pos;
    }
    match std::iter::once(head.clone())
        .chain(ws)
        .find(|w| lower(&text[w.clone()]) == "that")
    {
        Some(that)
            if that.start > head.start
                && !text[to.end..that.start].contains([',', ';', ':', '“', '"', '(', '—']) =>
        {
            that.start
        }
        _ => pos,
    }
}

/// "expressed concern that …", "voiced confidence that …": the feeling
/// named after the verb goes with it, and the content opens at "that" (on
/// PolNeAR train the gold content opens at "that" in 14 of the 15 spans
/// this moves).
/// Returns the start of the "that", or `pos`.
pub(super) fn stance_noun_before_that(text: &str, cue: &str, pos: usize, end: usize) -> usize {
    let verb = lower(cue.split_whitespace().last().unwrap_or(""));
    if !(verb.starts_with("express") || verb.starts_with("voice")) {
        return pos;
    }
    let ws: Vec<_> = Words::new(text, pos..end).take(3).collect();
    let Some(k) = ws.iter().position(|w| lower(&text[w.clone()]) == "that") else {
        return pos;
    };
    let noun_only = k > 0
        && ws[..k].iter().all(|w| {
            let lw = lower(&text[w.clone()]);
            !DETERMINERS.contains(&lw.as_str())
                && !["his", "her", "their", "its", "our", "my", "your"].contains(&lw.as_str())
        })
        && !text[pos..ws[k].start].contains([',', ';', ':', '“', '"', '(', '—']);
    if noun_only { ws[k].start } else { pos }
}

/// "showed no sign of backing down", "has shown little inclination to play a
/// role", "said little about the plan": "no"/"little" with a noun of
/// attitude (or none) goes with the verb, and what it is about is the
/// content. Nouns of fact stay ("found no evidence that …", "no record of"):
/// there the gold content keeps them. Returns the end of the preposition, the
/// start of the "to" or "that", or `pos`.
pub(super) fn none_before_object(text: &str, pos: usize, end: usize) -> usize {
    const ATTITUDE: &[&str] = &[
        "sign",
        "signs",
        "inclination",
        "interest",
        "respect",
        "fault",
        "intention",
        "desire",
        "appetite",
        "patience",
        "sympathy",
        "regard",
        "remorse",
        "regret",
        "willingness",
        "enthusiasm",
    ];
    let ws: Vec<Range<usize>> = Words::new(text, pos..end).take(6).collect();
    let Some(first) = ws.first() else { return pos };
    if !text[pos..first.start].chars().all(is_blank)
        || !matches!(&text[first.clone()], "no" | "little")
    {
        return pos;
    }
    let mut noun = None;
    for (k, w) in ws.iter().enumerate().skip(1) {
        if !text[ws[k - 1].end..w.start].chars().all(is_blank) {
            return pos;
        }
        let lw = lower(&text[w.clone()]);
        match lw.as_ref() {
            "of" | "for" | "in" | "about" | "toward" | "towards" | "with"
                if k == 1 || noun.is_some() =>
            {
                return skip_blank(text, w.end, end);
            }
            "to" | "that" if noun.is_some() => return w.start,
            _ if ATTITUDE.contains(&lw.as_ref()) => noun = Some(k),
            _ => {}
        }
    }
    pos
}

/// "referring to the convention", "pointed to his record": what a reference
/// points at is the content, and its "to" belongs to the verb (on PolNeAR
/// train the gold content starts after it in 56 of 61 matched pairs). `pos`
/// is the cue's end.
pub(super) fn reference_to(text: &str, cue: &str, pos: usize, end: usize) -> usize {
    let verb = lower(cue.split_whitespace().last().unwrap_or(""));
    if !(verb.starts_with("refer") || verb.starts_with("point")) {
        return pos;
    }
    match Words::new(text, pos..end).next() {
        Some(w) if text[pos..w.start].chars().all(is_blank) && lower(&text[w.clone()]) == "to" => {
            w.end
        }
        _ => pos,
    }
}

/// "continued to portray immigrants as …", "continued to push for a
/// single-payer system": "continued" says nothing until its infinitive, and
/// PolNeAR takes "continued to portray" as the cue and what is portrayed as
/// the content (10 of 10 such pairs on train start after the verb or its
/// particle). Returns the end of "to VERB" and any particle, or `pos`. `pos`
/// is the cue's end.
pub(super) fn continued_infinitive(text: &str, cue: &str, pos: usize, end: usize) -> usize {
    let verb = lower(cue.split_whitespace().last().unwrap_or(""));
    if !matches!(verb.as_str(), "continued" | "continues" | "continue") {
        return pos;
    }
    let mut ws = Words::new(text, pos..end);
    let (Some(to), Some(inf)) = (ws.next(), ws.next()) else {
        return pos;
    };
    if !text[pos..to.start].chars().all(is_blank)
        || &text[to.clone()] != "to"
        || !text[to.end..inf.start].chars().all(is_blank)
        || !first_lower(&text[inf.clone()])
    {
        return pos;
    }
    verb_particle_end(text, inf.end, end)
}

/// "noted this week that …", "said for the first time that …", "said, twice,
/// that …", "said as he introduced his wife, “…”": an adjunct between the cue
/// and a "that" or a quotation close by is no part of the content; returns the
/// start of the "that" or the quotation, or `pos`. Not for a cue after a
/// quotation: that one is the content; and a quotation after the cue counts
/// only where no words of substance stand before the subject (`quote_ok`):
/// "…, Mr. Rubio said in his 2012 book, ''An American Son.''".
pub(super) fn adjunct_before_complement(
    text: &str,
    pos: usize,
    end: usize,
    quote_ok: bool,
) -> usize {
    const OPENERS: &[&str] = &[
        "this",
        "last",
        "earlier",
        "later",
        "for",
        "twice",
        "again",
        "once",
        "recently",
        "previously",
        "yesterday",
        "today",
        "tonight",
        "publicly",
        "privately",
        "repeatedly",
        "also",
        "separately",
        // "said only that …", "said instead that …": a focus or linking
        // adverb before the "that" is no part of what was said.
        "only",
        "instead",
        "however",
        "though",
        "as",
        "while",
        "when",
        "with",
        "by",
    ];
    // Most cues are followed by no opener at all: the first word decides
    // that before the rest are split.
    if let Some(at) =
        dash_aside_before_that(text, pos, end).or_else(|| comma_aside_before_that(text, pos, end))
    {
        return at;
    }
    let mut it = Words::new(text, pos..end);
    let Some(first) = it.next() else { return pos };
    let fw = lower(&text[first.clone()]);
    // "argued insistently that", "said somewhat stiltedly that": a manner
    // adverb, as lower-case -ly words are but for a few adjectives and nouns.
    let manner = fw.len() > 4
        && fw.ends_with("ly")
        && first_lower(&text[first.clone()])
        && ![
            "only", "early", "likely", "family", "daily", "weekly", "monthly", "ally", "rally",
        ]
        .contains(&fw.as_str());
    if !(OPENERS.contains(&fw.as_str())
        || manner
        || PREPOSITIONS.contains(&fw.as_str()) && fw != "about"
        || WEEKDAYS.contains(&fw.as_str()))
    {
        return pos;
    }
    let ws: Vec<Range<usize>> = std::iter::once(first.clone()).chain(it.take(11)).collect();
    let gap0 = &text[pos..first.start];
    // ", twice, that": one word set off by commas.
    let aside = gap0.trim_matches(is_blank) == "," && ws.len() > 1 && {
        let g = &text[first.end..ws[1].start];
        g.trim_matches(is_blank) == ","
    };
    if !(gap0.chars().all(is_blank) || aside) {
        return pos;
    }
    // "this week", not "called this a false narrative".
    if matches!(fw.as_str(), "this" | "last")
        && !ws
            .get(1)
            .is_some_and(|w| TIME_WORDS.contains(&lower(&text[w.clone()]).as_ref()))
    {
        return pos;
    }
    // A time or an adverb is short ("this week", "earlier this month"); a
    // "that" further on is a relative ("responded Friday to reports that").
    let short = !(PREPOSITIONS.contains(&fw.as_str())
        || ["as", "while", "when", "with", "by", "for"].contains(&fw.as_str()));
    // "for the first time that", not "pushed for a ban that would …".
    if fw == "for" && !starts_lower(&text[first.start..end], "for the first time") {
        return pos;
    }
    for k in 1..ws.len() {
        if short && k > 4 {
            break;
        }
        let gap = &text[ws[k - 1].end..ws[k].start];
        let trimmed = gap.trim_matches(is_blank);
        if trimmed.is_empty() || aside && k == 1 {
            match lower(&text[ws[k].clone()]).as_ref() {
                "that" => return ws[k].start,
                // "was asked by a caller why …": the question after the asker
                // of a passive "asked" is the content.
                "if" | "whether" | "what" | "how" | "why" if fw == "by" => return ws[k].start,
                // "when asked if that remains his view": a clause of its own.
                "if" | "whether" | "who" | "which" | "what" | "how" | "why" => break,
                // "responded Friday to reports that", "announced plans Tuesday to
                // expand programs that": the "that" is a relative.
                "to" if short => break,
                _ => continue,
            }
        }
        // A quotation after a comma or colon: "said as he left, “…”".
        if quote_ok && matches!(trimmed, ", “" | ", \"" | ": “" | ": \"" | ", ''" | ": ''") {
            return ws[k - 1].end + gap.find(['“', '"', '\'']).unwrap_or(0);
        }
        break;
    }
    pos
}

/// Time and manner phrases that may follow a cue before its content ("on Monday", "in a statement").
pub(super) fn skip_adjuncts(text: &str, mut pos: usize, end: usize) -> usize {
    // Besides the WEEKDAYS.
    const TIME: &[&str] = &[
        "week",
        "month",
        "year",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "day",
        "earlier",
        "later",
        "previously",
        "recently",
        "again",
        "also",
        "repeatedly",
        "publicly",
        "privately",
        "separately",
        "first",
        "last",
        "late",
        "early",
        "this",
        "on",
        "in",
        "at",
        "during",
        "before",
        "after",
    ];
    let is_time = |w: &str| WEEKDAYS.contains(&w) || TIME.contains(&w);

    loop {
        let mut words = Words::new(text, pos..end);
        let Some(first) = words.next() else {
            return pos;
        };
        // Only blank space may stand between pos and the phrase.
        if !text[pos..first.start].chars().all(is_blank) {
            return pos;
        }
        let w = lower(&text[first.clone()]);
        if ["in", "on", "during", "to", "at"].contains(&w.as_str()) {
            // The next words only when a phrase may follow.
            let ws: Vec<_> = std::iter::once(first.clone())
                .chain(words.take(9))
                .collect();
            // "in a statement", "in an interview with CNN", "on Monday", "to reporters".
            let mut k = 1;
            let mut matched = false;
            while k < ws.len() && k < 8 {
                let wk = lower(&text[ws[k].clone()]);
                // "agreed to meet again", "vowed to stay in the race": after "to", a
                // time word or a preposition belongs to the infinitive, not to a
                // phrase. What a comment is on is the content, though: "declined
                // to comment on the donations".
                let infinitive = w == "to"
                    && !["comment", "speculate", "elaborate"]
                        .contains(&lower(&text[ws[1].clone()]).as_str());
                let time = is_time(&wk) && k <= 2 && !infinitive;
                if MANNER_HEADS.contains(&wk.as_str()) || time {
                    matched = true;
                    // Absorb "with CNN", "on Twitter", "to reporters" after the head.
                    let mut end_k = k;
                    if k + 1 < ws.len() {
                        let nx = lower(&text[ws[k + 1].clone()]);
                        // "promised on Tuesday to refrain from …": "to" before a
                        // verb opens the cue's infinitive content, not a listener.
                        let infinitive_after = nx == "to" && k + 2 < ws.len() && {
                            let t = &text[ws[k + 2].clone()];
                            let lt = lower(t);
                            first_lower(t)
                                && !DETERMINERS.contains(&lt.as_str())
                                && !QUANTIFIERS.contains(&lt.as_str())
                                && !RECIPIENT_WORDS.contains(&lt.as_str())
                        };
                        if ["with", "to", "on", "for"].contains(&nx.as_str())
                            && k + 2 < ws.len()
                            && !infinitive_after
                        {
                            let gap = &text[ws[k].end..ws[k + 1].start];
                            if gap.chars().all(is_blank) {
                                end_k = k + 2;
                                while end_k + 1 < ws.len()
                                    && starts_upper(&text[ws[end_k + 1].clone()])
                                    && text[ws[end_k].end..ws[end_k + 1].start]
                                        .chars()
                                        .all(is_blank)
                                {
                                    end_k += 1;
                                }
                            }
                        }
                    }
                    pos = ws[end_k].end;
                    break;
                }
                if text[ws[k - 1].end..ws[k].start]
                    .chars()
                    .any(|c| !is_blank(c))
                {
                    break;
                }
                k += 1;
            }
            if w == "to"
                && !matched
                && ws.len() > 1
                && RECIPIENT_WORDS.contains(&lower(&text[ws[1].clone()]).as_str())
            {
                pos = ws[1].end;
                matched = true;
            }
            if !matched {
                return pos;
            }
        } else if is_time(&w)
            && !["this", "in", "at", "before", "after"].contains(&w.as_str())
            && !modifies_next(text, first.clone(), end)
        {
            pos = first.end;
        } else {
            return pos;
        }
    }
}

/// Does the time word at `w` modify the word after it ("pushed for later
/// sailings", "said early voting"), so that it opens a noun phrase rather
/// than standing as a time on its own ("said later that", "said earlier
/// Monday", "said late this week")? Only adjectives can; adverbs such as
/// "recently" never do.
pub(super) fn modifies_next(text: &str, w: Range<usize>, end: usize) -> bool {
    const ADJECTIVES: &[&str] = &["earlier", "later", "late", "early", "first", "last"];
    // Words after which a time word still stands alone.
    const STANDALONE_BEFORE: &[&str] = &[
        "that",
        "this",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
        "you",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "there",
        "to",
        "for",
        "with",
        "by",
        "as",
        "and",
        "or",
        "but",
        "if",
        "when",
        "while",
        "because",
        "not",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "now",
        "then",
        "again",
        "also",
        "ago",
        "time",
        "times",
        "year",
        "week",
        "month",
        "night",
        "morning",
        "afternoon",
        "evening",
        "weekend",
        "day",
        "season",
        "quarter",
        "decade",
        "hour",
        "term",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "last",
        "late",
        "early",
        "next",
        "would",
        "will",
        "could",
        "should",
        "may",
        "might",
        "was",
        "were",
        "is",
        "are",
        "had",
        "has",
        "have",
        "did",
        "does",
    ];
    if !ADJECTIVES.contains(&lower(&text[w.clone()]).as_str()) {
        return false;
    }
    let Some(next) = Words::new(text, w.end..end).next() else {
        return false;
    };
    if !text[w.end..next.start].chars().all(is_blank) {
        return false;
    }
    let ln = lower(&text[next.clone()]);
    first_lower(&text[next])
        && ln.chars().all(|c| c.is_alphabetic() || c == '-')
        && !STANDALONE_BEFORE.contains(&ln.as_str())
        && !DETERMINERS.contains(&ln.as_str())
        && !PREPOSITIONS.contains(&ln.as_str())
        && (!ln.ends_with("ly") || ln.len() <= 4)
}

impl<'a> Ctx<'a> {
    /// Where a time phrase ending in the word `w` starts: "on Tuesday", "Tuesday night",
    /// "last week", "earlier this month"; None when `w` ends no time phrase.
    pub(super) fn time_phrase_before(&self, floor: usize, w: Range<usize>) -> Option<usize> {
        let t = self.lower(&self.text[w.clone()]);
        let day = WEEKDAYS.contains(&t.as_str());
        let unit = [
            "night",
            "morning",
            "afternoon",
            "evening",
            "week",
            "month",
            "year",
            "weekend",
        ]
        .contains(&t.as_str());
        if !day && !unit {
            return None;
        }
        let mut start = w.start;
        // Up to three words before it that belong to the phrase.
        for _ in 0..3 {
            let Some(p) = self.last_word(self.text, floor, start) else {
                break;
            };
            let lp = self.lower(&self.text[p.clone()]);
            let part = [
                "on", "last", "this", "next", "earlier", "later", "late", "early", "that",
            ]
            .contains(&lp.as_str())
                || WEEKDAYS.contains(&lp.as_str());
            if !part {
                break;
            }
            start = p.start;
        }
        // A bare unit ("week") is a time only with a word before it ("last week").
        (day || start < w.start).then_some(start)
    }
}

/// "said — on Twitter, as it happens — that …", "argued emphatically - rebuking
/// Mr. Trump eight times by name - that …": an aside set off by a pair of dashes
/// between a cue and its "that" belongs to neither; the content starts at "that".
fn dash_aside_before_that(text: &str, pos: usize, end: usize) -> Option<usize> {
    const MAX_ASIDE: usize = 160;
    let open = skip_blank(text, pos, end);
    let rest = &text[open..end];
    let dash = ["—", "–", "--", "-"]
        .into_iter()
        .find(|d| rest.starts_with(d))?;
    // A hyphen sets off an aside only with a space after it ("said - on …").
    if dash == "-" && !rest[1..].starts_with(is_blank) {
        return None;
    }
    let inner = open + dash.len();
    let mut limit = end.min(inner + MAX_ASIDE);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[inner..limit];
    let close = window.find(dash)?;
    if close == 0 || dash == "-" && !window[..close].ends_with(is_blank) {
        return None;
    }
    // "argue — and Sanders presumably believes — that", "— excerpts of which the
    // campaign emailed —": a clause of its own in the aside reports the content too.
    let mut words = Words::new(text, inner..inner + close).map(|w| lower(&text[w]));
    if words
        .next()
        .is_some_and(|w| matches!(w.as_str(), "and" | "but" | "or"))
        || words.any(|w| matches!(w.as_str(), "which" | "who" | "whom" | "whose"))
    {
        return None;
    }
    let after = skip_blank(text, inner + close + dash.len(), end);
    (starts_lower(&text[after..end], "that")
        && text[after + 4..end].starts_with(|c: char| !c.is_alphanumeric()))
    .then_some(after)
}

/// "said, however, that …", "said, among other things, that …", "said, per a
/// translator, that …": an aside set off by a pair of commas between a cue and
/// its "that" is the writer's, not the source's; the content starts at "that".
/// The aside is short and has no clause or quotation of its own ("said, and
/// aides confirmed, that" reports the content a second time).
fn comma_aside_before_that(text: &str, pos: usize, end: usize) -> Option<usize> {
    const MAX_WORDS: usize = 6;
    let open = skip_blank(text, pos, end);
    let inner = open + text[open..end].strip_prefix(',').map(|_| 1)?;
    let ws: Vec<Range<usize>> = Words::new(text, inner..end).take(MAX_WORDS + 1).collect();
    let close = ws.iter().enumerate().find_map(|(k, w)| {
        let gap = text[w.end..end].trim_start_matches(is_blank);
        gap.starts_with(',').then_some(k)
    })?;
    let aside = &ws[..=close];
    if aside.len() > MAX_WORDS
        || text[inner..aside[close].end].contains(['“', '”', '"', '(', ';', ':', '—'])
        || text[inner..aside[close].end].contains("''")
    {
        return None;
    }
    let clause = aside.iter().enumerate().any(|(k, w)| {
        let lw = lower(&text[w.clone()]);
        k == 0 && matches!(lw.as_str(), "and" | "but" | "or")
            || matches!(lw.as_str(), "which" | "who" | "whom" | "whose" | "that")
    });
    if clause {
        return None;
    }
    let comma = aside[close].end + text[aside[close].end..end].find(',')?;
    let after = skip_blank(text, comma + 1, end);
    (starts_lower(&text[after..end], "that")
        && text[after + 4..end].starts_with(|c: char| !c.is_alphanumeric()))
    .then_some(after)
}

/// "in which the council says", "under what Mr. Hedge called": a preposition
/// and its relative pronoun are no part of the subject after them. The region
/// starts after them, if a subject is left.
pub(super) fn past_relative_object(text: &str, region: Range<usize>) -> Range<usize> {
    let mut ws = Words::new(text, region.clone());
    let is_rel = |w: &Range<usize>| OBJECT_RELATIVES.contains(&lower(&text[w.clone()]).as_str());
    let (Some(a), Some(b)) = (ws.next(), ws.next()) else {
        return region;
    };
    // A bare "which" may be the subject ("which has voiced concerns"); after a
    // preposition it never is.
    if !(PREPOSITIONS.contains(&lower(&text[a.clone()]).as_str()) && is_rel(&b))
        || ws.next().is_none()
    {
        return region;
    }
    skip_blank(text, b.end, region.end)..region.end
}

/// "turnout was higher than most analysts forecast", "hours after Trump
/// retweeted", "an electorate in which 67 percent of voters say", "what many
/// analysts said": a subordinator, a wh-word or a comparative "than" inside
/// the words before the cue opens the cue's own clause, whose subject starts
/// after it. Only a lower-case word after the first, with words after it and
/// no relative pronoun before it;
/// "than" before a number or share is part of the phrase ("more than half",
/// "less than a third").
pub(super) fn past_clause_opener(text: &str, region: Range<usize>) -> Range<usize> {
    const OPENERS: &[&str] = &[
        "than", "after", "before", "since", "until", "because", "while", "if", "when", "where",
        "how", "what", "which",
    ];
    let ws: Vec<Range<usize>> = Words::new(text, region.clone()).take(40).collect();
    let Some(k) = (1..ws.len().saturating_sub(1)).rev().find(|&k| {
        let w = &text[ws[k].clone()];
        OPENERS.contains(&w) && {
            let next = lower(&text[ws[k + 1].clone()]);
            w != "than"
                || !(next.starts_with(|c: char| c.is_ascii_digit())
                    || QUANTITIES.contains(&next.as_str())
                    || [
                        "a", "an", "half", "one", "two", "three", "four", "five", "six", "seven",
                        "eight", "nine", "ten",
                    ]
                    .contains(&next.as_str())
                    || next.contains("-third")
                    || next.contains("-quarter"))
        }
    }) else {
        return region;
    };
    // "The lawyer who ran three marathons before his knee blew out": the
    // opener is inside a relative clause of the subject, which it keeps.
    if ws[..k]
        .iter()
        .any(|w| ["who", "that", "which"].contains(&lower(&text[w.clone()]).as_str()))
    {
        return region;
    }
    ws[k + 1].start..region.end
}
