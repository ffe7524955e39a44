//! Disputes: two claims from different sources where one contradicts,
//! denies, corrects or questions the other.
//!
//! Precision first. A marker only links claims from different sources:
//!
//! * an adverb ("However, ...") links its claim to an earlier claim that
//!   shares its topic;
//! * a verb ("denied", "rejected") disputes its object, and only when the
//!   object is a claim: "denied the report", "rejected that idea", "denied
//!   meeting the lobbyists", never "rejected a request". When the object
//!   carries the disputed content itself ("dismissed Sanders’ accusations
//!   that the campaign broke the law"), the dispute lies inside one sentence:
//!   its two sides are spans of the one claim, the accusation with its own
//!   source and the dismissal;
//! * a verdict ("is simply not true", "calling the report false") judges its
//!   subject, and only when that is a claim ("That", "the report", "Rubio’s
//!   claim that ..."), a source named as the subject ("Hale was wrong"), or
//!   a claim the speaker reports in the same sentence ("they argued Z, and
//!   that is not true");
//! * a negation opening an answer ("No, I meant ...") contradicts the claim
//!   of another source just before that asserts the negated word.
//!
//! Questions and requests ("asked whether ...", "sought more details") are
//! never the claim disputed: what follows them answers them.
//!
//! Every dispute names its two sides: a claim, the words of that side and
//! their source, which may be a source named only there ("the union’s
//! claim"). Each claim looks back over a bounded window, and names are looked
//! up among the sources of nearby claims, so the work stays linear in the
//! length of the article.

use crate::attribute::{Analysis, Claim, Scan, Status, within};
use crate::phrases::is_alnum;
use crate::rules::{DisputeFrame, DisputeKind, DisputeRule, Engine, LexiconClass, Strength};
use crate::segment::Segments;
use std::collections::HashSet;
use std::ops::Range;

/// How many earlier claims a marked claim may be linked to.
const WINDOW: usize = 8;
/// How many words after a verb marker its object may take to name a claim.
const OBJECT_WORDS: usize = 6;

/// Who stands behind one side of a dispute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SideSource {
    /// A source of the analysis (index into `Analysis::sources`).
    Known(usize),
    /// A source named only here, as the holder of a disputed claim
    /// ("Bernie Sanders’ accusations that ..."): the words that name it.
    Named(Range<usize>),
}

/// One side of a dispute: what is claimed, in which claim, by whom.
#[derive(Debug, Clone)]
pub struct Side {
    /// Index into `Analysis::claims`.
    pub claim: usize,
    /// The words of this side: the disputed content, or the disputing words.
    pub span: Range<usize>,
    pub source: SideSource,
}

#[derive(Debug, Clone)]
pub struct Dispute {
    /// Indices into `Analysis::claims`: the disputed claim, then the disputing
    /// one; the same claim twice for a dispute inside one sentence.
    pub claims: [usize; 2],
    /// The disputed side, then the disputing side.
    pub sides: [Side; 2],
    pub marker: Option<Range<usize>>,
    pub rule: String,
    pub kind: &'static str,
}

impl Dispute {
    /// The name of a side's source.
    pub fn source_name(&self, side: usize, text: &str, analysis: &Analysis) -> String {
        match &self.sides[side].source {
            SideSource::Known(s) => analysis.sources[*s].name.clone(),
            SideSource::Named(r) => named_source(text, r),
        }
    }
}

/// The name in a "Y’s accusations" or "criticism from Y" phrase, without the possessive.
pub fn named_source(text: &str, r: &Range<usize>) -> String {
    let s = text[r.clone()].trim();
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .or_else(|| s.strip_suffix('\''))
        .or_else(|| s.strip_suffix('’'))
        .unwrap_or(s);
    s.trim().to_string()
}

/// Content-word stems of a range, with the given ranges (sources, cues) left out.
fn topic(text: &str, r: &Range<usize>, skip: &[Range<usize>], engine: &Engine) -> HashSet<String> {
    let mut out = HashSet::new();
    for w in words(text, r.clone()) {
        if skip.iter().any(|k| k.start <= w.start && w.end <= k.end) {
            continue;
        }
        let w = bare(&text[w]);
        if w.chars().count() < 3 || engine.lexicon.has(LexiconClass::Stopword, w) {
            continue;
        }
        let lw = w.to_lowercase();
        if is_manner_adverb(&lw) {
            continue;
        }
        // A five-letter stem makes "agree" meet "agreement".
        let stem: String = lw.chars().take(5).collect();
        out.insert(stem);
    }
    out
}

/// An adverb made from an adjective ("potentially", "strongly", "reportedly"):
/// it says how, not what about, and its stem would meet the adjective's
/// ("potentially" is no topic shared with "potential retaliation").
fn is_manner_adverb(lw: &str) -> bool {
    lw.chars().count() >= 7
        && lw.strip_suffix("ly").is_some_and(|adj| {
            [
                "al", "ent", "ant", "ous", "ive", "ate", "ed", "ing", "ful", "less", "ic", "ong",
            ]
            .iter()
            .any(|e| adj.ends_with(e))
        })
}

/// Word ranges in `r`: letters and digits, with inner apostrophes, hyphens
/// and periods ("Clinton’s", "U.S.") and a possessive apostrophe ("Sanders’").
fn words(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    let s = &text[r.clone()];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_alnum(c) {
            if start.is_none() {
                start = Some(i);
            }
            continue;
        }
        if let Some(a) = start {
            let inner =
                matches!(c, '\'' | '’' | '-' | '.') && it.peek().is_some_and(|(_, n)| is_alnum(*n));
            if inner {
                continue;
            }
            let possessive = matches!(c, '\'' | '’') && s[a..i].ends_with('s');
            let end = if possessive { i + c.len_utf8() } else { i };
            out.push(r.start + a..r.start + end);
            start = None;
        }
    }
    if let Some(a) = start {
        out.push(r.start + a..r.end);
    }
    out
}

/// A word without its possessive ("Clinton’s" → "Clinton", "Sanders’" → "Sanders").
fn bare(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| w.strip_suffix("'S"))
        .or_else(|| w.strip_suffix('\''))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

fn is_possessive(w: &str) -> bool {
    bare(w).len() < w.len()
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// What a verb marker takes as its object.
#[derive(Debug, Clone)]
enum Object {
    /// Not a claim ("rejected a request"): no dispute.
    Nothing,
    /// A clause ("denied that ...", "denied meeting ...") or an indefinite
    /// noun phrase ("denied any wrongdoing"): linked by the topic of these words.
    Clause(Range<usize>),
    /// A claim referred back to ("denied it", "rejected that idea", "denied the
    /// reports"), possibly naming its holder ("rejected Clinton’s claim"); a
    /// plural ("those claims") may take in several claims of one source, and
    /// modifiers ("the fraud claims") must meet the topic of the claim.
    Anaphor {
        holder: Option<Range<usize>>,
        plural: bool,
        modifiers: Vec<Range<usize>>,
        /// The claim noun itself ("statements" in "her public statements").
        noun: Option<Range<usize>>,
    },
    /// A claim with its content ("Y’s accusations that Z").
    Content {
        holder: Option<Range<usize>>,
        content: Range<usize>,
    },
    /// The holder of the claim, as a person ("contradicted him").
    Person { holder: Option<Range<usize>> },
}

/// Is the object a claim this rule may dispute? With `named_object`, it must
/// name its holder ("the judge's ruling") or carry its content ("the ruling
/// that ..."): never "reversed his decision", "overruled that request".
fn names_a_claim(rule: &DisputeRule, obj: &Object) -> bool {
    match obj {
        Object::Nothing => false,
        Object::Content { .. }
        | Object::Anaphor {
            holder: Some(_), ..
        } => true,
        _ => !rule.named_object,
    }
}

/// Words that end a noun phrase when reading a verb's object.
const NP_END: &[&str] = &[
    "that",
    "saying",
    "which",
    "who",
    "from",
    "by",
    "of",
    "as",
    "in",
    "for",
    "to",
    "and",
    "but",
    "because",
    "when",
    "after",
    "while",
    "on",
    "about",
    "over",
    "with",
    "at",
    "since",
    "until",
    "before",
    "if",
    "than",
    "claiming",
    "alleging",
    "suggesting",
    "arguing",
    "asserting",
];
/// Words that stand for a claim mentioned before ("denied it").
const ANAPHORS: &[&str] = &["it", "this", "that", "these", "those", "them"];
/// Object pronouns that stand for a person ("contradicted him").
const PERSONS: &[&str] = &["him", "her", "them"];
/// Subject pronouns that open a clause without "that" ("denied he had met ...").
const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "there"];
/// Particles after a phrasal marker ("pushed back against", "took issue with").
const PARTICLES: &[&str] = &["against", "on", "with", "at", "about", "over", "upon"];
/// Words that introduce the content of a claim noun ("accusations that ...").
const CONTENT_OPENERS: &[&str] = &[
    "that",
    "saying",
    "claiming",
    "alleging",
    "suggesting",
    "arguing",
    "asserting",
];

/// Read the object of a verb marker: the words after it, to the end of its clause.
/// `marker` is the verb's own words; `None` reads a verdict's subject.
fn object(
    text: &str,
    rule: &DisputeRule,
    marker: Option<&str>,
    after: Range<usize>,
    objects: &HashSet<String>,
) -> Object {
    let ws = words(text, after.clone());
    // Stop at the first clause break (comma, dash, semicolon, colon, quotation);
    // a verdict's subject is one clause already, and may quote the claim
    // (Trump's "assertion that ...").
    let breaks: &[char] = match marker {
        Some(_) => &[',', ';', ':', '—', '–', '(', '"', '“', '”'],
        None => &[',', ';', ':', '—', '–', '('],
    };
    let limit = text[after.clone()]
        .find(breaks)
        .map(|p| after.start + p)
        .unwrap_or(after.end);
    let clause: Vec<Range<usize>> = ws.iter().filter(|w| w.end <= limit).cloned().collect();
    let lw = |i: usize| -> String {
        clause
            .get(i)
            .map(|w| bare(&text[w.clone()]).to_lowercase())
            .unwrap_or_default()
    };
    let is_claim = |i: usize| objects.contains(&lw(i));
    // The whole object clause, for a clause object.
    let whole = match (clause.first(), clause.last()) {
        (Some(first), Some(last)) => first.start..last.end,
        _ => after.start..after.start,
    };
    let mut k = 0;
    // "pushed back on", "took issue with".
    if PARTICLES.contains(&lw(0).as_str()) && marker.is_some_and(|m| m.contains(' ')) {
        k = 1;
    }
    let first = lw(k);
    if first.is_empty() {
        // "Rubio disagreed, saying ...": what was said just before; a verb of
        // one word needs the words said after it.
        let saying = text[limit..after.end].starts_with(',')
            && ws
                .iter()
                .find(|w| w.start > limit)
                .is_some_and(|w| text[w.clone()].to_lowercase().ends_with("ing"));
        return match marker {
            Some(m) if k == 0 && (m.contains(' ') || saying) => Object::Anaphor {
                holder: None,
                plural: false,
                modifiers: Vec::new(),
                noun: None,
            },
            _ => Object::Nothing,
        };
    }
    // "that" as a determiner ("that idea"), a pronoun ("denied that") or a complementiser.
    if ANAPHORS.contains(&first.as_str()) {
        let noun_follows = (k + 1..k + 3).any(is_claim);
        // "this debate", "those voters": a determiner of something else than a claim.
        if !noun_follows
            && clause.len() > k + 1
            && matches!(first.as_str(), "this" | "these" | "those")
        {
            return Object::Nothing;
        }
        if noun_follows || clause.len() == k + 1 || first != "that" {
            if first == "them" {
                return if rule.person_object {
                    Object::Person { holder: None }
                } else {
                    Object::Nothing
                };
            }
            return Object::Anaphor {
                holder: None,
                plural: matches!(first.as_str(), "these" | "those")
                    || (k + 1..k + 3).any(|i| is_claim(i) && lw(i).ends_with('s')),
                modifiers: Vec::new(),
                noun: (k + 1..k + 3)
                    .find(|&i| is_claim(i))
                    .map(|i| clause[i].clone()),
            };
        }
        return Object::Clause(whole);
    }
    if SUBJECTS.contains(&first.as_str()) || first.ends_with("ing") || first == "ever" {
        return Object::Clause(whole);
    }
    if PERSONS.contains(&first.as_str()) && !(k + 1..k + 3).any(is_claim) {
        return if rule.person_object {
            Object::Person { holder: None }
        } else {
            Object::Nothing
        };
    }
    // A noun phrase: up to the first word that ends it.
    let mut end = k;
    while end < clause.len() && end < k + OBJECT_WORDS && !NP_END.contains(&lw(end).as_str()) {
        end += 1;
    }
    let Some(noun) = (k..end).find(|&i| is_claim(i)) else {
        // A named person as the object: "contradicted Hewitt", "questioned Pence about that position".
        let names = (k..end)
            .take_while(|&i| capitalised(&text[clause[i].clone()]))
            .count();
        if names > 0 {
            // "questioned Pence about that position"; a bare name only for
            // verbs that take the person ("contradicted Hewitt").
            let about = PARTICLES.contains(&lw(k + names).as_str())
                && (k + names + 1..k + names + 4).any(is_claim);
            if about || rule.person_object && k + names == clause.len() {
                return Object::Person {
                    holder: Some(clause[k].start..clause[k + names - 1].end),
                };
            }
        }
        return carried_claim(text, &clause, k, after.end).unwrap_or(Object::Nothing);
    };
    // The holder: a possessive ("Sanders’ accusations", "Mr. Sanders's attack")
    // or a capitalised modifier ("Saudi concerns") before the noun.
    let mut holder: Option<Range<usize>> = None;
    if let Some(p) = (k..noun)
        .rev()
        .find(|&i| is_possessive(&text[clause[i].clone()]))
    {
        let mut s = p;
        while s > k && capitalised(&text[clause[s - 1].clone()]) {
            s -= 1;
        }
        if capitalised(&text[clause[p].clone()]) {
            holder = Some(clause[s].start..clause[p].end);
        } else if let Some(d) = (p.saturating_sub(4).max(k)..p)
            .rev()
            .find(|&d| matches!(lw(d).as_str(), "the" | "a" | "an"))
        {
            // "the union’s claim", "the teachers’ union’s claim", "a
            // district court judge’s decision".
            holder = Some(clause[d].start..clause[p].end);
        }
    } else if let Some(p) = (k..noun)
        .rev()
        .find(|&i| capitalised(&text[clause[i].clone()]))
    {
        let mut s = p;
        while s > k && capitalised(&text[clause[s - 1].clone()]) {
            s -= 1;
        }
        holder = Some(clause[s].start..clause[p].end);
    }
    // The noun phrase may run on over modifiers to its head ("the fraud claims").
    let mut next = noun + 1;
    while next < end && is_claim(next) {
        next += 1;
    }
    let head = lw(next - 1);
    let plural = head.ends_with('s') && !head.ends_with("ss");
    // Words before the noun that say which claim is meant ("the fraud claims").
    let modifiers: Vec<Range<usize>> = (k..noun)
        .filter(|&i| {
            let w = lw(i);
            !DETERMINERS.contains(&w.as_str())
                && !GENERIC_MODIFIERS.contains(&w.as_str())
                && !holder
                    .as_ref()
                    .is_some_and(|h| h.start <= clause[i].start && clause[i].end <= h.end)
                && !w.ends_with("ly")
        })
        .map(|i| clause[i].clone())
        .collect();

    // "criticism from Y", "claims by Y".
    if matches!(lw(next).as_str(), "from" | "by") && holder.is_none() {
        let s = next + 1;
        let mut e = s;
        while e < clause.len()
            && e < s + OBJECT_WORDS
            && !CONTENT_OPENERS.contains(&lw(e).as_str())
            && !NP_END.contains(&lw(e).as_str())
        {
            e += 1;
        }
        if e > s {
            holder = Some(clause[s].start..clause[e - 1].end);
        }
        // "attacks from Jeb Bush and other candidates that Z": the first
        // holder names the claim's source; the rest of the group is passed
        // over to the content.
        if e > s && lw(e) == "and" && matches!(lw(e + 1).as_str(), "other" | "others") {
            e += 2;
            while e < clause.len()
                && e < s + 2 * OBJECT_WORDS
                && !CONTENT_OPENERS.contains(&lw(e).as_str())
                && !NP_END.contains(&lw(e).as_str())
            {
                e += 1;
            }
        }
        next = e;
    }
    let definite = holder.is_some() || DETERMINERS.contains(&lw(k).as_str());
    if CONTENT_OPENERS.contains(&lw(next).as_str()) {
        let start = clause[next].end;
        let content = trim_range(text, start..content_end(text, start, after.end));
        if !content.is_empty() {
            return Object::Content { holder, content };
        }
    }
    if !definite {
        // "denied any wrongdoing", "disputed a report": which claim, the topic must tell.
        return Object::Clause(clause[k].start..clause[end.max(next) - 1].end);
    }
    Object::Anaphor {
        holder,
        plural,
        modifiers,
        noun: Some(clause[noun..next].last().unwrap_or(&clause[noun]).clone()),
    }
}

/// A claim carried by a document that names its holder: "a letter the
/// Sanders campaign sent the DNC on Monday alleging that Z" is the Sanders
/// campaign's claim Z. A participle of saying ("alleging", "claiming") with
/// "that" must follow within the clause, and a capitalised name stand
/// between it and the document, not after "on", "in" or "at" (a day or a
/// place).
fn carried_claim(text: &str, clause: &[Range<usize>], k: usize, limit: usize) -> Option<Object> {
    let lw = |i: usize| -> String {
        clause
            .get(i)
            .map(|w| bare(&text[w.clone()]).to_lowercase())
            .unwrap_or_default()
    };
    let o = (k + 1..clause.len().min(k + 16))
        .find(|&i| CONTENT_OPENERS.contains(&lw(i).as_str()) && lw(i) != "that")?;
    if lw(o + 1) != "that" {
        return None;
    }
    let holder = holder_between(text, clause, k, o)?;
    let start = clause[o + 1].end;
    let content = trim_range(text, start..content_end(text, start, limit));
    (words(text, content.clone()).len() >= 3).then_some(Object::Content {
        holder: Some(holder),
        content,
    })
}

/// The first capitalised name among words `k..o` of `ws`, with "the" before
/// it: not a capitalised determiner or pronoun ("The", "Her"), not after
/// "on", "in" or "at" (a day or a place).
fn holder_between(text: &str, ws: &[Range<usize>], k: usize, o: usize) -> Option<Range<usize>> {
    let lw = |i: usize| bare(&text[ws[i].clone()]).to_lowercase();
    let mut first = (k..o).find(|&i| {
        let prev = if i > k && lw(i - 1) == "the" {
            i - 1
        } else {
            i
        };
        capitalised(&text[ws[i].clone()])
            && !DETERMINERS.contains(&lw(i).as_str())
            && !matches!(lw(i).as_str(), "a" | "an" | "our" | "my" | "your")
            && (prev == 0
                || !matches!(
                    lw(prev - 1).as_str(),
                    "on" | "in" | "at" | "since" | "until"
                ))
    })?;
    let mut last = first;
    while last + 1 < o && capitalised(&text[ws[last + 1].clone()]) {
        last += 1;
    }
    if first > k && lw(first - 1) == "the" {
        first -= 1;
    }
    Some(ws[first].start..ws[last].end)
}

/// Participles that report an accusation ("a letter alleging that ...").
const ACCUSING: &[&str] = &["alleging", "accusing", "charging"];

/// The accusation that "denied any wrongdoing" answers: the nearest before
/// (this paragraph or the two before) of another source, a claim whose cue
/// accuses ("accused", "alleged", "charged"), or a sentence that reports one
/// with its holder ("a letter the Sanders campaign sent alleging that Z").
fn nearest_accusation(
    text: &str,
    engine: &Engine,
    analysis: &Analysis,
    i: usize,
    is_me: &dyn Fn(usize) -> bool,
) -> Option<Side> {
    let claims = &analysis.claims;
    let c = &claims[i];
    let near = nearby_sources(analysis, i);
    for j in (i.saturating_sub(WINDOW)..i).rev() {
        let o = &claims[j];
        if o.paragraph + 2 < c.paragraph {
            break;
        }
        if sourced(analysis, engine, o)
            && o.attribution.cue.as_ref().is_some_and(|q| {
                let q = text[q.clone()].to_lowercase();
                ["accus", "alleg", "charg"].iter().any(|v| q.starts_with(v))
            })
        {
            if is_me(o.attribution.source?) {
                return None;
            }
            return claim_side(claims, j, false);
        }
        let ws = words(text, o.sentence.clone());
        let Some(p) = (1..ws.len().saturating_sub(1)).find(|&p| {
            ACCUSING.contains(&text[ws[p].clone()].to_lowercase().as_str())
                && text[ws[p + 1].clone()].eq_ignore_ascii_case("that")
        }) else {
            continue;
        };
        let holder = holder_between(text, &ws, 0, p)?;
        let start = ws[p + 1].end;
        let content = trim_range(text, start..content_end(text, start, o.sentence.end));
        let source = side_source(text, analysis, &near, holder);
        if is_me_side(&source, text, analysis, &near, is_me)
            || words(text, content.clone()).len() < 3
        {
            return None;
        }
        return Some(Side {
            claim: j,
            span: content,
            source,
        });
    }
    None
}

/// Words that make a noun phrase refer back to something said before.
const DETERMINERS: &[&str] = &[
    "the", "that", "this", "these", "those", "such", "both", "his", "her", "their", "its", "all",
];
/// Modifiers that do not say which claim is meant ("recent criticism").
const GENERIC_MODIFIERS: &[&str] = &[
    "recent",
    "earlier",
    "latest",
    "previous",
    "new",
    "same",
    "similar",
    "original",
    "initial",
    "repeated",
    "many",
    "several",
    "various",
    "two",
    "three",
    "any",
    "other",
    "further",
    "latest",
    "public",
    "widespread",
    "persistent",
];

/// Where the content of a claim noun ends: at a dash, semicolon or colon, or
/// at a comma before a participle ("..., saying ...").
fn content_end(text: &str, start: usize, limit: usize) -> usize {
    let s = &text[start..limit];
    let mut best = limit;
    for (i, c) in s.char_indices() {
        match c {
            '—' | '–' | ';' | ':' => {
                best = start + i;
                break;
            }
            ',' => {
                let rest = s[i + 1..].trim_start();
                let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                if w.ends_with("ing") || w == "and" || w == "but" || w == "which" {
                    best = start + i;
                    break;
                }
            }
            _ => {}
        }
    }
    best
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let t = t.trim_end_matches(['.', ',', '!', '?', '”', '"', '’', '\'']);
    r.start + lead..r.start + lead + t.len()
}

/// Does the phrase name this source? Its last word must be a word of the
/// source's name or an alias ("Republican presidential candidate Donald
/// Trump" → "Donald Trump"; "Saudi" → "Saudis").
fn names_source(text: &str, phrase: &Range<usize>, analysis: &Analysis, s: usize) -> bool {
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
fn side_source(text: &str, analysis: &Analysis, near: &[usize], r: Range<usize>) -> SideSource {
    near.iter()
        .copied()
        .find(|&s| names_source(text, &r, analysis, s))
        .map_or(SideSource::Named(r), SideSource::Known)
}

pub fn find_disputes(
    text: &str,
    seg: &Segments,
    engine: &Engine,
    scan: &Scan,
    analysis: &Analysis,
) -> Vec<Dispute> {
    let claims = &analysis.claims;
    let mut out: Vec<Dispute> = Vec::new();
    let mut topics = Topics {
        text,
        engine,
        analysis,
        cache: vec![None; claims.len()],
    };
    let objects = &engine.dispute_objects;
    for i in 0..claims.len() {
        let c = &claims[i];
        // "inconsistencies between her claim that Z and Comey's testimony":
        // the two holders', whoever reports it (once for each sentence).
        let first_of_sentence = i == 0 || claims[i - 1].sentence != c.sentence;
        for (m, r) in within(&scan.disputes, &c.sentence)
            .iter()
            .filter(|_| first_of_sentence)
        {
            let drule = &engine.disputes[*r];
            if drule.frame != DisputeFrame::Between || seg.in_quote(m.start) {
                continue;
            }
            if let Some((a, b)) = between_dispute(text, analysis, i, m, &objects[*r]) {
                out.push(Dispute {
                    claims: [i, i],
                    sides: [a, b],
                    marker: Some(m.clone()),
                    rule: drule.id.clone(),
                    kind: drule.kind.as_str(),
                });
            }
        }
        let Some(me) = disputing_source(analysis, engine, c) else {
            // A claim whosaid could not attribute may still be a named
            // source's denial: "However, Patricia Smith, mother of ...,
            // forcefully rejected Clinton’s claim."
            if c.attribution.status == Status::Unattributed {
                let found = within(&scan.disputes, &c.span)
                    .iter()
                    .filter(|(m, r)| {
                        engine.disputes[*r].frame == DisputeFrame::Verb && !seg.in_quote(m.start)
                    })
                    .find_map(|(m, r)| {
                        if let Some(d) = relative_dispute(
                            text,
                            engine,
                            analysis,
                            i,
                            m,
                            &objects[*r],
                        )
                        .or_else(|| {
                            passive_dispute(text, engine, scan, analysis, i, m, &objects[*r])
                        }) {
                            return Some((d, m.clone(), *r));
                        }
                        if let Some(d) = remarks_response(
                            text,
                            engine,
                            analysis,
                            i,
                            m,
                            &engine.disputes[*r],
                            &objects[*r],
                        ) {
                            return Some((d, m.clone(), *r));
                        }
                        let who = subject_of(text, c, m)
                            .or_else(|| subject_after_opener(text, c, m))
                            .or_else(|| plural_subject(text, engine, c, m))?;
                        let known = side_source(text, analysis, &nearby_sources(analysis, i), who);
                        let d = verb_dispute(
                            &mut topics,
                            scan,
                            i,
                            m,
                            &engine.disputes[*r],
                            &objects[*r],
                            known,
                        )?;
                        Some((d, m.clone(), *r))
                    });
                if let Some(((a, b), marker, rule)) = found {
                    out.push(Dispute {
                        claims: [a.claim, b.claim],
                        sides: [a, b],
                        marker: Some(marker),
                        rule: engine.disputes[rule].id.clone(),
                        kind: engine.disputes[rule].kind.as_str(),
                    });
                }
            }
            continue;
        };
        // The marker must be in this claim's own clause and not inside a quotation.
        let last_of_sentence = claims.get(i + 1).is_none_or(|n| n.sentence != c.sentence);
        let own = clause_start(claims, i)..if last_of_sentence {
            c.sentence.end
        } else {
            c.span.end
        };
        for (marker, rule) in within(&scan.disputes, &own)
            .iter()
            // A verdict is the source's own words, quoted or not; other
            // markers in a quotation belong to the speaker's story.
            .filter(|(m, r)| {
                matches!(
                    engine.disputes[*r].frame,
                    DisputeFrame::Verdict | DisputeFrame::Negation | DisputeFrame::Innocence
                ) || !seg.in_quote(m.start)
            })
            .cloned()
        {
            let drule = &engine.disputes[rule];
            // A correction reported inside another claim is still a
            // correction ("Fact checkers pointed out that the auditor said
            // only that ..."): the source of the nested cue the marker holds
            // is the one who corrects.
            let nested = drule
                .about_source
                .then(|| nested_holder(analysis, engine, c, &marker))
                .flatten();
            let me = nested.unwrap_or(me);
            // "X said some critics had been predicting Z, but this would not
            // happen": a turn inside what is claimed, against what it reports.
            let weak_turn = drule.frame == DisputeFrame::Adverb && drule.strength == Strength::Weak;
            let turn = (weak_turn && c.span.start <= marker.start)
                .then(|| nested_turn(text, scan, analysis, i, &marker, me))
                .flatten();
            // "X said Z, but according to Y, W": the turn opens on another source's account.
            let turn = turn.or_else(|| {
                weak_turn
                    .then(|| turn_to_another_account(text, analysis, i, &marker, me))
                    .flatten()
            });
            // "X referred to Comey's testimony on Z - but she went on to
            // suggest that W": the turn against a holder's claim named before it.
            let turn = turn.or_else(|| {
                weak_turn
                    .then(|| turn_against_named_claim(&topics, i, &marker, me, objects))
                    .flatten()
            });
            // "The report undercut Clinton's argument that Z": whosaid made
            // the claim noun Clinton's cue; the sentence's subject disputes it.
            let turn = turn.or_else(|| {
                (drule.frame == DisputeFrame::Verb && !seg.in_quote(marker.start))
                    .then(|| {
                        disputed_by_subject(text, engine, analysis, i, &marker, &objects[rule])
                    })
                    .flatten()
            });
            // "X said Z, a charge that Y has denied": the relative clause's own subject.
            let turn = turn.or_else(|| {
                (drule.frame == DisputeFrame::Verb && !seg.in_quote(marker.start))
                    .then(|| {
                        relative_dispute(text, engine, analysis, i, &marker, &objects[rule])
                            .or_else(|| {
                                passive_dispute(
                                    text,
                                    engine,
                                    scan,
                                    analysis,
                                    i,
                                    &marker,
                                    &objects[rule],
                                )
                            })
                    })
                    .flatten()
            });
            // "their arguments ... are easily refuted": a verb of denial in
            // the passive, inside what is claimed, is the speaker's verdict.
            let passive = drule.frame == DisputeFrame::Verb
                && c.span.start <= marker.start
                && words(text, c.span.start..marker.start)
                    .iter()
                    .rev()
                    .map(|w| text[w.clone()].to_lowercase())
                    .find(|w| !w.ends_with("ly"))
                    .is_some_and(|w| COPULAS.contains(&w.as_str()));
            if turn.is_none()
                && !passive
                && nested.is_none()
                && !marker_position_ok(text, c, &marker, drule)
            {
                continue;
            }
            let found: Option<(Side, Side)> = match drule.frame {
                _ if turn.is_some() => turn,
                _ if passive => {
                    verdict_dispute(&mut topics, scan, i, &marker, drule, &objects[rule])
                }
                DisputeFrame::Adverb => {
                    let mine = topics.of(i);
                    let weak = drule.strength == Strength::Weak;
                    // "But Flynn said Trump's comment was instead an expression
                    // of frustration": a turn that says what something was
                    // instead corrects the account just before, whatever its words.
                    let corrects = weak && says_instead(text, &c.span);
                    let need = match drule.strength {
                        _ if corrects => 1,
                        Strength::Strong => 2,
                        Strength::Weak => 4,
                    };
                    // A "but" inside a sentence turns against the sentence's own
                    // first half: only a claim of that sentence can be its target.
                    let mid = !opens_sentence(text, c, &marker);
                    let mut best: Option<(usize, usize)> = None;
                    // "However, the department declined to concur with that
                    // assessment": a strong turn whose claim names a claim with
                    // a demonstrative points at the claim just before, whatever
                    // its words.
                    if !weak && refers_back(text, &c.span, objects) {
                        best = earlier(text, analysis, engine, i, 1)
                            .next()
                            .filter(|&j| j + 2 >= i && !narration_between(claims, j, i))
                            .map(|j| (j, usize::MAX));
                    }
                    // "For years the Census denied any improper role. But in
                    // 2000, researchers disclosed documents that ...": a turn
                    // that opens the sentence right after another source's
                    // denial sets this account against the denial, whatever
                    // its words.
                    if weak && !mid && best.is_none() {
                        best = earlier(text, analysis, engine, i, 1)
                            .next()
                            .filter(|&j| {
                                j + 1 == i
                                    && !narration_between(claims, j, i)
                                    && denies(text, engine, &claims[j])
                            })
                            .map(|j| (j, usize::MAX));
                    }
                    // "Clinton pledged to raise incomes, not taxes. But some
                    // experts said it could be a difficult pledge to keep": a
                    // turn that opens the sentence of a body of specialists
                    // ("experts", "economists", "critics") weighs their
                    // judgement against the claim just before that shares a
                    // word with it; no denial need stand on either side.
                    if weak
                        && !mid
                        && best.is_none()
                        && specialists(engine, &analysis.sources[me].name)
                    {
                        for j in earlier(text, analysis, engine, i, 1)
                            .take_while(|&j| {
                                j + 3 >= i
                                    && !narration_between(claims, j, i)
                                    && !(j + 1..i).any(|k| asks(text, claims, k))
                            })
                            .collect::<Vec<_>>()
                        {
                            if topics.of(j).intersection(&mine).next().is_some() {
                                best = Some((j, usize::MAX));
                                break;
                            }
                        }
                    }
                    let candidates = earlier(text, analysis, engine, i, 2)
                        .take(if corrects { 1 } else { WINDOW })
                        .filter(|&j| !corrects || !narration_between(claims, j, i))
                        .collect::<Vec<_>>();
                    let pointed = best.is_some();
                    for j in candidates.into_iter().filter(|_| !pointed) {
                        if weak && mid && claims[j].sentence != c.sentence {
                            continue;
                        }
                        let theirs = topics.of(j);
                        let common = mine.intersection(&theirs).count();
                        let shared = common + usize::from(names_other(text, analysis, j, i));
                        // A short claim taken up word for word ("the trade deal
                        // was dead" ... "but the trade deal was not dead") needs
                        // only its own three topic words.
                        let whole = common >= 3 && common == theirs.len();
                        if (shared < need && !whole) || best.is_some_and(|(_, s)| shared <= s) {
                            continue;
                        }
                        if drule.about_source && !mentions(text, analysis, me, &claims[j]) {
                            continue;
                        }
                        // A weak marker also needs one claim to deny what the other
                        // asserts ("would balance" ... "would not balance").
                        if weak
                            && !corrects
                            && negated(text, &claims[j].span) == negated(text, &c.span)
                        {
                            continue;
                        }
                        best = Some((j, shared));
                    }
                    best.and_then(|(j, _)| {
                        Some((
                            claim_side(claims, j, false)?,
                            Side {
                                claim: i,
                                span: c.span.clone(),
                                source: SideSource::Known(me),
                            },
                        ))
                    })
                }
                DisputeFrame::Verb => match turn_subject(text, engine, c, &marker) {
                    // "The Saudis warned they could sell ..., even though many
                    // observers doubt they would": another source, in the same sentence.
                    Some(who) => {
                        let other = side_source(text, analysis, &nearby_sources(analysis, i), who);
                        let obj = object(
                            text,
                            drule,
                            Some(&text[marker.clone()]),
                            marker.end..c.sentence.end,
                            &objects[rule],
                        );
                        let side = claim_side(claims, i, false);
                        if other == SideSource::Known(me) || !names_a_claim(drule, &obj) {
                            None
                        } else if let Some(side) = side {
                            let end = trim_range(
                                text,
                                marker.end..content_end(text, marker.end, c.sentence.end),
                            )
                            .end;
                            Some((
                                side,
                                Side {
                                    claim: i,
                                    span: marker.start..end.max(marker.end),
                                    source: other,
                                },
                            ))
                        } else {
                            None
                        }
                    }
                    None => verb_dispute(
                        &mut topics,
                        scan,
                        i,
                        &marker,
                        drule,
                        &objects[rule],
                        SideSource::Known(me),
                    ),
                },
                DisputeFrame::Verdict => {
                    verdict_dispute(&mut topics, scan, i, &marker, drule, &objects[rule])
                }
                DisputeFrame::Negation => negation_dispute(&mut topics, i, &marker, drule),
                // Found for every claim, whoever its source, below.
                DisputeFrame::Between => None,
                DisputeFrame::Innocence => innocence_dispute(text, engine, analysis, i, &marker),
            };
            // One dispute per disputed claim and disputing sentence ("denied
            // meeting them, calling the report false").
            let found = found.filter(|(a, _)| {
                !out.iter()
                    .rev()
                    .take_while(|d| claims[d.sides[1].claim].sentence == c.sentence)
                    .any(|d| d.sides[0].claim == a.claim)
            });
            if let Some((a, b)) = found {
                out.push(Dispute {
                    claims: [a.claim, b.claim],
                    sides: [a, b],
                    marker: Some(marker),
                    rule: drule.id.clone(),
                    kind: drule.kind.as_str(),
                });
            }
        }
    }
    out.retain(|d| !same_referent(text, engine, analysis, d));
    out
}

/// Do a dispute's two sides name one person or body under two names? Sources
/// are told apart by name, and news names one person many ways: a surname
/// in another name ("Carson further" beside "Ben Carson", "the Trump
/// campaign" beside "Donald Trump"), or a description with no name of its own
/// ("the real estate mogul", "the former first lady") that the article also
/// sets right before or after the other side's name ("real estate mogul
/// Donald Trump", "Hillary Clinton, the former first lady"). A person does
/// not dispute themselves, so such a pair is no dispute.
fn same_referent(text: &str, engine: &Engine, analysis: &Analysis, d: &Dispute) -> bool {
    let a = d.source_name(0, text, analysis);
    let b = d.source_name(1, text, analysis);
    // The article around the dispute, up to a bounded stretch before it, so
    // that the check stays linear in a long text's length.
    let end = d
        .claims
        .iter()
        .map(|&c| analysis.claims[c].sentence.end)
        .max()
        .unwrap_or(text.len());
    let mut start = end.saturating_sub(NAME_LOOKBACK);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let scope = start..end;
    shares_surname(engine, &a, &b)
        || shares_surname(engine, &b, &a)
        || describes(text, &scope, engine, &a, &b)
        || describes(text, &scope, engine, &b, &a)
}

/// How far before a dispute `describes` looks for the name beside its
/// description: the article's opening stretch at news length.
const NAME_LOOKBACK: usize = 16 * 1024;

/// The capitalised words of a name, without its possessive endings.
fn name_words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-' | '.'))
        .map(|w| bare(w.trim_end_matches('.')))
        .filter(|w| !w.is_empty())
        .collect()
}

/// `person` is a name of two or more capitalised words whose last word (the
/// surname) is a capitalised word of `other` that is no role or party word.
/// The people around a person are others: a campaign or a spokesman may
/// well correct their candidate.
fn shares_surname(engine: &Engine, person: &str, other: &str) -> bool {
    const ENTOURAGE: &[&str] = &[
        "campaign",
        "team",
        "aide",
        "aides",
        "staff",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "allies",
        "camp",
        "office",
        "administration",
        "family",
        "wife",
        "husband",
        "son",
        "daughter",
    ];
    let ws = name_words(person);
    if ws.len() < 2 || !ws.iter().all(|w| capitalised(w)) {
        return false;
    }
    let surname = ws[ws.len() - 1];
    let other = name_words(other);
    surname.chars().count() >= 3
        && !engine.lexicon.has(LexiconClass::TitleWord, surname)
        && other.contains(&surname)
        && !other
            .iter()
            .any(|w| ENTOURAGE.iter().any(|e| w.eq_ignore_ascii_case(e)))
}

/// `desc` is a description with no name of its own (its capitalised words
/// are role or party words, or an opening possessive), and the article puts
/// its head word in the title before `name` ("mogul Donald Trump") or in an
/// apposition after it ("Donald Trump, the real estate mogul").
fn describes(text: &str, scope: &Range<usize>, engine: &Engine, desc: &str, name: &str) -> bool {
    let dw = name_words(desc);
    let nw = name_words(name);
    let lex = &engine.lexicon;
    // An indefinite description brings in someone new ("a campaign aide").
    if dw.first().is_some_and(|w| {
        [
            "a", "an", "one", "some", "another", "several", "two", "three",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
    }) {
        return false;
    }
    let no_name = dw.iter().enumerate().all(|(i, w)| {
        !capitalised(w)
            || lex.has(LexiconClass::TitleWord, w)
            || (i == 0 && (w.eq_ignore_ascii_case("the") || desc.contains(['\'', '’'])))
    });
    let (Some(head), Some(&surname)) = (dw.last(), nw.last()) else {
        return false;
    };
    if !no_name || nw.len() < 2 || !nw.iter().all(|w| capitalised(w)) || capitalised(head) {
        return false;
    }
    let head = head.to_lowercase();
    // Every other word of the description stands with the head: "the
    // Republican nominee" is not "Democratic nominee Hillary Clinton", and
    // "Grayson's spokeswoman" is not Murphy's.
    let modifiers: Vec<String> = dw[..dw.len() - 1]
        .iter()
        .enumerate()
        .filter(|&(i, w)| !(i == 0 && w.eq_ignore_ascii_case("the")) && *w != "and")
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let modifiers_in = |ws: &[&str]| {
        modifiers.iter().all(|m| {
            ws.iter().take(6).any(|w| {
                bare(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')).to_lowercase()
                    == *m
            })
        })
    };
    let is_head = |w: &str| {
        let w = bare(w).to_lowercase();
        w == head || w.strip_suffix('s') == Some(head.as_str())
    };
    let mut from = scope.start;
    while let Some(k) = text[from..scope.end].find(surname) {
        let at = from + k;
        from = at + surname.len();
        let bounded = !text[..at].ends_with(|c: char| c.is_alphanumeric())
            && !text[from..].starts_with(|c: char| c.is_alphanumeric());
        if !bounded {
            continue;
        }
        // The head right before the name's first word, within the sentence.
        let before = &text[text[..at].rfind(['.', '\n', ';']).map_or(0, |p| p + 1)..at];
        let mut words = before.split_whitespace().rev();
        // The name's other words stand right before its surname ("Donald" in
        // "mogul Donald Trump"); a surname alone is another sentence's
        // object ("The town said Hale's claim was false" is not Tom Hale's town).
        let whole_name = nw[..nw.len() - 1].iter().rev().all(|n| {
            words.next().is_some_and(|w| {
                bare(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
                    .trim_end_matches('.')
                    == *n
            })
        });
        let title: Vec<&str> = words.collect();
        if whole_name && title.first().is_some_and(|w| is_head(w)) && modifiers_in(&title[1..]) {
            return true;
        }
        // An apposition ending in the head right after the name: ", the real
        // estate mogul,".
        if let Some(rest) = text[from..].strip_prefix(',') {
            let end = rest.find([',', '.', ';', '\n']).unwrap_or(rest.len());
            let appos: Vec<&str> = rest[..end].split_whitespace().collect();
            if appos.len() <= 6 && appos.last().is_some_and(|w| is_head(w)) && modifiers_in(&appos)
            {
                return true;
            }
        }
    }
    false
}

/// The named source of an attribution nested in claim `c` whose cue the
/// marker holds or is ("the auditor *said only* that ..." inside the fact
/// checkers' claim).
fn nested_holder(
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
fn disputing_source(analysis: &Analysis, engine: &Engine, c: &Claim) -> Option<usize> {
    // A reaction drawn ("The report sparked backlash from the press",
    // cue.drawn-reaction) is the press's reaction to what the claim says, not
    // a claim of theirs: it takes no side in a dispute.
    if c.attribution.status == Status::Unattributed
        || c.attribution.rule.as_deref() == Some("cue.drawn-reaction")
    {
        return None;
    }
    c.attribution
        .source
        .filter(|&s| has_name(engine, &analysis.sources[s].name))
}

fn sourced(analysis: &Analysis, engine: &Engine, c: &Claim) -> bool {
    disputing_source(analysis, engine, c).is_some()
}

/// Is this a name, not a left-over pronoun or abbreviated title ("who", "Mr", "There’s")?
fn has_name(engine: &Engine, name: &str) -> bool {
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
fn earlier<'a>(
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

/// Is the source's name a group of specialists ("some experts", "many
/// economists", "legal scholars"): its last word a `specialist_noun` of the
/// lexicon, and
/// no person with them ("he and election-law experts", "Ward and other
/// experts" speak for that person too)?
fn specialists(engine: &Engine, name: &str) -> bool {
    let ws: Vec<&str> = name.split_whitespace().collect();
    ws.last()
        .is_some_and(|w| engine.lexicon.has(LexiconClass::SpecialistNoun, w))
        && !ws
            .iter()
            .any(|w| capitalised(w) || engine.lexicon.has(LexiconClass::Pronoun, &w.to_lowercase()))
}

/// Is the claim's cue a verb of denial ("denied", "rejects")?
fn denies(text: &str, engine: &Engine, c: &Claim) -> bool {
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
const HOLDER_REACH: usize = 4 * WINDOW;

/// The claim that a reference to a holder's words names when the holder has
/// no claim in the window: the holder's earliest claim within
/// `HOLDER_REACH` claims before claim `i`. Reactions reported many
/// paragraphs on ("Local politicians also fired back at Trump's comments",
/// "Trump's comments are not actual facts") answer the remark the article
/// opened on, not its restatements in between.
fn first_claim_of(
    text: &str,
    analysis: &Analysis,
    engine: &Engine,
    i: usize,
    holder: &Range<usize>,
    is_me: &dyn Fn(usize) -> bool,
) -> Option<usize> {
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

/// May claim `i` dispute claim `j`: of another named source, at most
/// `max_par` paragraphs apart, and not a question or a request?
fn disputable(
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
fn nearby_sources(analysis: &Analysis, i: usize) -> Vec<usize> {
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

impl SideSource {
    /// Is analysis source `s` this side's source?
    fn is(&self, text: &str, analysis: &Analysis, s: usize) -> bool {
        match self {
            SideSource::Known(m) => *m == s,
            SideSource::Named(r) => names_source(text, r, analysis, s),
        }
    }
}

/// Who holds a claim that claim `i`'s sentence names with its holder
/// ("dismissed Sanders’ accusations that Z", "Contrary to Lazar's claims"):
/// a source nearby whom the holder's words name, else those words. `None`
/// when the holder is the disputing side `me` itself: no one disputes
/// themselves.
fn holder_source(
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

/// The topic of each claim, computed once.
struct Topics<'a> {
    text: &'a str,
    engine: &'a Engine,
    analysis: &'a Analysis,
    cache: Vec<Option<HashSet<String>>>,
}

impl Topics<'_> {
    /// What the claim's source and cue leave out of range `r`.
    fn skip(&self, c: &Claim, r: &Range<usize>) -> Vec<Range<usize>> {
        let a = &c.attribution;
        let mut skip: Vec<Range<usize>> = Vec::new();
        skip.extend(a.source_mention.clone());
        skip.extend(a.cue.clone());
        // A source's mentions come sorted and none inside another (`attribute`
        // makes them so): only those meeting `r` can hold one of its words, and
        // a source named all through a long article would otherwise be checked
        // against every word of every claim.
        let near = |s: usize| {
            let m = &self.analysis.sources[s].mentions;
            let lo = m.partition_point(|k| k.end <= r.start);
            let hi = m.partition_point(|k| k.start < r.end).max(lo);
            m[lo..hi].iter().cloned()
        };
        for v in &a.via {
            skip.extend(near(*v));
        }
        if let Some(s) = a.source {
            skip.extend(near(s));
        }
        skip
    }

    fn of(&mut self, i: usize) -> HashSet<String> {
        if let Some(t) = &self.cache[i] {
            return t.clone();
        }
        let claims = &self.analysis.claims;
        let c = &claims[i];
        // Claims split from one sentence only own their clause.
        let shares_sentence = (i > 0 && claims[i - 1].sentence == c.sentence)
            || claims.get(i + 1).is_some_and(|n| n.sentence == c.sentence);
        let r = if shares_sentence {
            c.span.clone()
        } else {
            c.sentence.clone()
        };
        let t = topic(self.text, &r, &self.skip(c, &r), self.engine);
        self.cache[i] = Some(t.clone());
        t
    }

    /// The topic of a range of claim `i`.
    fn of_range(&self, i: usize, r: &Range<usize>) -> HashSet<String> {
        topic(
            self.text,
            r,
            &self.skip(&self.analysis.claims[i], r),
            self.engine,
        )
    }
}

/// The dispute a verb marker in claim `i` makes, if its object is a claim:
/// the disputed side, then the disputing one.
#[allow(clippy::too_many_arguments)]
fn verb_dispute(
    topics: &mut Topics,
    scan: &Scan,
    i: usize,
    marker: &Range<usize>,
    drule: &DisputeRule,
    objects: &HashSet<String>,
    me: SideSource,
) -> Option<(Side, Side)> {
    let (text, analysis) = (topics.text, topics.analysis);
    let claims = &analysis.claims;
    let c = &claims[i];
    let source_of = |j: usize| claims[j].attribution.source;
    // Is this (an analysis source) the one who disputes?
    let is_me = |s: usize| me.is(text, analysis, s);
    let others = |max_par: usize| {
        earlier(text, analysis, topics.engine, i, max_par)
            .filter(move |&j| source_of(j).is_some_and(|s| !is_me(s)))
    };
    // A lead may report a denial before the account it denies ("The minister
    // denied meeting the lobbyists. ... The newspaper reported that the
    // minister met them."): the later claims of the same bounded window, so
    // the cost stays linear. The account asserts what the denial names, so
    // it is negated only if that is.
    let engine = topics.engine;
    let following = move |max_par: usize, negative: bool| {
        (i + 1..(i + 1 + WINDOW).min(claims.len())).filter(move |&j| {
            disputable(text, analysis, engine, i, j, max_par)
                && source_of(j).is_some_and(|s| !is_me(s))
                && negated(text, &claims[j].span) == negative
        })
    };
    // A doubt or a challenge voiced before an account must share more of
    // its words than a denial does ("Some doubt that there will be any
    // change to the network" is not aimed at "most know they can rely on the
    // network's ties to voters"; "Observers doubt the stadium will pay for
    // itself" is at "the mayor said the stadium will pay for itself").
    let ahead_on_topic = |topics: &mut Topics, ahead: Vec<usize>, mine: &HashSet<String>| {
        ahead
            .into_iter()
            .filter(|&j| {
                drule.kind == DisputeKind::Denial || topics.of(j).intersection(mine).count() >= 3
            })
            .collect::<Vec<_>>()
    };
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
        && let Some((h, content)) = opener_content(text, c, marker, objects)
    {
        let source = side_source(text, analysis, &nearby_sources(analysis, i), h);
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
        return Some((
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
        ));
    }
    // The disputing words: the marker and its object, and what the source goes
    // on to say in the same sentence ("pushed back on those claims, saying ...").
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
    let mut said_end = trim_range(
        text,
        marker.end..content_end(text, marker.end, c.sentence.end),
    )
    .end;
    if c.span.start >= marker.end {
        said_end = said_end.max(c.span.end);
    }
    for n in claims.iter().skip(i + 1) {
        if n.sentence != c.sentence || !n.attribution.source.is_some_and(is_me) {
            break;
        }
        said_end = said_end.max(n.span.end);
    }
    // "said that was not her view and dismissed those reports": a statement
    // of the same source joined to the marker by "and" is part of the answer.
    let mut said_start = marker.start;
    for n in claims[..i].iter().rev() {
        if n.sentence != c.sentence
            || !n.attribution.source.is_some_and(is_me)
            || n.span.end > said_start
            || !text[n.span.end..said_start]
                .trim_matches(|ch: char| ch == ',' || ch.is_whitespace())
                .eq_ignore_ascii_case("and")
        {
            break;
        }
        said_start = n.span.start;
    }
    let disputing = |end: usize| Side {
        claim: i,
        span: said_start..end.max(marker.end),
        source: me.clone(),
    };
    // A combative answer ("fired back in a statement, saying ...", "countered
    // that ...") answers the claim of another source just before, with no
    // narration between, whatever its words.
    let answered = |others: &mut dyn Iterator<Item = usize>| {
        if !drule.answers {
            return None;
        }
        others
            .take_while(|&j| j + 3 >= i && !narration_between(claims, j, i))
            .next()
    };
    // An answer with an object of its own ("countered the proposal with
    // one of her own", "shot back with a laugh") is no answer to a claim.
    let own_object = words(text, marker.end..c.sentence.end)
        .first()
        .is_some_and(|w| {
            let w = text[w.clone()].to_lowercase();
            w == "with" || DETERMINERS.contains(&w.as_str()) || PERSONS.contains(&w.as_str())
        });
    match obj {
        Object::Nothing => {
            if own_object {
                return None;
            }
            let j = answered(&mut others(1))?;
            Some((claim_side(claims, j, false)?, disputing(said_end)))
        }
        Object::Content { holder, content } => {
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
                let source = holder_source(text, analysis, i, &h, &me)?;
                return Some((
                    Side {
                        claim: i,
                        span: content,
                        source,
                    },
                    disputing(np_end),
                ));
            }
            // "rejected the notion that Z": whose notion? An earlier claim of
            // another source on the same topic, if any, else a later one.
            let mine = topics.of_range(i, &content);
            let j = on_topic(topics, others(2), &mine, |_| 0)
                .or_else(|| {
                    let ahead = following(2, negated(text, &content)).collect::<Vec<_>>();
                    let ahead = ahead_on_topic(topics, ahead, &mine);
                    on_topic(topics, ahead.into_iter(), &mine, |_| 0)
                })
                .or_else(|| turned_against(text, analysis, others(1), i, marker))
                .or_else(|| answered(&mut others(1)))?;
            Some((claim_side(claims, j, false)?, disputing(content.end)))
        }
        Object::Anaphor {
            holder: Some(h),
            noun,
            ..
        } => {
            // "rejected Clinton’s claim", "differ with Pence’s interpretation
            // of his remarks": of that source's claims, which the name makes
            // sure of, the one the words after the noun meet ("remarks"),
            // else the nearest.
            let theirs: Vec<usize> = others(3)
                .filter(|&j| source_of(j).is_some_and(|s| names_source(text, &h, analysis, s)))
                .collect();
            let want = noun.clone().map_or_else(HashSet::new, |n| {
                let end = text[n.end..c.sentence.end]
                    .find([',', ';', '—', '–', '.'])
                    .map_or(c.sentence.end, |p| n.end + p);
                topics.of_range(i, &(n.end..end))
            });
            let meets = |j: usize, topics: &mut Topics| want.intersection(&topics.of(j)).count();
            let mut best: Option<(usize, usize)> = None;
            for &j in &theirs {
                let n = meets(j, topics);
                if n > 0 && best.is_none_or(|(_, s)| n > s) {
                    best = Some((j, n));
                }
            }
            // "Local politicians fired back at Trump's comments", many
            // paragraphs after them: the holder's first claim further back.
            let opener = noun.is_some() && opens_sentence(text, c, marker);
            let far = || {
                (!opener)
                    .then(|| first_claim_of(text, analysis, engine, i, &h, &is_me))
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
                let source = holder_source(text, analysis, i, &h, &me)?;
                let end = trim_range(text, marker.start..c.sentence.end).end;
                return Some((
                    Side {
                        claim: i,
                        span: h.start..n.end,
                        source,
                    },
                    Side {
                        claim: i,
                        span: marker.start..end,
                        source: me,
                    },
                ));
            };
            Some((claim_side(claims, j, true)?, disputing(said_end)))
        }
        Object::Person { holder: Some(h) } => {
            // "pushed back against Sanders": the nearest claims of that source.
            let j = others(3)
                .find(|&j| source_of(j).is_some_and(|s| names_source(text, &h, analysis, s)))?;
            Some((claim_side(claims, j, true)?, disputing(said_end)))
        }
        anaphor @ Object::Anaphor { holder: None, .. } => {
            // "rejected that idea", "denied the fraud claims": the claim just before.
            let a = referent(topics, scan, i, &is_me, &anaphor, objects)?;
            Some((a, disputing(said_end)))
        }
        Object::Person { holder: None } => {
            let j = others(1)
                .take_while(|&j| j + 3 >= i && !narration_between(claims, j, i))
                .next()?;
            Some((claim_side(claims, j, false)?, disputing(said_end)))
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
            let a = nearest_accusation(text, topics.engine, analysis, i, &is_me)?;
            Some((a, disputing(said_end)))
        }
        Object::Clause(what) => {
            // What is denied, not the whole sentence, must meet the earlier claim.
            let mine = topics.of_range(i, &what);
            // "The minister met lobbyists" ... "The minister denied meeting them":
            // the claim is about the one who denies it.
            let about_me = |j: usize| {
                usize::from(
                    matches!(me, SideSource::Known(m) if names_subject(text, analysis, j, m)),
                )
            };
            let j = on_topic(topics, others(2), &mine, about_me)
                .or_else(|| {
                    let ahead = following(2, negated(text, &what)).collect::<Vec<_>>();
                    let ahead = ahead_on_topic(topics, ahead, &mine);
                    on_topic(topics, ahead.into_iter(), &mine, about_me)
                })
                .or_else(|| turned_against(text, analysis, others(1), i, marker))
                .or_else(|| answered(&mut others(1)))?;
            Some((claim_side(claims, j, false)?, disputing(said_end)))
        }
    }
}

/// The claim a denial turns against when what it denies shares no words
/// with it: "The Journal reported that Z, but her team denied that W", or
/// "The Journal reported that Z. But her team denied that W." The claim of
/// another source just before, in the same sentence with a turn ("but",
/// "though") between it and the marker, or in the sentence before when the
/// marker's sentence opens on a turn, with no narration between.
fn turned_against(
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

/// Does the range name a claim with a demonstrative ("that assessment",
/// "those claims", "this account"), a claim noun of any dispute rule?
fn refers_back(text: &str, r: &Range<usize>, objects: &[HashSet<String>]) -> bool {
    let ws = words(text, r.clone());
    ws.windows(2).any(|p| {
        matches!(
            text[p[0].clone()].to_lowercase().as_str(),
            "that" | "this" | "these" | "those"
        ) && {
            let w = bare(&text[p[1].clone()]).to_lowercase();
            objects.iter().any(|o| o.contains(&w))
        }
    })
}

/// Of `candidates` (nearest first), the claim that shares the most topic
/// words with `mine`, two at least; `bonus` counts what else ties a claim to
/// the dispute (it is about the one who disputes it).
fn on_topic(
    topics: &mut Topics,
    candidates: impl Iterator<Item = usize>,
    mine: &HashSet<String>,
    bonus: impl Fn(usize) -> usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for j in candidates {
        let shared = mine.intersection(&topics.of(j)).count() + bonus(j);
        if shared >= 2 && best.is_none_or(|(_, s)| shared > s) {
            best = Some((j, shared));
        }
    }
    best.map(|(j, _)| j)
}

/// A claim noun with its content in the phrase a marker opens a sentence
/// with, before the comma that ends it ("..., including suggestions that Z,
/// Carter stressed ..."), and its holder named after "by" before the noun
/// ("policies expounded by Donald Trump"): the holder and the content.
fn opener_content(
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

/// A source's statement of its own innocence, "we have absolutely no
/// violations", "she did nothing wrong": the verb before the marker (past
/// adverbs) has, did or committed it. It answers the nearest accusation
/// before, as "denied any wrongdoing" does.
fn innocence_dispute(
    text: &str,
    engine: &Engine,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
) -> Option<(Side, Side)> {
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
    let a = nearest_accusation(text, engine, analysis, i, &|s| s == me)?;
    Some((
        a,
        Side {
            claim: i,
            span: c.span.clone(),
            source: SideSource::Known(me),
        },
    ))
}

/// The nearest character boundary at or before byte `i`.
fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Is the marker followed by "by" and a reporting verb ("responded by saying")?
fn by_saying(text: &str, scan: &Scan, marker: &Range<usize>, end: usize) -> bool {
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
const AUXILIARIES: &[&str] = &[
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
fn subject_of(text: &str, c: &Claim, m: &Range<usize>) -> Option<Range<usize>> {
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
fn plural_subject(
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
fn subject_after_opener(text: &str, c: &Claim, m: &Range<usize>) -> Option<Range<usize>> {
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

/// A verb marker that closes a relative clause on a claim noun set after
/// what a sentence says: "The documents raised questions about whether Z, a
/// charge that Mrs. Clinton has always denied." The verb's object is the
/// claim noun (nothing follows the verb but the end of the clause), and the
/// noun stands for what comes before its comma: Z, of the clause's own
/// source (or its subject), disputed by the relative clause's subject.
fn relative_dispute(
    text: &str,
    engine: &Engine,
    analysis: &Analysis,
    i: usize,
    m: &Range<usize>,
    objects: &HashSet<String>,
) -> Option<(Side, Side)> {
    let c = &analysis.claims[i];
    // Nothing after the verb but the end of its clause.
    let after = text[m.end..c.sentence.end].trim_start();
    if !(after.is_empty() || after.starts_with(['.', ',', ';', '—', '–', '"', '”', ')'])) {
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
        let rest_aux =
            (k..ws.len()).all(|x| AUXILIARIES.contains(&lw(x).as_str()) || lw(x).ends_with("ly"));
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
fn remarks_response(
    text: &str,
    engine: &Engine,
    analysis: &Analysis,
    i: usize,
    m: &Range<usize>,
    drule: &DisputeRule,
    objects: &HashSet<String>,
) -> Option<(Side, Side)> {
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
fn between_dispute(
    text: &str,
    analysis: &Analysis,
    i: usize,
    m: &Range<usize>,
    objects: &HashSet<String>,
) -> Option<(Side, Side)> {
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

/// Two sides inside claim `i`, each its words and their source: a dispute
/// inside one sentence.
fn both_in(i: usize, a: (Range<usize>, SideSource), b: (Range<usize>, SideSource)) -> (Side, Side) {
    let side = |(span, source): (Range<usize>, SideSource)| Side {
        claim: i,
        span,
        source,
    };
    (side(a), side(b))
}

/// Words that turn a sentence to another subject after what a source said.
const TURNS: &[&str] = &["but", "although", "though", "while", "whereas", "yet"];

/// The subject of a verb marker that follows a claim's content after a turn
/// ("..., even though many observers doubt ...", "..., but the company denied
/// ..."), when it is not a pronoun (most often the same source).
fn turn_subject(text: &str, engine: &Engine, c: &Claim, m: &Range<usize>) -> Option<Range<usize>> {
    if m.start < c.span.end
        || c.attribution
            .cue
            .as_ref()
            .is_some_and(|cue| cue.start <= m.start && m.end <= cue.end)
    {
        return None;
    }
    let ws = words(text, c.span.end..m.start);
    let turn = ws
        .iter()
        .position(|w| TURNS.contains(&text[w.clone()].to_lowercase().as_str()))?;
    // Only the turn (and "even") may stand between the content and the turn.
    if ws[..turn]
        .iter()
        .any(|w| !text[w.clone()].eq_ignore_ascii_case("even"))
    {
        return None;
    }
    named_subject(text, engine, ws[turn + 1..].to_vec(), 6)
}

/// The noun phrase in `ws` without trailing auxiliaries and adverbs ("Smith has
/// repeatedly"), when it names someone: at most `max` words, not a pronoun or "there".
fn named_subject(
    text: &str,
    engine: &Engine,
    mut ws: Vec<Range<usize>>,
    max: usize,
) -> Option<Range<usize>> {
    while ws.last().is_some_and(|w| {
        let lw = text[w.clone()].to_lowercase();
        AUXILIARIES.contains(&lw.as_str()) || lw.ends_with("ly")
    }) {
        ws.pop();
    }
    let first = ws.first()?;
    let lw = text[first.clone()].to_lowercase();
    if ws.len() > max || engine.lexicon.has(LexiconClass::Pronoun, &lw) || lw == "there" {
        return None;
    }
    Some(first.start..ws.last()?.end)
}

/// Does the range say what something is "instead" (not "instead of" one
/// thing, which sets two things side by side)?
fn says_instead(text: &str, r: &Range<usize>) -> bool {
    let ws = words(text, r.clone());
    ws.iter().enumerate().any(|(k, w)| {
        text[w.clone()].eq_ignore_ascii_case("instead")
            && !ws
                .get(k + 1)
                .is_some_and(|n| text[n.clone()].eq_ignore_ascii_case("of"))
    })
}

/// Does the range say "not", "never", "no"?
fn negated(text: &str, r: &Range<usize>) -> bool {
    words(text, r.clone()).into_iter().any(|w| {
        let w = text[w].to_lowercase();
        matches!(
            w.as_str(),
            "not" | "never" | "no" | "nothing" | "neither" | "nor"
        ) || w.ends_with("n't")
            || w.ends_with("n’t")
    })
}

/// Words that may stand between a verdict and its verb ("is simply not true").
const VERDICT_ADVERBS: &[&str] = &[
    "simply", "just", "all", "both", "also", "so", "very", "quite", "still", "being", "not",
];
/// Verbs that link a subject to a verdict ("is false", "had no substance").
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re",
];
/// Verbs that put a verdict on their object ("calling the report false").
const CALLING: &[&str] = &[
    "call", "calls", "called", "calling", "labeled", "labelled", "branded", "deemed", "proved",
    "proves", "proven",
];

/// The dispute a verdict ("is not true", "calling the report false") in claim
/// `i` makes, if what it judges is a claim: the disputed side, then the
/// disputing one.
fn verdict_dispute(
    topics: &mut Topics,
    scan: &Scan,
    i: usize,
    marker: &Range<usize>,
    drule: &DisputeRule,
    objects: &HashSet<String>,
) -> Option<(Side, Side)> {
    let (text, analysis) = (topics.text, topics.analysis);
    let claims = &analysis.claims;
    let c = &claims[i];
    let me = c.attribution.source?;
    // A verdict that overlaps the cue ("made up" where a user's pack makes
    // "made" a cue) or stands before the content judges none of its words.
    if marker.start < c.span.start || marker.end > c.sentence.end {
        return None;
    }

    // "It is wrong to cut ...", "it is absurd that ...", "wrong for him to
    // go": the verdict is on what follows, not on a claim; but "delusional
    // for the accusation" judges the one who made it.
    let next = words(text, marker.end..c.sentence.end);
    let lw = |k: usize| {
        next.get(k)
            .map(|w| bare(&text[w.clone()]).to_lowercase())
            .unwrap_or_default()
    };
    let for_claim = lw(0) == "for" && (1..4).any(|k| objects.contains(&lw(k)));
    if lw(0) == "for"
        && let Some(d) = verdict_for_saying(text, analysis, i, marker, &next, me)
    {
        return Some(d);
    }
    if matches!(lw(0).as_str(), "to" | "that" | "for") && !for_claim {
        return None;
    }
    let ws = words(text, c.span.start..marker.start);
    // Back over adverbs to the verb: "is simply not true", "It’s nonsense",
    // "had no substance", "calling the report false".
    let mut k = ws.len();
    while k > 0 && {
        let w = text[ws[k - 1].clone()].to_lowercase();
        VERDICT_ADVERBS.contains(&w.as_str()) || w.ends_with("ly")
    } {
        k -= 1;
    }
    // "Trump's comments are based on his opinion, not actual facts": a
    // negated verdict after a comma corrects the predicate before it; its
    // verb is that clause's copula, a few words back.
    if text[marker.clone()].to_lowercase().starts_with("not ")
        && k > 0
        && text[ws[k - 1].end..marker.start].trim() == ","
        && let Some(q) = (k.saturating_sub(6)..k).rev().find(|&q| {
            COPULAS.contains(&text[ws[q].clone()].to_lowercase().as_str())
                && !text[ws[q].end..ws[k - 1].end].contains([',', ';'])
        })
    {
        k = q + 1;
    }
    // "The president’s rationales don’t hold water": a verdict that carries
    // its own verb; its subject is the words before it.
    let predicate = text[marker.clone()]
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            matches!(
                w.to_lowercase().replace('’', "'").as_str(),
                "do" | "does" | "did" | "don't" | "doesn't" | "didn't"
                // "This flies in the face of ...", "runs counter to ...".
                    | "flies" | "fly" | "flew" | "runs" | "run" | "ran"
            )
        });
    let verb = if predicate {
        marker.start..marker.start
    } else {
        ws.get(k.checked_sub(1)?)?.clone()
    };
    let vw = text[verb.clone()].to_lowercase();
    let has = matches!(vw.as_str(), "had" | "has" | "have")
        && text[marker.clone()].to_lowercase().starts_with("no ");
    // "Fields had made up the story": a verdict that is a verb, on a claim
    // of the one named as its subject.
    // A verb of denial as a verdict ("are easily refuted") is one only in
    // the passive, after a copula; its subject may carry the claim in an
    // appositive ("their arguments, like that Z, are easily refuted").
    let mw = text[marker.clone()].to_lowercase();
    if topics
        .engine
        .disputes
        .iter()
        .any(|r| r.frame == DisputeFrame::Verb && r.words.contains(&mw))
    {
        if !COPULAS.contains(&vw.as_str()) {
            return None;
        }
        if let Some(a) = appositive_claim(text, analysis, i, &verb, me) {
            let disputing = Side {
                claim: i,
                span: verb.start..marker.end,
                source: SideSource::Known(me),
            };
            return Some((a, disputing));
        }
    }
    if !predicate && let Some(d) = verdict_verb(topics, i, &ws[..k], marker, objects, me) {
        return Some(d);
    }
    let subject: Range<usize> = if COPULAS.contains(&vw.as_str()) || has || predicate {
        // The subject runs back to the start of its clause.
        let stop = text[c.span.start..verb.start]
            .char_indices()
            .rev()
            .find(|(_, ch)| matches!(ch, ',' | ';' | '—' | '–' | '“' | '"' | '(' | ':'))
            .map(|(p, ch)| c.span.start + p + ch.len_utf8())
            .unwrap_or(c.span.start);
        // A holder before a quotation of the claim: Trump's "assertion that ...".
        let stop = holder_before_quote(text, c.span.start, stop).unwrap_or(stop);
        let mut sub: Vec<Range<usize>> = words(text, stop..verb.start);
        // "... and that is just not true": a pronoun after a conjunction is
        // the subject of its own clause.
        let n = sub.len();
        if n >= 3
            && ANAPHORS.contains(&text[sub[n - 1].clone()].to_lowercase().as_str())
            && matches!(
                text[sub[n - 2].clone()].to_lowercase().as_str(),
                "and" | "but" | "so" | "yet"
            )
        {
            sub.drain(..n - 1);
        }
        // Without the conjunction that opens the clause ("said that the report
        // is false"), but "That is not true" keeps its subject.
        // "that claim was false" keeps its determiner.
        while sub.len() > 1
            && matches!(
                text[sub[0].clone()].to_lowercase().as_str(),
                "that" | "and" | "but" | "because" | "so"
            )
            && !objects.contains(&bare(&text[sub[1].clone()]).to_lowercase())
        {
            sub.remove(0);
        }
        let first = sub.first()?.start;
        first..sub.last()?.end
    } else if bare(&vw).len() < vw.len() && ANAPHORS.contains(&bare(&vw).to_lowercase().as_str()) {
        // "It’s nonsense", "That’s not true".
        verb.start..verb.start + bare(&text[verb.clone()]).len()
    } else {
        // "calling the report false": the words between the verb and the
        // verdict. The verb may be the claim's cue ("X called those claims
        // baseless"), before what is claimed.
        let end = ws[k - 1].end;
        let from = clause_start(claims, i).min(c.span.start);
        let wide = words(text, from..end);
        let call = (wide.len().saturating_sub(7)..wide.len().saturating_sub(1))
            .rev()
            .find(|&x| CALLING.contains(&text[wide[x].clone()].to_lowercase().as_str()))?;
        wide[call + 1].start..end
    };
    // "I’m the one that’s wrong": "that" after a noun phrase is a relative
    // pronoun, and the verdict is on the noun, not on a claim.
    if text[subject.clone()].eq_ignore_ascii_case("that") {
        let before = words(text, c.sentence.start..subject.start);
        let lw = |k: usize| {
            before
                .len()
                .checked_sub(k)
                .map(|x| text[before[x].clone()].to_lowercase())
                .unwrap_or_default()
        };
        let adjacent = before
            .last()
            .is_some_and(|w| text[w.end..subject.start].trim().is_empty());
        if adjacent
            && (matches!(lw(1).as_str(), "one" | "ones")
                || matches!(lw(2).as_str(), "the" | "a" | "an"))
        {
            return None;
        }
    }
    // A claim reported earlier in the same words ("they argue Z, and that is
    // not true", "Trump thinks that Z -- London has proved him wrong") is
    // disputed inside this sentence, not an earlier claim.
    if let Some((cue, _)) = within(&scan.cues, &(c.span.start..subject.start))
        .iter()
        .rfind(|(m, _)| c.sentence.start <= m.start)
        // Not the verdict's own verb ("calling Doe delusional").
        .filter(|(m, _)| !CALLING.contains(&text[m.clone()].to_lowercase().as_str()))
    {
        return nested_verdict(text, analysis, i, cue, &subject, marker, me);
    }
    let disputing = Side {
        claim: i,
        span: subject.start..marker.end,
        source: SideSource::Known(me),
    };
    // "the families were wrong in their recollections that Z": Z, theirs.
    if let Some(d) = verdict_on_content(text, analysis, i, &subject, marker, objects, me) {
        return Some((d, disputing));
    }
    let source_of = |j: usize| claims[j].attribution.source;
    let by_holder = |h: &Range<usize>| {
        earlier(text, analysis, topics.engine, i, 3)
            .find(|&j| source_of(j).is_some_and(|s| names_source(text, h, analysis, s)))
    };
    match object(text, drule, None, subject.clone(), objects) {
        // "Rubio’s claim that Cruz favours amnesty is not true": Rubio’s claim
        // before, or the words here.
        Object::Content {
            holder: Some(h),
            content,
        } => match by_holder(&h) {
            Some(j) => Some((claim_side(claims, j, true)?, disputing)),
            None => {
                let known = nearby_sources(analysis, i)
                    .into_iter()
                    .filter(|&s| names_source(text, &h, analysis, s))
                    .min_by_key(|&s| usize::from(s != me));
                if known == Some(me) {
                    return None;
                }
                let source = known.map(SideSource::Known).unwrap_or(SideSource::Named(h));
                Some((
                    Side {
                        claim: i,
                        span: content,
                        source,
                    },
                    disputing,
                ))
            }
        },
        Object::Anaphor {
            holder: Some(h), ..
        } => match by_holder(&h) {
            Some(j) => Some((claim_side(claims, j, true)?, disputing)),
            // "the president’s claims about retaliation are unfounded", of a
            // holder no source of the article is named as: the claim before
            // on the topic the subject names.
            None => {
                // Else, of a holder many paragraphs back ("Trump's comments
                // are based on his opinion, not actual facts"), the claim of
                // that holder the article opened on.
                let j = by_topic(topics, i, &subject, &h, me, objects).or_else(|| {
                    first_claim_of(text, analysis, topics.engine, i, &h, &|s| s == me)
                })?;
                Some((claim_side(claims, j, false)?, disputing))
            }
        },
        anaphor @ Object::Anaphor { holder: None, .. } => {
            let a = referent(topics, scan, i, &|s| s == me, &anaphor, objects)?;
            Some((a, disputing))
        }
        // "The governor's office said Hale was wrong": a verdict on a
        // source named as the subject is a verdict on what it said.
        _ => {
            let named = words(text, subject.clone());
            let name = named
                .iter()
                .skip_while(|w| text[(*w).clone()].eq_ignore_ascii_case("the"))
                .cloned()
                .collect::<Vec<_>>();
            // "Hale", or a role: "the senator".
            let role = named.len() == 2 && name.len() == 1;
            if name.is_empty()
                || name.len() > 4
                || !(role || name.iter().all(|w| capitalised(&text[w.clone()])))
            {
                return None;
            }
            let holder = if role {
                subject.clone()
            } else {
                name[0].start..name[name.len() - 1].end
            };
            let j = by_holder(&holder)?;
            (source_of(j)? != me).then_some(())?;
            Some((claim_side(claims, j, true)?, disputing))
        }
    }
}

/// Verbs of saying after "for" that give the claim a verdict is passed for
/// ("a liar for saying ...", "for continuing to insist ...").
const FOR_SAYING: &[&str] = &[
    "saying",
    "claiming",
    "insisting",
    "suggesting",
    "asserting",
    "arguing",
    "alleging",
    "repeating",
    "say",
    "claim",
    "insist",
    "suggest",
    "assert",
    "argue",
    "allege",
    "repeat",
];

/// A verdict on a person for what they said: "called him a liar for
/// continuing to insist Z", "calling Hale wrong for saying that Z". Z is
/// the claim judged, of the one called so: a name, or a pronoun for the
/// source of the claim of another source just before (this paragraph or the
/// one before). `next` are the words after the verdict, from "for".
fn verdict_for_saying(
    text: &str,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
    next: &[Range<usize>],
    me: usize,
) -> Option<(Side, Side)> {
    let claims = &analysis.claims;
    let c = &claims[i];
    let lw = |k: usize| {
        next.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    let mut k = 1;
    if lw(k) == "continuing" && lw(k + 1) == "to" {
        k += 2;
    } else if matches!(lw(k).as_str(), "repeatedly" | "again" | "still") {
        k += 1;
    }
    // Nothing but quotation marks between the verdict and "for".
    if !FOR_SAYING.contains(&lw(k).as_str())
        || text[marker.end..next.first()?.start].contains([',', ';', '.', ':'])
    {
        return None;
    }
    if lw(k + 1) == "that" {
        k += 1;
    }
    let start = next.get(k)?.end;
    let content = trim_range(text, start..content_end(text, start, c.sentence.end));
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    // The one called so: the word after the calling verb.
    let before = words(
        text,
        clause_start(claims, i).min(c.span.start)..marker.start,
    );
    let call = before
        .iter()
        .rposition(|w| CALLING.contains(&text[w.clone()].to_lowercase().as_str()))?;
    let who = before.get(call + 1)?.clone();
    let lwho = text[who.clone()].to_lowercase();
    let source = if PERSONS.contains(&lwho.as_str()) {
        let j = (i.saturating_sub(WINDOW)..i)
            .rev()
            .take_while(|&j| claims[j].paragraph + 1 >= c.paragraph)
            .find(|&j| claims[j].attribution.source.is_some_and(|s| s != me))?;
        SideSource::Known(claims[j].attribution.source?)
    } else {
        if !capitalised(&text[who.clone()]) {
            return None;
        }
        let mut last = call + 1;
        while before
            .get(last + 1)
            .is_some_and(|w| capitalised(&text[w.clone()]))
        {
            last += 1;
        }
        let name = who.start..before[last].end;
        match nearby_sources(analysis, i)
            .into_iter()
            .find(|&s| names_source(text, &name, analysis, s))
        {
            Some(s) if s == me => return None,
            Some(s) => SideSource::Known(s),
            None => SideSource::Named(name),
        }
    };
    Some(both_in(
        i,
        (content, source),
        (before[call].start..marker.end, SideSource::Known(me)),
    ))
}

/// The claim in an appositive of a verdict's subject, just before its verb:
/// "many of their best arguments, like that Clinton advocated a speedy
/// withdrawal, are easily refuted". The appositive opens on "like" or "such
/// as" (with "that"); the claim's holder is the possessive of the noun
/// phrase before it ("their"), never the speaker.
fn appositive_claim(
    text: &str,
    analysis: &Analysis,
    i: usize,
    verb: &Range<usize>,
    me: usize,
) -> Option<Side> {
    let c = &analysis.claims[i];
    let before = text[c.sentence.start..verb.start].trim_end();
    let close = c.sentence.start + before.strip_suffix(',')?.len();
    let open = c.sentence.start + text[c.sentence.start..close].rfind(',')?;
    let app = words(text, open..close);
    let lw = |k: usize| {
        app.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    let mut k = match (lw(0).as_str(), lw(1).as_str()) {
        ("like", _) => 1,
        ("such", "as") => 2,
        _ => return None,
    };
    if lw(k) != "that" {
        return None;
    }
    k += 1;
    let content = trim_range(text, app.get(k)?.start..close);
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    // The noun phrase before the appositive, back to the clause break.
    let from = text[c.sentence.start..open]
        .rfind([',', ';', ':', '—', '–'])
        .map_or(c.sentence.start, |p| c.sentence.start + p + 1);
    let np = words(text, from..open);
    let h = np.iter().find(|w| {
        let t = &text[(*w).clone()];
        is_possessive(t) || matches!(t.to_lowercase().as_str(), "their" | "his" | "her" | "its")
    })?;
    let source = nearby_sources(analysis, i)
        .into_iter()
        .find(|&s| capitalised(&text[h.clone()]) && names_source(text, h, analysis, s))
        .map_or(SideSource::Named(h.clone()), SideSource::Known);
    if source == SideSource::Known(me) {
        return None;
    }
    Some(Side {
        claim: i,
        span: content,
        source,
    })
}

/// The earlier claim of another source, in this paragraph or the three
/// before, on the topic of a claim noun phrase `r` whose holder `holder` no
/// source is named as ("the president’s claims about retaliation"): what the
/// phrase says of the claim ("retaliation") weighs twice what it says of its
/// holder ("president"); it must share one word of the first, two in all.
/// The claim nouns themselves ("claims", "rationales") are left out.
fn by_topic(
    topics: &mut Topics,
    i: usize,
    r: &Range<usize>,
    holder: &Range<usize>,
    me: usize,
    objects: &HashSet<String>,
) -> Option<usize> {
    let (text, analysis, engine) = (topics.text, topics.analysis, topics.engine);
    let mut what = HashSet::new();
    let mut who = HashSet::new();
    for w in words(text, r.clone()) {
        let lw = bare(&text[w.clone()]).to_lowercase();
        if objects.contains(&lw) {
            continue;
        }
        let into = if holder.start <= w.start && w.end <= holder.end {
            &mut who
        } else {
            &mut what
        };
        into.extend(topics.of_range(i, &w));
    }
    let mut best: Option<(usize, usize)> = None;
    for j in earlier(text, analysis, engine, i, 3) {
        if analysis.claims[j].attribution.source == Some(me) {
            continue;
        }
        let theirs = topics.of(j);
        let a = what.intersection(&theirs).count();
        let b = who.intersection(&theirs).count();
        let score = 2 * a + b;
        if a >= 1 && a + b >= 2 && best.is_none_or(|(_, s)| score > s) {
            best = Some((j, score));
        }
    }
    best.map(|(j, _)| j)
}

/// A verdict on a claim the same speaker has just reported in the same
/// sentence: "they argued Z, and that is just not true", "Trump thinks that
/// Z -- London has proved him wrong". The verdict's subject must be a pronoun.
fn nested_verdict(
    text: &str,
    analysis: &Analysis,
    i: usize,
    cue: &Range<usize>,
    subject: &Range<usize>,
    marker: &Range<usize>,
    me: usize,
) -> Option<(Side, Side)> {
    // "Do you really think that Z, that you think it's a hoax?" asks; it
    // gives no verdict.
    let c = &analysis.claims[i];
    if !is_pronoun_subject(text, subject) || text[marker.end..c.sentence.end].contains('?') {
        return None;
    }
    let reported = nested_report(text, analysis, i, cue, subject.start, me)?;
    Some((
        reported,
        Side {
            claim: i,
            span: subject.start..marker.end,
            source: SideSource::Known(me),
        },
    ))
}

/// Is the range a single pronoun standing for a claim or its holder ("that", "him")?
fn is_pronoun_subject(text: &str, r: &Range<usize>) -> bool {
    let ws = words(text, r.clone());
    ws.len() == 1 && {
        let w = text[ws[0].clone()].to_lowercase();
        ANAPHORS.contains(&w.as_str()) || PERSONS.contains(&w.as_str())
    }
}

/// Words that open a holder's noun phrase when reading it backwards from its verb.
const HOLDER_OPENERS: &[&str] = &[
    "the", "a", "an", "some", "many", "most", "several", "these", "those", "his", "her", "their",
    "its", "other", "few",
];

/// A claim of a third party that the speaker of claim `i` reports inside
/// their own words, from the reporting verb `cue` to `end` ("they argued *Z*,
/// and that is not true", "some critics had been predicting *Z*, but this
/// would not happen"): the words and their holder, the verb's subject (a
/// noun phrase or a third-person pronoun, never the speaker).
fn nested_report(
    text: &str,
    analysis: &Analysis,
    i: usize,
    cue: &Range<usize>,
    end: usize,
    me: usize,
) -> Option<Side> {
    let c = &analysis.claims[i];
    // What was reported: from the cue to the clause that judges it.
    let mut stop = end;
    loop {
        let t = text[cue.end..stop.max(cue.end)].trim_end_matches(|ch: char| {
            ch.is_whitespace() || matches!(ch, ',' | ';' | '-' | '—' | '–')
        });
        let cut = ["and", "but", "so"].iter().find_map(|w| {
            t.strip_suffix(w)
                .filter(|r| r.ends_with(char::is_whitespace))
        });
        stop = cue.end + cut.unwrap_or(t).len();
        if cut.is_none() {
            break;
        }
    }
    let mut content = trim_range(text, cue.end..stop.max(cue.end));
    // Without the listener and the complementiser ("tells *us that* ...").
    for lead in ["us ", "me ", "him ", "her ", "them ", "you ", "that "] {
        if let Some(rest) = text[content.clone()].strip_prefix(lead) {
            content = content.end - rest.len()..content.end;
        }
    }
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    // Who holds it: the noun phrase just before the cue, after the speaker's
    // own cue and any clause break.
    let mut open = text[c.sentence.start..cue.start]
        .char_indices()
        .rfind(|(_, ch)| {
            matches!(
                ch,
                '.' | '!' | '?' | '"' | '“' | '”' | ',' | ';' | ':' | '—' | '–'
            )
        })
        .map_or(c.sentence.start, |(p, ch)| {
            c.sentence.start + p + ch.len_utf8()
        });
    if let Some(p) = text[open..cue.start].rfind("--") {
        open += p + 2;
    }
    if let Some(own) = &c.attribution.cue
        && own.end <= cue.start
    {
        open = open.max(own.end);
    }
    let mut ws = words(text, open..cue.start);
    while ws.last().is_some_and(|w| {
        let lw = text[w.clone()].to_lowercase();
        AUXILIARIES.contains(&lw.as_str()) || matches!(lw.as_str(), "been" | "being" | "long")
    }) {
        ws.pop();
    }
    let mut first = ws.len();
    while first > 0 && ws.len() - first < 6 {
        let lw = text[ws[first - 1].clone()].to_lowercase();
        if NP_END.contains(&lw.as_str())
            || matches!(lw.as_str(), "or" | "so" | "then")
            || lw.ends_with("ly")
        {
            break;
        }
        first -= 1;
        if HOLDER_OPENERS.contains(&lw.as_str()) {
            break;
        }
    }
    let who = &ws[first..];
    let head = text[who.first()?.clone()].to_lowercase();
    if matches!(head.as_str(), "i" | "we" | "you" | "it" | "there" | "this") {
        return None;
    }
    let holder = who[0].start..who.last()?.end;
    let known = nearby_sources(analysis, i)
        .into_iter()
        .find(|&s| capitalised(&text[holder.clone()]) && names_source(text, &holder, analysis, s));
    if known == Some(me) {
        return None;
    }
    Some(Side {
        claim: i,
        span: content,
        source: known.map_or(SideSource::Named(holder), SideSource::Known),
    })
}

/// A turn against a claim the speaker has just reported: "some critics had
/// been predicting Z, but this would not happen". The turn ("but") follows a
/// comma inside what claim `i` says, its subject is a pronoun for what was
/// reported, and it negates.
fn nested_turn(
    text: &str,
    scan: &Scan,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
    me: usize,
) -> Option<(Side, Side)> {
    let c = &analysis.claims[i];
    if !text[c.span.start..marker.start].trim_end().ends_with(',') {
        return None;
    }
    let clause_end = text[marker.end..c.sentence.end]
        .find([',', ';', '.', '—', '–'])
        .map_or(c.sentence.end, |p| marker.end + p);
    let ws = words(text, marker.end..clause_end);
    let subject = ws.first()?.clone();
    if !matches!(
        text[subject.clone()].to_lowercase().as_str(),
        "this" | "that" | "it"
    ) || !negated(text, &(marker.end..clause_end))
    {
        return None;
    }
    let own = c
        .attribution
        .cue
        .clone()
        .unwrap_or(c.sentence.start..c.sentence.start);
    let (cue, _) = within(&scan.cues, &(c.span.start..marker.start))
        .iter()
        .rfind(|(m, _)| c.sentence.start <= m.start && own.end <= m.start)?
        .clone();
    let reported = nested_report(text, analysis, i, &cue, marker.start, me)?;
    Some((
        reported,
        Side {
            claim: i,
            span: trim_range(text, marker.start..clause_end),
            source: SideSource::Known(me),
        },
    ))
}

/// A verb marker in the passive with its agent: "While a federal judge found
/// that action unconstitutional, his decision was overturned by an appeals
/// court". The agent disputes the claim the passive's subject names ("his
/// decision"): the claim reported, with its own verb and named subject, in
/// the clause before it in the same sentence.
fn passive_dispute(
    text: &str,
    engine: &Engine,
    scan: &Scan,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
    objects: &HashSet<String>,
) -> Option<(Side, Side)> {
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

/// A turn to another source's account: "X said Z, but according to Y, W"
/// (W a claim of its own, Y's, after X's claim in the same sentence), or
/// inside what claim `i` says, "Clinton blamed the attack on a video while,
/// according to her emails, knowing the video had nothing to do with it".
/// The other source's cue must open the turn's clause: the words after it
/// are that source's, set against the speaker's words before the turn.
fn turn_to_another_account(
    text: &str,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
    me: usize,
) -> Option<(Side, Side)> {
    let claims = &analysis.claims;
    let c = &claims[i];
    let opens_turn = |cue: &Range<usize>| {
        marker.end <= cue.start
            && text[marker.end..cue.start]
                .chars()
                .all(|ch| ch.is_whitespace() || matches!(ch, ',' | '—' | '–' | '-'))
    };
    let enough = |r: &Range<usize>| words(text, r.clone()).len() >= 3;
    // What follows a dash or comma after the cue's source.
    let from_word = |r: &Range<usize>| {
        let lead = text[r.clone()]
            .find(|ch: char| ch.is_alphanumeric() || matches!(ch, '"' | '“' | '\'' | '‘'))
            .unwrap_or(0);
        trim_range(text, r.start + lead..r.end)
    };
    if c.span.start > marker.start {
        let before = claims[..i].last()?;
        let theirs = before.attribution.source?;
        if before.sentence != c.sentence
            || theirs == me
            || !c.attribution.cue.as_ref().is_some_and(opens_turn)
            || !enough(&before.span)
            || !enough(&c.span)
        {
            return None;
        }
        return Some((
            claim_side(claims, i - 1, false)?,
            Side {
                claim: i,
                span: c.span.clone(),
                source: SideSource::Known(me),
            },
        ));
    }
    let n = c.nested.iter().find(|n| opens_turn(&n.cue))?;
    let source = n.source?;
    let after = n.source_mention.as_ref().map_or(n.cue.end, |m| m.end);
    let theirs = from_word(
        n.content
            .iter()
            .find(|r| after <= r.start && r.end <= c.sentence.end)?,
    );
    let mine = trim_range(text, c.span.start..marker.start);
    if source == me || !enough(&mine) || !enough(&theirs) {
        return None;
    }
    Some((
        Side {
            claim: i,
            span: mine,
            source: SideSource::Known(me),
        },
        Side {
            claim: i,
            span: theirs,
            source: SideSource::Known(source),
        },
    ))
}

/// A turn inside a sentence against a claim the writer names with its
/// holder before it: "Clinton referred to Comey's testimony on the existence
/// of 100 classified emails - but she continued to suggest that they were
/// not marked classified". Before the turn, a capitalised possessive and a
/// claim noun of any dispute rule ("testimony", "claim", "report"), then
/// "on", "that" or "about" and what was claimed, of at least three words;
/// after it, the claim of another source, opened by the turn. As for any
/// weak turn, one side must deny what the other asserts, and the two must
/// share a topic word.
fn turn_against_named_claim(
    topics: &Topics,
    i: usize,
    marker: &Range<usize>,
    me: usize,
    objects: &[HashSet<String>],
) -> Option<(Side, Side)> {
    let (text, analysis) = (topics.text, topics.analysis);
    let claims = &analysis.claims;
    let c = &claims[i];
    if c.span.start < marker.end || opens_sentence(text, c, marker) {
        return None;
    }
    // The turn opens the claim's clause: only its source and cue may follow it.
    if clause_start(claims, i) > marker.start {
        return None;
    }
    let ws = words(
        text,
        c.sentence.start.max(clause_start(claims, i))..marker.start,
    );
    let lw = |k: usize| {
        ws.get(k)
            .map(|w| bare(&text[w.clone()]).to_lowercase())
            .unwrap_or_default()
    };
    let noun = |k: usize| objects.iter().any(|o| o.contains(&lw(k)));
    let (h, k) = (0..ws.len()).find_map(|h| {
        let t = &text[ws[h].clone()];
        if !is_possessive(t) || !capitalised(t) {
            return None;
        }
        // The noun right after the possessive, or after one modifier.
        let k = (h + 1..(h + 3).min(ws.len())).find(|&k| noun(k))?;
        matches!(lw(k + 1).as_str(), "on" | "that" | "about").then_some((h, k + 1))
    })?;
    // Up to the last word before the turn, without its comma or dash.
    let content = trim_range(text, ws[k].end..ws.last()?.end);
    if words(text, content.clone()).len() < 3
        || negated(text, &content) == negated(text, &c.span)
        || topics
            .of_range(i, &content)
            .intersection(&topics.of_range(i, &c.span))
            .next()
            .is_none()
    {
        return None;
    }
    let holder = ws[h].start..ws[h].start + bare(&text[ws[h].clone()]).len();
    let near = nearby_sources(analysis, i);
    let source = side_source(text, analysis, &near, holder);
    if source == SideSource::Known(me) {
        return None;
    }
    Some(both_in(
        i,
        (ws[h].start..content.end, source),
        (c.span.clone(), SideSource::Known(me)),
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
fn disputed_by_subject(
    text: &str,
    engine: &Engine,
    analysis: &Analysis,
    i: usize,
    marker: &Range<usize>,
    objects: &HashSet<String>,
) -> Option<(Side, Side)> {
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

/// A verdict that is a verb ("made up", "fabricated") with a named subject
/// and a claim noun for its object: "Fields had made up the story" disputes
/// the nearest claims of Fields, before it. `before` are the words of the
/// claim up to the verdict, adverbs left out.
fn verdict_verb(
    topics: &Topics,
    i: usize,
    before: &[Range<usize>],
    marker: &Range<usize>,
    objects: &HashSet<String>,
    me: usize,
) -> Option<(Side, Side)> {
    let (text, analysis, engine) = (topics.text, topics.analysis, topics.engine);
    let claims = &analysis.claims;
    let c = &claims[i];
    let last = before.last()?;
    let lw = |w: &Range<usize>| text[w.clone()].to_lowercase();
    let aux = matches!(lw(last).as_str(), "had" | "has" | "have");
    if !aux && !lw(marker).ends_with("ed") {
        return None;
    }
    let names = &before[..before.len() - usize::from(aux)];
    let mut first = names.len();
    while first > 0 && {
        let w = &text[names[first - 1].clone()];
        capitalised(w)
            && !is_possessive(w)
            && (first == names.len()
                || text[names[first - 1].end..names[first].start]
                    .trim()
                    .is_empty())
    } {
        first -= 1;
    }
    if first == names.len()
        || !text[names[names.len() - 1].end..if aux { last.start } else { marker.start }]
            .trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, '"' | '“' | '”'))
            .is_empty()
    {
        return None;
    }
    // Its object: a claim noun ("the story", "those allegations").
    let tail = words(text, marker.end..c.sentence.end);
    let noun = tail.iter().take(3).position(|w| objects.contains(&lw(w)))?;
    if !tail[..noun]
        .iter()
        .all(|w| DETERMINERS.contains(&lw(w).as_str()))
    {
        return None;
    }
    let holder = names[first].start..names[names.len() - 1].end;
    let j = earlier(text, analysis, engine, i, 3).find(|&j| {
        claims[j]
            .attribution
            .source
            .is_some_and(|s| s != me && names_source(text, &holder, analysis, s))
    })?;
    Some((
        claim_side(claims, j, true)?,
        Side {
            claim: i,
            span: holder.start..tail[noun].end,
            source: SideSource::Known(me),
        },
    ))
}

/// A verdict on the subject's own claim, given after it: "the families were
/// wrong in their recollections that Z" disputes Z, the families'.
fn verdict_on_content(
    text: &str,
    analysis: &Analysis,
    i: usize,
    subject: &Range<usize>,
    marker: &Range<usize>,
    objects: &HashSet<String>,
    me: usize,
) -> Option<Side> {
    let c = &analysis.claims[i];
    let tail = words(text, marker.end..c.sentence.end);
    let lw = |k: usize| -> String {
        tail.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    if !matches!(lw(0).as_str(), "in" | "about")
        || !matches!(lw(1).as_str(), "their" | "his" | "her" | "its")
        || !objects.contains(&lw(2))
        || lw(3) != "that"
        || !text[marker.end..tail.get(3)?.start]
            .chars()
            .all(|ch| ch.is_alphanumeric() || ch.is_whitespace())
    {
        return None;
    }
    let start = tail[3].end;
    let content = trim_range(text, start..content_end(text, start, c.sentence.end));
    if words(text, content.clone()).len() < 3 {
        return None;
    }
    let known = nearby_sources(analysis, i)
        .into_iter()
        .find(|&s| names_source(text, subject, analysis, s));
    if known == Some(me) {
        return None;
    }
    Some(Side {
        claim: i,
        span: content,
        source: known.map_or(SideSource::Named(subject.clone()), SideSource::Known),
    })
}

/// The capitalised possessive just before an opening quotation mark that ends
/// at `stop` (Trump's "assertion that ..."), from no earlier than `from`.
fn holder_before_quote(text: &str, from: usize, stop: usize) -> Option<usize> {
    let before = text[from..stop].strip_suffix(['"', '“'])?.trim_end();
    let ws = words(text, from..from + before.len());
    let last = ws.last()?;
    if last.end != from + before.len() {
        return None;
    }
    let holder = |k: usize| {
        let w = &text[ws[k].clone()];
        is_possessive(w) && capitalised(w)
    };
    // Trump's "assertion that ...", or Trump's comments "are based on ...".
    let n = ws.len();
    let mut k = if holder(n - 1) {
        n - 1
    } else if n >= 2
        && holder(n - 2)
        && !capitalised(&text[last.clone()])
        && text[ws[n - 2].end..last.start].trim().is_empty()
    {
        n - 2
    } else {
        return None;
    };
    while k > 0
        && capitalised(&text[ws[k - 1].clone()])
        && text[ws[k - 1].end..ws[k].start].trim().is_empty()
    {
        k -= 1;
    }
    Some(ws[k].start)
}

/// Does the marker open its sentence (nothing but punctuation before it)?
fn opens_sentence(text: &str, c: &Claim, m: &Range<usize>) -> bool {
    text[c.sentence.start.min(m.start)..m.start]
        .chars()
        .all(|ch| !ch.is_alphanumeric())
}

/// A claim as the disputed side: its content, with what its source is
/// reported to say inside it ("Todd pressed Priebus, insisting that ...").
/// With `run`, the claims its source made just before it come too ("those
/// claims").
fn claim_side(claims: &[Claim], j: usize, run: bool) -> Option<Side> {
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
fn clause_start(claims: &[Claim], i: usize) -> usize {
    let c = &claims[i];
    if i > 0 && claims[i - 1].sentence == c.sentence {
        claims[i - 1].span.end
    } else {
        c.sentence.start
    }
}

/// Where a marker may stand: as the claim's cue ("denied"), or in the claim's
/// attribution frame rather than inside what is claimed ("However, ...",
/// "The auditor corrected the figure, saying ..."). A weak marker ("but")
/// must also open the sentence or follow a comma.
fn marker_position_ok(text: &str, c: &Claim, m: &Range<usize>, rule: &DisputeRule) -> bool {
    // A capital inside a sentence is a headline's title case ("Disputes Characterization Of").
    if capitalised(&text[m.clone()]) && !opens_sentence(text, c, m) {
        return false;
    }
    // A source named after a verb marker is its object, not its subject
    // ("dismissed the comment ... as remote"), unless the marker opens the
    // sentence ("In response to Y's charge that ..., X said ...").
    if rule.frame == DisputeFrame::Verb
        && !opens_sentence(text, c, m)
        && c.attribution
            .source_mention
            .as_ref()
            .is_some_and(|s| s.start >= m.end && s.start < c.sentence.end)
    {
        return false;
    }
    // The marker is the cue, or holds it ("said only").
    if c.attribution.cue.as_ref().is_some_and(|cue| {
        (cue.start <= m.start && m.end <= cue.end) || (m.start <= cue.start && cue.end <= m.end)
    }) {
        return true;
    }
    let in_content = c.span.start <= m.start && m.end <= c.span.end;
    let before = &text[c.sentence.start.min(m.start)..m.start];
    let opens = before.chars().all(|ch| !ch.is_alphanumeric());
    let after_comma = before.trim_end().ends_with(',') || before.trim_end().ends_with(';');
    match (rule.frame, rule.strength) {
        // A verb inside the content has another subject ("X said Y denied it");
        // a source named after its verb is the verb's object, not its subject.
        // A clause the source's own pronoun opens after a dash is not what is
        // claimed ("reiterated them on the radio — where he seemed to differ").
        (DisputeFrame::Verb, _) => !in_content || own_clause(text, c, m),
        // A verdict is what the source says ("said the report was false").
        (DisputeFrame::Verdict, _) => in_content,
        // A negation is in what the source says.
        (DisputeFrame::Negation, _) => in_content,
        // Found apart, for every claim.
        (DisputeFrame::Between, _) => false,
        // What the source says of itself.
        (DisputeFrame::Innocence, _) => in_content,
        // A correction ("In fact, ...") corrects what was said before only
        // when it opens the sentence; inside one it is emphasis ("Trump is,
        // in fact, ...").
        (DisputeFrame::Adverb, _) if rule.kind == DisputeKind::Correction => opens,
        (DisputeFrame::Adverb, Strength::Strong) => !in_content || opens,
        // "But X said ...": a "but" inside what is claimed is the source's own turn.
        (DisputeFrame::Adverb, Strength::Weak) => (opens || after_comma) && !in_content,
    }
}

/// Does the marker stand in a clause opened after a dash by "where" or
/// "when" and a subject pronoun, with only auxiliaries, adverbs or "seemed
/// to" between: "— where he seemed to differ with ..."? The pronoun is the
/// claim's own source, and the clause is no part of what is claimed.
fn own_clause(text: &str, c: &Claim, m: &Range<usize>) -> bool {
    let Some(dash) = text[c.span.start..m.start].rfind(['—', '–']) else {
        return false;
    };
    let ws = words(text, c.span.start + dash..m.start);
    let lw = |k: usize| {
        ws.get(k)
            .map(|w| text[w.clone()].to_lowercase())
            .unwrap_or_default()
    };
    matches!(lw(0).as_str(), "where" | "when")
        && matches!(lw(1).as_str(), "he" | "she" | "they")
        && (2..ws.len()).all(|k| {
            let w = lw(k);
            AUXILIARIES.contains(&w.as_str())
                || w.ends_with("ly")
                || matches!(
                    w.as_str(),
                    "seemed" | "seems" | "appeared" | "appears" | "to"
                )
        })
}

/// The claim a pronoun or a definite noun phrase (`anaphor`: "denied it",
/// "rejected that idea", "denied the fraud claims") refers to: the nearest claim before, of
/// another source, in this paragraph or the one before. Modifiers ("fraud")
/// must meet its topic. Narration in between is what is meant, and is a
/// claim only when it reports one ("Two lawsuits have accused the school of
/// ..."); otherwise there is no dispute.
fn referent(
    topics: &mut Topics,
    scan: &Scan,
    i: usize,
    is_me: &dyn Fn(usize) -> bool,
    anaphor: &Object,
    objects: &HashSet<String>,
) -> Option<Side> {
    let Object::Anaphor {
        plural,
        modifiers,
        noun,
        ..
    } = anaphor
    else {
        return None;
    };
    let plural = *plural;
    let (text, analysis, engine) = (topics.text, topics.analysis, topics.engine);
    let claims = &analysis.claims;
    let c = &claims[i];
    let want: HashSet<String> = modifiers
        .iter()
        .flat_map(|m| topic(text, m, &[], engine))
        .collect();
    for j in (i.saturating_sub(3)..i).rev() {
        let o = &claims[j];
        if o.paragraph + 1 < c.paragraph {
            return None;
        }
        if o.attribution.status == Status::Unattributed {
            let side = reported_in_narration(text, scan, engine, analysis, j)?;
            if is_me_side(
                &side.source,
                text,
                analysis,
                &nearby_sources(analysis, i),
                is_me,
            ) {
                return None;
            }
            // "Two lawsuits have accused the school of deceptive practices.
            // The school denied the fraud claims.": the accusation just
            // before is what the claim noun names, whatever its modifiers.
            let accusing = j + 1 == i
                && o.paragraph == c.paragraph
                && narration_cue(text, scan, o)
                    .is_some_and(|cue| names_claim_verb(text, &cue, objects));
            let fits = want.is_empty()
                || accusing
                || want
                    .intersection(&topic(text, &side.span, &[], engine))
                    .next()
                    .is_some();
            return fits.then_some(side);
        }
        let Some(src) = disputing_source(analysis, engine, o).filter(|&s| !is_me(s)) else {
            continue;
        };
        // "In response, ..." to a question answers it: no dispute. The question
        // may be another claim of the same sentence ("“How big is that wall?”
        // asked the boy, who … said his name was Mason").
        if noun.is_none() && asks(text, claims, j) {
            return None;
        }
        // A claim that speaks of "her public statements" is about them, not
        // one of them: what "contradicted her public statements" means lies before.
        let about = if o.sentence == c.sentence {
            o.span.clone()
        } else {
            o.sentence.clone()
        };
        // ("published reports alleging ..." is one: its source is not what it
        // speaks of, nor is a noun that opens its content.)
        let skip = topics.skip(o, &about);
        if noun.as_ref().is_some_and(|n| {
            let n = text[n.clone()].to_lowercase();
            let ws = words(text, about.clone());
            ws.iter().enumerate().any(|(k, w)| {
                text[w.clone()].to_lowercase() == n
                    && !skip.iter().any(|s| s.start <= w.start && w.end <= s.end)
                    && !ws.get(k + 1).is_some_and(|x| {
                        CONTENT_OPENERS.contains(&text[x.clone()].to_lowercase().as_str())
                    })
            })
        }) {
            continue;
        }
        let accusing = j + 1 == i
            && o.paragraph == c.paragraph
            && o.attribution
                .cue
                .as_ref()
                .is_some_and(|cue| names_claim_verb(text, cue, objects));
        let fits = want.is_empty()
            || accusing
            || want.intersection(&topics.of(j)).next().is_some()
            || modifiers
                .iter()
                .any(|m| names_source(text, m, analysis, src));
        return if fits {
            claim_side(claims, j, plural)
        } else {
            None
        };
    }
    None
}

/// Is the reporting verb the verb of one of the claim nouns ("accused" →
/// "accusations", "alleging" → "allegations", "charged" → "charges")?
fn names_claim_verb(text: &str, cue: &Range<usize>, objects: &HashSet<String>) -> bool {
    let stem = |w: &str| -> String { w.to_lowercase().chars().take(5).collect() };
    let verb = stem(&text[cue.clone()]);
    verb.chars().count() == 5 && objects.iter().any(|o| stem(o) == verb)
}

fn is_me_side(
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
fn reported_in_narration(
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
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "since", "because", "as", "until", "once", "while", "although",
    "though", "whereas",
];

/// The reporting verb of a claim in narration: the first of its cues that is
/// not a passive ("lawsuits being considered in San Diego have accused ...":
/// a passive reports nothing).
fn narration_cue(text: &str, scan: &Scan, c: &Claim) -> Option<Range<usize>> {
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
fn narration_between(claims: &[Claim], j: usize, i: usize) -> bool {
    claims[j + 1..i]
        .iter()
        .any(|c| c.attribution.status == Status::Unattributed)
}

/// Is source `s` the subject of claim `j`: named in the first words of its
/// content ("that the minister met lobbyists")?
fn names_subject(text: &str, analysis: &Analysis, j: usize, s: usize) -> bool {
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
fn names_other(text: &str, analysis: &Analysis, a: usize, b: usize) -> bool {
    let (ca, cb) = (&analysis.claims[a], &analysis.claims[b]);
    let inside =
        |src: Option<usize>, claim: &Claim| src.is_some_and(|s| mentions(text, analysis, s, claim));
    inside(ca.attribution.source, cb) || inside(cb.attribution.source, ca)
}

/// Does the claim's content name source `s` (its name or an alias)?
fn mentions(text: &str, analysis: &Analysis, s: usize, claim: &Claim) -> bool {
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
fn asks(text: &str, claims: &[Claim], j: usize) -> bool {
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

fn is_question(text: &str, c: &Claim) -> bool {
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

/// The dispute a negation ("No", "not") in what claim `i` says makes: the
/// claim of another source just before (two claims back at most, no
/// narration between, this paragraph or the one before), not a question,
/// with no negation of its own, that asserts the negated word and shares two
/// topic words. A weak negation opens its sentence ("No, I meant ..."); for
/// a strong one, the claim before must name the one who negates it.
fn negation_dispute(
    topics: &mut Topics,
    i: usize,
    marker: &Range<usize>,
    drule: &DisputeRule,
) -> Option<(Side, Side)> {
    let (text, analysis, engine) = (topics.text, topics.analysis, topics.engine);
    let claims = &analysis.claims;
    let c = &claims[i];
    // A weak negation is an answer ("No, I meant ..."): it opens its sentence.
    if drule.strength == Strength::Weak && !opens_sentence(text, c, marker) {
        return None;
    }
    // What is negated: the first content word after the negation ("would not
    // *balance*", "No, I *meant* ..."), which the other claim must assert.
    let end = floor_boundary(text, c.span.end.max(marker.end).min(marker.end + 60));
    let negated_word = words(text, marker.end..end)
        .into_iter()
        .take(4)
        .map(|w| bare(&text[w]).to_lowercase())
        .find(|w| {
            w.chars().count() >= 3
                && !engine.lexicon.has(LexiconClass::Stopword, w)
                && !AUXILIARIES.contains(&w.as_str())
                && !VERDICT_ADVERBS.contains(&w.as_str())
                && !matches!(w.as_str(), "been" | "being" | "be" | "have" | "had")
                && !w.ends_with("ly")
        })?;
    let negated_stem: String = negated_word.chars().take(5).collect();
    let mine = topics.of(i);
    let mut best: Option<(usize, usize)> = None;
    // Only an answer to the claim just before: with no narration between, in
    // this paragraph or the one before.
    for j in earlier(text, analysis, engine, i, 1)
        .take_while(|&j| j + 2 >= i && !narration_between(claims, j, i))
    {
        // "No" to a question is an answer, not a dispute.
        let o = &claims[j];
        let question = is_question(text, o);
        // Stems of unequal length meet on their common part ("want", "wante").
        let asserts = topics.of(j).iter().any(|t| {
            let common = t
                .chars()
                .zip(negated_stem.chars())
                .take_while(|(a, b)| a == b)
                .count();
            common >= 3 && common == t.chars().count().min(negated_stem.chars().count())
        });
        // A strong negation needs the earlier claim to be about the one who
        // negates it ("Hale said Ruiz cut school funding" ... "Ruiz said
        // school funding had not been cut").
        let about_me = drule.strength == Strength::Weak
            || c.attribution
                .source
                .is_some_and(|me| mentions(text, analysis, me, o));
        if question || negated(text, &o.span) || !asserts || !about_me {
            continue;
        }
        let shared = mine.intersection(&topics.of(j)).count()
            + usize::from(names_other(text, analysis, j, i));
        if shared >= 2 && best.is_none_or(|(_, s)| shared > s) {
            best = Some((j, shared));
        }
    }
    let (j, _) = best?;
    Some((
        claim_side(claims, j, false)?,
        Side {
            claim: i,
            span: c.span.clone(),
            source: SideSource::Known(c.attribution.source?),
        },
    ))
}
