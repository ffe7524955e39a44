use std::time::Instant;
fn main() {
    let e = whosaid::Engine::default_engine().unwrap();
    let mut text = String::new();
    for p in std::fs::read_dir("../shared/polnear/train/text").unwrap() {
        text.push_str(&std::fs::read_to_string(p.unwrap().path()).unwrap());
    }
    let mb = text.len() as f64 / 1e6;
    let t = Instant::now();
    let r = e.phrases.scan(&text);
    println!(
        "phrases {:?} {:.1} MB/s",
        r.iter().map(|v| v.len()).collect::<Vec<_>>(),
        mb / t.elapsed().as_secs_f64()
    );
    for (n, m) in [
        ("cues", &e.cue_matcher),
        ("sources", &e.source_matcher),
        ("outlets", &e.outlet_matcher),
        ("hedges", &e.hedge_matcher),
        ("disputes", &e.dispute_matcher),
    ] {
        let t = Instant::now();
        let k = m.find_all(&text).len();
        println!(
            "{:<9} {:>7} matches {:>8.1} MB/s",
            n,
            k,
            mb / t.elapsed().as_secs_f64()
        );
    }
}
