//! Turn whosaid's analysis of PolNeAR texts into the shared scorer's
//! prediction format (JSON Lines, code-point offsets).
//!
//! ```text
//! cargo run --release --example polnear -- ../shared/polnear/dev/text /tmp/dev.jsonl
//! python3 ../shared/polnear/score.py --split dev --pred /tmp/dev.jsonl
//! ```

use serde_json::{Value, json};
use std::io::Write;
use whosaid::span::Span;

/// Byte offset -> code-point offset, for one text.
struct CodePoints(Vec<usize>);

impl CodePoints {
    fn new(text: &str) -> Self {
        let mut map = vec![0; text.len() + 1];
        let mut n = 0;
        for (i, c) in text.char_indices() {
            for k in 0..c.len_utf8() {
                map[i + k] = n;
            }
            n += 1;
        }
        map[text.len()] = n;
        CodePoints(map)
    }
    fn span(&self, s: &Span) -> Value {
        self.range(s.start, s.end)
    }
    fn range(&self, start: usize, end: usize) -> Value {
        json!([self.0[start], self.0[end]])
    }
}

/// "Asked whether the plan would pass, 60 percent said no": what the hedge
/// reports is the question after "asked", up to its comma (PolNeAR's content).
/// After an asker the report names ("when asked by a reporter whether …"),
/// the question starts past the asker.
fn question_after(text: &str, hedge: &Span, asker: Option<&Span>) -> Option<(usize, usize)> {
    if !text[hedge.start..hedge.end]
        .to_lowercase()
        .contains("asked")
    {
        return None;
    }
    // The hedge match may end before "whether" / "about" / "if": back up to "asked".
    let k = text[hedge.start..hedge.end].to_lowercase().rfind("asked")? + hedge.start + 5;
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
    (end > start).then_some((start, end))
}

/// What a hedge reports of its claim `claim` (byte ranges). "But Mr. Sanders
/// is seen as …": the link to the sentence before is the writer's. A hedge
/// inside the claim splits it into the hedged verb's subject and what follows
/// the hedge, which keeps its infinitive marker ("she || to step on …").
fn hedged_content(text: &str, claim: &Span, h: &Span) -> Vec<(usize, usize)> {
    let whole = &text[claim.start..claim.end];
    let from = ["But ", "And ", "Yet "]
        .iter()
        .find_map(|w| whole.strip_prefix(w))
        .filter(|rest| rest.starts_with(char::is_alphanumeric))
        .map_or(0, |rest| whole.len() - rest.len());
    let start = claim.start + from;
    // "It seems the Democrats have too many superdelegates": a hedge
    // opening the claim leaves what follows it (below).
    if !(start <= h.start && h.end < claim.end) {
        return vec![(start, claim.end)];
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
    let start = ["and ", "but ", "though ", "while ", "with "]
        .iter()
        .find_map(|w| lead.strip_prefix(w))
        .map_or(start, |rest| h.start - rest.len());
    // "… determining delegates who are expected to support …": a relative
    // pronoun right before the hedge is the hedged clause's subject.
    let start = ["who", "which", "that"]
        .iter()
        .find_map(|w| {
            let lead = text[start..h.start].trim_end();
            lead.strip_suffix(w)
                .filter(|b| b.ends_with(' ') || b.ends_with(','))
                .map(|b| start + b.len())
        })
        .unwrap_or(start);
    let head = text[start..h.start].trim_end();
    let tail = if text[h.start..h.end].ends_with(" to") {
        h.end - 2
    } else {
        h.end
    };
    let tail = claim.end - text[tail..claim.end].trim_start_matches([' ', ',']).len();
    if tail >= claim.end {
        return vec![(start, claim.end)];
    }
    // "…, but it seems increasingly likely that …": a hedge opening its clause
    // leaves only what follows it.
    if head.is_empty() {
        vec![(tail, claim.end)]
    } else {
        vec![(start, start + head.len()), (tail, claim.end)]
    }
}

/// The content of an explicit attribution whose cue is a hedge inside its
/// claim (a hedge resolved to the outlet named before it: "The woman … has
/// reportedly been chatting …"): the claim around the hedge, as for a hedge
/// with no source. `None` for any other cue.
fn resolved_hedge_content(
    text: &str,
    rule: Option<&str>,
    claim: &Span,
    cue: &Span,
) -> Option<Vec<(usize, usize)>> {
    (rule.is_some_and(|r| r.starts_with("hedge"))
        && claim.start <= cue.start
        && cue.end <= claim.end)
        .then(|| hedged_content(text, claim, cue))
}

/// The clause a hedge outside its sentence's claim belongs to: "Mr. Cruz
/// seemed to mock his rival's talk, saying …" with the claim "“…”" after
/// it, "…,” he told a voter who seemed to be confused …" with the claim
/// before it. The words between the claim and the sentence's edge, up to
/// the first colon, semicolon, comma or dash after the hedge (past it the
/// frame of the claim goes on: ", saying", ": He earned …"). PolNeAR
/// gives such a hedge its own clause as content, not the claim of the
/// sentence's other cue.
fn hedge_clause(text: &str, sentence: &Span, claim: &Span, h: &Span) -> Span {
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
    let lead = r.len() - r.trim_start_matches([' ', ',', ';', '\n']).len();
    // "… told a rider who seemed to be confused": a relative pronoun right
    // before the hedge is its subject.
    let before = text[start + lead..h.start.max(start + lead)].trim_end();
    let lead = ["who", "which", "that"]
        .iter()
        .find(|w| {
            before
                .strip_suffix(*w)
                .is_some_and(|b| b.ends_with(' ') || b.ends_with(','))
        })
        .map_or(lead, |w| before.len() - w.len() + lead);
    Span {
        start: start + lead,
        end: start + r.len(),
        ..*claim
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // An extra rule pack (`--rules DIR`) lets scripts/mine_system_cues.py try
    // candidate cue words through the whole pipeline.
    let (dir, out, extra) = match args.as_slice() {
        [d, o] => (d.clone(), o.clone(), None),
        [d, o, flag, r] if flag == "--rules" => (d.clone(), o.clone(), Some(r.clone())),
        _ => {
            eprintln!("usage: polnear TEXT_DIR OUT.jsonl [--rules DIR]");
            std::process::exit(2);
        }
    };
    let engine = match &extra {
        None => whosaid::Engine::default_engine(),
        Some(r) => whosaid::rules::Pack::default_pack().and_then(|mut p| {
            p.add_dir(std::path::Path::new(r))?;
            p.compile()
        }),
    }
    .unwrap_or_else(|e| {
        eprintln!("polnear: {e}");
        std::process::exit(2);
    });
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("text folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let mut w = std::io::BufWriter::new(std::fs::File::create(&out).expect("output file"));
    let t = std::time::Instant::now();
    let mut words = 0;
    for p in &paths {
        let text = std::fs::read_to_string(p).expect("UTF-8 text");
        words += text.split_whitespace().count();
        let cp = CodePoints::new(&text);
        let report_text = text.clone();
        let report = whosaid::check_text(&p.display().to_string(), text, &engine);
        let mut attributions: Vec<Value> = Vec::new();
        for h in report
            .document
            .title_attribution
            .iter()
            .chain(&report.document.title_more_attributions)
        {
            attributions.push(json!({
                "source": h.source_mention.as_ref().map(|m| vec![cp.span(&m.span)]),
                "cue": [cp.span(&h.cue.span)],
                "content": h.content.iter().map(|s| cp.span(s)).collect::<Vec<_>>(),
                "rule": "title",
            }));
        }
        let mut claims = Vec::new();
        // The attribution of the previous claim, while quotations continue it, and
        // whether its cue introduced the next paragraph with a colon.
        let mut last_own: Option<usize> = None;
        let mut led = false;
        for c in &report.claims {
            let a = &c.attribution;
            // "“…,” said Caddell. “Yesterday, …”": PolNeAR counts a quotation that carries
            // on after the attribution as more content of the same attribution, and
            // so the rest of a paragraph a colon introduced ("Hewitt writes: ⏎ The
            // movie … Nothing.").
            // "But “…”": the quotation after a connective, without it.
            let quote_at = c.text.find(['“', '"']).filter(|&q| {
                q == 0
                    || c.text[..q].split_whitespace().count() <= 2 && c.text.ends_with(['”', '"'])
            });
            if a.status == "inherited" && (c.text.starts_with('\'') || quote_at.is_some() || led) {
                if let Some(k) = last_own
                    && let Some(frags) = attributions[k]["content"].as_array_mut()
                {
                    let from = if led { 0 } else { quote_at.unwrap_or(0) };
                    frags.push(cp.range(c.span.start + from, c.span.end));
                }
            } else if a.status != "explicit" {
                last_own = None;
                led = false;
            }
            // A hedge ("is expected to", "reportedly") attributes a claim to a source
            // it does not name: PolNeAR annotates these as attributions with no source.
            // Adverbs of doubt ("apparently", "allegedly") and "media reports" are
            // the writer's hedges, which PolNeAR leaves unannotated (2 of 27
            // "apparently" on train); expectations, impressions, questions and
            // "is said to" are attributions without a source there.
            const WRITER_HEDGES: &[&str] = &[
                "apparently",
                "allegedly",
                "supposedly",
                "ostensibly",
                "purportedly",
                "media reports",
                "press reports",
                "news reports",
            ];
            let annotated = a
                .hedge
                .as_deref()
                .is_some_and(|h| !WRITER_HEDGES.contains(&h.to_lowercase().as_str()));
            let hedged = a.status == "unattributed" && a.hedge_span.is_some() && annotated;
            // A hedge attributes to no one what it reports: the claim, or for
            // "asked" the question.
            let hedge_attribution = |h: &Span, claim: &Span| {
                let content: Vec<Value> = match question_after(
                    &report_text,
                    h,
                    a.hedge_source_mention.as_ref().map(|m| &m.span),
                ) {
                    Some((s, e)) => vec![cp.range(s, e)],
                    None => hedged_content(&report_text, claim, h)
                        .into_iter()
                        .map(|(s, e)| cp.range(s, e))
                        .collect(),
                };
                // "Asked by Matt Lauer whether …": the asker the report names.
                let source = a
                    .hedge_source_mention
                    .as_ref()
                    .map(|m| vec![cp.span(&m.span)]);
                json!({"source": source, "cue": [cp.span(h)], "content": content, "rule": "hedge"})
            };
            // A hedge in the frame of an attributed claim ("Asked whether …, 72 percent
            // said yes") is a source-less attribution of its own.
            if let Some(h) = &a.hedge_span
                && annotated
                && !hedged
                && a.status == "explicit"
                && (h.end <= c.span.start || h.start >= c.span.end)
            {
                let clause = hedge_clause(&report_text, &c.sentence, &c.span, h);
                attributions.push(hedge_attribution(h, &clause));
            }
            // "status" and "rule" are for error analysis (scripts/polnear_errors.py);
            // the scorer reads only "span" and "attributed".
            // A claim whose content a cue interrupts ("“…,” he said, “…”") is its
            // pieces: the frame between them is the writer's.
            let unit: Vec<Value> = if c.content_fragments.is_empty() {
                vec![cp.span(&c.span)]
            } else {
                c.content_fragments.iter().map(|s| cp.span(s)).collect()
            };
            claims.push(
                json!({"span": unit, "attributed": a.status != "unattributed" || hedged,
                "status": a.status, "rule": a.rule}),
            );
            if let (true, Some(h)) = (hedged, &a.hedge_span) {
                attributions.push(hedge_attribution(h, &c.span));
            }
            // Attributions nested in the claim ("Smith said Jones believes ...") count too.
            for n in &c.nested {
                attributions.push(json!({
                    "source": n.source_mention.as_ref().map(|m| vec![cp.span(&m.span)]),
                    "cue": [cp.span(&n.cue.span)],
                    "content": n.content.iter().map(|s| cp.span(s)).collect::<Vec<_>>(),
                    "nested": true,
                    "rule": n.rule,
                }));
            }
            if a.status != "explicit" {
                continue;
            }
            let Some(cue) = &a.cue else { continue };
            // A hedge resolved to the outlet named before it ("The woman …
            // has reportedly been chatting …") is the cue inside its claim:
            // what it reports is the claim around it, as for a hedge with
            // no source.
            let hedged = c
                .content_fragments
                .is_empty()
                .then(|| {
                    resolved_hedge_content(&report_text, a.rule.as_deref(), &c.span, &cue.span)
                })
                .flatten();
            let content: Vec<Value> = if let Some(h) = hedged {
                h.into_iter().map(|(s, e)| cp.range(s, e)).collect()
            } else if c.content_fragments.is_empty() {
                vec![cp.span(&c.span)]
            } else {
                c.content_fragments.iter().map(|s| cp.span(s)).collect()
            };
            attributions.push(json!({
                "source": a.source_mention.as_ref().map(|m| vec![cp.span(&m.span)]),
                "cue": [cp.span(&cue.span)],
                "content": content,
                "rule": a.rule,
            }));
            last_own = Some(attributions.len() - 1);
            led = c.span.start > c.sentence.start
                && report_text[c.sentence.start..c.span.start]
                    .trim_end()
                    .ends_with(':')
                && report_text[c.sentence.start..c.span.start].contains('\n');
        }
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        writeln!(
            w,
            "{}",
            json!({"file": name, "attributions": attributions, "claims": claims})
        )
        .expect("write");
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{} articles, {} words in {:.3} s ({:.0} words/s)",
        paths.len(),
        words,
        secs,
        words as f64 / secs
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            line: 1,
            column: 1,
            end_line: 1,
            end_column: 1,
        }
    }

    /// The hedge's content for a claim `claim` of the sentence `text`.
    fn hedge_content(text: &str, claim: &str, hedge: &str) -> Vec<String> {
        let c = text.find(claim).unwrap();
        let h = text.find(hedge).unwrap();
        let (c, h) = (span(c, c + claim.len()), span(h, h + hedge.len()));
        let clause = hedge_clause(text, &span(0, text.len()), &c, &h);
        hedged_content(text, &clause, &h)
            .into_iter()
            .map(|(s, e)| text[s..e].to_string())
            .collect()
    }

    #[test]
    fn a_hedge_outside_the_claim_reports_its_own_clause() {
        // The claim after the hedge belongs to "saying"; the hedge reports
        // its subject and the verb phrase up to the comma.
        let text = "Ms. Ruiz seemed to mock the plan, saying, “It will never work.”";
        assert_eq!(
            hedge_content(text, "“It will never work.”", "seemed to"),
            ["Ms. Ruiz", "to mock the plan"]
        );
        let text = "And the mayor's usual tactics have appeared to fail her: \
                    she won no reprieve with her claim that the board was unfair.";
        assert_eq!(
            hedge_content(text, "that the board was unfair", "appeared to"),
            ["the mayor's usual tactics have", "to fail her"]
        );
        // A relative pronoun right before a hedge inside the claim is its
        // subject.
        let text = "The vote picks delegates who are expected to back her.";
        let (c, h) = (
            span(0, text.len() - 1),
            text.find("are expected to").unwrap(),
        );
        let h = span(h, h + "are expected to".len());
        let frags: Vec<&str> = hedged_content(text, &c, &h)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(frags, ["who", "to back her"]);
        // A hedge opening its claim leaves what follows it.
        let text = "It seems the board has too many members.";
        let h = span(0, "It seems".len());
        let frags: Vec<&str> = hedged_content(text, &span(0, text.len() - 1), &h)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect();
        assert_eq!(frags, ["the board has too many members"]);
        // A hedge resolved to an outlet splits its claim the same way; any
        // other cue leaves the claim whole.
        let text = "The driver has reportedly been fired.";
        let (c, h) = (span(0, text.len() - 1), span(15, 25));
        assert_eq!(&text[h.start..h.end], "reportedly");
        let got = resolved_hedge_content(text, Some("hedge.reportedly"), &c, &h).unwrap();
        let frags: Vec<&str> = got.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(frags, ["The driver has", "been fired"]);
        assert!(resolved_hedge_content(text, Some("cue.say"), &c, &h).is_none());
        // The claim before the hedge: the hedged clause is the relative one.
        let text = "“We are friends,” Ben Ode told a rider who seemed to be confused \
                    at the sight of them.";
        assert_eq!(
            hedge_content(text, "“We are friends,”", "seemed to"),
            ["who", "to be confused at the sight of them."]
        );
    }
}
