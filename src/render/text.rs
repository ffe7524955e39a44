//! `--format text`: the editor's report. Sources with their claims first (a
//! chain as `Hamas sources → MEE`), then inherited and unattributed claims,
//! disputes side by side, and findings with line:column.

use crate::report::{ClaimInfo, FileReport, Report};
use std::collections::HashMap;
use std::fmt::Write;

const WIDTH: usize = 110;

use crate::findings::{short, short_into};

// The lines written once per claim and per finding are put together with
// `push_str` rather than `writeln!`: the formatting machinery was most of
// the text report's cost. Each says which format it stands for.

/// `s` left-aligned in `width` characters, as `{:<width}` writes it.
fn push_padded(out: &mut String, s: &str, width: usize) {
    out.push_str(s);
    let n = s.chars().count();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(n)));
}

/// A claim's "line:column", left-aligned in seven characters (`{:<7}`).
fn push_pos(out: &mut String, c: &ClaimInfo) {
    let start = out.len();
    let _ = write!(out, "{}:{}", c.span.line, c.span.column);
    let n = out.len() - start;
    out.extend(std::iter::repeat_n(' ', 7usize.saturating_sub(n)));
}

fn count(n: usize, what: &str) -> String {
    format!("{} {}{}", n, what, if n == 1 { "" } else { "s" })
}

fn pos(c: &ClaimInfo) -> String {
    format!("{}:{}", c.span.line, c.span.column)
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for (i, f) in report.files.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        file(&mut out, f);
    }
    out
}

/// Streams the editor's report one file at a time.
#[derive(Default)]
pub struct TextWriter {
    files: usize,
}

impl TextWriter {
    pub fn file(&mut self, out: &mut dyn std::io::Write, f: &FileReport) -> std::io::Result<()> {
        let mut s = String::new();
        if self.files > 0 {
            s.push('\n');
        }
        self.files += 1;
        file(&mut s, f);
        out.write_all(s.as_bytes())
    }
}

fn file(out: &mut String, f: &FileReport) {
    let d = &f.document;
    let names: HashMap<&str, &str> = f
        .sources
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let name = |id: &str| names.get(id).copied().unwrap_or("?").to_string();
    let chain = |src: &Option<String>, via: &[String]| -> String {
        let mut parts: Vec<String> = src.iter().map(|s| name(s)).collect();
        parts.extend(via.iter().map(|v| name(v)));
        parts.join(" → ")
    };
    let _ = writeln!(out, "{}", d.path);
    if let Some(t) = &d.title {
        let _ = writeln!(out, "  {}", t);
        let verbs = d.title_attribution.iter().chain(&d.title_more_attributions);
        for (k, a) in verbs.enumerate() {
            let _ = writeln!(
                out,
                "  headline {} to {} (“{}”)",
                if k == 0 {
                    "attributes it"
                } else {
                    "also attributes a claim"
                },
                if a.source.is_some() {
                    chain(&a.source, &[])
                } else {
                    "no source named".to_string()
                },
                a.cue.text
            );
        }
    }
    let mut meta = Vec::new();
    if let Some(date) = &d.date {
        meta.push(format!("dated {}", date));
    }
    if let Some(b) = &d.byline {
        let who = [b.author.as_deref(), b.outlet.as_deref()]
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        meta.push(format!("by {}", who));
    }
    if let Some(o) = &d.origin {
        meta.push(format!("originally at {}", o.outlet));
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "  {}", meta.join(" · "));
    }
    for c in &d.captions {
        let _ = writeln!(
            out,
            "  caption {}:{}{}{}",
            c.span.line,
            c.span.column,
            c.credit
                .as_ref()
                .map(|x| format!(" credit {}", x))
                .unwrap_or_default(),
            c.date
                .as_ref()
                .map(|x| format!(" · dated {}", x))
                .unwrap_or_default()
        );
    }
    let s = &f.summary;
    let _ = writeln!(
        out,
        "  {}: {} explicit, {} inherited, {} unattributed · {} · {}",
        count(s.claims, "claim"),
        s.explicit,
        s.inherited,
        s.unattributed,
        count(s.sources, "source"),
        count(s.disputes, "dispute")
    );

    // Sources with their claims, grouped by chain, in order of first appearance.
    let mut groups: Vec<(String, String, Vec<&ClaimInfo>)> = Vec::new();
    for c in f
        .claims
        .iter()
        .filter(|c| c.attribution.status == "explicit")
    {
        let label = chain(&c.attribution.source, &c.attribution.via);
        // The group's kind, worked out only for the first claim of a group.
        let kind = || {
            c.attribution
                .source
                .as_ref()
                .and_then(|id| f.sources.iter().find(|s| &s.id == id))
                .map(|s| {
                    if s.aliases.is_empty() {
                        s.kind.to_string()
                    } else {
                        format!("{}; also {}", s.kind, s.aliases.join(", "))
                    }
                })
                .unwrap_or_else(|| {
                    // "no source named (agentless passive)" -> "agentless passive".
                    c.attribution
                        .source_note
                        .as_deref()
                        .and_then(|n| n.split_once('(').map(|(_, k)| k.trim_end_matches(')')))
                        .unwrap_or("unnamed")
                        .to_string()
                })
        };
        // Claims with no source named are grouped by what the report calls
        // them: an agentless passive is not a reaction received.
        let unnamed = label.is_empty().then(kind);
        match groups
            .iter_mut()
            .find(|g| g.0 == label && unnamed.as_ref().is_none_or(|k| &g.1 == k))
        {
            Some(g) => g.2.push(c),
            None => groups.push((label, unnamed.unwrap_or_else(kind), vec![c])),
        }
    }
    if !groups.is_empty() {
        let _ = writeln!(out, "\nSources");
        for (label, kind, claims) in &groups {
            let label = if label.is_empty() {
                "(no source named)"
            } else {
                label
            };
            let _ = writeln!(out, "  {}  [{}]", label, kind);
            for c in claims {
                // "    {:<4} {:<7} “{cue}” hedged “{hedge}”  {short text}"
                out.push_str("    ");
                push_padded(out, &c.id, 4);
                out.push(' ');
                push_pos(out, c);
                out.push(' ');
                if let Some(x) = &c.attribution.cue {
                    out.push('“');
                    out.push_str(&x.text);
                    out.push('”');
                }
                if let Some(h) = &c.attribution.hedge {
                    out.push_str(" hedged “");
                    out.push_str(h);
                    out.push('”');
                }
                out.push_str("  ");
                short_into(out, &c.text, WIDTH - 40);
                out.push('\n');
                if let Some(n) = &c.attribution.hedge_note {
                    let _ = writeln!(out, "                 {}", n);
                }
                for q in &c.quotes {
                    let _ = writeln!(
                        out,
                        "                 quotes “{}”",
                        short(&q.text, WIDTH - 30)
                    );
                }
                // Attributions inside the claim: "Smith said Jones believes …".
                for n in &c.nested {
                    let who = n
                        .source
                        .as_deref()
                        .map(&name)
                        .unwrap_or_else(|| "no source named:".into());
                    let _ = writeln!(
                        out,
                        "                 within it: {} “{}” {}:{}",
                        who, n.cue.text, n.cue.span.line, n.cue.span.column
                    );
                }
            }
        }
    }
    let inherited: Vec<&ClaimInfo> = f
        .claims
        .iter()
        .filter(|c| c.attribution.status == "inherited")
        .collect();
    if !inherited.is_empty() {
        let _ = writeln!(
            out,
            "\nInherited (no cue of their own; same source as the claim before)"
        );
        for c in inherited {
            let _ = writeln!(
                out,
                "  {:<4} {:<7} from {} ({})  {}",
                c.id,
                pos(c),
                c.attribution.inherited_from.as_deref().unwrap_or("?"),
                if c.attribution.source.is_none() && c.attribution.via.is_empty() {
                    "no source named".to_string()
                } else {
                    chain(&c.attribution.source, &c.attribution.via)
                },
                short(&c.text, WIDTH - 50)
            );
        }
    }
    let unattributed: Vec<&ClaimInfo> = f
        .claims
        .iter()
        .filter(|c| c.attribution.status == "unattributed")
        .collect();
    if !unattributed.is_empty() {
        let _ = writeln!(out, "\nUnattributed");
        for c in unattributed {
            // "  {:<4} {:<7} {short text}"
            out.push_str("  ");
            push_padded(out, &c.id, 4);
            out.push(' ');
            push_pos(out, c);
            out.push(' ');
            short_into(out, &c.text, WIDTH - 15);
            out.push('\n');
        }
    }
    if !f.disputes.is_empty() {
        let _ = writeln!(out, "\nDisputes");
        for d in &f.disputes {
            let marker = d
                .marker
                .as_ref()
                .map(|m| format!("“{}” at {}:{}", m.text, m.span.line, m.span.column))
                .unwrap_or_default();
            let _ = writeln!(out, "  {}  {} ({})", d.id, marker, d.kind);
            // Each side: its source (with the chain when it is its claim's own),
            // its claim, and its own words.
            for side in &d.sides {
                if let Some(c) = f.claims.iter().find(|c| c.id == side.claim) {
                    let who = if c.attribution.source.as_deref() == Some(side.source.as_str()) {
                        chain(&c.attribution.source, &c.attribution.via)
                    } else {
                        name(&side.source)
                    };
                    let _ = writeln!(
                        out,
                        "    {:<28} {:<4} {}",
                        short(&who, 28),
                        c.id,
                        short(&side.text, WIDTH - 40)
                    );
                }
            }
        }
    }
    if !f.findings.is_empty() {
        let _ = writeln!(out, "\nFindings");
        for x in &f.findings {
            // "  {path}:{line}:{column}  {:<7 severity}  {:<22 rule}  {message}"
            out.push_str("  ");
            out.push_str(&d.path);
            let _ = write!(out, ":{}:{}  ", x.span.line, x.span.column);
            push_padded(out, x.severity.as_str(), 7);
            out.push_str("  ");
            push_padded(out, &x.rule, 22);
            out.push_str("  ");
            out.push_str(&x.message);
            out.push('\n');
        }
        // Each rule once, with the command that explains it.
        let mut seen: Vec<&str> = Vec::new();
        for x in &f.findings {
            if !seen.contains(&x.rule.as_str()) {
                seen.push(&x.rule);
            }
        }
        let _ = writeln!(
            out,
            "\n  Explain a rule: {}",
            seen.iter()
                .map(|r| format!("`whosaid explain {}`", r))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
}
