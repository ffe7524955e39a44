#!/usr/bin/env python3
"""Fail when whosaid's PolNeAR dev scores fall more than one point below the
figures recorded in fixtures/polnear_dev_baseline.json, so accuracy can only
ratchet up. Reads the scorer's --json output on standard input.

    python3 ../shared/polnear/score.py --split dev --pred /tmp/dev.jsonl --json \
        | python3 scripts/polnear_ratchet.py
"""
import json
import os
import sys

BASELINE = os.path.join(os.path.dirname(__file__), "..", "fixtures", "polnear_dev_baseline.json")
SLACK = 1.0  # points

scores = json.load(sys.stdin)
cue = scores["attribution"]["cue"]
now = {
    "attribution_f1": 100 * cue["match"]["f1"],
    "joint_overlap_f1": 100 * cue["joint_overlap"]["f1"],
    "content_partial_f1": 100 * scores["roles"]["content"]["partial"]["f1"],
    "claim_coverage": 100 * scores["coverage"]["claim_coverage"],
    "claim_status_accuracy": 100 * scores["claims"]["status_accuracy"],
    "attribution_precision": 100 * cue["match"]["p"],
}
with open(BASELINE, encoding="utf-8") as fh:
    recorded = json.load(fh)
failed = False
for key, value in now.items():
    base = recorded.get(key)
    mark = ""
    if key in ("attribution_f1", "joint_overlap_f1") and base is not None and value < base - SLACK:
        mark = f"  FAIL: more than {SLACK} point below the recorded {base:.1f}"
        failed = True
    print(f"{key:24s} {value:6.1f}  (recorded {base if base is not None else '-'}){mark}")
sys.exit(1 if failed else 0)
