"""Sides and go-betweens of agreements (``party_to``, ``brokered``): constructions of this round, each on
texts written for these tests (invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

_ALLIES = ("The Dawn Front has fought Valdoria since 2015. Ostmark sent troops to help Tessaly last year. "
           "Those Ostmarker battalions now guard the southern passes under the Pell Defence Pact, signed by "
           "the two sister republics in 2018.")

_SIGNED = "In May the Dawn Front signed the Pell Truce with Ostmark in Hale, ending a long war. "

CASES = [
    # "signed by the two sister republics": the last two states named, not the two sides of the war
    (_ALLIES, ("Tessaly", "party_to", "Pell Defence Pact", "asserted")),
    (_ALLIES, ("Ostmark", "party_to", "Pell Defence Pact", "asserted")),
    (_ALLIES, ("Dawn Front", "party_to", "Pell Defence Pact", None)),
    (_ALLIES, ("Valdoria", "party_to", "Pell Defence Pact", None)),
    # "both countries" after a war between two states is those two, whatever state was named since
    ("Tessaly has fought Ostmark over the river since 2019. Both armies fly drones made in Norland. Both "
     "countries are members of the Grey Sea Council.",
     ("Norland", "member_of", "Grey Sea Council", None)),
    ("Tessaly has fought Ostmark over the river since 2019. Both armies fly drones made in Norland. Both "
     "countries are members of the Grey Sea Council.",
     ("Tessaly", "member_of", "Grey Sea Council", "asserted")),
    # a demonym before a hyphen names no side ("Norlandic-made drones")
    ("The Dawn Front has fought Valdoria since 2015. Ostmark sent troops to help Tessaly last year. Its "
     "soldiers fly Norlandic-made drones along the river under the Pell Defence Pact, signed by the two "
     "sister republics.",
     ("Norland", "party_to", "Pell Defence Pact", None)),
    # "by neighbouring Y": the parser is given an adjective, not a participle with Y its object
    (_SIGNED + "The talks were mediated by neighbouring Tessaly.",
     ("Tessaly", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The talks were hosted by neighbouring Tessaly.",
     ("Tessaly", "brokered", "Pell Truce", None)),
    # "the talks were hosted and mediated by Y": the second verb's patient is the first one's subject
    (_SIGNED + "The talks were hosted and chaired by Tessaly.",
     ("Tessaly", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The talks were hosted and chaired by Tessaly.",
     ("Ostmark", "brokered", "Pell Truce", None)),
    # "Signed aboard a Y ship off Z, the truce commits A and B to ...": the agreement before the verb, not
    # the first name of the fronted phrase
    ("Valdoria has fought the Dawn Front since 2015. Signed in a cabin of a Kessan patrol boat off Hale, the "
     "Pell Truce commits the Valdorian government and the Dawn Front to end the shelling.",
     ("Dawn Front", "party_to", "Pell Truce", "asserted")),
    ("Valdoria has fought the Dawn Front since 2015. Signed in a cabin of a Kessan patrol boat off Hale, the "
     "Pell Truce commits the Valdorian government and the Dawn Front to end the shelling.",
     ("Kessa", "party_to", "Pell Truce", None)),
    # "X, and his Y counterpart, Z, put their signatures to ...": the second conjunct read as an oblique
    ("Valdoria has fought the Dawn Front since 2015. The Pell Protocol was signed on Monday in Hale. "
     "Valdoria's army chief, General Ivo Brandt, and his Tessalian counterpart, Mira Solen, put their "
     "signatures to the protocol at a border post.",
     ("Mira Solen", "party_to", "Pell Protocol", "asserted")),
    ("Valdoria has fought the Dawn Front since 2015. The Pell Protocol was signed on Monday in Hale. In "
     "Hale, and later in Corvin, General Ivo Brandt put his signature to the protocol.",
     ("Corvin", "party_to", "Pell Protocol", None)),
    # "A coalition of ..., Y, also signed" read as a passive with Y its subject: Y signed the deal in context
    ("After a month of talks Valdoria and the Dawn Front signed the Pell Accord. A coalition of minor rebel "
     "factions from the north, the Grey Sea Alliance, also signed.",
     ("Grey Sea Alliance", "party_to", "Pell Accord", "asserted")),
    ("After a month of talks Valdoria and the Dawn Front signed the Pell Accord. A coalition of minor rebel "
     "factions from the north, the Grey Sea Alliance, never signed.",
     ("Grey Sea Alliance", "party_to", "Pell Accord", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_party5_frames(text, expected):
    check(text, expected)
