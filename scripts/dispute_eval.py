#!/usr/bin/env python3
"""Score whosaid's dispute detection against hand-labelled PolNeAR articles.

Gold: fixtures/disputes_gold.yaml, a list of PolNeAR train/dev articles, each
read in full and labelled with EVERY dispute it contains (possibly none):

    articles:
      - split: train                      # train | dev
        file: breitbart_2016-...          # <data>/<split>/text/<file>.txt, without .txt
        disputes:
          - kind: denial                  # denial | contradiction | correction | questioning
            marker: {start: 1234, end: 1240, text: "denied"}   # or null if implicit
            a: {start: 1000, end: 1100, text: "..."}   # the claim being disputed
            b: {start: 1200, end: 1300, text: "..."}   # the claim that disputes it
            sources: ["The New York Times", "Trump campaign"]  # a's source, b's source

A dispute is a pair of claims attributed to two different sources where one
denies, contradicts, corrects or questions the other. Gold offsets are Unicode
code points, end exclusive (Python text[start:end]); every `text` must equal
its slice, and this script checks that before scoring.

Predictions: the script runs the built binary once on every labelled article,

    <bin> check --format json --fail-on never <path>...

and reads, for each entry of the report's `files` array, `claims` (`id`,
`span` and `sentence`, both BYTE offsets into the file) and `disputes`
(`claims`: [id_a, id_b], `kind`, `marker` {text, span}, `sources`, and, when
present, `sides`: [{claim, span, text, source}, ...], the words of each side).
Byte offsets are converted to code points through the decoded file.

Matching rule: a predicted dispute matches a gold one when each of its two
claims overlaps (shares at least one character with) a different gold side,
a or b, in either order. A side's extent is its own `sides[k].span` when the
report gives one, else its claim's `span`, or the claim's `sentence` span when
it has no span; with --lenient, overlapping via the side's span, the claim's
span or the sentence counts. Matching is one-to-one within an article and greedy:
candidate pairs are taken in decreasing order of total overlap. The kind and
marker do not have to agree; kind agreement of matched pairs is reported
separately. Precision = matched / predicted, recall = matched / gold, over
all labelled articles (an article with `disputes: []` still counts: whatever
is predicted there is a false positive).

Run from the repository root:

    cargo build --release
    python3 scripts/dispute_eval.py                 # report with false positives and misses
    python3 scripts/dispute_eval.py --json          # machine-readable numbers
    python3 scripts/dispute_eval.py --split dev     # only the dev articles

Options: --gold FILE (default fixtures/disputes_gold.yaml), --data DIR
(default ../shared/polnear relative to the repository root), --bin PATH
(default target/release/whosaid), --report FILE (score a saved JSON report
instead of running the binary), --lenient, --split, --json.
Exit status: 0 after scoring, 2 on a bad gold file or a failed whosaid run.
"""
import argparse
import collections
import json
import os
import signal
import subprocess
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("dispute_eval.py needs PyYAML: pip install pyyaml")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ("denial", "contradiction", "correction", "questioning")


def fail(msg):
    print(f"dispute_eval: {msg}", file=sys.stderr)
    sys.exit(2)


def short(text, n=90):
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def load_gold(path, data_dir, split=None):
    """Gold articles with their texts; checks every span against its slice."""
    with open(path, encoding="utf-8") as fh:
        doc = yaml.safe_load(fh)
    articles, errors = [], []
    for art in doc.get("articles") or []:
        if split and art["split"] != split:
            continue
        fpath = os.path.join(data_dir, art["split"], "text", art["file"] + ".txt")
        try:
            with open(fpath, "rb") as fh:
                raw = fh.read()
        except OSError as e:
            fail(f"cannot read {fpath}: {e}")
        text = raw.decode("utf-8")
        for i, d in enumerate(art.get("disputes") or []):
            where = f"{art['file']} dispute {i + 1}"
            if d.get("kind") not in KINDS:
                errors.append(f"{where}: unknown kind {d.get('kind')!r}")
            for side in ("a", "b", "marker"):
                sp = d.get(side)
                if sp is None:
                    if side != "marker":
                        errors.append(f"{where}: missing {side}")
                    continue
                if text[sp["start"]:sp["end"]] != sp["text"]:
                    errors.append(f"{where}: {side} text does not equal text[{sp['start']}:{sp['end']}]")
        articles.append({**art, "path": fpath, "raw": raw, "text": text,
                         "disputes": art.get("disputes") or []})
    if errors:
        fail("bad gold file:\n  " + "\n  ".join(errors))
    return articles


def run_whosaid(binary, paths):
    cmd = [binary, "check", "--format", "json", "--fail-on", "never", *paths]
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True)
    except OSError as e:
        fail(f"cannot run {binary}: {e} (did you `cargo build --release`?)")
    if proc.returncode not in (0, 1):
        fail(f"whosaid exited with {proc.returncode}:\n{proc.stderr.decode(errors='replace')}")
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        fail(f"whosaid output is not JSON: {e}")


def byte_to_char(text):
    """offsets[b] = code-point index of the character starting at (or containing) byte b."""
    offsets = []
    for i, ch in enumerate(text):
        offsets.extend([i] * len(ch.encode("utf-8")))
    offsets.append(len(text))
    return offsets


def overlap(x, y):
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def predictions(file_report, text):
    """Predicted disputes with their claims' extents in code points."""
    b2c = byte_to_char(text)

    def conv(sp):
        return None if not sp else (b2c[sp["start"]], b2c[sp["end"]])

    claims = {}
    for c in file_report.get("claims", []):
        claims[c["id"]] = {"span": conv(c.get("span")), "sentence": conv(c.get("sentence")),
                           "text": c.get("text", "")}
    names = {s["id"]: s.get("name", s["id"]) for s in file_report.get("sources", [])}
    preds = []
    for d in file_report.get("disputes", []):
        ids = d.get("claims") or []
        if len(ids) != 2 or any(i not in claims for i in ids):
            continue
        marker = d.get("marker") or {}
        sides = [claims[i] for i in ids]
        # A report that gives each side's own words (`sides[].span`) is scored
        # on them: inside one sentence, both sides are spans of the one claim.
        given = d.get("sides") or []
        if len(given) == 2 and all(isinstance(g, dict) and g.get("span") for g in given):
            sides = [{**claims[i], "span": conv(g["span"]), "text": g.get("text", claims[i]["text"]),
                      "claim_span": claims[i]["span"]}
                     for i, g in zip(ids, given)]
        preds.append({
            "id": d.get("id"), "kind": d.get("kind"), "rule": d.get("rule"),
            "marker": marker.get("text"),
            "claims": sides,
            "sources": [names.get(s, s) for s in d.get("sources") or []],
        })
    return preds


def claim_overlap(claim, side, lenient):
    if lenient:
        extents = [e for e in (claim["span"], claim.get("claim_span"), claim["sentence"]) if e]
    else:
        extents = [e for e in (claim["span"] or claim["sentence"],) if e]
    return max((overlap(e, side) for e in extents), default=0)


def match_score(pred, gold, lenient):
    """Total overlap if pred's two claims cover gold's a and b (either order), else 0."""
    ga, gb = (gold["a"]["start"], gold["a"]["end"]), (gold["b"]["start"], gold["b"]["end"])
    c1, c2 = pred["claims"]
    best = 0
    for x, y in ((ga, gb), (gb, ga)):
        o1, o2 = claim_overlap(c1, x, lenient), claim_overlap(c2, y, lenient)
        if o1 > 0 and o2 > 0:
            best = max(best, o1 + o2)
    return best


def score(articles, report, lenient):
    by_path = {os.path.realpath(f["document"]["path"]): f for f in report.get("files", [])}
    tp_total = 0
    per_kind = collections.defaultdict(lambda: [0, 0])  # kind -> [matched, gold]
    per_split = collections.defaultdict(lambda: [0, 0, 0])  # split -> [gold, pred, matched]
    kind_agree = 0
    fps, misses = [], []
    for art in articles:
        frep = by_path.get(os.path.realpath(art["path"]))
        if frep is None:
            fail(f"no report for {art['path']}")
        preds = predictions(frep, art["text"])
        gold = art["disputes"]
        cands = []
        for pi, p in enumerate(preds):
            for gi, g in enumerate(gold):
                s = match_score(p, g, lenient)
                if s:
                    cands.append((-s, pi, gi))
        cands.sort()
        used_p, used_g, pairs = set(), set(), []
        for _, pi, gi in cands:
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi); used_g.add(gi); pairs.append((pi, gi))
        tp_total += len(pairs)
        for pi, gi in pairs:
            kind_agree += preds[pi]["kind"] == gold[gi]["kind"]
        for gi, g in enumerate(gold):
            per_kind[g["kind"]][1] += 1
            if gi in used_g:
                per_kind[g["kind"]][0] += 1
            else:
                misses.append({"split": art["split"], "file": art["file"], "kind": g["kind"],
                               "marker": (g.get("marker") or {}).get("text"),
                               "sources": g.get("sources"),
                               "a": g["a"]["text"], "b": g["b"]["text"]})
        for pi, p in enumerate(preds):
            if pi not in used_p:
                fps.append({"split": art["split"], "file": art["file"], "kind": p["kind"],
                            "rule": p["rule"], "marker": p["marker"], "sources": p["sources"],
                            "a": p["claims"][0]["text"], "b": p["claims"][1]["text"]})
        sp = per_split[art["split"]]
        sp[0] += len(gold); sp[1] += len(preds); sp[2] += len(pairs)

    n_gold = sum(len(a["disputes"]) for a in articles)
    n_pred = sum(v[1] for v in per_split.values())
    return {
        "articles": len(articles),
        "articles_without_disputes": sum(1 for a in articles if not a["disputes"]),
        "gold": n_gold, "predicted": n_pred, "matched": tp_total,
        **prf(tp_total, n_pred, n_gold),
        "kind_agreement": round(kind_agree / tp_total, 4) if tp_total else None,
        "recall_by_kind": {k: {"matched": v[0], "gold": v[1], "recall": round(v[0] / v[1], 4) if v[1] else None}
                           for k, v in sorted(per_kind.items())},
        "by_split": {s: {"gold": v[0], "predicted": v[1], "matched": v[2], **prf(v[2], v[1], v[0])}
                     for s, v in sorted(per_split.items())},
        "false_positives": fps, "misses": misses,
    }


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def print_report(res, lenient):
    pct = lambda x: f"{100 * x:5.1f}"
    print(f"whosaid disputes vs hand-labelled gold ({res['articles']} articles, "
          f"{res['articles_without_disputes']} with none; matching: {'lenient' if lenient else 'span'})")
    print(f"  precision {pct(res['precision'])}  recall {pct(res['recall'])}  F1 {pct(res['f1'])}"
          f"   (gold {res['gold']}, predicted {res['predicted']}, matched {res['matched']})")
    for s, v in res["by_split"].items():
        print(f"  {s:5}  P {pct(v['precision'])}  R {pct(v['recall'])}  F1 {pct(v['f1'])}"
              f"   (gold {v['gold']}, predicted {v['predicted']}, matched {v['matched']})")
    print("  recall by gold kind: " + ", ".join(
        f"{k} {v['matched']}/{v['gold']}" for k, v in res["recall_by_kind"].items()))
    if res["kind_agreement"] is not None:
        print(f"  kind agreement on matched pairs: {pct(res['kind_agreement'])}%")
    print(f"\nFalse positives ({len(res['false_positives'])}):")
    for fp in res["false_positives"]:
        print(f"  {fp['split']}/{fp['file']}  [{fp['kind']}, {fp['rule']}, marker {fp['marker']!r}]"
              f"  {' vs '.join(fp['sources'])}")
        print(f"      a: {short(fp['a'])}\n      b: {short(fp['b'])}")
    print(f"\nMisses ({len(res['misses'])}):")
    for m in res["misses"]:
        print(f"  {m['split']}/{m['file']}  [{m['kind']}, marker {m['marker']!r}]  {' vs '.join(m['sources'])}")
        print(f"      a: {short(m['a'])}\n      b: {short(m['b'])}")


def main():
    if hasattr(signal, "SIGPIPE"):  # `| head` should not end in a traceback
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=os.path.join(ROOT, "fixtures", "disputes_gold.yaml"))
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "polnear"),
                    help="PolNeAR folder holding train/ and dev/ (default ../shared/polnear from the repo root)")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "whosaid"))
    ap.add_argument("--report", help="score this saved `whosaid check --format json` report instead of running --bin")
    ap.add_argument("--split", choices=("train", "dev"), help="only articles of this split")
    ap.add_argument("--lenient", action="store_true",
                    help="a claim overlaps a gold side through its span or its sentence")
    ap.add_argument("--json", action="store_true", help="print machine-readable results")
    args = ap.parse_args()

    articles = load_gold(args.gold, os.path.abspath(args.data), args.split)
    if not articles:
        fail("no gold articles selected")
    if args.report:
        with open(args.report, encoding="utf-8") as fh:
            report = json.load(fh)
    else:
        report = run_whosaid(os.path.abspath(args.bin), [a["path"] for a in articles])
    res = score(articles, report, args.lenient)
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    else:
        print_report(res, args.lenient)


if __name__ == "__main__":
    main()
