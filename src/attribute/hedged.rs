//! What a hedge qualifies. "is expected to", "reportedly", "asked whether"
//! attribute something to no one in particular; the report names that
//! something, so an editor sees which words rest on the hedge, and machine
//! consumers (the PolNeAR runner) take it as the hedge's content.

use super::{Claim, Status};
use std::ops::Range;

/// The words the claim's hedge qualifies, as byte ranges; empty without a
/// hedge.
/// - after "asked", the question ("Asked whether the plan would pass, …");
/// - a hedge in the frame of a claim with its own cue ("Ms. Ruiz seemed to
///   mock the plan, saying, “…”"), the clause the hedge stands in;
/// - otherwise the claim around the hedge, split at it into the hedged
///   verb's subject and what follows ("The driver has || been fired").
pub fn hedge_content(text: &str, claim: &Claim) -> Vec<Range<usize>> {
    let a = &claim.attribution;
    let Some(h) = &a.hedge else {
        return Vec::new();
    };
    // A hedge that is the claim's cue (resolved to an outlet named before it:
    // "Palmieri was asked about …") reports the claim around it, question or
    // not: on PolNeAR train the question alone matched gold less well.
    let is_cue = a.status == Status::Explicit && a.cue.as_ref() == Some(h);
    if !is_cue && let Some(q) = question_after(text, h, a.hedge_source_mention.as_ref()) {
        return vec![q];
    }
    let outside = h.end <= claim.span.start || h.start >= claim.span.end;
    if outside && a.status == Status::Explicit && !is_cue {
        let clause = hedge_clause(text, &claim.sentence, &claim.span, h);
        hedged_content(text, &clause, h)
    } else {
        hedged_content(text, &claim.span, h)
    }
}

/// Where a claim with its cue before `hedge` ends when the hedge is the
/// question that occasioned it: "Sanders said, “We’ll see,” when asked
/// whether …", "“…,” McCain said, asked about the delay", "told Fox after he
/// was asked about …". The question is the writer's account of the occasion,
/// not the speaker's words. `None` unless the hedge puts a question, stands
/// after the cue and leaves words of the claim before it.
pub(super) fn question_occasion(
    text: &str,
    claim: &Range<usize>,
    cue_end: usize,
    hedge: &Range<usize>,
    question: bool,
) -> Option<usize> {
    if !question || hedge.start < cue_end {
        return None;
    }
    let lead = text[hedge.clone()].to_lowercase();
    let before = text[claim.start..hedge.start].trim_end();
    let mut start = hedge.start;
    if !(lead.starts_with("when ") || lead.starts_with("after ") || before.ends_with(',')) {
        // "after he was asked about": a subordinator and a pronoun before the
        // passive hedge open the occasion.
        let mut ws = before.rsplit(char::is_whitespace);
        let pronoun = ws.next()?.to_lowercase();
        let sub = ws.next()?.to_lowercase();
        if !(["he", "she", "they", "i", "we"].contains(&pronoun.as_str())
            && ["when", "after"].contains(&sub.as_str()))
        {
            return None;
        }
        start = claim.start + before.len() - pronoun.len() - sub.len() - 1;
        // Words split by more than one blank: no such occasion.
        if !text
            .get(start..start + sub.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(&sub))
        {
            return None;
        }
    }
    let end = claim.start
        + text[claim.start..start]
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–'))
            .len();
    text[claim.start..end]
        .chars()
        .any(char::is_alphanumeric)
        .then_some(end)
}

/// Where the participle of a question hedge ends: the hedge match may end
/// past "asked" ("asked whether", "Asked by the host to"), so back up to it;
/// the other question hedges end on theirs ("when pressed", "when told").
/// `None` for a hedge that puts no question.
pub(super) fn question_participle_end(text: &str, hedge: &Range<usize>) -> Option<usize> {
    const PUT_TO: &[&str] = &[
        "pressed",
        "questioned",
        "challenged",
        "quizzed",
        "grilled",
        "told",
        "advised",
        "interviewed",
    ];
    let words = text[hedge.clone()].to_lowercase();
    if let Some(i) = words.rfind("asked") {
        return Some(hedge.start + i + "asked".len());
    }
    let last = words.rsplit(char::is_whitespace).next()?;
    PUT_TO.contains(&last).then_some(hedge.end)
}

/// "Asked whether the plan would pass, 60 percent said no": what the hedge
/// reports is the question after "asked", up to its comma. After an asker
/// the report names ("when asked by a reporter whether …"), the question
/// starts past the asker.
fn question_after(
    text: &str,
    hedge: &Range<usize>,
    asker: Option<&Range<usize>>,
) -> Option<Range<usize>> {
    let k = question_participle_end(text, hedge)?;
    // "Asked on Fox News who leads …", "Asked by the host to respond …": the
    // question opens with the hedge's last word, not straight after "asked".
    let k = k + text[k..hedge.end]
        .trim_end()
        .rfind(char::is_whitespace)
        .unwrap_or(0);
    let k = asker.map_or(k, |m| k.max(m.end));
    let rest = &text[k..];
    let start = k + (rest.len() - rest.trim_start().len());
    let end = start + text[start..].find([',', '.', '?', '\n', ';'])?;
    let end = occasion_at(&text[start..end]).map_or(end, |k| start + k);
    (end > start).then_some(start..end)
}

/// Where a phrase naming the occasion of a question starts in `question`
/// ("asked about the vote during an interview published Monday", "asked
/// about it after a Republican debate"): the writer's, not the question's.
/// A phrase whose first few words name an interview, a debate or the like.
fn occasion_at(question: &str) -> Option<usize> {
    const OCCASIONS: &[&str] = &[
        "interview",
        "debate",
        "appearance",
        "speech",
        "conference",
        "hearing",
        "rally",
    ];
    question.match_indices(' ').map(|(k, _)| k).find(|&k| {
        let mut ws = question[k + 1..].split_whitespace();
        ["during", "in", "at", "after"].contains(&ws.next().unwrap_or(""))
            && ws.take(4).any(|w| {
                let w = w
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase();
                OCCASIONS.contains(&w.as_str())
            })
    })
}

/// What a hedge reports of `claim`. "But Mr. Sanders is seen as …": the link
/// to the sentence before is the writer's. A hedge inside the claim splits
/// it into the hedged verb's subject and what follows the hedge, which keeps
/// its infinitive marker ("she || to step on …").
fn hedged_content(text: &str, claim: &Range<usize>, h: &Range<usize>) -> Vec<Range<usize>> {
    let whole = &text[claim.clone()];
    let from = ["But ", "And ", "Yet "]
        .iter()
        .find_map(|w| whole.strip_prefix(w))
        .filter(|rest| rest.starts_with(char::is_alphanumeric))
        .map_or(0, |rest| whole.len() - rest.len());
    let start = claim.start + from;
    // "It seems the Democrats have too many superdelegates": a hedge
    // opening the claim leaves what follows it (below).
    if !(start <= h.start && h.end < claim.end) {
        return std::iter::once(start..claim.end).collect();
    }
    // The subject comes after any opening phrase ("In the past few days, the
    // politician … appeared to") and any conjunction ("and the final
    // shuttering of the factory is not expected to").
    let lead = &text[start..h.start];
    let start = lead
        .rfind(", ")
        .filter(|&k| !lead[k + 2..].trim().is_empty())
        .map_or(start, |k| start + k + 2);
    let lead = &text[start..h.start];
    let start = ["and ", "but ", "with "]
        .iter()
        .find_map(|w| lead.strip_prefix(w))
        .map_or(start, |rest| h.start - rest.len());
    // "While the topic is not expected to surface in the talks, China has …":
    // a hedge in a fronted adverbial clause qualifies that clause, without
    // its subordinator; the main clause after its comma is the writer's.
    let fronted = fronted_clause(&text[start..h.start]);
    let start = fronted.map_or(start, |k| start + k);
    let fronted = fronted.is_some() && !text[start..h.start].trim().is_empty();
    // "… determining delegates who are expected to support …": a relative
    // pronoun right before the hedge is the hedged clause's subject.
    let start = relative_before(text, start, h.start).unwrap_or(start);
    let head = text[start..h.start].trim_end();
    // "The bill, which the Senate is expected to vote on next week, returns
    // …": a non-restrictive relative clause ends at its comma too, where the
    // sentence it interrupts goes on ("who", often before an adjective's
    // comma, does not).
    let fronted = fronted
        || head
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("which"));
    let tail = if text[h.clone()].ends_with(" to") {
        h.end - 2
    } else {
        h.end
    };
    let tail = claim.end - text[tail..claim.end].trim_start_matches([' ', ',']).len();
    if tail >= claim.end {
        return std::iter::once(start..claim.end).collect();
    }
    let end = hedged_end(text, tail, claim.end, fronted);
    // "…, but it seems increasingly likely that …": a hedge opening its clause
    // leaves only what follows it.
    if head.is_empty() {
        std::iter::once(tail..end).collect()
    } else {
        vec![start..start + head.len(), tail..end]
    }
}

/// Where what a hedge qualifies ends, in `text[from..end]`: at the writer's
/// aside after it, outside quotations: a comma before a connective or
/// subordinator ("… appears to be moving behind Trump, despite big-name
/// holdouts"; "… is widely expected to come on Dec. 16, presents …" does not
/// stop, unless `fronted`), a semicolon, or a lone dash ("… to cut 277 workers this week -- the
/// first wave …"; a pair of dashes around an aside goes on).
///
/// After a hedge in a fronted clause or a "which" clause (`fronted`), the
/// clause's first comma ends it whatever follows: the main clause.
fn hedged_end(text: &str, from: usize, end: usize, fronted: bool) -> usize {
    const MARKS: &[&str] = &[", ", "; ", " — ", " – ", " -- ", " - "];
    const ASIDES: &[&str] = &[
        "despite",
        "but",
        "which",
        "as",
        "while",
        "even",
        "though",
        "although",
        "largely",
        "particularly",
        "only",
        "when",
        "where",
        "who",
        "after",
        "before",
        "because",
        "since",
        "according",
    ];
    let s = &text[from..end];
    let quoted = |k: usize| {
        let before = &s[..k];
        before.matches('“').count() > before.matches('”').count()
            || before.matches('"').count() % 2 == 1
            || before.matches("''").count() % 2 == 1
    };
    let cut = MARKS
        .iter()
        .filter_map(|m| {
            s.match_indices(m).map(|(k, _)| k).find(|&k| {
                let after = &s[k + m.len()..];
                let next = after
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                if fronted && m.trim() == "," {
                    return s[..k].split_whitespace().nth(1).is_some() && !quoted(k);
                }
                let aside = if m.trim() == "," {
                    ASIDES.contains(&next.as_str())
                } else {
                    m.trim() == ";" || s.matches(m).count() == 1
                };
                // A reported clause ("to show that Cruz, who …") goes on
                // past its asides, and so does a frame before one ("to
                // announce on Wednesday, after …, that it will …").
                let report = |t: &str| t.split_whitespace().any(|w| w == "that");
                aside
                    && s[..k].split_whitespace().nth(1).is_some()
                    && !report(&s[..k])
                    && !report(after)
                    && !quoted(k)
            })
        })
        .min();
    cut.map_or(end, |k| from + k)
}

/// Where the words of a fronted adverbial clause start in `lead`, the words
/// from the claim's start to its hedge ("While the topic is not", "Despite
/// the fact that neither contest this year"): past its subordinator (and "the
/// fact that"), at its end when only the subordinator stands there ("…,
/// though appears to be …"). `None` when `lead` opens no such clause or holds
/// a comma (the clause ended before the hedge).
fn fronted_clause(lead: &str) -> Option<usize> {
    const SUBORDINATORS: &[&str] = &[
        "while", "if", "although", "though", "as", "after", "despite", "when", "whenever", "where",
        "because", "since", "once", "before", "unless", "whereas",
    ];
    let first = lead.split(|c: char| !c.is_alphanumeric()).next()?;
    if !SUBORDINATORS.contains(&first.to_lowercase().as_str()) || lead.contains(',') {
        return None;
    }
    let rest = lead[first.len()..].trim_start();
    let rest = ["the fact that ", "The fact that "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    Some(lead.len() - rest.len())
}

/// Where a relative pronoun ending `text[start..end]` begins ("delegates
/// who", "a rider who"): the hedged clause's subject.
fn relative_before(text: &str, start: usize, end: usize) -> Option<usize> {
    let lead = text[start..end].trim_end();
    ["who", "which", "that"].iter().find_map(|w| {
        lead.strip_suffix(w)
            .filter(|b| b.ends_with(' ') || b.ends_with(','))
            .map(|b| start + b.len())
    })
}

/// The clause a hedge outside its sentence's claim belongs to: "Mr. Cruz
/// seemed to mock his rival's talk, saying …" with the claim "“…”" after
/// it, "…,” he told a voter who seemed to be confused …" with the claim
/// before it. The words between the claim and the sentence's edge, up to
/// the first colon, semicolon, comma or dash after the hedge (past it the
/// frame of the claim goes on: ", saying", ": He earned …").
fn hedge_clause(
    text: &str,
    sentence: &Range<usize>,
    claim: &Range<usize>,
    h: &Range<usize>,
) -> Range<usize> {
    let (start, end) = if h.start >= claim.end {
        (claim.end, sentence.end)
    } else {
        (sentence.start, claim.start)
    };
    let after = h.end.clamp(start, end);
    let stop = [":", ";", ",", " - ", " -- ", "—", "–"]
        .iter()
        .filter_map(|m| text[after..end].find(m))
        .min()
        .map_or(end, |k| after + k);
    // A conjunction left at either edge ("… first ballot and", ", but
    // appeared to …") and the marks around them are the frame's.
    let mut r = text[start..stop].trim_end();
    for w in [" and", " but", " or"] {
        r = r.strip_suffix(w).unwrap_or(r);
    }
    let lead = start + r.len() - r.trim_start_matches([' ', ',', ';', '\n']).len();
    // "… told a rider who seemed to be confused": a relative pronoun right
    // before the hedge is its subject.
    let lead = relative_before(text, lead, h.start.max(lead)).unwrap_or(lead);
    lead..start + r.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strs<'a>(text: &'a str, rs: &[Range<usize>]) -> Vec<&'a str> {
        rs.iter().map(|r| &text[r.clone()]).collect()
    }

    fn at(text: &str, needle: &str) -> Range<usize> {
        let k = text.find(needle).unwrap();
        k..k + needle.len()
    }

    /// The hedge's content when the hedge stands outside `claim`, in the
    /// frame of the sentence `text`.
    fn outside(text: &str, claim: &str, hedge: &str) -> Vec<String> {
        let h = at(text, hedge);
        let clause = hedge_clause(text, &(0..text.len()), &at(text, claim), &h);
        strs(text, &hedged_content(text, &clause, &h))
            .into_iter()
            .map(String::from)
            .collect()
    }

    #[test]
    fn a_hedge_outside_the_claim_reports_its_own_clause() {
        // The claim after the hedge belongs to "saying"; the hedge reports
        // its subject and the verb phrase up to the comma.
        let text = "Ms. Ruiz seemed to mock the plan, saying, “It will never work.”";
        assert_eq!(
            outside(text, "“It will never work.”", "seemed to"),
            ["Ms. Ruiz", "to mock the plan"]
        );
        let text = "And the mayor's usual tactics have appeared to fail her: \
                    she won no reprieve with her claim that the board was unfair.";
        assert_eq!(
            outside(text, "that the board was unfair", "appeared to"),
            ["the mayor's usual tactics have", "to fail her"]
        );
        // The claim before the hedge: the hedged clause is the relative one.
        let text = "“We are friends,” Ben Ode told a rider who seemed to be confused \
                    at the sight of them.";
        assert_eq!(
            outside(text, "“We are friends,”", "seemed to"),
            ["who", "to be confused at the sight of them."]
        );
    }

    #[test]
    fn a_hedge_inside_the_claim_splits_it() {
        // A relative pronoun right before the hedge is its subject.
        let text = "The vote picks delegates who are expected to back her.";
        let claim = 0..text.len() - 1;
        let h = at(text, "are expected to");
        assert_eq!(
            strs(text, &hedged_content(text, &claim, &h)),
            ["who", "to back her"]
        );
        // A hedge opening its claim leaves what follows it.
        let text = "It seems the board has too many members.";
        let got = hedged_content(text, &(0..text.len() - 1), &at(text, "It seems"));
        assert_eq!(strs(text, &got), ["the board has too many members"]);
        let text = "The driver has reportedly been fired.";
        let got = hedged_content(text, &(0..text.len() - 1), &at(text, "reportedly"));
        assert_eq!(strs(text, &got), ["The driver has", "been fired"]);
    }

    #[test]
    fn what_a_hedge_qualifies_ends_at_an_aside() {
        let text = "The board appears to back the plan, despite objections.";
        assert_eq!(hedged_end(text, 20, text.len(), false), 34);
        // A participle, a pair of dashes, a reported clause go on.
        for text in [
            "The mayor is expected to sign the measure, ending the dispute.",
            "The county is expected to cut jobs -- 40 of them -- this week.",
            "The filings appear to show that Cruz, who boasted, raised less.",
        ] {
            assert_eq!(hedged_end(text, 10, text.len(), false), text.len());
        }
    }

    #[test]
    fn asked_reports_the_question_up_to_its_comma() {
        let text = "Asked whether the plan would pass, 60 percent said no.";
        let q = question_after(text, &at(text, "Asked whether"), None).unwrap();
        assert_eq!(&text[q], "whether the plan would pass");
        // Past the asker the report names.
        let text = "Asked by a reporter whether she would run, Ruiz laughed.";
        let asker = at(text, "a reporter");
        let q = question_after(text, &at(text, "Asked by"), Some(&asker)).unwrap();
        assert_eq!(&text[q], "whether she would run");
        assert!(question_after(text, &at(text, "laughed"), None).is_none());
    }
}
