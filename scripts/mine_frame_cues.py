#!/usr/bin/env python3
"""Mine cue verbs from the PolNeAR *train* split in the subject-verb frame.

scripts/mine_cues.py measures a word's cue rate over all its occurrences; a
stance verb ("endorsed", "pointed") is a cue mostly when a named source or a
pronoun is its subject, which is the only frame whosaid's `named_source` rules
accept. This script counts, for each lower-case word right after a pronoun or
a capitalised name (adverbs such as "also" or "has" skipped), how often it is
an annotated cue there: an estimate of the rule's precision in that frame.
Words at or above --min-ratio with at least --min-count cues, not yet in
rules/cues.yaml, are printed for review. Only train is read.

    python3 scripts/mine_frame_cues.py --min-count 3 --min-ratio 0.5
"""
import argparse
import collections
import glob
import os
import re
ap = argparse.ArgumentParser()
ap.add_argument("--split-dir", default="../shared/polnear/train")
ap.add_argument("--min-count", type=int, default=3)
ap.add_argument("--min-ratio", type=float, default=0.5)
args = ap.parse_args()
minc, minr = args.min_count, args.min_ratio
TOK = re.compile(r"[A-Za-z][A-Za-z’'\-]*|[.,;:!?“”\"]")
PRON = {"he","she","they","we","i","it","who"}
ADV = {"also","has","have","had","would","will","could","later","then","again","repeatedly","publicly","recently","previously","already","still","never","only","even","just","did","does","do","not","often","once","strongly","firmly","quickly"}
known=set()
for m in re.finditer(r"words:\s*\[([^\]]*)\]", open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "rules", "cues.yaml")).read()):
    known.update(w.strip().strip('"').lower() for w in m.group(1).split(","))
tot, cue = collections.Counter(), collections.Counter()
seen=set()
for ann in sorted(glob.glob(os.path.join(args.split_dir, "attributions", "*.ann"))):
    name = re.sub(r"_[^_]+\.ann$", "", os.path.basename(ann))
    if name in seen: continue
    seen.add(name)
    text = open(os.path.join(args.split_dir, "text", name + ".txt"), encoding="utf-8").read()
    cuechars = set()
    for line in open(ann, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 2 and parts[0].startswith("T") and parts[1].startswith("Cue "):
            for fr in parts[1][4:].split(";"):
                a, b = map(int, fr.split()); cuechars.update(range(a, b))
    toks = [(m.group(), m.start()) for m in TOK.finditer(text)]
    for i, (w, s) in enumerate(toks):
        if not w[0].isalpha() or w[0].isupper(): continue
        j = i - 1
        while j >= 0 and toks[j][0].lower() in ADV: j -= 1
        if j < 0: continue
        p = toks[j][0]
        subj = p.lower() in PRON or (p[0].isupper() and j > 0 and toks[j-1][0] not in ".!?“\"")
        if not subj: continue
        lw = w.lower()
        tot[lw] += 1
        if s in cuechars: cue[lw] += 1
rows = [(cue[w], cue[w]/tot[w], w) for w in tot if cue[w] >= minc and cue[w]/tot[w] >= minr and w not in known]
rows.sort(reverse=True)
for n, r, w in rows: print(f"{w:16s} {n:4d}/{tot[w]:4d} {r:.0%}")
print(sum(n for n,_,_ in rows))
