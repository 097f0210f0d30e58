"""Extraction quality cannot fall silently: the shared corpora scored with the shared scorer.

Runs ``pactgraph extract`` on ``../shared/corpus/dev`` and ``../shared/corpus/train`` and scores
the output with ``../shared/eval/score.py``. Each floor is what the extractor reached when the
floor was set, less 0.02. In CI a missing ``../shared`` fails the test (it never skips there).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import ROOT, SHARED

#: corpus -> (micro F1 floor, micro precision floor)
FLOORS = {
    "dev": (0.90, 0.96),
    "train": (0.75, 0.89),
}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_quality_stays_above_its_floor(corpus: str, tmp_path: Path) -> None:
    folder = SHARED / "corpus" / corpus
    scorer = SHARED / "eval" / "score.py"
    if not (folder / "gold.jsonl").is_file() or not scorer.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{folder} or {scorer} is missing: CI must have ../shared beside the clone")
        pytest.skip(f"{folder} is not here")
    predictions = tmp_path / f"{corpus}.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        subprocess.run([sys.executable, "-m", "pactgraph", "extract", str(folder), "--format", "jsonl"],
                       cwd=ROOT, stdout=out, check=True)
    scored = subprocess.run([sys.executable, str(scorer), str(folder / "gold.jsonl"), str(predictions),
                             "--json"], capture_output=True, text=True, check=True)
    micro = json.loads(scored.stdout)["micro"]
    f1_floor, precision_floor = FLOORS[corpus]
    assert micro["f1"] >= f1_floor, f"{corpus}: micro F1 {micro['f1']:.3f} fell below {f1_floor}"
    assert micro["precision"] >= precision_floor, \
        f"{corpus}: micro precision {micro['precision']:.3f} fell below {precision_floor}"
