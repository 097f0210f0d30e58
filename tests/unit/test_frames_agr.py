"""Agreements and backing: sides bound by other verbs than "sign", go-betweens named by a hyphenated
participle, the stretch a deal covers when the parse hangs it on the verb, help named after "its", help that
is openly not hidden, and agreement nouns with quoted or coordinated modifiers (invented sentences, invented
names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a side bound by a deal: "committed (itself) to", "abide by" (not "remains committed to", which monitors
    # and mediators say too: see test_frames_fixb)
    ("Tessaly has committed to the Olo Accord.", ("Tessaly", "party_to", "Olo Accord", "asserted")),
    ("Tessaly committed itself to the Olo Accord in 2019.",
     ("Tessaly", "party_to", "Olo Accord", "asserted")),
    ("The Dawn Front insists it is still committed to the Olo Accord.",
     ("Dawn Front", "party_to", "Olo Accord", None)),
    ("Norland said it would abide by the Olo Accord.", ("Norland", "party_to", "Olo Accord", "hypothetical")),
    ("Norland abides by the Olo Accord.", ("Norland", "party_to", "Olo Accord", "asserted")),
    ("Norland committed troops to the Olo mission.", ("Norland", "party_to", "Olo mission", None)),
    ("Tessaly refused to sign the Olo Accord.", ("Tessaly", "party_to", "Olo Accord", None)),
    ("Tessaly did not join the Olo Accord.", ("Tessaly", "party_to", "Olo Accord", None)),
    # "agreed that ...": a view shared, no deal made
    ("Norland and Tessaly agreed that the Olo Accord had failed.",
     ("Norland", "party_to", "Olo Accord", None)),
    ("Norland agreed on Monday that the Olo Accord had failed.", ("Norland", "party_to", "Olo Accord", None)),
    ("Norland and Tessaly agreed on the Olo Accord.", ("Tessaly", "party_to", "Olo Accord", "asserted")),
    # quoted and coordinated modifiers of an agreement's noun
    ('Norland and Tessaly signed a "firm and lasting" ceasefire.',
     ("Tessaly", "party_to", "firm and lasting ceasefire", "asserted")),
    ("Norland and Tessaly signed a fragile and partial truce.",
     ("Norland", "party_to", "fragile and partial truce", "asserted")),
    ("Norland joined the talks and ceasefire monitoring in May.",
     ("Norland", "party_to", "talks and ceasefire", None)),
    # "X-sponsored talks", "the X-sponsored truce": a go-between; "the X-sponsored militia": a backer
    ("The Olo Accord came out of Tessaly-sponsored talks.",
     ("Tessaly", "brokered", "Olo Accord", "asserted")),
    ("The Olo Accord came out of Tessalian-sponsored talks.",
     ("Tessaly", "brokered", "Olo Accord", "asserted")),
    ("A Tessaly-sponsored truce between Norland and Kessa took hold.",
     ("Tessaly", "brokered", "truce", "asserted")),
    ("The Tessaly-sponsored Dawn Front seized Olo.", ("Tessaly", "backs", "Dawn Front", "asserted")),
    ("Norland hosted a dinner for the signatories of the Olo Accord.",
     ("Norland", "brokered", "Olo Accord", None)),
    # the stretch a deal covers, hung by the parse on the verb after the deal (not where it was signed)
    ("Norland and Tessaly pledged to observe the ceasefire along the Lisk river.",
     ("ceasefire", "governs", "Lisk river", "asserted")),
    ("Norland signed the truce in the Lisk valley.", ("truce", "governs", "Lisk valley", None)),
    # help named after "its", and by the one who gives it
    ("Norland reaffirmed its support for the Dawn Front.", ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland stepped up its backing of the Dawn Front.", ("Norland", "backs", "Dawn Front", "asserted")),
    ("Tessaly said its mediation had produced the Olo Accord.",
     ("Tessaly", "brokered", "Olo Accord", "asserted")),
    ("Norland denied its support for the Dawn Front.", ("Norland", "backs", "Dawn Front", "denied")),
    ("Norland ended its support for the Dawn Front in May.", ("Norland", "backs", "Dawn Front", None)),
    ("Norland has not renewed its support for the Dawn Front.", ("Norland", "backs", "Dawn Front", None)),
    # help that is not hidden is open
    ("Norland has never hidden its sponsorship of the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland made no secret of its support for the Dawn Front.",
     ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland's support for the Dawn Front is no secret.", ("Norland", "backs", "Dawn Front", "asserted")),
    ("Norland did not hide weapons from the Dawn Front.", ("Norland", "backs", "Dawn Front", None)),
    ("Norland does not arm the Dawn Front.", ("Norland", "backs", "Dawn Front", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_agreement_case(text, expected):
    check(text, expected)
