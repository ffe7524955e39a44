//! The report: one model of everything whosaid found in a file, from which
//! every output format is rendered. Findings are derived here, from the
//! analysis, with severities from the rule pack.

use crate::attribute::{Analysis, Status};
use crate::dispute::{Dispute, SideSource};
use crate::document::Document;
use crate::rules::{Engine, Severity, SourceKind};
use crate::segment::Segments;
use crate::span::Span;
use serde::Serialize;
use std::ops::Range;

pub const SCHEMA: &str = "whosaid/1";

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
    /// Who the headline attributes its claim to, if anyone.
    pub title_attribution: Option<NestedInfo>,
    /// The headline's further attributions, one for each verb after the first
    /// ("Cruz Slams Trump, Praises Clinton").
    pub title_more_attributions: Vec<NestedInfo>,
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
    /// The asker a question hedge names ("Asked by Matt Lauer whether …").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge_source_mention: Option<TextSpan>,
    /// What the hedge qualifies: the question after "asked", the clause a hedge
    /// in another cue's frame stands in, or the claim around the hedge split at
    /// it ("The driver has" + "been fired" for "has reportedly been fired").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hedge_content: Vec<Span>,
    /// Why an attributed claim has no source: "no source named (agentless
    /// passive)" for "it was revealed that …".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_note: Option<String>,
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
    /// Attributions inside the claim that are not its own ("Smith said Jones believes …").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub nested: Vec<NestedInfo>,
}

impl ClaimInfo {
    /// What the claim asserts, the text whose status it carries: the pieces of
    /// its content where a cue interrupts it ("“…,” he said, “…”": the frame
    /// between them is the writer's); for a claim a hedge qualifies, what the
    /// hedge qualifies ("Christie … to be fully embracing his duties" of "Aside
    /// from Tuesday night, Christie appears to be fully embracing his duties"),
    /// as an explicit claim is its content and not the frame around it;
    /// otherwise its span.
    pub fn unit(&self) -> Vec<Span> {
        let a = &self.attribution;
        if !self.content_fragments.is_empty() {
            self.content_fragments.clone()
        } else if a.status == "unattributed"
            && a.hedge_span.is_some()
            && !a.hedge_content.is_empty()
            && a.hedge_content
                .iter()
                .all(|s| self.span.start <= s.start && s.end <= self.span.end)
        {
            a.hedge_content.clone()
        } else {
            vec![self.span]
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct NestedInfo {
    pub cue: TextSpan,
    pub source: Option<String>,
    pub source_mention: Option<TextSpan>,
    pub content: Vec<Span>,
    pub rule: String,
}

/// One side of a dispute: the words of the disputed claim, or of the
/// disputing one, with their claim and source. Inside one sentence ("X
/// dismissed Y’s accusations that Z") both sides lie in the same claim.
#[derive(Debug, Clone, Serialize)]
pub struct DisputeSide {
    pub claim: String,
    pub source: String,
    pub text: String,
    pub span: Span,
}

#[derive(Debug, Clone, Serialize)]
pub struct DisputeInfo {
    pub id: String,
    /// The disputed claim, then the disputing one (the same claim twice for a
    /// dispute inside one sentence).
    pub claims: [String; 2],
    pub sources: [String; 2],
    /// The disputed side, then the disputing side.
    pub sides: [DisputeSide; 2],
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
    /// Where the rule is explained.
    pub help: String,
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

/// What the report says of an attribution with no source, by the frame of
/// the cue rule that made it.
pub fn source_note(engine: &Engine, rule: Option<&str>) -> String {
    let passive = rule
        .and_then(|id| engine.cue_rule(id))
        .filter(|r| r.frame == crate::rules::Frame::Passive);
    match passive {
        Some(r) => format!(
            "no source named ({})",
            r.unnamed_note.as_deref().unwrap_or("agentless passive")
        ),
        None => "no source named".into(),
    }
}

/// What a finding's `help` starts with; the rule's id follows.
const HELP: &str = "whosaid explain ";

/// `prefix` followed by `i + 1` ("s1", "c12"), without the formatting machinery:
/// a report makes one per claim, source, dispute and finding.
fn numbered(prefix: char, i: usize) -> String {
    let mut digits = [0u8; 20];
    let mut k = digits.len();
    let mut n = i + 1;
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut s = String::with_capacity(1 + digits.len() - k);
    s.push(prefix);
    for &d in &digits[k..] {
        s.push(d as char);
    }
    s
}

pub fn build(
    doc: &Document,
    seg: &Segments,
    scan: &crate::attribute::Scan,
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
    let sid = |i: usize| numbered('s', i);
    let cid = |i: usize| numbered('c', i);

    let nested_info = |n: &crate::attribute::Nested| NestedInfo {
        cue: ts(&n.cue),
        source: n.source.map(sid),
        source_mention: n.source_mention.as_ref().map(ts),
        content: n.content.iter().map(sp).collect(),
        rule: n.rule.clone(),
    };
    let document = DocumentInfo {
        path: doc.path.clone(),
        title: doc.headline.as_ref().map(|r| text[r.clone()].to_string()),
        title_span: doc.headline.as_ref().map(sp),
        title_attribution: analysis.headline.first().map(nested_info),
        title_more_attributions: analysis.headline.iter().skip(1).map(nested_info).collect(),
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
    let mut sources: Vec<SourceInfo> = analysis
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
    // Sources named only as the holder of a disputed claim ("Bernie Sanders’
    // accusations that ..."), after the analysis's sources, one per name.
    let mut side_source = |side: &crate::dispute::Side| -> String {
        match &side.source {
            SideSource::Known(s) => sid(*s),
            SideSource::Named(r) => {
                let name = crate::dispute::named_source(text, r);
                if let Some(s) = sources[analysis.sources.len()..]
                    .iter_mut()
                    .find(|s| s.name == name)
                {
                    if !s.mentions.iter().any(|m| m.start == r.start) {
                        s.mentions.push(sp(r));
                    }
                    return s.id.clone();
                }
                let id = sid(sources.len());
                sources.push(SourceInfo {
                    id: id.clone(),
                    name,
                    kind: SourceKind::Unknown.as_str(),
                    aliases: Vec::new(),
                    mentions: vec![sp(r)],
                });
                id
            }
        }
    };

    let mut claims = Vec::with_capacity(analysis.claims.len());
    for (i, c) in analysis.claims.iter().enumerate() {
        let a = &c.attribution;
        let hedge_note = crate::findings::hedge_note(doc, analysis, c);
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
                hedge_source_mention: a.hedge_source_mention.as_ref().map(ts),
                hedge_content: crate::attribute::hedge_content(text, c)
                    .iter()
                    .map(sp)
                    .collect(),
                source_note: (a.status != Status::Unattributed && a.source.is_none()).then(|| {
                    source_note(
                        engine,
                        a.rule.as_deref().or_else(|| {
                            a.inherited_from
                                .and_then(|p| analysis.claims[p].attribution.rule.as_deref())
                        }),
                    )
                }),
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
            nested: c.nested.iter().map(nested_info).collect(),
        });
    }
    let mut dispute_infos = Vec::with_capacity(disputes.len());
    for (k, d) in disputes.iter().enumerate() {
        let [a, b] = d.claims;
        let side = |s: &crate::dispute::Side, source: String| DisputeSide {
            claim: cid(s.claim),
            source,
            text: text[s.span.clone()].to_string(),
            span: sp(&s.span),
        };
        let (sa, sb) = (side_source(&d.sides[0]), side_source(&d.sides[1]));
        dispute_infos.push(DisputeInfo {
            id: numbered('d', k),
            claims: [cid(a), cid(b)],
            sources: [sa.clone(), sb.clone()],
            sides: [side(&d.sides[0], sa), side(&d.sides[1], sb)],
            marker: d.marker.as_ref().map(ts),
            kind: d.kind,
            rule: d.rule.clone(),
        });
    }
    let findings: Vec<Finding> = crate::findings::find(doc, seg, analysis, disputes, scan, engine)
        .into_iter()
        .map(|f| {
            let rule = &engine.findings[f.rule];
            let mut help = String::with_capacity(HELP.len() + rule.id.len());
            help.push_str(HELP);
            help.push_str(&rule.id);
            Finding {
                rule: rule.id.clone(),
                severity: rule.severity,
                message: f.message,
                span: sp(&f.span),
                claim: f.claim.map(cid),
                help,
            }
        })
        .collect();
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

#[cfg(test)]
mod tests {
    #[test]
    fn numbered_counts_from_one() {
        for i in [0, 8, 9, 10, 98, 99, 12345, usize::MAX - 1] {
            assert_eq!(super::numbered('c', i), format!("c{}", i + 1));
        }
    }
}
