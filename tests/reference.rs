//! The reference article: what whosaid must report on it, asserted through
//! the JSON report of the built binary.

use assert_cmd::Command;
use serde_json::Value;

const REFERENCE: &str = "fixtures/000_cf4754b5362d07c1.txt";

fn report() -> Value {
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["check", REFERENCE, "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.code() == Some(0),
        "exit {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["schema"], "whosaid/1");
    v["files"][0].clone()
}

fn claim<'a>(f: &'a Value, needle: &str) -> &'a Value {
    let hits: Vec<&Value> = f["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["text"].as_str().unwrap().contains(needle))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "expected exactly one claim containing {:?}, got {}",
        needle,
        hits.len()
    );
    hits[0]
}

fn source<'a>(f: &'a Value, id: &Value) -> &'a Value {
    f["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| &s["id"] == id)
        .unwrap_or_else(|| panic!("no source {}", id))
}

fn source_name(f: &Value, id: &Value) -> String {
    source(f, id)["name"].as_str().unwrap().to_string()
}

fn via_names(f: &Value, c: &Value) -> Vec<String> {
    c["attribution"]["via"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| source_name(f, v))
        .collect()
}

#[test]
fn furniture_is_recognised_and_kept_out_of_claims() {
    let f = report();
    let d = &f["document"];
    assert_eq!(d["date"], "2025-10-14");
    assert_eq!(d["origin"]["outlet"], "Antiwar.com");
    assert_eq!(d["byline"]["author"], "Dave DeCamp");
    assert_eq!(d["byline"]["outlet"], "Antiwar.com");
    assert_eq!(
        d["title"],
        "Report: Witkoff and Kushner Held Direct Meeting With Senior Hamas Officials in Egypt"
    );
    let caps = d["captions"].as_array().unwrap();
    assert_eq!(caps.len(), 1);
    assert_eq!(caps[0]["credit"], "AP Photo/John Minchillo");
    assert_eq!(caps[0]["date"], "2022-07-20");
    let findings = f["findings"].as_array().unwrap();
    let rules: Vec<&str> = findings
        .iter()
        .map(|x| x["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"stale-caption"));
    assert!(rules.contains(&"broken-byline"));
    for c in f["claims"].as_array().unwrap() {
        let t = c["text"].as_str().unwrap();
        for furniture in [
            "Report: Witkoff",
            "date 2025",
            "Ivana Trump",
            "AP Photo",
            "originally appeared",
            "Dave DeCamp",
        ] {
            assert!(
                !t.contains(furniture),
                "furniture {:?} inside claim {:?}",
                furniture,
                t
            );
        }
    }
}

#[test]
fn claims_carry_their_sources() {
    let f = report();
    let c = claim(
        &f,
        "met directly with senior Hamas officials in Egypt on Wednesday",
    );
    assert_eq!(c["attribution"]["status"], "explicit");
    assert_eq!(
        source_name(&f, &c["attribution"]["source"]),
        "Middle East Eye"
    );
    assert_eq!(c["attribution"]["cue"]["text"], "reported");
    // The claim's span is its content: the source and cue at its end are not part of it.
    assert!(
        !c["text"]
            .as_str()
            .unwrap()
            .contains("Middle East Eye reported")
    );

    let condolences = claim(&f, "Witkoff offered condolences");
    assert_eq!(condolences["attribution"]["status"], "explicit");
    assert_eq!(condolences["attribution"]["cue"]["text"], "according to");
    assert_eq!(
        condolences["attribution"]["source"], c["attribution"]["source"],
        "MEE is Middle East Eye"
    );
    let mee = source(&f, &c["attribution"]["source"]);
    assert!(
        mee["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "MEE")
    );

    let killed = claim(&f, "Al-Hayya’s son was killed in the attack");
    assert_eq!(killed["attribution"]["status"], "unattributed");
    assert!(!killed["text"].as_str().unwrap().contains("condolences"));
    assert_ne!(killed["id"], condolences["id"]);

    for needle in [
        "Witkoff requested the meeting",
        "the agreement was basically a done deal",
    ] {
        let c = claim(&f, needle);
        assert_eq!(c["attribution"]["status"], "explicit", "{}", needle);
        assert_eq!(
            source_name(&f, &c["attribution"]["source"]),
            "Hamas sources",
            "{}",
            needle
        );
        assert_eq!(via_names(&f, c), vec!["Middle East Eye"], "{}", needle);
    }

    let axios = claim(&f, "it aimed to break a stalemate");
    assert!(
        axios["text"]
            .as_str()
            .unwrap()
            .contains("necessary for Hamas to agree to the deal")
    );
    assert_eq!(source_name(&f, &axios["attribution"]["source"]), "Axios");

    let word = claim(&f, "gave their word");
    let anon = source(&f, &word["attribution"]["source"]);
    assert_eq!(
        anon["name"].as_str().unwrap().to_lowercase(),
        "a source familiar with the meeting"
    );
    assert_eq!(anon["kind"], "anonymous");
    assert_eq!(via_names(&f, word), vec!["Axios"]);

    let hedged = claim(&f, "he has dedicated himself");
    assert_eq!(hedged["attribution"]["hedge"], "reportedly");
    assert_eq!(
        source_name(&f, &hedged["attribution"]["hedge_resolved_to"]),
        "Middle East Eye"
    );
    // The speaker is named by surname in the claim and in full elsewhere in the article.
    let witkoff = source(&f, &hedged["attribution"]["source"]);
    assert_eq!(witkoff["name"], "Steve Witkoff");
    assert!(
        witkoff["aliases"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == "Witkoff")
    );
    assert!(witkoff["mentions"].as_array().unwrap().len() >= 5);
    let quotes: Vec<&str> = hedged["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(quotes.contains(&"the suffering of others"), "{:?}", quotes);

    for needle in [
        "Leading the Hamas officials was Khalil al-Hayya",
        "The US has previously engaged directly with Hamas",
    ] {
        assert_eq!(
            claim(&f, needle)["attribution"]["status"],
            "unattributed",
            "{}",
            needle
        );
    }
}

#[test]
fn exactly_one_dispute_axios_against_hamas_sources() {
    let f = report();
    let axios = claim(&f, "it aimed to break a stalemate");
    let done = claim(&f, "the agreement was basically a done deal");
    let requested = claim(&f, "Witkoff requested the meeting");
    let disputes = f["disputes"].as_array().unwrap();
    let main: Vec<&Value> = disputes
        .iter()
        .filter(|d| {
            let ids = d["claims"].as_array().unwrap();
            ids.contains(&axios["id"]) && ids.contains(&done["id"])
        })
        .collect();
    assert_eq!(main.len(), 1, "{:#?}", disputes);
    assert_eq!(main[0]["marker"]["text"], "However");
    let srcs: Vec<String> = main[0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| source_name(&f, s))
        .collect();
    assert!(
        srcs.contains(&"Axios".to_string()) && srcs.contains(&"Hamas sources".to_string()),
        "{:?}",
        srcs
    );
    for d in disputes {
        let ids = d["claims"].as_array().unwrap();
        let allowed = (ids.contains(&axios["id"]) && ids.contains(&done["id"]))
            || (ids.contains(&axios["id"]) && ids.contains(&requested["id"]));
        assert!(allowed, "unexpected dispute {:#?}", d);
    }
    assert!(disputes.len() <= 2);
}

#[test]
fn spans_map_back_to_the_file_bytes() {
    let f = report();
    let bytes = std::fs::read(REFERENCE).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let check = |span: &Value, expect: &str| {
        let s = span["start"].as_u64().unwrap() as usize;
        let e = span["end"].as_u64().unwrap() as usize;
        assert_eq!(&bytes[s..e], expect.as_bytes());
        let line = 1 + text[..s].matches('\n').count();
        let col = 1 + text[text[..s].rfind('\n').map_or(0, |i| i + 1)..s]
            .chars()
            .count();
        assert_eq!(span["line"].as_u64().unwrap() as usize, line);
        assert_eq!(span["column"].as_u64().unwrap() as usize, col);
    };
    for c in f["claims"].as_array().unwrap() {
        check(&c["span"], c["text"].as_str().unwrap());
        let a = &c["attribution"];
        for k in ["cue", "source_mention"] {
            if !a[k].is_null() {
                check(&a[k]["span"], a[k]["text"].as_str().unwrap());
            }
        }
        for q in c["quotes"].as_array().unwrap() {
            check(&q["span"], q["text"].as_str().unwrap());
        }
    }
    let cap = &f["document"]["captions"][0];
    check(&cap["span"], cap["text"].as_str().unwrap());
}

#[test]
fn text_report_groups_chains_for_an_editor() {
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["check", REFERENCE])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("Hamas sources → Middle East Eye"), "{}", s);
    assert!(s.contains("Unattributed"));
    assert!(s.contains("Disputes"));
    assert!(s.contains("Findings"));
}

#[test]
fn fail_on_sets_the_exit_code() {
    let code = |level: &str| {
        Command::cargo_bin("whosaid")
            .unwrap()
            .args(["check", REFERENCE, "--fail-on", level])
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(code("error"), Some(0));
    assert_eq!(code("warning"), Some(1));
    assert_eq!(code("info"), Some(1));
    assert_eq!(code("never"), Some(0));
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.json");
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["check", REFERENCE, "--format", "json", "-o"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(v["files"][0]["summary"]["disputes"], 1);
    // No temporary file is left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
