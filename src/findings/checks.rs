//! The built-in checks (`check:` in a finding rule), one method each: what an
//! editor should look at that no word list can find.

use super::{
    Ctx, Param, STALE_CAPTION_DAYS, Sink, chain, hedge_note, is_anonymous, short, short_into,
};
use crate::attribute::{Claim, Status};
use crate::document::day_number;
use crate::rules::SourceKind;
use std::ops::Range;

impl Ctx<'_> {
    /// A claim with no source at all.
    pub(super) fn unattributed_claim(&self, sink: &mut Sink) {
        let text = self.text;
        let claims = &self.analysis.claims;
        for (i, c) in claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.attribution.status == Status::Unattributed)
        {
            let mut message = String::with_capacity(100);
            message.push_str("no source for “");
            short_into(&mut message, &text[c.span.clone()], 80);
            message.push('”');
            sink.push(c.span.clone(), message, Some(i));
        }
    }

    /// A claim that rests on an anonymous source.
    pub(super) fn anonymous_source(&self, sink: &mut Sink) {
        let analysis = self.analysis;
        let claims = &self.analysis.claims;
        for (i, c) in claims.iter().enumerate().filter(|(_, c)| {
            c.attribution.status != Status::Unattributed && is_anonymous(analysis, c)
        }) {
            let a = &c.attribution;
            sink.push(
                a.source_mention.clone().unwrap_or(c.span.clone()),
                format!(
                    "rests on an anonymous source: {}",
                    chain(analysis, a.source, &a.via)
                ),
                Some(i),
            );
        }
    }

    /// "reportedly", "is said to": a hedge that names no one who reported it.
    pub(super) fn hedge_without_reporter(&self, sink: &mut Sink) {
        let (analysis, doc) = (self.analysis, self.doc);
        let claims = &self.analysis.claims;
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
                sink.push(
                    h.clone(),
                    hedge_note(doc, analysis, c).unwrap_or_default(),
                    Some(i),
                );
            }
        }
    }

    /// "it was revealed that …": a cue with no one behind it, the claim's
    /// own or one inside it ("… came under fire when it was revealed").
    pub(super) fn unnamed_source(&self, sink: &mut Sink) {
        let text = self.text;
        let claims = &self.analysis.claims;
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
                sink.push(cue, message, Some(i));
            }
        }
    }

    /// One finding per dispute, on its marker where it has one.
    pub(super) fn dispute(&self, sink: &mut Sink) {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &self.analysis.claims;
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
            sink.push(
                d.marker.clone().unwrap_or(b.span.clone()),
                message,
                Some(b.claim),
            );
        }
    }

    /// A caption dated long before the article, not marked as a file photo.
    pub(super) fn stale_caption(&self, sink: &mut Sink) {
        let doc = self.doc;
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
                sink.push(dr.clone(), msg, None);
            }
        }
    }

    /// A quotation mark with no partner in its paragraph.
    pub(super) fn unbalanced_quote(&self, sink: &mut Sink) {
        let text = self.text;
        for u in &self.seg.unbalanced {
            sink.push(
                u.clone(),
                format!(
                    "quotation mark {} has no partner in its paragraph",
                    &text[u.clone()]
                ),
                None,
            );
        }
    }

    /// A byline the document loader could not make sense of.
    pub(super) fn broken_byline(&self, sink: &mut Sink) {
        let doc = self.doc;
        if let Some((r, why)) = doc.byline.as_ref().and_then(|b| b.broken.clone()) {
            sink.push(r, why, None);
        }
    }

    /// A caption without a credit or a date.
    pub(super) fn caption_incomplete(&self, sink: &mut Sink) {
        let doc = self.doc;
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
                sink.push(
                    c.range.clone(),
                    format!("caption has no {}", missing.join(" and no ")),
                    None,
                );
            }
        }
    }

    /// "a source said", "sources said": nothing about who or why they would know.
    pub(super) fn anonymous_without_description(&self, sink: &mut Sink) {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &self.analysis.claims;
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
        for (i, c) in claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.attribution.status == Status::Explicit && is_anonymous(analysis, c))
        {
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
                sink.push(
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

    /// Once per anonymous source: no reason for anonymity in its sentence or paragraph.
    pub(super) fn anonymous_without_reason(&self, sink: &mut Sink) {
        let analysis = self.analysis;
        let claims = &self.analysis.claims;
        let mut seen = std::collections::HashSet::new();
        for (i, c) in claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.attribution.status == Status::Explicit && is_anonymous(analysis, c))
        {
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
            if self
                .param(sink.rule, Param::Unless, &(para.start..next))
                .is_none()
            {
                let span = c
                    .attribution
                    .source_mention
                    .clone()
                    .unwrap_or(c.span.clone());
                sink.push(
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

    /// An anonymous source used for opinion or attack, not for fact.
    pub(super) fn anonymous_opinion(&self, sink: &mut Sink) {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &self.analysis.claims;
        for (i, c) in claims.iter().enumerate().filter(|(_, c)| {
            c.attribution.status != Status::Unattributed && is_anonymous(analysis, c)
        }) {
            if let Some(m) = self.param(sink.rule, Param::Triggers, &c.span) {
                sink.push(
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

    /// A first paragraph that rests only on anonymous sources.
    pub(super) fn anonymous_lede(&self, sink: &mut Sink) {
        let analysis = self.analysis;
        let claims = &self.analysis.claims;
        let lede: Vec<(usize, &Claim)> = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.paragraph == 0 && c.attribution.status != Status::Unattributed)
            .collect();
        if !lede.is_empty() && lede.iter().all(|(_, c)| is_anonymous(analysis, c)) {
            let (i, c) = lede[0];
            sink.push(
                c.attribution
                    .source_mention
                    .clone()
                    .unwrap_or(c.span.clone()),
                "the first paragraph rests only on anonymous sources".into(),
                Some(i),
            );
        }
    }

    /// "sources said" early, "the source said" later: one source or several?
    pub(super) fn sources_become_source(&self, sink: &mut Sink) {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &self.analysis.claims;
        let mentions: Vec<(usize, &Claim)> = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| is_anonymous(analysis, c) && c.attribution.status == Status::Explicit)
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
            sink.push(
                m.clone(),
                format!("“{}” after “sources”: one source or several?", &text[m]),
                Some(*i),
            );
        }
    }

    /// "alleged" and its kin with no named accuser behind the claim.
    pub(super) fn alleged_without_accuser(&self, sink: &mut Sink) {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &self.analysis.claims;
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
                .param(sink.rule, Param::Triggers, &c.span)
                .filter(|m| !self.seg.in_quote(m.start))
            {
                sink.push(
                    m.clone(),
                    format!("“{}” with no named accuser", &text[m]),
                    Some(i),
                );
            }
        }
    }

    /// An accusation against a named party, and nowhere a sign a response was sought.
    pub(super) fn no_response_sought(&self, sink: &mut Sink) {
        let text = self.text;
        let claims = &self.analysis.claims;
        if self
            .scan
            .params
            .iter()
            .any(|(_, c)| *c == 2 * sink.rule + Param::Unless as usize)
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
                .param(sink.rule, Param::Triggers, &c.sentence)
                .filter(|m| !self.seg.in_quote(m.start))
            else {
                continue;
            };
            let names_party = text[c.sentence.clone()]
                .split_whitespace()
                .skip(1)
                .any(|w| {
                    let w = w.trim_matches(|ch: char| !ch.is_alphanumeric());
                    w.chars().next().is_some_and(char::is_uppercase) && !NOT_A_PARTY.contains(&w)
                });
            if names_party {
                sink.push(m, "an accusation against a named party, with no sign a response was sought (\"declined to comment\", \"did not respond\")".into(), Some(i));
                return;
            }
        }
    }

    /// A speaker is "nearby" when the claim before or after has one: news
    /// convention attributes a run of quotations once.
    pub(super) fn quote_without_speaker(&self, sink: &mut Sink) {
        let text = self.text;
        let claims = &self.analysis.claims;
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
                    sink.push(
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

    /// AP: a new speaker starts a new paragraph. Only quotations that make up
    /// most of their claim count; a partial quote inside a paraphrase does not.
    pub(super) fn quotes_run_together(&self, sink: &mut Sink) {
        let (text, analysis) = (self.text, self.analysis);
        let claims = &self.analysis.claims;
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
                sink.push(
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
