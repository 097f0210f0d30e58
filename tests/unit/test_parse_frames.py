"""Relations read from the dependency parse, on sentences written for these tests.

Each row is one construction of ``loaders.dependency``: an invented sentence (invented states
and groups, from the phrasing tests' gazetteer), then a relation that must be read (subject,
predicate, object, status) or, with ``None`` as status, one that must not be read as asserted.
The parser is the one the package ships; these rows are what it must keep reading.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.dependency import CONSTRUCTIONS
from pactgraph.loaders.extract import fired_rules
from pactgraph.loaders.syntax import parser

from .test_extract_phrasings import GAZ, check

CASES = [
    # verbs: subject and object, over conjuncts and coordinated verbs
    ("Corvin trained and equipped the Ash Reed Brigade in the hills.",
     ("Valdoria", "backs", "Ash Reed Brigade", "asserted")),
    ("Valdoria, Tessaly and, to a lesser degree, Ostmark fund the Ash Reed Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade, which Norland has armed since 2016, took the pass.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade receives weapons and money from Norland.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Norland shipped drones to the Ash Reed Brigade last spring.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade clashed with the Green Banner Movement near the river.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", "asserted")),
    ("The Green Banner Movement grew out of the Ash Reed Brigade during the long exile in the mountains "
     "of Norland.",
     ("Green Banner Movement", "evolved_from", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement has held the port of Salt Bay since March.",
     ("Green Banner Movement", "controls", "Salt Bay", "asserted")),
    ("Kessa and Ostmark agreed to sign the Harbour Accord.",
     ("Kessa", "party_to", "Harbour Accord", "asserted")),
    ("Valdoria signed the Harbour Accord with Tessaly in May.",
     ("Tessaly", "party_to", "Harbour Accord", "asserted")),
    ("The Harbour Accord covers the islands of Pell and Rook.",
     ("Harbour Accord", "governs", "Rook", "asserted")),
    ("In a video posted on Sunday, Sava Guards commanders and the Green Banner Movement pledged allegiance "
     "to the Ash Reed Brigade.",
     ("Green Banner Movement", "member_of", "Ash Reed Brigade", "asserted")),
    # passives and participles
    ("The Ash Reed Brigade, long bankrolled by Norland, denies any foreign ties.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Mediated by Kessa, the Harbour Accord was signed in May.", ("Kessa", "brokered", "Harbour Accord",
                                                                  "asserted")),
    ("The Green Banner Movement, led by Arno Vesic, rejected the talks.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("A few hundred Ash Reed Brigade fighters led by Arno Vesic crossed the river.",
     ("Arno Vesic", "leader_of", "Ash Reed Brigade", None)),
    ("The Green Banner Movement's then-leader, Arno Vesic, stayed away.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", None)),
    ("A monitoring force led by Ostmark will watch the Ash Reed Brigade.",
     ("Ostmark", "leader_of", "Ash Reed Brigade", None)),
    # nouns that describe their holder
    ("Norland, the Ash Reed Brigade's main backer, denied the report.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Ostmark and Kessa, the Ash Reed Brigade's regional patrons, attended the summit.",
     ("Kessa", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade is the armed wing of the Green Banner Movement.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("Arno Vesic, the leader of the Green Banner Movement, flew to Dro.",
     ("Arno Vesic", "leader_of", "Green Banner Movement", "asserted")),
    ("Border guards detained a senior commander of the Green Banner Movement, Arno Vesic, near the river "
     "on Sunday.",
     ("Arno Vesic", "member_of", "Green Banner Movement", "asserted")),
    ("Valdoria and Tessaly are close allies.", ("Valdoria", "allied_with", "Tessaly", "asserted")),
    ("The Ash Reed Brigade, the Green Banner Movement's fiercest rival, lost the town.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", "asserted")),
    ("Its former patron, Norland, cut off the Ash Reed Brigade in 2015.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    # action nouns
    ("Norland's support for the Ash Reed Brigade has grown.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade advanced with the backing of Ostmark.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement's war against the Ash Reed Brigade is in its fifth year.",
     ("Green Banner Movement", "opposes", "Ash Reed Brigade", "asserted")),
    ("Norland's strikes hit the headquarters of the Ash Reed Brigade.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    ("The port of Salt Bay is now under the control of the Green Banner Movement.",
     ("Green Banner Movement", "controls", "Salt Bay", "asserted")),
    # agreements and their sides and places
    ("A truce between Valdoria and the Ash Reed Brigade took effect at midnight.",
     ("Ash Reed Brigade", "party_to", "truce", "asserted")),
    ("The Kessa-brokered truce held overnight.", ("Kessa", "brokered", "truce", "asserted")),
    ("The Ostmark-backed Salt Bay Militia crossed the river.",
     ("Ostmark", "backs", "Salt Bay Militia", "asserted")),
    ("Anti-Valdoria fighters of the Salt Bay Militia crossed the river.",
     ("Salt Bay Militia", "opposes", "Valdoria", "asserted")),
    # beside, and on opposite sides
    ("The Green Banner Movement fought alongside the Ash Reed Brigade against Tessalian troops.",
     ("Green Banner Movement", "allied_with", "Ash Reed Brigade", "asserted")),
    ("Valdoria and Tessaly back rival sides in the war.", ("Valdoria", "opposes", "Tessaly", "asserted")),
    # membership by inclusion, and lists read as appositions
    ("The Northern Front now includes the Salt Bay Militia and a handful of village guards.",
     ("Salt Bay Militia", "member_of", "Northern Front", "asserted")),
    ("The Harbour Accord includes Kessa and Ostmark as guarantors.",
     ("Kessa", "member_of", "Harbour Accord", None)),
    ("On Sunday the Green Banner Movement and its military wing, the Ash Reed Brigade, called for a strike.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    # roles named by a demonym, and counterparts
    ("The talks were chaired by the Tessalian envoy Lena Dorsk.",
     ("Lena Dorsk", "member_of", "Tessaly", "asserted")),
    ("Lena Dorsk met her Ostmarker counterpart, Piet Halloran, in Dro.",
     ("Piet Halloran", "member_of", "Ostmark", "asserted")),
    ("Tessalian President Ivo Marek greeted his Norlandic counterpart, Sven Aaby, at the airport in Vesk.",
     ("Sven Aaby", "leader_of", "Norland", "asserted")),
    # a predicate noun stands for its subject; help that comes "from" someone
    ("The Salt Bay Militia is a force that Norland equips and pays to this day.",
     ("Norland", "backs", "Salt Bay Militia", "asserted")),
    ("Tessaly depends on fuel and spare parts from Norland.", ("Norland", "backs", "Tessaly", "asserted")),
    ("Valdoria, Kessa and Norland signed the Harbour Accord as guarantors.",
     ("Kessa", "party_to", "Harbour Accord", None)),
    ("The Ash Reed Brigade says its exiled political leader, Tomas Verlin, will return.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    # agreements named by their kind in later sentences, and places of foreign shape
    ("Kessa and Ostmark signed the Harbour Accord in May. The protocol covers the districts of Pell and "
     "Rook.",
     ("Harbour Accord", "governs", "Rook", "asserted")),
    ("From Monday the Harbour Accord applies in the departments of Alto Verde and Sierra Blanca.",
     ("Harbour Accord", "governs", "Sierra Blanca", "asserted")),
    # adjectives, and actors set against each other by a reciprocal verb
    ("The Unity Party, a party openly hostile to the Ash Reed Brigade, won the vote.",
     ("Unity Party", "opposes", "Ash Reed Brigade", "asserted")),
    ("Militias loyal to Norland guard the Salt Bay Militia's camps; the Ash Reed Brigade is loyal to Kessa.",
     ("Ash Reed Brigade", "allied_with", "Kessa", "asserted")),
    ("Tessaly and Ostmark clashed again near the river.", ("Tessaly", "opposes", "Ostmark", "asserted")),
    ("Last spring Kessa and Norland fought a brief border war.", ("Kessa", "opposes", "Norland", "asserted")),
    ("Valdorian police arrested Arno Vesic.", ("Valdoria", "opposes", "Arno Vesic", "asserted")),
    # mediation named by a demonym, and talks that made the agreement in context
    ("Under Norlandic mediation, Valdoria and the rebels of the Ash Reed Brigade finally signed the Harbour "
     "Accord.",
     ("Norland", "brokered", "Harbour Accord", "asserted")),
    ("The Ash Reed Brigade signed the Harbour Accord after years of Kessa-facilitated talks.",
     ("Kessa", "brokered", "Harbour Accord", "asserted")),
    # a role right before its holder's name; heading a part of an actor; a stranded preposition
    ("Ostmark defence chief Lena Dorsk says the talks will go on.",
     ("Lena Dorsk", "member_of", "Ostmark", "asserted")),
    ("Tomas Verlin, who heads the Ash Reed Brigade's negotiating team, left Dro.",
     ("Tomas Verlin", "member_of", "Ash Reed Brigade", "asserted")),
    ("Tomas Verlin, who heads the Ash Reed Brigade's negotiating team, left Dro.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", None)),
    ("The Ash Reed Brigade quit the Northern Front, a coalition that the Salt Bay Militia still belongs to.",
     ("Salt Bay Militia", "member_of", "Northern Front", "asserted")),
    ("Since the ceasefire the Green Banner Movement has been a member of the Three Rivers Alliance.",
     ("Green Banner Movement", "member_of", "Three Rivers Alliance", "asserted")),
    ("Last year the factions chose Tomas Verlin as chairman of a new alliance, the Northern Front.",
     ("Tomas Verlin", "leader_of", "Northern Front", "asserted")),
    ("We watched the leaders of the Ash Reed Brigade put their names to the Harbour Accord.",
     ("Ash Reed Brigade", "party_to", "Harbour Accord", "asserted")),
    ("The valley has emptied during a decade of fighting between the government of Kessa and Ash Reed "
     "Brigade rebels.",
     ("Kessa", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade keeps attacking the Salt Bay Militia's checkpoints.",
     ("Ash Reed Brigade", "opposes", "Salt Bay Militia", "asserted")),
    ("The Salt Bay Militia's Norlandic partners left the port.",
     ("Norland", "allied_with", "Salt Bay Militia", "asserted")),
    # what a group grew out of: a participle on a passive, a successor "to", turning and merging into
    ("In 2013 the Ash Reed Brigade was founded, growing out of the Salt Bay Militia.",
     ("Ash Reed Brigade", "evolved_from", "Salt Bay Militia", "asserted")),
    ("Norland keeps the Ash Reed Brigade, the successor to the old Salt Bay Militia, near the border.",
     ("Ash Reed Brigade", "evolved_from", "Salt Bay Militia", "asserted")),
    ("The council voted to turn the Salt Bay Militia into a larger Northern Front.",
     ("Northern Front", "evolved_from", "Salt Bay Militia", "asserted")),
    ("After months of talks in the hills, the Salt Bay Militia and the Green Banner Movement merged into "
     "the Northern Front.",
     ("Northern Front", "evolved_from", "Green Banner Movement", "asserted")),
    ("Kessa and Ostmark signed the Harbour Accord. It was mediated by the Coastal League, whose chief "
     "mediator, Tomas Verlin, kept the delegations in Dro.", ("Tomas Verlin", "member_of", "Coastal League",
                                                             "asserted")),
    ("In Dro the Harbour Accord was signed for Kessa by its foreign minister, Tomas Verlin, while the "
     "rebels' seat stayed empty.",
     ("Tomas Verlin", "party_to", "Harbour Accord", "asserted")),
    ("Kessa and Tessaly fought a war in 2019. The Harbour Accord was signed by the two sister republics.",
     ("Tessaly", "party_to", "Harbour Accord", "asserted")),
    # status
    ("Norland denies arming the Ash Reed Brigade.", ("Norland", "backs", "Ash Reed Brigade", "denied")),
    ("Tessaly accuses Ostmark of funding the Ash Reed Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "alleged")),
    ("Tessaly accused Ostmark of having armed the Ash Reed Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "alleged")),
    ("Valdoria and its allies accuse Norland of sending troops and weapons to the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("Valdoria and its allies accuse Norland of sending troops and weapons to the Ash Reed Brigade.",
     ("Valdoria", "backs", "Ash Reed Brigade", None)),
    ("Valdorian officials accused the army of Ostmark of arming the Ash Reed Brigade.",
     ("Valdoria", "backs", "Ash Reed Brigade", None)),
    ("Norland could arm the Ash Reed Brigade if the talks fail.",
     ("Norland", "backs", "Ash Reed Brigade", "hypothetical")),
    ("Norland no longer funds the Ash Reed Brigade.", ("Norland", "backs", "Ash Reed Brigade", None)),
    ("Norland stopped funding the Ash Reed Brigade in 2019.", ("Norland", "backs", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)


def test_the_parser_ships_with_the_package():
    nlp = parser()
    assert nlp is not None, "loaders/parser/model is missing: run `make model`"
    assert {"tagger", "parser"} <= set(nlp.pipe_names)


def test_every_construction_fires_on_some_written_sentence():
    fired: set[str] = set()
    for text, _expected in CASES:
        fired.update(fired_rules(document_from_text(text, "t.txt", date="2021-06-15"), gazetteer=GAZ))
    constructions = {name.split("-")[1] for name in fired if name.startswith("dep-")}
    missing = sorted(set(CONSTRUCTIONS) - constructions)
    assert not missing, f"parse constructions with no written test sentence: {missing}"
