//! Rule packs: YAML files of linguistic knowledge, parsed into typed structs
//! and compiled once into matchers.
//!
//! The Rust code knows *how* attribution works in English news (a source, a
//! cue, content); the rule files say *which words* play each part. That keeps
//! house style and new cue verbs out of the code.

use crate::error::Error;
use crate::phrases::{KINDS, Kind, PhraseIndex};
use regex::{Regex, RegexSet};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::Path;

/// The default pack, embedded so whosaid works with no configuration.
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

/// Texts a rule must fire on and texts it must stay silent on.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub fires: Vec<String>,
    #[serde(default)]
    pub silent: Vec<String>,
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
    #[serde(default)]
    pub examples: Examples,
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DisputeRule {
    pub id: String,
    pub description: String,
    pub kind: DisputeKind,
    pub strength: Strength,
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

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FindingRule {
    pub id: String,
    pub description: String,
    pub severity: Severity,
    #[serde(default)]
    pub examples: Examples,
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
}

/// Parsed rules from one or more files, not yet compiled.
#[derive(Debug, Clone, Default)]
pub struct Pack {
    pub files: Vec<(String, String, RuleFile)>,
}

fn yaml_error(path: &str, e: serde_yaml::Error) -> Error {
    let (line, column) = match e.location() {
        Some(l) => (Some(l.line()), Some(l.column())),
        None => (None, None),
    };
    // serde_yaml appends "at line X column Y" itself; the position is ours to print.
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    Error::Rule {
        path: path.to_string(),
        line,
        column,
        message,
    }
}

/// Position (1-based line, column) of the first occurrence of `needle` in `text`.
fn locate(text: &str, needle: &str) -> (Option<usize>, Option<usize>) {
    match text.find(needle) {
        Some(off) => {
            let idx = crate::span::LineIndex::new(text);
            let (l, c) = idx.position(text, off);
            (Some(l), Some(c))
        }
        None => (None, None),
    }
}

impl Pack {
    pub fn default_pack() -> Result<Pack, Error> {
        let mut pack = Pack::default();
        for (path, text) in DEFAULT_PACK {
            pack.add_source(path, text)?;
        }
        Ok(pack)
    }

    pub fn add_source(&mut self, path: &str, text: &str) -> Result<(), Error> {
        let file: RuleFile = if text.trim().is_empty() {
            RuleFile::default()
        } else {
            serde_yaml::from_str(text).map_err(|e| yaml_error(path, e))?
        };
        self.files.push((path.to_string(), text.to_string(), file));
        Ok(())
    }

    /// Add every `.yaml`/`.yml` file of a folder, in name order.
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
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(|e| Error::Read {
                path: p.clone(),
                reason: e.to_string(),
            })?;
            self.add_source(&p.display().to_string(), &text)?;
        }
        Ok(())
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
        // Patterns match whole words, like word lists do.
        out.push(format!(r"(?-u:\b)(?:{})(?-u:\b)", p));
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

/// The regex rules of one kind compiled into a single scan: one regex finds
/// every match of every pattern in one pass, and a `RegexSet` over the
/// matched text says which rule it was. Word lists go to the shared
/// [`PhraseIndex`] instead, which is faster than any regex for them.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    re: Option<Regex>,
    set: Option<RegexSet>,
    set_rules: Vec<usize>,
}

/// A rule's word list and pattern, and the id to blame if it fails to compile.
struct Entry<'a> {
    rule: usize,
    id: &'a str,
    words: Vec<String>,
    pattern: Option<String>,
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
        let mut set_pats = Vec::new();
        let mut set_rules = Vec::new();
        let flag = |p: String| if fold_case { format!("(?i){}", p) } else { p };
        for e in entries {
            let mut pats: Vec<String> = Vec::new();
            if let Some(p) = &e.pattern {
                let anchored = flag(format!("^(?:{})$", p));
                if let Err(err) = Regex::new(&anchored) {
                    let (path, text) = src(e.id);
                    let (line, column) = locate(&text, p.lines().next().unwrap_or(p));
                    return Err(Error::Rule {
                        path,
                        line,
                        column,
                        message: format!(
                            "rule `{}`: invalid pattern: {}",
                            e.id,
                            err.to_string().lines().last().unwrap_or("")
                        ),
                    });
                }
                pats.extend(fragment(&[], &e.pattern));
            }
            for w in &e.words {
                // Words that do not start with a letter or digit stay regexes.
                if !phrases.add(w, fold_case, kind, e.rule) {
                    pats.push(word_regex(w));
                }
            }
            for p in pats {
                set_pats.push(flag(format!("^(?:{})$", p)));
                set_rules.push(e.rule);
                alts.push(p);
            }
        }
        if alts.is_empty() {
            return Ok(Matcher::default());
        }
        let compile_err = |e: regex::Error| Error::Rule {
            path: "rules".into(),
            line: None,
            column: None,
            message: format!("cannot compile the combined patterns: {}", e),
        };
        let full = flag(format!("(?:{})", alts.join("|")));
        let re = regex::RegexBuilder::new(&full)
            .size_limit(64 << 20)
            .dfa_size_limit(64 << 20)
            .build()
            .map_err(compile_err)?;
        let set = RegexSet::new(&set_pats).map_err(compile_err)?;
        Ok(Matcher {
            re: Some(re),
            set: Some(set),
            set_rules,
        })
    }

    /// Every pattern match in `text`, as (byte range, rule index), in order.
    pub fn find_all(&self, text: &str) -> Vec<(Range<usize>, usize)> {
        let (Some(re), Some(set)) = (&self.re, &self.set) else {
            return Vec::new();
        };
        re.find_iter(text)
            .filter(|m| m.start() < m.end())
            .filter_map(|m| {
                set.matches(m.as_str())
                    .iter()
                    .next()
                    .map(|i| (m.range(), self.set_rules[i]))
            })
            .collect()
    }
}

/// Lexicon word sets, by class, normalised for look-up.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    sets: HashMap<LexiconClass, HashSet<String>>,
    /// Multi-word via phrases, longest first.
    pub via_phrases: Vec<String>,
}

impl Lexicon {
    pub fn has(&self, class: LexiconClass, word: &str) -> bool {
        let Some(set) = self.sets.get(&class) else {
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
        set.contains(&normalize_key(word, true))
    }
    /// Case-sensitive membership (for abbreviations, where "US" and "us" differ).
    pub fn has_exact(&self, class: LexiconClass, word: &str) -> bool {
        self.sets
            .get(&class)
            .is_some_and(|s| s.contains(&format!("={}", word)))
    }
}

/// A compiled pack: everything the pipeline needs, built once per run.
#[derive(Debug, Clone)]
pub struct Engine {
    /// Word lists of every kind, scanned in one pass.
    pub phrases: PhraseIndex,
    pub cues: Vec<CueRule>,
    pub cue_matcher: Matcher,
    pub sources: Vec<SourceRule>,
    pub source_matcher: Matcher,
    pub outlets: Vec<OutletRule>,
    pub outlet_matcher: Matcher,
    pub hedges: Vec<HedgeRule>,
    pub hedge_matcher: Matcher,
    pub disputes: Vec<DisputeRule>,
    pub dispute_matcher: Matcher,
    pub findings: HashMap<String, FindingRule>,
    pub lexicon: Lexicon,
    pub lexicon_rules: Vec<LexiconRule>,
    /// Which file each rule id came from.
    pub origin: HashMap<String, String>,
}

impl Engine {
    pub fn default_engine() -> Result<Engine, Error> {
        Pack::default_pack()?.compile()
    }

    fn build(pack: &Pack) -> Result<Engine, Error> {
        let mut origin: HashMap<String, String> = HashMap::new();
        let mut cues: Vec<CueRule> = Vec::new();
        let mut sources: Vec<SourceRule> = Vec::new();
        let mut outlets: Vec<OutletRule> = Vec::new();
        let mut hedges: Vec<HedgeRule> = Vec::new();
        let mut disputes: Vec<DisputeRule> = Vec::new();
        let mut findings: HashMap<String, FindingRule> = HashMap::new();
        let mut lexicon_rules: Vec<LexiconRule> = Vec::new();
        let mut texts: HashMap<String, (String, String)> = HashMap::new();

        for (path, text, file) in &pack.files {
            let mut ids: Vec<&str> = Vec::new();
            ids.extend(file.cues.iter().map(|r| r.id.as_str()));
            ids.extend(file.sources.iter().map(|r| r.id.as_str()));
            ids.extend(file.outlets.iter().map(|r| r.id.as_str()));
            ids.extend(file.hedges.iter().map(|r| r.id.as_str()));
            ids.extend(file.dispute_markers.iter().map(|r| r.id.as_str()));
            ids.extend(file.findings.iter().map(|r| r.id.as_str()));
            ids.extend(file.lexicon.iter().map(|r| r.id.as_str()));
            let mut seen = HashSet::new();
            for id in ids {
                if !seen.insert(id) {
                    let needle = format!("id: {}", id);
                    let (line, column) = locate_nth(text, &needle, 2);
                    return Err(Error::Rule {
                        path: path.clone(),
                        line,
                        column,
                        message: format!("duplicate rule id `{}`", id),
                    });
                }
                origin.insert(id.to_string(), path.clone());
                texts.insert(id.to_string(), (path.clone(), text.clone()));
            }
            // A later pack's rule with the same id replaces the earlier one.
            merge(&mut cues, &file.cues, |r| &r.id);
            merge(&mut sources, &file.sources, |r| &r.id);
            merge(&mut outlets, &file.outlets, |r| &r.id);
            merge(&mut hedges, &file.hedges, |r| &r.id);
            merge(&mut disputes, &file.dispute_markers, |r| &r.id);
            merge(&mut lexicon_rules, &file.lexicon, |r| &r.id);
            for f in &file.findings {
                findings.insert(f.id.clone(), f.clone());
            }
        }
        let src = |id: &str| texts.get(id).cloned().unwrap_or_default();
        for (id, words, pattern) in cues
            .iter()
            .map(|r| (&r.id, &r.words, &r.pattern))
            .chain(sources.iter().map(|r| (&r.id, &r.words, &r.pattern)))
            .chain(hedges.iter().map(|r| (&r.id, &r.words, &r.pattern)))
            .chain(disputes.iter().map(|r| (&r.id, &r.words, &r.pattern)))
        {
            if words.is_empty() && pattern.is_none() {
                let (path, text) = src(id);
                let (line, column) = locate(&text, &format!("id: {}", id));
                return Err(Error::Rule {
                    path,
                    line,
                    column,
                    message: format!("rule `{}` has neither `words` nor `pattern`", id),
                });
            }
        }
        fn entries<'e>(v: Vec<(usize, &'e str, &Vec<String>, &Option<String>)>) -> Vec<Entry<'e>> {
            v.into_iter()
                .map(|(rule, id, w, p)| Entry {
                    rule,
                    id,
                    words: w.clone(),
                    pattern: p.clone(),
                })
                .collect()
        }
        let mut phrases = PhraseIndex::default();
        let cue_matcher = Matcher::build(
            &entries(
                cues.iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            true,
            Kind::Cue,
            &mut phrases,
            &src,
        )?;
        let source_matcher = Matcher::build(
            &entries(
                sources
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            false,
            Kind::Source,
            &mut phrases,
            &src,
        )?;
        let hedge_matcher = Matcher::build(
            &entries(
                hedges
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            true,
            Kind::Hedge,
            &mut phrases,
            &src,
        )?;
        let dispute_matcher = Matcher::build(
            &entries(
                disputes
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (i, r.id.as_str(), &r.words, &r.pattern))
                    .collect(),
            ),
            true,
            Kind::Dispute,
            &mut phrases,
            &src,
        )?;
        let outlet_words: Vec<(usize, &str, Vec<String>)> = outlets
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let mut w = vec![o.name.clone()];
                w.extend(o.aliases.iter().cloned());
                (i, o.id.as_str(), w)
            })
            .collect();
        let outlet_entries: Vec<Entry> = outlet_words
            .iter()
            .map(|(i, id, w)| Entry {
                rule: *i,
                id,
                words: w.clone(),
                pattern: None,
            })
            .collect();
        let outlet_matcher =
            Matcher::build(&outlet_entries, false, Kind::Outlet, &mut phrases, &src)?;

        let mut lexicon = Lexicon::default();
        for r in &lexicon_rules {
            let set = lexicon.sets.entry(r.class).or_default();
            for w in &r.words {
                set.insert(normalize_key(w, true));
                set.insert(format!("={}", w));
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

        Ok(Engine {
            phrases,
            cues,
            cue_matcher,
            sources,
            source_matcher,
            outlets,
            outlet_matcher,
            hedges,
            hedge_matcher,
            disputes,
            dispute_matcher,
            findings,
            lexicon,
            lexicon_rules,
            origin,
        })
    }

    /// Every match of every rule in `text`, by kind ([`Kind`] as index), each sorted by start.
    pub fn scan(&self, text: &str) -> [Vec<(Range<usize>, usize)>; KINDS] {
        let mut out = self.phrases.scan(text);
        let matchers = [
            (Kind::Cue, &self.cue_matcher),
            (Kind::Source, &self.source_matcher),
            (Kind::Outlet, &self.outlet_matcher),
            (Kind::Hedge, &self.hedge_matcher),
            (Kind::Dispute, &self.dispute_matcher),
        ];
        for (kind, m) in matchers {
            let extra = m.find_all(text);
            if !extra.is_empty() {
                let v = &mut out[kind as usize];
                v.extend(extra);
                v.sort_by_key(|(r, i)| (r.start, std::cmp::Reverse(r.end), *i));
            }
        }
        out
    }

    pub fn severity(&self, finding: &str) -> Severity {
        self.findings
            .get(finding)
            .map(|f| f.severity)
            .unwrap_or(Severity::Warning)
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
