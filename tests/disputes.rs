//! Dispute frames beyond a denial verb next to its object: responses to a
//! named claim, answers that negate the claim just before, verdicts on a
//! claim the speaker reports in the same sentence, turns against such a claim,
//! and denials of accusations made in the writer's narration. Each test has
//! invented news copy that must produce the dispute, and a near miss that
//! must not.

use whosaid::report::{DisputeInfo, FileReport};

fn check(text: &str) -> FileReport {
    let engine = whosaid::Engine::default_engine().expect("default pack");
    whosaid::check_text("test.txt", text.to_string(), &engine)
}

/// The name of a dispute side's source.
fn source_name<'a>(r: &'a FileReport, id: &str) -> &'a str {
    r.sources
        .iter()
        .find(|s| s.id == id)
        .map(|s| s.name.as_str())
        .unwrap_or_else(|| panic!("unknown source {id}"))
}

/// The only dispute of the report, made by `rule`.
fn only_dispute<'a>(r: &'a FileReport, rule: &str) -> &'a DisputeInfo {
    assert_eq!(r.disputes.len(), 1, "disputes: {:#?}", r.disputes);
    let d = &r.disputes[0];
    assert_eq!(d.rule, rule, "dispute: {d:#?}");
    d
}

/// (text, source name) of both sides: the disputed one, then the disputing one.
fn sides<'a>(r: &'a FileReport, d: &'a DisputeInfo) -> [(&'a str, &'a str); 2] {
    [0, 1].map(|k| {
        let s = &d.sides[k];
        (s.text.as_str(), source_name(r, &s.source))
    })
}

#[test]
fn a_response_to_a_named_charge_disputes_it_inside_the_sentence() {
    let r = check(
        "In response to the union’s charge that the Lakeside school is unsafe, \
         Mayor Ana Ruiz said the school had passed every inspection this year.\n",
    );
    let d = only_dispute(&r, "dispute.response");
    assert_eq!(d.kind, "contradiction");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the Lakeside school is unsafe");
    assert!(a_src.contains("union"), "disputed source: {a_src}");
    assert!(b.starts_with("In response to the union’s charge"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_response_to_a_question_or_a_letter_is_no_dispute() {
    for text in [
        "Mayor Ana Ruiz spoke in response to a question from a reporter, saying the \
         school had passed every inspection this year.\n",
        "The union sent a letter about the Lakeside school on Monday. In response to the \
         letter, Mayor Ana Ruiz said the school had passed every inspection this year.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn an_answer_that_negates_the_claim_before_contradicts_it() {
    let r = check(
        "The host said Senator Maria Lopez meant that the tax plan helped the rich.\n\n\
         “No, I meant the tax plan helped every family,” Lopez said.\n",
    );
    let d = only_dispute(&r, "dispute.negation");
    let [(a, _), (b, b_src)] = sides(&r, d);
    assert!(a.contains("the tax plan helped the rich"), "{a}");
    assert!(b.starts_with("“No, I meant"), "{b}");
    assert!(b_src.contains("Lopez"), "{b_src}");
}

#[test]
fn no_to_a_question_or_a_negation_inside_a_sentence_is_no_dispute() {
    for text in [
        // An answer to a question, direct or reported.
        "The host asked Senator Maria Lopez whether the tax plan helped the rich.\n\n\
         “No, the tax plan helped every family,” Lopez said.\n",
        "“Did the tax plan help the rich?” the host said.\n\n\
         “No, the tax plan helped every family,” Lopez said.\n",
        // A negation that does not open the answer is not enough on its own.
        "The governor said the new budget would balance the state deficit. The state \
         treasurer said the new budget would not balance the state deficit.\n",
        // The answer negates something the claim before does not assert.
        "The host said Senator Maria Lopez meant that the tax plan helped the rich.\n\n\
         “No, the school board election was fair,” Lopez said.\n",
    ] {
        let r = check(text);
        assert!(
            r.disputes.iter().all(|d| d.rule != "dispute.negation"),
            "{text}: {:#?}",
            r.disputes
        );
    }
}

#[test]
fn a_verdict_on_a_claim_reported_in_the_same_sentence() {
    let r = check(
        "“Our opponents argued that the new factory would poison the river, and that is \
         simply not true,” Mayor Ana Ruiz said.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    assert_eq!(d.claims[0], d.claims[1], "inside one claim: {d:#?}");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the new factory would poison the river");
    assert_eq!(a_src, "Our opponents");
    assert_eq!(b, "that is simply not true");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_verdict_on_the_speakers_own_report_or_on_no_pronoun_is_no_dispute() {
    for text in [
        // The speaker's own earlier view.
        "“I argued that the new factory would poison the river, and that is simply not \
         true any more,” Mayor Ana Ruiz said.\n",
        // The verdict is on something else than what was reported.
        "“Our opponents argued that the new factory would poison the river, and the \
         permit is simply not valid,” Mayor Ana Ruiz said.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn a_turn_against_a_claim_reported_in_the_same_sentence() {
    let r = check(
        "Finance Minister Ana Ruiz said that for years some critics had been predicting \
         a collapse of the currency, but this would not happen.\n",
    );
    let d = only_dispute(&r, "dispute.but");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "a collapse of the currency");
    assert_eq!(a_src, "some critics");
    assert_eq!(b, "but this would not happen");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_turn_that_does_not_negate_is_no_dispute() {
    let r = check(
        "Finance Minister Ana Ruiz said that for years some critics had been predicting \
         a collapse of the currency, but this would happen only after the election.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

#[test]
fn a_verdict_names_the_holder_before_a_quoted_claim() {
    let r = check(
        "Ben Carter and his lawyers have said the company would reopen next year.\n\n\
         The judge's order said Carter's \"assertion that the company retains any value is \
         speculative.\"\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, _)] = sides(&r, d);
    assert!(a.contains("the company would reopen next year"), "{a}");
    assert!(a_src.contains("Carter"), "{a_src}");
    assert!(b.starts_with("Carter's \"assertion"), "{b}");
}

#[test]
fn a_verdict_on_the_subjects_own_claim_that_follows_it() {
    let r = check(
        "Mayor Ana Ruiz said the protesters were wrong in their claims that the park \
         would close for good.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the park would close for good");
    assert_eq!(a_src, "the protesters");
    assert_eq!(b, "the protesters were wrong");
    assert_eq!(b_src, "Ana Ruiz");
    // "wrong in their decision to ..." judges no claim.
    let r = check(
        "Mayor Ana Ruiz said the protesters were wrong in their decision to close the \
         park for good.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

#[test]
fn denying_claims_right_after_an_accusation_in_narration() {
    // The writer reports the accusation; "the safety claims" names it
    // though "safety" is not among its words.
    let r = check(
        "Two lawsuits filed in Ohio have accused Brightline Motors of hiding defects in \
         its brakes from buyers. Brightline Motors has denied the safety claims, pointing \
         to its inspection records.\n",
    );
    let d = only_dispute(&r, "dispute.denial");
    let [(a, _), (b, b_src)] = sides(&r, d);
    assert!(a.contains("hiding defects in its brakes"), "{a}");
    assert!(b.starts_with("denied the safety claims"), "{b}");
    assert_eq!(b_src, "Brightline Motors");
    // Narration that reports no accusation is not what the claims are.
    let r = check(
        "Two lawsuits filed in Ohio concern the brakes of older cars. Brightline Motors \
         has denied the safety claims, pointing to its inspection records.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

#[test]
fn rejecting_objections_of_people_named_in_an_appositive() {
    let r = check(
        "Two objectors, Jane Doe and John Roe, had challenged the tower permit with the \
         council, contending that the tower was unsafe for the neighbourhood.\n\n\
         The city council on Monday rejected both objections.\n",
    );
    let d = only_dispute(&r, "dispute.denial");
    let [(a, a_src), (_, b_src)] = sides(&r, d);
    assert!(a.contains("the tower was unsafe"), "{a}");
    assert_eq!(a_src, "Jane Doe and John Roe");
    assert!(b_src.contains("council"), "{b_src}");
}

#[test]
fn a_claim_noun_skips_claims_that_only_speak_of_it() {
    // "her statements" are the senator's; the auditor's refusal to comment on
    // them is about them, not one of them.
    let r = check(
        "Senator Ana Ruiz said the new bridge was safe for heavy trucks.\n\n\
         The auditor said he would not comment on her statements, but the inspection \
         report contradicted her statements.\n",
    );
    let d = only_dispute(&r, "dispute.contradiction");
    let [(a, a_src), (b, _)] = sides(&r, d);
    assert!(a.contains("the new bridge was safe"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert!(b.starts_with("contradicted her statements"), "{b}");
}

#[test]
fn a_combative_answer_disputes_the_claim_before() {
    let r = check(
        "The mayor said the new stadium would pay for itself within ten years.\n\n\
         The city's budget director fired back, saying the stadium would cost taxpayers \
         $40 million.\n",
    );
    let d = only_dispute(&r, "dispute.retort");
    let [(a, _), (b, _)] = sides(&r, d);
    assert!(a.contains("the new stadium would pay for itself"), "{a}");
    assert!(b.starts_with("fired back"), "{b}");
    // A retort aimed at nothing said before is no dispute.
    let r = check(
        "The weather turned cold on Monday.\n\n\
         The city's budget director fired back, saying the stadium would cost taxpayers \
         $40 million.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

#[test]
fn an_answer_meets_the_claim_on_a_shorter_stem() {
    // "want" negated against "wanted" asserted.
    let r = check(
        "The councillor said the mayor wanted to close the library.\n\n\
         “No, I want to keep the library open,” the mayor said.\n",
    );
    let d = only_dispute(&r, "dispute.negation");
    let [(a, _), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the mayor wanted to close the library");
    assert!(b.starts_with("“No, I want"), "{b}");
    assert_eq!(b_src, "mayor");
}

#[test]
fn a_verdict_verb_on_the_story_of_a_named_source() {
    let r = check(
        "Reporter Ana Ruiz said the senator's aide grabbed her arm at the rally.\n\n\
         Senator Tom Hale told reporters he thought Ruiz had “made up the story.”\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert!(a.contains("grabbed her arm"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert!(b.starts_with("Ruiz had “made up the story"), "{b}");
    assert_eq!(b_src, "Tom Hale");
    // What was made up is no claim.
    let r = check(
        "Reporter Ana Ruiz said the senator's aide grabbed her arm at the rally.\n\n\
         Senator Tom Hale told reporters he thought Ruiz had made up the guest list.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

#[test]
fn a_response_opening_an_unattributed_sentence_names_its_subject_after_the_comma() {
    let r = check(
        "Senator Tom Hale said the chemical plant on the river was safe.\n\n\
         In response to Hale's claims, Environment Secretary Maria Lopez released a report \
         showing the plant had leaked twice.\n",
    );
    let d = only_dispute(&r, "dispute.response");
    let [(a, a_src), (_, b_src)] = sides(&r, d);
    assert_eq!(a, "the chemical plant on the river was safe");
    assert_eq!(a_src, "Tom Hale");
    assert_eq!(b_src, "Environment Secretary Maria Lopez");
    // A response to questions answers no claim.
    let r = check(
        "Senator Tom Hale said the chemical plant on the river was safe.\n\n\
         In response to Hale's questions, Environment Secretary Maria Lopez released a \
         report showing the plant had leaked twice.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

#[test]
fn in_response_answers_the_claim_before_but_not_a_question() {
    let r = check(
        "Campaign groups said the video site could remove the extremist accounts within a day.\n\n\
         In response, the company said it removed the extremist accounts as fast as it could.\n",
    );
    let d = only_dispute(&r, "dispute.response");
    let [(a, _), (b, _)] = sides(&r, d);
    assert!(a.contains("could remove the extremist accounts"), "{a}");
    assert!(b.starts_with("In response"), "{b}");
    for text in [
        "A reporter asked the company whether it could remove the extremist accounts within a day.\n\n\
         In response, the company said it removed the extremist accounts as fast as it could.\n",
        "Campaign groups sought more details on the extremist accounts.\n\n\
         In response, the company said it removed the extremist accounts as fast as it could.\n",
        // The question is one claim of the sentence; the asker says more in it.
        "Town hall questions\n\n\
         The last question was from a young child, who said he and his father drove \
         from Omaha.\n\n\
         “How big is that wall?” asked the boy, who was wearing a red hat and said his \
         name was Mason, as the audience laughed and applauded.\n\n\
         “Mason let me tell you, how big is that wall going to be?” Pence said in \
         response. “As big as it needs to be.”\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

/// The rules of the only dispute of each text, or none.
fn rules_of(text: &str) -> Vec<String> {
    check(text)
        .disputes
        .iter()
        .map(|d| d.rule.clone())
        .collect()
}

#[test]
fn everyday_rebuttals_are_found() {
    for (text, rule) in [
        // The verdict's verb is the claim's cue.
        (
            "Critics said the plan would raise taxes for the middle class.\n\n\
             Governor Ana Ruiz called those claims baseless.\n",
            "dispute.verdict",
        ),
        // "that claim" keeps its determiner.
        (
            "The union said the plant would close in May.\n\n\
             The company said that claim was false.\n",
            "dispute.verdict",
        ),
        // A short claim taken up word for word after "But".
        (
            "Senator Tom Hale said the trade deal was dead.\n\n\
             But the White House insisted the trade deal was not dead.\n",
            "dispute.but",
        ),
        // A verb of one word, then what was said.
        (
            "Senator Tom Hale said the new tax would hurt small businesses.\n\n\
             Economists disagreed, saying the new tax would barely touch small businesses.\n",
            "dispute.contradiction",
        ),
        // A verdict on a source named as the subject.
        (
            "Senator Tom Hale said the governor had cut school funding.\n\n\
             Ana Ruiz, a spokeswoman for the governor, said Hale was wrong.\n",
            "dispute.verdict",
        ),
        // A source named by its role: "the senator" is Senator Tom Hale.
        (
            "Senator Tom Hale said Governor Ana Ruiz cut school funding.\n\n\
             Ruiz denied the senator’s claim.\n",
            "dispute.denial",
        ),
        (
            "Senator Tom Hale said Governor Ana Ruiz cut school funding.\n\n\
             Ruiz said the senator was lying.\n",
            "dispute.verdict",
        ),
        // A verdict on what a named source is doing.
        (
            "Bernie Sanders said Hillary Clinton took millions from Wall Street banks.\n\n\
             Clinton said Sanders was distorting her record.\n",
            "dispute.verdict",
        ),
        // A correction that opens a sentence of another source.
        (
            "Senator Tom Hale said Governor Ana Ruiz cut school funding.\n\n\
             In fact, school funding rose by 4 percent, according to state budget records.\n",
            "dispute.in-fact",
        ),
    ] {
        assert_eq!(rules_of(text), vec![rule.to_string()], "{text}");
    }
}

#[test]
fn everyday_near_misses_are_not_disputes() {
    for text in [
        "Senator Tom Hale said the governor had cut school funding.\n\n\
         Ana Ruiz, a spokeswoman for the governor, said Hale was wrong to skip the meeting.\n",
        "Senator Tom Hale said the new tax would hurt small businesses.\n\n\
         Economists disagreed about the size of the new tax.\n",
        "Senator Tom Hale said the trade deal was dead.\n\n\
         But the White House said the budget talks would resume on Monday.\n",
        "The union said the plant would close in May.\n\n\
         The company said that the weather was bad.\n",
        // "the mayor" is no one the article quotes.
        "Senator Tom Hale said Governor Ana Ruiz cut school funding.\n\n\
         Ruiz denied the mayor’s claim.\n",
        // "in fact" inside a sentence, or inside a quotation, is emphasis.
        "Senator Tom Hale said Governor Ana Ruiz cut school funding.\n\n\
         State budget records show that school funding is, in fact, the largest item, \
         the auditor said.\n",
        "Senator Tom Hale said Governor Ana Ruiz cut school funding.\n\n\
         “In fact, school funding is my first priority,” Ruiz said.\n",
    ] {
        assert_eq!(rules_of(text), Vec::<String>::new(), "{text}");
    }
}

/// A house pack with a strong negation rule: the one an earlier claim is
/// about negates what it asserts. `whosaid rules test` runs its examples
/// through the real pipeline: they fail if the negation frame breaks.
#[test]
fn a_strong_negation_in_a_house_pack_answers_a_claim_about_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("house");
    std::fs::create_dir(&pack).unwrap();
    std::fs::write(
        pack.join("house.yaml"),
        r#"
dispute_markers:
  - id: house.dispute.accused-denies
    description: The one a claim is about negates what it asserts.
    kind: denial
    strength: strong
    frame: negation
    words: [not, never]
    examples:
      fires:
        - "Senator Tom Hale said Governor Ana Ruiz cut school funding. Ruiz said school funding had not been cut."
      silent:
        - "Senator Tom Hale said Governor Ana Ruiz cut school funding. The mayor said school funding had not been cut."
        - "Senator Tom Hale said Governor Ana Ruiz cut school funding. Ruiz said the roads had not been repaired."
        - "Senator Tom Hale asked whether Governor Ana Ruiz cut school funding. Ruiz said school funding had not been cut."
"#,
    )
    .unwrap();
    let out = assert_cmd::Command::cargo_bin("whosaid")
        .unwrap()
        .args(["rules", "test"])
        .arg(&pack)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" 0 example failures"), "{stdout}");
}

#[test]
fn responding_by_saying_answers_the_claims_before() {
    let r = check(
        "Mayor Ana Ruiz said the city would build the new bridge next year.\n\n\
         “The bridge will be paid for by the state,” Ruiz said.\n\n\
         A county official responded by saying the county would not pay for the bridge.\n",
    );
    let d = only_dispute(&r, "dispute.response");
    let [(a, a_src), (b, _)] = sides(&r, d);
    // Both claims of the mayor just before, the first one included.
    assert!(a.contains("the city would build the new bridge"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert!(b.starts_with("responded by saying"), "{b}");
    // Responding by doing something says nothing against a claim.
    let r = check(
        "Mayor Ana Ruiz said the city would build the new bridge next year.\n\n\
         A county official responded by standing up and leaving the meeting.\n",
    );
    assert!(r.disputes.is_empty(), "{:#?}", r.disputes);
}

/// The sides of the only dispute of `text`, made by `rule`: (text, source
/// name) of the disputed side, then of the disputing one.
fn sides_of(text: &str, rule: &str) -> [(String, String); 2] {
    let r = check(text);
    let d = only_dispute(&r, rule);
    sides(&r, d).map(|(t, s)| (t.to_string(), s.to_string()))
}

/// Each text has no dispute.
fn no_disputes(texts: &[&str]) {
    for text in texts {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn an_accusation_in_narration_is_read_past_a_passive() {
    // "being heard" is a passive: the accusation is "have accused", and the
    // lawsuits, not Ohio, make it.
    let [(a, a_src), (b, _)] = sides_of(
        "Two lawsuits being heard in Ohio have accused Brightline Motors of hiding \
         defects in its brakes from buyers. Brightline Motors has denied the safety \
         claims, pointing to its inspection records.\n",
        "dispute.denial",
    );
    assert!(a.contains("hiding defects in its brakes"), "{a}");
    assert!(a_src.starts_with("Two lawsuits"), "{a_src}");
    assert!(b.starts_with("denied the safety claims"), "{b}");
}

#[test]
fn a_verdict_pronoun_after_and_is_its_own_subject() {
    // No comma before "and that": the verdict's subject is still "that".
    let [(a, a_src), (b, b_src)] = sides_of(
        "“Our opponents argue the new factory would poison the river and that is \
         simply not true,” Mayor Ana Ruiz said.\n",
        "dispute.verdict",
    );
    assert_eq!(a, "the new factory would poison the river");
    assert_eq!(a_src, "Our opponents");
    assert_eq!(b, "that is simply not true");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_quotation_opening_on_if_is_a_statement_not_a_question() {
    let [(a, a_src), (_, b_src)] = sides_of(
        "“If the plant closes, the town will lose 500 jobs,” Mayor Ana Ruiz said.\n\n\
         The plant’s owner, Tom Hale, said that is not true.\n",
        "dispute.verdict",
    );
    assert!(a.contains("the town will lose 500 jobs"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b_src, "Tom Hale");
    // A reported question is still no claim to dispute.
    no_disputes(&["Mayor Ana Ruiz asked if the plant would close.\n\n\
         The plant’s owner, Tom Hale, said that is not true.\n"]);
}

#[test]
fn a_clarification_by_another_source_corrects_the_claim() {
    let r = check(
        "Senator Maria Lopez said the new tax would cost families $500 a year.\n\n\
         Her spokesman, Tom Hale, later clarified that the new tax would cost families \
         $500 over five years.\n",
    );
    let d = only_dispute(&r, "dispute.clarify");
    assert_eq!(d.kind, "correction");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert!(a.contains("$500 a year"), "{a}");
    assert_eq!(a_src, "Maria Lopez");
    assert!(b.starts_with("clarified that"), "{b}");
    assert_eq!(b_src, "Tom Hale");
    // A clarification of something else is no correction.
    no_disputes(&[
        "Senator Maria Lopez said the new tax would cost families $500 a year.\n\n\
         Her spokesman, Tom Hale, later clarified the schedule of the hearings.\n",
    ]);
}

#[test]
fn overruling_a_named_decision_disputes_it_inside_the_sentence() {
    let [(a, a_src), (b, _)] = sides_of(
        "A three-judge panel of the State Court of Appeals overturned a county judge’s \
         ruling that the new voting maps were unconstitutional.\n",
        "dispute.overrule",
    );
    assert_eq!(a, "the new voting maps were unconstitutional");
    assert_eq!(a_src, "a county judge");
    assert!(b.starts_with("overturned a county judge’s ruling"), "{b}");
    // A decision without its holder or content, or no decision at all, is no dispute.
    no_disputes(&[
        "Mayor Ana Ruiz said the shelter would close in May. The council reversed \
         her decision on Tuesday.\n",
        "Mayor Ana Ruiz said the shelter would stay open, but the council overruled \
         that request.\n",
        "A state appeals court on Tuesday overturned the ban on street vendors.\n",
    ]);
}

#[test]
fn a_verdict_with_its_own_verb_judges_the_claim_noun_before_it() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz said the new stadium would pay for itself within ten years.\n\n\
         “The mayor’s numbers for the stadium don’t hold water,” the city auditor, \
         Tom Hale, said.\n",
        "dispute.verdict",
    );
    assert!(a.contains("the new stadium would pay for itself"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert!(b.ends_with("don’t hold water"), "{b}");
    assert_eq!(b_src, "Tom Hale");
}

#[test]
fn a_verdict_on_claims_of_someone_not_quoted_meets_the_claim_on_its_topic() {
    // "the governor" is quoted nowhere; what the claims are about names the
    // claim: the stadium, not the school.
    let [(a, a_src), (_, b_src)] = sides_of(
        "Mayor Ana Ruiz said the new stadium would bring 2,000 jobs to the city.\n\n\
         The teachers’ union said the school budget was too small.\n\n\
         Tom Hale, a city economist, said the governor’s claims about stadium jobs \
         were unfounded.\n",
        "dispute.verdict",
    );
    assert!(a.contains("2,000 jobs"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b_src, "Tom Hale");
    // Without a topic of its own, the unquoted holder's claim is no one's here.
    no_disputes(&[
        "Mayor Ana Ruiz said the new stadium would bring 2,000 jobs to the city.\n\n\
         Tom Hale, a city economist, said the governor’s claims were unfounded.\n",
    ]);
}

#[test]
fn a_relative_clause_denies_the_charge_it_names() {
    // "prompted": with "raised new questions about" (cue.stance-noun-phrase) the
    // audit is the source of an explicit claim, whose content stops at the comma.
    let [(a, a_src), (b, b_src)] = sides_of(
        "The audit prompted new questions about whether the county paid its contractors \
         twice, a charge that Mayor Ana Ruiz has always denied.\n",
        "dispute.denial",
    );
    assert_eq!(a, "the county paid its contractors twice");
    assert_eq!(a_src, "The audit");
    assert_eq!(b, "a charge that Mayor Ana Ruiz has always denied");
    assert!(b_src.contains("Ana Ruiz"), "{b_src}");
    // The verb has an object of its own, or the noun is no claim: no dispute.
    no_disputes(&[
        "The audit raised new questions about whether the county paid its contractors \
         twice, a charge that Mayor Ana Ruiz has denied in interviews.\n",
        "The audit raised new questions about whether the county paid its contractors \
         twice, a request that Mayor Ana Ruiz has always denied.\n",
    ]);
}

#[test]
fn a_relative_clause_after_a_dash_names_its_disputer_by_a_common_noun() {
    // The appositive may follow a dash, and the relative clause's subject may
    // be a common noun phrase, not only a name.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz has said that the old bridge passed every inspection last year \
         - a point that state engineers have disputed.\n",
        "dispute.challenge",
    );
    assert_eq!(a, "the old bridge passed every inspection last year");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b, "a point that state engineers have disputed");
    assert_eq!(b_src, "state engineers");
    // A pronoun subject names no one; a verb with an object of its own
    // disputes that object.
    no_disputes(&[
        "Mayor Ana Ruiz has said that the old bridge passed every inspection last year \
         - a point that he has disputed.\n",
        "Mayor Ana Ruiz has said that the old bridge passed every inspection last year \
         - a point that state engineers have disputed in court.\n",
    ]);
}

#[test]
fn a_claim_that_flies_in_the_face_of_the_facts_is_contradicted() {
    // A verdict phrase that carries its own verb: its subject ("This") is
    // the claim of another source just before.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz said the old bridge was safe for heavy trucks.\n\n\
         “This flies in the face of the fact that the bridge failed two inspections,” \
         state engineer Tom Hale said.\n",
        "dispute.at-odds",
    );
    assert!(a.contains("safe for heavy trucks"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert!(b.starts_with("This flies in the face of"), "{b}");
    assert!(b_src.contains("Tom Hale"), "{b_src}");
    // A plan that runs counter to a river is no claim judged.
    no_disputes(&[
        "Mayor Ana Ruiz said the old bridge was safe for heavy trucks.\n\n\
         State engineer Tom Hale said the new ferry route runs counter to the river currents.\n",
    ]);
}

#[test]
fn an_account_contrary_to_a_named_claim_disputes_it() {
    // With no earlier claim of its holder, the named claim is the phrase
    // that opens the sentence.
    let [(a, a_src), (b, b_src)] = sides_of(
        "The hacker was sentenced on Tuesday.\n\n\
         Contrary to Tom Hale's claims, the police say he never read the senator's emails.\n",
        "dispute.contrary",
    );
    assert_eq!(a, "Tom Hale's claims");
    assert!(a_src.contains("Tom Hale"), "{a_src}");
    assert!(
        b.starts_with("Contrary to") && b.contains("never read"),
        "{b}"
    );
    assert!(b_src.contains("police"), "{b_src}");
    // An earlier claim of the holder is the one disputed.
    let [(a, a_src), _] = sides_of(
        "Tom Hale told reporters that he had read the senator's emails for months.\n\n\
         Contrary to Hale's claims, the police say he never read the senator's emails.\n",
        "dispute.contrary",
    );
    assert!(a.contains("read the senator's emails for months"), "{a}");
    assert!(a_src.contains("Hale"), "{a_src}");
    // Contrary to expectations, or to reports of no one: no dispute.
    no_disputes(&[
        "Contrary to expectations, the police say the hacker never read the senator's emails.\n",
        "Contrary to reports, the police say the hacker never read the senator's emails.\n",
    ]);
}

#[test]
fn a_verdict_for_the_accusation_judges_its_accuser() {
    // One sentence, two disputes: the denial of what was said just before,
    // and the verdict on the one who made the first accusation.
    let r = check(
        "Jane Doe accused the team’s coach, Tom Hale, of shoving her at a practice last \
         week. Doe said the coach pushed her against a wall.\n\n\
         The team denied it happened, with Hale calling Doe “totally delusional” for \
         the accusation.\n",
    );
    let rules: Vec<&str> = r.disputes.iter().map(|d| d.rule.as_str()).collect();
    assert_eq!(
        rules,
        ["dispute.denial", "dispute.verdict"],
        "{:#?}",
        r.disputes
    );
    let [(a, a_src), (b, _)] = sides(&r, &r.disputes[1]);
    assert!(a.contains("of shoving her at a practice"), "{a}");
    assert_eq!(a_src, "Jane Doe");
    assert!(b.ends_with("totally delusional"), "{b}");
    // "wrong for him to ..." is a verdict on what follows, not on a claim.
    no_disputes(&["Jane Doe said the coach pushed her against a wall.\n\n\
         Tom Hale said it was wrong for the team to skip practice.\n"]);
}

#[test]
fn a_relative_that_after_a_noun_is_no_verdict_on_a_claim() {
    no_disputes(&["“They keep saying that I’m the one that’s wrong,” Jane Doe said.\n"]);
    // A demonstrative "that" still judges what was reported.
    let [(a, _), (b, _)] = sides_of(
        "“They keep saying that the mill will close, and that’s wrong,” Jane Doe said.\n",
        "dispute.verdict",
    );
    assert_eq!(a, "the mill will close");
    assert_eq!(b, "that’s wrong");
}

#[test]
fn a_verdict_answers_a_claim_reported_after_a_conjunction_in_narration() {
    // The narration reports the union leader's claim in a clause opened by
    // "after": its subject is the noun phrase after the conjunction.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Ms. Ruiz took on Maria Lopez on Sunday after the union leader had said on \
         Saturday evening that the Lakeside school was unsafe for pupils.\n\n\
         “It’s nonsense,” Ms. Ruiz said on the radio.\n",
        "dispute.verdict",
    );
    // The attribution keeps its complementizer ("that …"); the claim is the same.
    assert_eq!(
        a.trim_start_matches("that "),
        "the Lakeside school was unsafe for pupils"
    );
    assert_eq!(a_src.trim_start_matches("the "), "union leader");
    assert_eq!(b, "It’s nonsense");
    assert_eq!(b_src, "Ruiz");
    // A pronoun after the conjunction may be the speaker herself: no dispute.
    no_disputes(&[
        "Ms. Ruiz took on Maria Lopez on Sunday after she had said on Saturday evening \
         that the Lakeside school was unsafe for pupils.\n\n\
         “It’s nonsense,” Ms. Ruiz said on the radio.\n",
    ]);
}

#[test]
fn remarks_in_response_to_a_letter_alleging_a_claim_dispute_it() {
    // "Her comments" are the mayor's claims just before; the letter carries
    // the union's claim, named inside it.
    let [(a, a_src), (b, b_src)] = sides_of(
        "“The Lakeside school passed every inspection this year,” Mayor Ana Ruiz said \
         on Tuesday.\n\n\
         Her comments are in response to a letter the Teachers Union sent the council on \
         Monday alleging that the Lakeside school was unsafe for pupils.\n",
        "dispute.response",
    );
    assert_eq!(a, "the Lakeside school was unsafe for pupils");
    assert_eq!(a_src, "the Teachers Union");
    assert!(b.contains("passed every inspection"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
    no_disputes(&[
        // A letter that carries no claim.
        "“The Lakeside school passed every inspection this year,” Mayor Ana Ruiz said \
         on Tuesday.\n\n\
         Her comments are in response to a letter the Teachers Union sent the council on \
         Monday.\n",
        // A letter of her own.
        "“The Lakeside school passed every inspection this year,” Mayor Ana Ruiz said \
         on Tuesday.\n\n\
         Her comments are in response to a letter Ruiz sent the council on Monday \
         alleging that the Lakeside school was unsafe for pupils.\n",
    ]);
}

#[test]
fn a_verdict_on_a_person_for_saying_something_judges_what_they_said() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz said on Monday that the old bridge was safe for heavy trucks.\n\n\
         Senator Tom Hale called her a “reckless liar” for continuing to insist the old \
         bridge could carry heavy trucks.\n",
        "dispute.verdict",
    );
    assert_eq!(a, "the old bridge could carry heavy trucks");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b, "called her a “reckless liar");
    assert_eq!(b_src, "Tom Hale");
    // A verdict for something done, not said, judges no claim.
    no_disputes(&[
        "Mayor Ana Ruiz said on Monday that the old bridge was safe for heavy trucks.\n\n\
         Senator Tom Hale called her a “reckless liar” for closing the old bridge to \
         heavy trucks.\n",
    ]);
}

#[test]
fn said_only_corrects_another_sources_account_of_what_was_said() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "“Inspector Tom Hale said the new stadium was safe,” Mayor Ana Ruiz told \
         reporters on Monday.\n\n\
         The city paper pointed out that Hale said only that the stadium roof was safe \
         for the opening game.\n",
        "dispute.only-said",
    );
    assert!(a.contains("the new stadium was safe"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert!(b.contains("the stadium roof was safe"), "{b}");
    assert!(b_src.contains("Hale"), "{b_src}");
    // Without an account of what Hale said, "said only" declines to say more.
    no_disputes(&[
        "“The new stadium is safe,” Mayor Ana Ruiz told reporters on Monday.\n\n\
         Asked about the stadium, Inspector Tom Hale said only that the stadium roof was \
         safe for the opening game.\n",
    ]);
}

#[test]
fn denying_any_wrongdoing_answers_the_accusation_before() {
    // The accusation is reported in narration, with its holder named in the
    // sentence; "any wrongdoing" shares no topic word with it.
    let [(a, a_src), (b, b_src)] = sides_of(
        "The Teachers Union sent the council a letter on Monday alleging that the school \
         board had hidden its spending from parents.\n\n\
         The school board denies any wrongdoing.\n",
        "dispute.denial",
    );
    // The letter dated "on Monday" speaks for the union through its participle,
    // whose content keeps its "that" (as PolNeAR's does after a participle).
    assert_eq!(
        a,
        "that the school board had hidden its spending from parents"
    );
    assert!(a_src.contains("Teachers Union"), "{a_src}");
    assert_eq!(b, "denies any wrongdoing");
    assert!(b_src.contains("school board"), "{b_src}");
    // With no accusation before, there is nothing to deny.
    no_disputes(&[
        "The Teachers Union sent the council a letter on Monday about the spending of the \
         school board.\n\n\
         The school board denies any wrongdoing.\n",
    ]);
}

#[test]
fn a_discrepancy_between_two_holders_claims_sets_them_against_each_other() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "The hearing turned to inconsistencies between Ruiz’s claim that the Lakeside \
         school passed every inspection and the inspector’s report on the school.\n",
        "dispute.between",
    );
    assert_eq!(a, "the Lakeside school passed every inspection");
    assert!(a_src.contains("Ruiz"), "{a_src}");
    assert_eq!(b, "the inspector’s report on the school");
    assert!(b_src.contains("inspector"), "{b_src}");
    no_disputes(&[
        // People, not claims.
        "The hearing turned to the conflict between Mayor Ana Ruiz and the inspector \
         over the Lakeside school.\n",
        // One holder twice.
        "The hearing turned to inconsistencies between Ruiz’s claim that the Lakeside \
         school passed every inspection and her own statements in May.\n",
    ]);
}

#[test]
fn a_named_holders_claim_is_the_one_the_words_after_the_noun_meet() {
    // "where she seemed to differ" is the mayor's own act, not what she
    // repeated; of Hale's two claims, "the school funding" meets the first.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Senator Tom Hale said the new budget cut school funding for poor districts. \
         Hale also said the budget vote was late.\n\n\
         Mayor Ana Ruiz said the budget was balanced, and she repeated it on the radio on \
         Tuesday — where she seemed to differ with Hale’s interpretation of the school \
         funding.\n",
        "dispute.contradiction",
    );
    assert_eq!(a, "the new budget cut school funding for poor districts");
    assert_eq!(a_src, "Tom Hale");
    assert!(b.starts_with("differ with Hale’s interpretation"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
    // Another subject after "where": what she repeated, not her own act.
    no_disputes(&[
        "Senator Tom Hale said the new budget cut school funding for poor districts. \
         Hale also said the budget vote was late.\n\n\
         Mayor Ana Ruiz said the budget was balanced, and she repeated it on the radio on \
         Tuesday — where the governor seemed to differ with Hale’s interpretation of the \
         school funding.\n",
    ]);
}

#[test]
fn a_passive_refutation_judges_the_claim_in_its_subjects_appositive() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "The council met on Monday to discuss the budget.\n\n\
         Many of the union’s best charges, like that the mayor closed three schools last \
         year, are easily refuted, the mayor’s aides say.\n",
        "dispute.denial",
    );
    assert_eq!(a, "the mayor closed three schools last year");
    assert_eq!(a_src, "union");
    assert_eq!(b, "are easily refuted");
    assert!(b_src.contains("aides"), "{b_src}");
    no_disputes(&[
        // An example that is no claim.
        "The council met on Monday to discuss the budget.\n\n\
         Many of the union’s best charges, like the closing of three schools last year, \
         are easily refuted, the mayor’s aides say.\n",
        // Active: the aides' own verb inside what they say has another subject.
        "The council met on Monday to discuss the budget.\n\n\
         The mayor’s aides say the auditors easily refuted the union’s best charges.\n",
    ]);
}

#[test]
fn saying_another_does_not_really_believe_it_questions_their_claim() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "Senator Tom Hale called the mayor “reckless” at the debate.\n\n\
         “Hale doesn’t really believe I’m reckless. He said that because he is losing,” \
         Mayor Ana Ruiz said.\n",
        "dispute.sincerity",
    );
    assert!(a.contains("reckless"), "{a}");
    assert_eq!(a_src, "Tom Hale");
    assert!(b.starts_with("Hale doesn’t really believe"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
    no_disputes(&[
        // Her own belief, not his.
        "Senator Tom Hale called the mayor “reckless” at the debate.\n\n\
         “I don’t really believe in luck. I believe in work,” Mayor Ana Ruiz said.\n",
    ]);
}

#[test]
fn a_rebuke_opening_the_sentence_answers_a_claim_deep_in_its_phrase() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "In a pointed rebuke to “tough on crime” plans pushed by Senator Tom Hale, \
         including suggestions that every school should hire armed guards, Mayor Ana Ruiz \
         said the city would hire more counsellors.\n",
        "dispute.response",
    );
    assert_eq!(a, "every school should hire armed guards");
    assert!(a_src.contains("Hale"), "{a_src}");
    assert!(b.starts_with("In a pointed rebuke to"), "{b}");
    assert!(b.ends_with("hire more counsellors"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
    no_disputes(&[
        // Nobody's claim in the phrase.
        "In a pointed rebuke to the crime wave, including suggestions that every school \
         should hire armed guards, Mayor Ana Ruiz said the city would hire more \
         counsellors.\n",
    ]);
}

#[test]
fn a_statement_of_ones_own_innocence_answers_the_accusation_before() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "The Lakeside Parents Group filed a lawsuit on Monday alleging that the \
         foundation had hidden its spending from donors.\n\n\
         “We have absolutely no violations and we follow every rule,” the foundation’s \
         director, Ana Ruiz, said.\n",
        "dispute.innocence",
    );
    assert!(
        a.contains("the foundation had hidden its spending from donors"),
        "{a}"
    );
    assert!(a_src.contains("Lakeside"), "{a_src}");
    assert!(b.contains("absolutely no violations"), "{b}");
    assert!(b_src.contains("Ruiz"), "{b_src}");
    no_disputes(&[
        // "nothing wrong with ..." is no statement of innocence.
        "The Lakeside Parents Group filed a lawsuit on Monday alleging that the \
         foundation had hidden its spending from donors.\n\n\
         “There is nothing wrong with asking questions,” the foundation’s director, Ana \
         Ruiz, said.\n",
    ]);
}

#[test]
fn a_denial_reported_first_answers_the_account_that_follows() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "Senator Tom Hale on Tuesday denied meeting the casino lobbyists during the \
         budget talks.\n\n\
         The Daily Ledger reported on Monday that Hale met the casino lobbyists twice \
         during the budget talks.\n",
        "dispute.denial",
    );
    assert_eq!(
        a,
        "that Hale met the casino lobbyists twice during the budget talks"
    );
    assert_eq!(a_src, "Daily Ledger");
    assert!(b.starts_with("denied meeting the casino lobbyists"), "{b}");
    assert_eq!(b_src, "Tom Hale");
    no_disputes(&[
        // What follows says the same as the denial: it answers nothing.
        "Senator Tom Hale on Tuesday denied meeting the casino lobbyists during the \
         budget talks.\n\n\
         His spokesman, Dan Ortiz, said Hale never met the casino lobbyists during the \
         budget talks.\n",
    ]);
}

#[test]
fn an_adverb_is_no_topic_a_verdict_shares_with_a_claim() {
    // "Potentially" would meet "potential retaliation": the claim about
    // retaliation is the one judged, not the treasurer's.
    let [(a, a_src), (b, b_src)] = sides_of(
        "The White House said the new sanctions could bring retaliation from other \
         governments against American farmers.\n\n\
         “Potentially, other governments would lose their seats at the table, and the \
         president knows it,” the treasurer, Ann Bell, said.\n\n\
         Farm groups say the president’s claims about potential retaliation from other \
         governments are unfounded.\n",
        "dispute.verdict",
    );
    assert!(
        a.starts_with("the new sanctions could bring retaliation"),
        "{a}"
    );
    assert_eq!(a_src, "White House");
    assert!(b.ends_with("are unfounded"), "{b}");
    assert_eq!(b_src, "Farm groups");
}

#[test]
fn reports_that_carry_an_allegation_are_the_reports_denied() {
    // "published reports alleging that Z" reports Z: "those reports" are it.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Jane Park, the mayor's lawyer, said the court filing cited published reports \
         alleging that the mayor had hidden campaign donations from the auditors. The \
         mayor dismissed those reports as gossip.\n",
        "dispute.denial",
    );
    assert!(a.contains("the mayor had hidden campaign donations"), "{a}");
    assert_eq!(a_src, "Jane Park");
    assert_eq!(b, "dismissed those reports as gossip");
    assert_eq!(b_src, "mayor");
    no_disputes(&[
        // A claim that speaks of the reports is not one of them.
        "The council said the published reports on the school budget were late this \
         year. The mayor dismissed those reports as gossip.\n",
    ]);
}

#[test]
fn a_statement_joined_to_a_denial_by_and_is_part_of_it() {
    let [(a, _), (b, b_src)] = sides_of(
        "The Daily Ledger reported that the ministry planned to close the rural clinics \
         in May.\n\n\
         The ministry said that was not its plan and dismissed the report as rumour.\n",
        "dispute.denial",
    );
    assert_eq!(
        a,
        "that the ministry planned to close the rural clinics in May"
    );
    assert_eq!(
        b,
        "that was not its plan and dismissed the report as rumour"
    );
    assert_eq!(b_src, "ministry");
    // A statement of the same source in a sentence of its own stays out.
    let [_, (b, _)] = sides_of(
        "The Daily Ledger reported that the ministry planned to close the rural clinics \
         in May.\n\n\
         The ministry dismissed the report as rumour. It said the clinics would stay open.\n",
        "dispute.denial",
    );
    assert_eq!(b, "dismissed the report as rumour");
}

#[test]
fn a_turn_that_opens_on_another_sources_account_disputes_the_claim_before() {
    // The other source's account is a claim of its own.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz said the flooding was caused by clogged storm drains, but \
         according to city inspection records, the pumps had failed weeks before the \
         storm.\n",
        "dispute.but",
    );
    assert_eq!(a, "the flooding was caused by clogged storm drains");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b, "the pumps had failed weeks before the storm");
    assert_eq!(b_src, "city inspection records");
    // The account lies inside what the speaker is said to have done.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz blamed the flooding on clogged storm drains while — according \
         to emails released by the city council — knowing the pumps had failed weeks \
         before the storm.\n",
        "dispute.but",
    );
    assert_eq!(a, "the flooding on clogged storm drains");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b, "knowing the pumps had failed weeks before the storm");
    assert_eq!(b_src, "emails released by the city council");
    no_disputes(&[
        // The source comes at the end: the turn is the speaker's own.
        "Mayor Ana Ruiz said the flooding was caused by clogged storm drains, but the \
         pumps had also failed weeks before the storm, according to city inspection \
         records.\n",
        // The same source on both sides of the turn.
        "Mayor Ana Ruiz said the flooding was caused by clogged storm drains, but \
         according to Ruiz, the pumps had failed weeks before the storm.\n",
    ]);
}

#[test]
fn a_decision_overturned_in_the_passive_is_disputed_by_the_agent() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "While a county judge ruled that the new voting maps were unfair, her ruling was \
         overturned by a state appeals court.\n",
        "dispute.overrule",
    );
    assert_eq!(
        a,
        "a county judge ruled that the new voting maps were unfair"
    );
    assert_eq!(a_src, "a county judge");
    assert_eq!(b, "her ruling was overturned by a state appeals court");
    assert_eq!(b_src, "a state appeals court");
    no_disputes(&[
        // What was rejected is no decision of the judge's.
        "While a county judge ruled that the new voting maps were unfair, her request \
         for more staff was rejected by the county board.\n",
        // The clause before reports no claim.
        "While the county judge was on vacation, her ruling was overturned by a state \
         appeals court.\n",
    ]);
}

#[test]
fn a_turn_that_says_what_was_so_instead_corrects_the_account_just_before() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "Senator Tom Hale said the mayor ignored the flood warnings.\n\n\
         But the mayor’s spokesman, Dan Ortiz, said the flood warnings were instead \
         passed to the fire department at once.\n",
        "dispute.but",
    );
    assert_eq!(a, "the mayor ignored the flood warnings");
    assert_eq!(a_src, "Tom Hale");
    assert!(b.contains("were instead passed"), "{b}");
    assert_eq!(b_src, "Dan Ortiz");
    no_disputes(&[
        // "instead of" sets two things side by side.
        "Senator Tom Hale said the mayor ignored the flood warnings.\n\n\
         But the mayor’s spokesman, Dan Ortiz, said the city would build a new pumping \
         station instead of a dam.\n",
        // Narration between: the turn may answer it.
        "Senator Tom Hale said the mayor ignored the flood warnings.\n\n\
         The river rose two feet overnight.\n\n\
         But the mayor’s spokesman, Dan Ortiz, said the flood warnings were instead \
         passed to the fire department at once.\n",
    ]);
}

#[test]
fn a_correction_reported_inside_another_claim_is_its_nested_speakers() {
    // "said only" sits inside what the fact checkers pointed out: the
    // correction is the auditor's, against the senator's account of her.
    let r = check(
        "Senator Tom Hale said the auditor Ana Ruiz had found the depot accounts clean. \
         Fact checkers pointed out that Ana Ruiz said only that the depot accounts were complete.\n",
    );
    let d = only_dispute(&r, "dispute.only-said");
    let [(_, a_src), (_, b_src)] = sides(&r, d);
    assert_eq!(a_src, "Tom Hale");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_doubt_voiced_before_an_account_must_share_its_words() {
    let [(a, a_src), (b, _)] = sides_of(
        "Many observers doubt that the new stadium will pay for itself. The mayor said the \
         new stadium will pay for itself within ten years.\n",
        "dispute.questioning",
    );
    assert!(a.starts_with("the new stadium will pay for itself"), "{a}");
    assert_eq!(a_src, "mayor");
    assert!(b.starts_with("doubt that the new stadium"), "{b}");
    // One word in common ("network") does not make the later account the one doubted.
    no_disputes(&[
        "Some Republicans doubt that the network will change. Whether the network changes \
         or not, most candidates know that they can rely on the network's connection with \
         voters.\n",
    ]);
}

#[test]
fn a_combative_answer_in_so_many_words_answers_the_claim_before() {
    // "shot back in a statement, saying ...", "fired back forcefully: ...":
    // the answer's words need not meet the claim it answers.
    for (text, b_start) in [
        (
            "Senator Ana Ruiz said Tom Hale had rooted for the housing crash. Hale shot back \
             in a statement, saying he had made a lot of money in down markets.\n",
            "shot back in a statement",
        ),
        (
            "The Daily Ledger said Springfield was the richest city in the state. The \
             Chronicle shot back in an article stating that Shelbyville was the richest.\n",
            "shot back in an article",
        ),
    ] {
        let [(a, _), (b, _)] = sides_of(text, "dispute.retort");
        assert!(!a.is_empty(), "{text}");
        assert!(b.starts_with(b_start), "{b}");
    }
    // An answer with an object of its own, or after narration, answers no claim.
    no_disputes(&[
        "Senator Ana Ruiz said Tom Hale had rooted for the housing crash. Hale shot back \
         with a laugh.\n",
        "Senator Ana Ruiz said Tom Hale had rooted for the housing crash. The hearing ran \
         late. Hale shot back in a statement, saying he had made a lot of money in down \
         markets.\n",
    ]);
}

#[test]
fn a_turn_that_names_a_claim_with_a_demonstrative_points_at_the_claim_just_before() {
    // "that assessment" is the auditor's, though the mayor's claim shares more words.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz argued on Friday that the council was the victim of a feud between \
         engineers.\nThe state auditor said that the old bridge was unsafe. Until Friday, \
         however, the council had declined to concur with that assessment.\n",
        "dispute.however",
    );
    assert_eq!(a, "that the old bridge was unsafe");
    assert_eq!(a_src, "state auditor");
    assert_eq!(b, "to concur with that assessment");
    assert_eq!(b_src, "council");
}

#[test]
fn a_denial_after_a_turn_answers_the_report_before_whatever_its_words() {
    // What is denied shares no word with the report; the turn ("but") ties them.
    for text in [
        "The Daily Ledger reported on Monday that the mayor's firm advertised her for paid \
         speaking gigs, but the mayor's office denied that she would accept new speeches.\n",
        "The Daily Ledger reported on Monday that the mayor's firm advertised her for paid \
         speaking gigs. But the mayor's office denied that she would accept new speeches.\n",
    ] {
        let [(a, a_src), (b, b_src)] = sides_of(text, "dispute.denial");
        assert!(a.contains("advertised her for paid speaking gigs"), "{a}");
        assert!(a_src.contains("Ledger"), "{a_src}");
        assert_eq!(b, "denied that she would accept new speeches");
        assert!(b_src.contains("mayor"), "{b_src}");
    }
    // Without the turn, or with narration between, nothing ties them.
    no_disputes(&[
        "The Daily Ledger reported on Monday that the mayor's firm advertised her for paid \
         speaking gigs. The mayor's office denied that she would accept new speeches.\n",
        "The Daily Ledger reported on Monday that the mayor's firm advertised her for paid \
         speaking gigs. The weather was cold. But the mayor's office denied that she would \
         accept new speeches.\n",
    ]);
}

#[test]
fn attacks_from_a_named_rival_and_others_are_the_rivals_claim() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "At a rally on Monday, Governor Ana Ruiz rejected attacks from Senator Tom Hale and \
         other rivals that she was not a conservative.\n",
        "dispute.denial",
    );
    assert_eq!(a, "she was not a conservative");
    assert!(a_src.contains("Tom Hale"), "{a_src}");
    assert!(
        b.starts_with("rejected attacks from Senator Tom Hale"),
        "{b}"
    );
    assert_eq!(b_src, "Ana Ruiz");
    no_disputes(&[
        "At a rally on Monday, Governor Ana Ruiz rejected attacks from Senator Tom Hale and \
         other rivals.\n",
    ]);
}

#[test]
fn a_person_under_a_second_name_does_not_dispute_themselves() {
    // The description the article sets beside the name ("Donald Trump, the
    // real estate mogul,") names the same man: no dispute with himself.
    let r = check(
        "Donald Trump, the real estate mogul, said on Monday that the tax plan would cut rates for every family.\n\n\
         The real estate mogul later dismissed that claim as nonsense.\n",
    );
    assert!(r.disputes.is_empty(), "disputes: {:#?}", r.disputes);
    // Near miss: the same description set against another source still disputes it.
    let r = check(
        "Donald Trump, the real estate mogul, said on Monday that the tax plan would cut rates for every family.\n\n\
         The White House said the plan would raise rates for most families. The real estate mogul dismissed that claim as nonsense.\n",
    );
    assert_eq!(r.disputes.len(), 1, "disputes: {:#?}", r.disputes);
    let names: Vec<&str> = r.disputes[0]
        .sides
        .iter()
        .map(|s| source_name(&r, &s.source))
        .collect();
    assert!(names.contains(&"White House"), "sides: {names:?}");
    // Near miss: a role word alone is not enough; "the Republican nominee"
    // is not "Democratic nominee Hillary Clinton".
    let r = check(
        "Democratic nominee Hillary Clinton said on Monday that the tax plan would cut rates for every family.\n\n\
         The Republican nominee dismissed that claim as nonsense.\n",
    );
    assert_eq!(r.disputes.len(), 1, "disputes: {:#?}", r.disputes);
    // Near miss: the surname alone after a noun is another clause's object,
    // not a title before the name; the town is not Tom Hale.
    let r = check(
        "Senator Tom Hale said on Monday that the county's new bridge was the most dangerous bridge in the state.\n\n\
         The town said Hale's claim was false.\n",
    );
    assert_eq!(r.disputes.len(), 1, "disputes: {:#?}", r.disputes);
}

/// Nine short reports by other sources: enough claims to push a lead claim
/// out of the window an answer looks back over.
const FILLER: &str = "The county engineer said the bridge passed every inspection.\n\n\
     The road office said traffic rose in May.\n\n\
     The council said the vote would come soon.\n\n\
     The school board said classes would resume.\n\n\
     The sheriff said the roads were clear.\n\n\
     The fire chief said the drill went well.\n\n\
     The library said its hours would change.\n\n\
     The parks office said the pool would open.\n\n\
     The water board said rates would stay flat.\n\n";

#[test]
fn a_group_firing_back_at_a_holders_comments_answers_the_holders_first_claim() {
    // The holder's claim lies far back: the one the article opened on.
    let text = format!(
        "Senator Tom Hale said on Monday that the county's new bridge was the most \
         dangerous bridge in the state.\n\n{FILLER}\
         Local officials also fired back at Hale's comments, including the county chair.\n"
    );
    let r = check(&text);
    let d = only_dispute(&r, "dispute.response");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert!(a.contains("most dangerous bridge"), "{a}");
    assert_eq!(a_src, "Tom Hale");
    assert_eq!(b, "fired back at Hale's comments");
    assert_eq!(b_src, "Local officials");
    // Comments of a holder who said nothing before, or a subject that is no
    // group (a singular noun): no dispute.
    no_disputes(&[
        &format!(
            "Senator Tom Hale spoke on Monday.\n\n{FILLER}\
             Local officials also fired back at Ruiz's comments, including the county chair.\n"
        ),
        &format!(
            "Senator Tom Hale said on Monday that the county's new bridge was the most \
             dangerous bridge in the state.\n\n{FILLER}\
             The crowd also fired back at Hale's comments, including the county chair.\n"
        ),
    ]);
}

#[test]
fn comments_based_on_opinion_not_actual_facts_is_a_verdict_on_them() {
    // "not actual facts" after a comma corrects the predicate before it;
    // its holder's claim may lie beyond the window.
    let text = format!(
        "Senator Tom Hale said on Monday that the county's new bridge was the most \
         dangerous bridge in the state.\n\n{FILLER}\
         The county released a statement saying Hale’s comments “are based on his \
         opinion, not actual facts,” and invited Hale to visit.\n"
    );
    let r = check(&text);
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert!(a.contains("most dangerous bridge"), "{a}");
    assert_eq!(a_src, "Tom Hale");
    assert!(
        b.starts_with("Hale’s comments") && b.ends_with("not actual facts"),
        "{b}"
    );
    assert!(b_src.contains("county"), "{b_src}");
    // A plan, not a claim, based on opinion: no dispute.
    no_disputes(&[&format!(
        "Senator Tom Hale said on Monday that the county's new bridge was the most \
         dangerous bridge in the state.\n\n{FILLER}\
         The county said Hale’s plan is based on his opinion, not actual facts.\n"
    )]);
}

#[test]
fn a_but_right_after_another_sources_denial_turns_against_it() {
    // The turn shares no words with the denial: the denial before it is enough.
    let [(a, a_src), (b, b_src)] = sides_of(
        "The county has long denied any role in the flooding. But in 2020, state \
         engineers disclosed records that showed the dam had been opened by hand.\n",
        "dispute.but",
    );
    assert_eq!(a, "any role in the flooding");
    assert_eq!(a_src, "county");
    assert!(b.starts_with("records that showed"), "{b}");
    assert_eq!(b_src, "state engineers");
    // No denial before, the same source, or another claim between: no dispute.
    no_disputes(&[
        "The county has long praised the new dam. But in 2020, state engineers \
         disclosed records that showed the dam had been opened by hand.\n",
        "The county has long denied any role in the flooding. But in 2020, the county \
         disclosed records that showed the dam had been opened by hand.\n",
        "The county has long denied any role in the flooding. The mayor said the roads \
         were closed. But in 2020, state engineers disclosed records that showed the dam \
         had been opened by hand.\n",
    ]);
}

#[test]
fn a_but_of_experts_weighs_their_judgement_against_the_claim_before() {
    // One shared word ("pledge") and no negation: the specialists are enough.
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz said she will pledge to fix every road in the county by May. \
         But some experts said it would be a hard pledge to keep.\n",
        "dispute.but",
    );
    assert!(a.contains("fix every road"), "{a}");
    assert_eq!(a_src, "Ana Ruiz");
    assert_eq!(b, "it would be a hard pledge to keep");
    assert_eq!(b_src, "some experts");
    // No word shared, a named person among them, or narration between: no dispute.
    no_disputes(&[
        "Mayor Ana Ruiz said she will pledge to fix every road in the county by May. \
         But some experts said the weather in the north was mild.\n",
        "Mayor Ana Ruiz said she will pledge to fix every road in the county by May. \
         But Tom Hale and other experts said it would be a hard pledge to keep.\n",
        "Mayor Ana Ruiz said she will pledge to fix every road in the county by May. \
         The county has 400 miles of road. \
         But some experts said it would be a hard pledge to keep.\n",
    ]);
}

#[test]
fn a_turn_against_a_holders_claim_named_before_it_disputes_it() {
    let [(a, a_src), (b, b_src)] = sides_of(
        "Mayor Ana Ruiz also made a reference to Hale's testimony on the cracks found in the \
         old bridge in May - but she went on to suggest that the cracks were not found \
         by the state.\n",
        "dispute.but",
    );
    assert_eq!(
        a,
        "Hale's testimony on the cracks found in the old bridge in May"
    );
    assert_eq!(a_src, "Hale");
    assert_eq!(b, "that the cracks were not found by the state");
    assert_eq!(b_src, "Ana Ruiz");
    // Both negated, no word shared, or no holder: no dispute.
    no_disputes(&[
        "Mayor Ana Ruiz also made a reference to Hale's testimony on the cracks not found in \
         the old bridge in May - but she went on to suggest that the cracks were not \
         found by the state.\n",
        "Mayor Ana Ruiz also made a reference to Hale's testimony on the budget for the old \
         ferry in May - but she went on to suggest that the roads were not paved by \
         the state.\n",
        "Mayor Ana Ruiz also made a reference to the testimony on the cracks found in the old \
         bridge in May - but she went on to suggest that the cracks were not found by \
         the state.\n",
    ]);
}

#[test]
fn the_subject_of_a_verb_marker_disputes_the_claim_noun_made_a_cue() {
    // whosaid makes "claim" the mayor's cue; the sentence's subject disputes it.
    for (text, rule, who) in [
        (
            "The state audit was important because it appeared to undercut Mayor Ana \
             Ruiz's claim that the old bridge was safe.\n",
            "dispute.contradiction",
            "The state audit",
        ),
        (
            "The state auditors rebutted Mayor Ana Ruiz's claim that the old bridge was safe.\n",
            "dispute.denial",
            "The state auditors",
        ),
    ] {
        let [(a, a_src), (b, b_src)] = sides_of(text, rule);
        assert_eq!(a, "that the old bridge was safe");
        assert_eq!(a_src, "Ana Ruiz");
        assert!(b.starts_with(who) && b.ends_with("Ruiz's claim"), "{b}");
        assert_eq!(b_src, who);
    }
    // A pronoun, or a subject set off by commas: no dispute.
    no_disputes(&[
        "It appeared to undercut Mayor Ana Ruiz's claim that the old bridge was safe.\n",
        "The state auditors, in a letter sent on Monday to the county, rebutted Mayor \
         Ana Ruiz's claim that the old bridge was safe.\n",
    ]);
}

#[test]
fn a_verdict_on_saying_z_disputes_the_claim_before_that_said_it() {
    let r = check(
        "Senator Tom Hale said the mayor had voted against the bridge repair fund. \
         “It’s misleading to suggest that the spring budget was a bridge repair bill,” \
         Mayor Ana Ruiz said.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert!(a.contains("voted against the bridge repair fund"), "{a}");
    assert_eq!(a_src, "Tom Hale");
    assert_eq!(
        b,
        "It’s misleading to suggest that the spring budget was a bridge repair bill"
    );
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_verdict_on_a_named_source_saying_z_disputes_z_as_theirs() {
    let r = check(
        "Governor Ana Ruiz insisted on Monday that Tom Hale was wrong to say the new \
         harbour tax would close the fish market.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the new harbour tax would close the fish market");
    assert_eq!(a_src, "Tom Hale");
    assert!(b.starts_with("Tom Hale was wrong to say"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_verdict_on_saying_what_no_one_said_before_is_no_dispute() {
    for text in [
        // No earlier claim shares a word with what is said.
        "Senator Tom Hale said the mayor had voted against the bridge repair fund. \
         “It is wrong to suggest that teachers earn too much,” Mayor Ana Ruiz said.\n",
        // A verdict on doing, not saying.
        "Senator Tom Hale said the mayor had voted against the bridge repair fund. \
         “It is wrong to close the bridge repair fund,” Mayor Ana Ruiz said.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn more_words_of_denial_doubt_contradiction_and_verdict_dispute_a_claim() {
    for (text, rule, marker) in [
        (
            "The mayor said the new stadium would pay for itself within ten years. The \
             budget director rebuffed the mayor’s claim, saying the stadium would cost \
             taxpayers $40 million.\n",
            "dispute.denial",
            "rebuffed",
        ),
        (
            "The mayor said the new stadium would pay for itself within ten years. The \
             budget director shrugged off the mayor’s claim, saying the stadium would \
             cost taxpayers $40 million.\n",
            "dispute.denial",
            "shrugged off",
        ),
        (
            "Senator Tom Hale said the old bridge was safe for trucks. State engineers \
             called into question Hale’s claim that the old bridge was safe.\n",
            "dispute.questioning",
            "called into question",
        ),
        (
            "The mayor said the new stadium would pay for itself within ten years. \
             Economists were skeptical of the mayor’s claim.\n",
            "dispute.questioning",
            "skeptical of",
        ),
        (
            "Mayor Ana Ruiz said the new tax would fund every school in the county. The \
             state auditor said the figures were at odds with the mayor’s claim that the \
             tax would fund every school.\n",
            "dispute.contradiction",
            "at odds with",
        ),
        (
            "Senator Tom Hale said the mayor had raised taxes twice. “That claim is \
             disingenuous,” Mayor Ana Ruiz said.\n",
            "dispute.verdict",
            "disingenuous",
        ),
    ] {
        let r = check(text);
        let d = only_dispute(&r, rule);
        assert_eq!(
            d.marker.as_ref().map(|m| m.text.as_str()),
            Some(marker),
            "{text}"
        );
    }
}

#[test]
fn the_new_words_without_a_claim_for_object_are_no_dispute() {
    for text in [
        "The mayor said the new stadium would pay for itself within ten years. The \
         budget director shrugged off the cold and said the stadium would open in May.\n",
        "Senator Tom Hale said the old bridge was safe for trucks. State engineers \
         called into question the future of the old bridge.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn a_verdict_on_a_claim_noun_disputes_the_accusation_or_the_holders_claim() {
    let r = check(
        "Two former employees accused the charity of hiding its spending from donors. \
         The charity’s lawyer said the two were looking for attention using \
         categorically false claims.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert!(a.contains("hiding its spending from donors"), "{a}");
    assert!(a_src.contains("former employees"), "{a_src}");
    assert!(b.ends_with("using categorically false claims"), "{b}");
    assert!(b_src.contains("lawyer"), "{b_src}");

    let r = check(
        "Senator Tom Hale said the mayor had raised taxes twice. Mayor Ana Ruiz said \
         voters were tired of Hale’s baseless claims.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the mayor had raised taxes twice");
    assert_eq!(a_src, "Tom Hale");
    assert!(b.ends_with("Hale’s baseless claims"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_verdict_on_a_claim_noun_with_no_accusation_or_holder_is_no_dispute() {
    for text in [
        // No accusation before, no holder named.
        "Senator Tom Hale said the mayor had raised taxes twice. Mayor Ana Ruiz said \
         voters were tired of baseless claims about the budget.\n",
        // The verdict qualifies no claim noun.
        "Two former employees said the charity had moved its offices to Denver. The \
         charity’s lawyer said the two were looking for attention using false names.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn claims_in_a_holders_document_are_that_holders() {
    // Not the claim just before, Ruiz's: the numbers are in Hale's speech.
    let r = check(
        "Senator Tom Hale said on Monday that violent crime in the city had doubled.\n\n\
         Mayor Ana Ruiz said the city would hire 200 more officers next year.\n\n\
         The state police said the numbers in Hale’s speech were incorrect.\n",
    );
    let d = only_dispute(&r, "dispute.verdict");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "that violent crime in the city had doubled");
    assert_eq!(a_src, "Tom Hale");
    assert_eq!(b, "the numbers in Hale’s speech were incorrect");
    assert_eq!(b_src, "state police");
}

#[test]
fn a_first_person_verb_of_dispute_in_a_quotation_is_the_speakers_own() {
    let r = check(
        "Senator Tom Hale said the new stadium would cost taxpayers $40 million.\n\n\
         “I completely disagree with that assessment,” Mayor Ana Ruiz said.\n",
    );
    let d = only_dispute(&r, "dispute.contradiction");
    let [(a, a_src), (b, b_src)] = sides(&r, d);
    assert_eq!(a, "the new stadium would cost taxpayers $40 million");
    assert_eq!(a_src, "Tom Hale");
    assert!(b.starts_with("disagree with that assessment"), "{b}");
    assert_eq!(b_src, "Ana Ruiz");
}

#[test]
fn a_first_person_verb_in_a_quotation_without_a_claim_is_no_dispute() {
    for text in [
        "Senator Tom Hale said the new stadium would cost taxpayers $40 million.\n\n\
         “We reject the senator’s budget for the stadium,” Mayor Ana Ruiz said.\n",
        "Senator Tom Hale said the new stadium would cost taxpayers $40 million.\n\n\
         “I disagree with the timing of the council vote,” Mayor Ana Ruiz said.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}

#[test]
fn a_verdict_noun_after_its_article_and_an_intensifier_judges_the_subject() {
    for (text, marker, b) in [
        (
            "Senator Tom Hale said the mayor had raised taxes twice. “That is an \
             outright lie,” Mayor Ana Ruiz said.\n",
            "lie",
            "That is an outright lie",
        ),
        (
            "Senator Tom Hale said the mayor had raised taxes twice. “That is a \
             complete fabrication,” Mayor Ana Ruiz said.\n",
            "fabrication",
            "That is a complete fabrication",
        ),
    ] {
        let r = check(text);
        let d = only_dispute(&r, "dispute.verdict");
        assert_eq!(d.marker.as_ref().map(|m| m.text.as_str()), Some(marker));
        let [(a, a_src), (bt, b_src)] = sides(&r, d);
        assert_eq!(a, "the mayor had raised taxes twice");
        assert_eq!(a_src, "Tom Hale");
        assert_eq!(bt, b);
        assert_eq!(b_src, "Ana Ruiz");
    }
    // "lie" as a verb is no verdict.
    for text in [
        "Senator Tom Hale said the mayor had raised taxes twice. Mayor Ana Ruiz said \
         she would never lie to voters.\n",
        "Senator Tom Hale said the mayor had raised taxes twice. Mayor Ana Ruiz said \
         the answer would lie in the budget.\n",
    ] {
        let r = check(text);
        assert!(r.disputes.is_empty(), "{text}: {:#?}", r.disputes);
    }
}
