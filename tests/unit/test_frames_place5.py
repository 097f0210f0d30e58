"""Sides taken, borders and lines agreements cover, places held (invented sentences and names).

Each row: a sentence, then a relation that must be read (subject, predicate, object, status) or, with
``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "on Y's side", "on the side of Y": a side taken is an alliance
    ("Kessa is on Valdoria's side in the war.", ("Kessa", "allied_with", "Valdoria", "asserted")),
    ("Norland entered the war on the side of Tessaly in 1999.",
     ("Norland", "allied_with", "Tessaly", "asserted")),
    ("The Dawn Front, which is armed by Tessaly, has fought on the side of Kessa since 2012.",
     ("Dawn Front", "allied_with", "Kessa", "asserted")),
    # a modal of the clause the parse hangs it on is not the side-taking's
    ("In a turn few would have foreseen, the Dawn Front is now fighting on Kessa's side.",
     ("Dawn Front", "allied_with", "Kessa", "asserted")),
    # negatives: a stretch of ground on someone's side, the other side, a denial
    ("Norland troops stayed on Kessa's side of the border.", ("Norland", "allied_with", "Kessa", None)),
    ("Ostmark troops massed on the other side of Tessaly.", ("Ostmark", "allied_with", "Tessaly", None)),
    ("Kessa is not on Valdoria's side.", ("Kessa", "allied_with", "Valdoria", None)),
    # a border named by the two states it divides, "the international border": places an agreement covers
    ("The Harbour Accord covers the Valdorian-Norlandic border and the coast.",
     ("Harbour Accord", "governs", "Valdorian-Norlandic border", "asserted")),
    ("The truce covers the Pell Ridge, the international border and the sea.",
     ("truce", "governs", "international border", "asserted")),
    ("The Harbour Accord will delimit the whole Valdorian–Tessalian border within a year.",
     ("Harbour Accord", "governs", "Valdorian–Tessalian border", "hypothetical")),
    # negative: a border that qualifies another noun is no place of its own; its states stay actors
    ("The Harbour Accord created the Valdorian-Norlandic border commission.",
     ("Harbour Accord", "governs", "Valdorian-Norlandic border", None)),
    # "administers": a hold ("X administers A and B")
    ("The Dawn Front now administers Olo and Pell, which it took in 2019.",
     ("Dawn Front", "controls", "Pell", "asserted")),
    ("The Dawn Front does not administer Olo.", ("Dawn Front", "controls", "Olo", None)),
    # "armed formations of X" are X's men
    ("Last winter armed formations of the Dawn Front raided two police posts and seized the district centre "
     "of Olo.", ("Dawn Front", "controls", "Olo", "asserted")),
    ("Armed formations of the Dawn Front attacked the district centre of Olo.",
     ("Dawn Front", "controls", "Olo", None)),
    # two who take a place together fight on one side
    ("Last week Valdorian and Tessalian soldiers recaptured the port town of Olo.",
     ("Valdoria", "allied_with", "Tessaly", "asserted")),
    ("Valdoria and the Dawn Front seized Olo in May.", ("Valdoria", "allied_with", "Dawn Front", "asserted")),
    # negatives: a clash is no alliance; each holding a part is no joint taking
    ("Valdorian and Tessalian soldiers clashed near the port town of Olo.",
     ("Valdoria", "allied_with", "Tessaly", None)),
    ("Valdoria and the Dawn Front each seized parts of Olo in May.",
     ("Valdoria", "allied_with", "Dawn Front", None)),
    # "a ceasefire line" is a place the deal draws, named by what it runs along; "fixes" it: governs it
    ("The accord fixes a ceasefire line along the Pell river.",
     ("accord", "governs", "Pell ceasefire line", "asserted")),
    ("The framework declares Olo a neutral district and fixes a ceasefire line along the Pell river, watched "
     "by unarmed observers.", ("framework", "governs", "ceasefire line", "asserted")),
    # negative: a front line is no zone of its own
    ("The truce held along the front line near Pell.", ("truce", "governs", "front line", None)),
    # a list of places passes over an "X-held" before one of them
    ("The accord covers Olo, the port city of Pell and the rebel-held Rook pocket near the coast.",
     ("accord", "governs", "Rook", "asserted")),
    ("The accord covers Olo, the port city of Pell and the rebel-held Rook pocket near the coast.",
     ("accord", "governs", "rebels", None)),
    # a state grows out of no group: the clause or the holder noun belongs to someone else
    ("Last year some two thousand Ash Reed Brigade fighters were merged into the national army of Norland.",
     ("Norland", "evolved_from", "Ash Reed Brigade", None)),
    ("Valdoria has long regarded the gunmen in the hills as an offshoot of the Ash Reed Brigade, though they "
     "deny it.",
     ("Valdoria", "evolved_from", "Ash Reed Brigade", None)),
    ("The Dawn Front, an offshoot of the Ash Reed Brigade, seized Olo.",
     ("Dawn Front", "evolved_from", "Ash Reed Brigade", "asserted")),
    # "X-held villages in Z" hold the villages, not Z
    ("Norland-held villages in Olo came under fire on Monday.", ("Norland", "controls", "Olo", None)),
    ("Norland-held Olo came under fire on Monday.", ("Norland", "controls", "Olo", "asserted")),
    # holding the roads into a place, or positions near it, is no hold of it
    ("The Dawn Front controls the roads into Olo.", ("Dawn Front", "controls", "Olo", None)),
    ("The Dawn Front controls the town of Olo.", ("Dawn Front", "controls", "Olo", "asserted")),
    # "camps, known as transitional zones, that were set up under the accord": the zone's name starts after
    # "known as", and the clause after its comma still says what set it up
    ("Former guerrillas of the Dawn Front now farm in hill villages, known as transitional zones, that were "
     "set up under the Harbour Accord.", ("Harbour Accord", "governs", "transitional zones", "asserted")),
    ("Former guerrillas of the Dawn Front now farm in hill villages, known as transitional zones, that were "
     "set up under the Harbour Accord.", ("Harbour Accord", "governs", "known as transitional zones", None)),
    # a raid the sentence ends with a withdrawal is no hold
    ("The Dawn Front overran Olo at dawn, looting the market, then pulled out at dusk with the mayor.",
     ("Dawn Front", "controls", "Olo", None)),
    ("The Dawn Front overran Olo on Monday and still holds it.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    # "the Kolvari enclave of Z" names Z, in the phrasing rules as in the parse
    ("The truce applies to every crossing point, including around the Marren enclave of Tash-Bulun.",
     ("truce", "governs", "Tash-Bulun", "asserted")),
    ("The truce applies to every crossing point, including around the Marren enclave of Tash-Bulun.",
     ("truce", "governs", "Marren enclave", None)),
    # what a deal sets up "in place of" a region is not the region it governs
    ("The Harbour Accord provides for a new autonomous region in place of the Olo Autonomous Region.",
     ("Harbour Accord", "governs", "Olo Autonomous Region", None)),
    ("The Harbour Accord provides for a new autonomous region in the Olo Autonomous Region.",
     ("Harbour Accord", "governs", "Olo Autonomous Region", "asserted")),
    # the terms of a deal after a fronted phrase of its making; where it was signed is no place it covers
    ("Signed in the wardroom of a Valdorian frigate off Kell Point, the truce commits Tessaly and the Dawn "
     "Front to keep their guns silent across Olo Island.", ("truce", "governs", "Olo Island", "asserted")),
    ("Signed in the wardroom of a Valdorian frigate off Kell Point, the truce commits Tessaly and the Dawn "
     "Front to keep their guns silent across Olo Island.", ("truce", "governs", "Kell Point", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_place5_frame(text, expected):
    check(text, expected)
