//! Turn whosaid's analysis of PolNeAR texts into the shared scorer's
//! prediction format (JSON Lines, code-point offsets).
//!
//! ```text
//! cargo run --release --example polnear -- ../shared/polnear/dev/text /tmp/dev.jsonl
//! python3 ../shared/polnear/score.py --split dev --pred /tmp/dev.jsonl
//! ```

use serde_json::{Value, json};
use std::io::Write;
use whosaid::report::FileReport;
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
        let report_text = text.clone();
        let report = whosaid::check_text(&p.display().to_string(), text, &engine);
        let (attributions, claims) = predictions(&report_text, &report);
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

/// One text's predictions in the scorer's format: its attributions and its
/// claims with their status.
fn predictions(report_text: &str, report: &FileReport) -> (Vec<Value>, Vec<Value>) {
    let cp = CodePoints::new(report_text);
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
            q == 0 || c.text[..q].split_whitespace().count() <= 2 && c.text.ends_with(['”', '"'])
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
        // A hedge attributes to no one what it reports (the report's
        // `hedge_content`: the question after "asked", its own clause, or the
        // claim around it).
        let hedge_attribution = |h: &Span| {
            let content: Vec<Value> = a.hedge_content.iter().map(|s| cp.span(s)).collect();
            // "Asked by Matt Lauer whether …": the asker the report names.
            let source = a
                .hedge_source_mention
                .as_ref()
                .map(|m| vec![cp.span(&m.span)]);
            json!({"source": source, "cue": [cp.span(h)], "content": content, "rule": "hedge"})
        };
        // A hedge right before the claim's cue ("Trump reportedly argued that",
        // "will reportedly be delivering") is part of that cue in PolNeAR, one
        // attribution "reportedly argued" (3 of 3 such pairs on train).
        let joined_hedge = a.hedge_span.as_ref().filter(|h| {
            a.status == "explicit"
                && a.cue.as_ref().is_some_and(|cue| {
                    h.end <= cue.span.start && {
                        let gap = &report_text[h.end..cue.span.start];
                        gap.split_whitespace().count() <= 2
                            && gap
                                .chars()
                                .all(|ch| ch.is_alphabetic() || ch.is_whitespace())
                    }
                })
        });
        // A hedge in the frame of an attributed claim ("Asked whether …, 72 percent
        // said yes") is a source-less attribution of its own.
        if let Some(h) = &a.hedge_span
            && annotated
            && !hedged
            && joined_hedge.is_none()
            && a.status == "explicit"
            && (h.end <= c.span.start || h.start >= c.span.end)
        {
            attributions.push(hedge_attribution(h));
        }
        // "status" and "rule" are for error analysis (scripts/polnear_errors.py);
        // the scorer reads only "span" and "attributed".
        // What the claim asserts: the pieces of content a cue interrupts,
        // what a hedge qualifies, or the claim (`ClaimInfo::unit`). On
        // train, 142 of 267 hedged claims agreed with gold when the whole
        // sentence around the hedge was the unit, 176 with the hedge's content.
        let unit: Vec<Value> = c.unit().iter().map(|s| cp.span(s)).collect();
        claims.push(
            json!({"span": unit, "attributed": a.status != "unattributed" || hedged,
            "status": a.status, "rule": a.rule}),
        );
        if let (true, Some(h)) = (hedged, &a.hedge_span) {
            attributions.push(hedge_attribution(h));
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
        let hedged = (c.content_fragments.is_empty()
            && a.rule.as_deref().is_some_and(|r| r.starts_with("hedge"))
            && c.span.start <= cue.span.start
            && cue.span.end <= c.span.end
            && !a.hedge_content.is_empty())
        .then_some(&a.hedge_content);
        let content: Vec<Value> = if let Some(h) = hedged {
            h.iter().map(|s| cp.span(s)).collect()
        } else if c.content_fragments.is_empty() {
            vec![cp.span(&c.span)]
        } else {
            c.content_fragments.iter().map(|s| cp.span(s)).collect()
        };
        let cue_span = match joined_hedge {
            Some(h) => cp.range(h.start, cue.span.end),
            None => cp.span(&cue.span),
        };
        attributions.push(json!({
            "source": a.source_mention.as_ref().map(|m| vec![cp.span(&m.span)]),
            "cue": [cue_span],
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
    (attributions, claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (cue text, content texts) of each predicted attribution.
    fn attributions(text: &str) -> Vec<(String, Vec<String>)> {
        let engine = whosaid::Engine::default_engine().expect("default pack");
        let report = whosaid::check_text("t.txt", text.to_string(), &engine);
        let chars: Vec<char> = text.chars().collect();
        let piece = |v: &Value| {
            let (a, b) = (
                v[0].as_u64().unwrap() as usize,
                v[1].as_u64().unwrap() as usize,
            );
            chars[a..b].iter().collect::<String>()
        };
        predictions(text, &report)
            .0
            .iter()
            .map(|a| {
                let cue = a["cue"].as_array().unwrap().iter().map(piece).collect();
                let content = a["content"].as_array().unwrap().iter().map(piece).collect();
                (cue, content)
            })
            .collect()
    }

    #[test]
    fn a_hedge_right_before_the_cue_is_part_of_it() {
        let got = attributions("The mayor reportedly argued that the depot should close.\n");
        assert_eq!(
            got,
            vec![(
                "reportedly argued".to_string(),
                vec!["that the depot should close".to_string()]
            )]
        );
    }

    #[test]
    fn a_hedge_apart_from_the_cue_is_an_attribution_of_its_own() {
        let got = attributions(
            "Asked whether the depot would close, the mayor said the council would decide.\n",
        );
        let cues: Vec<&str> = got.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(cues, ["Asked whether", "said"], "{got:?}");
    }

    #[test]
    fn offsets_are_code_points() {
        // "é" is two bytes and one code point.
        let got = attributions("Café owner Ana Ruiz said the fares would rise.\n");
        assert_eq!(
            got,
            vec![("said".to_string(), vec!["the fares would rise".to_string()])]
        );
    }
}
