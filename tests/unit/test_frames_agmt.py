"""Agreement mentions and their clustering: numbered resolutions, an agreement's name before the place it
was signed in, acronyms defined after an agreement's name, headlines set in capitals, and an indefinite
deal its go-between names. Sentences written for these tests (invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted; and entity rows: a text, a name,
and the type its entity must have (``None``: no entity of that name).
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check

CASES = [
    # "Security Council Resolution 4410": an agreement named by its number
    ("Valdoria accepted Security Council Resolution 4410 on Sunday.",
     ("Valdoria", "party_to", "Resolution 4410", "asserted")),
    # "a Final Peace Agreement in Olo": the agreement, and where it was signed
    ("The Dawn Front and Tessaly signed a Final Peace Agreement in Olo, the fruit of quiet talks facilitated "
     "by Ostmark since 2019.",
     ("Ostmark", "brokered", "Final Peace Agreement", "asserted")),
    # "the Harbour Truce Accord (HTA)" ... "the HTA": the acronym is the agreement
    ("The Harbour Truce Accord (HTA) survives only on paper. The HTA was signed in Olo by the Dawn Front.",
     ("Dawn Front", "party_to", "Harbour Truce Accord", "asserted")),
    # a headline in capitals names the agreement by its words the body writes as a name
    ("ENVOYS OF KESSA HAIL PELLO PROTOCOL\n\nThe envoys of Kessa hail the deal. The Pello Protocol was "
     "signed by the Dawn Front and Tessaly.",
     ("Dawn Front", "party_to", "Pello Protocol", "asserted")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_agreement_mentions(text, expected):
    check(text, expected)


def entity_types(text: str) -> dict[str, str]:
    _s, _m, _c, resolved, _r = _read(document_from_text(text, "t.txt", date="2021-06-15"), GAZ)
    out = {}
    for e in resolved:
        if e is not None:
            for name in (e.name, *e.aliases):
                out.setdefault(name, e.type)
    return out


ENTITIES = [
    ("Valdoria accepted Security Council Resolution 4410 on Sunday.", "Resolution 4410", "Agreement"),
    ("Valdoria accepted Security Council Resolution 4410 on Sunday.", "Security Council Resolution", None),
    ("The guns went quiet along the Tessaly border as UN truce began at noon.", "as UN truce", None),
    ("The guns went quiet along the Tessaly border as UN truce began at noon.", "United Nations",
     "Organization"),
    ("The Dawn Front and Tessaly signed a Final Peace Agreement in Olo.", "Final Peace Agreement in Olo",
     None),
    ("The Dawn Front and Tessaly signed a Final Peace Agreement in Olo.", "Final Peace Agreement",
     "Agreement"),
    ("The Harbour Truce Accord (HTA) survives only on paper.", "HTA", "Agreement"),
    ("ENVOYS OF KESSA HAIL PELLO PROTOCOL\n\nThe envoys of Kessa hail the Pello Protocol.",
     "ENVOYS OF KESSA HAIL PELLO PROTOCOL", None),
    ("ENVOYS OF KESSA HAIL PELLO PROTOCOL\n\nThe envoys of Kessa hail the Pello Protocol.",
     "Pello Protocol", "Agreement"),
    ("FACTS BEHIND THE AGREEMENT\n\nThe facts are behind the agreement.", "FACTS BEHIND THE AGREEMENT", None),
    # "the Agreement on a Cessation of Raids and Pullback of Forces": one title, with its "a" and its "and"
    ("The shelling stopped under the Agreement on a Cessation of Raids and Pullback of Forces, which both "
     "sides initialled in Olo.", "Agreement on a Cessation of Raids and Pullback of Forces", "Agreement"),
    ("The shelling stopped under the Agreement on a Cessation of Raids and Pullback of Forces, which both "
     "sides initialled in Olo.", "Forces", None),
    # the full title stays an alias when it is the agreement in context
    ("Tessaly and the Dawn Front agreed a truce in May. The truce became the Agreement on a Lasting Peace, "
     "signed in Olo.", "Agreement on a Lasting Peace", "Agreement"),
]


@pytest.mark.parametrize("text,name,kind", ENTITIES)
def test_agreement_entities(text, name, kind):
    found = entity_types(text)
    assert found.get(name) == kind, found


@pytest.mark.parametrize("text", [
    # "a Vesk-brokered truce" is not the accord the text named before
    "Tessaly and the Dawn Front signed the Pell Accord in 2015. Last winter a Vesk-brokered truce let the "
    "army back into Dorn.",
    # "Norland brokered a ceasefire between ...": a deal the sentence makes
    "Tessaly and the Dawn Front signed the Pell Accord in 2015. In May Norland brokered a ceasefire between "
    "Tessaly and the Iron Hills Movement.",
])
def test_an_indefinite_deal_with_its_go_between_is_its_own(text):
    _s, mentions, _c, resolved, _r = _read(document_from_text(text, "t.txt", date="2021-06-15"), GAZ)
    accord = next(m.entity for m in mentions if m.text == "Pell Accord")
    other = next(m.entity for m in mentions if m.text in ("truce", "ceasefire"))
    assert accord != other and resolved[other].type == "Agreement"


def test_a_definite_truce_is_the_named_accord():
    text = "Tessaly and the Dawn Front signed the Pell Accord in 2015. The truce let the army back into Dorn."
    _s, mentions, _c, _e, _r = _read(document_from_text(text, "t.txt", date="2021-06-15"), GAZ)
    assert next(m.entity for m in mentions if m.text == "Pell Accord") == next(
        m.entity for m in mentions if m.text == "truce")
