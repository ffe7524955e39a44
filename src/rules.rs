//! Rule packs: YAML files of linguistic knowledge, parsed into typed structs
//! and compiled once into matchers.
//!
//! The Rust code knows *how* attribution works in English news (a source, a
//! cue, content); the rule files say *which words* play each part. That keeps
//! house style and new cue verbs out of the code.

use crate::error::Error;
use crate::phrases::{KINDS, Kind, PhraseIndex};
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

/// Packs embedded in the binary besides the default one, so whosaid works
/// with no configuration: (pack, path, text).
pub const EMBEDDED: &[(&str, &str, &str)] = &[(
    "standards",
    "rules/standards/standards.yaml",
    include_str!("../rules/standards/standards.yaml"),
)];

/// The default pack's files.
pub const DEFAULT_PACK: &[(&str, &str)] = &[
    ("rules/cues.yaml", include_str!("../rules/cues.yaml")),
    ("rules/sources.yaml", include_str!("../rules/sources.yaml")),
    ("rules/outlets.yaml", include_str!("../rules/outlets.yaml")),
    ("rules/hedges.yaml", include_str!("../rules/hedges.yaml")),
    (
        "rules/disputes.yaml",
        include_str!("../rules/disputes.yaml"),
    ),
    (
        "rules/findings.yaml",
        include_str!("../rules/findings.yaml"),
    ),
    ("rules/lexicon.yaml", include_str!("../rules/lexicon.yaml")),
];

macro_rules! built_json {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}

/// The embedded files as build.rs converted them to JSON, by path: empty for
/// a file that did not convert. serde_yaml spends about 300 instructions a
/// byte, a third of a one-article check; serde_json a small part of that.
const PREPARSED: &[(&str, &str)] = &[
    ("rules/cues.yaml", built_json!("rules_cues")),
    ("rules/sources.yaml", built_json!("rules_sources")),
    ("rules/outlets.yaml", built_json!("rules_outlets")),
    ("rules/hedges.yaml", built_json!("rules_hedges")),
    ("rules/disputes.yaml", built_json!("rules_disputes")),
    ("rules/findings.yaml", built_json!("rules_findings")),
    ("rules/lexicon.yaml", built_json!("rules_lexicon")),
    (
        "rules/standards/standards.yaml",
        built_json!("rules_standards_standards"),
    ),
];

/// An embedded file as build.rs parsed it, if it did and it reads as a rule file.
fn preparsed(path: &str) -> Option<RuleFile> {
    let (_, json) = PREPARSED.iter().find(|(p, _)| *p == path)?;
    serde_json::from_str(json).ok()
}

/// Texts a rule must fire on and texts it must stay silent on.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub fires: Vec<Example>,
    #[serde(default)]
    pub silent: Vec<String>,
}

/// A `fires` example: the text alone, or the text with what the rule must produce.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Example {
    Text(String),
    Expect(Expectation),
}

/// What a rule must produce on an example. Every field but `text` is optional;
/// those given must all hold.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Expectation {
    pub text: String,
    /// The cue text of the attribution (cue rules).
    #[serde(default)]
    pub cue: Option<String>,
    /// The name of the claim's source, or the matched source phrase (source rules).
    #[serde(default)]
    pub source: Option<String>,
    /// The severity of the finding (finding rules).
    #[serde(default)]
    pub severity: Option<Severity>,
    /// Two substrings, one of each disputed claim (dispute markers).
    #[serde(default)]
    pub dispute: Option<[String; 2]>,
    /// The text the rule matched (pattern findings, hedges, outlets).
    #[serde(default, rename = "match")]
    pub matched: Option<String>,
}

impl Example {
    pub fn text(&self) -> &str {
        match self {
            Example::Text(t) => t,
            Example::Expect(e) => &e.text,
        }
    }

    pub fn expectation(&self) -> Option<&Expectation> {
        match self {
            Example::Text(_) => None,
            Example::Expect(e) => Some(e),
        }
    }
}

/// How a cue attaches to its source and content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frame {
    /// A reporting verb with its source as subject: "Smith said", "said Smith".
    Verb,
    /// A participle whose source is the subject of the main clause:
    /// "Axios reported on the meeting, stating that ...".
    Participle,
    /// A preposition followed by its source: "according to MEE, ...".
    Preposition,
    /// A past participle after a form of "be" or "get" with no "by" agent:
    /// "it was revealed that ...", "Sanders was declared the winner". The
    /// cue names no source; the claim is attributed to no one.
    Passive,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CueRule {
    pub id: String,
    pub description: String,
    pub frame: Frame,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    /// The cue takes a recipient ("told MEE"); an outlet there is an intermediary.
    #[serde(default)]
    pub recipient: bool,
    /// Content after the cue must open with "that", a quotation or a colon;
    /// otherwise the verb has a plain object ("promised $12 million") and is no cue.
    #[serde(default)]
    pub complementizer: bool,
    /// The source must be a named one (person, outlet, organization,
    /// anonymous or group source), not any noun phrase: "a bill called X"
    /// is no attribution, "Trump called the report fake" is.
    #[serde(default)]
    pub named_source: bool,
    /// Inside another cue's content the cue reports a second, nested
    /// attribution ("Song said Clinton had said …"). False for cues that there
    /// are part of what the outer source said ("told the Times that Carter
    /// believes …"), which PolNeAR leaves to the outer attribution.
    #[serde(default = "default_true")]
    pub nests: bool,
    /// The cue reports words said ("said", "according to", "reported").
    /// Inside its content another cue with a subject of its own and a plain
    /// object, no reported clause, quotation or colon ("Kiedis said his band
    /// wrote new songs", "According to aides, the governor criticized the
    /// plan"), tells what happened in the words reported and is no nested
    /// attribution.
    #[serde(default)]
    pub speech: bool,
    /// Preposition frame only: the words are the head nouns of the source ("poll"),
    /// and the cue is one of these prepositions opening the clause a few words
    /// before the head ("In a CNN poll released Monday, …").
    #[serde(default)]
    pub opened_by: Vec<String>,
    /// Places where a word of the rule is no cue, by the word next to it:
    /// "added to her lead", "a TV show". Verb and participle rules only.
    #[serde(default)]
    pub not_cue: Vec<NotCue>,
    /// Passive frame only: the cue is a reaction received ("has drawn
    /// criticism from the union", "faced criticism for the overruns"). Its
    /// subject drew the reaction and is no source: the one reacting follows
    /// "from", or no one is named. Such a claim is a reaction to what the
    /// subject did, not a claim of its own, so it takes no side in a dispute.
    #[serde(default)]
    pub reaction: bool,
    /// Passive frame only: what the report calls a claim this rule
    /// attributes to no one named ("an attitude stated as existing"); an
    /// agentless passive unless the rule says otherwise.
    #[serde(default)]
    pub unnamed_note: Option<String>,
    /// A pattern that must come right before each match of the rule, with
    /// blank space between; the cue then starts where it starts ("was
    /// especially" before "critical of"). Checked on the few places the
    /// rule's own words or pattern match, outside the multi-pattern scan:
    /// there a loop over any words after a word as common as "is" multiplies
    /// the states of the automaton every cue shares (four such rules cost a
    /// 70-article run 33 million instructions, an eighth of it).
    #[serde(default)]
    pub preceded_by: Option<String>,
    #[serde(default)]
    pub examples: Examples,
}

/// A word of a cue rule that is no cue next to certain words: a lexical
/// guard, kept with the rule so its docs and examples cover it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NotCue {
    /// Words of the rule this guard applies to, lower case.
    pub words: Vec<String>,
    /// The word is no cue directly before one of these (lower case; a
    /// punctuation mark stands for itself: "plans," is the noun).
    #[serde(default)]
    pub before: Vec<String>,
    /// The word is no cue directly after one of these ("TV show").
    #[serde(default)]
    pub after: Vec<String>,
}

impl NotCue {
    /// Does the guard turn down `word` (lower case) between `prev` and `next`?
    /// `prev` is the word just before, or `None` when something other than
    /// blanks stands between; `next` is the next word or punctuation mark.
    pub fn rejects(&self, word: &str, prev: Option<&str>, next: &str) -> bool {
        self.words.iter().any(|w| w == word)
            && (self.before.iter().any(|b| b == next)
                || prev.is_some_and(|p| self.after.iter().any(|a| a == p)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Person,
    Outlet,
    Organization,
    Anonymous,
    Group,
    Document,
    Unknown,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Person => "person",
            SourceKind::Outlet => "outlet",
            SourceKind::Organization => "organization",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Group => "group",
            SourceKind::Document => "document",
            SourceKind::Unknown => "unknown",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRule {
    pub id: String,
    pub description: String,
    pub kind: SourceKind,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub examples: Examples,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OutletRule {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "default_outlet_kind")]
    pub kind: SourceKind,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub examples: Examples,
}

fn default_true() -> bool {
    true
}

fn default_outlet_kind() -> SourceKind {
    SourceKind::Outlet
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct HedgeRule {
    pub id: String,
    pub description: String,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    /// The hedge puts a question to the speaker ("when asked whether …",
    /// "Asked on Fox News who leads the party"). After the cue it is the
    /// writer's account of the occasion, so the speaker's claim ends before it.
    #[serde(default)]
    pub question: bool,
    #[serde(default)]
    pub examples: Examples,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisputeKind {
    Denial,
    Contradiction,
    Correction,
    Questioning,
}

impl DisputeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeKind::Denial => "denial",
            DisputeKind::Contradiction => "contradiction",
            DisputeKind::Correction => "correction",
            DisputeKind::Questioning => "questioning",
        }
    }
}

/// How much a marker says on its own: a strong one ("denied", "however")
/// signals disagreement; a weak one ("but") needs more topical evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Strong,
    Weak,
}

/// Where a dispute marker stands and what it links: a sentence adverb
/// ("However, ...") sets its claim against an earlier one; a verb ("denied
/// the report", "rejected Y's claim that Z") disputes its object, which must
/// be a claim; a verdict ("is not true", "calling the report false") judges
/// its subject, which must be a claim; a negation opening a source's answer
/// ("No, I meant ...") contradicts the claim of another source just before
/// that asserts what it negates; a noun of conflict "between" two claims
/// with their holders ("inconsistencies between her claim that Z and
/// Comey's testimony") sets them against each other; a source's statement
/// of its own innocence ("we have absolutely no violations") answers the
/// nearest accusation before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DisputeFrame {
    #[default]
    Adverb,
    Verb,
    Verdict,
    Negation,
    Between,
    Innocence,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeRule {
    pub id: String,
    pub description: String,
    pub kind: DisputeKind,
    pub strength: Strength,
    #[serde(default)]
    pub frame: DisputeFrame,
    /// For `verb` markers: nouns that make the object a claim ("the accusations",
    /// "that idea"); any other noun ("a request") is no dispute.
    #[serde(default)]
    pub objects: Vec<String>,
    /// For `verb` markers: the object may be the other source itself
    /// ("contradicted him", "questioned Pence about that position").
    #[serde(default)]
    pub person_object: bool,
    /// For `verb` markers: the object must name whose claim it is ("the
    /// judge's ruling") or carry its content ("the decision that ..."); a claim
    /// noun alone ("reversed his decision") is no dispute.
    #[serde(default)]
    pub named_object: bool,
    /// For `adverb` markers: the earlier claim must name the disputing
    /// claim's source, an account of what that source said ("Comey said my
    /// answers were truthful" ... "Comey said only that ...").
    #[serde(default)]
    pub about_source: bool,
    /// For `verb` markers: a combative answer ("fired back", "countered")
    /// answers the claim of another source just before whatever its words,
    /// when its object names no claim or shares no topic with an earlier one.
    #[serde(default)]
    pub answers: bool,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    #[serde(default)]
    pub examples: Examples,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Where a pattern finding looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// The whole file, furniture included.
    Document,
    /// Body paragraphs, quotations included.
    Body,
    /// The narrator's own voice: unattributed claims, outside quotations.
    Narrator,
    /// Inside quotations.
    Quote,
    Headline,
    /// The first body paragraph.
    Lede,
    Caption,
    /// The attribution cue of a claim ("claimed" in "the mayor claimed").
    Cue,
    /// A claim's source phrase ("critics" in "critics say").
    Source,
    /// What an attributed claim says, outside quotations.
    Content,
}

impl Scope {
    pub const ALL: &'static [&'static str] = &[
        "document", "body", "narrator", "quote", "headline", "lede", "caption", "cue", "source",
        "content",
    ];
}

/// The analyses behind finding rules that a pattern cannot express.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    UnattributedClaim,
    AnonymousSource,
    HedgeWithoutReporter,
    UnnamedSource,
    Dispute,
    StaleCaption,
    UnbalancedQuote,
    BrokenByline,
    AnonymousWithoutDescription,
    AnonymousWithoutReason,
    AnonymousOpinion,
    AnonymousLede,
    SourcesBecomeSource,
    AllegedWithoutAccuser,
    NoResponseSought,
    QuoteWithoutSpeaker,
    QuotesRunTogether,
    CaptionIncomplete,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FindingRule {
    pub id: String,
    pub description: String,
    pub severity: Severity,
    /// Why it matters, for `whosaid explain`.
    #[serde(default)]
    pub why: Option<String>,
    /// The standard the rule comes from (style book, policy), when there is one.
    #[serde(default)]
    pub standard: Option<String>,
    /// The message of a finding; `{match}` stands for the matched text.
    #[serde(default)]
    pub message: Option<String>,
    /// A built-in analysis; a finding rule has either a check or words/pattern.
    #[serde(default)]
    pub check: Option<Check>,
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub pattern: Option<String>,
    /// Where words/pattern are looked for (default `body`); not for checks.
    #[serde(default)]
    pub scope: Option<Scope>,
    /// Check parameter: words that, found nearby, silence the check
    /// ("because", "not authorized to speak" for anonymity reasons).
    #[serde(default)]
    pub unless: Vec<String>,
    /// Check parameter: words the check looks for (opinion words, accusations).
    #[serde(default)]
    pub triggers: Vec<String>,
    #[serde(default)]
    pub examples: Examples,
}

/// Change a rule of another pack without restating it.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub id: String,
    #[serde(default)]
    pub severity: Option<Severity>,
    #[serde(default)]
    pub enabled: Option<bool>,
}

/// Word lists that steer segmentation and attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LexiconClass {
    /// Abbreviations that never end a sentence ("Mr.", "Sen.").
    TitleAbbreviation,
    /// Abbreviations that do not end a sentence before a number ("No. 5", "Sept. 12").
    NumberAbbreviation,
    /// Abbreviations that end a sentence only before a typical sentence opener ("U.S.", "p.m.").
    AmbiguousAbbreviation,
    /// Words that typically open a sentence; used to decide ambiguous abbreviations.
    SentenceStarter,
    /// Words that may stand between a source and its cue ("also", "reportedly").
    SkipAdverb,
    /// Role words that belong to a person's name phrase ("envoy", "President").
    TitleWord,
    /// Phrases that introduce an intermediary after a source ("speaking to").
    ViaPhrase,
    /// Pronouns that can be the source of a cue.
    Pronoun,
    /// Words that open a new clause after a comma (", and", ", but").
    ClauseConjunction,
    /// Words that end a name phrase when scanning backwards (verbs, prepositions).
    Stopword,
    /// Common nouns for people or groups of people ("voters", "the moderator").
    PeopleNoun,
    /// Common nouns for things people write or say ("the op-ed", "his remarks").
    DocumentNoun,
    /// Verbs that take a that-clause without reporting one ("ensured that",
    /// "means that"); the built-in `cue.unlisted-verb` frame skips them.
    UnlistedVerbStop,
    /// First names and person titles that mark a woman ("Hillary", "Mrs.",
    /// "congresswoman"): "she" resolves only to a person they mark.
    FemalePersonWord,
    /// First names and person titles that mark a man ("Barack", "Mr.").
    MalePersonWord,
    /// Plural nouns for bodies of specialists ("experts", "economists"):
    /// "But some experts said …" weighs their judgement against the claim
    /// just before it.
    SpecialistNoun,
    /// Quantifiers that make a subject a share of people ("*most* in both
    /// states supported", "*none* of the three"): such a subject passes the
    /// `named_source` check of a cue.
    ShareWord,
    /// Verbs of leading or causing whose object is the subject of the
    /// infinitive after it ("*leaving* many to wonder", "*led* her to declare").
    ControlVerb,
    /// Verbs that put out a statement, letter or post ("*issued* a statement
    /// saying", "*wrote* a letter calling"): with such an object, the verb
    /// and the participle that quotes the object are one attribution.
    IssuingVerb,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconRule {
    pub id: String,
    pub description: String,
    pub class: LexiconClass,
    pub words: Vec<String>,
    #[serde(default)]
    pub examples: Examples,
}

/// One YAML rule file. Every section is optional; a file may hold any mix.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    #[serde(default)]
    pub cues: Vec<CueRule>,
    #[serde(default)]
    pub sources: Vec<SourceRule>,
    #[serde(default)]
    pub outlets: Vec<OutletRule>,
    #[serde(default)]
    pub hedges: Vec<HedgeRule>,
    #[serde(default)]
    pub dispute_markers: Vec<DisputeRule>,
    #[serde(default)]
    pub findings: Vec<FindingRule>,
    #[serde(default)]
    pub lexicon: Vec<LexiconRule>,
    #[serde(default)]
    pub overrides: Vec<Override>,
}

impl RuleFile {
    /// Every rule id the file defines, in order.
    pub fn ids(&self) -> impl Iterator<Item = &String> {
        self.cues
            .iter()
            .map(|r| &r.id)
            .chain(self.sources.iter().map(|r| &r.id))
            .chain(self.outlets.iter().map(|r| &r.id))
            .chain(self.hedges.iter().map(|r| &r.id))
            .chain(self.dispute_markers.iter().map(|r| &r.id))
            .chain(self.findings.iter().map(|r| &r.id))
            .chain(self.lexicon.iter().map(|r| &r.id))
    }
}

/// One parsed rule file and the pack it belongs to.
#[derive(Debug, Clone)]
pub struct PackFile {
    pub pack: String,
    /// Which loading of a pack this file came from: a user folder named
    /// `default` is a pack of its own, not more files of the embedded one.
    pub instance: usize,
    pub path: String,
    pub text: String,
    pub file: RuleFile,
}

/// Rule files from one or more packs, in load order, not yet compiled. A
/// later pack's rule replaces an earlier one with the same id.
#[derive(Debug, Clone, Default)]
pub struct Pack {
    pub files: Vec<PackFile>,
    /// Packs switched off whole.
    pub disabled: Vec<String>,
    /// The next file starts a new loading of a pack (set by `add_dir`).
    new_instance: bool,
}

/// Most YAML aliases a rule file may use: rule files need few, and a
/// "billion laughs" file needs many.
const MAX_ALIASES: usize = 64;

/// A serde_yaml error as whosaid reports it: path:line:column and a message in rule terms.
pub(crate) fn yaml_error(path: &str, e: serde_yaml::Error) -> Error {
    let (line, column) = match e.location() {
        Some(l) => (Some(l.line()), Some(l.column())),
        None => (None, None),
    };
    // serde_yaml appends "at line X column Y" itself; the position is ours to print.
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    // Say what is wrong with a scope in words of rules, not of serde.
    if let Some(k) = message.find(": unknown field `scope`") {
        let place = message[..k].to_string();
        let kind = match place.split('[').next().unwrap_or(&place) {
            "cues" => "cue",
            "sources" => "source",
            "outlets" => "outlet",
            "hedges" => "hedge",
            "dispute_markers" => "dispute-marker",
            "overrides" => "override",
            other => other,
        }
        .to_string();
        message = format!(
            "{}: `scope` does not apply to {} rules; only finding rules with `words` or `pattern` have a scope",
            place, kind
        );
    } else if let Some(k) = message.find(".scope: unknown variant `") {
        let place = message[..k].to_string();
        let rest = &message[k + ".scope: unknown variant `".len()..];
        let bad = rest.split('`').next().unwrap_or("").to_string();
        message = format!(
            "{}: unknown scope `{}`; a scope is one of {}",
            place,
            bad,
            Scope::ALL.join(", ")
        );
    }
    Error::Rule {
        path: path.to_string(),
        line,
        column,
        message,
    }
}

/// Refuse files with more YAML aliases than any rule file needs, before
/// parsing expands them.
fn check_aliases(path: &str, text: &str) -> Result<(), Error> {
    let mut count = 0;
    let b = text.as_bytes();
    // Only the asterisks are looked at (found with memchr): reading every
    // byte of the embedded rule files cost more than a tenth of a start.
    for (i, _) in text.match_indices('*') {
        let starts_alias = b
            .get(i + 1)
            .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'_')
            && (i == 0 || matches!(b[i - 1], b' ' | b'[' | b',' | b'\n' | b':' | b'-'));
        if starts_alias {
            count += 1;
            if count > MAX_ALIASES {
                let idx = crate::span::LineIndex::new(text);
                let (l, c) = idx.position(text, i);
                return Err(Error::Rule {
                    path: path.into(),
                    line: Some(l),
                    column: Some(c),
                    message: format!(
                        "more than {} YAML aliases; refusing to expand them (an alias bomb?)",
                        MAX_ALIASES
                    ),
                });
            }
        }
    }
    Ok(())
}

/// Position (1-based line, column) of the first occurrence of `needle` in `text`.
fn locate(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
    locate_nth(text, needle, 1)
}

/// Position of `field:` within the rule whose id is `id`, or of the rule itself.
fn locate_field(text: &str, id: &str, field: &str) -> (Option<usize>, Option<usize>) {
    let Some(at) = text.find(&format!("id: {}", id)) else {
        return (None, None);
    };
    let rest = &text[at..];
    let end = rest[1..].find("- id:").map_or(rest.len(), |k| k + 1);
    match rest[..end].find(&format!("{}:", field)) {
        Some(k) => {
            let idx = crate::span::LineIndex::new(text);
            let (l, c) = idx.position(text, at + k);
            (Some(l), Some(c))
        }
        None => locate(text, &format!("id: {}", id)),
    }
}

impl Pack {
    /// The embedded packs: `default`, then `standards`.
    pub fn default_pack() -> Result<Pack, Error> {
        let mut pack = Pack::default();
        let embedded = DEFAULT_PACK
            .iter()
            .map(|(path, text)| ("default", path, text))
            .chain(
                EMBEDDED
                    .iter()
                    .map(|(name, path, text)| (*name, path, text)),
            );
        for (name, path, text) in embedded {
            match preparsed(path) {
                Some(file) => {
                    check_aliases(path, text)?;
                    pack.add_file(name, path, text, file);
                }
                None => pack.add_source(name, path, text)?,
            }
        }
        Ok(pack)
    }

    pub fn add_source(&mut self, pack: &str, path: &str, text: &str) -> Result<(), Error> {
        check_aliases(path, text)?;
        let file: RuleFile = if text.trim().is_empty() {
            RuleFile::default()
        } else {
            serde_yaml::from_str(text).map_err(|e| yaml_error(path, e))?
        };
        self.add_file(pack, path, text, file);
        Ok(())
    }

    /// A parsed rule file of `pack`, read from `path`, whose text is `text`.
    fn add_file(&mut self, pack: &str, path: &str, text: &str, file: RuleFile) {
        let instance = match self.files.last() {
            Some(f) if f.pack == pack && !self.new_instance => f.instance,
            Some(f) => f.instance + 1,
            None => 0,
        };
        self.new_instance = false;
        self.files.push(PackFile {
            pack: pack.to_string(),
            instance,
            path: path.to_string(),
            text: text.to_string(),
            file,
        });
    }

    /// Add a pack: every `.yaml`/`.yml` file of a folder, in name order. The
    /// pack is named after the folder.
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), Error> {
        let rd = std::fs::read_dir(dir).map_err(|e| Error::Read {
            path: dir.to_path_buf(),
            reason: e.to_string(),
        })?;
        let mut paths: Vec<_> = rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("yaml") | Some("yml")
                )
            })
            .collect();
        paths.sort();
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| dir.display().to_string());
        self.new_instance = true;
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|e| Error::Read {
                path: p.clone(),
                reason: e.to_string(),
            })?;
            self.add_source(&name, &p.display().to_string(), &text)?;
        }
        Ok(())
    }

    /// Switch a whole pack off.
    pub fn disable(&mut self, name: &str) {
        self.disabled.push(name.to_string());
    }

    /// Check ids are unique and every pattern compiles; compile the pack.
    pub fn compile(&self) -> Result<Engine, Error> {
        Engine::build(self)
    }
}

/// A lexicon entry or a regex, as written in a rule.
fn fragment(words: &[String], pattern: &Option<String>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = pattern {
        // Patterns match whole words, like word lists do: a word boundary where
        // the pattern starts with a letter, digit or group, and ends with one.
        let starts = p.starts_with(|c: char| c.is_alphanumeric() || c == '(');
        let ends = p.ends_with(|c: char| c.is_alphanumeric() || c == ')');
        out.push(format!(
            "{}(?:{}){}",
            if starts { r"(?-u:\b)" } else { "" },
            p,
            if ends { r"(?-u:\b)" } else { "" }
        ));
    }
    let mut ws: Vec<&String> = words.iter().collect();
    // Longest first, so "according to" is not cut short by a shorter word.
    ws.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for w in ws {
        out.push(word_regex(w));
    }
    out
}

/// A literal word or phrase as a regex: flexible white space, either
/// apostrophe, and ASCII word boundaries where the word starts or ends with
/// a word character (ASCII boundaries keep the regex on the fast DFA path).
pub fn word_regex(w: &str) -> String {
    let mut s = String::new();
    let first = w.chars().next().unwrap_or(' ');
    let last = w.chars().last().unwrap_or(' ');
    if first.is_alphanumeric() {
        s.push_str(r"(?-u:\b)");
    }
    for (i, part) in w.split(' ').filter(|p| !p.is_empty()).enumerate() {
        if i > 0 {
            // One blank between words; `\s+` here makes the scan several times slower.
            s.push_str(r"[ \t\n\x{a0}]");
        }
        for c in part.chars() {
            match c {
                '\'' | '’' => s.push_str("['’]"),
                _ => s.push_str(&regex::escape(&c.to_string())),
            }
        }
    }
    if last.is_alphanumeric() {
        s.push_str(r"(?-u:\b)");
    }
    s
}

/// Normalise matched text for lexicon look-up: lower case (unless case
/// matters), single spaces, straight apostrophes.
pub fn normalize_key(s: &str, fold_case: bool) -> String {
    if s.is_ascii() {
        normalize_ascii_key(s, fold_case)
    } else {
        normalize_any_key(s, fold_case)
    }
}

/// [`normalize_key`] of any text, character by character.
fn normalize_any_key(s: &str, fold_case: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if crate::span::is_blank(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        let c = if c == '’' { '\'' } else { c };
        if fold_case {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// [`normalize_key`] of ASCII text, byte by byte: rule words are nearly all
/// ASCII, and thousands are normalised at every start.
fn normalize_ascii_key(s: &str, fold_case: bool) -> String {
    // Most keys are one word: a copy, lower-cased in place.
    if !s.bytes().any(|b| matches!(b, b' ' | b'\t'..=b'\r')) {
        let mut out = s.to_string();
        if fold_case {
            out.make_ascii_lowercase();
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for &b in s.as_bytes() {
        if char::from(b).is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(char::from(if fold_case {
            b.to_ascii_lowercase()
        } else {
            b
        }));
    }
    out
}

/// The regex rules of one kind compiled into a single scan: one multi-pattern
/// regex finds every match of every pattern in one pass and says which
/// pattern matched, with the leftmost-first priority of one alternation
/// (the first pattern loaded wins a place). Word lists go to the shared
/// [`PhraseIndex`] instead, which is faster than any regex for them.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    re: Option<regex_automata::meta::Regex>,
    /// The rule of each pattern, by pattern id.
    set_rules: Vec<usize>,
    /// For findings: one regex per rule, because several rules may flag the
    /// same words and each must see its own matches (a combined regex gives
    /// each place to one rule only). Pattern findings are few.
    separate: Vec<(Regex, usize)>,
    /// By rule: what must come right before a match of its pattern or of
    /// its words, which the phrase index finds (a cue rule's `preceded_by`),
    /// ending at the match's start.
    rule_before: Vec<(usize, Regex)>,
}

/// A rule's word list and pattern, and the id to blame if it fails to compile.
struct Entry<'a> {
    rule: usize,
    id: &'a str,
    words: Vec<String>,
    pattern: Option<String>,
    preceded_by: Option<String>,
}

/// The first of `entries` whose pattern does not parse, as that rule's
/// error (with the message `Regex::new` gives). A pattern is parsed as it is
/// compiled, wrapped in a group, so one that fails here also fails the
/// matcher and one that passes cannot: this runs only once a matcher has
/// failed to compile, or before another error of a later rule is reported.
fn first_pattern_error(
    entries: &[Entry],
    fold_case: bool,
    src: &dyn Fn(&str) -> (String, String),
) -> Option<Error> {
    entries.iter().find_map(|e| {
        let p = e.pattern.as_ref()?;
        let anchored = format!("{}^(?:{})$", if fold_case { "(?i)" } else { "" }, p);
        let err = regex_automata::util::syntax::parse(&anchored).err()?;
        let (path, text) = src(e.id);
        let (line, column) = locate(&text, p.lines().next().unwrap_or(p));
        Some(Error::Rule {
            path,
            line,
            column,
            message: format!(
                "rule `{}`: invalid pattern: {}",
                e.id,
                regex_error_reason(&err.to_string())
            ),
        })
    })
}

/// The reason a regex error gives on its last line ("unclosed group"),
/// without the pattern it quotes above it.
fn regex_error_reason(err: &str) -> &str {
    err.lines()
        .last()
        .unwrap_or("")
        .trim_start_matches("error: ")
}

impl Matcher {
    /// Index the words of `entries` in `phrases` under `kind`; compile the patterns.
    fn build(
        entries: &[Entry],
        fold_case: bool,
        kind: Kind,
        phrases: &mut PhraseIndex,
        src: &dyn Fn(&str) -> (String, String),
    ) -> Result<Matcher, Error> {
        let mut alts = Vec::new();
        let mut set_rules = Vec::new();
        let mut rule_before: Vec<(usize, Regex)> = Vec::new();
        let flag = |p: String| if fold_case { format!("(?i){}", p) } else { p };
        // Each place in the text goes to one rule, the first loaded, so a word
        // listed by two rules would never match for the second: refuse it
        // rather than leave a rule that silently does less than it says.
        let shared_words = !matches!(kind, Kind::Finding | Kind::Param);
        let mut owner: HashMap<String, &str, std::hash::BuildHasherDefault<crate::phrases::Fnv>> =
            HashMap::with_capacity_and_hasher(
                entries.iter().map(|e| e.words.len()).sum(),
                Default::default(),
            );
        for (i, e) in entries.iter().enumerate() {
            for w in e.words.iter().filter(|_| shared_words) {
                let first = *owner.entry(normalize_key(w, fold_case)).or_insert(e.id);
                if first != e.id {
                    // An invalid pattern of an earlier rule is the first error.
                    if let Some(err) = first_pattern_error(&entries[..i], fold_case, src) {
                        return Err(err);
                    }
                    let (path, text) = src(e.id);
                    let (line, column) = locate_field(&text, e.id, "words");
                    return Err(Error::Rule {
                        path,
                        line,
                        column,
                        message: format!(
                            "rule `{}`: `{}` is already a word of rule `{}`, which is loaded first and \
                             so would always take it; list it in one rule only (or override `{}` by its id)",
                            e.id, w, first, first
                        ),
                    });
                }
            }
            let mut pats: Vec<String> = Vec::new();
            // Patterns are checked for syntax errors only if the matcher
            // fails to compile (`first_pattern_error`): parsing each apart
            // cost more than a tenth of building the engine.
            pats.extend(fragment(&[], &e.pattern));
            for w in &e.words {
                // Words that do not start with a letter or digit stay regexes.
                if !phrases.add(w, fold_case, kind, e.rule) {
                    pats.push(word_regex(w));
                }
            }
            let before = match &e.preceded_by {
                None => None,
                Some(p) => Some(preceded_by_regex(p, fold_case).map_err(|err| {
                    let (path, text) = src(e.id);
                    let (line, column) = locate(&text, p.lines().next().unwrap_or(p));
                    Error::Rule {
                        path,
                        line,
                        column,
                        message: format!(
                            "rule `{}`: invalid preceded_by: {}",
                            e.id,
                            regex_error_reason(&err.to_string())
                        ),
                    }
                })?),
            };
            if let Some(b) = &before {
                rule_before.push((e.rule, b.clone()));
            }
            for p in pats {
                set_rules.push(e.rule);
                alts.push(p);
            }
        }
        if alts.is_empty() {
            return Ok(Matcher {
                rule_before,
                ..Matcher::default()
            });
        }
        // A rule's invalid pattern is reported as that rule's error; only a
        // failure no single pattern explains is blamed on the combination.
        let compile_err = |e: regex::Error| {
            first_pattern_error(entries, fold_case, src).unwrap_or_else(|| Error::Rule {
                path: "rules".into(),
                line: None,
                column: None,
                message: format!("cannot compile the combined patterns: {}", e),
            })
        };
        if kind == Kind::Finding {
            let separate = alts
                .iter()
                .zip(&set_rules)
                .map(|(p, r)| Regex::new(&flag(p.clone())).map(|re| (re, *r)))
                .collect::<Result<Vec<_>, _>>()
                .map_err(compile_err)?;
            return Ok(Matcher {
                separate,
                ..Matcher::default()
            });
        }
        // The limits a `RegexBuilder` sets with `size_limit` and `dfa_size_limit`.
        let pats: Vec<String> = alts.into_iter().map(flag).collect();
        // No literal prefilter for source and dispute patterns: they fold
        // case from their first word ("(?i:sources?|officials?|…)", "(?i)do|does|
        // did…"), so their prefixes are many short literals in every case.
        // Measured on a 70-article run, the prefilter cost 5.6M instructions
        // to build for these two matchers and either saved nothing (sources)
        // or made the scan slower (disputes, 6.8M -> 4.6M without it). Cue
        // and hedge patterns keep it: their first words match in one case
        // only, and a hedge pattern's Unicode `\b` sends the search to the
        // PikeVM, which needs the prefilter to skip most of the text (without
        // it the hedge scan took 34 times as long). What matches is the same
        // either way.
        let prefilter = !matches!(kind, Kind::Source | Kind::Dispute);
        let re = regex_automata::meta::Regex::builder()
            .configure(
                regex_automata::meta::Config::new()
                    .nfa_size_limit(Some(64 << 20))
                    .hybrid_cache_capacity(64 << 20)
                    .auto_prefilter(prefilter),
            )
            .build_many(&pats)
            .map_err(|e| {
                first_pattern_error(entries, fold_case, src).unwrap_or_else(|| Error::Rule {
                    path: "rules".into(),
                    line: None,
                    column: None,
                    message: format!("cannot compile the combined patterns: {}", e),
                })
            })?;
        Ok(Matcher {
            re: Some(re),
            set_rules,
            separate: Vec::new(),
            rule_before,
        })
    }

    /// What must come right before a match of `rule` found by word (its
    /// `preceded_by`), if the rule says.
    pub fn before_of(&self, rule: usize) -> Option<&Regex> {
        self.rule_before
            .iter()
            .find(|(r, _)| *r == rule)
            .map(|(_, b)| b)
    }

    /// Every pattern match in `text`, as (byte range, rule index), in order.
    pub fn find_all(&self, text: &str) -> Vec<(Range<usize>, usize)> {
        if !self.separate.is_empty() {
            let mut out: Vec<(Range<usize>, usize)> = self
                .separate
                .iter()
                .flat_map(|(re, r)| {
                    re.find_iter(text)
                        .filter(|m| m.start() < m.end())
                        .map(move |m| (m.range(), *r))
                })
                .collect();
            out.sort_by_key(|(m, r)| (m.start, *r));
            return out;
        }
        let Some(re) = &self.re else {
            return Vec::new();
        };
        if self.rule_before.is_empty() {
            return re
                .find_iter(text)
                .filter(|m| m.start() < m.end())
                .map(|m| (m.range(), self.set_rules[m.pattern().as_usize()]))
                .collect();
        }
        // As `find_iter`, but a match whose rule wants something before it
        // takes that in, or is no match: the search goes on from the next
        // character, so a pattern starting inside it can still match.
        let mut out = Vec::new();
        let mut at = 0;
        while at <= text.len() {
            let Some(m) = re.search(&regex_automata::Input::new(text).range(at..)) else {
                break;
            };
            let p = m.pattern().as_usize();
            let start = match self.before_of(self.set_rules[p]) {
                None => Some(m.start()),
                Some(before) => preceding_start(before, text, m.start()),
            };
            match start {
                Some(s) if m.start() < m.end() => {
                    out.push((s..m.end(), self.set_rules[p]));
                    at = m.end();
                }
                _ => {
                    at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        out
    }
}

/// `preceded_by` as a regex that matches only at the end of the text before
/// a match, from a word's start, with blank space after it.
fn preceded_by_regex(p: &str, fold_case: bool) -> Result<Regex, regex::Error> {
    let re = format!(r"(?-u:\b)(?:{p})\s+$");
    Regex::new(&if fold_case { format!("(?i){re}") } else { re })
}

/// Where what `before` matches right before `start` begins, if it does: it
/// is looked for in the 160 bytes before, from the first word that starts
/// there, so it costs the same whatever the length of the text.
fn preceding_start(before: &Regex, text: &str, start: usize) -> Option<usize> {
    let mut from = start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if from > 0 {
        let (i, c) = text[from..start]
            .char_indices()
            .find(|&(_, c)| c.is_whitespace())?;
        from += i + c.len_utf8();
    }
    before.find(&text[from..start]).map(|m| from + m.start())
}

/// Lexicon word sets, by class (the enum's index), normalised for look-up.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    sets: Vec<FnvSet<String>>,
    /// The words as written, for case-sensitive look-up.
    exact: Vec<FnvSet<String>>,
    /// Multi-word via phrases, longest first.
    pub via_phrases: Vec<String>,
}

type FnvSet<T> = HashSet<T, std::hash::BuildHasherDefault<crate::phrases::Fnv>>;
/// The rule merge's maps by rule id: hundreds of short keys hashed at every
/// start, where SipHash's resistance to chosen keys buys nothing.
type FnvMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<crate::phrases::Fnv>>;

impl Lexicon {
    pub fn has(&self, class: LexiconClass, word: &str) -> bool {
        let Some(set) = self.sets.get(class as usize) else {
            return false;
        };
        // The common case, a short lower-case ASCII word, needs no allocation.
        if word.len() <= 32
            && word
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-' || b == b'.')
        {
            return set.contains(word);
        }
        // A short printable ASCII word ("Trump", "U.S."): lower case on the stack,
        // which is all `normalize_key` would do to it.
        if word.len() <= 32 && word.bytes().all(|b| b.is_ascii_graphic()) {
            let mut buf = [0u8; 32];
            let key = &mut buf[..word.len()];
            key.copy_from_slice(word.as_bytes());
            key.make_ascii_lowercase();
            return std::str::from_utf8(key).is_ok_and(|k| set.contains(k));
        }
        set.contains(&normalize_key(word, true))
    }
    /// Case-sensitive membership (for abbreviations, where "US" and "us" differ).
    pub fn has_exact(&self, class: LexiconClass, word: &str) -> bool {
        self.exact
            .get(class as usize)
            .is_some_and(|s| s.contains(word))
    }

    fn insert(&mut self, class: LexiconClass, word: &str) {
        let k = class as usize;
        if self.sets.len() <= k {
            self.sets.resize_with(k + 1, Default::default);
            self.exact.resize_with(k + 1, Default::default);
        }
        let key = normalize_key(word, true);
        // One set held both forms, the exact one behind a '='; a normalised
        // word that starts with '=' answered exact look-ups too.
        if let Some(rest) = key.strip_prefix('=') {
            self.exact[k].insert(rest.to_string());
        }
        self.sets[k].insert(key);
        self.sets[k].insert(format!("={}", word));
        self.exact[k].insert(word.to_string());
    }
}

/// A compiled pack: everything the pipeline needs, built once per run.
#[derive(Debug, Clone)]
pub struct Engine {
    /// Word lists of every kind, scanned in one pass.
    pub phrases: PhraseIndex,
    pub cues: Vec<CueRule>,
    pub cue_matcher: Matcher,
    /// The words of `frame: passive` cue rules (see `Frame::Passive`).
    pub passive_matcher: Matcher,
    pub sources: Vec<SourceRule>,
    pub source_matcher: Matcher,
    pub outlets: Vec<OutletRule>,
    pub outlet_matcher: Matcher,
    pub hedges: Vec<HedgeRule>,
    pub hedge_matcher: Matcher,
    pub disputes: Vec<DisputeRule>,
    pub dispute_matcher: Matcher,
    /// Each dispute rule's `objects`, lower-cased, for look-up.
    pub dispute_objects: Vec<HashSet<String>>,
    /// The one-word cues of `frame: verb` rules, lower-cased, for look-up
    /// (a speaker tag after a quotation, "“…” Trump said.").
    pub cue_verbs: HashSet<String>,
    /// Finding rules in pack order; pattern findings are matched by `finding_matcher`.
    pub findings: Vec<FindingRule>,
    pub finding_matcher: Matcher,
    pub lexicon: Lexicon,
    pub lexicon_rules: Vec<LexiconRule>,
    /// Every active rule, for `whosaid rules list` and `explain`.
    pub rule_info: Vec<RuleInfo>,
    pub disabled_packs: Vec<String>,
    /// Cue rules by id: a claim records the id of the rule that found it.
    cue_ids: FnvMap<String, usize>,
}

/// One rule as `whosaid rules list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    pub id: String,
    pub kind: &'static str,
    pub severity: Option<Severity>,
    pub description: String,
    /// The pack the rule comes from.
    pub pack: String,
    /// The pack whose rule of the same id this one replaced.
    pub replaced: Option<String>,
}

pub fn check_name(c: Check) -> String {
    serde_yaml::to_string(&c)
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// The rules of every active file of a pack, merged by id (a later pack's rule
/// replaces an earlier one's), with where each came from for error positions
/// and for `whosaid rules`.
struct Merged<'p> {
    cues: Vec<CueRule>,
    sources: Vec<SourceRule>,
    outlets: Vec<OutletRule>,
    hedges: Vec<HedgeRule>,
    disputes: Vec<DisputeRule>,
    findings: Vec<FindingRule>,
    lexicon_rules: Vec<LexiconRule>,
    /// Rule id -> (path, file text): borrowed, as a file's whole text for
    /// each of its rules would be copied otherwise.
    texts: FnvMap<String, (&'p str, &'p str)>,
    /// Rule id -> the pack it came from, and the pack it replaced.
    origin: FnvMap<String, String>,
    replaced: FnvMap<String, String>,
    overrides: Vec<(Override, &'p str, &'p str)>,
}

/// Every compiled matcher but the phrase index they share.
struct Matchers {
    cue: Matcher,
    passive: Matcher,
    source: Matcher,
    hedge: Matcher,
    dispute: Matcher,
    outlet: Matcher,
    finding: Matcher,
}

impl<'p> Merged<'p> {
    /// Merge the files of the pack's enabled packs, refusing an id defined
    /// twice within one pack.
    fn gather(pack: &'p Pack) -> Result<Merged<'p>, Error> {
        let mut m = Merged {
            cues: Vec::new(),
            sources: Vec::new(),
            outlets: Vec::new(),
            hedges: Vec::new(),
            disputes: Vec::new(),
            findings: Vec::new(),
            lexicon_rules: Vec::new(),
            texts: FnvMap::default(),
            origin: FnvMap::default(),
            replaced: FnvMap::default(),
            overrides: Vec::new(),
        };
        // Ids seen in the current pack, to catch duplicates within a pack.
        let mut in_pack: FnvMap<String, (String, FnvSet<String>)> = FnvMap::default();
        let mut instance_of: FnvMap<String, usize> = FnvMap::default();
        for pf in pack
            .files
            .iter()
            .filter(|f| !pack.disabled.contains(&f.pack))
        {
            let file = &pf.file;
            let seen = in_pack
                .entry(format!("{}#{}", pf.pack, pf.instance))
                .or_insert_with(|| (pf.path.clone(), FnvSet::default()));
            let mut count_in_file: FnvMap<&str, usize> = FnvMap::default();
            for id in file.ids() {
                let n = count_in_file.entry(id.as_str()).or_insert(0);
                *n += 1;
                if !seen.1.insert(id.clone()) {
                    let (line, column) = locate_nth(&pf.text, &format!("id: {}", id), *n);
                    let first = match m.texts.get(id) {
                        Some((p, t)) if *p == pf.path => format!(
                            "on line {}",
                            locate(t, &format!("id: {}", id)).0.unwrap_or(0)
                        ),
                        Some((p, _)) => format!("in {}", p),
                        None => String::new(),
                    };
                    return Err(Error::Rule {
                        path: pf.path.clone(),
                        line,
                        column,
                        message: format!("duplicate rule id `{}` (first defined {})", id, first),
                    });
                }
                if let Some(prev) = m.origin.insert(id.clone(), pf.pack.clone()) {
                    // Another loading of a pack (even one with the same name) replaces the rule.
                    if instance_of.get(id.as_str()) != Some(&pf.instance) {
                        m.replaced.insert(id.clone(), prev);
                    }
                }
                instance_of.insert(id.clone(), pf.instance);
                m.texts
                    .insert(id.clone(), (pf.path.as_str(), pf.text.as_str()));
            }
            merge(&mut m.cues, &file.cues, |r| &r.id);
            merge(&mut m.sources, &file.sources, |r| &r.id);
            merge(&mut m.outlets, &file.outlets, |r| &r.id);
            merge(&mut m.hedges, &file.hedges, |r| &r.id);
            merge(&mut m.disputes, &file.dispute_markers, |r| &r.id);
            merge(&mut m.findings, &file.findings, |r| &r.id);
            merge(&mut m.lexicon_rules, &file.lexicon, |r| &r.id);
            m.overrides.extend(
                file.overrides
                    .iter()
                    .map(|o| (o.clone(), pf.path.as_str(), pf.text.as_str())),
            );
        }
        Ok(m)
    }

    /// The path and text of the file that defined rule `id`.
    fn source_of(&self, id: &str) -> (String, String) {
        self.texts
            .get(id)
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .unwrap_or_default()
    }

    /// An error at rule `id`'s `field` in its file.
    fn rule_err(&self, id: &str, field: &str, message: String) -> Error {
        let (path, text) = self.source_of(id);
        let (line, column) = locate_field(&text, id, field);
        Error::Rule {
            path,
            line,
            column,
            message,
        }
    }

    /// What serde cannot check: a rule that matches nothing, a `not_cue` guard
    /// that can never apply, a finding with both or neither of check and words.
    fn validate(&self) -> Result<(), Error> {
        for (id, words, pattern) in self
            .cues
            .iter()
            .map(|r| (&r.id, &r.words, &r.pattern))
            .chain(self.sources.iter().map(|r| (&r.id, &r.words, &r.pattern)))
            .chain(self.hedges.iter().map(|r| (&r.id, &r.words, &r.pattern)))
            .chain(self.disputes.iter().map(|r| (&r.id, &r.words, &r.pattern)))
        {
            if words.is_empty() && pattern.is_none() {
                return Err(self.rule_err(
                    id,
                    "id",
                    format!("rule `{}` has neither `words` nor `pattern`", id),
                ));
            }
        }
        for r in &self.cues {
            if r.reaction && r.frame != Frame::Passive {
                return Err(self.rule_err(
                    &r.id,
                    "reaction",
                    format!(
                        "rule `{}`: `reaction` applies to passive rules only (a reaction's subject is no source)",
                        r.id
                    ),
                ));
            }
            if r.unnamed_note.is_some() && r.frame != Frame::Passive {
                return Err(self.rule_err(
                    &r.id,
                    "unnamed_note",
                    format!(
                        "rule `{}`: `unnamed_note` applies to passive rules only (the other frames name a source)",
                        r.id
                    ),
                ));
            }
            for g in &r.not_cue {
                if let Some(message) = not_cue_problem(r, g) {
                    return Err(self.rule_err(&r.id, "not_cue", message));
                }
            }
        }
        for f in &self.findings {
            let has_text = !f.words.is_empty() || f.pattern.is_some();
            let problem = match (f.check, has_text) {
                (Some(_), true) => Some((
                    "check",
                    format!(
                        "finding `{}` has both `check` and `words`/`pattern`; it takes one",
                        f.id
                    ),
                )),
                (None, false) => Some((
                    "id",
                    format!("finding `{}` needs `check` or `words`/`pattern`", f.id),
                )),
                (Some(c), false) if f.scope.is_some() => Some((
                    "scope",
                    format!(
                        "`scope` does not apply to finding `{}`: it runs the check `{}`, which decides where it looks",
                        f.id,
                        check_name(c)
                    ),
                )),
                _ => None,
            };
            if let Some((field, message)) = problem {
                return Err(self.rule_err(&f.id, field, message));
            }
        }
        Ok(())
    }

    /// Overrides change severity or switch a rule off, whichever pack defined it.
    fn apply_overrides(&mut self, pack: &Pack) -> Result<(), Error> {
        let mut disabled: HashSet<String> = HashSet::new();
        // Rules of packs switched off: an override of one of them has nothing to change.
        let switched_off: HashSet<&str> = pack
            .files
            .iter()
            .filter(|f| pack.disabled.contains(&f.pack))
            .flat_map(|f| f.file.ids().map(String::as_str))
            .collect();
        for (o, path, text) in &self.overrides {
            let known = self.origin.contains_key(&o.id);
            if !known && switched_off.contains(o.id.as_str()) {
                continue;
            }
            let error_here = |message: String| {
                let (line, column) = locate(text, &format!("id: {}", o.id));
                Error::Rule {
                    path: path.to_string(),
                    line,
                    column,
                    message,
                }
            };
            if !known {
                return Err(error_here(format!(
                    "override names an unknown rule `{}`",
                    o.id
                )));
            }
            if let Some(sev) = o.severity {
                match self.findings.iter_mut().find(|f| f.id == o.id) {
                    Some(f) => f.severity = sev,
                    None => {
                        return Err(error_here(format!(
                            "`{}` is not a finding rule; only findings have a severity",
                            o.id
                        )));
                    }
                }
            }
            if o.enabled == Some(false) {
                disabled.insert(o.id.clone());
            } else if o.enabled == Some(true) {
                disabled.remove(&o.id);
            }
        }
        let on = |id: &String| !disabled.contains(id);
        self.cues.retain(|r| on(&r.id));
        self.sources.retain(|r| on(&r.id));
        self.outlets.retain(|r| on(&r.id));
        self.hedges.retain(|r| on(&r.id));
        self.disputes.retain(|r| on(&r.id));
        self.findings.retain(|r| on(&r.id));
        self.lexicon_rules.retain(|r| on(&r.id));
        Ok(())
    }

    /// Index every rule's words in `phrases` and compile the patterns left over.
    fn compile(&self, phrases: &mut PhraseIndex) -> Result<Matchers, Error> {
        let src = |id: &str| self.source_of(id);
        fn entries<'e>(v: Vec<(usize, &'e str, &Vec<String>, &Option<String>)>) -> Vec<Entry<'e>> {
            v.into_iter()
                .map(|(rule, id, w, p)| Entry {
                    rule,
                    id,
                    words: w.clone(),
                    pattern: p.clone(),
                    preceded_by: None,
                })
                .collect()
        }
        let cue_entries: Vec<Entry> = self
            .cues
            .iter()
            .enumerate()
            .filter(|(_, r)| r.frame != Frame::Passive)
            .map(|(i, r)| Entry {
                rule: i,
                id: r.id.as_str(),
                words: r.words.clone(),
                pattern: r.pattern.clone(),
                preceded_by: r.preceded_by.clone(),
            })
            .collect();
        let cue = Matcher::build(&cue_entries, true, Kind::Cue, phrases, &src)?;
        // Passive participles are often another rule's words too ("announced"
        // is cue.announce's), and the phrase index gives each place to one
        // rule: they are indexed apart, so that both readings are found. Only
        // words the index cannot take, and patterns, are left to a regex.
        let passive_entries: Vec<Entry> = self
            .cues
            .iter()
            .enumerate()
            .filter(|(_, r)| r.frame == Frame::Passive)
            .filter_map(|(i, r)| {
                let alts: Vec<String> = r
                    .words
                    .iter()
                    .filter(|w| !phrases.add_apart(w, true, Kind::Cue, i))
                    .map(|w| word_regex(w))
                    .chain(r.pattern.clone())
                    .collect();
                // A rule with a `preceded_by` gets an entry even when the
                // index took all its words: the matcher holds that check.
                (!alts.is_empty() || r.preceded_by.is_some()).then(|| Entry {
                    rule: i,
                    id: r.id.as_str(),
                    words: Vec::new(),
                    pattern: (!alts.is_empty()).then(|| alts.join("|")),
                    preceded_by: r.preceded_by.clone(),
                })
            })
            .collect();
        let passive = Matcher::build(&passive_entries, true, Kind::Cue, phrases, &src)?;
        let source = Matcher::build(
            &entries(
                self.sources
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            false,
            Kind::Source,
            phrases,
            &src,
        )?;
        let hedge = Matcher::build(
            &entries(
                self.hedges
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            true,
            Kind::Hedge,
            phrases,
            &src,
        )?;
        let dispute = Matcher::build(
            &entries(
                self.disputes
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            true,
            Kind::Dispute,
            phrases,
            &src,
        )?;
        let outlet_entries: Vec<Entry> = self
            .outlets
            .iter()
            .enumerate()
            .map(|(i, o)| Entry {
                rule: i,
                id: o.id.as_str(),
                words: std::iter::once(&o.name)
                    .chain(&o.aliases)
                    .cloned()
                    .collect(),
                pattern: None,
                preceded_by: None,
            })
            .collect();
        let outlet = Matcher::build(&outlet_entries, false, Kind::Outlet, phrases, &src)?;
        let finding = Matcher::build(
            &entries(
                self.findings
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.check.is_none())
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            true,
            Kind::Finding,
            phrases,
            &src,
        )?;
        // Check parameters go into the one scan too: rule i's triggers as 2i, its `unless` words as 2i+1.
        for (i, f) in self
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.check.is_some())
        {
            for w in &f.triggers {
                phrases.add(w, true, Kind::Param, 2 * i);
            }
            for w in &f.unless {
                phrases.add(w, true, Kind::Param, 2 * i + 1);
            }
        }
        Ok(Matchers {
            cue,
            passive,
            source,
            hedge,
            dispute,
            outlet,
            finding,
        })
    }

    /// Every active rule's id, kind, description and pack, for `whosaid rules`.
    fn rule_info(&self) -> Vec<RuleInfo> {
        let mut rule_info = Vec::new();
        let mut info =
            |id: &str, kind: &'static str, severity: Option<Severity>, description: &str| {
                rule_info.push(RuleInfo {
                    id: id.to_string(),
                    kind,
                    severity,
                    description: description.to_string(),
                    pack: self.origin.get(id).cloned().unwrap_or_default(),
                    replaced: self.replaced.get(id).cloned(),
                });
            };
        self.cues
            .iter()
            .for_each(|r| info(&r.id, "cue", None, &r.description));
        self.sources
            .iter()
            .for_each(|r| info(&r.id, "source", None, &r.description));
        self.outlets.iter().for_each(|r| {
            info(
                &r.id,
                "outlet",
                None,
                r.description.as_deref().unwrap_or(&r.name),
            )
        });
        self.hedges
            .iter()
            .for_each(|r| info(&r.id, "hedge", None, &r.description));
        self.disputes
            .iter()
            .for_each(|r| info(&r.id, "dispute_marker", None, &r.description));
        self.findings
            .iter()
            .for_each(|r| info(&r.id, "finding", Some(r.severity), &r.description));
        self.lexicon_rules
            .iter()
            .for_each(|r| info(&r.id, "lexicon", None, &r.description));
        rule_info
    }
}

/// Why a cue rule's `not_cue` guard can never apply, if it cannot.
fn not_cue_problem(r: &CueRule, g: &NotCue) -> Option<String> {
    if !matches!(r.frame, Frame::Verb | Frame::Participle) {
        return Some(format!(
            "rule `{}`: `not_cue` applies to verb and participle rules only",
            r.id
        ));
    }
    if let Some(w) = g.words.iter().find(|w| !r.words.contains(w)) {
        return Some(format!(
            "rule `{}`: `not_cue` names `{}`, which is not one of the rule's words",
            r.id, w
        ));
    }
    if g.before.is_empty() && g.after.is_empty() {
        return Some(format!(
            "rule `{}`: a `not_cue` entry needs `before` or `after`",
            r.id
        ));
    }
    g.words
        .iter()
        .chain(&g.before)
        .chain(&g.after)
        .find(|w| w.chars().any(char::is_uppercase))
        .map(|w| {
            format!(
                "rule `{}`: `not_cue` words are matched in lower case; write `{}` as `{}`",
                r.id,
                w,
                w.to_lowercase()
            )
        })
}

impl Lexicon {
    fn from_rules(rules: &[LexiconRule]) -> Lexicon {
        let mut lexicon = Lexicon::default();
        for r in rules {
            for w in &r.words {
                lexicon.insert(r.class, w);
            }
            if r.class == LexiconClass::ViaPhrase {
                lexicon
                    .via_phrases
                    .extend(r.words.iter().map(|w| normalize_key(w, true)));
            }
        }
        lexicon
            .via_phrases
            .sort_by_key(|w| std::cmp::Reverse(w.len()));
        lexicon
    }
}

impl Engine {
    pub fn default_engine() -> Result<Engine, Error> {
        Pack::default_pack()?.compile()
    }

    fn build(pack: &Pack) -> Result<Engine, Error> {
        let mut merged = Merged::gather(pack)?;
        merged.validate()?;
        merged.apply_overrides(pack)?;
        let mut phrases = PhraseIndex::default();
        let matchers = merged.compile(&mut phrases)?;
        let rule_info = merged.rule_info();
        let Merged {
            cues,
            sources,
            outlets,
            hedges,
            disputes,
            findings,
            lexicon_rules,
            ..
        } = merged;
        let lexicon = Lexicon::from_rules(&lexicon_rules);
        let cue_verbs = cues
            .iter()
            .filter(|r| r.frame == Frame::Verb)
            .flat_map(|r| r.words.iter())
            .filter(|w| !w.contains(' '))
            .map(|w| w.to_lowercase())
            .collect();
        Ok(Engine {
            phrases,
            cue_verbs,
            cue_matcher: matchers.cue,
            passive_matcher: matchers.passive,
            sources,
            source_matcher: matchers.source,
            outlets,
            outlet_matcher: matchers.outlet,
            hedges,
            hedge_matcher: matchers.hedge,
            dispute_objects: disputes
                .iter()
                .map(|r| r.objects.iter().map(|w| w.to_lowercase()).collect())
                .collect(),
            disputes,
            dispute_matcher: matchers.dispute,
            findings,
            finding_matcher: matchers.finding,
            lexicon,
            lexicon_rules,
            rule_info,
            disabled_packs: pack.disabled.clone(),
            cue_ids: cues
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id.clone(), i))
                .collect(),
            cues,
        })
    }

    /// The cue rule with this id, if it is active.
    pub fn cue_rule(&self, id: &str) -> Option<&CueRule> {
        self.cue_ids.get(id).map(|&i| &self.cues[i])
    }

    /// Every match of every rule in `text`, by kind ([`Kind`] as index), each sorted by start.
    pub fn scan(&self, text: &str) -> [Vec<(Range<usize>, usize)>; KINDS] {
        let mut out = self.phrases.scan(text);
        // A cue word whose rule wants something before it ("was especially"
        // before "critical of") takes that in, or is no cue.
        let before = |rule: usize| {
            self.cue_matcher
                .before_of(rule)
                .or_else(|| self.passive_matcher.before_of(rule))
        };
        let cues = &mut out[Kind::Cue as usize];
        if cues.iter().any(|&(_, rule)| before(rule).is_some()) {
            cues.retain_mut(|(r, rule)| match before(*rule) {
                None => true,
                Some(b) => preceding_start(b, text, r.start)
                    .map(|s| r.start = s)
                    .is_some(),
            });
            cues.sort_by_key(|(r, i)| (r.start, std::cmp::Reverse(r.end), *i));
        }
        let matchers = [
            (Kind::Cue, &self.cue_matcher, true),
            (Kind::Cue, &self.passive_matcher, false),
            (Kind::Source, &self.source_matcher, false),
            (Kind::Outlet, &self.outlet_matcher, false),
            (Kind::Hedge, &self.hedge_matcher, false),
            (Kind::Dispute, &self.dispute_matcher, false),
            (Kind::Finding, &self.finding_matcher, false),
        ];
        for (kind, m, subsumes) in matchers {
            let extra = m.find_all(text);
            if !extra.is_empty() {
                let v = &mut out[kind as usize];
                // A cue pattern spells out a longer cue than a cue word inside
                // it ("expressed concerns about" over "expressed"), as a phrase
                // does over its words; the word alone would report the same
                // claim a second time.
                if subsumes {
                    let reach = running_ends(&extra);
                    v.retain(|(r, _)| !strictly_covered(&extra, &reach, r));
                }
                v.extend(extra);
                v.sort_by_key(|(r, i)| (r.start, std::cmp::Reverse(r.end), *i));
            }
        }
        out
    }

    /// Every active rule's id and examples.
    pub fn rules(&self) -> impl Iterator<Item = (&str, &Examples)> {
        self.cues
            .iter()
            .map(|r| (r.id.as_str(), &r.examples))
            .chain(self.sources.iter().map(|r| (r.id.as_str(), &r.examples)))
            .chain(self.outlets.iter().map(|r| (r.id.as_str(), &r.examples)))
            .chain(self.hedges.iter().map(|r| (r.id.as_str(), &r.examples)))
            .chain(self.disputes.iter().map(|r| (r.id.as_str(), &r.examples)))
            .chain(self.findings.iter().map(|r| (r.id.as_str(), &r.examples)))
            .chain(
                self.lexicon_rules
                    .iter()
                    .map(|r| (r.id.as_str(), &r.examples)),
            )
    }

    pub fn finding(&self, id: &str) -> Option<&FindingRule> {
        self.findings.iter().find(|f| f.id == id)
    }
}

fn locate_nth(text: &str, needle: &str, n: usize) -> (Option<usize>, Option<usize>) {
    let mut from = 0;
    let mut found = None;
    for _ in 0..n {
        match text[from..].find(needle) {
            Some(i) => {
                found = Some(from + i);
                from += i + needle.len();
            }
            None => break,
        }
    }
    match found {
        Some(off) => {
            let idx = crate::span::LineIndex::new(text);
            let (l, c) = idx.position(text, off);
            (Some(l), Some(c))
        }
        None => (None, None),
    }
}

fn merge<T: Clone>(into: &mut Vec<T>, from: &[T], id: impl Fn(&T) -> &String) {
    for r in from {
        if let Some(slot) = into.iter_mut().find(|x| id(x) == id(r)) {
            *slot = r.clone();
        } else {
            into.push(r.clone());
        }
    }
}

/// The furthest end among `by[..=k]`, for each `k`.
fn running_ends(by: &[(Range<usize>, usize)]) -> Vec<usize> {
    by.iter()
        .scan(0, |m, (e, _)| {
            *m = (*m).max(e.end);
            Some(*m)
        })
        .collect()
}

/// Does some range of `by` (sorted by start, as `find_all` returns them)
/// hold `r` and differ from it? Two binary searches and the running furthest
/// end (`reach`, from `running_ends`), so that a long text's many cue words
/// are not each compared with every pattern match.
fn strictly_covered(by: &[(Range<usize>, usize)], reach: &[usize], r: &Range<usize>) -> bool {
    // Ranges starting at or before `r.start`, and strictly before it.
    let upto = by.partition_point(|(e, _)| e.start <= r.start);
    let before = by.partition_point(|(e, _)| e.start < r.start);
    let furthest = |n: usize| n.checked_sub(1).map(|k| reach[k]);
    furthest(upto).is_some_and(|m| m > r.end) || furthest(before).is_some_and(|m| m >= r.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_word_goes_only_when_a_longer_pattern_match_holds_it() {
        // Pattern matches, sorted by start: "expressed concerns about" at
        // 10..34 and a short one at 50..55.
        let by = vec![(10..34, 0), (50..55, 1)];
        let reach = running_ends(&by);
        let covered = |r: Range<usize>| strictly_covered(&by, &reach, &r);
        assert!(covered(10..19), "the word at the pattern's start");
        assert!(covered(20..28), "a word inside");
        assert!(!covered(50..55), "the match itself stays");
        assert!(!covered(30..40), "a word running past the match");
        assert!(!covered(0..9), "a word before every match");
        assert!(!covered(60..65), "a word after every match");
        assert!(covered(51..55), "inside the second match, ending with it");
    }

    #[test]
    fn ascii_keys_normalise_as_any_text_does() {
        for s in [
            "According  to",
            " said\t",
            "\x0bSpoke\x0c up\r\n",
            "Middle East Eye",
            "don't",
            "",
            "  ",
        ] {
            for fold in [true, false] {
                assert_eq!(
                    normalize_ascii_key(s, fold),
                    normalize_any_key(s, fold),
                    "{:?}",
                    s
                );
            }
        }
    }

    #[test]
    fn every_embedded_file_loads_from_its_json_as_from_its_yaml() {
        let embedded = DEFAULT_PACK
            .iter()
            .copied()
            .chain(EMBEDDED.iter().map(|(_, path, text)| (*path, *text)));
        let mut files = 0;
        for (path, text) in embedded {
            let yaml: RuleFile = serde_yaml::from_str(text).unwrap();
            let json = preparsed(path).unwrap_or_else(|| panic!("{}: build.rs gave no JSON", path));
            assert_eq!(format!("{:?}", json), format!("{:?}", yaml), "{}", path);
            files += 1;
        }
        assert_eq!(files, PREPARSED.len());
    }
}
