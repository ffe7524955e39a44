use std::time::Instant;
fn main() {
    let e = whosaid::Engine::default_engine().unwrap();
    let mut text = String::new();
    for p in std::fs::read_dir("../shared/polnear/train/text").unwrap() {
        text.push_str(&std::fs::read_to_string(p.unwrap().path()).unwrap());
    }
    let mb = text.len() as f64 / 1e6;
    let rounds = 20;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += e.phrases.scan(&text)[0].len();
    }
    println!(
        "phrases {} {:.1} MB/s",
        n,
        rounds as f64 * mb / t.elapsed().as_secs_f64()
    );
    let t = Instant::now();
    let mut words = 0;
    for _ in 0..rounds {
        words += text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count();
    }
    println!(
        "split-only {} {:.1} MB/s",
        words / rounds,
        rounds as f64 * mb / t.elapsed().as_secs_f64()
    );
}
