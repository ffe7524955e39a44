use std::time::Instant;
fn main() {
    let mut text = String::new();
    for p in std::fs::read_dir("../shared/polnear/train/text").unwrap() {
        text.push_str(&std::fs::read_to_string(p.unwrap().path()).unwrap());
    }
    let mb = text.len() as f64 / 1e6;
    let y: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string("rules/outlets.yaml").unwrap()).unwrap();
    let mut names = vec![];
    for o in y["outlets"].as_sequence().unwrap() {
        names.push(o["name"].as_str().unwrap().to_string());
        for a in o["aliases"].as_sequence().into_iter().flatten() {
            names.push(a.as_str().unwrap().to_string());
        }
    }
    names.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let variants: Vec<(&str, String)> = vec![
        (
            "flexspace+b",
            names
                .iter()
                .map(|w| whosaid::rules::word_regex(w))
                .collect::<Vec<_>>()
                .join("|"),
        ),
        (
            "literal+b",
            names
                .iter()
                .map(|w| format!(r"(?-u:\b){}(?-u:\b)", regex::escape(w)))
                .collect::<Vec<_>>()
                .join("|"),
        ),
        (
            "class1",
            names
                .iter()
                .map(|w| {
                    format!(
                        r"(?-u:\b){}(?-u:\b)",
                        regex::escape(w).replace(' ', r"[ \x{a0}]")
                    )
                })
                .collect::<Vec<_>>()
                .join("|"),
        ),
        (
            "literal",
            names
                .iter()
                .map(|w| regex::escape(w))
                .collect::<Vec<_>>()
                .join("|"),
        ),
    ];
    for (n, p) in variants {
        let re = regex::RegexBuilder::new(&p)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .unwrap();
        let t = Instant::now();
        let k = re.find_iter(&text).count();
        println!(
            "{:<12} {:>6} {:>8.1} MB/s",
            n,
            k,
            mb / t.elapsed().as_secs_f64()
        );
    }
    let ac = names.clone();
    let t = Instant::now();
    let mut k = 0;
    // plain memmem per name as a floor
    for n in &ac {
        k += text.matches(n.as_str()).count();
    }
    println!(
        "{:<12} {:>6} {:>8.1} MB/s",
        "str.matches",
        k,
        mb / t.elapsed().as_secs_f64()
    );
}
