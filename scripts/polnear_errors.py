#!/usr/bin/env python3
"""Error analysis for whosaid on PolNeAR: where do attributions go wrong?

Reads the gold annotations through the shared scorer's own loaders, aligns
predictions by cue overlap exactly as the scorer does, and prints:
  - the worst articles (lowest attribution F1, most misses),
  - missed gold cues, split into "cue word known to the rules" (a frame or
    boundary failure) and "cue word unknown" (a lexicon gap),
  - false-positive cue strings,
  - content-boundary errors of matched pairs (starts early/late, ends short/long),
  - source errors of matched pairs,
with an example of each.

    cargo run --release --example polnear -- ../shared/polnear/train/text /tmp/train.jsonl
    python3 scripts/polnear_errors.py --split train --pred /tmp/train.jsonl [--top 25]
"""
import argparse
import collections
import glob
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = re.compile(r"[A-Za-z’']+")


def load_scorer(data_dir):
    spec = importlib.util.spec_from_file_location("polnear_score", os.path.join(data_dir, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def known_words(rules_dir):
    known = set()
    for path in [os.path.join(rules_dir, "cues.yaml")]:
        for m in re.finditer(r"words:\s*\[([^\]]*)\]", open(path, encoding="utf-8").read()):
            known.update(w.strip().strip('"').lower() for w in m.group(1).split(","))
    return known


def text_of(text, span, limit=90):
    if not span:
        return "∅"
    s = " … ".join(text[a:b] for a, b in span).replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 1] + "…"


def context(text, span, width=70):
    a, b = span[0][0], span[-1][1]
    lo, hi = max(0, a - width), min(len(text), b + width)
    return (text[lo:a] + "[[" + text[a:b] + "]]" + text[b:hi]).replace("\n", " ⏎ ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "polnear"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--examples", type=int, default=1)
    args = ap.parse_args()

    sc = load_scorer(args.data)
    gold = sc.load_gold(args.data, args.split)
    preds = sc.load_predictions(args.pred, gold)
    known = known_words(os.path.join(HERE, "..", "rules"))

    per_article = []
    missed_known, missed_unknown, false_pos = collections.Counter(), collections.Counter(), collections.Counter()
    examples = collections.defaultdict(list)
    content_err, source_err = collections.Counter(), collections.Counter()

    def note(kind, key, ex):
        if len(examples[(kind, key)]) < args.examples:
            examples[(kind, key)].append(ex)

    for name, art in gold.items():
        text = art["text"]
        g, p = art["attributions"], preds.get(name, [])
        tok = sc.Tokenizer(text)
        pairs = sc.align(tok, p, g, "cue", text)
        mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
        m = len(pairs)
        f1 = 2 * m / (len(p) + len(g)) if (p or g) else 1.0
        per_article.append((f1, len(g) - m, len(p) - m, name, len(g)))
        for j, ga in enumerate(g):
            if j in mg or not ga["cue"]:
                continue
            cue = " ".join(WORD.findall(text_of(text, ga["cue"], 200).lower())) or "<punct>"
            words = cue.split()
            bucket = missed_known if any(w in known for w in words) else missed_unknown
            bucket[cue] += 1
            note("miss", cue, f"{name}: {context(text, ga['cue'])}")
        for i, pa in enumerate(p):
            if i in mp or not pa["cue"]:
                continue
            cue = " ".join(WORD.findall(text_of(text, pa["cue"], 200).lower())) or "<punct>"
            false_pos[cue] += 1
            note("fp", cue, f"{name}: {context(text, pa['cue'])}")
        for i, j in pairs:
            pa, ga = p[i], g[j]
            pc, gc = pa["content"], ga["content"]
            if pc and gc and pc != gc:
                ps, pe, gs, ge = pc[0][0], pc[-1][1], gc[0][0], gc[-1][1]
                kinds = []
                if abs(ps - gs) > 2:
                    kinds.append("starts early" if ps < gs else "starts late")
                if abs(pe - ge) > 2:
                    kinds.append("ends short" if pe < ge else "ends long")
                if not kinds and len(pc) != len(gc):
                    kinds.append("fragments differ")
                for k in kinds:
                    content_err[k] += 1
                    note("content", k, f"{name}: gold «{text_of(text, gc)}» / ours «{text_of(text, pc)}»")
            elif gc and not pc:
                content_err["no content"] += 1
            ps_, gs_ = pa["source"], ga["source"]
            if ps_ != gs_:
                if not ps_:
                    k = "source missing"
                elif not gs_:
                    k = "source where gold has none"
                elif not (sc.span_chars(ps_) & sc.span_chars(gs_)):
                    k = "source wrong"
                else:
                    a, b, c, d = ps_[0][0], ps_[-1][1], gs_[0][0], gs_[-1][1]
                    k = "source too long" if (a < c or b > d) else "source too short"
                source_err[k] += 1
                note("source", k, f"{name}: gold «{text_of(text, gs_)}» / ours «{text_of(text, ps_)}»")

    n_gold = sum(len(a["attributions"]) for a in gold.values())
    n_mk, n_mu, n_fp = sum(missed_known.values()), sum(missed_unknown.values()), sum(false_pos.values())
    print(f"{args.split}: {n_gold} gold attributions; missed {n_mk + n_mu} "
          f"({n_mk} with a known cue word, {n_mu} unknown); {n_fp} false positives\n")

    print("Worst articles (attribution F1, missed, false positives, gold)")
    for f1, miss, fp, name, ng in sorted(per_article)[: min(args.top, 15)]:
        print(f"  {f1:5.2f}  miss {miss:3d}  fp {fp:3d}  gold {ng:3d}  {name}")

    def table(title, counter, kind):
        print(f"\n{title}")
        for key, n in counter.most_common(args.top):
            print(f"  {n:5d}  {key}")
            for ex in examples[(kind, key)]:
                print(f"           {ex}")

    table("Missed, cue word known to the rules (frame or boundary failure)", missed_known, "miss")
    table("Missed, cue word unknown (lexicon gap)", missed_unknown, "miss")
    table("False positives by cue", false_pos, "fp")
    table("Content boundary errors in matched pairs", content_err, "content")
    table("Source errors in matched pairs", source_err, "source")


if __name__ == "__main__":
    main()
