//! The embedded rule files, parsed once at build time: each is written to
//! `OUT_DIR` as JSON, which loads several times faster than YAML when the
//! binary starts (`Pack::default_pack`). A file that does not convert gets an
//! empty JSON file, and the YAML is parsed at run time as before, so its
//! errors are reported the usual way.

use std::path::Path;

/// Every rule file `src/rules.rs` embeds with `include_str!`.
const EMBEDDED: &[&str] = &[
    "rules/cues.yaml",
    "rules/sources.yaml",
    "rules/outlets.yaml",
    "rules/hedges.yaml",
    "rules/disputes.yaml",
    "rules/findings.yaml",
    "rules/lexicon.yaml",
    "rules/standards/standards.yaml",
];

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for path in EMBEDDED {
        println!("cargo::rerun-if-changed={}", path);
        let json = std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_yaml::from_str::<serde_yaml::Value>(&text).ok())
            .and_then(|mut value| {
                words_as_strings(&mut value);
                serde_json::to_string(&value).ok()
            })
            .unwrap_or_default();
        let name = path.trim_end_matches(".yaml").replace('/', "_") + ".json";
        std::fs::write(Path::new(&out).join(name), json).expect("OUT_DIR is writable");
    }
}

/// A list's plain scalars are words ("false" is a dispute word): as strings,
/// as serde_yaml reads them into the rule types, not as the booleans and
/// numbers an untyped YAML value makes of them. (The unit test in
/// `src/rules.rs` checks that each file loads alike both ways.)
fn words_as_strings(value: &mut serde_yaml::Value) {
    use serde_yaml::Value;
    match value {
        Value::Sequence(items) => {
            for item in items {
                match item {
                    Value::Bool(b) => *item = Value::String(b.to_string()),
                    Value::Number(n) => *item = Value::String(n.to_string()),
                    _ => words_as_strings(item),
                }
            }
        }
        Value::Mapping(map) => map.values_mut().for_each(words_as_strings),
        Value::Tagged(tagged) => words_as_strings(&mut tagged.value),
        _ => {}
    }
}
