"""References resolved to the actor they stand for, on sentences written for these tests.

"the Government", capitalised on its own as official prose writes it, is a reference to a state's
government named before ("the Government of X"), read like "the government".

A possessive or subject pronoun is the subject of its own clause when one stands before it
there ("X signed, while Y said its ally Z ..."), not the sentence's first actor. A list item's
bullet ("- X, ... . It was formed ...") opens no clause of its own, and "X, and its ally Y" joins
two clauses, not "X and its ally".

An object "it" ("Valdoria has armed it since 2019") is not the subject of its own verb: the
nearest actor before it in its clause is passed over for another one.

A state's nominal in apposition to a group's name ("the Dawn Front, the junta that ...") is that
group, not the state the text is about. "the rebels", when no group of rebels was named, is the
armed group named before (never a body of states).
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check, triples

_BULLET_DASH = ("The armed groups\n\n- The Ash Reed Brigade (ARB), the main proxy of Valdoria in the north, "
                "is led by the Tessalian exile Ivo Brenk. It was formed in 2009 out of a merger of the Green "
                "Banner Movement with smaller factions.")
_BULLET_DOT = ("The armed groups\n\n• Dawn Front (DF): led by Ivo Brenk, the son of a Tessalian general, and "
               "joined by officers of the old Ostmark army. Its fighters have waged a long campaign against "
               "the Ash Reed Brigade.")

CASES = [
    ("The Government of Norland and the Ash Reed Brigade met in Brenn last week. On Monday the Government "
     "signed a ceasefire with the Ash Reed Brigade.",
     ("Government of Norland", "party_to", "ceasefire", "asserted")),
    ("The talks between the Government of Norland and the Ash Reed Brigade resumed in Brenn. The Elders' "
     "Council, which has long backed the Government, welcomed them.",
     ("Elders' Council", "backs", "Government of Norland", "asserted")),
    ("Tessaly signed the accord in May, while Norland said its ally Ostmark would not sign it.",
     ("Norland", "allied_with", "Ostmark", "asserted")),
    ("Tessaly signed the accord in May, while Norland said its ally Ostmark would not sign it.",
     ("Tessaly", "allied_with", "Ostmark", None)),
    ("Tessaly has pulled back from the river; Norland says its ally Ostmark will hold the bridge.",
     ("Norland", "allied_with", "Ostmark", "asserted")),
    ("Tessaly has pulled back from the river; Norland says its ally Ostmark will hold the bridge.",
     ("Tessaly", "allied_with", "Ostmark", None)),
    (_BULLET_DASH, ("Ash Reed Brigade", "evolved_from", "Green Banner Movement", "asserted")),
    (_BULLET_DASH, ("Valdoria", "evolved_from", "Green Banner Movement", None)),
    (_BULLET_DOT, ("Dawn Front", "opposes", "Ash Reed Brigade", "asserted")),
    (_BULLET_DOT, ("Ostmark", "opposes", "Ash Reed Brigade", None)),
    ("The Ash Reed Brigade grew out of exiles who had fled to Ostmark, and its ally Tessaly still arms it.",
     ("Ash Reed Brigade", "allied_with", "Tessaly", "asserted")),
    ("The Ash Reed Brigade grew out of exiles who had fled to Ostmark, and its ally Tessaly still arms it.",
     ("Ostmark", "allied_with", "Tessaly", None)),
    ("The Ash Reed Brigade has held the hill above Brenn since May. Valdoria has armed it since 2019.",
     ("Valdoria", "backs", "Ash Reed Brigade", "asserted")),
    # a subject "it" is still the clause's own actor
    ("The Ash Reed Brigade has held the hill above Brenn since May. Valdoria says it has armed the "
     "Green Banner Movement.",
     ("Ash Reed Brigade", "backs", "Green Banner Movement", None)),
    ("The Ash Reed Brigade has held the hill above Brenn since May. Valdoria says it has armed the "
     "Green Banner Movement.",
     ("Valdoria", "backs", "Green Banner Movement", "asserted")),
    ("The Dawn Front, the junta that Ivo Brenk leads, is armed by Ostmark.",
     ("Ivo Brenk", "leader_of", "Dawn Front", "asserted")),
    ("The Dawn Front, the junta that Ivo Brenk leads, is armed by Ostmark.",
     ("Ivo Brenk", "leader_of", "Ostmark", None)),
    ("The Dawn Front took Brenn in May. Ostmark says the rebels' leader, Ivo Brenk, has fled to Hale.",
     ("Ivo Brenk", "leader_of", "Dawn Front", "asserted")),
    ("The United Nations sent observers to Brenn in May. Ostmark says the rebels' leader, Ivo Brenk, has "
     "fled to Hale.",
     ("Ivo Brenk", "leader_of", "United Nations", None)),
    # the capitalised word is no name of its own: no actor called "Government" backs anyone
    ("The Ash Reed Brigade said the Government had armed the Green Banner Movement.",
     ("Government", "backs", "Green Banner Movement", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_reference(text, expected):
    check(text, expected)


def test_capitalised_government_is_not_a_name():
    found = triples("The Government of Norland and the Ash Reed Brigade met in Brenn. The Government "
                    "has armed the Green Banner Movement since 2019.")
    assert not any(s == "Government" or o == "Government" for s, _p, o, _st in found), found
