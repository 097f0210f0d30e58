"""The places agreements govern and actors control: constructions read from the parse, each on
sentences written for these tests (invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text, extract
from pactgraph.loaders.gazetteer import Gazetteer

from .test_extract_phrasings import check

#: A state whose short name is an alias ("Varnia" for "Varnia and Tolsk").
ALIAS_GAZ = Gazetteer.from_rows([
    {"id": "varnia", "name": "Varnia and Tolsk", "aliases": "Varnia", "demonyms": "Varnian|Varnians"},
])

CASES = [
    # "its core chapters apply to Z": the possessive stands for the agreement before its parts
    ("The Harbour Accord took two years to write. Its core chapters apply to the province of Lomar.",
     ("Harbour Accord", "governs", "Lomar", "asserted")),
    ("Tessaly and the rebels finally initialled the Harbour Accord. Its main provisions cover the islands "
     "of Pell and Rook.",
     ("Harbour Accord", "governs", "Rook", "asserted")),
    # a clause of covering hung on a noun after the agreement: the agreement named before it covers Z
    ("Twenty years on, the Harbour Accord, a short text drafted by lawyers from Tessaly, which covers the "
     "province of Lomar, still holds.",
     ("Harbour Accord", "governs", "Lomar", "asserted")),
    ("In its letter Kessa recalled that the Harbour Accord, drafted over two winters and facilitated by "
     "Ostmark, applied to the province of Lomar and the province of Pell.",
     ("Harbour Accord", "governs", "Pell", "asserted")),
    ("In its letter Kessa recalled that the Harbour Accord, drafted over two winters and facilitated by "
     "Ostmark, applied to the province of Lomar and the province of Pell.",
     ("Ostmark", "governs", "Pell", None)),
    # a deal that stops the fighting somewhere governs that place
    ("The Harbour Accord halted the fighting in the province of Lomar.",
     ("Harbour Accord", "governs", "Lomar", "asserted")),
    ("The Harbour Accord has halted hostilities across the islands of Pell and Rook.",
     ("Harbour Accord", "governs", "Rook", "asserted")),
    ("The Harbour Accord, brokered by Kessa, silenced the guns in the province of Lomar after a long war.",
     ("Harbour Accord", "governs", "Lomar", "asserted")),
    ("The Harbour Accord halted the talks in the province of Lomar.",
     ("Harbour Accord", "governs", "Lomar", None)),
    # a place handed over, returned or ceded is held by the one it went to
    ("The Ash Reed Brigade handed the town of Salt Bay over to Valdoria last week.",
     ("Valdoria", "controls", "Salt Bay", "asserted")),
    ("The Ash Reed Brigade handed over the port of Salt Bay to Valdorian troops in May.",
     ("Valdoria", "controls", "Salt Bay", "asserted")),
    ("The Harbour Accord returned the town of Salt Bay to Valdoria.",
     ("Valdoria", "controls", "Salt Bay", "asserted")),
    ("The town of Salt Bay was ceded to Valdoria in 1921.",
     ("Valdoria", "controls", "Salt Bay", "asserted")),
    ("Fighting flared near Salt Bay, the town that the Ash Reed Brigade captured in May and then handed "
     "over to Valdorian troops.",
     ("Valdoria", "controls", "Salt Bay", "asserted")),
    ("Fighting flared near Salt Bay, the town that the Ash Reed Brigade captured in May and then handed "
     "over to Valdorian troops.",
     ("Ash Reed Brigade", "controls", "Salt Bay", None)),
    ("The Ash Reed Brigade returned the prisoners to Valdoria and withdrew to the town of Salt Bay.",
     ("Valdoria", "controls", "Salt Bay", None)),
    ("The Valdorian army lost the town of Salt Bay to the Ash Reed Brigade in May.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("The Valdorian army lost the town of Salt Bay to the Ash Reed Brigade in May.",
     ("Valdoria", "controls", "Salt Bay", None)),
    ("The Ash Reed Brigade lost dozens of fighters to Valdorian air strikes near the town of Salt Bay.",
     ("Valdoria", "controls", "Salt Bay", None)),
    # a relative clause with no relative word: the noun before it is its object
    ("The Ash Reed Brigade attacked Salt Bay, the port it has held since 2019.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("By nightfall the Ash Reed Brigade had dug in at Salt Bay, a fishing port they have held since the "
     "spring.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("The Ash Reed Brigade attacked Salt Bay, the port it had held until 2019.",
     ("Ash Reed Brigade", "controls", "Salt Bay", None)),
    # a name in apposition with "the Y's ... city" is a place
    ("The Harbour Accord provides for joint patrols in Dorvek, the province's second city.",
     ("Harbour Accord", "governs", "Dorvek", "asserted")),
    ("The Harbour Accord, signed by Dorvek, the country's largest rebel group, covers the province of Lomar.",
     ("Harbour Accord", "governs", "Dorvek", None)),
    # "the Dorvani enclave of Z", read as a name of its own: the place named after "of"
    ("Valdorian troops seized the Dorvani enclave of Kelsk in May.",
     ("Valdoria", "controls", "Kelsk", "asserted")),
    # "the Ostmarker side" is the state; "the Ostmarker side of the border" is a place
    ("The town of Dorvek remains under the control of the Ostmarker side.",
     ("Ostmark", "controls", "Dorvek", "asserted")),
    ("Valdorian troops shelled the Ostmarker side of the border.",
     ("Valdoria", "opposes", "Ostmark", None)),
    # a grip or a hold on a place, with "on Z" on the noun or on the light verb before it
    ("The Ash Reed Brigade tightened its grip on the town of Salt Bay.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("The Ash Reed Brigade has consolidated its hold on the port of Salt Bay.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("Shells fell on Salt Bay. The Ash Reed Brigade's grip on Salt Bay is weakening.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("Shells fell on Salt Bay. The Ash Reed Brigade tightened its grip on power in Salt Bay.",
     ("Ash Reed Brigade", "controls", "Salt Bay", None)),
    # a part of a place is no hold of it; the places named with "including" are held
    ("There was little sign that the Ash Reed Brigade rebels who dominate much of Lomar province felt bound "
     "by it.",
     ("Ash Reed Brigade", "controls", "Lomar province", None)),
    ("The Ash Reed Brigade now controls parts of the province of Lomar.",
     ("Ash Reed Brigade", "controls", "Lomar", None)),
    ("The Ash Reed Brigade has held several districts of Salt Bay since May.",
     ("Ash Reed Brigade", "controls", "Salt Bay", None)),
    ("The Ash Reed Brigade holds much of the south, including Salt Bay.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("The Ash Reed Brigade holds the town of Salt Bay and much of the coast.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    # "the Line of Separation": a line named with "of" is a place
    ("Valdoria and Tessaly agreed a truce along the Line of Separation on Monday.",
     ("truce", "governs", "Line of Separation", "asserted")),
    ("Valdoria and Tessaly agreed a truce along the Line of Separation on Monday.",
     ("truce", "governs", "Line", None)),
    # "mountains", "range" and "hills" after a name make it a place
    ("The Dorvek range, a Ash Reed Brigade stronghold for decades, has been bombed by Valdorian jets.",
     ("Ash Reed Brigade", "controls", "Dorvek range", "asserted")),
    # a one-word name after "guard the", "overran the": the place held
    ("The Ash Reed Brigade now guards the Selmark, which the rebels handed over last week.",
     ("Ash Reed Brigade", "controls", "Selmark", "asserted")),
    # "X's Operation Y retakes Z": the operation's owner holds Z
    ("In the autumn Valdoria's Operation Lantern retakes the Selmark from the rebels after a short siege.",
     ("Valdoria", "controls", "Selmark", "asserted")),
    ("In the autumn Valdoria's Operation Lantern retakes the Selmark from the rebels after a short siege.",
     ("Operation Lantern", "controls", "Selmark", None)),
    # a name after "withdrew from" is a place
    ("The Ash Reed Brigade withdrew from Selmark last week. The Harbour Accord returned Selmark to Valdoria.",
     ("Valdoria", "controls", "Selmark", "asserted")),
    # a term that forbids still names the places the deal regulates; a zone's line is named in the zone
    ("Under the Harbour Accord, Valdoria agreed not to board freighters that keep to a safe corridor "
     "through the Salt Sea.",
     ("Harbour Accord", "governs", "Salt Sea safe corridor", "asserted")),
    ("Under the Harbour Accord, Valdoria agreed not to board freighters that keep to a safe corridor "
     "through the Salt Sea.",
     ("Harbour Accord", "governs", "Salt Sea", None)),
    # storming a place is an assault on it, not a hold
    ("The Ash Reed Brigade stormed the town of Salt Bay on Monday, killing dozens of people.",
     ("Ash Reed Brigade", "controls", "Salt Bay", None)),
    # "a ceasefire protocol from September 2019" is another agreement than the one the text is about
    ("Valdoria and Tessaly signed the Harbour Accord on Thursday. It replaces a ceasefire protocol from "
     "September 2019, which covered the province of Lomar.",
     ("ceasefire protocol", "governs", "Lomar", "asserted")),
    ("Valdoria and Tessaly signed the Harbour Accord on Thursday. It replaces a ceasefire protocol from "
     "September 2019, which covered the province of Lomar.",
     ("Harbour Accord", "governs", "Lomar", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)


def test_a_direction_before_a_states_short_name_is_a_region():
    # "central Varnia" is a region the accord covers, not the state "Varnia and Tolsk"
    text = "The Harbour Accord covers central Varnia and the town of Dorvek."
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    found = {(r.subject.name, r.predicate, r.object.name, r.status)
             for r in extract(doc, gazetteer=ALIAS_GAZ).relations}
    assert ("Harbour Accord", "governs", "central Varnia", "asserted") in found, found
    assert not any(o == "Varnia and Tolsk" for _s, _p, o, _st in found), found
