#!/usr/bin/env python3
"""Why does whosaid miss gold attributions whose cue word it already knows?

For every gold attribution on the split that no prediction matches (cue overlap,
aligned as the scorer does) and whose cue has a word listed in rules/cues.yaml,
guess the reason from the text around the cue and from what whosaid predicted
in the same sentence, and print counts with examples per class. The classes are
ordered: the first that applies wins.

    target/release/examples/polnear ../shared/polnear/train/text /tmp/train.jsonl
    python3 scripts/polnear_known_misses.py --split train --pred /tmp/train.jsonl [--examples 3]
    # every case of one class, each with its sentence and the other predictions in it:
    python3 scripts/polnear_known_misses.py --split train --pred /tmp/train.jsonl \
        --only "second cue in a sentence with another prediction" --examples 1000 --others
"""
import argparse
import collections
import json
import os
import re

import yaml

# The scorer loader and the context printer are polnear_errors.py's own.
from polnear_errors import context, load_scorer

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[A-Za-z’'-]+")
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
               "these", "those", "no", "any", "some", "every", "each", "new", "more", "many"}
BE = {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"}
RELATIVES = {"who", "which", "that", "whom", "whose"}


def cue_rules(rules_dir):
    """word -> the rule entries (frame, complementizer, named_source) that list it."""
    out = collections.defaultdict(list)
    for r in yaml.safe_load(open(os.path.join(rules_dir, "cues.yaml"), encoding="utf-8"))["cues"]:
        for w in r.get("words", []):
            out[w.lower()].append(r)
    return out


def spans(text, sp):
    """The words of a list of (start, end) spans, joined with " … "; "∅" for none."""
    return " … ".join(text[x:y] for x, y in sp) if sp else "∅"


def sentence_of(text, pos):
    """A rough sentence around pos: from the last ". " / newline to the next one."""
    lo = max(text.rfind("\n", 0, pos), *(text.rfind(p, 0, pos) + 1 for p in (". ", "? ", "! ")))
    hi_c = [i for i in (text.find("\n", pos), text.find(". ", pos), text.find("? ", pos)) if i >= 0]
    hi = min(hi_c) + 1 if hi_c else len(text)
    return max(lo, 0), hi


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "polnear"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--only", help="print examples of this class only (up to --examples)")
    ap.add_argument("--others", action="store_true",
                    help="with each example, the sentence and the other predictions in it "
                         "(cue, source, start of content; + where it matched gold)")
    args = ap.parse_args()

    sc = load_scorer(args.data)
    gold = sc.load_gold(args.data, args.split)
    preds = sc.load_predictions(args.pred, gold)
    rules = cue_rules(os.path.join(HERE, "..", "rules"))
    counts, examples = collections.Counter(), collections.defaultdict(list)

    for name, art in sorted(gold.items()):
        text = art["text"]
        g, p = art["attributions"], preds.get(name, [])
        tok = sc.Tokenizer(text)
        pairs = sc.align(tok, p, g, "cue", text)
        matched_g = {j for _, j in pairs}
        matched_p = {i for i, _ in pairs}
        pred_cues = [(pa["cue"][0][0], pa["cue"][-1][1]) for pa in p if pa["cue"]]
        first_nl = text.find("\n")
        for j, ga in enumerate(g):
            if j in matched_g or not ga["cue"]:
                continue
            a, b = ga["cue"][0][0], ga["cue"][-1][1]
            cue_text = " ".join(text[x:y] for x, y in ga["cue"])
            words = [w.lower() for w in WORD.findall(cue_text)]
            hits = [r for w in words for r in rules.get(w, [])]
            phrase = " ".join(words)
            hits += rules.get(phrase, [])
            if not hits:
                continue
            frames = {r.get("frame") for r in hits}
            s0, s1 = sentence_of(text, a)
            before = text[s0:a]
            prev = WORD.findall(before)[-1:] or [""]
            prev = prev[0].lower()
            src = ga["source"]
            src_text = " ".join(text[x:y] for x, y in src).lower() if src else ""
            others = [c for c in pred_cues if s0 <= c[0] < s1]
            overlapping = [c for c in pred_cues if c[0] < b and a < c[1]]
            if overlapping:
                cls = "a prediction overlaps the cue but matched another gold"
            elif first_nl >= 0 and a < first_nl:
                cls = "headline"
            elif any(cue_text[:1].isupper() for _ in [0]) and before.strip(" “\"‘(") != "":
                cls = "guard: capitalised cue"
            elif prev in DETERMINERS or prev.endswith(("’s", "'s")) and prev not in BE:
                cls = "guard: determiner/possessive before cue"
            elif prev in BE:
                cls = "guard: after 'be' (passive/progressive)"
            elif src_text in RELATIVES:
                cls = "subject is a relative pronoun"
            elif src and src[0][0] > b:
                cls = "source after the cue"
            elif not src:
                cls = "no gold source"
            elif src[-1][1] < s0:
                cls = "source in an earlier sentence"
            elif "participle" in frames and re.search(r"ing$", words[0]):
                cls = ("participle, another prediction in the sentence" if others
                       else "participle, nothing predicted in the sentence")
            elif others and re.search(r"\b(and|but|then|or)\s+(\w+\s+){0,2}$", text[src[-1][1]:a]):
                cls = "coordinated second verb (X did Y and said ...)"
            elif others:
                cls = "second cue in a sentence with another prediction"
            elif len(WORD.findall(text[src[-1][1]:a])) > 4:
                cls = "subject far before the cue (>4 words between)"
            elif any(r.get("complementizer") for r in hits) and not re.match(
                    r"\s*(that\b|[“\"‘:])", text[b:]):
                cls = "complementizer rule without 'that'"
            elif any(r.get("named_source") for r in hits):
                cls = "named_source rule: common-noun subject, or no subject found"
            else:
                cls = "other, nothing predicted in the sentence (auxiliary chains, long subjects)"
            counts[cls] += 1
            if len(examples[cls]) < args.examples and (not args.only or args.only == cls):
                src_show = " … ".join(text[x:y] for x, y in src) if src else "∅"
                ex = f"{name}: src «{src_show}» {context(text, [(a, b)], 80)}"
                if args.others:
                    ex += "\n            sentence: " + text[s0:s1].replace("\n", " ").strip()
                    for i, pa in enumerate(p):
                        if pa["cue"] and s0 <= pa["cue"][0][0] < s1:
                            ex += "\n            {} [{}] src «{}» content «{}»".format(
                                "+" if i in matched_p else "-", spans(text, pa["cue"]),
                                spans(text, pa.get("source")), spans(text, pa.get("content"))[:60])
                examples[cls].append(ex)

    total = sum(counts.values())
    print(f"{args.split}: {total} missed gold attributions with a known cue word\n")
    for cls, n in counts.most_common():
        print(f"{n:6d}  {cls}")
        for ex in examples[cls]:
            print(f"          {ex}")


if __name__ == "__main__":
    main()
