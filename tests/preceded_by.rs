//! A cue rule's `preceded_by`: the words must follow what it matches, and
//! the cue then starts where that starts.

use assert_cmd::Command;
use serde_json::Value;

const PACK: &str = r#"
cues:
  - id: house.sour-on
    description: Being sour on something, after a form of "be" and up to two words.
    frame: verb
    preceded_by: '(?:is|was|were)(?:\s+[a-z]+){0,2}'
    words: ["sour on"]
    examples:
      fires: ["The mayor was openly sour on the harbour plan."]
      silent: ["A sour on-again mood hung over the harbour."]
"#;

const ARTICLE: &str = "Mayor Ana Ruiz was openly sour on the harbour plan.\n\nCouncil member Tom Hale, sour on the plan, left early.\n";

fn claims() -> Vec<(String, Option<String>)> {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("house");
    std::fs::create_dir(&pack).unwrap();
    std::fs::write(pack.join("house.yaml"), PACK).unwrap();
    let art = dir.path().join("article.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("check")
        .arg(&art)
        .args(["--format", "json", "--rules"])
        .arg(&pack)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["files"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_string(),
                c["attribution"]["cue"]["text"].as_str().map(String::from),
            )
        })
        .collect()
}

#[test]
fn the_cue_starts_where_what_precedes_it_starts() {
    let claims = claims();
    assert!(
        claims
            .iter()
            .any(|(t, cue)| t == "the harbour plan"
                && cue.as_deref() == Some("was openly sour on")),
        "{claims:#?}"
    );
}

#[test]
fn without_what_must_precede_it_the_word_is_no_cue() {
    let claims = claims();
    assert!(
        claims
            .iter()
            .all(|(_, cue)| cue.as_deref() != Some("sour on")),
        "{claims:#?}"
    );
}
