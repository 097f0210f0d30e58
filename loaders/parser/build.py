"""Train the project's tagger and parser from a UD treebank folder, and measure it (``make model``).

    python -m pactgraph.loaders.parser.build --treebanks ../shared/treebanks [--output loaders/parser/model]

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
from typing import Any

HERE = Path(__file__).resolve().parent
SPLITS = {"train": "en_ewt/en_ewt-ud-train.conllu", "dev": "en_ewt/en_ewt-ud-dev.conllu",
          "ewt-test": "en_ewt/en_ewt-ud-test.conllu", "pud-test": "en_pud/en_pud-ud-test.conllu"}


#: The words ``loaders.syntax`` puts where names stand; the training copy of each sentence with a name
#: has its names replaced by them, so the parser learns the sentences it will be given.
PLACEHOLDERS = ("Iraq", "Taliban", "Bush", "Baghdad")


def _name_runs(rows: list[list[str]]) -> list[tuple[int, int]]:
    """Spans [start, end) of rows that are one proper name: proper nouns (and hyphens between them)
    whose heads all lie inside the span but one."""
    runs = []
    k = 0
    while k < len(rows):
        if rows[k][3] != "PROPN":
            k += 1
            continue
        end = k + 1
        while end < len(rows) and (rows[end][3] == "PROPN" or (
                rows[end][4] == "HYPH" and end + 1 < len(rows) and rows[end + 1][3] == "PROPN")):
            end += 1
        ids = {int(r[0]) for r in rows[k:end]}
        outside = [r for r in rows[k:end] if int(r[6]) not in ids]
        if len(outside) == 1:
            runs.append((k, end))
        k = end
    return runs


def mask_names(sentence: list[str], choice: int) -> list[str] | None:
    """A copy of one CoNLL-U sentence with every proper name one placeholder word, or None when it has
    no name (or multiword tokens, which the copy leaves alone)."""
    comments = [line for line in sentence if line.startswith("# sent_id")]
    rows = [line.split("\t") for line in sentence if line and not line.startswith("#")]
    if not rows or any("-" in r[0] or "." in r[0] for r in rows):
        return None
    runs = _name_runs(rows)
    if not runs:
        return None
    new_id: dict[int, int] = {}
    kept: list[list[str]] = []
    start_of = {a: b for a, b in runs}
    k = 0
    while k < len(rows):
        if k in start_of:
            end = start_of[k]
            ids = {int(r[0]) for r in rows[k:end]}
            head = next(r for r in rows[k:end] if int(r[6]) not in ids)
            word = PLACEHOLDERS[(choice + k) % len(PLACEHOLDERS)]
            row = [head[0], word, word, "PROPN", "NNP", "Number=Sing", head[6], head[7], "_",
                   rows[end - 1][9]]
            for r in rows[k:end]:
                new_id[int(r[0])] = len(kept) + 1
            kept.append(row)
            k = end
            continue
        new_id[int(rows[k][0])] = len(kept) + 1
        kept.append(list(rows[k]))
        k += 1
    out = []
    for r in kept:
        r[0] = str(new_id[int(r[0])])
        r[6] = str(new_id.get(int(r[6]), 0)) if r[6] != "0" else "0"
        r[8] = "_"
        out.append("\t".join(r))
    return [c.replace("sent_id = ", "sent_id = masked-") for c in comments] + out


def masked_copy(src: Path, dest: Path) -> int:
    """``src`` followed by the masked copy of each of its sentences that names someone; how many."""
    text = src.read_text(encoding="utf-8")
    sentences = [block.split("\n") for block in text.strip().split("\n\n")]
    copies = [m for n, s in enumerate(sentences) if (m := mask_names(s, n)) is not None]
    dest.write_text(text.rstrip("\n") + "\n\n" + "\n\n".join("\n".join(c) for c in copies) + "\n\n",
                    encoding="utf-8")
    return len(copies)


def convert(treebanks: Path, work: Path, mask: bool = False) -> dict[str, Path]:
    """Each split as spaCy's binary corpus, ten sentences a document (as spaCy's UD recipes do); with
    ``mask``, the training split also holds a copy of its sentences with names masked."""
    from spacy.cli.convert import convert as spacy_convert

    out = {}
    for name, rel in SPLITS.items():
        src = treebanks / rel
        if not src.is_file():
            raise SystemExit(f"error: {src}: treebank file not found")
        if mask and name == "train":
            augmented = work / "train-masked.conllu"
            masked_copy(src, augmented)
            src = augmented
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
    ap.add_argument("--mask-names", action="store_true",
                    help="add to the training split a copy of its sentences with names masked (not shipped: "
                         "see docs/extraction.md)")
    args = ap.parse_args(argv)
    from spacy.cli.train import train

    with tempfile.TemporaryDirectory(prefix="pactgraph-parser-") as tmp:
        work = Path(tmp)
        corpora = convert(args.treebanks, work, mask=args.mask_names)
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
        accuracy: dict[str, Any] = {name: score(args.output, corpora[name])
                                    for name in ("dev", "ewt-test", "pud-test")}
        accuracy["training_minutes"] = minutes
        (args.output / "accuracy.json").write_text(json.dumps(accuracy, indent=2) + "\n")
        shutil.copy(HERE / "LICENSE.md", args.output / "LICENSE.md")
    json.dump(accuracy, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
