"""Membership between groups, states and bodies (invented sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

MEMBERS = [
    # a group's noun after its name ("the X militia") keeps its own name in a list of appositions
    ("The Tarsk militia, the Ember Brigade and the Dune Front, all three members of the Southern "
     "Coalition, walked out of the talks.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    ("The Tarsk militia, the Ember Brigade and the Dune Front, all three members of the Southern "
     "Coalition, walked out of the talks.",
     ("Ember Brigade", "member_of", "Southern Coalition", "asserted")),
    ("The Tarsk militia, one of the factions in the Southern Coalition, shelled the airport.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    # a plural noun stands for the names listed after "including"
    ("Four armed factions, including the Tarsk militia and the Ember Brigade, make up the Southern "
     "Coalition.",
     ("Ember Brigade", "member_of", "Southern Coalition", "asserted")),
    ("Four armed factions, including the Tarsk militia and the Ember Brigade, make up the Southern "
     "Coalition.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    ("The Southern Coalition is an umbrella of rebel factions including the Tarsk militia.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    # a body described by its members, one of them named by its group's noun
    ("The Southern Coalition, an alliance of the Tarsk militia and the Ember Brigade, took the ridge.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    ("The Southern Coalition, an alliance of the Tarsk militia and the Ember Brigade, took the ridge.",
     ("Ember Brigade", "member_of", "Southern Coalition", "asserted")),
    ("The Southern Coalition, a coalition of the Dune Front, the Tarsk movement and the Ember Brigade, "
     "stormed Lisk at dawn after a night of heavy shelling from the hills above it.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    ("The Southern Coalition, a coalition of the Dune Front, the Tarsk movement and the Ember Brigade, "
     "stormed Lisk at dawn after a night of heavy shelling from the hills above it.",
     ("Ember Brigade", "member_of", "Southern Coalition", "asserted")),
    # ... whose members are not its allies in the place they take together
    ("Backed by Ostmark, the Southern Coalition, a loose coalition of three groups, the Dune Front, the "
     "Tarsk movement and the Ember Brigade, stormed the port of Lisk on Friday.",
     ("Southern Coalition", "allied_with", "Ember Brigade", None)),
    # the members listed in dashes after an alliance's name, not its allies in what they take
    ("Last week the Southern Coalition — the Tarsk militia, the Dune Front and the Ember Brigade — overran "
     "the hill town of Lisk.",
     ("Dune Front", "member_of", "Southern Coalition", "asserted")),
    ("The Southern Coalition — the Tarsk militia, the Dune Front and the Ember Brigade — seized the hill "
     "town of Lisk on Sunday.",
     ("Southern Coalition", "allied_with", "Dune Front", None)),
    ("The Dune Front — the Tarsk militia and the Ember Brigade — overran two villages outside Lisk.",
     ("Ember Brigade", "member_of", "Dune Front", None)),
    # a demonym before a group's noun names no member
    ("The Southern Coalition, an alliance of Kessan rebel factions, took the ridge.",
     ("Kessa", "member_of", "Southern Coalition", None)),
    # a plural noun of members and the names it stands for
    ("The Gulf Shore Union's member states, Tessaly and Ostmark, walked out of the summit.",
     ("Ostmark", "member_of", "Gulf Shore Union", "asserted")),
    ("Tessaly and Ostmark, two member states of the Gulf Shore Union, voted against the plan.",
     ("Tessaly", "member_of", "Gulf Shore Union", "asserted")),
    ("At the summit the Gulf Shore Union member states Tessaly and Ostmark backed the plan.",
     ("Tessaly", "member_of", "Gulf Shore Union", "asserted")),
    # states that send soldiers to a force, with the "to" phrase hung on the soldiers
    ("Kessa and Norland have contributed soldiers to the Lisk Stabilisation Mission since 2020.",
     ("Norland", "member_of", "Lisk Stabilisation Mission", "asserted")),
    ("Norland has contributed 600 soldiers to the Lisk Stabilisation Mission.",
     ("Norland", "member_of", "Lisk Stabilisation Mission", "asserted")),
    ("Norland declined to contribute soldiers to the Lisk Stabilisation Mission.",
     ("Norland", "member_of", "Lisk Stabilisation Mission", None)),
    # soldiers sent to a multinational force or mission: a member, not a backer; to a group: a backer
    ("Norland sent 300 soldiers to the Lisk Stabilisation Mission last month.",
     ("Norland", "member_of", "Lisk Stabilisation Mission", "asserted")),
    ("Norland sent 300 soldiers to the Lisk Stabilisation Mission last month.",
     ("Norland", "backs", "Lisk Stabilisation Mission", None)),
    ("With parliament's approval in hand, Ostmark sent a further 80 soldiers north on Tuesday to reinforce "
     "the Lisk Stabilisation Mission.",
     ("Ostmark", "member_of", "Lisk Stabilisation Mission", "asserted")),
    ("Ostmark sent troops to help the Ember Brigade hold the bridge.",
     ("Ostmark", "member_of", "Ember Brigade", None)),
    # acting under a body's umbrella or banner
    ("The Ember Brigade operates under the umbrella of the Southern Coalition.",
     ("Ember Brigade", "member_of", "Southern Coalition", "asserted")),
    ("The Ember Brigade, which fights under the banner of the Southern Coalition, blew up the bridge.",
     ("Ember Brigade", "member_of", "Southern Coalition", "asserted")),
    ("The Ember Brigade operates under the protection of Ostmark.",
     ("Ember Brigade", "member_of", "Ostmark", None)),
    # a role in apposition after "the X militia" opening the sentence
    ("The Tarsk militia, the largest faction within the Southern Coalition, has rejected the new map.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    ("The Tarsk militia, the main rival of the Southern Coalition, has rejected the new map.",
     ("Tarsk", "member_of", "Southern Coalition", None)),
    # a state's own guard, service or agency, named after its possessive
    ("Ostmark's Presidential Guard sealed off the palace district before dawn.",
     ("Presidential Guard", "member_of", "Ostmark", "asserted")),
    ("Agents of Tessaly's Border Security Service detained four smugglers near the crossing.",
     ("Border Security Service", "member_of", "Tessaly", "asserted")),
    ("Ostmark's Dawn Brigade crossed the river at night.",
     ("Dawn Brigade", "member_of", "Ostmark", None)),
    ("The Tarsk militia's Internal Security Service detained an envoy from Ostmark.",
     ("Internal Security Service", "member_of", "Ostmark", None)),
    # a relative clause on the plural that "one of" or "among" picks from
    ("The Dune Front, one of the five factions that make up the Southern Coalition, laid mines on the road.",
     ("Dune Front", "member_of", "Southern Coalition", "asserted")),
    ("The Tarsk militia, among the groups that form the Southern Coalition, laid mines on the road.",
     ("Tarsk", "member_of", "Southern Coalition", "asserted")),
    ("The Dune Front is one of the groups that have joined the Southern Coalition since the spring.",
     ("Dune Front", "member_of", "Southern Coalition", "asserted")),
    ("The Dune Front is one of the groups that refused to join the Southern Coalition.",
     ("Dune Front", "member_of", "Southern Coalition", None)),
    ("The Dune Front, one of the groups that fought the Southern Coalition, laid mines on the road.",
     ("Dune Front", "member_of", "Southern Coalition", None)),
    # "of which X is a member": the narrator's clause, whatever the main verb says
    ("The Southern Coalition, of which the Dune Front is a member, denied the reports from Lisk.",
     ("Dune Front", "member_of", "Southern Coalition", "asserted")),
    ("The Southern Coalition, of which the Dune Front is no longer a member, denied the reports from Lisk.",
     ("Dune Front", "member_of", "Southern Coalition", None)),
    ("The Gulf Shore Union's six member states, including Tessaly, agreed on new tariffs.",
     ("Tessaly", "member_of", "Gulf Shore Union", "asserted")),
    # a membership asked for, weighed, or over
    ("The Tarsk militia has applied to join the Southern Coalition, its spokesman told reporters.",
     ("Tarsk", "member_of", "Southern Coalition", "hypothetical")),
    ("Tessaly formally joined the Gulf Shore Union in the spring of 2014.",
     ("Tessaly", "member_of", "Gulf Shore Union", "asserted")),
    ("Norland is considering contributing soldiers to the Lisk Stabilisation Mission.",
     ("Norland", "member_of", "Lisk Stabilisation Mission", "hypothetical")),
    ("The Ember Brigade, once part of the Southern Coalition, now fights alone in the delta.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
    ("The Ember Brigade was a member of the Southern Coalition until 2018.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
    # no membership: leaving, refusing, expulsion, rivalry
    ("The Ember Brigade pulled out of the Southern Coalition in April.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
    ("The Ember Brigade has refused to join the Southern Coalition.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
    ("The Ember Brigade was expelled from the Southern Coalition last winter.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
    ("The Ember Brigade and the Southern Coalition remain bitter rivals.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
    ("The Ember Brigade is no longer part of the Southern Coalition.",
     ("Ember Brigade", "member_of", "Southern Coalition", None)),
]


@pytest.mark.parametrize("text, expected", MEMBERS, ids=[c[1][0] + ":" + c[0][:50] for c in MEMBERS])
def test_members(text, expected):
    check(text, expected)
