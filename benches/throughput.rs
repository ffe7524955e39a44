//! Throughput of `check` on a corpus, stage by stage.
//!
//! `cargo bench --bench throughput [-- DIR]` (default: ../shared/polnear/train/text).
//! `WHOSAID_DISABLE_PACK=standards` measures without the standards pack.
//! Reports MB/s for the whole pipeline and the time spent in each stage,
//! with the rule pack compiled once, as a `check` run does. The rule pack
//! compile and the first-use setup of the document regexes (one warm-up
//! article) are timed apart from the per-article rounds. Under callgrind, the
//! inclusive count of `throughput::articles` is the per-article part:
//! `valgrind --tool=callgrind target/release/deps/throughput-* DIR`.

use std::time::{Duration, Instant};
use whosaid::{Engine, attribute, dispute, document, report, segment};

/// The allocator the command line runs with, so that the figures are its own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| "../shared/polnear/train/text".into());
    let mut texts = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {}", dir, e))
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if let Ok(t) = std::fs::read_to_string(&p) {
            texts.push((p.display().to_string(), t));
        }
    }
    let bytes: usize = texts.iter().map(|t| t.1.len()).sum();
    let t0 = Instant::now();
    let disable: Vec<String> = std::env::var("WHOSAID_DISABLE_PACK")
        .map(|v| v.split(',').map(str::to_string).collect())
        .unwrap_or_default();
    let engine: Engine = whosaid::config::assemble(None, &[], &disable)
        .unwrap()
        .compile()
        .unwrap();
    println!("packs off: {:?}, {} rules", disable, engine.rule_info.len());
    let compile = t0.elapsed();
    let rounds = 3;
    // First use of the document and sentence regexes builds them (lazily, once
    // per process): one article through the pipeline before the clock starts,
    // so that this one-time cost is reported on its own and not charged to the
    // articles of the first round.
    let t = Instant::now();
    // The document regexes are built on first use, each as an article needs it.
    document::build_patterns();
    if let Some((path, text)) = texts.first() {
        let mut warm = [Duration::ZERO; 6];
        pipeline(&engine, path, text, &mut warm);
    }
    let setup = t.elapsed();
    let mut stage = [Duration::ZERO; 6];
    let names = [
        "document",
        "segment",
        "scan",
        "attribute",
        "dispute",
        "report",
    ];
    let t_all = Instant::now();
    let claims = articles(&engine, &texts, rounds, &mut stage);
    let all = t_all.elapsed();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "{} files, {:.2} MB x {} rounds, {} claims/round",
        texts.len(),
        bytes as f64 / 1e6,
        rounds,
        claims / rounds
    );
    println!("rule pack compile: {:.1} ms", compile.as_secs_f64() * 1e3);
    println!(
        "first-use setup (one article): {:.1} ms",
        setup.as_secs_f64() * 1e3
    );
    println!(
        "pipeline, per article (compile and setup excluded): {:.1} MB/s ({:.3} s per round)",
        mb / all.as_secs_f64(),
        all.as_secs_f64() / rounds as f64
    );
    for (n, d) in names.iter().zip(stage) {
        println!(
            "  {:<10} {:>8.1} ms/round  {:>8.1} MB/s",
            n,
            d.as_secs_f64() * 1e3 / rounds as f64,
            mb / d.as_secs_f64()
        );
    }
}

/// Every article `rounds` times; the returned claim count keeps the work
/// from being optimised away. Not inlined, so that a profiler (callgrind's
/// inclusive count of `throughput::articles`) shows the per-article cost
/// apart from the rule pack compile and the first-use setup.
#[inline(never)]
fn articles(
    engine: &Engine,
    texts: &[(String, String)],
    rounds: usize,
    stage: &mut [Duration; 6],
) -> usize {
    let mut claims = 0;
    for _ in 0..rounds {
        for (path, text) in texts {
            claims += pipeline(engine, path, text, stage);
        }
    }
    claims
}

/// One article through every stage, the time of each added to `stage`.
fn pipeline(engine: &Engine, path: &str, text: &str, stage: &mut [Duration; 6]) -> usize {
    let t = Instant::now();
    let doc = document::Document::parse(path, text.to_string());
    stage[0] += t.elapsed();
    let t = Instant::now();
    let body: Vec<_> = doc.body().map(|b| b.range.clone()).collect();
    let seg = segment::segment(&doc.text, &body, engine);
    stage[1] += t.elapsed();
    let t = Instant::now();
    let scan = attribute::Scan::run(engine, &doc.text);
    stage[2] += t.elapsed();
    let t = Instant::now();
    let analysis = attribute::attribute(&doc.text, &seg, engine, &scan, doc.headline.clone());
    stage[3] += t.elapsed();
    let t = Instant::now();
    let disputes = dispute::find_disputes(&doc.text, &seg, engine, &scan, &analysis);
    stage[4] += t.elapsed();
    let t = Instant::now();
    let r = report::build(&doc, &seg, &scan, &analysis, &disputes, engine);
    stage[5] += t.elapsed();
    r.claims.len()
}
