"""Which rules fire where, and what each adds: the report that keeps rules general (``make rules``).

    python bench/rules.py [--corpus ../shared/corpus/train ../shared/corpus/dev] [--markdown FILE]

For every rule (phrasing patterns, parse constructions, document passes), over each corpus: the
documents it fires in, the asserted relations it reads (before duplicates merge), how many of
those the gold holds, and how many correct relations no other rule read in that document (what
the extractor would lose without it). Rules of a predicate the gold does not hold (``located_in``,
which zone queries use) count their documents and relations, with nothing judged correct. A rule
that fires in one document only, or adds nothing that another rule does not already read, is a
rule to generalise or remove.

Relations are judged with the shared scorer's matching (``../shared/eval/score.py``): a relation is
correct when both ends match gold entities by name or alias and the gold holds it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pactgraph.loaders.documents import read_document  # noqa: E402
from pactgraph.loaders.extract import _gazetteer, _read  # noqa: E402
from pactgraph.loaders.patterns import RULES  # noqa: E402

SHARED = ROOT.parent / "shared"


def load_scorer(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pactgraph_gold_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: {path}: cannot load the scorer")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judge(corpus: Path, scorer) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    """Per rule: documents fired in, relations read, correct ones, correct ones only it read."""
    stats: dict[str, dict[str, object]] = defaultdict(lambda: {"docs": set(), "read": 0, "correct": 0,
                                                               "only": 0})
    gaz = _gazetteer()
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold_doc = json.loads(line)
        document = read_document(corpus / gold_doc["doc"])
        found = _read(document, gaz)[-1]
        names = {e["name"]: {scorer.norm(e["name"]), *map(scorer.norm, e.get("aliases", []))}
                 for e in gold_doc["entities"]}
        gold = {(r["s"], r["p"], r["o"]) for r in gold_doc["relations"]}

        def hits(f, names=names, gold=gold) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
            ends = []
            for e in (f.subject, f.object):
                keys = {scorer.norm(e.name), *map(scorer.norm, e.aliases)}
                ends.append({n for n, known in names.items() if keys & known})
            out = {(s, f.predicate, o) for s in ends[0] for o in ends[1] if (s, f.predicate, o) in gold}
            if f.predicate in scorer.SYMMETRIC:
                out |= {(o, f.predicate, s) for s in ends[0] for o in ends[1] if (o, f.predicate, s) in gold}
            return out

        by_relation: dict[tuple[str, str, str], set[str]] = defaultdict(set)
        for f in found:
            if f.status != "asserted":
                continue
            row = stats[f.rule]
            row["docs"].add(gold_doc["doc"])  # type: ignore[union-attr]
            row["read"] += 1  # type: ignore[operator]
            if f.predicate not in scorer.PREDICATES:
                continue  # located_in and the like: no gold to judge them by
            h = hits(f)
            if h:
                row["correct"] += 1  # type: ignore[operator]
            for relation in h:
                by_relation[relation].add(f.rule)
        for rules in by_relation.values():
            if len(rules) == 1:
                stats[next(iter(rules))]["only"] += 1  # type: ignore[operator]
    return stats


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, nargs="+",
                    default=[SHARED / "corpus" / "train", SHARED / "corpus" / "dev"])
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = ap.parse_args(argv)
    scorer = load_scorer(args.scorer)
    per_corpus = {c.name: judge(c, scorer) for c in args.corpus}
    names = sorted({r for s in per_corpus.values() for r in s} | {r.name for r in RULES})
    cols = list(per_corpus)
    head = "| rule | " + " | ".join(f"{c} docs | {c} read | {c} correct | {c} only" for c in cols) + " |"
    lines = [head, "|---|" + "---:|" * (4 * len(cols))]
    for name in sorted(names, key=lambda n: -sum(len(per_corpus[c][n]["docs"]) if n in per_corpus[c] else 0
                                                 for c in cols)):
        cells = []
        for c in cols:
            row = per_corpus[c].get(name)
            if row is None:
                cells.append("0 | 0 | 0 | 0")
                continue
            cells.append(f"{len(row['docs'])} | {row['read']} | {row['correct']} | {row['only']}")  # type: ignore[arg-type]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    text = "\n".join(lines) + "\n"
    print(text)
    # A row "rule+pass" is a relation a document pass (sides, role, leads, ...) derived from what the
    # rule read: the pass is judged over every rule it follows, the rule by its own reads.
    fired: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for c in cols:
        for name, row in per_corpus[c].items():
            key = "+" + name.split("+", 1)[1] if "+" in name else name
            fired[key] |= {(c, d) for d in row["docs"]}  # type: ignore[union-attr]
    judged = sorted({n for n in names if "+" not in n} | {k for k in fired if k.startswith("+")})
    single = [n for n in judged if len(fired.get(n, ())) <= 1]
    passes = sum(1 for n in judged if n.startswith("+"))
    print(f"{len(judged) - passes} rules and {passes} document passes; {len(single)} fire in at most one "
          f"document of {', '.join(cols)}: " + (", ".join(single) if single else "none"))
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
