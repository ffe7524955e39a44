//! The journalism-standards pack on realistic copy, and the engine behaviour
//! its checks depend on.

use whosaid::{Engine, check_text};

fn rules_fired(text: &str) -> Vec<String> {
    let engine = Engine::default_engine().unwrap();
    check_text("t.txt", text.to_string(), &engine)
        .findings
        .iter()
        .map(|f| f.rule.clone())
        .collect()
}

#[test]
fn reason_for_anonymity_in_the_next_paragraph_counts() {
    let with = "A senior official said the mayor would resign on Friday.\n\nThe official spoke on condition of anonymity because the decision had not been announced.";
    assert!(!rules_fired(with).contains(&"standards.anonymous-without-reason".to_string()));
    let without =
        "A senior official said the mayor would resign on Friday.\n\nThe council meets on Monday.";
    assert!(rules_fired(without).contains(&"standards.anonymous-without-reason".to_string()));
}

#[test]
fn who_spoke_on_condition_of_anonymity_is_an_appositive() {
    let engine = Engine::default_engine().unwrap();
    let r = check_text("t.txt", "A senior official, who spoke on condition of anonymity because he was not authorized to discuss the talks, said the mayor would resign.".into(), &engine);
    let c = r
        .claims
        .iter()
        .find(|c| c.text.contains("the mayor would resign"))
        .expect("claim");
    let s = r
        .sources
        .iter()
        .find(|s| Some(&s.id) == c.attribution.source.as_ref())
        .expect("source");
    assert_eq!(s.kind, "anonymous");
    assert!(s.name.starts_with("a senior official"), "{}", s.name);
}

#[test]
fn a_hedge_inside_a_named_sources_words_is_theirs() {
    let fired = rules_fired("Police said the man allegedly stole a car from the lot.");
    assert!(
        !fired.contains(&"hedge-without-reporter".to_string()),
        "{:?}",
        fired
    );
    let fired = rules_fired("The man allegedly stole a car from the lot.");
    assert!(
        fired.contains(&"hedge-without-reporter".to_string()),
        "{:?}",
        fired
    );
}

#[test]
fn one_paragraph_per_line_exports_split_into_paragraphs() {
    // No blank lines: each line ending a sentence is a paragraph, so attribution does not flow on.
    let engine = Engine::default_engine().unwrap();
    let text = "The governor said the budget would pass by Friday at the latest.\nThe state faces a deficit of $2 billion this year, the largest since 2009.\n";
    let r = check_text("t.txt", text.into(), &engine);
    let second = r
        .claims
        .iter()
        .find(|c| c.text.contains("deficit"))
        .unwrap();
    assert_eq!(second.attribution.status, "unattributed");
    assert_eq!(second.paragraph, 2);
}

#[test]
fn loaded_verbs_and_banned_time_words() {
    let fired = rules_fired(
        "The senator claimed that the vote was rigged.\n\nThe count resumed yesterday.",
    );
    assert!(
        fired.contains(&"standards.loaded-verb".to_string()),
        "{:?}",
        fired
    );
    assert!(
        fired.contains(&"standards.relative-time".to_string()),
        "{:?}",
        fired
    );
}

#[test]
fn disabling_the_pack_silences_it_and_overrides_of_its_rules_are_harmless() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("o.yaml"),
        "overrides:\n  - id: standards.relative-time\n    enabled: false\n",
    )
    .unwrap();
    let mut pack = whosaid::config::assemble(
        None,
        &[dir.path().to_path_buf()],
        &["standards".to_string()],
    )
    .unwrap();
    let engine = pack
        .compile()
        .expect("an override of a switched-off pack's rule is no error");
    let r = check_text(
        "t.txt",
        "The senator claimed that the vote was rigged yesterday.".into(),
        &engine,
    );
    assert!(r.findings.iter().all(|f| !f.rule.starts_with("standards.")));
    pack.disabled.clear();
    let engine = pack.compile().unwrap();
    let r = check_text(
        "t.txt",
        "The senator claimed that the vote was rigged yesterday.".into(),
        &engine,
    );
    assert!(r.findings.iter().any(|f| f.rule == "standards.loaded-verb"));
    assert!(
        r.findings
            .iter()
            .all(|f| f.rule != "standards.relative-time"),
        "switched off by the override"
    );
}

#[test]
fn a_pattern_ending_in_punctuation_still_matches() {
    let mut pack = whosaid::Pack::default_pack().unwrap();
    let yaml = "findings:\n  - id: house.scare-quote\n    description: so-called before a scare quote\n    severity: info\n    pattern: 'so-called\\s+[“\"]'\n    scope: body\n    examples:\n      fires: [\"The so-called “experts” disagreed.\"]\n";
    pack.add_source("house", "house.yaml", yaml).unwrap();
    let engine = pack.compile().unwrap();
    let r = check_text(
        "t.txt",
        "The so-called “experts” disagreed, the mayor said.".into(),
        &engine,
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "house.scare-quote")
        .expect("pattern fired");
    assert_eq!(f.span.column, 5);
}

#[test]
fn two_rules_flagging_the_same_word_both_fire() {
    let mut pack = whosaid::Pack::default_pack().unwrap();
    let yaml = "findings:\n  - id: house.claimed\n    description: house style bans claimed\n    severity: warning\n    words: [claimed]\n    scope: cue\n    examples:\n      fires: [\"The mayor claimed the budget was balanced.\"]\n";
    pack.add_source("house", "house.yaml", yaml).unwrap();
    let engine = pack.compile().unwrap();
    let r = check_text(
        "t.txt",
        "The mayor claimed the budget was balanced.".into(),
        &engine,
    );
    let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    assert!(
        rules.contains(&"house.claimed") && rules.contains(&"standards.loaded-verb"),
        "{:?}",
        rules
    );
}
