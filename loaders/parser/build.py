"""Train the project's tagger and parser from a UD treebank folder, and measure it (``make model``).

    python -m loaders.parser.build --treebanks ../shared/treebanks [--output loaders/parser/model]

Trains on ``en_ewt/*-train.conllu`` with ``config.cfg`` beside this file (spaCy's CPU
"efficiency" architecture), chooses by ``*-dev.conllu``, then scores the chosen model on EWT
test and on PUD (news and Wikipedia) and writes the figures to ``accuracy.json`` beside the
model. Only the EWT training split is trained on (PUD and the others are for measuring).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPLITS = {"train": "en_ewt/en_ewt-ud-train.conllu", "dev": "en_ewt/en_ewt-ud-dev.conllu",
          "ewt-test": "en_ewt/en_ewt-ud-test.conllu", "pud-test": "en_pud/en_pud-ud-test.conllu"}


def convert(treebanks: Path, work: Path) -> dict[str, Path]:
    """Each split as spaCy's binary corpus, ten sentences a document (as spaCy's UD recipes do)."""
    from spacy.cli.convert import convert as spacy_convert

    out = {}
    for name, rel in SPLITS.items():
        src = treebanks / rel
        if not src.is_file():
            raise SystemExit(f"error: {src}: treebank file not found")
        target = work / name
        target.mkdir(parents=True, exist_ok=True)
        spacy_convert(src, target, file_type="spacy", n_sents=10, converter="conllu", silent=True)
        out[name] = next(target.glob("*.spacy"))
    return out


def score(model: Path, corpus: Path) -> dict[str, float]:
    """UAS, LAS (punctuation excluded, as spaCy's scorer does) and tag accuracy, in percent."""
    from spacy.cli.evaluate import evaluate

    scores = evaluate(str(model), corpus, silent=True)
    return {"uas": round(100 * scores["dep_uas"], 2), "las": round(100 * scores["dep_las"], 2),
            "tag_acc": round(100 * scores["tag_acc"], 2), "words_per_second": round(scores["speed"])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--treebanks", type=Path, required=True, help="folder with en_ewt/ and en_pud/")
    ap.add_argument("--output", type=Path, default=HERE / "model")
    ap.add_argument("--config", type=Path, default=HERE / "config.cfg")
    ap.add_argument("--max-steps", type=int, default=None, help="override the config's training.max_steps")
    args = ap.parse_args(argv)
    from spacy.cli.train import train

    with tempfile.TemporaryDirectory(prefix="pactgraph-parser-") as tmp:
        work = Path(tmp)
        corpora = convert(args.treebanks, work)
        overrides = {"paths.train": str(corpora["train"]), "paths.dev": str(corpora["dev"])}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        began = time.monotonic()
        train(args.config, work / "out", overrides=overrides)
        minutes = round((time.monotonic() - began) / 60, 1)
        best = work / "out" / "model-best"
        if args.output.exists():
            shutil.rmtree(args.output)
        shutil.copytree(best, args.output)
        accuracy = {name: score(args.output, corpora[name]) for name in ("dev", "ewt-test", "pud-test")}
        accuracy["training_minutes"] = minutes
        (args.output / "accuracy.json").write_text(json.dumps(accuracy, indent=2) + "\n")
        shutil.copy(HERE / "LICENSE.md", args.output / "LICENSE.md")
    json.dump(accuracy, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
