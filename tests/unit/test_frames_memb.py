"""Memberships and leaderships named by a title and its holder, on sentences written for these tests.

Each row is an invented sentence (states and groups from the phrasing tests' gazetteer, or unknown
names typed by their context), then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "Title of <state>" in a capitalised run: the office is no one's name, the state after "of" is named
    ("Ilse Marten, Prime Minister of Tessaly, opened the bridge to Ostmark on Friday.",
     ("Ilse Marten", "leader_of", "Tessaly", "asserted")),
    ("On Friday the new clinic in Corvin was opened by Ilse Marten, Interior Minister of the Republic of "
     "Valdoria.",
     ("Ilse Marten", "member_of", "Valdoria", "asserted")),
    ("The Minister of National Defence, General Ilse Marten, inspected the troops near Ostmark.",
     ("Ilse Marten", "leader_of", "Ostmark", None)),
    # "the President of X, Y, ...": the name in apposition, read by the parse as the owner's conjunct
    ("Talks opened in Brenn on Monday, and the President of the Republic of Valdoria, Ilse Marten, led a "
     "team of nine lawyers who had drafted the water chapter over the winter.",
     ("Ilse Marten", "leader_of", "Valdoria", "asserted")),
    ("The leader of the Ash Reed Brigade, Tomas Verlin, rejected the offer from Valdoria.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    ("The former President of Tessaly, Ilse Marten, spoke by telephone with Ostmark's president.",
     ("Ilse Marten", "leader_of", "Tessaly", None)),
    ("The envoys of Tessaly, Ilse Marten and Tomas Verlin, left for Ostmark.",
     ("Tomas Verlin", "leader_of", "Tessaly", None)),
    # "X, led by Y, is a member of Z": X read as the participle's subject is the copula's subject
    ("The Ash Reed Brigade, led by Verlin since the split, is a member of the Northern Alliance but keeps "
     "its own flag.",
     ("Ash Reed Brigade", "member_of", "Northern Alliance", "asserted")),
    ("The Ash Reed Brigade, led by Verlin since the split, is not a member of the Northern Alliance.",
     ("Ash Reed Brigade", "member_of", "Northern Alliance", None)),
    # "Led by X, Y ...": a fronted participle the tagger reads as a noun (or the mention finder as a name)
    ("Led by Tomas Verlin, the Ash Reed Brigade took the port of Salt Bay in March.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    ("Led by Tomas Verlin, the Ash Reed Brigade took the port of Salt Bay in March.",
     ("Led", "controls", "Salt Bay", None)),
    ("Armed by Norland, the Ash Reed Brigade took the port of Salt Bay in March.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    # "the X Alliance of President Y, an alliance that includes Z": the nominal is the alliance, not the man
    ("Last year most hill districts gave their votes to the Harbour Alliance of President Ilse Marten, an "
     "alliance that includes the Ash Reed Brigade and three farmers' parties, and the old parties of the "
     "coast were wiped out.",
     ("Ash Reed Brigade", "member_of", "Harbour Alliance", "asserted")),
    ("Last year most hill districts gave their votes to the Harbour Alliance of President Ilse Marten, an "
     "alliance that includes the Ash Reed Brigade and three farmers' parties, and the old parties of the "
     "coast were wiped out.",
     ("Ash Reed Brigade", "member_of", "Ilse Marten", None)),
    # "its foreign minister" after an agreement: the possessive is an actor's, never the agreement's
    ("The Harbour Accord, brokered by Norland after months of shuttle diplomacy by its patient foreign "
     "minister, Ilse Marten, ended the war with Tessaly.",
     ("Ilse Marten", "member_of", "Norland", "asserted")),
    ("On behalf of the Ash Reed Brigade, its commander-in-chief, Tomas Verlin, put his name to the Harbour "
     "Accord.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    ("The Harbour Accord, brokered by Norland after months of shuttle diplomacy by its patient foreign "
     "minister, Ilse Marten, ended the war with Tessaly.",
     ("Ilse Marten", "member_of", "Tessaly", None)),
    # "the government panel chair X", "the Y delegation chief, X": one of Y's people, not its head
    ("Kessa has fought the Ash Reed Brigade since 2010. The government panel chair Ilse Marten and her "
     "counterpart Tomas Verlin signed the Harbour Accord.",
     ("Ilse Marten", "member_of", "Kessa", "asserted")),
    ("The Ash Reed Brigade delegation chief, Tomas Verlin, replied that the talks with Kessa were frozen.",
     ("Tomas Verlin", "member_of", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade delegation chief, Tomas Verlin, replied that the talks with Kessa were frozen.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", None)),
    # "both countries are members of Y", "Y, of which both states are members": the two sides named before
    ("Valdoria and Tessaly fought a border war in 2021. Both countries are members of the African Union, "
     "which did not intervene.",
     ("Tessaly", "member_of", "African Union", "asserted")),
    ("Valdoria and Tessaly fought a border war in 2021. Their ceasefire was brokered by the African Union, "
     "of which both states are members.",
     ("Valdoria", "member_of", "African Union", "asserted")),
    ("Valdoria and Tessaly fought a border war in 2021, and Ostmark stayed out. Both countries are members "
     "of the African Union.",
     ("Ostmark", "member_of", "African Union", None)),
    # "X, the Y-led alliance": the alliance is X, not a coalition of its own, and Y is a member of X
    ("Ostmark and Kessa both belong to the African Union, the Ostmarker-led bloc, which stayed silent "
     "through the crisis.",
     ("Ostmark", "member_of", "African Union", "asserted")),
    ("Ostmark and Kessa both belong to the African Union, the Ostmarker-led bloc, which stayed silent "
     "through the crisis.",
     ("Ostmarker-led bloc", "member_of", "African Union", None)),
    # a titled man's state: not one named with another man's title ("Y's foreign minister, Z", "Tessalian
    # Prime Minister Z"); the title right before the man is his own
    ("Kessa hosted the ceremony. Signing for the sides were Tessalian Prime Minister Ilse Marten, rebel "
     "leader Arno Vesic and Valdoria's foreign minister, Lena Dorsk, while President Tomas Verlin watched "
     "from the front row.",
     ("Tomas Verlin", "leader_of", "Kessa", "asserted")),
    ("Kessa hosted the ceremony. Signing for the sides were Tessalian Prime Minister Ilse Marten, rebel "
     "leader Arno Vesic and Valdoria's foreign minister, Lena Dorsk, while President Tomas Verlin watched "
     "from the front row.",
     ("Tomas Verlin", "leader_of", "Valdoria", None)),
    ("Kessa hosted the ceremony. Signing for the sides were Tessalian Prime Minister Ilse Marten, rebel "
     "leader Arno Vesic and Valdoria's foreign minister, Lena Dorsk, while President Tomas Verlin watched "
     "from the front row.",
     ("Ilse Marten", "leader_of", "Tessaly", "asserted")),
    # "X was elected president of Y", "X is appointed commander of Y": the passive's subject holds the role
    ("Tomas Verlin was elected president of the Harbour Council in 2020.",
     ("Tomas Verlin", "leader_of", "Harbour Council", "asserted")),
    ("Tomas Verlin, once a Ash Reed Brigade quartermaster, is elected president of the Harbour Council by "
     "a show of hands.",
     ("Tomas Verlin", "leader_of", "Harbour Council", "asserted")),
    ("Tomas Verlin was not elected president of the Harbour Council.",
     ("Tomas Verlin", "leader_of", "Harbour Council", None)),
    # "X, a Y commander": one of Y's commanders, not its head
    ("Tomas Verlin, a Ash Reed Brigade commander, said the truce with Tessaly would hold.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", None)),
    ("Tomas Verlin, a Ash Reed Brigade commander, said the truce with Tessaly would hold.",
     ("Tomas Verlin", "member_of", "Ash Reed Brigade", "asserted")),
    ("Tomas Verlin, the Ash Reed Brigade's commander, said the truce with Tessaly would hold.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    # "X's government, whose chief mediator, Y, ...": the relative word stands for the state X
    ("The talks were mediated by Ostmark's government, whose chief mediator, Lena Dorsk, a former judge, "
     "shuttled between the delegations of Tessaly and Kessa.",
     ("Lena Dorsk", "member_of", "Ostmark", "asserted")),
    ("The talks were mediated by Ostmark's government, whose chief mediator, Lena Dorsk, a former judge, "
     "shuttled between the delegations of Tessaly and Kessa.",
     ("Lena Dorsk", "member_of", "Tessaly", None)),
    # "led by the former governor X": the office he held is over, the leading is not; "raised and led by X"
    # with "led" hung on the main verb is the force's participle all the same
    ("Norland has trained the Ash Reed Brigade, a local force raised and led by the former provincial "
     "governor Tomas Verlin.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", "asserted")),
    ("Norland has trained the Ash Reed Brigade, a local force raised and led by the former provincial "
     "governor Tomas Verlin.",
     ("Tomas Verlin", "leader_of", "Norland", None)),
    ("Norland has trained the Ash Reed Brigade, a local force once led by Tomas Verlin.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", None)),
    # "X named himself head of Y": the one who names holds the role
    ("After the palace guard seized the radio station, their colonel, Tomas Verlin, named himself head of "
     "the Harbour Council.",
     ("Tomas Verlin", "leader_of", "Harbour Council", "asserted")),
    ("Tomas Verlin named Arno Vesic head of the Harbour Council.",
     ("Tomas Verlin", "leader_of", "Harbour Council", None)),
    # "the then army commander, X": a role the text marks as over
    ("Tessaly brought in foreign mercenaries last winter. The then army commander, Brigadier General Tomas "
     "Verlin, would not serve alongside them and resigned.",
     ("Tomas Verlin", "leader_of", "Tessaly", None)),
    ("Tessaly brought in foreign mercenaries last winter. The army commander, Brigadier General Tomas "
     "Verlin, would not serve alongside them.",
     ("Tomas Verlin", "leader_of", "Tessaly", "asserted")),
    # "Commander-in-Chief" is a title, no one's name
    ("On state radio this morning the President of the Republic and Commander-in-Chief of the National "
     "Guard, Ilse Marten, thanked the crews who had rebuilt the harbour of Salt Bay.",
     ("in-Chief", "leader_of", "Republic", None)),
    # "West African", "the South-West": a compass word in a region's name is not the West
    ("A Norlandic-led West African force put Tomas Verlin back in office after the mutiny.",
     ("Norland", "member_of", "the West", None)),
    ("Tessaly accused the West of arming the Ash Reed Brigade.",
     ("the West", "backs", "Ash Reed Brigade", "alleged")),
    # "X, a militia of coastal fishermen that ...": the relative clause the parse hangs on the "of" phrase
    # is X's
    ("Salt Bay fell to the Ash Reed Brigade (ARB), a militia of coastal fishermen that has pledged "
     "allegiance to the Green Banner Movement.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade, a coalition of hill militias that is formally part of the Green Banner "
     "Movement, took the port of Salt Bay.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("Ostmark, a country of northern traditions that has pledged allegiance to the Green Banner Movement, "
     "took the port.",
     ("Ostmark", "member_of", "Green Banner Movement", None)),
    # a list's bullet or a timeline's date before a sentence is no part of its syntax
    ("• The Ash Reed Brigade, the largest rebel army, signed the Harbour Accord with Tessaly in March 2014.",
     ("Ash Reed Brigade", "party_to", "Harbour Accord", "asserted")),
    ("May 2011 — The Ash Reed Brigade, backed by Norland, takes the port of Salt Bay.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    # "X is one of the best-armed groups in Y", "X, one of the factions of Y": X is a member of Y
    ("With artillery of its own, the Ash Reed Brigade is one of the best-armed groups in the Green Banner "
     "Movement.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade, one of the factions of the Green Banner Movement, took the port of Salt Bay.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade is not one of the groups in the Green Banner Movement.",
     ("Ash Reed Brigade", "member_of", "Green Banner Movement", None)),
    # "X is one of the main backers of Y", "X, one of the three leaders of Y": the role noun's holder; one of
    # several leaders is a member, not the head
    ("Norland is one of the main backers of the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Tomas Verlin, one of the three leaders of the Ash Reed Brigade, read the statement out.",
     ("Tomas Verlin", "member_of", "Ash Reed Brigade", "asserted")),
    ("Tomas Verlin, one of the three leaders of the Ash Reed Brigade, read the statement out.",
     ("Tomas Verlin", "leader_of", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
