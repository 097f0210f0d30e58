"""The type of a name no list knows, read from the institutions the text gives it, and what descriptive
plurals ("the rebels", "the militants") may resolve to; and the relations around the actors that decide it
(a broker's official, the two states whose truce ends their own fighting, the scope of a deal a speaker
reports, a charge read on its object); on sentences written for these tests (invented states, groups and
places; the phrasing tests' gazetteer knows none of them but its own).
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # the official through whom a state brokers a deal brokered it too
    ("The Sarvo truce, mediated by Kessa, whose foreign minister, Lina Borg, travelled between the two "
     "camps, held for a week.", ("Lina Borg", "brokered", "Sarvo truce", "asserted")),
    ("The Sarvo truce was mediated by Kessa, whose foreign minister, Lina Borg, later criticised it.",
     ("Lina Borg", "brokered", "Sarvo truce", "asserted")),
    ("The Sarvo truce was mediated by Kessa, while its foreign minister, Lina Borg, stayed at home.",
     ("Lina Borg", "brokered", "Sarvo truce", None)),
    # two states whose truce ends their own fighting are at war with each other
    ("Norland and Ostmark agreed on Friday to a truce along their border, ending two weeks of clashes "
     "that killed 40 soldiers.", ("Norland", "opposes", "Ostmark", "asserted")),
    ("Norland and Ostmark agreed on Friday to a truce covering the Dune valley.",
     ("Norland", "opposes", "Ostmark", None)),
    # the scope of a deal a speaker reports is no claim of the speaker's
    ("The envoy said the Sarvo truce applied to the districts of Mell and Orran.",
     ("Sarvo truce", "governs", "Orran", "asserted")),
    # a signatory signs for the side named before "by": "for X by its commander, Y"
    ("Tessaly and the Dawn Front accepted the accord on Monday. Copies were initialled for the Government by "
     "Justice Minister Pavel Oster and for the Dawn Front by its commander, Ilan Vos.",
     ("Ilan Vos", "leader_of", "Dawn Front", "asserted")),
    ("The pact was initialled on behalf of the Government by Justice Minister Pavel Oster and on behalf of "
     "the Dawn Front by its chief, Ilan Vos, in Tessaly.",
     ("Ilan Vos", "leader_of", "Dawn Front", "asserted")),
    ("The pact was initialled on behalf of the Government by Justice Minister Pavel Oster and on behalf of "
     "the Dawn Front by its chief, Ilan Vos, in Tessaly.", ("Ilan Vos", "leader_of", "Tessaly", None)),
    ("The Harbour Accord was initialled for the Government by Pavel Oster, the Minister of Justice, as "
     "President Ana Veld of Tessaly watched.", ("Pavel Oster", "member_of", "Tessaly", "asserted")),
    # a charge: "accused X of letting ... fight alongside Y"
    ("Ostmark's cabinet accused Tessaly of letting recruits move through its hills to fight alongside the "
     "Dune Front.", ("Tessaly", "allied_with", "Dune Front", "alleged")),
    ("Ostmark's cabinet accused Tessaly of letting recruits move through its hills to fight alongside the "
     "Dune Front.", ("Tessaly", "allied_with", "Dune Front", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_relations_of_names_no_list_knows(text, expected):
    check(text, expected)
