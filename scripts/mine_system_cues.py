#!/usr/bin/env python3
"""Mine cue words by trying them through whosaid itself, on the PolNeAR *train* split.

scripts/mine_frame_cues.py estimates a word's precision from a crude frame
(a word after a capitalised name). This script measures it the way it will
be used: every word that annotators marked as a whole cue at least --min-gold
times on train and that no rule knows yet is put into one candidate rule
(frame verb, named_source: true) in a temporary pack; the PolNeAR runner
(examples/polnear.rs --rules DIR) analyses train with it, and each candidate's
predictions are aligned with gold exactly as the scorer does. Words whose
own predictions reach --min-precision with at least --min-tp matches are
printed as a YAML word list, for review before they go into rules/cues.yaml.
Only train is read; dev stays the check.

    cargo build --release --examples
    python3 scripts/mine_system_cues.py [--min-gold 3] [--min-tp 3] [--min-precision 0.6]
"""
import argparse
import collections
import glob
import importlib.util
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
WORD = re.compile(r"[A-Za-z’'\-]+")
# Function words are never cues on their own.
STOP = set("""a an the and or but of to in on at for with by from that this these those it its is was were are
be been being has have had he she they them his her their we our i you your not no as if than then so
do does did will would could should may might can must also just about after before over up out into
more most some any all one two new who which what when where why how there here very""".split())


def load_scorer(data):
    spec = importlib.util.spec_from_file_location("polnear_score", os.path.join(data, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def known_words():
    known = set()
    for path in glob.glob(os.path.join(ROOT, "rules", "*.yaml")):
        for m in re.finditer(r"words:\s*\[([^\]]*)\]", open(path, encoding="utf-8").read()):
            known.update(w.strip().strip('"').lower() for w in m.group(1).split(","))
    return known


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "polnear"))
    ap.add_argument("--min-gold", type=int, default=3)
    ap.add_argument("--min-tp", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.6)
    ap.add_argument("--phrases", action="store_true",
                    help="try two-word cues (\"pointed out\", \"made clear\") instead of single words")
    ap.add_argument("--any-subject", action="store_true",
                    help="candidates accept any noun phrase as subject (named_source: false)")
    ap.add_argument("--runner", default=os.path.join(ROOT, "target", "release", "examples", "polnear"))
    args = ap.parse_args()
    sc = load_scorer(args.data)
    gold = sc.load_gold(args.data, "train")
    known = known_words()
    counts = collections.Counter()
    for art in gold.values():
        t = art["text"]
        for g in art["attributions"]:
            if not g["cue"] or len(g["cue"]) != 1:
                continue
            words = WORD.findall(t[g["cue"][0][0]:g["cue"][0][1]])
            want = 2 if args.phrases else 1
            if len(words) == want and all(w.islower() for w in words):
                counts[" ".join(words)] += 1
    cands = sorted(w for w, n in counts.items()
                   if n >= args.min_gold and w not in known and len(w) > 2
                   and not all(x in STOP for x in w.split()) and "’" not in w and "'" not in w)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "candidates.yaml"), "w", encoding="utf-8") as fh:
            fh.write("cues:\n  - id: cue.candidates\n    description: Candidate cue words under test.\n"
                     "    frame: verb\n    named_source: %s\n    words: [%s]\n"
                     % ("false" if args.any_subject else "true", ", ".join('"%s"' % c for c in cands)))
        out = os.path.join(tmp, "train.jsonl")
        subprocess.run([args.runner, os.path.join(args.data, "train", "text"), out, "--rules", tmp],
                       check=True, stderr=subprocess.DEVNULL)
        preds = sc.load_predictions(out, gold)
    tp, fp = collections.Counter(), collections.Counter()
    cset = set(cands)
    for name, art in gold.items():
        t = art["text"]
        p = preds.get(name, [])
        pairs = sc.align(sc.Tokenizer(t), p, art["attributions"], "cue", t)
        hit = {i for i, _ in pairs}
        for i, pa in enumerate(p):
            w = " ".join(WORD.findall(t[pa["cue"][0][0]:pa["cue"][-1][1]])).lower()
            if w in cset:
                (tp if i in hit else fp)[w] += 1
    rows = sorted(((tp[w] / (tp[w] + fp[w]), tp[w], fp[w], w) for w in cset if tp[w] + fp[w]), reverse=True)
    keep = [r for r in rows if r[1] >= args.min_tp and r[0] >= args.min_precision]
    print("# word              precision   tp   fp   (gold cue count)")
    for prec, a, b, w in rows:
        mark = "+" if (prec, a, b, w) in keep else " "
        print(f"# {mark} {w:18s} {prec:5.0%} {a:4d} {b:4d}   ({counts[w]})")
    print("words: [%s]" % ", ".join(sorted(r[3] for r in keep)))
    print("# kept %d words: %d matches, %d false positives on train"
          % (len(keep), sum(r[1] for r in keep), sum(r[2] for r in keep)))


if __name__ == "__main__":
    main()
