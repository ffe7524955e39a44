//! Cue frames built into the code rather than a rule file (`BUILTIN_FRAMES`):
//! transcript turns, signatures, quotation tags with unlisted verbs, colon
//! quotations and lead-ins, and the headline's "Source: claim". Each reads the
//! layout of the text (capitals, dashes, colons, quotation marks) instead of a
//! cue word, and reports under a reserved rule id.

use super::*;

/// A transcript turn: a paragraph opening with a speaker's name in capitals and a
/// colon ("JAKE TAPPER: …", "FALLIN: …"). Returns the label as source and the
/// colon as cue; the content is filled in per sentence. When the article is laid
/// out as a transcript (`layout`, see [`transcript_layout`]), a name in title
/// case is a label too ("Matthews: Well, speculation is bad.").
pub(super) fn transcript_turn(ctx: &Ctx, para: Range<usize>, layout: bool) -> Option<Candidate> {
    let (start, len, at, caps) = turn_label(ctx.text, para.clone())?;
    if !(caps || layout && spoken_turn(ctx.text, at..para.end)) {
        return None;
    }
    let source = Mention {
        range: start..start + len,
        kind: SourceKind::Person,
        outlet: None,
        pronoun: false,
    };
    Some(Candidate::new(
        at..at + 1,
        RULE_TRANSCRIPT,
        Some(source),
        Vec::new(),
        start,
    ))
}

/// Whether an article is laid out as a transcript: at least three paragraphs open
/// with a speaker's label and a colon, in capitals or in title case ("Matthews:",
/// "Alex Seitz-Wald:"), and some speaker takes a second turn ("Luciana Lopez:" …
/// "Lopez:"). Mixed-case labels are only read as turns in such an article: a
/// guide with one "Rubio: Finish second." heading per candidate, or a list of
/// "Iowa: …" names, has no speaker coming back (tallies, "Ruiz: 1,204.", are
/// not turns and do not count).
pub(super) fn transcript_layout(text: &str, paragraphs: &[Range<usize>]) -> bool {
    let mut last_words: Vec<&str> = Vec::new();
    for p in paragraphs {
        if let Some((start, len, at, _)) = turn_label(text, p.clone())
            && spoken_turn(text, at..p.end)
        {
            last_words.extend(text[start..start + len].split_whitespace().last());
        }
    }
    let total = last_words.len();
    last_words.sort_unstable();
    last_words.dedup();
    total >= 3 && last_words.len() < total
}

/// Whether what follows a label's colon reads as a turn of words rather than a
/// tally ("Clinton: 547."): at least two words with letters.
fn spoken_turn(text: &str, after_colon: Range<usize>) -> bool {
    text[after_colon]
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .nth(1)
        .is_some()
}

/// The label opening a paragraph before a colon: its start, its length, the
/// colon's offset and whether it is in capitals. A label is one to four words
/// in capitals, or one to three capitalised words ("Luciana Lopez"), of at least
/// three letters and not page furniture ("UPDATE:").
fn turn_label(text: &str, para: Range<usize>) -> Option<(usize, usize, usize, bool)> {
    // A label is short: look at the paragraph's first 48 bytes only.
    let mut cut = para.end.min(para.start + 48);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    // Some sites open every quoted paragraph of a transcript with a quotation
    // mark ("\"WALLACE: Let’s start …"): the label follows it.
    let lead = text[para.start..cut]
        .char_indices()
        .find(|(_, c)| !is_blank(*c) && !matches!(c, '"' | '“'))
        .map_or(0, |(i, _)| i);
    let head = &text[para.start + lead..cut];
    let colon = head.find(':')?;
    let label = head[..colon].trim();
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    let name_char = |c: char| matches!(c, ' ' | '.' | '-' | '\'' | '’');
    let caps = label.chars().all(|c| c.is_uppercase() || name_char(c));
    let nwords = label.split_whitespace().count();
    let title = (1..=3).contains(&nwords)
        && label.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || name_char(c))
        });
    if letters < 3 || !(caps || title) || !(1..=4).contains(&nwords) {
        return None;
    }
    // Furniture labels, not speakers.
    if NOT_SPEAKERS.contains(&lower(label).as_ref()) {
        return None;
    }
    let start = para.start + lead + (head.len() - head.trim_start().len());
    Some((start, label.len(), para.start + lead + colon, caps))
}

/// A signature closing a quotation or a post: "“He represents our greatest
/// shame.” ― Sonya Herridge", "… another day in the campaign. — Sahil Kapur
/// (@sahilkapur) September 1, 2016</tweet>". The dash is the cue, the name after it
/// the source, and what the sentence says before the dash the content.
pub(super) fn signature(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    // The last dash of the sentence: "―", "—", "–" or "--".
    // On bytes: every sentence is searched, and the three dashes are all E2 80 9x.
    let b = s.as_bytes();
    let mut i = b.len();
    let (dash_at, dash_len) = loop {
        i = memchr::memrchr2(b'-', 0xE2, &b[..i])?;
        if b[i] == b'-' {
            if i > 0 && b[i - 1] == b'-' {
                break (i - 1, 2);
            }
        } else if b[i + 1] == 0x80 && matches!(b[i + 2], 0x93..=0x95) {
            break (i, 3);
        }
    };
    let tail = &s[dash_at + dash_len..];
    let name_text = tail.trim_start_matches(is_blank);
    let name_start = sent.start + dash_at + dash_len + (tail.len() - name_text.len());
    // The name: one to five capitalised words ("Julie A. Diaz Martinez").
    let mut end = name_start;
    let mut nwords = 0;
    for w in ctx.iter_words(text, name_start..sent.end) {
        let gap = &text[end..w.start];
        // "Edwin G. Monroy": an initial keeps its period.
        let initial = nwords > 0
            && gap.starts_with('.')
            && text[..end]
                .chars()
                .rev()
                .nth(1)
                .is_none_or(|c| !c.is_alphanumeric());
        let gap = if initial { &gap[1..] } else { gap };
        if !gap.chars().all(is_blank) || !starts_upper(&text[w.clone()]) {
            break;
        }
        nwords += 1;
        end = w.end;
        if nwords == 5 {
            break;
        }
    }
    if nwords < 2 {
        return None;
    }
    let rest = text[end..sent.end].trim_start_matches(is_blank);
    let handle = rest.starts_with("(@");
    let closes = rest.is_empty() || rest == "." || handle && rest.contains("</tweet>");
    if !closes {
        return None;
    }
    // Before the dash: a closed quotation, or a post (a handle follows the name).
    let before = text[sent.start..sent.start + dash_at].trim_end_matches(is_blank);
    if !(handle || before.ends_with(['”', '"', '’']) || before.ends_with("''")) {
        return None;
    }
    // A post's text starts after its opening tag, if the tag is in this sentence.
    let from = before.rfind('>').map_or(sent.start, |i| sent.start + i + 1);
    let content = content_trim(ctx, from..sent.start + before.len());
    if content.is_empty() || !text[content.clone()].chars().any(char::is_alphanumeric) {
        return None;
    }
    let at = sent.start + dash_at;
    Some(
        Candidate::new(
            at..at + dash_len,
            RULE_SIGNATURE,
            Some(Mention {
                range: name_start..end,
                kind: SourceKind::Person,
                outlet: None,
                pronoun: false,
            }),
            vec![content.clone()],
            content.start,
        )
        .backward(),
    )
}

/// A quotation opening the sentence and a speaker tag whose verb no rule lists:
/// "“Silly boys,” scoffed Arianna Gil, 22.", "“It’s time,” Ms. Gil scoffed."
/// Only a past-tense verb right after the closing mark (before a speaker) or
/// right after a capitalised name ending the tag, so narration after a quotation
/// ("“We will win.” Trump left the stage") is no tag. A fallback: it runs only
/// where no rule attributed the sentence.
pub(super) fn quote_tag(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    if !s.starts_with(['“', '"']) && !s.starts_with("''") {
        return None;
    }
    // The quotation closes after a comma, question or exclamation mark.
    // Quotations are sorted by start: look only at those opening here.
    let quotes = &ctx.seg.quotes;
    let at = quotes.partition_point(|q| q.range.start < sent.start);
    let close = quotes[at..]
        .iter()
        .take_while(|q| q.range.start == sent.start)
        .find(|q| q.closed && q.range.end < sent.end)?
        .range
        .end;
    let inner = text[sent.start..close].trim_end_matches(['”', '"', '\'']);
    if !inner.ends_with([',', '?', '!']) {
        return None;
    }
    let past = |w: &Range<usize>| {
        let t = &text[w.clone()];
        first_lower(t) && (t.len() > 4 && t.ends_with("ed") || t == "wrote")
    };
    let ws: Vec<Range<usize>> = ctx.iter_words(text, close..sent.end).take(6).collect();
    let first = ws.first()?;
    if !text[close..first.start].chars().all(is_blank) {
        return None;
    }
    let (cue, source, extent) = if past(first) {
        // "“…,” scoffed Arianna Gil, 22, who helped found the group."
        let at = skip_blank(text, first.end, sent.end);
        if !ctx.speaker_after(at, sent.end) {
            return None;
        }
        let (m, end) = ctx.mention_after(at, sent.end)?;
        if m.pronoun {
            return None;
        }
        let extent = ctx
            .appositive_after(end, sent.end)
            .map(|e| m.range.start..e);
        (first.clone(), m, extent)
    } else {
        // "“…,” Ms. Gil scoffed.", "“…,” she laughed.": capitalised words or a
        // pronoun, then the verb ending the tag.
        let pronoun =
            ["he", "she", "they", "we", "i"].contains(&ctx.lower(&text[first.clone()]).as_str());
        let k = if pronoun {
            1
        } else {
            ws.iter().position(|w| !starts_upper(&text[w.clone()]))?
        };
        let verb = ws.get(k).filter(|w| k > 0 && past(w))?;
        let rest = text[verb.end..sent.end].trim_start();
        if !(rest.is_empty() || rest.starts_with(['.', ','])) {
            return None;
        }
        let m = ctx.mention_in(first.start..ws[k - 1].end, false)?;
        (verb.clone(), m, None)
    };
    let content = sent.start..close;
    Some(
        Candidate::new(
            cue,
            RULE_QUOTE_TAG,
            Some(source),
            vec![content.clone()],
            content.start,
        )
        .backward()
        .with_extent(extent),
    )
}

/// "Trump charges that …", "the senator countered: “…”": a named source, a
/// finite verb no rule lists, and a reported complement ("that", a quotation,
/// or a colon and a quotation) opening at once after it. The long tail of
/// reporting verbs is too long to list word by word, and the complement is what
/// makes a verb of almost any meaning a report here. Used only where no rule
/// attributed the sentence.
pub(super) fn unlisted_verb(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    // The complement opens with "that" or a colon: most
    // sentences have neither, and need no word-by-word look.
    if !text[sent.clone()].contains("that") && !text[sent.clone()].contains(':') {
        return None;
    }
    let ws: Vec<Range<usize>> = ctx.words(text, sent.clone());
    let finite = |t: &str| {
        let l = ctx.lower(t);
        BE.contains(&l.as_str())
            || AUXILIARIES.contains(&l.as_str())
            || ["do", "does", "did", "won’t", "won't"].contains(&l.as_str())
            || l.ends_with("n’t")
            || l.ends_with("n't")
            || l.len() > 4 && l.ends_with("ed")
    };
    for (i, w) in ws.iter().enumerate() {
        if i == 0 || ctx.seg.in_quote(w.start) {
            continue;
        }
        // The complement opens right after the verb (or its particle).
        let at = skip_blank(text, w.end, sent.end);
        let rest = &text[at..sent.end];
        let mut clause = false;
        let open = if rest.starts_with(':') {
            let q = skip_blank(text, at + 1, sent.end);
            if q == at + 1 || !text[q..sent.end].starts_with(['“', '"']) {
                continue;
            }
            q
        } else if ws
            .get(i + 1)
            .is_some_and(|n| n.start == at && &text[n.clone()] == "that")
        {
            clause = true;
            let after: Vec<&str> = ws[i + 2..]
                .iter()
                .take(12)
                .take_while(|x| !text[ws[i + 1].end..x.start].contains([',', ';', '—', '(']))
                .map(|x| &text[x.clone()])
                .collect();
            // "the states that have suffered", "the years that followed": a
            // relative "that" opens on its verb; "carried that message to …",
            // "proved that prediction wrong": a demonstrative opens no clause,
            // which has a finite verb of its own before its first comma.
            let relative = after.first().is_none_or(|f| {
                finite(f)
                    || first_lower(f)
                        && (f.len() > 4 && f.ends_with("ly")
                            || ["first", "also", "then", "now"].contains(f)
                            || plural_noun(f) && !ctx.lex(LexiconClass::PeopleNoun, f))
            });
            if relative
                || !after.iter().skip(1).any(|t| {
                    finite(t)
                        || t.contains(['’', '\''])
                        || plural_noun(t) && !ctx.lex(LexiconClass::PeopleNoun, t)
                })
            {
                continue;
            }
            at
        } else {
            continue;
        };
        // "fired back that", "went on:": a particle after the verb, not before a
        // bare quotation ("appeared on “Fox & Friends”").
        let mut v = i;
        if UNLISTED_PARTICLES.contains(&&text[w.clone()]) {
            v = i - 1;
            if open == at && !clause && !rest.starts_with(':')
                || !text[ws[v].end..w.start].chars().all(is_blank)
            {
                continue;
            }
        }
        let verb = &ws[v];
        let vt = &text[verb.clone()];
        if !vt.chars().all(|c| c.is_ascii_lowercase())
            || vt.len() < 4 && !(v < i && vt == "went")
            || vt.ends_with("ly")
            || ctx.is_cue_word(verb.clone())
            || ctx.lex(LexiconClass::UnlistedVerbStop, vt)
            || ctx.lex(LexiconClass::PeopleNoun, vt)
            || ctx.lex(LexiconClass::DocumentNoun, vt)
            || UNLISTED_NOT_VERBS.contains(&vt)
            || !within(&ctx.scan.sources, verb).is_empty()
        {
            continue;
        }
        // "went on:": an irregular past only with its particle.
        let past = vt.len() > 4 && vt.ends_with("ed") || v < i && vt == "went";
        let third = plural_noun(vt);
        // "is reaffirming", "has calculated": an auxiliary before the verb opens the cue.
        let mut cue_start = verb.start;
        let mut subj_end = verb.start;
        let mut aux = false;
        if v >= 2 {
            let p = &ws[v - 1];
            let pt = ctx.lower(&text[p.clone()]);
            let be = ["is", "are", "was", "were"].contains(&pt.as_str());
            let remain = ["remain", "remains", "remained"].contains(&pt.as_str());
            let have = ["has", "have", "had"].contains(&pt.as_str());
            // "are optimistic that", "remain confident that": a stance adjective
            // after "be" reports what its subject holds.
            if (be && (vt.ends_with("ing") || clause) || remain && clause || have && past)
                && text[p.end..verb.start].chars().all(is_blank)
            {
                cue_start = p.start;
                subj_end = p.start;
                aux = true;
            }
        }
        // An adverb may stand between the subject and the verb ("frequently emphasizes").
        let k = ws.partition_point(|x| x.start < subj_end);
        if k >= 1 {
            let p = &ws[k - 1];
            let pt = &text[p.clone()];
            if pt.len() > 4 && pt.ends_with("ly") && first_lower(pt) {
                subj_end = p.start;
            }
        }
        // The subject opens its clause.
        let clause_start = text[sent.start..subj_end]
            .rfind([',', ';', ':', '—', '(', '–'])
            .map_or(sent.start, |k| {
                let k = sent.start + k;
                k + text[k..].chars().next().map_or(1, char::len_utf8)
            });
        // The verb stays in the region: a name is a subject only before its verb.
        let Some(m) = ctx
            .leading_subject(clause_start..verb.end)
            .filter(|m| m.range.end <= subj_end)
            .or_else(|| ctx.mention_in(clause_start..subj_end, false))
        else {
            continue;
        };
        if !text[m.range.end..subj_end].chars().all(is_blank)
            || !ctx
                .iter_words(text, clause_start..m.range.start)
                .all(|x| UNLISTED_OPENERS.contains(&ctx.lower(&text[x]).as_str()))
        {
            continue;
        }
        let st = &text[m.range.clone()];
        let ls = ctx.lower(st);
        // "it seems that", "it turns out that": no one is speaking.
        if st.ends_with("’s")
            || st.ends_with("'s")
            || ["it", "this", "that", "there", "what", "which", "who"].contains(&ls.as_str())
        {
            continue;
        }
        let head_plural = ctx
            .last_word(text, m.range.start, m.range.end)
            .is_some_and(|lw| plural_noun(&ctx.lower(&text[lw])));
        // A bare form needs a plural subject ("experts affirm that", "they resent
        // that"); an -s form a singular one ("the campaign projects that").
        let plural = m.pronoun && ["they", "we", "i", "you"].contains(&ls.as_str())
            || head_plural
            || starts_upper(st) && st.contains(" and ");
        // A bare form is a verb only after a pronoun or a plural of people
        // ("experts caution that"), not after "signs" or "the news".
        let people = m.pronoun
            || matches!(m.kind, SourceKind::Group | SourceKind::Anonymous)
            || ctx
                .last_word(text, m.range.start, m.range.end)
                .is_some_and(|lw| ctx.lex(LexiconClass::PeopleNoun, &text[lw]));
        let bare = !third && !vt.ends_with("ing");
        if !(aux && people || past || third && !plural || bare && plural && people)
            // "Goldberg … imagined Christie was thinking": a verb inside the
            // phrase makes it no subject.
            || ctx.iter_words(text, m.range.clone()).any(|x| {
                let t = &text[x.clone()];
                first_lower(t) && (t.len() > 4 && t.ends_with("ed") || ctx.is_cue_word(x.clone()))
            })
        {
            continue;
        }
        let named = m.pronoun
            || m.kind != SourceKind::Unknown
            || ctx
                .last_word(text, m.range.start, m.range.end)
                .is_some_and(|lw| {
                    let t = &text[lw];
                    ctx.lex(LexiconClass::TitleWord, t) || ctx.lex(LexiconClass::PeopleNoun, t)
                });
        if !named {
            continue;
        }
        let content = content_trim(ctx, open..sent.end);
        if content.is_empty() {
            continue;
        }
        return Some(Candidate::new(
            cue_start..w.end,
            RULE_UNLISTED_VERB,
            Some(m.clone()),
            vec![content],
            m.range.start,
        ));
    }
    None
}

/// "Sanders delivered a snappy retort: “…”", "In a Fox interview, Trump went
/// even further: “…”": a subject, a verb phrase of one to eight words that no
/// rule took, and a colon opening a quotation that nothing else attributes.
/// The verb phrase is the cue, the subject the source, the quotation the
/// content. On PolNeAR train most such sentences carry an attribution with its
/// cue before the colon. A lone verb no rule took ("Mr. Christie gloated:")
/// counts, unless `unlisted_verb` took it first; a quotation before the colon (a digest's '"Headline," by Outlet's Name: "…"')
/// or a subject that names no one leaves the sentence alone.
pub(super) fn colon_verb_phrase(ctx: &Ctx, sent: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let colon = sent.start + text[sent.clone()].find(':')?;
    if ctx.seg.in_quote(colon) {
        return None;
    }
    let rest = &text[colon + 1..sent.end];
    let q = rest.trim_start_matches(|c: char| is_blank(c) && c != '\n');
    if rest.len() - q.len() > 3 || !(q.starts_with(['“', '"']) || q.starts_with("''")) {
        return None;
    }
    let prefix = &text[sent.start..colon];
    if prefix.contains(['“', '”', '"', '(']) || prefix.contains("''") {
        return None;
    }
    // The subject opens the sentence, or the clause after its last comma ("In
    // a Fox interview later that day, Trump went even further").
    let clause = prefix.rfind(',').map_or(sent.start, |k| sent.start + k + 1);
    let m = ctx
        .leading_subject(sent.start..colon)
        .filter(|m| text[m.range.end..colon].starts_with(' '))
        .or_else(|| {
            let start = skip_blank(text, clause, colon);
            ctx.leading_subject(start..colon)
                .filter(|m| m.range.start == start)
        })?;
    let ws: Vec<Range<usize>> = ctx.words(text, m.range.end..colon);
    let verb = ws.first()?;
    let vt = &text[verb.clone()];
    let lv = ctx.lower(vt);
    let st = ctx.lower(&text[m.range.clone()]);
    if !text[m.range.end..verb.start].chars().all(is_blank)
        || !first_lower(vt)
        || !(1..=8).contains(&ws.len())
        || ctx.is_cue_word(verb.clone())
        || ["it", "this", "that", "there", "what", "which", "who", "here"].contains(&st.as_str())
        || st.ends_with("’s")
        || st.ends_with("'s")
        // A preposition, conjunction or relative is no verb.
        || PREPOSITIONS.contains(&lv.as_str())
        || [
            "and", "or", "but", "of", "to", "for", "with", "by", "about", "as", "who", "which",
            "that", "than", "like",
        ]
        .contains(&lv.as_str())
    {
        return None;
    }
    // As with `unlisted_verb`, the subject must name someone: a pronoun, a
    // recognised source, or a noun of people, titles or documents.
    let named = m.pronoun
        || m.kind != SourceKind::Unknown
        || ctx
            .last_word(text, m.range.start, m.range.end)
            .is_some_and(|lw| {
                let t = &text[lw];
                ctx.lex(LexiconClass::TitleWord, t)
                    || ctx.lex(LexiconClass::PeopleNoun, t)
                    || ctx.lex(LexiconClass::DocumentNoun, t)
            });
    if !named {
        return None;
    }
    let start = m.range.start;
    let mut c = colon_candidate(ctx, colon, sent.end, RULE_COLON_VERB, m, start)?;
    c.cue = verb.start..colon;
    Some(c)
}

pub(super) const UNLISTED_PARTICLES: &[&str] = &["back", "on", "out", "up"];
/// Words that may open a clause before its subject: "But they maintain that".
pub(super) const UNLISTED_OPENERS: &[&str] = &[
    "and",
    "but",
    "so",
    "then",
    "yet",
    "instead",
    "now",
    "still",
    "maybe",
    "perhaps",
    "also",
    "even",
    "however",
    "meanwhile",
    "or",
];
/// Words before "that" that are no verb: "so that", "now that", "such that".
pub(super) const UNLISTED_NOT_VERBS: &[&str] = &[
    "that", "than", "then", "just", "also", "only", "even", "said", "much", "such", "given",
    "except", "provided", "more", "less", "about", "with", "from", "into", "over", "after",
    "before", "since", "when", "once", "unless", "because", "this", "there", "here", "like",
    "says", "know", "knew", "hope", "think", "thinks", "believe", "believes", "series", "news",
    "species", "better", "worse",
];

/// A name introducing a quotation with a colon: "… doesn’t surprise Republican
/// pollster Daron Shaw: “Historically, …”", "IOWA POLLS NOT WRONG - Mark
/// Blumenthal and Jon Cohen: “Although …”". The colon is the cue, the name
/// (capitalised words, with title words and "and"/"of" between them) the source,
/// and the quotation after it the content.
/// Also returns whether the name opens its clause (sentence start or a dash).
pub(super) fn colon_quote(ctx: &Ctx, sent: &Range<usize>) -> Option<(Candidate, bool)> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    // Every opener starts with the colon: the first colon one follows is the
    // earliest opener, found without a substring search per opener.
    // The blank may be a no-break space ("McDonald: \u{a0}“At long last …”").
    // Not a line break: a colon ending its paragraph introduces the next one.
    let opens_quote = |k: usize| {
        let rest = &s[k + 1..];
        let q = rest.trim_start_matches(|c: char| is_blank(c) && c != '\n');
        rest.len() - q.len() <= 3 && (q.starts_with(['“', '"']) || q.starts_with("''"))
    };
    let mut k = s.find(':')?;
    while !opens_quote(k) {
        k += 1 + s[k + 1..].find(':')?;
    }
    let colon = sent.start + k;
    if ctx.seg.in_quote(colon) {
        return None;
    }
    // "Rep. Trey Gowdy (R-S.C.):": the name stands before its parenthesis.
    let name_end = match text[sent.start..colon].strip_suffix(')') {
        Some(b) if !b.contains(['“', '"']) => b.rfind('(').map_or(colon, |i| {
            sent.start
                + text[sent.start..sent.start + i]
                    .trim_end_matches(is_blank)
                    .len()
        }),
        _ => colon,
    };
    // Walk back over the name.
    let ws: Vec<Range<usize>> = ctx.words(text, sent.start..name_end);
    // "More from the report: “…”": a document named before, in lower case.
    if let [.., from, the, doc] = ws.as_slice()
        && text[from.clone()].eq_ignore_ascii_case("from")
        && &text[the.clone()] == "the"
        && ["report", "study", "survey", "memo", "analysis"].contains(&&text[doc.clone()])
    {
        let source = Mention {
            range: the.start..doc.end,
            kind: SourceKind::Document,
            outlet: None,
            pronoun: false,
        };
        let c = colon_candidate(ctx, colon, sent.end, RULE_COLON_QUOTE, source, the.start)?;
        return Some((c, true));
    }
    let mut first = ws.len();
    let mut end_gap_ok = name_end;
    while first > 0 && ws.len() - first < 8 {
        let w = &ws[first - 1];
        let gap = &text[w.end..end_gap_ok];
        let initial = gap.starts_with('.') && w.len() == 1;
        // "’" is three bytes: step over the character, not one byte.
        let gap = match gap.chars().next() {
            Some(c) if initial || c == '’' || c == '\'' => &gap[c.len_utf8()..],
            _ => gap,
        };
        if !gap.chars().all(is_blank) {
            break;
        }
        let t = &text[w.clone()];
        let connector = matches!(t, "and" | "of" | "the" | "de");
        if !(starts_upper(t) || connector || ctx.lex(LexiconClass::TitleWord, t)) {
            break;
        }
        first -= 1;
        end_gap_ok = w.start;
    }
    // Connectors and title words do not open a name.
    while first < ws.len() && !starts_upper(&text[ws[first].clone()]) {
        first += 1;
    }
    // "More from Jones:", "From Andrea Peyser …": the name follows "from".
    if let Some(f) = (first..ws.len()).find(|&i| text[ws[i].clone()].eq_ignore_ascii_case("from")) {
        first = f + 1;
    }
    if first >= ws.len() {
        return None;
    }
    let label = ws[first].start..ws[ws.len() - 1].end;
    let names: Vec<&str> = ws[first..]
        .iter()
        .map(|w| &text[w.clone()])
        .filter(|t| starts_upper(t))
        .collect();
    // What stands before the name ends a clause: the sentence start, a dash, or a
    // verb or preposition in lower case ("surprise", "by").
    let before = text[sent.start..label.start].trim_end_matches(is_blank);
    let before = before
        .strip_suffix("from")
        .or_else(|| before.strip_suffix("From"))
        .map_or(before, |b| {
            let b = b.trim_end_matches(is_blank);
            b.strip_suffix("More")
                .unwrap_or(b)
                .trim_end_matches(is_blank)
        });
    let opens = before.is_empty() || before.ends_with(['—', '–', '-']);
    let lone_word = names.len() == 1;
    if lone_word && !opens {
        return None;
    }
    // "…," by Times' Michael Paulson: "…"": a byline, and "telling Breitbart
    // London:" a listener: the speaker is elsewhere.
    let prev = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if matches!(prev, "by" | "telling" | "told" | "tells" | "to" | "with")
        || text[label.clone()].contains(['’', '\''])
    {
        return None;
    }
    // An all-capitals run is a headline, not a name ("IOWA POLLS NOT WRONG").
    if names.len() > 1 && names.iter().all(|t| t.chars().all(|c| !c.is_lowercase())) {
        return None;
    }
    let ltext = ctx.lower(&text[label.clone()]);
    if NOT_SPEAKERS.contains(&ltext.as_str()) {
        return None;
    }
    let source = ctx.mention_in(label.clone(), true).or_else(|| {
        (!lone_word).then(|| Mention {
            range: label.clone(),
            kind: SourceKind::Person,
            outlet: None,
            pronoun: false,
        })
    })?;
    if source.pronoun {
        return None;
    }
    let c = colon_candidate(ctx, colon, sent.end, RULE_COLON_QUOTE, source, label.start)?;
    Some((c, opens))
}

/// A paragraph ending in a cue and a colon introduces the next paragraph, in
/// quotation marks or not ("Hewitt writes: ⏎ The movie mentions …", "In a speech
/// last July, he said: ⏎ Let no one be mistaken …"): PolNeAR's content is the
/// paragraph after the colon. The paragraph's last sentence `si` is read together
/// with the next paragraph's first; the drafts are kept only when a cue before the
/// colon takes what follows it.
pub(super) fn colon_lead_in(ctx: &Ctx, si: usize) -> Option<Vec<Draft>> {
    let text = ctx.text;
    let sents = &ctx.seg.sentences;
    let (sent, next) = (&sents[si], sents.get(si + 1)?);
    if next.paragraph != sent.paragraph + 1 {
        return None;
    }
    let lead = text[sent.range.clone()].trim_end_matches(is_blank);
    if !lead.ends_with(':') {
        return None;
    }
    let colon = sent.range.start + lead.len() - 1;
    let merged = sent.range.start..next.range.end;
    let mut drafts = analyze_sentence(ctx, &merged);
    let mut takes_next = false;
    for c in drafts.iter_mut().filter_map(|d| d.candidate.as_mut()) {
        let Some(first) = c.content.first_mut().filter(|_| c.cue.end <= colon) else {
            continue;
        };
        // "Soerens argued that: ⏎ Only 2,200 …": the "that" before the colon
        // opens what follows it and is no content of its own.
        if first.start < colon && first.end > colon && text[first.start..colon].trim() == "that" {
            first.start = skip_blank(text, colon + 1, first.end);
        }
        takes_next |= first.start >= colon;
    }
    takes_next.then_some(drafts)
}

/// A signature on a line of its own under a quotation paragraph: "“… pay zero
/// taxes.” ⏎ - Sanders.", "-Michelle Marks, Philadelphia.". Returns the dash and
/// the name; what it signs is the paragraph before.
pub(super) fn signature_line(ctx: &Ctx, sent: &Range<usize>) -> Option<(Range<usize>, Mention)> {
    let text = ctx.text;
    let s = &text[sent.clone()];
    let dash = s
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '—' | '–' | '―'))?;
    let start = skip_blank(text, sent.start + dash.len_utf8(), sent.end);
    // The name: capitalised words up to a comma or the end ("President Obama,
    // tweeting after Clinton's speech.").
    let body = text[start..sent.end].trim_end_matches(['.', ' ']);
    let name_len = body.find(',').unwrap_or(body.len());
    let name = start..start + text[start..start + name_len].trim_end().len();
    let ws: Vec<Range<usize>> = ctx.words(text, name.clone());
    if !(1..=4).contains(&ws.len())
        || !ws.iter().all(|w| starts_upper(&text[w.clone()]))
        || body[name_len..].split_whitespace().count() > 6
    {
        return None;
    }
    let m = ctx.mention_in(name.clone(), false).unwrap_or(Mention {
        range: name,
        kind: SourceKind::Person,
        outlet: None,
        pronoun: false,
    });
    if m.pronoun {
        return None;
    }
    Some((sent.start..sent.start + dash.len_utf8(), m))
}

/// Labels before a colon that are page furniture, not speakers ("UPDATE:",
/// "Related:"), lower case.
pub(super) const NOT_SPEAKERS: &[&str] = &[
    "update",
    "watch",
    "breaking",
    "note",
    "editor's note",
    "editor’s note",
    "correction",
    "read",
    "related",
    "video",
    "photos",
    "abstract",
    "source",
    "sources",
    "clarification",
    "previously",
    "email",
    "q",
    "a",
];

/// The cue frames built into the code rather than a rule file: (rule id, what it
/// does, an example), for `whosaid explain`.
pub const BUILTIN_FRAMES: &[(&str, &str, &str)] = &[
    (
        "cue.headline-colon",
        "A headline of the form \"Source: claim\": the short label before the colon speaks the rest of the headline.",
        "Graham: Trump’s rhetoric is hurting the party",
    ),
    (
        "cue.transcript-label",
        "A transcript turn: a paragraph opening with a speaker's label in capitals and a colon (after a quotation mark, as some sites print transcripts); the rest of the paragraph is the same speaker's.",
        "TAPPER: The mayor released a plan on Friday.",
    ),
    (
        "cue.colon-quote",
        "A name introducing a quotation with a colon, as digests and transcripts print it (\"… - Mark Blumenthal and Jon Cohen: “Although …”\"); the name is the source of the quotation.",
        "The delay surprises transit analyst Rosa Delgado: “Nobody planned for snow.”",
    ),
    (
        "cue.colon-verb-phrase",
        "A subject and a verb phrase (one to eight words) no rule took before a colon opening a quotation that nothing else attributes (\"Sanders delivered a snappy retort: “…”\"): the verb phrase is the cue, the subject the source, the quotation the content.",
        "The mayor delivered a blunt message: “The depot stays open.”",
    ),
    (
        "cue.quote-tag",
        "A speaker tag after a quotation with a verb no rule lists (\"“…,” scoffed Arianna Gil\", \"“…,” remembered Roy Verley\"): a past-tense verb between the closing mark and a name, or after the name, is the cue, the name the source.",
        "“Nobody planned for snow,” scoffed Rosa Delgado.",
    ),
    (
        "cue.unlisted-verb",
        "A named source, a verb no rule lists and a reported complement opening at once after it (\"Trump charges that …\", \"the senator countered: “…”\"): the verb is the cue, the subject the source, the complement the content.",
        "Rosa Delgado countered that nobody had planned for snow.",
    ),
    (
        "cue.possessive-noun",
        "A possessive source, a noun of saying and a that-clause (\"Trump's claim that …\", \"his suggestion that …\"), or a promise and an infinitive (\"his promise to build a wall\"): the noun is the cue, the possessive the source, the clause the content.",
        "The mayor repeated her claim that the depot would reopen.",
    ),
    (
        "cue.noun-agent",
        "A noun of saying, its source after \"by\" or \"from\", and a that-clause (\"criticism from rivals that …\", \"a suggestion by the mayor that …\"): the noun is the cue, the agent the source, the clause the content.",
        "The council rejected a suggestion by the mayor that the depot should close.",
    ),
    (
        "cue.viewpoint",
        "\"To\" and a person or a group opening a clause, then a comma (\"To Frank, issues of justice get attention …\", \"But to others, he's a citizen journalist\"): the clause after the comma is that source's view, \"to\" the cue.",
        "To Rosa Delgado, the depot is the heart of this town.",
    ),
    (
        "cue.signature",
        "A signature after a quotation or a post: a dash and a name closing the line (\"“…” ― Sonya Herridge\", \"… — Sahil Kapur (@sahilkapur) September 1, 2016\"), or on a line of its own under a quotation paragraph (\"- Bernie Sanders.\"); the name is the source of what stands before the dash.",
        "“The depot is the heart of this town.” ― Rosa Delgado",
    ),
];

/// Cue frames built into the code rather than a rule file, with the rule ids reported for them.
pub(super) const RULE_HEADLINE_COLON: usize = usize::MAX;
pub(super) const RULE_TRANSCRIPT: usize = usize::MAX - 1;
pub(super) const RULE_SIGNATURE: usize = usize::MAX - 2;
pub(super) const RULE_COLON_QUOTE: usize = usize::MAX - 3;
pub(super) const RULE_QUOTE_TAG: usize = usize::MAX - 4;
pub(super) const RULE_UNLISTED_VERB: usize = usize::MAX - 5;
pub(super) const RULE_POSSESSIVE_NOUN: usize = usize::MAX - 6;
pub(super) const RULE_NOUN_AGENT: usize = usize::MAX - 7;
pub(super) const RULE_VIEWPOINT: usize = usize::MAX - 8;
pub(super) const RULE_COLON_VERB: usize = usize::MAX - 9;

/// A headline's attributions: cue frames as in the body ("Bellwether County Says
/// Trump Should Win", and each verb of "Clinton Says Russians Hacked DNC, Calls
/// Trump’s Putin Remarks ‘Troubling’"), or the headline convention "Source:
/// claim" with a short source before the colon ("Graham: Trump’s ‘Incredibly
/// Hateful Rhetoric’ …").
pub(super) fn headline_attributions(ctx: &Ctx, r: Range<usize>) -> Vec<Candidate> {
    let framed: Vec<Candidate> = analyze_sentence(ctx, &r)
        .into_iter()
        .filter_map(|d| d.candidate)
        .collect();
    let end = r.end;
    match headline_colon(ctx, r) {
        // "Pat Caddell: Democrat Voters Worried About …", "Report: Half Clinton’s
        // meetings were with donors; campaign says …": the source before the colon
        // speaks the whole headline, whatever verb stands after it.
        Some(c) if framed.first().is_none_or(|f| f.cue.start > c.cue.start) => vec![c],
        _ => {
            let mut framed = framed;
            if let [first] = framed.as_mut_slice()
                && let Some(second) = headline_second_verb(ctx, first, end)
            {
                framed.push(second);
            }
            framed
        }
    }
}

/// "Clinton Says Russians Hacked DNC, Calls Trump’s Putin Remarks ‘Troubling’",
/// "Rep. Gwen Graham slams Trump, praises Clinton": a second cue verb after a
/// comma or "and", written like the first (capitalised or not, in -s or not), shares its
/// source; the first verb's content stops before the comma.
fn headline_second_verb(ctx: &Ctx, first: &mut Candidate, end: usize) -> Option<Candidate> {
    let text = ctx.text;
    first.source.as_ref()?;
    let cue_capital = text[first.cue.clone()].starts_with(char::is_uppercase);
    let cue_s = text[first.cue.clone()].ends_with('s');
    let words: Vec<Range<usize>> = ctx.words(text, first.cue.end..end);
    for (k, w) in words.iter().enumerate().skip(1) {
        let before = &text[words[k - 1].end..w.start];
        let and = matches!(&text[w.clone()], "and" | "And");
        let (sep_end, verb) = if before.contains(',') && !and {
            (words[k - 1].end, w.clone())
        } else if and && before.trim().is_empty() {
            (words[k - 1].end, words.get(k + 1)?.clone())
        } else {
            continue;
        };
        // "Newspaper Says Clinton Needs To Quit …, Show Compassion": a verb not in
        // the first one's form belongs to the content, not to the source.
        if text[verb.clone()].starts_with(char::is_uppercase) != cue_capital
            || text[verb.clone()].ends_with('s') != cue_s
        {
            return None;
        }
        let cues = &ctx.scan.cues;
        let rule = cues[cues
            .binary_search_by_key(&verb.start, |(m, _)| m.start)
            .ok()?]
        .1;
        let content = content_trim(ctx, verb.end..end);
        if !text[content.clone()].chars().any(char::is_alphanumeric) {
            return None;
        }
        if let Some(c) = first.content.last_mut()
            && c.start < sep_end
            && c.end > sep_end
        {
            c.end = sep_end;
        }
        let mut second = Candidate::new(
            verb,
            rule,
            first.source.clone(),
            vec![content],
            first.frame_start,
        );
        second.shares_subject = true;
        return Some(second);
    }
    None
}

/// The headline convention "Source: claim".
pub(super) fn headline_colon(ctx: &Ctx, r: Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let colon = r.start + text[r.clone()].find(':')?;
    // "EXCLUSIVE – Roger Stone: …": a kicker before a dash is no part of the label.
    let r = match text[r.start..colon].find(['–', '—']) {
        Some(k)
            if ctx
                .iter_words(text, r.start..r.start + k)
                .all(|w| text[w].chars().all(|c| !c.is_lowercase())) =>
        {
            skip_blank(text, r.start + k + '–'.len_utf8(), colon)..r.end
        }
        _ => r,
    };
    let label: Vec<Range<usize>> = ctx.iter_words(text, r.start..colon).take(12).collect();
    // Column names and page furniture, not speakers: "The Latest:", "Delegate
    // Update:", "Monday’s Morning Email:"; and the kickers of click-bait headlines
    // ("BOOM:", "Revealed:", "Wow:"), which PolNeAR never attributes.
    const FURNITURE: &[&str] = &[
        "latest",
        "update",
        "updates",
        "email",
        "daily",
        "notice",
        "previously",
        "stat",
        "roundup",
        "live",
        "watch",
        "exclusive",
        "opinion",
        "editorial",
        "breaking",
        "circle",
        "win",
        "morning",
        "evening",
        "weekly",
        "podcast",
        "video",
        "photos",
        "quiz",
        "timeline",
        "recap",
        "explainer",
        "huffpollster",
        "fact-check",
        "factcheck",
        "byline",
        "wow",
        "boom",
        "look",
        "revealed",
        "busted",
        "bombshell",
        "leaked",
    ];
    // "NY Daily News:": a furniture word inside an outlet's name is the outlet's.
    let outlets = within(&ctx.scan.outlets, &(r.start..colon));
    if label.iter().any(|w| {
        FURNITURE.contains(&ctx.lower(&text[w.clone()]).as_str())
            && !outlets
                .iter()
                .any(|(o, _)| o.start <= w.start && w.end <= o.end)
    }) {
        return None;
    }
    // "Gillibrand on Hillary Releasing Her Speech Transcripts:", "Clinton to Planned
    // Parenthood:": the speaker is the name before "on", "to" or "at".
    let name_end = label
        .iter()
        .position(|w| ["on", "to", "at"].contains(&&text[w.clone()]))
        .filter(|k| (1..=4).contains(k))
        .map(|k| label[k - 1].end);
    if name_end.is_none() && label.len() > 5 {
        return None;
    }
    let mut source = ctx.mention_in(r.start..name_end.unwrap_or(colon), false)?;
    if source.pronoun {
        return None;
    }
    // "Report: …", "Poll: …": an unnamed document, not a person called Report.
    const DOCUMENTS: &[&str] = &[
        "report",
        "poll",
        "survey",
        "study",
        "analysis",
        "memo",
        "documents",
        "audit",
        "records",
        "data",
        "probe",
        "investigation",
        "review",
    ];
    if DOCUMENTS.contains(&ctx.lower(text[source.range.clone()].trim()).as_str()) {
        source.kind = SourceKind::Document;
    }
    colon_candidate(ctx, colon, r.end, RULE_HEADLINE_COLON, source, r.start)
}

/// A "Source: claim" candidate: the colon is the cue, what follows it up to
/// `end` the content, unless nothing is said there.
pub(super) fn colon_candidate(
    ctx: &Ctx,
    colon: usize,
    end: usize,
    rule: usize,
    source: Mention,
    frame_start: usize,
) -> Option<Candidate> {
    let content = content_trim(ctx, colon + 1..end);
    if !ctx.text[content.clone()].chars().any(char::is_alphanumeric) {
        return None;
    }
    Some(Candidate::new(
        colon..colon + 1,
        rule,
        Some(source),
        vec![content],
        frame_start,
    ))
}

/// Nouns of saying that PolNeAR annotates as the cue after a possessive source
/// ("Trump's claim that …", "his suggestion that …"). Nouns of holding a view
/// ("belief", "position", "concern", "comments") are left out: after a
/// possessive they are annotated less than half the time on train.
pub(super) const POSSESSIVE_NOUN_CUES: &[&str] = &[
    "claim",
    "claims",
    "suggestion",
    "assertion",
    "argument",
    "statement",
    "statements",
    "insistence",
    "warning",
    "remark",
    "remarks",
    "contention",
    "accusation",
    "announcement",
    "conclusion",
    "complaint",
    "complaints",
    "vow",
    "assurance",
    "assurances",
];

/// Nouns of promising that PolNeAR annotates after a possessive source when an
/// infinitive follows ("his promise to build a wall", "Trump's promises to
/// deport"). Other nouns of intent measured low in this frame on train (vow,
/// pledge, call, plan, refusal, threat, demand: 11 of 34).
const PROMISE_NOUN_CUES: &[&str] = &["promise", "promises"];

/// Nouns of taking a stance on something, each with the preposition that names
/// what the stance is on ("his attacks on Mr. Clinton", "Graham's endorsement
/// of Cruz", "Trump's view of counter-terrorism"). After a possessive source,
/// with one modifier between at most ("her tentative embrace of"), PolNeAR
/// annotates the noun and its preposition as the cue and the object as the
/// content. Left out, measured on train: "opposition to" (6 of 13), "support
/// for" (6 of 18), "calls for" (5 of 11), "comments on" (3 of 7).
const STANCE_NOUN_CUES: &[(&str, &str)] = &[
    ("attack", "on"),
    ("attacks", "on"),
    ("criticism", "of"),
    ("criticisms", "of"),
    ("critique", "of"),
    ("critiques", "of"),
    ("endorsement", "of"),
    ("endorsements", "of"),
    ("embrace", "of"),
    ("view", "of"),
    ("views", "of"),
    ("denunciation", "of"),
    ("condemnation", "of"),
    ("rejection", "of"),
    ("assessment", "of"),
    ("portrayal", "of"),
];

/// Nouns of saying whose source follows with "by" or "from" before a
/// that-clause ("criticism from rivals that …", "the suggestion by a potential
/// president that …").
const AGENT_NOUN_CUES: &[&str] = &[
    "claim",
    "claims",
    "suggestion",
    "suggestions",
    "assertion",
    "assertions",
    "argument",
    "statement",
    "insistence",
    "warning",
    "warnings",
    "remark",
    "remarks",
    "contention",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "announcement",
    "conclusion",
    "complaint",
    "complaints",
    "criticism",
    "admission",
    "declaration",
    "assurance",
    "assurances",
];

/// "criticism from rivals that …": the noun is the cue, the agent after "by" or
/// "from" the source, and the that-clause up to its first comma the content.
fn noun_agent(ctx: &Ctx, sent: &Range<usize>, ws: &[Range<usize>], i: usize) -> Option<Candidate> {
    let text = ctx.text;
    let by = ws.get(i + 1)?;
    if !["by", "from"].contains(&&text[by.clone()]) {
        return None;
    }
    // The agent is short and runs straight on to its "that".
    let k = (i + 3..ws.len().min(i + 9)).find(|&k| &text[ws[k].clone()] == "that")?;
    if text[by.end..ws[k].start].contains([',', ';', ':', '—', '(', '“', '"']) {
        return None;
    }
    let m = ctx.mention_in(ws[i + 2].start..ws[k - 1].end, false)?;
    if m.pronoun || m.range.end != ws[k - 1].end {
        return None;
    }
    let next = ws
        .get(k + 1)
        .map(|n| ctx.lower(&text[n.clone()]).to_string())?;
    if BE.contains(&next.as_str()) || AUXILIARIES.contains(&next.as_str()) {
        return None;
    }
    let open = ws[k].start;
    let content = content_trim(ctx, open..clause_end(ctx, open, sent.end));
    if content.is_empty() {
        return None;
    }
    Some(Candidate::new(
        ws[i].clone(),
        RULE_NOUN_AGENT,
        Some(m),
        vec![content],
        ws[i].start,
    ))
}

/// Capitalised words that open a sentence before a name, no part of it ("Despite Mr. Trump's claim").
const NOUN_CUE_OPENERS: &[&str] = &[
    "despite", "after", "before", "with", "for", "in", "on", "but", "and", "as", "while", "unlike",
    "amid", "since", "under", "by", "from", "to", "of", "at", "like", "about", "over", "given",
    "the", "yet", "so",
];

/// Nouns of answering that report a claim after a possessive only as the
/// subject of "was" or "is" ("Rubio's response was that …", "Clinton's
/// response was: “…”"); "his answer to the question" is no report.
const COPULAR_NOUN_CUES: &[&str] = &["response", "reply", "answer", "point", "explanation"];

/// Words that may open a time phrase between the noun and its "that"
/// ("his claim in November that"), besides a weekday ("Trump's assertion
/// Monday that").
const NOUN_CUE_TIMES: &[&str] = &["on", "in", "last", "this", "earlier", "during", "at"];

/// Is `w` (lower case) a noun of any of the lists `possessive_noun` tries?
fn noun_cue(w: &str) -> bool {
    type Nouns =
        std::collections::HashSet<&'static str, std::hash::BuildHasherDefault<crate::phrases::Fnv>>;
    static NOUNS: std::sync::LazyLock<Nouns> = std::sync::LazyLock::new(|| {
        let lists = [
            AGENT_NOUN_CUES,
            COPULAR_NOUN_CUES,
            PROMISE_NOUN_CUES,
            POSSESSIVE_NOUN_CUES,
        ];
        let stance = STANCE_NOUN_CUES.iter().map(|&(n, _)| n);
        lists.into_iter().flatten().copied().chain(stance).collect()
    });
    NOUNS.contains(w)
}

/// "Trump's claim that …", "his suggestion that …", "Sanders's argument on
/// Sunday was that …": a possessive source, a noun of saying, and a that-clause
/// (or a colon and a quotation). The noun is the cue, the possessive the
/// source, the clause up to its first comma the content.
pub(super) fn possessive_noun(ctx: &Ctx, sent: &Range<usize>) -> Vec<Candidate> {
    let text = ctx.text;
    // Every complement of the noun frames opens with "that" or a colon: most
    // sentences have neither, and need no word-by-word look.
    // Each word's searcher is built once: a two-way searcher set up per word
    // and sentence (`str::contains`) cost more than the search.
    static NEEDLES: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        std::sync::LazyLock::new(|| {
            ["that", ":", "promise"]
                .into_iter()
                .chain(STANCE_NOUN_CUES.iter().map(|(n, _)| *n))
                .map(memchr::memmem::Finder::new)
                .collect()
        });
    let s = text[sent.clone()].as_bytes();
    if NEEDLES.iter().all(|f| f.find(s).is_none()) {
        return Vec::new();
    }
    let ws: Vec<Range<usize>> = ctx.words(text, sent.clone());
    let mut out = Vec::new();
    // Stance nouns come after every other noun frame of the sentence: "his
    // attacks on immigrants and his promise to build a wall" reports the promise.
    let mut stances = Vec::new();
    for i in 1..ws.len() {
        let w = &ws[i];
        if !first_lower(&text[w.clone()]) || ctx.seg.in_quote(w.start) {
            continue;
        }
        let lw = ctx.lower(&text[w.clone()]);
        // One hashed look-up for the nouns of every list below: most words
        // are none of them, and each list is searched word by word.
        if !noun_cue(&lw) {
            continue;
        }
        if AGENT_NOUN_CUES.contains(&lw.as_ref())
            && let Some(c) = noun_agent(ctx, sent, &ws, i)
        {
            out.push(c);
            continue;
        }
        // "Rubio's response was that …": some nouns report only as the subject of "was".
        let copular_only = COPULAR_NOUN_CUES.contains(&lw.as_ref());
        let promise = PROMISE_NOUN_CUES.contains(&lw.as_ref());
        // "his attacks on Mr. Clinton": the noun with its own preposition.
        let stance = STANCE_NOUN_CUES
            .iter()
            .find(|(n, _)| *n == lw.as_ref() as &str)
            .and_then(|&(_, prep)| ws.get(i + 1).filter(|x| &text[(*x).clone()] == prep))
            .filter(|x| text[w.end..x.start].chars().all(is_blank) && ws.len() > i + 2);
        if !POSSESSIVE_NOUN_CUES.contains(&lw.as_ref())
            && !copular_only
            && !promise
            && stance.is_none()
        {
            continue;
        }
        // The possessive is right before the noun; before a stance noun one
        // lower-case modifier may come between ("his harsh attacks on").
        let mut pi = i - 1;
        if stance.is_some() && i >= 2 && !is_possessive(text, &ws[pi]) {
            let m = &text[ws[pi].clone()];
            if !m.chars().all(|c| c.is_lowercase() || c == '-')
                || !text[ws[pi - 1].end..ws[pi].start].chars().all(is_blank)
            {
                continue;
            }
            pi -= 1;
        }
        let p = &ws[pi];
        let poss_end = if text[p.end..].starts_with(['’', '\'']) {
            p.end + text[p.end..].chars().next().map_or(1, char::len_utf8)
        } else {
            p.end
        };
        let next = ws[pi + 1].start;
        if !text[poss_end..next].chars().all(is_blank) || poss_end == next {
            continue;
        }
        let pt = &text[p.start..poss_end];
        let lp = ctx.lower(pt);
        let (source, extent) = if ["his", "her", "their"].contains(&lp.as_ref()) {
            (
                Mention {
                    range: p.clone(),
                    kind: SourceKind::Unknown,
                    outlet: None,
                    pronoun: true,
                },
                None,
            )
        } else {
            let base = ["’s", "'s", "’", "'"]
                .iter()
                .find(|s| pt.ends_with(*s))
                .map(|s| p.start + pt.len() - s.len());
            let Some(base) = base else { continue };
            if !starts_upper(pt) {
                continue;
            }
            // Back over the capitalised words of the name ("Donald Trump's").
            let mut k = pi;
            while k >= 1
                && k + 2 >= pi
                && starts_upper(&text[ws[k - 1].clone()])
                && !NOUN_CUE_OPENERS.contains(&ctx.lower(&text[ws[k - 1].clone()]).as_ref())
                && text[ws[k - 1].end..ws[k].start]
                    .chars()
                    .all(|c| is_blank(c) || c == '.')
            {
                k -= 1;
            }
            let Some(m) = ctx.mention_in(ws[k].start..base, false) else {
                continue;
            };
            if m.pronoun || m.kind == SourceKind::Unknown && !starts_upper(&text[m.range.clone()]) {
                continue;
            }
            let ext = m.range.start..poss_end;
            (m, Some(ext))
        };
        if let Some(prep) = stance {
            // The cue runs to the preposition; its object is the content, up to
            // the clause's end or the verb of the sentence the noun phrase is
            // the subject of ("Kaine's embrace of the pro-choice position | is
            // important"), which is the writer's, not the source's.
            let open = ws[i + 2].start;
            let mut end = clause_end(ctx, open, sent.end);
            if let Some(k) = (i + 3..ws.len())
                .take_while(|&k| ws[k].end <= end)
                .find(|&k| {
                    let lk = ctx.lower(&text[ws[k].clone()]);
                    BE.contains(&lk.as_ref()) || AUXILIARIES.contains(&lk.as_ref())
                })
            {
                // Nor a conjunction or a relative pronoun left before it ("executives who").
                let mut last = k - 1;
                while last > i + 2
                    && ["and", "but", "or", "who", "which", "that"]
                        .contains(&&text[ws[last].clone()])
                {
                    last -= 1;
                }
                end = ws[last].end;
            }
            let content = content_trim(ctx, open..end);
            if content.is_empty() {
                continue;
            }
            let frame_start = source.range.start;
            stances.push(
                Candidate::new(
                    w.start..prep.end,
                    RULE_POSSESSIVE_NOUN,
                    Some(source),
                    vec![content],
                    frame_start,
                )
                .with_extent(extent),
            );
            continue;
        }
        // The complement: "that", after a time phrase at most; "was that"; or a colon and a quotation.
        let mut j = i + 1;
        if ws.get(j).is_some_and(|x| {
            let lx = ctx.lower(&text[x.clone()]);
            NOUN_CUE_TIMES.contains(&lx.as_ref()) || WEEKDAYS.contains(&lx.as_ref())
        }) {
            let mut k = j;
            while k < ws.len()
                && k <= j + 3
                && text[ws[k - 1].end..ws[k].start].chars().all(is_blank)
                && &text[ws[k].clone()] != "that"
            {
                k += 1;
            }
            if ws.get(k).is_some_and(|x| &text[x.clone()] == "that") {
                j = k;
            }
        }
        let copula = ws
            .get(j)
            .filter(|x| ["was", "is"].contains(&&text[(*x).clone()]))
            .map(|x| x.end);
        if copula.is_some() && ws.get(j + 1).is_some_and(|x| &text[x.clone()] == "that") {
            j += 1;
        }
        if copular_only && copula.is_none() {
            continue;
        }
        let open = match ws.get(j) {
            // "Trump's promises to deport".
            Some(x)
                if promise
                    && copula.is_none()
                    && text[w.end..x.start].chars().all(is_blank)
                    && opens_infinitive(text, x.start..sent.end) =>
            {
                x.start
            }
            _ if promise => continue,
            Some(x)
                if &text[x.clone()] == "that"
                    && text[ws[j - 1].end..x.start].chars().all(is_blank) =>
            {
                // "the claim that was made": a relative "that" opens on its verb.
                let next = ws
                    .get(j + 1)
                    .map(|n| ctx.lower(&text[n.clone()]).to_string());
                if next.as_deref().is_none_or(|n| {
                    BE.contains(&n) || AUXILIARIES.contains(&n) || n.len() > 4 && n.ends_with("ed")
                }) {
                    continue;
                }
                x.start
            }
            _ => {
                let at = skip_blank(text, copula.unwrap_or(w.end), sent.end);
                if !text[at..sent.end].starts_with(':') {
                    continue;
                }
                let q = skip_blank(text, at + 1, sent.end);
                if !text[q..sent.end].starts_with(['“', '"']) {
                    continue;
                }
                q
            }
        };
        let content = content_trim(ctx, open..clause_end(ctx, open, sent.end));
        if content.is_empty() {
            continue;
        }
        let frame_start = source.range.start;
        out.push(
            Candidate::new(
                w.clone(),
                RULE_POSSESSIVE_NOUN,
                Some(source),
                vec![content],
                frame_start,
            )
            .with_extent(extent),
        );
    }
    out.extend(stances);
    out
}

/// A possessive word: his, her, their, or a word ending in an apostrophe and
/// "s" ("Trump's") or in an apostrophe alone (a following "’" counts: "Sanders’").
fn is_possessive(text: &str, w: &Range<usize>) -> bool {
    let t = &text[w.clone()];
    ["his", "her", "their"].contains(&lower(t).as_ref())
        || ["’s", "'s"].iter().any(|s| t.ends_with(s))
        || text[w.end..].starts_with(['’', '\''])
}

/// Words after which "to" still opens its clause: "But to others, he's …",
/// "because to him, liberals pose …". Not "and", which mostly adds a second
/// object ("partial to Huckabee and to Ted Cruz, for whom …").
const VIEWPOINT_OPENERS: &[&str] = &["but", "because", "yet"];

/// Pronouns and quantifiers that hold a view after "to" ("To many, Santilli
/// is a provocateur"); a name is found as a source mention.
const VIEWPOINT_HOLDERS: &[&str] = &[
    "him", "her", "them", "me", "us", "many", "others", "some", "most",
];

/// "To Frank, issues of racial justice get attention …", "To Sexton, who has
/// studied the rallies, Tuesday marked …", "But to others, he's a citizen
/// journalist": "to" opening a clause, a person or a group, a comma, and the
/// clause after it, which is the view of that source. Annotated 9 times in 10 on
/// PolNeAR train; used only for a clause no other frame attributed.
pub(super) fn viewpoint(ctx: &Ctx, r: &Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    if !may_open_viewpoint(&text[r.clone()]) {
        return None;
    }
    let mut prev: Option<Range<usize>> = None;
    for w in ctx.iter_words(text, r.clone()) {
        // The cheap test first: nearly every word is no "to".
        if text[w.clone()].eq_ignore_ascii_case("to") {
            let opens = match &prev {
                None => text[r.start..w.start]
                    .chars()
                    .all(|c| is_blank(c) || matches!(c, '“' | '"' | '‘' | '(')),
                Some(p) => {
                    VIEWPOINT_OPENERS.contains(&ctx.lower(&text[p.clone()]).as_str())
                        && text[p.end..w.start].chars().all(is_blank)
                }
            };
            if opens && let Some(c) = viewpoint_at(ctx, r, w.clone()) {
                return Some(c);
            }
        }
        prev = Some(w);
    }
    None
}

/// Can a viewpoint open here: does "to" open the sentence or follow an
/// opener and blanks? A test on bytes before the sentence is split into
/// words: the loop of `viewpoint` finds no more than this.
fn may_open_viewpoint(s: &str) -> bool {
    let starts_to = |t: &str| {
        t.as_bytes()
            .get(..2)
            .is_some_and(|b| b.eq_ignore_ascii_case(b"to"))
    };
    if starts_to(s.trim_start_matches(|c| is_blank(c) || matches!(c, '“' | '"' | '‘' | '('))) {
        return true;
    }
    // An ASCII letter or'd with 0x20 is its lower case; no other byte becomes
    // "o". Each "t" or "T" is found by memchr's vector search: this runs on
    // every sentence that no other frame attributed.
    let b = s.as_bytes();
    memchr::memchr2_iter(b't', b'T', b).any(|p| {
        b.get(p + 1).is_some_and(|&o| o | 0x20 == b'o')
            && VIEWPOINT_OPENERS.iter().any(|o| {
                let before = s[..p].trim_end_matches(is_blank).as_bytes();
                before.len() >= o.len()
                    && before[before.len() - o.len()..].eq_ignore_ascii_case(o.as_bytes())
            })
    })
}

fn viewpoint_at(ctx: &Ctx, r: &Range<usize>, to: Range<usize>) -> Option<Candidate> {
    let text = ctx.text;
    let np = skip_blank(text, to.end, r.end);
    let first = ctx.iter_words(text, np..r.end).next()?;
    if first.start != np {
        return None;
    }
    let lw = ctx.lower(&text[first.clone()]);
    let (m, np_end) = if VIEWPOINT_HOLDERS.contains(&lw.as_str()) {
        let pronoun = !matches!(lw.as_str(), "many" | "others" | "some" | "most");
        let m = Mention {
            range: first.clone(),
            kind: if pronoun {
                SourceKind::Unknown
            } else {
                SourceKind::Group
            },
            outlet: None,
            pronoun,
        };
        (m, first.end)
    } else {
        // "To Frank,", "To Ms. Gil,": a name, not "To the end," or "To date,".
        if !starts_upper(&text[first.clone()]) {
            return None;
        }
        let (m, end) = ctx.mention_after(np, r.end)?;
        let named = matches!(
            m.kind,
            SourceKind::Person | SourceKind::Group | SourceKind::Anonymous
        ) || m.kind == SourceKind::Unknown
            && ctx
                .iter_words(text, m.range.clone())
                .all(|w| starts_upper(&text[w]));
        if !named {
            return None;
        }
        (m, end)
    };
    // The source ends at a comma, through an appositive or a relative clause:
    // "To Sexton, who has made something of a study of Trump rallies, …".
    let comma = skip_blank(text, np_end, r.end);
    if !text[comma..r.end].starts_with(',') {
        return None;
    }
    let relative = ctx
        .iter_words(text, comma + 1..r.end)
        .next()
        .is_some_and(|w| matches!(ctx.lower(&text[w]).as_str(), "who" | "whose"));
    let (extent, rest_start) = match text[comma + 1..r.end].find(',') {
        Some(k) if relative => {
            let e = comma + 1 + k;
            (Some(m.range.start..e + 1), e + 1)
        }
        _ => (None, comma + 1),
    };
    let rest = content_trim(ctx, rest_start..r.end);
    // "To Harrison, Christie's stare seemed to reflect sadness": a hedge already
    // reports the clause, as nobody's.
    if !within(&ctx.scan.hedges, &rest).is_empty() {
        return None;
    }
    // A clause of its own follows: not a list ("to Ohio, Iowa and Texas").
    ctx.iter_words(text, rest.clone()).nth(2)?;
    Some(
        Candidate::new(to.clone(), RULE_VIEWPOINT, Some(m), vec![rest], to.start)
            .with_extent(extent),
    )
}

/// Where a that-clause opening at `open` ends: its first comma, semicolon, dash
/// or parenthesis outside a quotation, or `end`.
fn clause_end(ctx: &Ctx, open: usize, end: usize) -> usize {
    ctx.text[open..end]
        .char_indices()
        .find(|&(k, c)| matches!(c, ',' | ';' | '—' | '–' | '(') && !ctx.seg.in_quote(open + k))
        .map_or(end, |(k, _)| open + k)
}
