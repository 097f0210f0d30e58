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
    ("Valdoria and the Dawn Front struck a ceasefire in March, but it collapsed after nine days. In "
     "September the two foes signed a peace treaty at Brenn. The treaty, which Ostmark brokered, gives "
     "four ministries to Dawn Front nominees.",
     ("Ostmark", "brokered", "peace treaty", "asserted")),
    ("Valdoria and the Dawn Front struck a ceasefire in March, but it collapsed after nine days. In "
     "September the two foes signed a peace treaty at Brenn. The treaty, which Ostmark brokered, gives "
     "four ministries to Dawn Front nominees.",
     ("Ostmark", "brokered", "ceasefire", None)),
    # a generic head ("the deal") still means the text's main agreement
    ("Talks in Brenn ended on Friday with Valdoria and the Dawn Front agreeing a truce. Ostmark, which "
     "mediated the deal, says every detainee will be home by June.",
     ("Ostmark", "brokered", "truce", "asserted")),
    # a refusal sinks only the actor that refused to sign, not one named in its apposition or its owner
    ("The Dawn Front and Valdoria signed a truce at Corvin in 2019. Last week the Iron Wolves, a Dawn "
     "Front ally, refused to sign it.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("The Dawn Front and Valdoria signed a truce at Corvin in 2019. The Iron Wolves, once the Dawn "
     "Front's youth wing, have refused to join it.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("The Dawn Front and Valdoria signed a truce at Corvin in 2019. Since March the Dawn Front has refused "
     "to hand over its heavy guns.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Ostmark brokered a truce between Valdoria and the Dawn Front in 2019. For months Valdoria refused "
     "to allow Norlandic monitors near the front line.",
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
    ("The Dawn Front holds most of the northern plateau. After nine days of haggling in Brenn, its "
     "negotiators signed a truce late on Thursday.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("The Dawn Front has battled Valdoria for a decade. Ostmark hosted the talks, and its envoy mediated "
     "the truce.",
     ("Ostmark", "brokered", "truce", "asserted")),
    ("The Dawn Front has battled Valdoria for a decade. Norland said on Friday its envoys had turned down "
     "the truce.",
     ("Norland", "party_to", "truce", None)),
    # "a truce between the two sides": the two sides the text set against each other
    ("Valdoria and the Dawn Front traded artillery fire along the canal all summer. Since Tuesday a truce "
     "between the two sides has silenced the guns.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Valdoria and the Dawn Front traded artillery fire along the canal all summer. Since Tuesday a truce "
     "between the two sides has silenced the guns.",
     ("Valdoria", "party_to", "truce", "asserted")),
    # not "a pact between the two countries", two states of its own sentence
    ("Valdoria and Norland have quarrelled over the river for years. Tessaly ships rifles to Ostmark "
     "under a 2009 pact between the two countries, and many end up with the Dawn Front.",
     ("Norland", "party_to", "2009 pact", None)),
    # "signed by three armed groups, X, Y and Z": the names set off after the plural noun
    ("Valdoria's northern provinces have seen no peace since 2008. Besides Valdoria, the truce was signed "
     "by three armed groups, the Dawn Front, the Salt Road Army and the Iron Wolves.",
     ("Salt Road Army", "party_to", "truce", "asserted")),
    ("Valdoria's northern provinces have seen no peace since 2008. Besides Valdoria, the truce was signed "
     "by three armed groups, the Dawn Front, the Salt Road Army and the Iron Wolves.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Valdoria's northern provinces have seen no peace since 2008. Besides Valdoria, the truce was signed "
     "by three armed groups, the Dawn Front, the Salt Road Army and the Iron Wolves.",
     ("Iron Wolves", "party_to", "truce", "asserted")),
    ("Valdoria's northern provinces have seen no peace since 2008. Late on Sunday the truce was signed by "
     "envoys of both camps in Hale, the capital of Ostmark.",
     ("Ostmark", "party_to", "truce", None)),
    # "<fronted phrase> X, steered by Y, signed ..." with X hung on the fronted phrase: X signed, not
    # the agent
    ("The Dawn Front took up arms against Valdoria in 1998. Two years later the Dawn Front, then steered "
     "by Arno Vesic, signed the Kettle Bay Accord, which Valdoria later tore up.",
     ("Dawn Front", "party_to", "Kettle Bay Accord", "asserted")),
    ("Peace came slowly to Valdoria's north. In January the Dawn Front, long courted by Ostmark, signed "
     "a truce.",
     ("Dawn Front", "party_to", "truce", "asserted")),
    ("Peace came slowly to Valdoria's north. In January the Dawn Front, long courted by Ostmark, signed "
     "a truce.",
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
    # "In <year> X, headed by Y, signed ..." with X hung on the fronted year: X signed, not the agent
    ("The Dawn Front took up arms against Valdoria in 1998. In 2006 the Dawn Front, headed then by Arno "
     "Vesic, signed the Marrow Creek Accord, which Valdoria later tore up.",
     ("Dawn Front", "party_to", "Marrow Creek Accord", "asserted")),
    ("The Dawn Front took up arms against Valdoria in 1998. In 2006 the Dawn Front, headed then by Arno "
     "Vesic, signed the Marrow Creek Accord, which Valdoria later tore up.",
     ("Arno Vesic", "party_to", "Marrow Creek Accord", None)),
    ("Peace came slowly to Valdoria's north. In January the Dawn Front, long courted by Ostmark, signed "
     "a truce.",
     ("Dawn Front", "party_to", "truce", "asserted")),
]


@pytest.mark.parametrize("text, expected", DEFAULT_CASES,
                         ids=[c[1][1] + ":" + c[0][:40] for c in DEFAULT_CASES])
def test_default_gazetteer(text, expected):
    check(text, expected, _default_read)
