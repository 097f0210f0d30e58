"""Agreements across sentences (round 10): which agreement a later reference means, and who refused
one. Each row: an invented text (invented names), then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import extract

from .test_extract_phrasings import check

CASES = [
    # "a ceasefire in May ... a peace treaty in October ... the treaty": the treaty, not the ceasefire
    ("Valdoria and the Dawn Front agreed a ceasefire in May that broke down within weeks. In October "
     "the two sides signed a peace treaty in Hale. The treaty, brokered by Ostmark, hands the Dawn Front "
     "three seats in the cabinet.",
     ("Ostmark", "brokered", "peace treaty", "asserted")),
    ("Valdoria and the Dawn Front agreed a ceasefire in May that broke down within weeks. In October "
     "the two sides signed a peace treaty in Hale. The treaty, brokered by Ostmark, hands the Dawn Front "
     "three seats in the cabinet.",
     ("Ostmark", "brokered", "ceasefire", None)),
    # a generic head ("the deal") still means the text's main agreement
    ("Valdoria and the Dawn Front agreed a truce on Friday at talks in Hale. The deal, mediated by "
     "Ostmark, frees all prisoners held since 2019.",
     ("Ostmark", "brokered", "truce", "asserted")),
    # a refusal sinks only the actor that refused to sign, not one named in its apposition or its owner
    ("The Dawn Front and Valdoria signed a truce at Corvin in 2019. Last week the Iron Wolves, a Dawn "
     "Front ally, refused to sign it.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("The Dawn Front and Valdoria signed a truce at Corvin in 2019. The Iron Wolves, once among the Dawn "
     "Front's founders, refused to join it.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("The Dawn Front and Valdoria signed a truce at Corvin in 2019. Since March the Dawn Front has refused "
     "to hand over its heavy guns.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Ostmark brokered a truce between Valdoria and the Dawn Front in 2019. Valdoria refused to let the "
     "Iron Wolves attend the talks.",
     ("Valdoria", "party_to", "truce", "asserted")),
    # ... while an actor that refused to sign is no party
    ("Valdoria and the Dawn Front signed a truce at Corvin in 2019. The Dawn Front later said it had "
     "refused to sign the annex.",
     ("Dawn Front", "party_to", "truce", None)),
    # a bare relative clause after an agreement that the parse hangs on the verb before: its subject
    # signed (or brokered) the agreement, as the narrator says, whatever the verb above says
    ("Shelling resumed near Hale on Monday. Valdoria has never honoured the deal it signed with the Dawn "
     "Front in 2019.",
     ("Valdoria", "party_to", "deal", "asserted")),
    ("Shelling resumed near Hale on Monday. Valdoria has never honoured the deal it signed with the Dawn "
     "Front in 2019.",
     ("Dawn Front", "party_to", "deal", "asserted")),
    ("Shelling resumed near Hale on Monday. The Dawn Front has kept to the ceasefire Ostmark brokered "
     "last spring.",
     ("Ostmark", "brokered", "ceasefire", "asserted")),
    ("Shelling resumed near Hale on Monday. The Dawn Front blames Valdoria for breaking the truce Valdoria "
     "agreed with the front in May.",
     ("Valdoria", "party_to", "truce", "asserted")),
    # not when the name opens a clause of its own after a fronted phrase
    ("Shelling resumed near Hale on Monday. Since the ceasefire Ostmark has brokered two prisoner swaps.",
     ("Ostmark", "brokered", "ceasefire", None)),
    ("Shelling resumed near Hale on Monday. The Dawn Front rejected the truce Valdoria proposed in May.",
     ("Valdoria", "party_to", "truce", None)),
    # "its delegates signed": who signs for the owner the pronoun stands for makes it a party
    ("The Dawn Front has battled Valdoria for a decade. On Friday its delegates signed a truce with "
     "Valdoria at a lakeside hotel.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("The Dawn Front has battled Valdoria for a decade. Ostmark hosted the talks, and its envoy mediated "
     "the truce.",
     ("Ostmark", "brokered", "truce", "asserted")),
    ("The Dawn Front has battled Valdoria for a decade. Norland said on Friday its envoys had turned down "
     "the truce.",
     ("Norland", "party_to", "truce", None)),
    # "a truce between the two sides": the two sides the text set against each other
    ("Clashes between Valdoria and the Dawn Front have left scores dead since the spring. A truce between "
     "the two sides came into force at dawn on Sunday.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Clashes between Valdoria and the Dawn Front have left scores dead since the spring. A truce between "
     "the two sides came into force at dawn on Sunday.",
     ("Valdoria", "party_to", "truce", "asserted")),
    # not "a pact between the two countries", two states of its own sentence
    ("Clashes between Valdoria and Norland have left scores dead since the spring. The Dawn Front gets "
     "rifles from Tessaly under a 2015 pact between the two countries.",
     ("Norland", "party_to", "2015 pact", None)),
    # "signed by the two rebel movements, X and Y": the names set off after the plural noun
    ("Valdoria has been at war with its rebels for a decade. The truce was signed by the two rebel "
     "movements, the Dawn Front and the Salt Road Army.",
     ("Salt Road Army", "party_to", "truce", "asserted")),
    ("Valdoria has been at war with its rebels for a decade. The truce was signed by the two rebel "
     "movements, the Dawn Front and the Salt Road Army.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Valdoria has been at war with its rebels for a decade. The truce was signed by delegates in Hale, "
     "the capital of Ostmark.",
     ("Ostmark", "party_to", "truce", None)),
    # "In 2019 X, chaired by Y, signed ..." with X hung on the fronted phrase: X signed, not the agent
    ("Valdoria has been at war with the Dawn Front for a decade. In 2019 the Dawn Front, steered by Arno "
     "Vesic, signed the Kettle Bay Accord at a ceremony in Corvin.",
     ("Dawn Front", "party_to", "Kettle Bay Accord", "asserted")),
    ("Valdoria has been at war with the Dawn Front for a decade. Last winter the Dawn Front, courted by "
     "Ostmark, signed a truce.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Valdoria has been at war with the Dawn Front for a decade. Last winter the Dawn Front, courted by "
     "Ostmark, signed a truce.",
     ("Ostmark", "party_to", "truce", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)


def _default_read(text: str) -> set[tuple[str, str, str, str]]:
    """The relations read with the shipped gazetteer (the invented names are then unknown names)."""
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    return {(r.subject.name, r.predicate, r.object.name, r.status) for r in extract(doc).relations}


#: Parses met with the shipped gazetteer, where the invented names are read as unknown names.
DEFAULT_CASES = [
    # "In 2019 X, chaired by Y, signed ..." with X hung on the fronted year: X signed, not the agent
    ("The Dawn Front has fought Valdoria since 2012. In 2015 the Dawn Front, steered by Arno Vesic, signed "
     "the Hale Framework Agreement with the government in Corvin.",
     ("Dawn Front", "party_to", "Hale Framework Agreement", "asserted")),
    ("The Dawn Front has fought Valdoria since 2012. In 2015 the Dawn Front, steered by Arno Vesic, signed "
     "the Hale Framework Agreement with the government in Corvin.",
     ("Arno Vesic", "party_to", "Hale Framework Agreement", None)),
    ("Valdoria has been at war with the Dawn Front for a decade. Last winter the Dawn Front, courted by "
     "Ostmark, signed a truce.",
     ("Dawn Front", "party_to", "truce", "asserted")),
]


@pytest.mark.parametrize("text, expected", DEFAULT_CASES,
                         ids=[c[1][1] + ":" + c[0][:40] for c in DEFAULT_CASES])
def test_default_gazetteer(text, expected):
    check(text, expected, _default_read)
