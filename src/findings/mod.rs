//! Findings: what an editor should look at. Each finding rule either runs a
//! built-in check (`check:`) or looks for words in a scope (`words:` and
//! `scope:`); the matches of every pattern rule come from the one scan of the
//! text, so adding rules does not add passes.

use crate::attribute::{Analysis, Claim, Scan, Status};
use crate::dispute::Dispute;
use crate::document::Document;
use crate::rules::{Check, Engine, Scope, SourceKind};
use crate::segment::Segments;
use std::ops::Range;

mod checks;

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

/// Where a built-in check's findings go, each stamped with the rule that raised it.
struct Sink<'o> {
    rule: usize,
    out: &'o mut Vec<RawFinding>,
}

impl Sink<'_> {
    fn push(&mut self, span: Range<usize>, message: String, claim: Option<usize>) {
        self.out.push(RawFinding {
            rule: self.rule,
            span,
            message,
            claim,
        });
    }
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
        let mut sink = Sink { rule: ri, out };
        match check {
            Check::UnattributedClaim => self.unattributed_claim(&mut sink),
            Check::AnonymousSource => self.anonymous_source(&mut sink),
            Check::HedgeWithoutReporter => self.hedge_without_reporter(&mut sink),
            Check::UnnamedSource => self.unnamed_source(&mut sink),
            Check::Dispute => self.dispute(&mut sink),
            Check::StaleCaption => self.stale_caption(&mut sink),
            Check::UnbalancedQuote => self.unbalanced_quote(&mut sink),
            Check::BrokenByline => self.broken_byline(&mut sink),
            Check::CaptionIncomplete => self.caption_incomplete(&mut sink),
            Check::AnonymousWithoutDescription => self.anonymous_without_description(&mut sink),
            Check::AnonymousWithoutReason => self.anonymous_without_reason(&mut sink),
            Check::AnonymousOpinion => self.anonymous_opinion(&mut sink),
            Check::AnonymousLede => self.anonymous_lede(&mut sink),
            Check::SourcesBecomeSource => self.sources_become_source(&mut sink),
            Check::AllegedWithoutAccuser => self.alleged_without_accuser(&mut sink),
            Check::NoResponseSought => self.no_response_sought(&mut sink),
            Check::QuoteWithoutSpeaker => self.quote_without_speaker(&mut sink),
            Check::QuotesRunTogether => self.quotes_run_together(&mut sink),
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
            include_str!("../../fixtures/000_cf4754b5362d07c1.txt"),
        ];
        for t in texts {
            for n in 0..40 {
                assert_eq!(short(t, n), reference(t, n), "{:?} {}", t, n);
            }
            assert_eq!(short(t, 80), reference(t, 80));
        }
    }
}
