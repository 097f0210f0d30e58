"""Agreements referred to in later sentences and the places they govern, actors' control and alliances:
constructions on sentences written for these tests (invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "the document" an agreement named before stands for: what is signed, stipulates or is "under"
    ("Valdoria and the Ash Reed Brigade agreed the Harbour Accord in May. Envoys from Tessaly and Kessa "
     "signed the document as witnesses a week later. It obliges the two armies to set up a buffer zone at "
     "least 30km wide between their lines.",
     ("Harbour Accord", "governs", "buffer zone", "asserted")),
    ("Valdoria and the Ash Reed Brigade agreed the Harbour Accord in May. Under the document, the brigade "
     "shall hand over the ridge, where a demilitarised corridor shall be established by June.",
     ("Harbour Accord", "governs", "demilitarised corridor", "asserted")),
    ("The Harbour Accord was agreed in May after long talks. Tomas Verlin signed the document in Salt Bay.",
     ("Tomas Verlin", "party_to", "Harbour Accord", "asserted")),
    # a document with no agreement named before it is not one
    ("Reporters in Salt Bay obtained the document on Monday. The document was signed by Tomas Verlin.",
     ("Tomas Verlin", "party_to", "document", None)),
    # an agreement that sets up or fixes a place governs it; a zone's measure is part of its name
    ("The Harbour Accord created a security zone around the dam at Lomar, patrolled by Kessan monitors.",
     ("Harbour Accord", "governs", "security zone", "asserted")),
    ("According to Tomas Verlin, the Harbour Accord, which Ostmark brokered over the winter, covers Lomar "
     "and Pell and established a 15-kilometre separation zone on the east bank of the Tavar.",
     ("Harbour Accord", "governs", "15-kilometre separation zone", "asserted")),
    ("Valdoria established a large army base in the province of Lomar.",
     ("Valdoria", "governs", "Lomar", None)),
    # "its close ally X", "his nationalist ally X": the role read as a modifier of the name; the narrator's
    # description, whatever the clause around it reports
    ("Tessaly's pilots train on jets sent by its close ally Ostmark.",
     ("Ostmark", "allied_with", "Tessaly", "asserted")),
    ("Tomas Verlin, who has leaned on his nationalist ally Anton Brel through two elections, called the "
     "vote a triumph.",
     ("Anton Brel", "allied_with", "Tomas Verlin", "asserted")),
    ("Tomas Verlin, who has leaned on his former ally Anton Brel through two elections, called the vote a "
     "triumph.",
     ("Anton Brel", "allied_with", "Tomas Verlin", None)),
    # "X was renamed Y" with a phrase of time before the verb; "X was scaled down and renamed Y" with the
    # second participle read as a past tense
    ("In December the Harbour Force was renamed the Peace Force.",
     ("Peace Force", "evolved_from", "Harbour Force", "asserted")),
    ("In December the Harbour Force was scaled down and renamed the Peace Force.",
     ("Peace Force", "evolved_from", "Harbour Force", "asserted")),
    ("In December the Harbour Force was scaled down and renamed the Peace Force.",
     ("Harbour Force", "evolved_from", "Peace Force", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
