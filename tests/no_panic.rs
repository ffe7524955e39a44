//! No input makes whosaid panic: random texts built from the characters that
//! stress its parsers (quotation marks of every kind, abbreviations, commas,
//! parentheses, non-ASCII letters, line breaks) and from fragments of news.

use whosaid::{Engine, check_text};

/// A small deterministic generator, so a failure can be replayed by its seed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "''",
    "(",
    ")",
    ",",
    ", ",
    ".",
    ". ",
    "?",
    "!",
    "…",
    ":",
    ";",
    "—",
    " — ",
    " – ",
    " — a teacher from Ohio — ",
    "Jason Sims",
    " says ",
    "In a CNN poll released Monday, ",
    " who ",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\u{a0}",
    "\u{feff}",
    "said",
    " said ",
    "told",
    "according to",
    " reportedly ",
    "However, ",
    " but ",
    "Sen.",
    "U.S.",
    "p.m.",
    "J. K.",
    "No. 5",
    "the ",
    "a source familiar with the meeting",
    "Hamas sources",
    "MEE",
    "Middle East Eye",
    "Axios",
    "officials",
    "he",
    "she",
    "they",
    "Dana Ortiz",
    "Ortiz",
    "(CPJ)",
    "Committee to Protect Journalists",
    "İstanbul",
    "ß",
    "東京",
    "🙂",
    "é",
    "date 2025-10-14",
    "(AP Photo/Jane Doe)",
    "This article originally appeared at Antiwar.com.",
    "Dave DeCamp, Antiwar.com) ",
    "denied",
    "disputed",
    "that ",
    "who spoke on condition of anonymity",
    "claimed",
    "yesterday",
    "allegedly",
    "accused",
    "percent",
    "25",
    "speaking to",
    "in a statement",
    "at ",
    "on Monday",
];

#[test]
fn random_texts_never_panic() {
    let engine = Engine::default_engine().unwrap();
    for seed in 0..6000u64 {
        let mut g = Lcg(seed);
        let n = 1 + (g.next() % 160) as usize;
        let text: String = (0..n).map(|_| g.pick(PIECES)).collect();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_text("fuzz.txt", text.clone(), &engine)
        }));
        let report = r.unwrap_or_else(|_| panic!("seed {} panicked on {:?}", seed, text));
        // Every span still maps to the text.
        for c in &report.claims {
            assert_eq!(&text[c.span.start..c.span.end], c.text, "seed {}", seed);
        }
        for f in &report.findings {
            assert!(
                text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
                "seed {}",
                seed
            );
        }
    }
}

/// A user's pack may make any word a cue, so a dispute marker can overlap a
/// cue: "made" as a cue and "made up" as a verdict once sliced a range
/// backwards.
#[test]
fn a_cue_overlapping_a_dispute_marker_does_not_panic() {
    let mut pack = whosaid::Pack::default_pack().unwrap();
    let yaml = "cues:\n  - id: house.made\n    description: made as a cue\n    frame: verb\n    named_source: true\n    words: [made]\n";
    pack.add_source("house", "house.yaml", yaml).unwrap();
    let engine = pack.compile().unwrap();
    let text =
        "The poll was released on Tuesday.\n\nIn Florida, Hispanics made up about 2 in 10 voters.";
    let r = check_text("t.txt", text.into(), &engine);
    for c in &r.claims {
        assert_eq!(&text[c.span.start..c.span.end], c.text);
    }
}

/// A relative "who" as one cue's source inside the subject of the next cue
/// cuts the first content at the end of that subject, which here lies before
/// the content starts: the cut must leave an empty range, not a reversed one.
#[test]
fn a_relative_subject_ending_before_its_content_does_not_panic() {
    let engine = Engine::default_engine().unwrap();
    let text = "a who claimed said(5";
    let r = check_text("t.txt", text.into(), &engine);
    for c in &r.claims {
        assert_eq!(&text[c.span.start..c.span.end], c.text);
    }
}

/// A user's pack may make a noun a cue: "caucuses" read as a verb took the
/// words after it as content, and a later frame opening its own clause at the
/// comma ("…, and a new poll shows …") cut that content before its start.
/// The cut must drop the piece, not leave it reversed for trimming.
#[test]
fn content_cut_before_its_start_by_a_later_clause_does_not_panic() {
    let mut pack = whosaid::Pack::default_pack().unwrap();
    let yaml = "cues:\n  - id: house.caucuses\n    description: caucuses as a cue\n    frame: verb\n    named_source: true\n    words: [caucuses]\n";
    pack.add_source("house", "house.yaml", yaml).unwrap();
    let engine = pack.compile().unwrap();
    let text = "Nevada votes soon.\n\nThe Silver State holds its Democratic caucuses on Saturday, and a new CNN/ORC poll shows Hillary Clinton and the Vermont senator in a dead heat.";
    let r = check_text("t.txt", text.into(), &engine);
    for c in &r.claims {
        assert_eq!(&text[c.span.start..c.span.end], c.text);
    }
}
