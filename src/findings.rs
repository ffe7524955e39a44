//! Findings: what an editor should look at. Each finding rule either runs a
//! built-in check (`check:`) or looks for words in a scope (`words:` and
//! `scope:`); the matches of every pattern rule come from the one scan of the
//! text, so adding rules does not add passes.

use crate::attribute::{Analysis, Claim, Scan, Status};
use crate::dispute::Dispute;
use crate::document::{Document, day_number};
use crate::rules::{Check, Engine, Scope, SourceKind};
use crate::segment::Segments;
use std::ops::Range;

/// How old a caption's date may be, relative to the article, before an editor should look.
pub const STALE_CAPTION_DAYS: i64 = 180;

/// A finding before it is placed in the report: the rule (index into
/// `Engine::findings`), where, what, and the claim it concerns.
#[derive(Debug, Clone)]
pub struct RawFinding {
    pub rule: usize,
    pub span: Range<usize>,
    pub message: String,
    pub claim: Option<usize>,
}

struct Ctx<'a> {
    scan: &'a Scan,
    doc: &'a Document,
    text: &'a str,
    seg: &'a Segments,
    analysis: &'a Analysis,
    disputes: &'a [Dispute],
}

/// `s` on one line, whitespace runs as single spaces, cut to `n` characters
/// with an ellipsis. Only the first `n` characters are looked at: claims can be long.
pub fn short(s: &str, n: usize) -> String {
    let mut out = String::with_capacity(n.min(s.len()) + 3);
    short_into(&mut out, s, n);
    out
}

/// [`short`], appended to `out`.
pub(crate) fn short_into(out: &mut String, s: &str, n: usize) {
    if short_plain(out, s, n) {
        return;
    }
    let base = out.len();
    let cut = |out: &mut String| {
        out.truncate(out[base..].trim_end().len() + base);
        out.push('…');
    };
    let b = s.as_bytes();
    // Characters written; a run of white space becomes one space before the next word.
    let mut count = 0;
    let mut space = false;
    // Start of the word being read: copied whole when it ends.
    let mut word = 0;
    let mut i = 0;
    while i < b.len() {
        let (blank, len) = if b[i] < 0x80 {
            (matches!(b[i], b' ' | b'\t'..=b'\r'), 1)
        } else {
            let c = s[i..].chars().next().unwrap();
            (c.is_whitespace(), c.len_utf8())
        };
        if blank {
            out.push_str(&s[word..i]);
            word = i + len;
            space = count > 0;
            i += len;
            continue;
        }
        if space {
            if count >= n {
                return cut(out);
            }
            out.push(' ');
            count += 1;
            space = false;
        }
        if count >= n {
            out.push_str(&s[word..i]);
            return cut(out);
        }
        count += 1;
        i += len;
    }
    out.push_str(&s[word..]);
}

/// [`short_into`] for the common case, text whose first `n` characters have
/// no leading blank and single ASCII spaces between words: such text is its
/// own normal form, so the result is a prefix of it, copied at once rather
/// than word by word. Returns false, having written nothing, for other text.
fn short_plain(out: &mut String, s: &str, n: usize) -> bool {
    let b = s.as_bytes();
    let (mut i, mut count, mut after_space) = (0, 0, true);
    while i < b.len() && count < n {
        let d = b[i];
        if d < 0x80 {
            if matches!(d, b' ' | b'\t'..=b'\r') {
                if d != b' ' || after_space {
                    return false;
                }
                after_space = true;
            } else {
                after_space = false;
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap();
            if c.is_whitespace() {
                return false;
            }
            after_space = false;
            i += c.len_utf8();
        }
        count += 1;
    }
    let head = &s[..i];
    if s[i..].chars().all(char::is_whitespace) {
        out.push_str(head.strip_suffix(' ').unwrap_or(head));
    } else {
        out.push_str(head.trim_end());
        out.push('…');
    }
    true
}

/// "Hamas sources → Middle East Eye".
pub fn chain(analysis: &Analysis, src: Option<usize>, via: &[usize]) -> String {
    src.into_iter()
        .chain(via.iter().copied())
        .map(|s| analysis.sources[s].name.as_str())
        .collect::<Vec<_>>()
        .join(" → ")
}

/// What the report says about a hedge and how it was resolved.
pub fn hedge_note(doc: &Document, analysis: &Analysis, c: &Claim) -> Option<String> {
    let a = &c.attribution;
    let h = a.hedge.as_ref()?;
    let word = &doc.text[h.clone()];
    // "Asked by Matt Lauer whether …": the question names who put it.
    if let Some(m) = &a.hedge_source_mention {
        return Some(format!(
            "“{}”: a question put by {}",
            word,
            &doc.text[m.clone()]
        ));
    }
    Some(match a.hedge_resolved_to {
        Some(o) => {
            let first = analysis.sources[o]
                .mentions
                .first()
                .map(|m| doc.lines.position(&doc.text, m.start).0);
            format!(
                "“{}” names no reporter; resolved to {}, the nearest earlier reporting outlet{}",
                word,
                analysis.sources[o].name,
                first
                    .map(|l| format!(" (first named on line {})", l))
                    .unwrap_or_default()
            )
        }
        None => format!(
            "“{}” names no reporter and no earlier outlet could be found",
            word
        ),
    })
}

/// Which list of a check rule's words: the ones it looks for, or the ones that silence it.
#[derive(Clone, Copy)]
enum Param {
    Triggers = 0,
    Unless = 1,
}

fn is_anonymous(analysis: &Analysis, c: &Claim) -> bool {
    c.attribution
        .source
        .is_some_and(|s| analysis.sources[s].kind == SourceKind::Anonymous)
}

impl Ctx<'_> {
    /// The first of rule `ri`'s `which` words inside `r`, from the one scan of the text.
    fn param(&self, ri: usize, which: Param, r: &Range<usize>) -> Option<Range<usize>> {
        let code = 2 * ri + which as usize;
        crate::attribute::within(&self.scan.params, r)
            .iter()
            .find(|(m, c)| *c == code && m.end <= r.end)
            .map(|(m, _)| m.clone())
    }

    fn run_check(&self, check: Check, ri: usize, out: &mut Vec<RawFinding>) {
        let (text, analysis, doc) = (self.text, self.analysis, self.doc);
        let claims = &analysis.claims;
        let mut push = |span: Range<usize>, message: String, claim: Option<usize>| {
            out.push(RawFinding {
                rule: ri,
                span,
                message,
                claim,
            })
        };
        match check {
            Check::UnattributedClaim => {
                for (i, c) in claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.attribution.status == Status::Unattributed)
                {
                    let mut message = String::with_capacity(100);
                    message.push_str("no source for “");
                    short_into(&mut message, &text[c.span.clone()], 80);
                    message.push('”');
                    push(c.span.clone(), message, Some(i));
                }
            }
            Check::AnonymousSource => {
                for (i, c) in claims.iter().enumerate().filter(|(_, c)| {
                    c.attribution.status != Status::Unattributed && is_anonymous(analysis, c)
                }) {
                    let a = &c.attribution;
                    push(
                        a.source_mention.clone().unwrap_or(c.span.clone()),
                        format!(
                            "rests on an anonymous source: {}",
                            chain(analysis, a.source, &a.via)
                        ),
                        Some(i),
                    );
                }
            }
            Check::HedgeWithoutReporter => {
                for (i, c) in claims.iter().enumerate() {
                    let a = &c.attribution;
                    let Some(h) = &a.hedge else { continue };
                    // A question hedge that names its asker names its source.
                    let named = a.hedge_source_mention.is_some()
                        || a.hedge_resolved_to.is_none()
                            && a.via
                                .iter()
                                .chain(a.source.iter())
                                .any(|s| analysis.sources[*s].kind == SourceKind::Outlet);
                    if !named {
                        push(
                            h.clone(),
                            hedge_note(doc, analysis, c).unwrap_or_default(),
                            Some(i),
                        );
                    }
                }
            }
            Check::UnnamedSource => {
                // "it was revealed that …": a cue with no one behind it, the claim's
                // own or one inside it ("… came under fire when it was revealed").
                for (i, c) in claims.iter().enumerate() {
                    let a = &c.attribution;
                    // A hedge on the same words ("was asked whether") already has
                    // its own finding, hedge-without-reporter: one problem, one finding.
                    let hedged = |cue: &Range<usize>| {
                        a.hedge
                            .as_ref()
                            .is_some_and(|h| h.start < cue.end && cue.start < h.end)
                    };
                    let own = (a.status == Status::Explicit && a.source.is_none())
                        .then(|| {
                            a.cue
                                .clone()
                                .filter(|cue| !hedged(cue))
                                .map(|cue| (cue, c.span.clone()))
                        })
                        .flatten();
                    let inner = c.nested.iter().filter(|n| n.source.is_none()).map(|n| {
                        let what = n.content.first().map_or(n.cue.clone(), |f| {
                            f.start..n.content.last().map_or(f.end, |l| l.end)
                        });
                        (n.cue.clone(), what)
                    });
                    for (cue, what) in own.into_iter().chain(inner) {
                        let mut message = String::with_capacity(100);
                        message.push('“');
                        message.push_str(&text[cue.clone()]);
                        message.push_str("” names no source for “");
                        short_into(&mut message, &text[what], 60);
                        message.push_str("”: who says so?");
                        push(cue, message, Some(i));
                    }
                }
            }
            Check::Dispute => {
                for d in self.disputes {
                    let [a, b] = &d.sides;
                    // A side's source with its chain when it is the claim's own.
                    let name = |k: usize, s: &crate::dispute::Side| {
                        let at = &claims[s.claim].attribution;
                        match s.source {
                            crate::dispute::SideSource::Known(x) if Some(x) == at.source => {
                                chain(analysis, at.source, &at.via)
                            }
                            _ => d.source_name(k, text, analysis),
                        }
                    };
                    let message = format!(
                        "{} disputes {}: “{}” against “{}”",
                        name(1, b),
                        name(0, a),
                        short(&text[b.span.clone()], 60),
                        short(&text[a.span.clone()], 60)
                    );
                    push(
                        d.marker.clone().unwrap_or(b.span.clone()),
                        message,
                        Some(b.claim),
                    );
                }
            }
            Check::StaleCaption => {
                let Some(article) = doc.date.as_deref().and_then(day_number) else {
                    return;
                };
                for c in &doc.captions {
                    if let (Some(d), Some(dr)) = (
                        c.date.as_deref().and_then(day_number),
                        c.date_range.as_ref(),
                    ) && article - d > STALE_CAPTION_DAYS
                        && !c.file_photo
                    {
                        let msg = format!(
                            "caption is dated {}, {} days before the article ({}), with no \"file photo\" marker",
                            c.date.as_deref().unwrap_or(""),
                            article - d,
                            doc.date.as_deref().unwrap_or("")
                        );
                        push(dr.clone(), msg, None);
                    }
                }
            }
            Check::UnbalancedQuote => {
                for u in &self.seg.unbalanced {
                    push(
                        u.clone(),
                        format!(
                            "quotation mark {} has no partner in its paragraph",
                            &text[u.clone()]
                        ),
                        None,
                    );
                }
            }
            Check::BrokenByline => {
                if let Some((r, why)) = doc.byline.as_ref().and_then(|b| b.broken.clone()) {
                    push(r, why, None);
                }
            }
            Check::CaptionIncomplete => {
                for c in &doc.captions {
                    let missing: Vec<&str> = [
                        (c.credit.is_none(), "a credit"),
                        (c.date.is_none(), "a date"),
                    ]
                    .iter()
                    .filter(|(m, _)| *m)
                    .map(|(_, w)| *w)
                    .collect();
                    if !missing.is_empty() {
                        push(
                            c.range.clone(),
                            format!("caption has no {}", missing.join(" and no ")),
                            None,
                        );
                    }
                }
            }
            Check::AnonymousWithoutDescription => {
                // "a source said", "sources said": nothing about who or why they would know.
                const BARE: &[&str] = &[
                    "source",
                    "sources",
                    "official",
                    "officials",
                    "person",
                    "people",
                    "insider",
                    "insiders",
                    "someone",
                ];
                for (i, c) in claims.iter().enumerate().filter(|(_, c)| {
                    c.attribution.status == Status::Explicit && is_anonymous(analysis, c)
                }) {
                    let Some(m) = &c.attribution.source_mention else {
                        continue;
                    };
                    let words: Vec<String> = text[m.clone()]
                        .split_whitespace()
                        .map(|w| w.to_lowercase())
                        .filter(|w| {
                            !["a", "an", "the", "one", "two", "three", "some", "several"]
                                .contains(&w.as_str())
                        })
                        .collect();
                    if words.len() == 1 && BARE.contains(&words[0].as_str()) {
                        push(
                            m.clone(),
                            format!(
                                "“{}” says nothing of who the source is or how they know",
                                &text[m.clone()]
                            ),
                            Some(i),
                        );
                    }
                }
            }
            Check::AnonymousWithoutReason => {
                // Once per anonymous source: no reason for anonymity in its sentence or paragraph.
                let mut seen = std::collections::HashSet::new();
                for (i, c) in claims.iter().enumerate().filter(|(_, c)| {
                    c.attribution.status == Status::Explicit && is_anonymous(analysis, c)
                }) {
                    let src = c.attribution.source.unwrap();
                    if !seen.insert(src) {
                        continue;
                    }
                    // The reason may come in the paragraph after ("The official spoke on condition of anonymity because ...").
                    let para = &self.seg.paragraphs[c.paragraph];
                    let next = self
                        .seg
                        .paragraphs
                        .get(c.paragraph + 1)
                        .map_or(para.end, |p| p.end);
                    if self.param(ri, Param::Unless, &(para.start..next)).is_none() {
                        let span = c
                            .attribution
                            .source_mention
                            .clone()
                            .unwrap_or(c.span.clone());
                        push(
                            span,
                            format!(
                                "anonymous source “{}” with no reason given for anonymity",
                                analysis.sources[src].name
                            ),
                            Some(i),
                        );
                    }
                }
            }
            Check::AnonymousOpinion => {
                for (i, c) in claims.iter().enumerate().filter(|(_, c)| {
                    c.attribution.status != Status::Unattributed && is_anonymous(analysis, c)
                }) {
                    if let Some(m) = self.param(ri, Param::Triggers, &c.span) {
                        push(
                            m.clone(),
                            format!(
                                "an anonymous source is used for opinion or attack: “{}”",
                                &text[m]
                            ),
                            Some(i),
                        );
                    }
                }
            }
            Check::AnonymousLede => {
                let lede: Vec<(usize, &Claim)> = claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        c.paragraph == 0 && c.attribution.status != Status::Unattributed
                    })
                    .collect();
                if !lede.is_empty() && lede.iter().all(|(_, c)| is_anonymous(analysis, c)) {
                    let (i, c) = lede[0];
                    push(
                        c.attribution
                            .source_mention
                            .clone()
                            .unwrap_or(c.span.clone()),
                        "the first paragraph rests only on anonymous sources".into(),
                        Some(i),
                    );
                }
            }
            Check::SourcesBecomeSource => {
                // "sources said" early, "the source said" later: one source or several?
                let mentions: Vec<(usize, &Claim)> = claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        is_anonymous(analysis, c) && c.attribution.status == Status::Explicit
                    })
                    .collect();
                let plural_at = mentions.iter().find(|(_, c)| {
                    c.attribution.source_mention.as_ref().is_some_and(|m| {
                        text[m.clone()]
                            .to_lowercase()
                            .split_whitespace()
                            .any(|w| w == "sources")
                    })
                });
                if let Some((pi, _)) = plural_at
                    && let Some((i, c)) = mentions.iter().find(|(i, c)| {
                        i > pi
                            && c.attribution.source_mention.as_ref().is_some_and(|m| {
                                text[m.clone()]
                                    .to_lowercase()
                                    .trim_start_matches("the ")
                                    .starts_with("source")
                                    && !text[m.clone()]
                                        .to_lowercase()
                                        .split_whitespace()
                                        .any(|w| w == "sources")
                            })
                    })
                {
                    let m = c.attribution.source_mention.clone().unwrap();
                    push(
                        m.clone(),
                        format!("“{}” after “sources”: one source or several?", &text[m]),
                        Some(*i),
                    );
                }
            }
            Check::AllegedWithoutAccuser => {
                for (i, c) in claims.iter().enumerate() {
                    let no_accuser = c.attribution.status == Status::Unattributed
                        || c.attribution.source.is_none()
                        || c.attribution.source.is_some_and(|s| {
                            matches!(
                                analysis.sources[s].kind,
                                SourceKind::Anonymous | SourceKind::Unknown
                            )
                        });
                    if !no_accuser {
                        continue;
                    }
                    if let Some(m) = self
                        .param(ri, Param::Triggers, &c.span)
                        .filter(|m| !self.seg.in_quote(m.start))
                    {
                        push(
                            m.clone(),
                            format!("“{}” with no named accuser", &text[m]),
                            Some(i),
                        );
                    }
                }
            }
            Check::NoResponseSought => {
                // An accusation against a named party, and nowhere a sign a response was sought.
                if self
                    .scan
                    .params
                    .iter()
                    .any(|(_, c)| *c == 2 * ri + Param::Unless as usize)
                {
                    return;
                }
                const NOT_A_PARTY: &[&str] = &[
                    "Monday",
                    "Tuesday",
                    "Wednesday",
                    "Thursday",
                    "Friday",
                    "Saturday",
                    "Sunday",
                    "January",
                    "February",
                    "March",
                    "April",
                    "May",
                    "June",
                    "July",
                    "August",
                    "September",
                    "October",
                    "November",
                    "December",
                    "I",
                ];
                for (i, c) in claims.iter().enumerate() {
                    // The accusation may be the cue itself ("employees accused the company"), so look in the whole sentence.
                    let Some(m) = self
                        .param(ri, Param::Triggers, &c.sentence)
                        .filter(|m| !self.seg.in_quote(m.start))
                    else {
                        continue;
                    };
                    let names_party =
                        text[c.sentence.clone()]
                            .split_whitespace()
                            .skip(1)
                            .any(|w| {
                                let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
                                w.chars().next().is_some_and(char::is_uppercase)
                                    && !NOT_A_PARTY.contains(&w)
                            });
                    if names_party {
                        push(m, "an accusation against a named party, with no sign a response was sought (\"declined to comment\", \"did not respond\")".into(), Some(i));
                        return;
                    }
                }
            }
            Check::QuoteWithoutSpeaker => {
                // A speaker is "nearby" when the claim before or after has one: news
                // convention attributes a run of quotations once.
                let attributed = |k: usize| {
                    claims
                        .get(k)
                        .is_some_and(|c| c.attribution.status != Status::Unattributed)
                };
                for (i, c) in claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.attribution.status == Status::Unattributed)
                {
                    if attributed(i + 1) || i > 0 && attributed(i - 1) {
                        continue;
                    }
                    for q in &c.quotes {
                        if text[q.range.clone()].split_whitespace().count() >= 8 {
                            push(
                                q.range.clone(),
                                format!(
                                    "quotation “{}” has no speaker nearby",
                                    short(&text[q.range.clone()], 50)
                                ),
                                Some(i),
                            );
                        }
                    }
                }
            }
            Check::QuotesRunTogether => {
                // AP: a new speaker starts a new paragraph. Only quotations that make up
                // most of their claim count; a partial quote inside a paraphrase does not.
                let mut last: Option<(usize, usize)> = None; // (paragraph, speaker)
                for (i, c) in claims.iter().enumerate() {
                    let whole = c.quotes.iter().find(|q| {
                        q.speaker.is_some()
                            && 2 * q.range.len() >= c.span.len()
                            && text[q.range.clone()].split_whitespace().count() >= 4
                    });
                    let Some(q) = whole else { continue };
                    let sp = q.speaker.unwrap();
                    if let Some((p, prev)) = last
                        && p == c.paragraph
                        && prev != sp
                    {
                        push(
                            q.range.clone(),
                            format!(
                                "quotations from {} and {} run together in one paragraph",
                                analysis.sources[prev].name, analysis.sources[sp].name
                            ),
                            Some(i),
                        );
                    }
                    last = Some((c.paragraph, sp));
                }
            }
        }
    }

    /// Is a pattern match inside the rule's scope?
    fn in_scope(&self, scope: Scope, m: &Range<usize>) -> bool {
        let claims = &self.analysis.claims;
        let inside = |r: &Range<usize>| r.start <= m.start && m.end <= r.end;
        // Claims are in text order; find the one whose sentence holds the match.
        let k = claims.partition_point(|c| c.sentence.end <= m.start);
        let near = claims[k.saturating_sub(2)..claims.len().min(k + 3)].iter();
        // Paragraphs are in text order and do not overlap: only the last one
        // starting at or before the match can hold it (a walk over all of them
        // for every match made a long article quadratic).
        let paragraphs = &self.seg.paragraphs;
        let in_paragraph = || {
            paragraphs[..paragraphs.partition_point(|p| p.start <= m.start)]
                .last()
                .is_some_and(inside)
        };
        match scope {
            Scope::Document => true,
            Scope::Body => in_paragraph(),
            Scope::Quote => self.seg.in_quote(m.start) && in_paragraph(),
            Scope::Headline => self.doc.headline.as_ref().is_some_and(inside),
            Scope::Lede => self.seg.paragraphs.first().is_some_and(inside),
            Scope::Caption => self.doc.captions.iter().any(|c| inside(&c.range)),
            // The narrator's voice: outside quotations and outside what a source is
            // reported to have said. The frame of an attribution ("Some people say")
            // is the narrator's own.
            Scope::Narrator => {
                !self.seg.in_quote(m.start)
                    && !near
                        .clone()
                        .any(|c| c.attribution.status != Status::Unattributed && inside(&c.span))
            }
            Scope::Content => {
                !self.seg.in_quote(m.start)
                    && near
                        .clone()
                        .any(|c| c.attribution.status != Status::Unattributed && inside(&c.span))
            }
            Scope::Cue => near.clone().any(|c| {
                c.attribution
                    .cue
                    .as_ref()
                    .is_some_and(|cue| cue.start <= m.start && m.start < cue.end)
            }),
            Scope::Source => near
                .clone()
                .any(|c| c.attribution.source_mention.as_ref().is_some_and(inside)),
        }
    }
}

/// Every finding of every active finding rule, in text order.
pub fn find(
    doc: &Document,
    seg: &Segments,
    analysis: &Analysis,
    disputes: &[Dispute],
    scan: &Scan,
    engine: &Engine,
) -> Vec<RawFinding> {
    let ctx = Ctx {
        scan,
        doc,
        text: &doc.text,
        seg,
        analysis,
        disputes,
    };
    let mut out = Vec::new();
    for (ri, rule) in engine.findings.iter().enumerate() {
        if let Some(check) = rule.check {
            let from = out.len();
            ctx.run_check(check, ri, &mut out);
            // A rule's own message replaces the check's; `{match}` is the text it flagged.
            if let Some(msg) = &rule.message {
                for f in &mut out[from..] {
                    f.message = msg.replace("{match}", &doc.text[f.span.clone()]);
                }
            }
        }
    }
    for (m, ri) in &scan.findings {
        let rule = &engine.findings[*ri];
        if !ctx.in_scope(rule.scope.unwrap_or(Scope::Body), m) {
            continue;
        }
        let matched = &doc.text[m.clone()];
        let message = rule
            .message
            .as_deref()
            .unwrap_or(&rule.description)
            .replace("{match}", matched);
        let k = analysis
            .claims
            .partition_point(|c| c.sentence.end <= m.start);
        let claim = analysis
            .claims
            .get(k)
            .filter(|c| c.sentence.start <= m.start)
            .map(|_| k);
        out.push(RawFinding {
            rule: *ri,
            span: m.clone(),
            message,
            claim,
        });
    }
    out.sort_by_key(|f| (f.span.start, f.span.end, f.rule));
    out
}

#[cfg(test)]
mod tests {
    use super::short;

    /// `short` as first written: one character at a time.
    fn reference(s: &str, n: usize) -> String {
        let mut out = String::new();
        let mut count = 0;
        for w in s.split_whitespace() {
            if count > 0 {
                if count >= n {
                    return format!("{}…", out.trim_end());
                }
                out.push(' ');
                count += 1;
            }
            for c in w.chars() {
                if count >= n {
                    return format!("{}…", out.trim_end());
                }
                out.push(c);
                count += 1;
            }
        }
        out
    }

    #[test]
    fn short_cuts_as_before() {
        let texts = [
            "",
            "   ",
            "one",
            "“Ünïcödé” words\u{a0}and  spaces\n here",
            "abcdefghij klmnopqrst uvwxyz",
            // Plain text, and plain text that turns irregular near the cut.
            "a b c d e f g h i j k l m n o p q r s t",
            "abc ",
            "ab  cd ef",
            "ab cd \n",
            "“Quoted” words, they’re plain\u{a0}",
            " leading",
            "end.  \n\n",
            include_str!("../fixtures/000_cf4754b5362d07c1.txt"),
        ];
        for t in texts {
            for n in 0..40 {
                assert_eq!(short(t, n), reference(t, n), "{:?} {}", t, n);
            }
            assert_eq!(short(t, 80), reference(t, 80));
        }
    }
}
