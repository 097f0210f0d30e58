"""Backing of what an actor owns, and killing an actor's men (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

POSSESSED = [
    # a passive verb of backing whose patient is a thing the actor owns: the owner is backed
    ("The Ash Reed Brigade's campaign was funded by grants from Ostmark and Kessa.",
     ("Kessa", "backs", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement's rifles were supplied by Norland, a defector told the inquiry.",
     ("Norland", "backs", "Green Banner Movement", "asserted")),
    # a negated verb asserts nothing; a man's campaign is no actor's
    ("The Ash Reed Brigade's campaign was never funded by Ostmark, the minister insisted.",
     ("Ostmark", "backs", "Ash Reed Brigade", None)),
    ("Arno Vesic's election campaign was funded by Ostmark.",
     ("Ostmark", "backs", "Arno Vesic", None)),
]


@pytest.mark.parametrize("text, expected", POSSESSED, ids=[c[0][:50] for c in POSSESSED])
def test_possessed_thing_backed(text, expected):
    check(text, expected)


KILLINGS = [
    # the victims are an actor's armed men or leaders, named by a demonym, a possessive or "from"
    ("Tessalian troops killed four Valdorian soldiers at a checkpoint outside the port.",
     ("Tessaly", "opposes", "Valdoria", "asserted")),
    ("Valdorian police have arrested or killed dozens of gunmen from the Ash Reed Brigade since spring.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    ("Four Norlandic peacekeepers were killed by the Green Banner Movement near the dam.",
     ("Green Banner Movement", "opposes", "Norland", "asserted")),
    # the killer is the owner of the attack noun
    ("Clans in the hills were angered by an Ostmark air raid that killed the Ash Reed Brigade's deputy "
     "commander.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted")),
    # the attack is the object of a verb of doing it: that verb's subject kills; the victims' owner may
    # hang on the noun's compound
    ("The Green Banner Movement carried out the car bombing that killed six Norland service members on the "
     "coast road.",
     ("Green Banner Movement", "opposes", "Norland", "asserted")),
    ("The Green Banner Movement condemned the raid that killed six Norlandic sailors on the coast road.",
     ("Green Banner Movement", "opposes", "Norland", None)),
    # no killer named, a denial, or victims across a semicolon: nothing asserted
    ("The Ash Reed Brigade buried twelve Valdorian soldiers killed in the storm.",
     ("Ash Reed Brigade", "opposes", "Valdoria", None)),
    ("Ostmark did not kill any Valdorian soldiers, its defence ministry said.",
     ("Ostmark", "opposes", "Valdoria", None)),
    ("The Ash Reed Brigade captured the ridge in May; Norlandic troops arrived weeks later.",
     ("Ash Reed Brigade", "opposes", "Norland", None)),
]


@pytest.mark.parametrize("text, expected", KILLINGS, ids=[c[0][:50] for c in KILLINGS])
def test_killed_men(text, expected):
    check(text, expected)


STATE_MEN_AT_START = [
    # "Government troops" opening a sentence is the state's armed men, as "government troops" is lower down
    ("The government of Valdoria signed the Harbour Accord in May. Government troops, backed by pilots from "
     "the Ash Reed Brigade, have since pushed north.",
     ("Ash Reed Brigade", "backs", "Valdoria", "asserted")),
    ("The government of Valdoria signed the Harbour Accord in May. Government soldiers ambushed the Green "
     "Banner Movement near the dam.",
     ("Valdoria", "opposes", "Green Banner Movement", "asserted")),
    # a capitalised "Government" before another word is no reference to the state
    ("The government of Valdoria signed the Harbour Accord in May. Government House was shelled by the "
     "Green Banner Movement at dawn.",
     ("Green Banner Movement", "opposes", "Valdoria", None)),
]


@pytest.mark.parametrize("text, expected", STATE_MEN_AT_START, ids=[c[0][60:100] for c in STATE_MEN_AT_START])
def test_state_men_at_sentence_start(text, expected):
    check(text, expected)


FRONTED_CLAUSE_SUBJECT = [
    # "after X arrested Y" read as the phrase "after X" and a verb with no subject: X is its subject, not
    # the main clause's
    ("The Ash Reed Brigade took to the forest that winter after Valdorian police arrested three Ostmarker "
     "soldiers.",
     ("Valdoria", "opposes", "Ostmark", "asserted")),
    ("The Ash Reed Brigade took to the forest that winter after Valdorian police arrested three Ostmarker "
     "soldiers.",
     ("Ash Reed Brigade", "opposes", "Ostmark", None)),
]


@pytest.mark.parametrize("text, expected", FRONTED_CLAUSE_SUBJECT,
                         ids=[str(c[1][3]) for c in FRONTED_CLAUSE_SUBJECT])
def test_fronted_clause_subject(text, expected):
    check(text, expected)


LISTED_AGENTS = [
    # the names listed after a passive's agent ("backed by militias, including X"): backers too
    ("Backed by several militias, including fighters from the Green Banner Movement, the Ostmarker "
     "navy retook the islands.",
     ("Green Banner Movement", "backs", "Ostmark", "asserted")),
    ("The Ostmarker navy, supported by Norlandic jets and by militias, including the Green Banner Movement, "
     "retook the islands.",
     ("Green Banner Movement", "backs", "Ostmark", "asserted")),
    # a list after the verb's object is no backer
    ("Backed by Norland, the Ostmarker navy has since attacked several groups, including the Green Banner "
     "Movement.",
     ("Green Banner Movement", "backs", "Ostmark", None)),
]


@pytest.mark.parametrize("text, expected", LISTED_AGENTS, ids=[c[0][:50] for c in LISTED_AGENTS])
def test_listed_agents(text, expected):
    check(text, expected)
