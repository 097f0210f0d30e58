"""`pipeline.extraction.extractions`: extraction spread over processes, answers in input order."""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.errors import DocumentError
from pactgraph.pipeline.extraction import extractions

TEXTS = [f"Valdoria backs the Sunrise Brigades number {i}. Fighting resumed in Corvin." for i in range(12)]


@pytest.mark.parametrize(("workers", "ahead"), [(1, 0), (2, 0), (2, 10)])
def test_every_item_comes_back_in_order_with_its_own_extraction(workers, ahead):
    documents = [document_from_text(text, f"{i}.txt", date="2021-06-15") for i, text in enumerate(TEXTS)]
    bad = DocumentError("broken.txt", "empty document")
    items = [*documents[:5], bad, *documents[5:]]
    got = list(extractions(items, workers, ahead=ahead))
    assert [item for item, _ in got] == items
    assert got[5][1] is None
    assert [e for _, e in got if e is not None] == [extract(d) for d in documents]
