//! Behaviour tests: each fixture in `fixtures/behaviour/` is a short piece of
//! news copy, run through the built `whosaid` binary; the JSON report is
//! checked against what a newsroom editor would expect.
//!
//! These tests are the spec, not a snapshot of the current output.

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("behaviour")
        .join(name)
}

fn fixture_bytes(name: &str) -> Vec<u8> {
    std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("read fixture {}: {}", name, e))
}

fn run(path: &Path) -> Run {
    let out = Command::cargo_bin("whosaid")
        .expect("whosaid binary is built")
        .args([
            "check",
            path.to_str().expect("utf-8 path"),
            "--format",
            "json",
        ])
        .output()
        .expect("run whosaid");
    Run {
        // A process killed by a signal has no code; treat it as a crash.
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Run on a path, insist the run did not fail or crash, and return `files[0]`.
fn report_of(path: &Path) -> Value {
    let r = run(path);
    assert!(
        r.code == 0 || r.code == 1,
        "whosaid exited {} on {}\nstderr:\n{}",
        r.code,
        path.display(),
        r.stderr
    );
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({}) for {}:\n{}",
            e,
            path.display(),
            r.stdout
        )
    });
    assert_eq!(v["schema"], "whosaid/1");
    let files = v["files"].as_array().expect("files array");
    assert_eq!(files.len(), 1, "one file report");
    files[0].clone()
}

/// The report (`files[0]`) for a fixture of `fixtures/behaviour/`.
fn report(name: &str) -> Value {
    report_of(&fixture_path(name))
}

fn claims(r: &Value) -> &Vec<Value> {
    r["claims"].as_array().expect("claims array")
}

fn claim_texts(r: &Value) -> Vec<String> {
    claims(r)
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                c["id"].as_str().unwrap_or("?"),
                c["text"].as_str().unwrap_or("")
            )
        })
        .collect()
}

/// The one claim whose `text` contains `needle`.
fn claim_containing<'a>(r: &'a Value, needle: &str) -> &'a Value {
    let hits: Vec<&Value> = claims(r)
        .iter()
        .filter(|c| c["text"].as_str().is_some_and(|t| t.contains(needle)))
        .collect();
    match hits.len() {
        1 => hits[0],
        0 => panic!(
            "no claim contains {:?}; claims are:\n{:#?}",
            needle,
            claim_texts(r)
        ),
        n => panic!(
            "{} claims contain {:?}; claims are:\n{:#?}",
            n,
            needle,
            claim_texts(r)
        ),
    }
}

fn source<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["sources"]
        .as_array()
        .expect("sources array")
        .iter()
        .find(|s| s["id"] == id)
        .unwrap_or_else(|| panic!("no source with id {}; sources: {}", id, r["sources"]))
}

fn source_name(r: &Value, id: &str) -> String {
    source(r, id)["name"].as_str().unwrap_or("").to_string()
}

/// The source id a claim is attributed to (panics, with context, when none).
fn source_id_of(r: &Value, claim: &Value) -> String {
    claim["attribution"]["source"]
        .as_str()
        .unwrap_or_else(|| {
            panic!(
                "claim {} ({:?}) has no source; attribution: {}\nsources: {}",
                claim["id"], claim["text"], claim["attribution"], r["sources"]
            )
        })
        .to_string()
}

fn status(claim: &Value) -> &str {
    claim["attribution"]["status"].as_str().unwrap_or("")
}

fn findings_with<'a>(r: &'a Value, rule: &str) -> Vec<&'a Value> {
    r["findings"]
        .as_array()
        .expect("findings array")
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

fn disputes(r: &Value) -> &Vec<Value> {
    r["disputes"].as_array().expect("disputes array")
}

fn span_range(span: &Value) -> std::ops::Range<usize> {
    let s = span["start"].as_u64().expect("span.start") as usize;
    let e = span["end"].as_u64().expect("span.end") as usize;
    s..e
}

fn slice(bytes: &[u8], span: &Value) -> String {
    let r = span_range(span);
    assert!(
        r.start <= r.end && r.end <= bytes.len(),
        "span {} outside file of {} bytes",
        span,
        bytes.len()
    );
    String::from_utf8(bytes[r].to_vec()).expect("span on char boundaries")
}

/// The text of the claim's sentence, read from the file.
fn sentence_text(bytes: &[u8], claim: &Value) -> String {
    slice(bytes, &claim["sentence"])
}

/// No claim's text or sentence contains `needle` (furniture stays out of claims).
fn assert_not_in_claims(r: &Value, bytes: &[u8], needle: &str) {
    for c in claims(r) {
        let text = c["text"].as_str().unwrap_or("");
        assert!(
            !text.contains(needle),
            "claim {} text contains furniture {:?}: {:?}",
            c["id"],
            needle,
            text
        );
        let sent = sentence_text(bytes, c);
        assert!(
            !sent.contains(needle),
            "claim {} sentence contains furniture {:?}: {:?}",
            c["id"],
            needle,
            sent
        );
    }
}

/// 1-based line and character column of a byte offset, computed independently.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = 1 + text[line_start..offset].chars().count();
    (line, column)
}

/// Walk the JSON and check every span object's line/column against its offsets.
fn check_spans_recursively(v: &Value, text: &str, where_: &str) {
    match v {
        Value::Object(m) => {
            if m.contains_key("start") && m.contains_key("end") && m.contains_key("line") {
                let r = span_range(v);
                assert!(
                    r.start <= r.end && r.end <= text.len(),
                    "{}: span {} outside file",
                    where_,
                    v
                );
                assert!(
                    text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                    "{}: span {} not on char boundaries",
                    where_,
                    v
                );
                let (l, c) = line_col(text, r.start);
                let (el, ec) = line_col(text, r.end);
                assert_eq!(
                    (m["line"].as_u64(), m["column"].as_u64()),
                    (Some(l as u64), Some(c as u64)),
                    "{}: start line/column of span {}",
                    where_,
                    v
                );
                assert_eq!(
                    (m["end_line"].as_u64(), m["end_column"].as_u64()),
                    (Some(el as u64), Some(ec as u64)),
                    "{}: end line/column of span {}",
                    where_,
                    v
                );
            }
            for (k, x) in m {
                check_spans_recursively(x, text, &format!("{}.{}", where_, k));
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                check_spans_recursively(x, text, &format!("{}[{}]", where_, i));
            }
        }
        _ => {}
    }
}

/// Every text/span pair of a report maps exactly onto the file's bytes, and
/// every line/column agrees with its byte offset.
fn check_offsets(r: &Value, bytes: &[u8], label: &str) {
    let text = std::str::from_utf8(bytes).expect("fixture is UTF-8");
    for c in claims(r) {
        let id = c["id"].as_str().unwrap_or("?");
        assert_eq!(
            c["text"].as_str().unwrap_or(""),
            slice(bytes, &c["span"]),
            "{}: claim {} text vs its span",
            label,
            id
        );
        let cs = span_range(&c["span"]);
        let ss = span_range(&c["sentence"]);
        assert!(
            ss.start <= cs.start && cs.end <= ss.end,
            "{}: claim {} span {:?} lies outside its sentence {:?}",
            label,
            id,
            cs,
            ss
        );
        if let Some(frags) = c["content_fragments"].as_array() {
            for f in frags {
                let fr = span_range(f);
                assert!(
                    cs.start <= fr.start && fr.end <= cs.end,
                    "{}: claim {} fragment {:?} outside claim",
                    label,
                    id,
                    fr
                );
            }
        }
        let a = &c["attribution"];
        for key in ["cue", "source_mention"] {
            if a[key].is_object() {
                assert_eq!(
                    a[key]["text"].as_str().unwrap_or(""),
                    slice(bytes, &a[key]["span"]),
                    "{}: claim {} {}.text vs its span",
                    label,
                    id,
                    key
                );
            }
        }
        if a["hedge"].is_string() {
            assert_eq!(
                a["hedge"].as_str().unwrap(),
                slice(bytes, &a["hedge_span"]),
                "{}: claim {} hedge",
                label,
                id
            );
        }
        for q in c["quotes"].as_array().expect("quotes array") {
            assert_eq!(
                q["text"].as_str().unwrap_or(""),
                slice(bytes, &q["span"]),
                "{}: claim {} quote",
                label,
                id
            );
        }
    }
    for d in disputes(r) {
        if d["marker"].is_object() {
            assert_eq!(
                d["marker"]["text"].as_str().unwrap(),
                slice(bytes, &d["marker"]["span"]),
                "{}: dispute marker",
                label
            );
        }
        for side in d["sides"].as_array().expect("dispute sides") {
            assert_eq!(
                side["text"].as_str().unwrap(),
                slice(bytes, &side["span"]),
                "{}: dispute side",
                label
            );
        }
    }
    let doc = &r["document"];
    if doc["title"].is_string() {
        assert_eq!(
            doc["title"].as_str().unwrap(),
            slice(bytes, &doc["title_span"]),
            "{}: title",
            label
        );
    }
    if doc["origin"].is_object() {
        assert_eq!(
            doc["origin"]["outlet"].as_str().unwrap(),
            slice(bytes, &doc["origin"]["span"]),
            "{}: origin outlet",
            label
        );
    }
    for cap in doc["captions"].as_array().expect("captions array") {
        assert_eq!(
            cap["text"].as_str().unwrap(),
            slice(bytes, &cap["span"]),
            "{}: caption text",
            label
        );
        if cap["credit"].is_string() {
            assert_eq!(
                cap["credit"].as_str().unwrap(),
                slice(bytes, &cap["credit_span"]),
                "{}: caption credit",
                label
            );
        }
    }
    check_spans_recursively(r, text, label);
}

/// Ids the report refers to all exist.
fn check_references(r: &Value, label: &str) {
    let sids: Vec<&str> = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    let cids: Vec<&str> = claims(r).iter().filter_map(|c| c["id"].as_str()).collect();
    for c in claims(r) {
        let a = &c["attribution"];
        for s in a["source"].as_str().into_iter().chain(
            a["via"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|v| v.as_str()),
        ) {
            assert!(
                sids.contains(&s),
                "{}: claim {} refers to unknown source {}",
                label,
                c["id"],
                s
            );
        }
        if let Some(h) = a["hedge_resolved_to"].as_str() {
            assert!(sids.contains(&h), "{}: unknown hedge source {}", label, h);
        }
        if let Some(p) = a["inherited_from"].as_str() {
            assert!(cids.contains(&p), "{}: unknown inherited_from {}", label, p);
        }
    }
    for d in disputes(r) {
        let sides = d["sides"].as_array().expect("dispute sides");
        assert_eq!(sides.len(), 2, "{}: two sides", label);
        for (k, side) in sides.iter().enumerate() {
            assert_eq!(side["claim"], d["claims"][k], "{}: side {} claim", label, k);
            assert_eq!(
                side["source"], d["sources"][k],
                "{}: side {} source",
                label, k
            );
        }
        assert_ne!(
            d["sources"][0], d["sources"][1],
            "{}: a dispute needs two sources",
            label
        );
        for c in d["claims"].as_array().unwrap() {
            assert!(
                cids.contains(&c.as_str().unwrap()),
                "{}: dispute refers to unknown claim {}",
                label,
                c
            );
        }
        for s in d["sources"].as_array().unwrap() {
            assert!(
                sids.contains(&s.as_str().unwrap()),
                "{}: dispute refers to unknown source {}",
                label,
                s
            );
        }
    }
    for f in r["findings"].as_array().unwrap() {
        if let Some(c) = f["claim"].as_str() {
            assert!(
                cids.contains(&c),
                "{}: finding refers to unknown claim {}",
                label,
                c
            );
        }
    }
}

fn all_fixtures() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join("behaviour");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures/behaviour exists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 20,
        "expected the behaviour fixtures, found {:?}",
        names
    );
    names
}

// ---------------------------------------------------------------------------
// 1. Furniture
// ---------------------------------------------------------------------------

#[test]
fn furniture_iso_date_line_and_headline() {
    let name = "furniture_iso_date.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    assert_eq!(r["document"]["date"], "2024-03-05");
    assert_eq!(
        r["document"]["title"],
        "Council Approves Downtown Bus Expansion After Long Debate"
    );
    assert_not_in_claims(&r, &b, "2024-03-05");
    assert_not_in_claims(&r, &b, "Council Approves Downtown Bus Expansion");
    // The body is still there.
    claim_containing(&r, "first new routes would open in September");
}

#[test]
fn furniture_month_name_date_line() {
    let name = "furniture_month_date.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    assert_eq!(r["document"]["date"], "2024-03-05");
    assert_eq!(
        r["document"]["title"],
        "State Auditor Faults Prison Health Contract"
    );
    assert_not_in_claims(&r, &b, "March 5, 2024");
    assert_not_in_claims(&r, &b, "State Auditor Faults");
}

#[test]
fn furniture_headline_without_date() {
    let name = "furniture_headline.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    assert_eq!(
        r["document"]["title"],
        "Flood Warnings Lifted as River Recedes in Eastern Counties"
    );
    assert!(r["document"]["date"].is_null());
    assert_not_in_claims(&r, &b, "Flood Warnings Lifted");
    claim_containing(&r, "Forecasters lifted flood warnings");
}

#[test]
fn furniture_lede_sentence_is_not_a_headline() {
    // No headline: the first paragraph is a full lede sentence ending in
    // "..., Middle East Eye reported." It is a claim, not the title.
    let r = report("furniture_no_headline_lede.txt");
    assert!(
        r["document"]["title"].is_null(),
        "lede taken as headline: {}",
        r["document"]["title"]
    );
    let c = claim_containing(&r, "mediators met the Israeli and Hamas delegations");
    assert_eq!(status(c), "explicit");
    assert_eq!(source_name(&r, &source_id_of(&r, c)), "Middle East Eye");
}

#[test]
fn furniture_byline_line() {
    let name = "furniture_byline.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    let by = &r["document"]["byline"];
    assert!(by.is_object(), "no byline found: {}", r["document"]);
    assert_eq!(by["author"], "Jane Smith");
    assert_eq!(by["outlet"], "Reuters");
    assert_eq!(slice(&b, &by["span"]), "By Jane Smith, Reuters");
    assert_eq!(
        r["document"]["title"],
        "Port Strike Ends After Workers Ratify Deal"
    );
    assert_not_in_claims(&r, &b, "Jane Smith");
    // The byline's outlet is not a source of any claim in the body.
    let by_span = span_range(&by["span"]);
    for s in r["sources"].as_array().unwrap() {
        for m in s["mentions"].as_array().unwrap() {
            let mr = span_range(m);
            assert!(
                mr.end <= by_span.start || mr.start >= by_span.end,
                "source {} has a mention inside the byline",
                s["name"]
            );
        }
    }
}

fn assert_caption(r: &Value, b: &[u8], credit: &str, date: &str, caption_start: &str) {
    let caps = r["document"]["captions"].as_array().expect("captions");
    assert_eq!(caps.len(), 1, "captions: {}", r["document"]["captions"]);
    assert_eq!(caps[0]["credit"], credit);
    assert_eq!(caps[0]["date"], date);
    assert!(
        caps[0]["text"].as_str().unwrap().starts_with(caption_start),
        "caption text {}",
        caps[0]["text"]
    );
    assert_not_in_claims(r, b, caption_start);
    assert_not_in_claims(r, b, credit);
}

/// One captioned fixture: its credit, its date, where its text starts, and
/// whether it must be flagged as stale (dated long before a 2024-03-05 article).
fn check_caption_fixture(name: &str, credit: &str, date: &str, start: &str, stale: bool) {
    let r = report(name);
    let b = fixture_bytes(name);
    assert_eq!(r["document"]["date"], "2024-03-05", "{}", name);
    assert_caption(&r, &b, credit, date, start);
    let found = findings_with(&r, "stale-caption");
    if stale {
        assert_eq!(found.len(), 1, "{}: findings: {}", name, r["findings"]);
        assert_eq!(found[0]["severity"], "info");
    } else {
        assert!(found.is_empty(), "{}: findings: {}", name, r["findings"]);
    }
}

#[test]
fn furniture_stale_caption_ap_photo() {
    check_caption_fixture(
        "furniture_stale_caption.txt",
        "AP Photo/Evan Vucci",
        "2023-06-13",
        "Sen. Mark Dalton speaks to reporters",
        true,
    );
}

#[test]
fn furniture_stale_caption_reuters_credit() {
    check_caption_fixture(
        "furniture_stale_caption_reuters.txt",
        "Reuters/Jane Doe",
        "2023-08-21",
        "Firefighters battle a blaze",
        true,
    );
}

#[test]
fn furniture_file_dash_caption_is_not_stale() {
    check_caption_fixture(
        "furniture_file_caption.txt",
        "AP Photo/Eric Gay, File",
        "2023-06-12",
        "FILE - Demonstrators rally",
        false,
    );
}

#[test]
fn furniture_file_photo_caption_is_not_stale() {
    check_caption_fixture(
        "furniture_file_photo_caption.txt",
        "Reuters/Jane Doe",
        "2022-08-03",
        "Commuters wait for a train",
        false,
    );
}

#[test]
fn furniture_republication_line_sets_origin() {
    let name = "furniture_origin.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    assert_eq!(r["document"]["origin"]["outlet"], "ProPublica");
    assert_not_in_claims(&r, &b, "originally published");
    assert_not_in_claims(&r, &b, "ProPublica");
}

#[test]
fn furniture_republication_line_with_tagline_names_only_the_outlet() {
    // "originally published by ProPublica, a nonprofit newsroom that ..." —
    // the outlet is ProPublica; the appositive describes it.
    let name = "furniture_origin_tagline.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    assert_not_in_claims(&r, &b, "originally published");
    assert_eq!(r["document"]["origin"]["outlet"], "ProPublica");
}

// ---------------------------------------------------------------------------
// 2. Abbreviations and quotation-final punctuation
// ---------------------------------------------------------------------------

#[test]
fn abbreviations_do_not_end_sentences() {
    let name = "abbreviations.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    let expected = [
        "Sen. Maria Alvarez and Rep. Tom Okafor met Gov. Linda Hearn at 9 a.m. on Sept. 14 in Room No. 5 of the U.S. Capitol, aides said.",
        "Dr. Alan Reyes, a former U.S. Army surgeon, told Mr. and Mrs. Dunn that the clinic would reopen by 5 p.m. Friday.",
        "Gen. J. K. Harlan said the plan had been approved by Donald J. Trump before he left office.",
        "The delegation flew back to the U.S.",
        "The talks resume next week.",
    ];
    assert_eq!(
        claims(&r).len(),
        expected.len(),
        "claims: {:#?}",
        claim_texts(&r)
    );
    let mut sentences: Vec<String> = claims(&r).iter().map(|c| sentence_text(&b, c)).collect();
    sentences.dedup();
    assert_eq!(sentences, expected);
    // Specific claims carry their whole sentence.
    assert_eq!(
        sentence_text(&b, claim_containing(&r, "Room No. 5")),
        expected[0]
    );
    assert_eq!(
        sentence_text(&b, claim_containing(&r, "Donald J. Trump")),
        expected[2]
    );
}

#[test]
fn title_abbreviation_after_told_is_not_the_source() {
    // "Dr. Alan Reyes ... told Mr. and Mrs. Dunn that ..." — Reyes is the
    // source; "Mr." is the start of the listener, not a person called "Mr".
    let r = report("abbreviations.txt");
    let c = claim_containing(&r, "the clinic would reopen by 5 p.m. Friday");
    let name = source_name(&r, &source_id_of(&r, c));
    assert!(
        name.contains("Reyes"),
        "source is {:?}, expected Dr. Alan Reyes",
        name
    );
    assert!(
        !c["text"].as_str().unwrap().contains("Dr. Alan Reyes"),
        "source phrase inside claim text {:?}",
        c["text"]
    );
}

#[test]
fn question_quote_then_she_asked_is_one_claim() {
    let name = "question_exclamation_quotes.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    let hits: Vec<&Value> = claims(&r)
        .iter()
        .filter(|c| sentence_text(&b, c).contains("Who is going to pay"))
        .collect();
    assert_eq!(hits.len(), 1, "claims: {:#?}", claim_texts(&r));
    assert_eq!(
        sentence_text(&b, hits[0]),
        "“Who is going to pay for the repairs?” she asked."
    );
    assert_eq!(status(hits[0]), "explicit");
    assert_eq!(hits[0]["attribution"]["cue"]["text"], "asked");
}

#[test]
fn she_asked_resolves_to_the_named_speaker() {
    let r = report("question_exclamation_quotes.txt");
    let first = claim_containing(&r, "known about the corroded pipes");
    let q = claim_containing(&r, "Who is going to pay");
    let sid = source_id_of(&r, first);
    assert!(
        source_name(&r, &sid).contains("Rosa Delgado"),
        "source {:?}",
        source_name(&r, &sid)
    );
    assert_eq!(
        source_id_of(&r, q),
        sid,
        "“she asked” should resolve to Rosa Delgado, got {:?}",
        source_name(&r, &source_id_of(&r, q))
    );
}

#[test]
fn exclamation_quote_then_he_shouted_is_one_claim() {
    let name = "question_exclamation_quotes.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    let hits: Vec<&Value> = claims(&r)
        .iter()
        .filter(|c| sentence_text(&b, c).contains("Get off the tracks"))
        .collect();
    assert_eq!(hits.len(), 1, "claims: {:#?}", claim_texts(&r));
    assert_eq!(
        sentence_text(&b, hits[0]),
        "“Get off the tracks!” he shouted."
    );
    // And the sentence after it is its own claim.
    assert_eq!(
        sentence_text(&b, claim_containing(&r, "Nobody was hurt")),
        "Nobody was hurt."
    );
}

#[test]
fn he_shouted_is_an_explicit_attribution() {
    let r = report("question_exclamation_quotes.txt");
    let brandt = source_id_of(&r, claim_containing(&r, "crews arrived within minutes"));
    let c = claim_containing(&r, "Get off the tracks");
    assert_eq!(status(c), "explicit", "attribution: {}", c["attribution"]);
    assert_eq!(c["attribution"]["cue"]["text"], "shouted");
    assert_eq!(source_id_of(&r, c), brandt);
}

// ---------------------------------------------------------------------------
// 3. Quotations
// ---------------------------------------------------------------------------

#[test]
fn nested_single_quote_inside_double() {
    let r = report("nested_quotes.txt");
    let c = claim_containing(&r, "He called it");
    let quotes = c["quotes"].as_array().unwrap();
    assert!(
        quotes.iter().any(|q| q["text"]
            .as_str()
            .unwrap()
            .contains("He called it ‘a farce,’ and left")),
        "outer quotation missing from quotes: {}",
        c["quotes"]
    );
    assert_eq!(status(c), "explicit");
    assert!(
        findings_with(&r, "unbalanced-quote").is_empty(),
        "findings: {}",
        r["findings"]
    );
}

#[test]
fn nested_quote_speaker_is_the_named_clerk() {
    // "Dana Whitfield, the council clerk, said ... “...,” she said."
    let r = report("nested_quotes.txt");
    let first = claim_containing(&r, "the developer walked out of the hearing");
    assert_eq!(
        status(first),
        "explicit",
        "appositive speaker not found: {}",
        first["attribution"]
    );
    let sid = source_id_of(&r, first);
    assert!(
        source_name(&r, &sid).contains("Whitfield"),
        "source {:?}",
        source_name(&r, &sid)
    );
    let q = claim_containing(&r, "He called it");
    assert_eq!(
        source_id_of(&r, q),
        sid,
        "“she said” should resolve to Dana Whitfield"
    );
}

#[test]
fn quotation_spanning_two_sentences_is_one_claim() {
    let name = "quote_spanning_sentences.txt";
    let r = report(name);
    let b = fixture_bytes(name);
    let hits: Vec<&Value> = claims(&r)
        .iter()
        .filter(|c| sentence_text(&b, c).contains("We are done"))
        .collect();
    assert_eq!(hits.len(), 1, "claims: {:#?}", claim_texts(&r));
    let c = hits[0];
    assert_eq!(
        sentence_text(&b, c),
        "“We are done. We are going home,” the mayor said."
    );
    let text = c["text"].as_str().unwrap();
    assert!(
        text.contains("We are done") && text.contains("We are going home"),
        "claim text {:?}",
        text
    );
    assert_eq!(status(c), "explicit");
    assert!(source_name(&r, &source_id_of(&r, c)).contains("mayor"));
}

#[test]
fn quotation_before_cue_with_trailing_adjunct_is_the_claim() {
    // "“...,” X said after the meeting ran past midnight." / "“...,” X said at
    // Tuesday's board meeting." — what was said is the quotation, not the
    // time phrase after the cue.
    let r = report("quote_spanning_sentences.txt");
    let c = claim_containing(&r, "The library stays open");
    assert!(
        c["text"].as_str().unwrap().contains("That is final"),
        "claim text {:?}",
        c["text"]
    );
    assert!(source_name(&r, &source_id_of(&r, c)).contains("Ruth Abara"));
}

#[test]
fn straight_quotation_before_cue_with_trailing_adjunct_is_the_claim() {
    // "\"We will not close a single school this year,\" Superintendent Laura
    // Chen said at Tuesday's board meeting."
    let r = report("quote_straight.txt");
    let c = claim_containing(&r, "We will not close a single school this year");
    assert_eq!(status(c), "explicit");
    assert!(source_name(&r, &source_id_of(&r, c)).contains("Laura Chen"));
    assert!(
        !c["text"].as_str().unwrap().contains("board meeting"),
        "adjunct in claim text {:?}",
        c["text"]
    );
}

#[test]
fn paraphrase_before_cue_with_trailing_adjunct_is_the_claim() {
    // "The contractor billed for visits that never took place, the state
    // auditor said in a report released on Tuesday." The claim is the
    // paraphrase before the cue, not "released on Tuesday".
    let r = report("furniture_month_date.txt");
    let c = claim_containing(&r, "billed for thousands of medical visits");
    assert_eq!(status(c), "explicit", "attribution: {}", c["attribution"]);
    assert!(source_name(&r, &source_id_of(&r, c)).contains("state auditor"));
    assert_eq!(c["attribution"]["cue"]["text"], "said");
    assert!(
        !c["text"].as_str().unwrap().contains("released on Tuesday"),
        "adjunct in claim text {:?}",
        c["text"]
    );
}

#[test]
fn unbalanced_quote_is_a_finding_not_a_crash() {
    let name = "unbalanced_quote.txt";
    let r = report(name); // asserts exit 0 or 1
    let b = fixture_bytes(name);
    let u = findings_with(&r, "unbalanced-quote");
    assert_eq!(u.len(), 1, "findings: {}", r["findings"]);
    assert_eq!(u[0]["severity"], "warning");
    let open = std::str::from_utf8(&b)
        .unwrap()
        .find("“We will rebuild")
        .unwrap();
    assert_eq!(span_range(&u[0]["span"]).start, open);
    // The rest of the article is still analysed.
    assert!(
        claims(&r).iter().any(|c| sentence_text(&b, c)
            == "The state has promised $12 million in emergency aid."),
        "claims: {:#?}",
        claim_texts(&r)
    );
}

#[test]
fn promise_with_a_noun_object_is_not_an_attribution() {
    // "The state has promised $12 million in emergency aid." reports an act
    // (a pledge of money), not something the state said: the claim is the
    // whole sentence, and "promised" is no reporting cue here.
    let r = report("unbalanced_quote.txt");
    let c = claim_containing(&r, "The state has promised $12 million in emergency aid");
    assert_eq!(
        status(c),
        "unattributed",
        "attribution: {}",
        c["attribution"]
    );
}

#[test]
fn quotation_continued_across_paragraphs_is_balanced() {
    let r = report("quote_continued_paragraphs.txt");
    assert!(
        findings_with(&r, "unbalanced-quote").is_empty(),
        "findings: {}",
        r["findings"]
    );
    let mills = source_id_of(&r, claim_containing(&r, "We have asked the state for help"));
    assert!(source_name(&r, &mills).contains("Aaron Mills"));
    let c = claim_containing(&r, "If another fire breaks out");
    assert_eq!(source_id_of(&r, c), mills);
}

#[test]
fn straight_quotes_are_quotations() {
    let r = report("quote_straight.txt");
    assert!(
        findings_with(&r, "unbalanced-quote").is_empty(),
        "findings: {}",
        r["findings"]
    );
    let c = claim_containing(&r, "The budget is tight");
    assert!(
        c["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["text"] == "The budget is tight, but we have options."),
        "quotes: {}",
        c["quotes"]
    );
    assert!(source_name(&r, &source_id_of(&r, c)).contains("Laura Chen"));
    let holt = source_id_of(
        &r,
        claim_containing(&r, "could not keep drawing on its reserves"),
    );
    let c = claim_containing(&r, "That money will be gone by 2026");
    assert_eq!(status(c), "explicit");
    assert_eq!(source_id_of(&r, c), holt);
}

// ---------------------------------------------------------------------------
// 4. Clause splits
// ---------------------------------------------------------------------------

#[test]
fn clause_split_on_and_according_to() {
    let r = report("clause_split_according_to.txt");
    assert_eq!(claims(&r).len(), 2, "claims: {:#?}", claim_texts(&r));
    let first = claim_containing(&r, "Two bridges on the county road were closed overnight");
    assert_eq!(status(first), "unattributed");
    assert!(first["attribution"]["source"].is_null());
    let second = claim_containing(&r, "repair crews were not expected until Thursday");
    assert_eq!(status(second), "explicit");
    assert_eq!(source_name(&r, &source_id_of(&r, second)), "Reuters");
    assert_eq!(second["attribution"]["cue"]["text"], "according to");
    assert_eq!(first["sentence"], second["sentence"]);
    assert!(!first["text"].as_str().unwrap().contains("repair crews"));
}

#[test]
fn clause_split_on_but_with_its_own_speaker() {
    let r = report("clause_split_but_said.txt");
    assert_eq!(claims(&r).len(), 2, "claims: {:#?}", claim_texts(&r));
    let first = claim_containing(&r, "schools would open on Aug. 19");
    assert!(
        !first["text"].as_str().unwrap().contains("Ruiz"),
        "claim not split: {:?}",
        first["text"]
    );
    assert!(source_name(&r, &source_id_of(&r, first)).contains("Education Department"));
    let second = claim_containing(&r, "the timeline leaves too little time for training");
    assert_eq!(status(second), "explicit");
    assert!(source_name(&r, &source_id_of(&r, second)).contains("Mark Ruiz"));
    assert_eq!(second["attribution"]["cue"]["text"], "said");
}

// ---------------------------------------------------------------------------
// 5. Anonymous sources
// ---------------------------------------------------------------------------

fn assert_anonymous(r: &Value, needle: &str) -> String {
    let c = claim_containing(r, needle);
    let sid = source_id_of(r, c);
    assert_eq!(
        source(r, &sid)["kind"],
        "anonymous",
        "source {}",
        source(r, &sid)
    );
    let f: Vec<&Value> = findings_with(r, "anonymous-source")
        .into_iter()
        .filter(|f| f["claim"] == c["id"])
        .collect();
    assert_eq!(
        f.len(),
        1,
        "no anonymous-source finding for {}: {}",
        c["id"],
        r["findings"]
    );
    assert_eq!(f[0]["severity"], "info");
    sid
}

#[test]
fn anonymous_official_on_condition_of_anonymity() {
    let r = report("anonymous_sanctions.txt");
    let sid = assert_anonymous(&r, "weighing new sanctions");
    assert!(source_name(&r, &sid).contains("senior administration official"));
}

#[test]
fn anonymous_people_familiar_with_the_talks() {
    let r = report("anonymous_sanctions.txt");
    let sid = assert_anonymous(&r, "a draft package could be ready");
    assert!(
        source_name(&r, &sid)
            .to_lowercase()
            .contains("people familiar with the talks")
    );
}

#[test]
fn anonymous_bare_officials_said() {
    let r = report("anonymous_sanctions.txt");
    assert_anonymous(&r, "freeze the assets of three state-owned banks");
}

#[test]
fn anonymous_hamas_sources_told_outlet() {
    let r = report("anonymous_hamas_sources.txt");
    let c = claim_containing(&r, "had not yet responded to the proposal");
    let sid = assert_anonymous(&r, "had not yet responded to the proposal");
    assert!(
        source_name(&r, &sid).contains("Hamas sources"),
        "source {:?}",
        source_name(&r, &sid)
    );
    assert_eq!(c["attribution"]["cue"]["text"], "told");
    // MEE is the intermediary the sources spoke to.
    let via: Vec<String> = c["attribution"]["via"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| source_name(&r, v.as_str().unwrap()))
        .collect();
    assert_eq!(via, vec!["Middle East Eye".to_string()]);
}

#[test]
fn anonymous_people_close_to_the_governor() {
    let r = report("anonymous_people_close.txt");
    let sid = assert_anonymous(&r, "no plans to seek a third term");
    assert!(source_name(&r, &sid).contains("people close to the governor"));
}

// ---------------------------------------------------------------------------
// 6. Aliases
// ---------------------------------------------------------------------------

fn assert_one_source(r: &Value, a: &str, b: &str, alias: &str, name_part: &str) {
    let s1 = source_id_of(r, claim_containing(r, a));
    let s2 = source_id_of(r, claim_containing(r, b));
    assert_eq!(
        s1,
        s2,
        "two sources for one organisation: {:?} and {:?}",
        source_name(r, &s1),
        source_name(r, &s2)
    );
    let s = source(r, &s1);
    assert!(
        s["name"].as_str().unwrap().contains(name_part),
        "source name {}",
        s["name"]
    );
    assert!(
        s["aliases"].as_array().unwrap().iter().any(|x| x == alias),
        "aliases of {} lack {:?}: {}",
        s["name"],
        alias,
        s["aliases"]
    );
    assert!(s["mentions"].as_array().unwrap().len() >= 2);
}

#[test]
fn alias_defined_in_parentheses_cpj() {
    let r = report("alias_cpj.txt");
    let c = claim_containing(&r, "At least 12 journalists have been detained");
    assert!(
        !c["text"].as_str().unwrap().contains("Committee"),
        "source phrase in claim text {:?}",
        c["text"]
    );
    assert_one_source(
        &r,
        "At least 12 journalists have been detained",
        "denied access to lawyers",
        "CPJ",
        "Committee to Protect Journalists",
    );
}

#[test]
fn alias_outlet_acronym_mee() {
    let r = report("alias_mee.txt");
    assert_one_source(
        &r,
        "mediators met the two delegations",
        "talks focused on the release",
        "MEE",
        "Middle East Eye",
    );
}

#[test]
fn alias_associated_press_and_ap() {
    let r = report("alias_ap.txt");
    assert_one_source(
        &r,
        "paid $3.2 million",
        "signed in January",
        "AP",
        "Associated Press",
    );
}

// ---------------------------------------------------------------------------
// 7–8. Disputes
// ---------------------------------------------------------------------------

#[test]
fn dispute_by_denial() {
    let r = report("dispute_denial.txt");
    let ds = disputes(&r);
    assert_eq!(ds.len(), 1, "disputes: {}", r["disputes"]);
    let d = &ds[0];
    let report_claim = claim_containing(&r, "the minister met lobbyists");
    let denial = claim_containing(&r, "meeting the lobbyists");
    assert_eq!(d["claims"][0], report_claim["id"]);
    assert_eq!(d["claims"][1], denial["id"]);
    let (sa, sb) = (source_id_of(&r, report_claim), source_id_of(&r, denial));
    assert_ne!(sa, sb);
    assert_eq!(d["sources"][0], sa.as_str());
    assert_eq!(d["sources"][1], sb.as_str());
    assert!(source_name(&r, &sa).contains("Times"));
    assert!(source_name(&r, &sb).contains("minister"));
    assert_eq!(d["marker"]["text"], "denied");
    assert_eq!(d["kind"], "denial");
    assert_eq!(findings_with(&r, "dispute").len(), 1);
}

#[test]
fn denial_of_a_claim_reported_in_the_same_sentence() {
    // "X dismissed Y’s claim that Z": Z is Y’s claim, X’s dismissal disputes it,
    // and both lie in one sentence, which whosaid reads as one claim of X’s.
    let r = report("dispute_same_sentence.txt");
    let ds = disputes(&r);
    assert_eq!(ds.len(), 1, "disputes: {}", r["disputes"]);
    let d = &ds[0];
    let claim = claim_containing(&r, "pension rules would cut benefits");
    assert_eq!(d["claims"][0], claim["id"]);
    assert_eq!(d["claims"][1], claim["id"]);
    let [a, b] = [&d["sides"][0], &d["sides"][1]];
    assert_eq!(
        a["text"],
        "the new pension rules would cut benefits for most retired teachers"
    );
    assert_eq!(b["text"], "dismissed the teachers’ union’s claim");
    assert_eq!(b["source"], claim["attribution"]["source"]);
    assert!(source_name(&r, &source_id_of(&r, claim)).contains("Ruiz"));
    // The union is a source of its own, named only here.
    let union = a["source"].as_str().unwrap();
    assert!(source_name(&r, union).contains("union"), "{}", r["sources"]);
    assert_eq!(d["marker"]["text"], "dismissed");
    assert_eq!(d["kind"], "denial");
    let f = findings_with(&r, "dispute");
    assert_eq!(f.len(), 1);
    let msg = f[0]["message"].as_str().unwrap();
    assert!(
        msg.starts_with("Ana Ruiz disputes the teachers’ union"),
        "{}",
        msg
    );
}

#[test]
fn rejecting_a_request_is_no_dispute() {
    // A denial verb disputes only a claim: "rejected a request" is a refusal.
    let r = report("dispute_rejected_request.txt");
    assert!(disputes(&r).is_empty(), "disputes: {}", r["disputes"]);
    assert!(findings_with(&r, "dispute").is_empty());
}

#[test]
fn rejecting_that_idea_disputes_the_claim_before() {
    let r = report("dispute_anaphor.txt");
    let ds = disputes(&r);
    assert_eq!(ds.len(), 1, "disputes: {}", r["disputes"]);
    let d = &ds[0];
    let idea = claim_containing(&r, "sell the old depot");
    let rejection = claim_containing(&r, "that idea");
    assert_eq!(d["claims"][0], idea["id"]);
    assert_eq!(d["claims"][1], rejection["id"]);
    assert!(source_name(&r, d["sources"][0].as_str().unwrap()).contains("Ortiz"));
    assert!(source_name(&r, d["sources"][1].as_str().unwrap()).contains("Hart"));
    assert_eq!(d["marker"]["text"], "rejected");
    assert!(
        d["sides"][1]["text"]
            .as_str()
            .unwrap()
            .starts_with("rejected that idea")
    );
}

#[test]
fn calling_a_report_untrue_disputes_it() {
    let r = report("dispute_verdict.txt");
    let ds = disputes(&r);
    assert_eq!(ds.len(), 1, "disputes: {}", r["disputes"]);
    let d = &ds[0];
    let report_claim = claim_containing(&r, "the plant would close in May");
    let verdict = claim_containing(&r, "That is simply not true");
    assert_eq!(d["claims"][0], report_claim["id"]);
    assert_eq!(d["claims"][1], verdict["id"]);
    assert!(source_name(&r, d["sources"][0].as_str().unwrap()).contains("Ledger"));
    assert_eq!(d["marker"]["text"], "not true");
    assert_eq!(d["kind"], "denial");
    assert_eq!(d["sides"][1]["text"], "That is simply not true");
}

#[test]
fn but_introducing_context_is_no_dispute() {
    let r = report("but_no_dispute.txt");
    assert!(disputes(&r).is_empty(), "disputes: {}", r["disputes"]);
    assert!(findings_with(&r, "dispute").is_empty());
}

#[test]
fn however_between_claims_of_the_same_source_is_no_dispute() {
    let r = report("however_same_source.txt");
    assert!(disputes(&r).is_empty(), "disputes: {}", r["disputes"]);
    assert!(findings_with(&r, "dispute").is_empty());
}

#[test]
fn surname_resolves_to_the_source_named_in_full() {
    // "Police Chief Dana Ortiz said ... However, Ortiz said ..." is one person.
    let r = report("however_same_source.txt");
    let a = source_id_of(&r, claim_containing(&r, "hire 40 new officers"));
    let b = source_id_of(&r, claim_containing(&r, "need state money"));
    assert_eq!(
        a,
        b,
        "{:?} vs {:?}",
        source_name(&r, &a),
        source_name(&r, &b)
    );
    assert_eq!(source(&r, &a)["kind"], "person");
}

// ---------------------------------------------------------------------------
// 9. Inheritance
// ---------------------------------------------------------------------------

#[test]
fn inheritance_within_paragraph_but_not_across() {
    let r = report("inheritance.txt");
    assert_eq!(claims(&r).len(), 4, "claims: {:#?}", claim_texts(&r));
    let first = claim_containing(&r, "hire 200 new teachers");
    assert_eq!(status(first), "explicit");
    let park = source_id_of(&r, first);
    assert!(source_name(&r, &park).contains("Ellen Park"));

    let second = claim_containing(&r, "surplus in the transit budget");
    assert_eq!(status(second), "inherited");
    assert_eq!(second["attribution"]["inherited_from"], first["id"]);
    assert_eq!(source_id_of(&r, second), park);
    assert!(second["attribution"]["cue"].is_null());

    // Narration after the quotation is the writer's own again.
    let narration = claim_containing(&r, "Class sizes have grown");
    assert_eq!(
        status(narration),
        "unattributed",
        "{}",
        narration["attribution"]
    );

    let third = claim_containing(&r, "currently employs about 4,100 teachers");
    assert_eq!(third["paragraph"], 2);
    assert_eq!(status(third), "unattributed");
    assert!(third["attribution"]["source"].is_null());
    assert!(third["attribution"]["inherited_from"].is_null());
    assert!(
        findings_with(&r, "unattributed-claim")
            .iter()
            .any(|f| f["claim"] == third["id"])
    );
}

// ---------------------------------------------------------------------------
// 10. Hedges
// ---------------------------------------------------------------------------

#[test]
fn reportedly_resolves_to_earlier_reporting_outlet() {
    let r = report("hedge_reportedly.txt");
    let reuters = source_id_of(&r, claim_containing(&r, "resumed secret talks"));
    assert_eq!(source_name(&r, &reuters), "Reuters");
    let c = claim_containing(&r, "met the envoy in Geneva");
    assert_eq!(c["attribution"]["hedge"], "reportedly");
    assert_eq!(c["attribution"]["hedge_resolved_to"], reuters.as_str());
    let f: Vec<&Value> = findings_with(&r, "hedge-without-reporter")
        .into_iter()
        .filter(|f| f["claim"] == c["id"])
        .collect();
    assert_eq!(f.len(), 1, "findings: {}", r["findings"]);
    assert_eq!(f[0]["severity"], "warning");
}

// ---------------------------------------------------------------------------
// 11. Robustness
// ---------------------------------------------------------------------------

fn temp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn robust_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = temp_file(&dir, "empty.txt", b"");
    let r = report_of(&p);
    assert!(claims(&r).is_empty());
    assert!(r["sources"].as_array().unwrap().is_empty());
}

#[test]
fn robust_only_quotation_marks() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = "“”“\"'’".as_bytes();
    let p = temp_file(&dir, "marks.txt", bytes);
    let r = report_of(&p);
    check_offsets(&r, bytes, "marks.txt");
    check_references(&r, "marks.txt");
}

#[test]
fn punctuation_only_text_makes_no_claim() {
    // A paragraph of nothing but quotation marks says nothing: no claim, so no
    // "unattributed-claim" warning either (an unbalanced-quote finding is fine).
    let dir = tempfile::tempdir().unwrap();
    let p = temp_file(&dir, "marks.txt", "“”“\"'’".as_bytes());
    let r = report_of(&p);
    assert!(claims(&r).is_empty(), "claims: {:#?}", claim_texts(&r));
    assert!(findings_with(&r, "unattributed-claim").is_empty());
}

#[test]
fn robust_ten_megabyte_single_line() {
    // The report for this file is ~500 MB of JSON, so it is read into small
    // typed structs rather than a `serde_json::Value`.
    #[derive(serde::Deserialize)]
    struct Big {
        schema: String,
        files: Vec<BigFile>,
    }
    #[derive(serde::Deserialize)]
    struct BigFile {
        claims: Vec<BigClaim>,
        summary: Value,
    }
    #[derive(serde::Deserialize)]
    struct BigClaim {
        text: String,
        span: BigSpan,
        attribution: BigAttribution,
    }
    #[derive(serde::Deserialize)]
    struct BigSpan {
        start: usize,
        end: usize,
        line: usize,
        column: usize,
    }
    #[derive(serde::Deserialize)]
    struct BigAttribution {
        status: String,
    }

    let dir = tempfile::tempdir().unwrap();
    let unit = "The mayor said the bridge is safe. ";
    let n = 10 * 1024 * 1024 / unit.len() + 1;
    let text = unit.repeat(n);
    let p = temp_file(&dir, "big.txt", text.as_bytes());
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["check", p.to_str().unwrap(), "--format", "json"])
        .output()
        .expect("run whosaid");
    let code = out.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "exit {}: {}",
        code,
        String::from_utf8_lossy(&out.stderr)
    );
    let big: Big = serde_json::from_slice(&out.stdout).expect("valid JSON report");
    assert_eq!(big.schema, "whosaid/1");
    assert_eq!(big.files.len(), 1);
    let f = &big.files[0];
    assert_eq!(f.claims.len(), n, "one claim per sentence");
    assert_eq!(f.summary["claims"], n);
    for (i, c) in f.claims.iter().enumerate() {
        // Each claim maps onto its bytes; line 1, column = offset + 1 (ASCII).
        assert_eq!(c.text, &text[c.span.start..c.span.end], "claim {}", i);
        assert_eq!(
            (c.span.line, c.span.column),
            (1, c.span.start + 1),
            "claim {}",
            i
        );
        assert_eq!(c.attribution.status, "explicit", "claim {}", i);
    }
}

#[test]
fn robust_invalid_utf8_is_exit_2_with_offset() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"The mayor said the bridge is safe.\n\nCrews ".to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(b" will inspect it.\n");
    let p = temp_file(&dir, "latin1.txt", &bytes);
    let out = run(&p);
    assert_eq!(out.code, 2, "stderr: {}", out.stderr);
    assert!(
        out.stderr.contains(p.to_str().unwrap()),
        "stderr does not name the file: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&offset.to_string()),
        "stderr does not give offset {}: {}",
        offset,
        out.stderr
    );
}

#[test]
fn robust_directory_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path());
    assert_eq!(out.code, 2, "stderr: {}", out.stderr);
    assert!(
        out.stderr.contains(dir.path().to_str().unwrap()),
        "stderr does not name the path: {}",
        out.stderr
    );
}

#[test]
fn robust_crlf_and_bom_keep_spans_exact() {
    let dir = tempfile::tempdir().unwrap();
    for name in [
        "furniture_iso_date.txt",
        "furniture_stale_caption.txt",
        "quote_continued_paragraphs.txt",
        "inheritance.txt",
        "hedge_reportedly.txt",
    ] {
        let lf = String::from_utf8(fixture_bytes(name)).unwrap();
        let crlf = format!("\u{feff}{}", lf.replace('\n', "\r\n"));
        let p = temp_file(&dir, name, crlf.as_bytes());
        let a = report(name);
        let b = report_of(&p);
        let label = format!("CRLF+BOM {}", name);
        check_offsets(&b, crlf.as_bytes(), &label);
        check_references(&b, &label);
        assert_eq!(
            claim_texts(&a),
            claim_texts(&b)
                .iter()
                .map(|t| t.replace('\r', ""))
                .collect::<Vec<_>>(),
            "{}: claims differ from the LF version",
            label
        );
        for key in ["title", "date"] {
            assert_eq!(
                a["document"][key], b["document"][key],
                "{}: document.{}",
                label, key
            );
        }
        let statuses = |r: &Value| {
            claims(r)
                .iter()
                .map(|c| status(c).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            statuses(&a),
            statuses(&b),
            "{}: attribution statuses",
            label
        );
        assert_eq!(
            a["findings"].as_array().unwrap().len(),
            b["findings"].as_array().unwrap().len(),
            "{}: findings",
            label
        );
    }
}

// ---------------------------------------------------------------------------
// 12. Offsets, for every fixture
// ---------------------------------------------------------------------------

#[test]
fn offsets_map_exactly_for_every_fixture() {
    for name in all_fixtures() {
        let r = report(&name);
        let b = fixture_bytes(&name);
        check_offsets(&r, &b, &name);
        check_references(&r, &name);
    }
}

#[test]
fn claim_sentences_lie_in_their_paragraph() {
    // Paragraph numbers count body paragraphs, and no sentence crosses a blank line,
    // except into the quotation or paragraph a colon introduces ("… says: ⏎ “…”",
    // "Hewitt writes: ⏎ The plan …").
    for name in all_fixtures() {
        let r = report(&name);
        let b = fixture_bytes(&name);
        let mut last = 0u64;
        for c in claims(&r) {
            let p = c["paragraph"].as_u64().unwrap();
            assert!(
                p >= 1 && p >= last,
                "{}: paragraph numbers go backwards at {}",
                name,
                c["id"]
            );
            last = p;
            let s = sentence_text(&b, c);
            let introduced = s.split_once("\n\n").is_some_and(|(head, tail)| {
                head.trim_end().ends_with(':') && !tail.contains("\n\n")
            });
            assert!(
                introduced || !s.contains("\n\n") && !s.contains("\n\r\n"),
                "{}: sentence crosses a paragraph: {:?}",
                name,
                s
            );
        }
    }
}

#[test]
fn groups_head_nouns_and_noun_cues() {
    let r = report("group_sources.txt");
    // "states" before "warned" is a noun, not the cue.
    let fire = claim_containing(&r, "the season could be the worst on record");
    assert_eq!(fire["attribution"]["cue"]["text"], "warned");
    assert!(source_name(&r, &source_id_of(&r, fire)).starts_with("Fire officials"));
    // Plural lower-case heads are groups.
    let rates = claim_containing(&r, "rates would rise");
    assert_eq!(status(rates), "explicit");
    assert_eq!(source(&r, &source_id_of(&r, rates))["kind"], "group");
    // "The authority" is the transit authority named before it.
    let a = claim_containing(&r, "service would resume");
    let b = claim_containing(&r, "buses would replace trains");
    assert_eq!(a["attribution"]["source"], b["attribution"]["source"]);
}

#[test]
fn nested_attribution_is_reported_inside_its_claim() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("nested.txt");
    std::fs::write(
        &p,
        // A belief there would be part of what the governor said (`nests: false`).
        "The governor said the treasurer predicts the fund will run dry by 2030.\n",
    )
    .unwrap();
    let r = report_of(&p);
    let c = claim_containing(&r, "the fund will run dry");
    assert_eq!(source_name(&r, &source_id_of(&r, c)), "governor");
    let nested = c["nested"].as_array().expect("nested attributions");
    assert_eq!(nested.len(), 1);
    assert_eq!(nested[0]["cue"]["text"], "predicts");
    assert_eq!(nested[0]["source_mention"]["text"], "the treasurer");
    let bytes = std::fs::read(&p).unwrap();
    let span = &nested[0]["content"][0];
    let text = std::str::from_utf8(
        &bytes[span["start"].as_u64().unwrap() as usize..span["end"].as_u64().unwrap() as usize],
    )
    .unwrap();
    assert_eq!(text, "the fund will run dry by 2030");
}

#[test]
fn coordinated_and_subordinate_cues_find_their_subjects() {
    let r = report("subject_frames.txt");
    for (content, speaker) in [
        ("the new depot would open in June", "Wilson"),
        ("the fare rise was unavoidable", "she"),
        ("would cost $40 million", "treasurer"),
        ("the service had collapsed", "Residents"),
    ] {
        let c = claim_containing(&r, content);
        assert_eq!(status(c), "explicit", "{content}: {}", c["attribution"]);
        let mention = c["attribution"]["source_mention"]["text"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(
            mention.contains(speaker),
            "{content}: source mention {mention:?}, expected {speaker:?}"
        );
    }
}

#[test]
fn nouns_after_possessives_and_numbers_are_not_cues() {
    let r = report("subject_frames.txt");
    for content in ["The union’s comments drew", "Officials in 30 states"] {
        let c = claim_containing(&r, content);
        assert_eq!(status(c), "unattributed", "{content}: {}", c["attribution"]);
    }
}

#[test]
fn poll_shares_long_titles_possessives_and_named_announcements_are_sources() {
    let r = report("subject_frames.txt");
    for (content, mention) in [
        ("they wanted a new depot", "Nearly half"),
        ("fares are too high", "Six in 10"),
        (
            "turnout was low",
            "Palm Beach County Supervisor of Elections Susan Bucher",
        ),
        ("the depot will open in June", "The mayor’s office"),
        ("a new fare cap for students", "Mayor Ana Ruiz"),
    ] {
        let c = claim_containing(&r, content);
        assert_eq!(status(c), "explicit", "{content}: {}", c["attribution"]);
        assert_eq!(
            c["attribution"]["source_mention"]["text"], mention,
            "{content}: {}",
            c["attribution"]
        );
    }
}

#[test]
fn a_second_verb_of_the_same_speaker_is_a_claim_of_its_own() {
    let r = report("subject_frames.txt");
    let respects = claim_containing(&r, "she respects the union");
    let argues = claim_containing(&r, "the strike is illegal");
    assert_ne!(respects["id"], argues["id"]);
    assert_eq!(respects["attribution"]["cue"]["text"], "says");
    assert_eq!(argues["attribution"]["cue"]["text"], "argues");
    assert_eq!(source_id_of(&r, respects), source_id_of(&r, argues));
}

#[test]
fn an_introductory_phrase_is_neither_content_nor_a_claim() {
    let r = report("subject_frames.txt");
    let bytes = fixture_bytes("subject_frames.txt");
    for (content, intro) in [
        ("the depot would be built", "In a two-minute response"),
        ("it would strike", "despite the kind words"),
    ] {
        let c = claim_containing(&r, content);
        assert_eq!(status(c), "explicit", "{content}: {}", c["attribution"]);
        assert!(!slice(&bytes, &c["span"]).contains(intro), "{}", c["span"]);
    }
    assert!(
        claims(&r)
            .iter()
            .all(|c| !slice(&bytes, &c["span"]).starts_with("In a two-minute")),
        "the introductory phrase became a claim: {:#?}",
        claim_texts(&r)
    );
}

#[test]
fn headline_attribution_is_reported_without_making_the_headline_a_claim() {
    for (file, source, cue, content) in [
        (
            "headline_attribution.txt",
            "Graham",
            ":",
            "Transit Cuts Will Hurt Commuters",
        ),
        ("headline_says.txt", "County", "Says", "Depot Should Close"),
    ] {
        let r = report(file);
        let bytes = fixture_bytes(file);
        let a = &r["document"]["title_attribution"];
        assert_eq!(a["cue"]["text"], cue, "{file}: {a}");
        assert_eq!(a["source_mention"]["text"], source, "{file}: {a}");
        assert_eq!(slice(&bytes, &a["content"][0]), content, "{file}: {a}");
        let sid = a["source"].as_str().expect("source id");
        assert_eq!(source_name(&r, sid), source);
        assert!(
            claims(&r)
                .iter()
                .all(|c| !slice(&bytes, &c["span"]).contains(content)),
            "{file}: the headline became a claim"
        );
    }
    let r = report("abbreviations.txt");
    assert!(r["document"]["title_attribution"].is_null());
}

/// A pronoun with no fitting source before it takes the person the narration
/// named; first names keep he and she apart; namesakes stay two sources; "I"
/// is the writer, never the last source named.
#[test]
fn pronouns_find_named_people_of_their_gender_and_namesakes_stay_apart() {
    let r = report("pronouns_and_namesakes.txt");
    let name_of = |needle: &str| source_name(&r, &source_id_of(&r, claim_containing(&r, needle)));
    // "Mayor Ana Ruiz spoke … She said": no source before, the named mayor.
    assert_eq!(name_of("the budget would pass"), "Ana Ruiz");
    // After "Bill Clinton told", "she" skips him for the woman named since.
    assert_eq!(name_of("We will win this county"), "Bill Clinton");
    assert_eq!(name_of("the office would stay open"), "Hillary Clinton");
    // A bare surname shared by two people: the one mentioned last.
    assert_eq!(name_of("knocked on 4,000 doors"), "Hillary Clinton");
    assert_eq!(name_of("the council had the votes"), "I");
    // A title tells a person's gender where the report's name does not: "Mr.
    // Reyes" is no "she", and "Mrs. Clinton" is Hillary even right after Bill.
    assert_eq!(name_of("the books were balanced"), "Reyes");
    assert_eq!(name_of("the audit had come late"), "Hillary Clinton");
    assert_eq!(name_of("the volunteers were tireless"), "Bill Clinton");
    assert_eq!(name_of("hired two organizers"), "Hillary Clinton");
    let people: Vec<&str> = r["sources"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s["name"].as_str())
        .filter(|n| n.ends_with("Clinton"))
        .collect();
    assert_eq!(people.len(), 2, "two Clintons, not one merged: {people:?}");
}
