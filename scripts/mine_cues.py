#!/usr/bin/env python3
"""Mine single-word cue verbs from the PolNeAR *train* split.

For every word annotated as (part of) a cue, count how often it is a cue and
how often it occurs in the train texts at all. Words that are cues often
enough (`--min-count`) and reliably enough (`--min-ratio`: cue occurrences /
all occurrences, a precision proxy) and are not yet in the default pack are
printed as a YAML word list, for a reviewer to paste into rules/cues.yaml.
Only train is read: dev stays for checking, test is held out.

    python3 scripts/mine_cues.py ../shared/polnear/train > /tmp/mined.txt
"""
import argparse
import collections
import glob
import os
import re

WORD = re.compile(r"[A-Za-z’']+")

ap = argparse.ArgumentParser()
ap.add_argument("split_dir")
ap.add_argument("--min-count", type=int, default=8)
ap.add_argument("--min-ratio", type=float, default=0.45)
ap.add_argument("--rules", default=os.path.join(os.path.dirname(__file__), "..", "rules"))
args = ap.parse_args()

cue_count = collections.Counter()
all_count = collections.Counter()
seen_files = set()
for ann in sorted(glob.glob(os.path.join(args.split_dir, "attributions", "*.ann"))):
    name = re.sub(r"_[^_]+\.ann$", "", os.path.basename(ann))
    if name in seen_files:
        continue  # the scorer uses the first annotator's file
    seen_files.add(name)
    text = open(os.path.join(args.split_dir, "text", name + ".txt"), encoding="utf-8").read()
    for w in WORD.findall(text):
        all_count[w.lower()] += 1
    for line in open(ann, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or not parts[0].startswith("T") or not parts[1].startswith("Cue "):
            continue
        words = WORD.findall(parts[2].lower())
        if len(words) == 1:
            cue_count[words[0]] += 1

known = set()
for path in glob.glob(os.path.join(args.rules, "*.yaml")):
    for m in re.finditer(r"words:\s*\[([^\]]*)\]", open(path, encoding="utf-8").read()):
        known.update(w.strip().strip('"').lower() for w in m.group(1).split(","))

rows = []
for w, n in cue_count.items():
    ratio = n / max(all_count[w], 1)
    if n >= args.min_count and ratio >= args.min_ratio and w not in known:
        rows.append((n, ratio, w))
rows.sort(reverse=True)
for n, ratio, w in rows:
    print(f"{w:16s} cue {n:4d} of {all_count[w]:5d}  ({ratio:.0%})")
print("\nwords: [" + ", ".join(w for _, _, w in rows) + "]")
