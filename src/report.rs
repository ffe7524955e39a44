//! The report: one model of everything whosaid found in a file, from which
//! every output format is rendered. Findings are derived here, from the
//! analysis, with severities from the rule pack.

use crate::attribute::{Analysis, Status};
use crate::dispute::Dispute;
use crate::document::{Document, day_number};
use crate::rules::{Engine, Severity};
use crate::segment::Segments;
use crate::span::Span;
use serde::Serialize;
use std::ops::Range;

pub const SCHEMA: &str = "whosaid/1";

/// How old a caption's date may be, relative to the article, before an editor should look.
pub const STALE_CAPTION_DAYS: i64 = 180;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub schema: &'static str,
    pub tool: Tool,
    pub files: Vec<FileReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    pub name: &'static str,
    pub version: &'static str,
}

impl Report {
    pub fn new(files: Vec<FileReport>) -> Report {
        Report {
            schema: SCHEMA,
            tool: Tool {
                name: "whosaid",
                version: env!("CARGO_PKG_VERSION"),
            },
            files,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TextSpan {
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct BylineInfo {
    pub author: Option<String>,
    pub outlet: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct OriginInfo {
    pub outlet: String,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct CaptionInfo {
    pub text: String,
    pub span: Span,
    pub credit: Option<String>,
    pub credit_span: Option<Span>,
    pub date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentInfo {
    pub path: String,
    pub title: Option<String>,
    pub title_span: Option<Span>,
    pub date: Option<String>,
    pub date_span: Option<Span>,
    pub byline: Option<BylineInfo>,
    pub origin: Option<OriginInfo>,
    pub captions: Vec<CaptionInfo>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AttributionInfo {
    pub status: &'static str,
    pub source: Option<String>,
    pub via: Vec<String>,
    pub cue: Option<TextSpan>,
    pub source_mention: Option<TextSpan>,
    pub hedge: Option<String>,
    pub hedge_span: Option<Span>,
    /// The source a hedge was resolved to, and why.
    pub hedge_resolved_to: Option<String>,
    pub hedge_note: Option<String>,
    pub inherited_from: Option<String>,
    pub rule: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct QuoteInfo {
    pub text: String,
    pub span: Span,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimInfo {
    pub id: String,
    pub text: String,
    pub span: Span,
    /// Pieces of the content when a cue interrupts it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub content_fragments: Vec<Span>,
    pub sentence: Span,
    /// 1-based index of the body paragraph.
    pub paragraph: usize,
    pub attribution: AttributionInfo,
    pub quotes: Vec<QuoteInfo>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DisputeInfo {
    pub id: String,
    pub claims: [String; 2],
    pub sources: [String; 2],
    pub marker: Option<TextSpan>,
    pub kind: &'static str,
    pub rule: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub claim: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub claims: usize,
    pub explicit: usize,
    pub inherited: usize,
    pub unattributed: usize,
    pub sources: usize,
    pub disputes: usize,
    pub findings: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    pub document: DocumentInfo,
    pub sources: Vec<SourceInfo>,
    pub claims: Vec<ClaimInfo>,
    pub disputes: Vec<DisputeInfo>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

impl FileReport {
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let t: String = s.chars().take(n).collect();
    format!("{}…", t.trim_end())
}

pub fn build(
    doc: &Document,
    seg: &Segments,
    analysis: &Analysis,
    disputes: &[Dispute],
    engine: &Engine,
) -> FileReport {
    let text = doc.text.as_str();
    let sp = |r: &Range<usize>| doc.lines.span(text, r.clone());
    let ts = |r: &Range<usize>| TextSpan {
        text: text[r.clone()].to_string(),
        span: sp(r),
    };
    let sid = |i: usize| format!("s{}", i + 1);
    let cid = |i: usize| format!("c{}", i + 1);

    let document = DocumentInfo {
        path: doc.path.clone(),
        title: doc.headline.as_ref().map(|r| text[r.clone()].to_string()),
        title_span: doc.headline.as_ref().map(sp),
        date: doc.date.clone(),
        date_span: doc.date_range.as_ref().map(sp),
        byline: doc.byline.as_ref().map(|b| BylineInfo {
            author: b.author.clone(),
            outlet: b.outlet.clone(),
            span: sp(&b.range),
        }),
        origin: doc.origin.as_ref().map(|o| OriginInfo {
            outlet: o.outlet.clone(),
            span: sp(&o.outlet_range),
        }),
        captions: doc
            .captions
            .iter()
            .map(|c| CaptionInfo {
                text: text[c.range.clone()].to_string(),
                span: sp(&c.range),
                credit: c.credit.as_ref().map(|r| text[r.clone()].to_string()),
                credit_span: c.credit.as_ref().map(sp),
                date: c.date.clone(),
            })
            .collect(),
    };
    let sources: Vec<SourceInfo> = analysis
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| SourceInfo {
            id: sid(i),
            name: s.name.clone(),
            kind: s.kind.as_str(),
            aliases: s.aliases.clone(),
            mentions: s.mentions.iter().map(sp).collect(),
        })
        .collect();
    let chain = |src: Option<usize>, via: &[usize]| -> String {
        let mut parts: Vec<String> = src
            .map(|s| analysis.sources[s].name.clone())
            .into_iter()
            .collect();
        parts.extend(via.iter().map(|v| analysis.sources[*v].name.clone()));
        parts.join(" → ")
    };
    let mut findings: Vec<Finding> = Vec::new();
    let mut push = |rule: &str, message: String, span: Span, claim: Option<String>| {
        findings.push(Finding {
            rule: rule.to_string(),
            severity: engine.severity(rule),
            message,
            span,
            claim,
        });
    };
    let mut claims = Vec::new();
    for (i, c) in analysis.claims.iter().enumerate() {
        let a = &c.attribution;
        let hedge_note = a.hedge.as_ref().map(|h| {
            let word = &text[h.clone()];
            match a.hedge_resolved_to {
                Some(o) => {
                    let first = analysis.sources[o].mentions.first().map(|m| doc.lines.position(text, m.start).0);
                    format!(
                        "“{}” names no reporter; resolved to {}, the nearest earlier reporting outlet{}",
                        word,
                        analysis.sources[o].name,
                        first.map(|l| format!(" (first named on line {})", l)).unwrap_or_default()
                    )
                }
                None => format!("“{}” names no reporter and no earlier outlet could be found", word),
            }
        });
        if a.hedge.is_some()
            && (a.hedge_resolved_to.is_some() || a.source.is_none() || a.via.is_empty())
        {
            let named = a.hedge_resolved_to.is_none()
                && a.via
                    .iter()
                    .chain(a.source.iter())
                    .any(|s| analysis.sources[*s].kind == crate::rules::SourceKind::Outlet);
            if !named {
                push(
                    "hedge-without-reporter",
                    hedge_note.clone().unwrap_or_default(),
                    sp(a.hedge.as_ref().unwrap()),
                    Some(cid(i)),
                );
            }
        }
        match a.status {
            Status::Unattributed => push(
                "unattributed-claim",
                format!("no source for “{}”", short(&text[c.span.clone()], 80)),
                sp(&c.span),
                Some(cid(i)),
            ),
            _ => {
                if let Some(s) = a.source {
                    if analysis.sources[s].kind == crate::rules::SourceKind::Anonymous {
                        push(
                            "anonymous-source",
                            format!("rests on an anonymous source: {}", chain(a.source, &a.via)),
                            sp(a.source_mention.as_ref().unwrap_or(&c.span)),
                            Some(cid(i)),
                        );
                    }
                }
            }
        }
        claims.push(ClaimInfo {
            id: cid(i),
            text: text[c.span.clone()].to_string(),
            span: sp(&c.span),
            content_fragments: c.fragments.iter().map(sp).collect(),
            sentence: sp(&c.sentence),
            paragraph: c.paragraph + 1,
            attribution: AttributionInfo {
                status: a.status.as_str(),
                source: a.source.map(sid),
                via: a.via.iter().map(|v| sid(*v)).collect(),
                cue: a.cue.as_ref().map(ts),
                source_mention: a.source_mention.as_ref().map(ts),
                hedge: a.hedge.as_ref().map(|h| text[h.clone()].to_string()),
                hedge_span: a.hedge.as_ref().map(sp),
                hedge_resolved_to: a.hedge_resolved_to.map(sid),
                hedge_note,
                inherited_from: a.inherited_from.map(cid),
                rule: a.rule.clone().or_else(|| {
                    a.inherited_from
                        .and_then(|p| analysis.claims[p].attribution.rule.clone())
                }),
            },
            quotes: c
                .quotes
                .iter()
                .map(|q| QuoteInfo {
                    text: text[q.range.clone()].to_string(),
                    span: sp(&q.range),
                    speaker: q.speaker.map(sid),
                })
                .collect(),
        });
    }
    let mut dispute_infos = Vec::new();
    for (k, d) in disputes.iter().enumerate() {
        let [a, b] = d.claims;
        let later = &analysis.claims[b];
        push(
            "dispute",
            format!(
                "{} disputes {}: “{}” against “{}”",
                chain(later.attribution.source, &later.attribution.via),
                chain(
                    analysis.claims[a].attribution.source,
                    &analysis.claims[a].attribution.via
                ),
                short(&text[later.span.clone()], 60),
                short(&text[analysis.claims[a].span.clone()], 60)
            ),
            sp(d.marker.as_ref().unwrap_or(&later.span)),
            Some(cid(b)),
        );
        dispute_infos.push(DisputeInfo {
            id: format!("d{}", k + 1),
            claims: [cid(a), cid(b)],
            sources: [sid(d.sources[0]), sid(d.sources[1])],
            marker: d.marker.as_ref().map(ts),
            kind: d.kind,
            rule: d.rule.clone(),
        });
    }
    // Furniture findings.
    if let Some(b) = &doc.byline {
        if let Some((r, why)) = &b.broken {
            push("broken-byline", why.clone(), sp(r), None);
        }
    }
    if let Some(article) = doc.date.as_deref().and_then(day_number) {
        for c in &doc.captions {
            if let (Some(d), Some(dr)) = (
                c.date.as_deref().and_then(day_number),
                c.date_range.as_ref(),
            ) {
                if article - d > STALE_CAPTION_DAYS && !c.file_photo {
                    push(
                        "stale-caption",
                        format!(
                            "caption is dated {} , {} days before the article ({}), with no \"file photo\" marker",
                            c.date.as_deref().unwrap_or(""),
                            article - d,
                            doc.date.as_deref().unwrap_or("")
                        )
                        .replace(" ,", ","),
                        sp(dr),
                        None,
                    );
                }
            }
        }
    }
    for u in &seg.unbalanced {
        push(
            "unbalanced-quote",
            format!(
                "quotation mark {} has no partner in its paragraph",
                &text[u.clone()]
            ),
            sp(u),
            None,
        );
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    let count = |s: Status| {
        analysis
            .claims
            .iter()
            .filter(|c| c.attribution.status == s)
            .count()
    };
    let summary = Summary {
        claims: claims.len(),
        explicit: count(Status::Explicit),
        inherited: count(Status::Inherited),
        unattributed: count(Status::Unattributed),
        sources: sources.len(),
        disputes: dispute_infos.len(),
        findings: findings.len(),
    };
    FileReport {
        document,
        sources,
        claims,
        disputes: dispute_infos,
        findings,
        summary,
    }
}
