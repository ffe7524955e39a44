//! Running the examples every rule carries: texts it must fire on and texts
//! it must stay silent on. `cargo test` runs them for the default pack, so a
//! rule cannot drift from its own documentation.

use crate::phrases::Kind;
use crate::rules::{Engine, Examples, LexiconClass};
use std::fmt;

#[derive(Debug, Clone)]
pub struct ExampleFailure {
    pub rule: String,
    pub example: String,
    pub expected: &'static str,
    pub got: String,
}

impl fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: expected to {} on {:?}, but {}",
            self.rule, self.expected, self.example, self.got
        )
    }
}

/// What a rule did on one text: `Ok(())` when it fired, `Err(why not)` otherwise.
type Probe<'a> = Box<dyn Fn(&str) -> Result<String, String> + 'a>;

fn run(id: &str, ex: &Examples, probe: Probe, out: &mut Vec<ExampleFailure>) {
    if ex.fires.is_empty() && ex.silent.is_empty() {
        out.push(ExampleFailure {
            rule: id.into(),
            example: String::new(),
            expected: "have examples",
            got: "the rule has none".into(),
        });
        return;
    }
    if ex.fires.is_empty() {
        out.push(ExampleFailure {
            rule: id.into(),
            example: String::new(),
            expected: "have a `fires` example",
            got: "it has none".into(),
        });
    }
    for e in &ex.fires {
        if let Err(got) = probe(e) {
            out.push(ExampleFailure {
                rule: id.into(),
                example: e.clone(),
                expected: "fire",
                got,
            });
        }
    }
    for e in &ex.silent {
        if let Ok(got) = probe(e) {
            out.push(ExampleFailure {
                rule: id.into(),
                example: e.clone(),
                expected: "stay silent",
                got,
            });
        }
    }
}

fn report_for(engine: &Engine, text: &str) -> crate::FileReport {
    crate::check_text("<example>", text.to_string(), engine)
}

/// Check every example of every rule in the engine.
pub fn check_all(engine: &Engine) -> Vec<ExampleFailure> {
    let mut out = Vec::new();
    for r in &engine.cues {
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            match rep.claims.iter().find(|c| {
                c.attribution.rule.as_deref() == Some(id.as_str())
                    && c.attribution.status == "explicit"
            }) {
                Some(c) => Ok(format!(
                    "it attributed {:?} with cue {:?}",
                    c.text,
                    c.attribution.cue.as_ref().map(|x| x.text.clone())
                )),
                None => Err(format!(
                    "no claim used it (cues found: {:?})",
                    rep.claims
                        .iter()
                        .filter_map(|c| c.attribution.rule.clone())
                        .collect::<Vec<_>>()
                )),
            }
        });
        run(&r.id, &r.examples, probe, &mut out);
    }
    // Source patterns and outlets fire when the scan finds them.
    let scan_probe = |kind: Kind, i: usize| -> Probe {
        Box::new(
            move |t| match engine.scan(t)[kind as usize].iter().find(|(_, k)| *k == i) {
                Some((m, _)) => Ok(format!("it matched {:?}", &t[m.clone()])),
                None => Err("it did not match".into()),
            },
        )
    };
    for (i, r) in engine.sources.iter().enumerate() {
        run(&r.id, &r.examples, scan_probe(Kind::Source, i), &mut out);
    }
    for (i, r) in engine.outlets.iter().enumerate() {
        run(&r.id, &r.examples, scan_probe(Kind::Outlet, i), &mut out);
    }
    for r in &engine.hedges {
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            let fired = engine.scan(t)[Kind::Hedge as usize]
                .iter()
                .any(|(_, k)| engine.hedges[*k].id == id);
            let hit = rep
                .claims
                .iter()
                .find(|c| fired && c.attribution.hedge.is_some());
            match hit {
                Some(c) => Ok(format!("it hedged {:?}", c.text)),
                None => Err("no claim carried the hedge".into()),
            }
        });
        run(&r.id, &r.examples, probe, &mut out);
    }
    for r in &engine.disputes {
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            match rep.disputes.iter().find(|d| d.rule == id) {
                Some(d) => Ok(format!("it linked {} and {}", d.claims[0], d.claims[1])),
                None => Err(format!(
                    "no dispute ({} claims: {:?})",
                    rep.claims.len(),
                    rep.claims
                        .iter()
                        .map(|c| (
                            c.text.clone(),
                            c.attribution.status,
                            c.attribution.source.clone()
                        ))
                        .collect::<Vec<_>>()
                )),
            }
        });
        run(&r.id, &r.examples, probe, &mut out);
    }
    let mut finding_ids: Vec<&String> = engine.findings.keys().collect();
    finding_ids.sort();
    for fid in finding_ids {
        let r = &engine.findings[fid];
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            match rep.findings.iter().find(|f| f.rule == id) {
                Some(f) => Ok(format!("it reported {:?}", f.message)),
                None => Err(format!(
                    "no such finding (found: {:?})",
                    rep.findings
                        .iter()
                        .map(|f| f.rule.clone())
                        .collect::<Vec<_>>()
                )),
            }
        });
        run(&r.id, &r.examples, probe, &mut out);
    }
    for r in &engine.lexicon_rules {
        let class = r.class;
        let words = r.words.clone();
        let probe: Probe = match class {
            LexiconClass::TitleAbbreviation
            | LexiconClass::NumberAbbreviation
            | LexiconClass::AmbiguousAbbreviation
            | LexiconClass::SentenceStarter => {
                // Fires = the abbreviation holds the sentence together; silent = the text splits.
                Box::new(move |t| {
                    let seg = crate::segment::segment(t, &[0..t.len()], engine);
                    if seg.sentences.len() == 1 {
                        Ok("it kept one sentence".into())
                    } else {
                        Err(format!("it split into {} sentences", seg.sentences.len()))
                    }
                })
            }
            _ => Box::new(move |t| {
                let lt = t.to_lowercase();
                match words.iter().find(|w| {
                    let lw = w.to_lowercase();
                    lt.match_indices(&lw).any(|(i, _)| {
                        let b = lt[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
                        let a = lt[i + lw.len()..]
                            .chars()
                            .next()
                            .is_none_or(|c| !c.is_alphanumeric());
                        a && b
                    })
                }) {
                    Some(w) => Ok(format!("it contains {:?}", w)),
                    None => Err("it contains none of the words".into()),
                }
            }),
        };
        // Sentence starters are judged by segmentation too: `fires` splits after an abbreviation.
        if class == LexiconClass::SentenceStarter {
            let flipped = Examples {
                fires: r.examples.silent.clone(),
                silent: r.examples.fires.clone(),
            };
            let mut tmp = Vec::new();
            run(&r.id, &flipped, probe, &mut tmp);
            out.extend(tmp.into_iter().filter(|f| !f.example.is_empty()));
        } else {
            run(&r.id, &r.examples, probe, &mut out);
        }
    }
    out
}
