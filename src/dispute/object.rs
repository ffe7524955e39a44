//! The object of a verb marker: does "denied X" name a claim, and which one.

use super::*;

/// What a verb marker takes as its object.
#[derive(Debug, Clone)]
pub(super) enum Object {
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
pub(super) fn names_a_claim(rule: &DisputeRule, obj: &Object) -> bool {
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
pub(super) const NP_END: &[&str] = &[
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
pub(super) const ANAPHORS: &[&str] = &["it", "this", "that", "these", "those", "them"];

/// Object pronouns that stand for a person ("contradicted him").
pub(super) const PERSONS: &[&str] = &["him", "her", "them"];

/// Subject pronouns that open a clause without "that" ("denied he had met ...").
pub(super) const SUBJECTS: &[&str] = &["he", "she", "they", "we", "i", "there"];

/// Particles after a phrasal marker ("pushed back against", "took issue with").
pub(super) const PARTICLES: &[&str] = &["against", "on", "with", "at", "about", "over", "upon"];

/// Words that introduce the content of a claim noun ("accusations that ...").
pub(super) const CONTENT_OPENERS: &[&str] = &[
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
pub(super) fn object(
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
    // "the numbers in Trump’s tweet", "the claims in the senator’s book": the
    // holder of the document the claims stand in, a capitalised possessive
    // (after "the" or a capitalised title) just after "in".
    if lw(next) == "in" && holder.is_none() {
        let first = next + 1 + usize::from(lw(next + 1) == "the");
        if let Some(p) = (first..(first + 3).min(clause.len()))
            .take_while(|&i| capitalised(&text[clause[i].clone()]) || lw(i) == "the")
            .find(|&i| is_possessive(&text[clause[i].clone()]))
            .filter(|&p| capitalised(&text[clause[p].clone()]))
        {
            holder = Some(clause[first].start..clause[p].end);
        }
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
pub(super) fn carried_claim(
    text: &str,
    clause: &[Range<usize>],
    k: usize,
    limit: usize,
) -> Option<Object> {
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
pub(super) fn holder_between(
    text: &str,
    ws: &[Range<usize>],
    k: usize,
    o: usize,
) -> Option<Range<usize>> {
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
pub(super) const ACCUSING: &[&str] = &["alleging", "accusing", "charging"];

impl Finder<'_> {
    /// The accusation that "denied any wrongdoing" answers: the nearest before
    /// (this paragraph or the two before) of another source, a claim whose cue
    /// accuses ("accused", "alleged", "charged"), or a sentence that reports one
    /// with its holder ("a letter the Sanders campaign sent alleging that Z").
    pub(super) fn nearest_accusation(
        &self,
        i: usize,
        is_me: &dyn Fn(usize) -> bool,
    ) -> Option<Side> {
        let (text, engine, analysis) = (self.text, self.engine, self.analysis);
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
}

/// Words that make a noun phrase refer back to something said before.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "that", "this", "these", "those", "such", "both", "his", "her", "their", "its", "all",
];

/// Modifiers that do not say which claim is meant ("recent criticism").
pub(super) const GENERIC_MODIFIERS: &[&str] = &[
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
pub(super) fn content_end(text: &str, start: usize, limit: usize) -> usize {
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

pub(super) fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    let t = t.trim_end_matches(['.', ',', '!', '?', '”', '"', '’', '\'']);
    r.start + lead..r.start + lead + t.len()
}
