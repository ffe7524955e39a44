#!/usr/bin/env python3
"""Where does predicted content end, relative to gold, in matched pairs?

For attribution pairs matched by cue overlap (as the scorer aligns them) whose
predicted content ends more than two characters after the gold content
("long") or before it ("short"), prints the text between the two ends and
sorts those tails into rough classes, so the content-end rules can be aimed
at the most frequent ones.

    python3 scripts/polnear_content_ends.py --split train --pred /tmp/train.jsonl [--side long|short] [--examples 5] [--only CLASS]
"""
import argparse
import collections
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def load_scorer(data_dir):
    spec = importlib.util.spec_from_file_location("polnear_score", os.path.join(data_dir, "score.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SAY = r"(said|says|say|told|added|adds|noted|notes|explained|wrote|writes|argued|asked|according)"
TIME = r"(on|in|at|during|last|this|next|earlier|later|before|after|since|until|yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d)"


def classify(tail, after_gold_end, text, ge, pe):
    t = tail.strip()
    tl = t.lower()
    if not t:
        return "whitespace only"
    if re.fullmatch(r"[\s\.\,;:!?\"”’'\)\]—–-]+", tail):
        return "punctuation only"
    if re.match(r"^[\.!?][”\"’']?\s+\S", t) or "\n" in tail:
        return "crosses sentence end"
    if re.match(r"^[”\"’']", t):
        return "past closing quote"
    if re.match(r"^,?\s*" + SAY + r"\b", tl) or re.search(r",\s*\w+(\s+\w+){0,3}\s+" + SAY + r"\b", tl[:60]):
        return "narrator said-clause"
    if re.match(r"^[,;]?\s*(but|though|although|while|whereas|yet|however)\b", tl):
        return ", but/though/while clause"
    if re.match(r"^,?\s*(who|which|whose|whom|where)\b", tl):
        return ", who/which relative"
    if re.match(r"^,?\s*and\b", tl):
        return "and … coordination"
    if re.match(r"^,?\s*(because|since|as|so|if|unless|when|after|before)\b", tl):
        return "subordinate clause"
    if re.match(r"^,?\s*" + TIME + r"\b", tl):
        return "time/place adjunct"
    if re.match(r"^[;:]", t):
        return "; or : continuation"
    if re.match(r"^[—–-]", t):
        return "dash aside"
    if re.match(r"^\(", t):
        return "parenthetical"
    if re.match(r"^,", t):
        return ", other"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "polnear"))
    ap.add_argument("--split", default="train")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--side", default="long", choices=["long", "short"])
    ap.add_argument("--examples", type=int, default=3)
    ap.add_argument("--only", default=None)
    ap.add_argument("--clean", type=int, default=None, choices=[0, 1])
    args = ap.parse_args()

    sc = load_scorer(args.data)
    gold = sc.load_gold(args.data, args.split)
    preds = sc.load_predictions(args.pred, gold)
    classes = collections.Counter()
    # The scorer's content "partial" score credits a predicted token found in
    # any gold content of the article, and a gold token covered by any
    # prediction: a long tail costs only its tokens outside all gold content,
    # a short end only gold tokens no prediction covers.
    cost = collections.Counter()
    rules = collections.defaultdict(collections.Counter)
    examples = collections.defaultdict(list)
    for name, art in sorted(gold.items()):
        text = art["text"]
        g, p = art["attributions"], preds.get(name, [])
        tok = sc.Tokenizer(text)
        gunion = set().union(*[tok.tokens(a["content"]) for a in g if a["content"]])
        punion = set().union(*[tok.tokens(a["content"]) for a in p if a["content"]])
        for i, j in sc.align(tok, p, g, "cue", text):
            pc, gc = p[i]["content"], g[j]["content"]
            if not pc or not gc:
                continue
            pe, ge = pc[-1][1], gc[-1][1]
            if abs(pe - ge) <= 2:
                continue
            if args.side == "long" and pe > ge:
                tail = text[ge:pe]
                k = classify(tail, True, text, ge, pe)
                # A fragment of ours wholly after the gold content: a tail
                # after a speaker tag ("“…,” he said, laughing").
                if len(pc) > 1 and pc[-1][0] >= ge:
                    first = re.match(r"\W*(\w+)", text[pc[-1][0]:pe])
                    w = first.group(1).lower() if first else ""
                    k = "extra fragment: " + ("-ing participle" if w.endswith("ing") else
                                              "quotation" if re.match(r"\s*[“\"']", text[pc[-1][0]:pe]) else "other")
            elif args.side == "short" and pe < ge:
                tail = text[pe:ge]
                k = classify(tail, False, text, pe, ge)
            else:
                continue
            between = tok.tokens(((min(pe, ge), max(pe, ge)),))
            if args.side == "long" and args.clean is not None:
                # Tails that hold some other gold content ("…, he said, adding
                # that …") cost nothing in the partial score: --clean keeps
                # only tails wholly outside gold content (1) or only the others (0).
                if bool(between & gunion) == bool(args.clean):
                    continue
            classes[k] += 1
            cost[k] += len(between - gunion) if pe > ge else len(between - punion)
            rules[k][p[i].get("rule", "?")] += 1
            a, b = min(pe, ge), max(pe, ge)
            lo = max(gc[0][0], a - 80, pc[0][0])
            ex = (text[lo:a] + "⟦" + text[a:b] + "⟧" + text[b:b + 40]).replace("\n", " ⏎ ")
            examples[k].append(f"{name[:40]}: …{ex}")
    total = sum(classes.values())
    print(f"content ends {args.side}: {total} matched pairs, "
          f"{sum(cost.values())} tokens {'outside all gold content' if args.side == 'long' else 'no prediction covers'}")
    for k, n in classes.most_common():
        if args.only and k != args.only:
            continue
        top = ", ".join(f"{r} {c}" for r, c in rules[k].most_common(4))
        print(f"\n{n:5d}  {k}   ({cost[k]} tokens)")
        exs = examples[k]
        step = max(1, len(exs) // max(1, args.examples))
        for ex in exs[::step][: args.examples]:
            print(f"         {ex}")


if __name__ == "__main__":
    main()
