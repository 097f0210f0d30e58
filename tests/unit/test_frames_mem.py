"""Member lists the parse hangs away from their role or force, on sentences written for these tests.

* the names after the first one in a list apposed to a plural role ("three commanders of Y: A, B and C");
* a plural noun with a list in apposition, or listed after it and a dash or colon, stands for the whole
  list ("troops from three states — A, B and C — serve in Y");
* a name joined by "as well as" after a list, wherever the parse hung it ("A and B — as well as C");
* a plural noun right after a list's comma stands for the whole list ("A, B and C, the three groups that
  make up Y");
* members described through a relative word or a superlative;
* officials named by title alone: a deputy of a minister, and the one state that brokered what the
  official brokered when the context names several.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a list apposed (after a colon) to a plural role with one owner: every name is one of its people
    ("Across the table sat three field commanders of the Dawn Front: Arno Vesic, Mira Dale, who had flown in "
     "overnight, and Piet Moran.",
     ("Piet Moran", "member_of", "Dawn Front", "asserted")),
    ("Across the table sat three field commanders of the Dawn Front: Arno Vesic, Mira Dale, who had flown in "
     "overnight, and Piet Moran.",
     ("Mira Dale", "member_of", "Dawn Front", "asserted")),
    # two owners: whose man is whose is not said
    ("Across the table sat field commanders of the Dawn Front and of the Ash Reed Brigade: Arno Vesic, who "
     "had flown in overnight, and Mira Dale.",
     ("Mira Dale", "member_of", "Dawn Front", None)),
    # a plural noun with a list in apposition
    ("Troops from three states — Tessaly, Ostmark and Kessa — serve in the Harbour Observer Mission.",
     ("Kessa", "member_of", "Harbour Observer Mission", "asserted")),
    ("Troops from three states — Tessaly, Ostmark and Kessa — serve in the Harbour Observer Mission.",
     ("Ostmark", "member_of", "Harbour Observer Mission", "asserted")),
    ("Norland criticised the Harbour Observer Mission, which has observers from two states — Tessaly "
     "and Ostmark.",
     ("Norland", "member_of", "Harbour Observer Mission", None)),
    # a list after a plural noun and a dash, read by position however the parse hung its names
    ("Since May a Lakeside Verification Team, with personnel from four neighbours — Tessaly, Kessa, the "
     "Ostmark Republic and Norland — as well as the Coastal League, has tallied every rifle.",
     ("Coastal League", "member_of", "Lakeside Verification Team", "asserted")),
    ("Since May a Lakeside Verification Team, with personnel from four neighbours — Tessaly, Kessa, the "
     "Ostmark Republic and Norland — as well as the Coastal League, has tallied every rifle.",
     ("Tessaly", "member_of", "Lakeside Verification Team", "asserted")),
    ("The Lakeside Verification Team has observers from four neighbours — Tessaly, Kessa, the Ostmark "
     "Republic and Norland.",
     ("Norland", "member_of", "Lakeside Verification Team", "asserted")),
    ("The Lakeside Verification Team has observers from four neighbours — Kessa claims — and counts the "
     "weapons at night.",
     ("Kessa", "member_of", "Lakeside Verification Team", None)),
    # "as well as" after a list in dashes, hung on the verb instead of the list
    ("Officers from two neighbours — Tessaly and Ostmark — as well as Kessa serve in the Coastal Watch "
     "Force.",
     ("Kessa", "member_of", "Coastal Watch Force", "asserted")),
    # a plural noun after a list's comma stands for the list, however the parse hung its names
    ("In her report the envoy thanked the Dawn Front, the Kestrel Brigades and the Grey Wolves Movement, the "
     "three militias that make up the Southern Alliance.",
     ("Dawn Front", "member_of", "Southern Alliance", "asserted")),
    ("In her report the envoy thanked the Dawn Front, the Kestrel Brigades and the Grey Wolves Movement, the "
     "three militias that make up the Southern Alliance.",
     ("Kestrel Brigades", "member_of", "Southern Alliance", "asserted")),
    ("In her report the envoy thanked the Dawn Front, the two militias that make up the Southern Alliance.",
     ("Dawn Front", "member_of", "Southern Alliance", None)),
    ("Valdoria armed the Ash Reed Brigade as well as fighting the Dawn Front.",
     ("Valdoria", "backs", "Dawn Front", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"{c[1][0]}:{c[1][3]}:{c[0][:30]}" for c in CASES])
def test_member_lists(text, expected):
    check(text, expected)


MEMBER_CLAUSES = [
    # "in which X is a member": the body is the name before the clause's comma
    ("The Southern Alliance, in which the Dawn Front has long been a member, rejected Kessa's offer on "
     "Friday.",
     ("Dawn Front", "member_of", "Southern Alliance", "asserted")),
    ("The Southern Alliance, in which the Dawn Front was never a member, rejected Kessa's offer on Friday.",
     ("Dawn Front", "member_of", "Southern Alliance", None)),
    # "whose largest component is X" with X read as the copula's head
    ("Kessa now talks only to the Southern Alliance, whose strongest component is plainly the Dawn Front.",
     ("Dawn Front", "member_of", "Southern Alliance", "asserted")),
    # a superlative of a body's parts, apposed to the name before its comma
    ("Mira Dale, chief of the Dawn Front, the biggest of the militias grouped in the Southern Alliance, "
     "spoke on the radio.",
     ("Dawn Front", "member_of", "Southern Alliance", "asserted")),
    ("Mira Dale, chief of the Dawn Front, the biggest of the militias grouped in the Southern Alliance, "
     "spoke on the radio.",
     ("Mira Dale", "member_of", "Southern Alliance", None)),
    # a state is where the factions are, not a body they belong to
    ("On Sunday the Dawn Front, the oldest of the factions in Tessaly, blew up a bridge.",
     ("Dawn Front", "member_of", "Tessaly", None)),
]


@pytest.mark.parametrize("text, expected", MEMBER_CLAUSES,
                         ids=[f"{c[1][0]}:{c[1][3]}:{c[0][:30]}" for c in MEMBER_CLAUSES])
def test_member_clauses(text, expected):
    check(text, expected)


TITLES = [
    # a deputy of a portfolio minister, named by title alone: an official of the state in context
    ("Valdoria hailed the truce on Monday; in a radio address, Deputy Interior Minister Arno Vesic called "
     "it a fair bargain.",
     ("Arno Vesic", "member_of", "Valdoria", "asserted")),
    ("Valdoria hailed the truce on Monday; in a radio address, Deputy Mayor Arno Vesic called it a fair "
     "bargain.",
     ("Arno Vesic", "member_of", "Valdoria", None)),
    # with several states about, the one state that brokered what the titled man brokered is his
    ("Kessa and the Dawn Front kept to a Valdoria-brokered truce, mediated in Hale over the winter by "
     "Vice-President Arno Vesic, until May.",
     ("Arno Vesic", "member_of", "Valdoria", "asserted")),
    ("Kessa and the Dawn Front kept to a truce, mediated in Hale over the winter by Vice-President "
     "Arno Vesic together with Valdoria and Tessaly, until May.",
     ("Arno Vesic", "member_of", "Valdoria", None)),
]


@pytest.mark.parametrize("text, expected", TITLES, ids=[f"{c[1][0]}:{c[1][3]}" for c in TITLES])
def test_titled_officials(text, expected):
    check(text, expected)
