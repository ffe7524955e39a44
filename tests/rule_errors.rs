//! Broken rule files, one per kind of mistake a rule author makes: each is an
//! error naming the file, line and column, with exit code 2. The fixtures are
//! in `fixtures/broken_rules/`.

use assert_cmd::Command;

fn error_for(case: &str) -> String {
    let dir = format!("fixtures/broken_rules/{}", case);
    let out = Command::cargo_bin("whosaid")
        .unwrap()
        .args(["rules", "test", &dir])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}: {}",
        case,
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    err.trim_end()
        .strip_prefix("whosaid: ")
        .unwrap_or(&err)
        .to_string()
}

#[test]
fn misspelt_field() {
    assert_eq!(
        error_for("unknown-field"),
        "fixtures/broken_rules/unknown-field/house.yaml:4:5: findings[0]: unknown field `severty`, expected one of `id`, `description`, `severity`, `why`, `standard`, `message`, `check`, `words`, `pattern`, `scope`, `unless`, `triggers`, `examples`"
    );
}

#[test]
fn bad_regex() {
    assert_eq!(
        error_for("bad-regex"),
        "fixtures/broken_rules/bad-regex/house.yaml:4:15: rule `house.seems`: invalid pattern: unclosed group"
    );
}

#[test]
fn bad_regex_is_reported_before_a_later_rules_shared_word() {
    // Patterns are parsed apart only once something has failed: the first
    // rule's invalid pattern is still the error, not the second rule's word.
    assert_eq!(
        error_for("bad-regex-before-shared-word"),
        "fixtures/broken_rules/bad-regex-before-shared-word/house.yaml:4:15: rule `house.seems`: invalid pattern: unclosed group"
    );
}

#[test]
fn unknown_scope() {
    assert_eq!(
        error_for("unknown-scope"),
        "fixtures/broken_rules/unknown-scope/house.yaml:6:12: findings[0]: unknown scope `headlines`; a scope is one of document, body, narrator, quote, headline, lede, caption, cue, source, content"
    );
}

#[test]
fn scope_on_a_check_finding() {
    assert_eq!(
        error_for("scope-on-check"),
        "fixtures/broken_rules/scope-on-check/house.yaml:6:5: `scope` does not apply to finding `house.unsourced`: it runs the check `unattributed-claim`, which decides where it looks"
    );
}

#[test]
fn scope_on_a_cue_rule() {
    assert_eq!(
        error_for("scope-on-cue"),
        "fixtures/broken_rules/scope-on-cue/house.yaml:6:5: cues[0]: `scope` does not apply to cue rules; only finding rules with `words` or `pattern` have a scope"
    );
}

#[test]
fn duplicate_id_within_a_pack() {
    assert_eq!(
        error_for("duplicate-id"),
        "fixtures/broken_rules/duplicate-id/house.yaml:9:5: duplicate rule id `house.no-slammed` (first defined on line 2)"
    );
}

#[test]
fn alias_bomb_is_refused_before_expansion() {
    assert_eq!(
        error_for("alias-bomb"),
        "fixtures/broken_rules/alias-bomb/house.yaml:9:15: more than 64 YAML aliases; refusing to expand them (an alias bomb?)"
    );
}

#[test]
fn word_already_in_another_rule() {
    // "said" belongs to the embedded cue.say, which loads first and would take
    // every "said": the house rule would silently do less than it lists.
    assert_eq!(
        error_for("shared-word"),
        "fixtures/broken_rules/shared-word/house.yaml:5:5: rule `house.deposed`: `said` is already a word of rule `cue.say`, which is loaded first and so would always take it; list it in one rule only (or override `cue.say` by its id)"
    );
}

#[test]
fn not_cue_names_a_word_the_rule_lacks() {
    // A guard on a word the rule never matches would guard nothing: the
    // author meant another form, and should hear so rather than see it ignored.
    assert_eq!(
        error_for("not-cue-stranger"),
        "fixtures/broken_rules/not-cue-stranger/house.yaml:6:5: rule `house.testify`: `not_cue` names `testifies`, which is not one of the rule's words"
    );
}

#[test]
fn override_of_an_unknown_rule() {
    assert_eq!(
        error_for("override-unknown"),
        "fixtures/broken_rules/override-unknown/house.yaml:3:5: override names an unknown rule `anonymous-sourse`"
    );
}

#[test]
fn severity_override_on_a_rule_that_is_no_finding() {
    assert_eq!(
        error_for("severity-on-cue"),
        "fixtures/broken_rules/severity-on-cue/house.yaml:3:5: `cue.say` is not a finding rule; only findings have a severity"
    );
}

#[test]
fn finding_with_both_a_check_and_words() {
    assert_eq!(
        error_for("check-and-words"),
        "fixtures/broken_rules/check-and-words/house.yaml:5:5: finding `house.unsourced` has both `check` and `words`/`pattern`; it takes one"
    );
}

#[test]
fn not_cue_guard_in_capitals() {
    // Guards are compared with lower-cased text, so a capitalised guard word
    // could never match: say so rather than leave a guard that does nothing.
    assert_eq!(
        error_for("not-cue-capitals"),
        "fixtures/broken_rules/not-cue-capitals/house.yaml:6:5: rule `house.testify`: `not_cue` words are matched in lower case; write `Senate` as `senate`"
    );
}

#[test]
fn unnamed_note_on_a_rule_that_names_a_source() {
    // Only a passive rule attributes claims to no one named; a note on any
    // other frame would never show, so the author hears why.
    assert_eq!(
        error_for("unnamed-note-on-verb"),
        "fixtures/broken_rules/unnamed-note-on-verb/house.yaml:6:5: rule `house.testify`: `unnamed_note` applies to passive rules only (the other frames name a source)"
    );
}

#[test]
fn reaction_on_a_rule_that_is_no_passive() {
    // A reaction's subject drew it and is no source; only the passive frame
    // reads a cue without taking its subject as the source.
    assert_eq!(
        error_for("reaction-on-verb"),
        "fixtures/broken_rules/reaction-on-verb/house.yaml:6:5: rule `house.rebuked`: `reaction` applies to passive rules only (a reaction's subject is no source)"
    );
}

#[test]
fn bad_preceded_by() {
    assert_eq!(
        error_for("bad-preceded-by"),
        "fixtures/broken_rules/bad-preceded-by/house.yaml:5:19: rule `house.sour-on`: invalid preceded_by: unclosed group"
    );
}
