//! A newsroom's own pack, written to a temporary folder: a local outlet with
//! an alias, a severity override, a house rule banning "slammed" as a cue,
//! and a rule replacing a default one; each takes effect in `check`.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

const HOUSE: &str = r#"
outlets:
  - id: house.outlet.riverton-courier
    name: Riverton Courier
    aliases: [The Courier]
    examples:
      fires: ["The Courier reported the vote on Tuesday."]
      silent: ["A courier delivered the papers."]

findings:
  - id: house.no-slammed
    description: Do not write "slammed" for a source's criticism; say what they said.
    severity: warning
    message: "house style: “{match}” is banned as an attribution verb"
    words: [slammed, slams]
    scope: cue
    examples:
      fires:
        - text: "The senator slammed the plan as reckless."
          match: slammed
          severity: warning
      silent: ["The door slammed behind the senator."]

  - id: anonymous-source
    description: House rule - every anonymous source is flagged for the standards desk.
    check: anonymous-source
    severity: warning
    examples:
      fires: ["Officials told the Courier that the plant would close."]

overrides:
  - id: unattributed-claim
    severity: error
"#;

const ARTICLE: &str = "The Courier reported that the council would vote on the budget.\n\nThe senator slammed the plan as reckless.\n\nThe plant will close next year.\n\nOfficials said the layoffs would begin in March.\n";

fn setup() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("house");
    std::fs::create_dir(&pack).unwrap();
    std::fs::write(pack.join("house.yaml"), HOUSE).unwrap();
    let art = dir.path().join("article.txt");
    std::fs::write(&art, ARTICLE).unwrap();
    (dir, pack, art)
}

fn check(args: &[&str], pack: &Path, art: &Path) -> (i32, Value) {
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("check")
        .arg(art)
        .args(["--format", "json", "--rules"])
        .arg(pack)
        .args(args)
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{}: {}", e, String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), v["files"][0].clone())
}

#[test]
fn local_outlet_alias_is_one_source() {
    let (_d, pack, art) = setup();
    let (_, f) = check(&[], &pack, &art);
    let c = f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("council would vote"))
        .unwrap();
    let sid = &c["attribution"]["source"];
    let s = f["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| &s["id"] == sid)
        .unwrap();
    assert_eq!(s["name"], "Riverton Courier");
    assert_eq!(s["kind"], "outlet");
}

#[test]
fn house_rule_bans_slammed_as_a_cue() {
    let (_d, pack, art) = setup();
    let (_, f) = check(&[], &pack, &art);
    let hits: Vec<&Value> = f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "house.no-slammed")
        .collect();
    assert_eq!(hits.len(), 1, "{:#?}", f["findings"]);
    assert_eq!(hits[0]["severity"], "warning");
    assert!(
        hits[0]["message"]
            .as_str()
            .unwrap()
            .contains("“slammed” is banned")
    );
    assert_eq!(hits[0]["help"], "whosaid explain house.no-slammed");
}

#[test]
fn severity_override_changes_severity_and_exit_code() {
    let (_d, pack, art) = setup();
    let (code, f) = check(&[], &pack, &art);
    let un: Vec<&Value> = f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "unattributed-claim")
        .collect();
    assert!(!un.is_empty());
    assert!(un.iter().all(|x| x["severity"] == "error"));
    assert_eq!(
        code, 1,
        "an error-level finding fails the default --fail-on error"
    );
    // Without the pack the same article passes.
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("check")
        .arg(&art)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_user_rule_replaces_the_default_with_the_same_id() {
    let (_d, pack, art) = setup();
    let (_, f) = check(&[], &pack, &art);
    let anon: Vec<&Value> = f["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["rule"] == "anonymous-source")
        .collect();
    assert!(!anon.is_empty());
    assert!(
        anon.iter().all(|x| x["severity"] == "warning"),
        "default severity is info; the house rule says warning"
    );
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["rules", "list", "--rules"])
        .arg(&pack)
        .output()
        .unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    let line = list
        .lines()
        .find(|l| l.starts_with("anonymous-source "))
        .unwrap();
    assert!(line.contains("house (overrides default)"), "{}", line);
    assert!(
        list.lines()
            .any(|l| l.starts_with("house.no-slammed ") && l.contains("house"))
    );
}

#[test]
fn packs_switch_off_whole_and_from_the_config_file() {
    let (d, pack, art) = setup();
    let (_, f) = check(&["--disable-pack", "house"], &pack, &art);
    assert!(
        f["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|x| x["rule"] != "house.no-slammed")
    );
    // whosaid.yaml names the pack and switches the standards pack off.
    let cfg = d.path().join("whosaid.yaml");
    std::fs::write(
        &cfg,
        "rules: [house]\ndisable: [standards]\nfail_on: never\n",
    )
    .unwrap();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["rules", "list", "--config"])
        .arg(&cfg)
        .output()
        .unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    assert!(list.contains("house.no-slammed"));
    assert!(
        !list.lines().any(|l| l.starts_with("standards.")),
        "{}",
        list
    );
    assert!(list.contains("packs switched off: standards"));
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .arg("check")
        .arg(&art)
        .arg("--config")
        .arg(&cfg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "fail_on: never in the config");
}

#[test]
fn the_pack_passes_its_own_examples() {
    let (_d, pack, _art) = setup();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["rules", "test"])
        .arg(&pack)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn explain_describes_a_house_rule() {
    let (_d, pack, _art) = setup();
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["explain", "house.no-slammed", "--rules"])
        .arg(&pack)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("What it does")
            && s.contains("Example that fires")
            && s.contains("enabled: false"),
        "{}",
        s
    );
    assert!(s.contains("→ 1:13 warning"), "{}", s);
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["explain", "no.such.rule"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Cue frames built into the code are explained too: reports name them.
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["explain", "cue.signature"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("built in") && s.contains("Rosa Delgado"),
        "{}",
        s
    );
}

#[test]
fn explain_lists_where_a_cue_word_is_no_cue() {
    // "costs added up" is no attribution because of a `not_cue` guard of
    // cue.say: an editor asking why finds it in the rule's explanation.
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["explain", "cue.say"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("Where its words are no cue\n  added, adds: not directly before to, up\n"),
        "{}",
        s
    );
}
