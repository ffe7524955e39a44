#!/usr/bin/env python3
"""Accuracy can only ratchet up: compare scores read on standard input with the
figures recorded in fixtures/, and fail when a guarded one falls more than its
slack below them.

    python3 ../shared/polnear/score.py --split dev --pred /tmp/dev.jsonl --json \\
        | python3 scripts/ratchet.py polnear
    python3 scripts/dispute_eval.py --json | python3 scripts/ratchet.py disputes

`polnear` reads the PolNeAR scorer's --json output and guards attribution F1
and joint overlap F1 (one point of slack) against fixtures/polnear_dev_baseline.json.
`disputes` reads scripts/dispute_eval.py --json and guards dispute precision and
F1 (two points: the gold set is small) against fixtures/dispute_baseline.json.
Add --record to write the current figures as the new baseline.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def polnear(s):
    cue = s["attribution"]["cue"]
    return {
        "attribution_f1": 100 * cue["match"]["f1"],
        "joint_overlap_f1": 100 * cue["joint_overlap"]["f1"],
        "content_partial_f1": 100 * s["roles"]["content"]["partial"]["f1"],
        "claim_coverage": 100 * s["coverage"]["claim_coverage"],
        "claim_status_accuracy": 100 * s["claims"]["status_accuracy"],
        "attribution_precision": 100 * cue["match"]["p"],
        "source_exact_f1": 100 * s["roles"]["source"]["exact"]["f1"],
    }


def disputes(s):
    return {
        "dispute_precision": 100 * s["precision"],
        "dispute_recall": 100 * s["recall"],
        "dispute_f1": 100 * s["f1"],
    }


MODES = {
    # mode: (figures from the scores, baseline file, guarded keys, slack in points)
    "polnear": (polnear, "polnear_dev_baseline.json", ("attribution_f1", "joint_overlap_f1"), 1.0),
    "disputes": (disputes, "dispute_baseline.json", ("dispute_precision", "dispute_f1"), 2.0),
}


def main():
    args = sys.argv[1:]
    if not args or args[0] not in MODES:
        sys.exit("usage: ratchet.py polnear|disputes [--record] < scores.json")
    figures, name, guarded, slack = MODES[args[0]]
    path = os.path.join(HERE, "..", "fixtures", name)
    now = figures(json.load(sys.stdin))
    if "--record" in args:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump({k: round(v, 1) for k, v in now.items()}, fh, indent=2)
            fh.write("\n")
    with open(path, encoding="utf-8") as fh:
        recorded = json.load(fh)
    failed = False
    for key, value in now.items():
        base = recorded.get(key)
        mark = ""
        if key in guarded and base is not None and value < base - slack:
            mark = f"  FAIL: more than {slack} points below the recorded {base:.1f}"
            failed = True
        print(f"{key:24s} {value:6.1f}  (recorded {base if base is not None else '-'}){mark}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
