//! One person under two names: a dispute between them is no dispute.

use super::*;

/// Do a dispute's two sides name one person or body under two names? Sources
/// are told apart by name, and news names one person many ways: a surname
/// in another name ("Carson further" beside "Ben Carson", "the Trump
/// campaign" beside "Donald Trump"), or a description with no name of its own
/// ("the real estate mogul", "the former first lady") that the article also
/// sets right before or after the other side's name ("real estate mogul
/// Donald Trump", "Hillary Clinton, the former first lady"). A person does
/// not dispute themselves, so such a pair is no dispute.
pub(super) fn same_referent(text: &str, engine: &Engine, analysis: &Analysis, d: &Dispute) -> bool {
    let a = d.source_name(0, text, analysis);
    let b = d.source_name(1, text, analysis);
    // The article around the dispute, up to a bounded stretch before it, so
    // that the check stays linear in a long text's length.
    let end = d
        .claims
        .iter()
        .map(|&c| analysis.claims[c].sentence.end)
        .max()
        .unwrap_or(text.len());
    let mut start = end.saturating_sub(NAME_LOOKBACK);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let scope = start..end;
    shares_surname(engine, &a, &b)
        || shares_surname(engine, &b, &a)
        || describes(text, &scope, engine, &a, &b)
        || describes(text, &scope, engine, &b, &a)
}

/// How far before a dispute `describes` looks for the name beside its
/// description: the article's opening stretch at news length.
pub(super) const NAME_LOOKBACK: usize = 16 * 1024;

/// The capitalised words of a name, without its possessive endings.
pub(super) fn name_words(name: &str) -> Vec<&str> {
    name.split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-' | '.'))
        .map(|w| bare(w.trim_end_matches('.')))
        .filter(|w| !w.is_empty())
        .collect()
}

/// `person` is a name of two or more capitalised words whose last word (the
/// surname) is a capitalised word of `other` that is no role or party word.
/// The people around a person are others: a campaign or a spokesman may
/// well correct their candidate.
pub(super) fn shares_surname(engine: &Engine, person: &str, other: &str) -> bool {
    const ENTOURAGE: &[&str] = &[
        "campaign",
        "team",
        "aide",
        "aides",
        "staff",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "allies",
        "camp",
        "office",
        "administration",
        "family",
        "wife",
        "husband",
        "son",
        "daughter",
    ];
    let ws = name_words(person);
    if ws.len() < 2 || !ws.iter().all(|w| capitalised(w)) {
        return false;
    }
    let surname = ws[ws.len() - 1];
    let other = name_words(other);
    surname.chars().count() >= 3
        && !engine.lexicon.has(LexiconClass::TitleWord, surname)
        && other.contains(&surname)
        && !other
            .iter()
            .any(|w| ENTOURAGE.iter().any(|e| w.eq_ignore_ascii_case(e)))
}

/// `desc` is a description with no name of its own (its capitalised words
/// are role or party words, or an opening possessive), and the article puts
/// its head word in the title before `name` ("mogul Donald Trump") or in an
/// apposition after it ("Donald Trump, the real estate mogul").
pub(super) fn describes(
    text: &str,
    scope: &Range<usize>,
    engine: &Engine,
    desc: &str,
    name: &str,
) -> bool {
    let dw = name_words(desc);
    let nw = name_words(name);
    let lex = &engine.lexicon;
    // An indefinite description brings in someone new ("a campaign aide").
    if dw.first().is_some_and(|w| {
        [
            "a", "an", "one", "some", "another", "several", "two", "three",
        ]
        .iter()
        .any(|x| w.eq_ignore_ascii_case(x))
    }) {
        return false;
    }
    let no_name = dw.iter().enumerate().all(|(i, w)| {
        !capitalised(w)
            || lex.has(LexiconClass::TitleWord, w)
            || (i == 0 && (w.eq_ignore_ascii_case("the") || desc.contains(['\'', '’'])))
    });
    let (Some(head), Some(&surname)) = (dw.last(), nw.last()) else {
        return false;
    };
    if !no_name || nw.len() < 2 || !nw.iter().all(|w| capitalised(w)) || capitalised(head) {
        return false;
    }
    let head = head.to_lowercase();
    // Every other word of the description stands with the head: "the
    // Republican nominee" is not "Democratic nominee Hillary Clinton", and
    // "Grayson's spokeswoman" is not Murphy's.
    let modifiers: Vec<String> = dw[..dw.len() - 1]
        .iter()
        .enumerate()
        .filter(|&(i, w)| !(i == 0 && w.eq_ignore_ascii_case("the")) && *w != "and")
        .map(|(_, w)| w.to_lowercase())
        .collect();
    let modifiers_in = |ws: &[&str]| {
        modifiers.iter().all(|m| {
            ws.iter().take(6).any(|w| {
                bare(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')).to_lowercase()
                    == *m
            })
        })
    };
    let is_head = |w: &str| {
        let w = bare(w).to_lowercase();
        w == head || w.strip_suffix('s') == Some(head.as_str())
    };
    let mut from = scope.start;
    while let Some(k) = text[from..scope.end].find(surname) {
        let at = from + k;
        from = at + surname.len();
        let bounded = !text[..at].ends_with(|c: char| c.is_alphanumeric())
            && !text[from..].starts_with(|c: char| c.is_alphanumeric());
        if !bounded {
            continue;
        }
        // The head right before the name's first word, within the sentence.
        let before = &text[text[..at].rfind(['.', '\n', ';']).map_or(0, |p| p + 1)..at];
        let mut words = before.split_whitespace().rev();
        // The name's other words stand right before its surname ("Donald" in
        // "mogul Donald Trump"); a surname alone is another sentence's
        // object ("The town said Hale's claim was false" is not Tom Hale's town).
        let whole_name = nw[..nw.len() - 1].iter().rev().all(|n| {
            words.next().is_some_and(|w| {
                bare(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
                    .trim_end_matches('.')
                    == *n
            })
        });
        let title: Vec<&str> = words.collect();
        if whole_name && title.first().is_some_and(|w| is_head(w)) && modifiers_in(&title[1..]) {
            return true;
        }
        // An apposition ending in the head right after the name: ", the real
        // estate mogul,".
        if let Some(rest) = text[from..].strip_prefix(',') {
            let end = rest.find([',', '.', ';', '\n']).unwrap_or(rest.len());
            let appos: Vec<&str> = rest[..end].split_whitespace().collect();
            if appos.len() <= 6 && appos.last().is_some_and(|w| is_head(w)) && modifiers_in(&appos)
            {
                return true;
            }
        }
    }
    false
}
