"""Where a name begins and ends, on sentences written for these tests.

* a name built with "in <Place>" keeps its place when the acronym in brackets right after it spells the
  place too ("the Union for Renewal in Orvesk (URO)"); without such an acronym, or with one that leaves the
  place out, the name still ends before "in";
* a capitalised run whose words' initials are the acronym in brackets right after it is one name, even
  with a state's demonym inside it ("the United Ostrian Opposition (UOO)"), and its first word is kept
  even when the rest looks like a man's name (a man has no acronym);
* an agreement's title that took "on the" keeps the place after its "in" ("the Accord on the Withdrawal
  of Heavy Weapons in Z"); a name without such a title still ends before where it was signed.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

PLACES_IN_NAMES = [
    # the acronym spells the place: the place belongs to the name, and the man leads the whole body
    ("Late on a wet evening the talks broke down, because the Union for Renewal in Orvesk (URO), headed "
     "by Piet Moran, stormed out of the hall.",
     ("Piet Moran", "leader_of", "Union for Renewal in Orvesk", "asserted")),
    ("Late on a wet evening the talks broke down, because the Union for Renewal in Orvesk (URO), headed "
     "by Piet Moran, stormed out of the hall.",
     ("Piet Moran", "leader_of", "Orvesk", None)),
    # a body of monitors "in" a place: the man heads the whole body
    ("All through the cold winter Arno Vesic, chief of the Coastal League Group of Monitors in Vessaland "
     "(CLGMV), kept his staff fed.",
     ("Arno Vesic", "leader_of", "Coastal League Group of Monitors in Vessaland", "asserted")),
    # a group "of the People in Arms": its commander leads the whole name
    ("Mira Dale, who commands the Free League of the Workers in Arms (FLWA), spent the whole week touring "
     "muddy villages along the ridge.",
     ("Mira Dale", "leader_of", "Free League of the Workers in Arms", "asserted")),
    # the acronym leaves the place out: a group based in a place, not named after it
    ("All through the cold winter Piet Moran, chief of the Dawn Liberation Front in Orvesk (DLF), kept "
     "his fighters fed.",
     ("Piet Moran", "leader_of", "Dawn Liberation Front", "asserted")),
    ("All through the cold winter Piet Moran, chief of the Dawn Liberation Front in Orvesk (DLF), kept "
     "his fighters fed.",
     ("Piet Moran", "leader_of", "Dawn Liberation Front in Orvesk", None)),
]


@pytest.mark.parametrize("text, expected", PLACES_IN_NAMES,
                         ids=[f"{c[1][0]}:{c[1][2]}:{c[1][3]}" for c in PLACES_IN_NAMES])
def test_places_in_names(text, expected):
    check(text, expected)


SPELLED_NAMES = [
    # the acronym spells every word: the demonym inside the run does not split it
    ("Over the winter Arno Vesic, the leader of the United Valdorian Opposition (UVO), kept his men in "
     "the hills.",
     ("Arno Vesic", "leader_of", "United Valdorian Opposition", "asserted")),
    ("Over the winter Arno Vesic, the leader of the United Valdorian Opposition (UVO), kept his men in "
     "the hills.",
     ("Arno Vesic", "leader_of", "Opposition", None)),
    # the words after the first look like a man's name, but the acronym spells all four
    ("In the spring the Unidad Serrana Orienta Valdeza (USOV) signed the accord with Valdoria.",
     ("Unidad Serrana Orienta Valdeza", "party_to", "accord", "asserted")),
    ("In the spring the Unidad Serrana Orienta Valdeza (USOV) signed the accord with Valdoria.",
     ("Serrana Orienta Valdeza", "party_to", "accord", None)),
    # no acronym: a people's word before a man's name is still left off
    ("In the spring the Velandri Rodrigo Alves Mendaro signed the accord with Valdoria.",
     ("Rodrigo Alves Mendaro", "party_to", "accord", "asserted")),
]


@pytest.mark.parametrize("text, expected", SPELLED_NAMES,
                         ids=[f"{c[1][0]}:{c[1][2]}:{c[1][3]}" for c in SPELLED_NAMES])
def test_names_spelled_by_their_acronym(text, expected):
    check(text, expected)


TITLES_WITH_PLACES = [
    ("Late on Tuesday Valdoria and Tessaly signed the Accord on the Withdrawal of Heavy Weapons in Norland "
     "after weeks of haggling.",
     ("Valdoria", "party_to", "Accord on the Withdrawal of Heavy Weapons in Norland", "asserted")),
    ("Late on Tuesday Valdoria and Tessaly signed the Brenn Withdrawal Accord in Norland after weeks of "
     "haggling.",
     ("Valdoria", "party_to", "Brenn Withdrawal Accord", "asserted")),
    ("Late on Tuesday Valdoria and Tessaly signed the Brenn Withdrawal Accord in Norland after weeks of "
     "haggling.",
     ("Valdoria", "party_to", "Brenn Withdrawal Accord in Norland", None)),
]


@pytest.mark.parametrize("text, expected", TITLES_WITH_PLACES,
                         ids=[f"{c[1][0]}:{c[1][2]}:{c[1][3]}" for c in TITLES_WITH_PLACES])
def test_titles_keep_their_place(text, expected):
    check(text, expected)
