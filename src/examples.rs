//! Running the examples every rule carries: texts it must fire on (and,
//! optionally, what it must produce there) and texts it must stay silent on.
//! `whosaid rules test` and `cargo test` run them, so a rule cannot drift
//! from its own documentation.

use crate::phrases::Kind;
use crate::rules::{Engine, Example, Examples, Expectation, LexiconClass, Severity};
use std::fmt;

#[derive(Debug, Clone)]
pub struct ExampleFailure {
    pub rule: String,
    pub example: String,
    pub expected: String,
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

/// One time a rule fired, with what it produced.
#[derive(Debug, Clone, Default)]
pub struct Fired {
    pub cue: Option<String>,
    pub source: Option<String>,
    pub severity: Option<Severity>,
    pub matched: Option<String>,
    pub dispute: Option<[String; 2]>,
}

impl Fired {
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(m) = &self.matched {
            parts.push(format!("match {:?}", m));
        }
        if let Some(c) = &self.cue {
            parts.push(format!("cue {:?}", c));
        }
        if let Some(s) = &self.source {
            parts.push(format!("source {:?}", s));
        }
        if let Some(s) = self.severity {
            parts.push(format!("severity {}", s.as_str()));
        }
        if let Some([a, b]) = &self.dispute {
            parts.push(format!("dispute {:?} / {:?}", a, b));
        }
        parts.join(", ")
    }

    /// Does this firing produce everything the expectation asks for?
    fn satisfies(&self, e: &Expectation) -> bool {
        let same = |want: &Option<String>, got: &Option<String>| match want {
            None => true,
            Some(w) => got.as_ref().is_some_and(|g| g.eq_ignore_ascii_case(w)),
        };
        let dispute_ok = match (&e.dispute, &self.dispute) {
            (None, _) => true,
            (Some([a, b]), Some([x, y])) => {
                (x.contains(a.as_str()) && y.contains(b.as_str()))
                    || (x.contains(b.as_str()) && y.contains(a.as_str()))
            }
            _ => false,
        };
        same(&e.cue, &self.cue)
            && same(&e.source, &self.source)
            && same(&e.matched, &self.matched)
            && e.severity.is_none_or(|s| self.severity == Some(s))
            && dispute_ok
    }
}

/// What a rule produced on a text: every firing, or why it did not fire.
type Probe<'a> = Box<dyn Fn(&str) -> Result<Vec<Fired>, String> + 'a>;

fn run(id: &str, ex: &Examples, probe: &Probe, out: &mut Vec<ExampleFailure>) {
    let fail = |example: &str, expected: &str, got: String| ExampleFailure {
        rule: id.into(),
        example: example.into(),
        expected: expected.into(),
        got,
    };
    if ex.fires.is_empty() {
        out.push(fail(
            "",
            "have at least one `fires` example",
            "it has none".into(),
        ));
    }
    for e in &ex.fires {
        match probe(e.text()) {
            Err(why) => out.push(fail(e.text(), "fire", why)),
            Ok(fired) if fired.is_empty() => {
                out.push(fail(e.text(), "fire", "it did not fire".into()))
            }
            Ok(fired) => {
                if let Some(want) = e.expectation()
                    && !fired.iter().any(|f| f.satisfies(want))
                {
                    let got: Vec<String> = fired.iter().map(Fired::describe).collect();
                    out.push(fail(
                        e.text(),
                        &format!("produce {}", describe_expectation(want)),
                        format!("it produced {}", got.join("; ")),
                    ));
                }
            }
        }
    }
    for t in &ex.silent {
        if let Ok(fired) = probe(t)
            && !fired.is_empty()
        {
            out.push(fail(
                t,
                "stay silent",
                format!("it fired ({})", fired[0].describe()),
            ));
        }
    }
}

fn describe_expectation(e: &Expectation) -> String {
    Fired {
        cue: e.cue.clone(),
        source: e.source.clone(),
        severity: e.severity,
        matched: e.matched.clone(),
        dispute: e.dispute.clone(),
    }
    .describe()
}

fn report_for(engine: &Engine, text: &str) -> crate::FileReport {
    crate::check_text("<example>", text.to_string(), engine)
}

fn source_name(r: &crate::FileReport, id: &Option<String>) -> Option<String> {
    let id = id.as_ref()?;
    r.sources
        .iter()
        .find(|s| &s.id == id)
        .map(|s| s.name.clone())
}

/// Check every example of every rule in the engine.
pub fn check_all(engine: &Engine) -> Vec<ExampleFailure> {
    let mut out = Vec::new();
    for r in &engine.cues {
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            Ok(rep
                .claims
                .iter()
                .filter(|c| {
                    c.attribution.rule.as_deref() == Some(id.as_str())
                        && c.attribution.status == "explicit"
                })
                .map(|c| Fired {
                    cue: c.attribution.cue.as_ref().map(|x| x.text.clone()),
                    matched: c.attribution.cue.as_ref().map(|x| x.text.clone()),
                    source: source_name(&rep, &c.attribution.source),
                    ..Default::default()
                })
                .collect())
        });
        run(&r.id, &r.examples, &probe, &mut out);
    }
    // Source patterns and outlets fire when the scan finds them.
    let scan_probe = |kind: Kind, i: usize, name: Option<String>| -> Probe {
        Box::new(move |t| {
            Ok(engine.scan(t)[kind as usize]
                .iter()
                .filter(|(_, k)| *k == i)
                .map(|(m, _)| Fired {
                    matched: Some(t[m.clone()].to_string()),
                    source: name.clone().or_else(|| Some(t[m.clone()].to_string())),
                    ..Default::default()
                })
                .collect())
        })
    };
    for (i, r) in engine.sources.iter().enumerate() {
        run(
            &r.id,
            &r.examples,
            &scan_probe(Kind::Source, i, None),
            &mut out,
        );
    }
    for (i, r) in engine.outlets.iter().enumerate() {
        // An outlet's own name and aliases are examples too.
        let mut ex = r.examples.clone();
        ex.fires.extend(
            std::iter::once(&r.name)
                .chain(&r.aliases)
                .map(|n| Example::Text(format!("{} reported it.", n))),
        );
        run(
            &r.id,
            &ex,
            &scan_probe(Kind::Outlet, i, Some(r.name.clone())),
            &mut out,
        );
    }
    for (i, r) in engine.hedges.iter().enumerate() {
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            let hits: Vec<String> = engine.scan(t)[Kind::Hedge as usize]
                .iter()
                .filter(|(_, k)| *k == i)
                .map(|(m, _)| t[m.clone()].to_string())
                .collect();
            Ok(rep
                .claims
                .iter()
                .filter_map(|c| c.attribution.hedge.clone())
                .filter(|h| hits.contains(h))
                .map(|h| Fired {
                    matched: Some(h),
                    ..Default::default()
                })
                .collect())
        });
        run(&r.id, &r.examples, &probe, &mut out);
    }
    for r in &engine.disputes {
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            let text_of = |cid: &str| {
                rep.claims
                    .iter()
                    .find(|c| c.id == cid)
                    .map(|c| c.text.clone())
                    .unwrap_or_default()
            };
            Ok(rep
                .disputes
                .iter()
                .filter(|d| d.rule == id)
                .map(|d| Fired {
                    matched: d.marker.as_ref().map(|m| m.text.clone()),
                    dispute: Some([text_of(&d.claims[0]), text_of(&d.claims[1])]),
                    ..Default::default()
                })
                .collect())
        });
        run(&r.id, &r.examples, &probe, &mut out);
    }
    for r in &engine.findings {
        let id = r.id.clone();
        let probe: Probe = Box::new(move |t| {
            let rep = report_for(engine, t);
            Ok(rep
                .findings
                .iter()
                .filter(|f| f.rule == id)
                .map(|f| Fired {
                    severity: Some(f.severity),
                    matched: Some(t[f.span.start..f.span.end].to_string()),
                    ..Default::default()
                })
                .collect())
        });
        run(&r.id, &r.examples, &probe, &mut out);
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
                    let seg =
                        crate::segment::segment(t, std::slice::from_ref(&(0..t.len())), engine);
                    Ok(if seg.sentences.len() == 1 {
                        vec![Fired::default()]
                    } else {
                        vec![]
                    })
                })
            }
            _ => Box::new(move |t| {
                let lt = t.to_lowercase();
                Ok(words
                    .iter()
                    .filter(|w| {
                        let lw = w.to_lowercase();
                        lt.match_indices(&lw).any(|(i, _)| {
                            let b = lt[..i].chars().last().is_none_or(|c| !c.is_alphanumeric());
                            let a = lt[i + lw.len()..]
                                .chars()
                                .next()
                                .is_none_or(|c| !c.is_alphanumeric());
                            a && b
                        })
                    })
                    .map(|w| Fired {
                        matched: Some(w.clone()),
                        ..Default::default()
                    })
                    .collect())
            }),
        };
        if class == LexiconClass::SentenceStarter {
            // A sentence starter's `fires` texts split after an abbreviation; `silent` ones need not.
            let flipped = Examples {
                fires: r
                    .examples
                    .silent
                    .iter()
                    .cloned()
                    .map(Example::Text)
                    .collect(),
                silent: r
                    .examples
                    .fires
                    .iter()
                    .map(|e| e.text().to_string())
                    .collect(),
            };
            let mut tmp = Vec::new();
            run(&r.id, &flipped, &probe, &mut tmp);
            out.extend(tmp.into_iter().filter(|f| !f.example.is_empty()));
        } else {
            run(&r.id, &r.examples, &probe, &mut out);
        }
    }
    out
}
