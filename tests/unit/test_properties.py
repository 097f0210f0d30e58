"""Properties of extraction on arbitrary text: it never crashes, offsets always hold."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.errors import DocumentError

WORDS = st.sampled_from([
    "Russia", "Turkey", "Moscow", "the", "rebels", "backed", "-backed", "by", "and", ",", ".", "truce",
    "ceasefire", "brokered", "Front", "Liberation", "Army", "President", "Mr", "anti-", "held", "its",
    "it", "the regime", "signed", "deal", "in", "Idlib", "zone", "buffer", "led", "by", "(", ")", "NLF",
    "’s", "'s", "“", "”", "\n\n", "former", "denies", "arming", "said", "al-", "Qaeda", "of", "for",
])
TEXTS = st.one_of(
    st.text(min_size=1, max_size=300),
    st.lists(WORDS, min_size=1, max_size=80).map(" ".join),
    st.lists(WORDS, min_size=1, max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extract_never_crashes_and_evidence_points_at_its_sentence(text):
    try:
        doc = document_from_text(text, "prop.txt", date="2020-01-01")
    except DocumentError:
        return
    extraction = extract(doc)
    for relation in extraction.relations:
        e = relation.evidence
        assert doc.body[e.start:e.end] == e.sentence
        assert e.sentence.strip()
        assert relation.subject.id != relation.object.id


@settings(max_examples=50, deadline=None)
@given(TEXTS)
def test_extract_is_deterministic(text):
    try:
        doc = document_from_text(text, "prop.txt", date="2020-01-01")
    except DocumentError:
        return
    assert extract(doc) == extract(doc)
