"""Every phrasing rule is exercised by a sentence written for the tests.

The phrasing table (``test_extract_phrasings.CASES``) holds invented
sentences; this test runs them all and fails when a rule of
``loaders.patterns.RULES`` never fires on any of them (counted before duplicates merge, so a rule
that another one outranks on its sentence still counts), so no rule exists
without a test of its own.
"""

from __future__ import annotations

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import fired_rules
from pactgraph.loaders.patterns import RULES

from .test_extract_phrasings import CASES, GAZ


def test_every_rule_fires_on_some_written_sentence():
    fired: set[str] = set()
    for text, _expected in CASES:
        fired.update(fired_rules(document_from_text(text, "t.txt", date="2021-06-15"), gazetteer=GAZ))
    untested = sorted({rule.name for rule in RULES} - fired)
    assert not untested, f"rules with no written test sentence: {untested}"
