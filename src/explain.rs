//! `whosaid rules list` and `whosaid explain RULE`: the rule pack described
//! in words, as ruff describes its rules (what it does, why it matters, an
//! example, how to switch it off).

use crate::rules::{Engine, Example, Examples};
use std::fmt::Write;

/// One line per active rule: id, kind, severity, pack, description.
pub fn list(engine: &Engine) -> String {
    let mut out = String::new();
    let w = engine
        .rule_info
        .iter()
        .map(|r| r.id.len())
        .max()
        .unwrap_or(10)
        .min(40);
    let _ = writeln!(
        out,
        "{:<w$}  {:<14}  {:<8}  {:<12}  description",
        "id",
        "kind",
        "severity",
        "pack",
        w = w
    );
    for r in &engine.rule_info {
        let pack = match &r.replaced {
            Some(prev) => format!("{} (overrides {})", r.pack, prev),
            None => r.pack.clone(),
        };
        let _ = writeln!(
            out,
            "{:<w$}  {:<14}  {:<8}  {:<12}  {}",
            r.id,
            r.kind,
            r.severity.map(|s| s.as_str()).unwrap_or("-"),
            pack,
            r.description,
            w = w
        );
    }
    if !engine.disabled_packs.is_empty() {
        let _ = writeln!(
            out,
            "\npacks switched off: {}",
            engine.disabled_packs.join(", ")
        );
    }
    out
}

fn examples_of<'a>(engine: &'a Engine, id: &str) -> Option<&'a Examples> {
    engine.rules().find(|(rid, _)| *rid == id).map(|(_, ex)| ex)
}

/// The explanation of a rule, or `None` if no active rule has that id.
pub fn explain(engine: &Engine, id: &str) -> Option<String> {
    let Some(info) = engine.rule_info.iter().find(|r| r.id == id) else {
        return builtin_frame(id);
    };
    let mut out = String::new();
    let sev = info
        .severity
        .map(|s| format!(", {}", s.as_str()))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} ({}{}; pack {})\n",
        info.id, info.kind, sev, info.pack
    );
    let _ = writeln!(out, "What it does\n  {}\n", info.description);
    if let Some(f) = engine.finding(id) {
        if let Some(why) = &f.why {
            let _ = writeln!(out, "Why it matters\n  {}\n", why);
        }
        if let Some(std) = &f.standard {
            let _ = writeln!(out, "Standard\n  {}\n", std);
        }
    }
    if let Some(ex) = examples_of(engine, id) {
        if let Some(e) = ex.fires.first() {
            let _ = writeln!(
                out,
                "Example that fires\n  {}",
                Example::text(e).replace('\n', "\n  ")
            );
            if let Some(f) = engine.finding(id) {
                let rep = crate::check_text("example", e.text().to_string(), engine);
                for x in rep.findings.iter().filter(|x| x.rule == f.id) {
                    let _ = writeln!(
                        out,
                        "  → {}:{} {} {}",
                        x.span.line,
                        x.span.column,
                        x.severity.as_str(),
                        x.message
                    );
                }
            }
            out.push('\n');
        }
        if let Some(t) = ex.silent.first() {
            let _ = writeln!(
                out,
                "Example that does not fire\n  {}\n",
                t.replace('\n', "\n  ")
            );
        }
    }
    // The guards are part of what the rule does: an editor asking why "costs
    // added up" is no attribution finds the answer here.
    if let Some(rule) = engine.cues.iter().find(|r| r.id == id)
        && !rule.not_cue.is_empty()
    {
        out.push_str("Where its words are no cue\n");
        for g in &rule.not_cue {
            let mut line = format!("  {}", g.words.join(", "));
            if !g.before.is_empty() {
                let _ = write!(line, ": not directly before {}", g.before.join(", "));
            }
            if !g.after.is_empty() {
                let sep = if g.before.is_empty() { ":" } else { ";" };
                let _ = write!(line, "{} not directly after {}", sep, g.after.join(", "));
            }
            let _ = writeln!(out, "{}", line);
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "How to switch it off\n  In a pack of your own (a folder given with --rules, or listed under `rules:` in whosaid.yaml):\n\n    overrides:\n      - id: {}\n        enabled: false\n\n  or switch off its whole pack with --disable-pack {} (or `disable: [{}]` in whosaid.yaml).",
        info.id, info.pack, info.pack
    );
    Some(out)
}

/// A cue frame built into the attribution code: described like a rule, but not
/// switched off by a pack.
fn builtin_frame(id: &str) -> Option<String> {
    let (id, what, example) = crate::attribute::BUILTIN_FRAMES
        .iter()
        .find(|(fid, _, _)| *fid == id)?;
    Some(format!(
        "{id} (cue frame, built in)\n\nWhat it does\n  {what}\n\nExample that fires\n  {example}\n\nHow to switch it off\n  It is part of the attribution code, not of a rule pack, and cannot be switched off.\n"
    ))
}
