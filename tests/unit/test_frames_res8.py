"""A man's armed men named by his pronoun ("his fighters", "her troops") stand for what he leads.

The group or state the text says the man leads takes the relation; a man who leads nothing the text
names takes none (his men are not the man himself).
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "his fighters" after the text says which group the man leads: the group
    ("Korvan Dash leads the Tarrel Liberation Front. His fighters attacked the Ash Reed Brigade.",
     ("Tarrel Liberation Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("Oren Vask heads the Ash Reed Brigade. His fighters have clashed with the Green Banner Movement.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", "asserted")),
    ("Korvan Dash leads the Tarrel Liberation Front. He moved his camp to Selvo, a town which his forces "
     "still hold.",
     ("Tarrel Liberation Front", "controls", "Selvo", "asserted")),
    # "his men": the armed men of what he leads, in the parse's frames too
    ("Korvan Dash leads the Tarrel Liberation Front. His men attacked the Soren Brigades.",
     ("Tarrel Liberation Front", "opposes", "Soren Brigades", "asserted")),
    ("Korvan Dash leads the Tarrel Liberation Front. His men have fought alongside the Soren Brigades "
     "ever since.",
     ("Tarrel Liberation Front", "allied_with", "Soren Brigades", "asserted")),
    ("Korvan Dash met reporters in Selvo. His men attacked the Soren Brigades.",
     ("Korvan Dash", "opposes", "Soren Brigades", None)),
    # not the man himself
    ("Korvan Dash leads the Tarrel Liberation Front. His fighters attacked the Ash Reed Brigade.",
     ("Korvan Dash", "opposes", "Ash Reed Brigade", None)),
    # a man who leads nothing the text names: nothing
    ("Korvan Dash met reporters in Selvo. His fighters attacked the Ash Reed Brigade.",
     ("Korvan Dash", "opposes", "Ash Reed Brigade", None)),
    ("Korvan Dash met reporters in Selvo. He said his forces still hold Selvo.",
     ("Korvan Dash", "controls", "Selvo", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_his_men_stand_for_what_he_leads(text, expected):
    check(text, expected)
