"""Constructions of backing, hostility and alliance read from the parse (invented sentences).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "fought alongside Y": Y is a partner, never the one fought, however the tagger reads "alongside"
    ("Since May, Ostmarker fighters have fought alongside Tessalian troops against the Ash Reed Brigade.",
     ("Ostmark", "opposes", "Tessaly", None)),
    ("Since May, Ostmarker fighters have fought alongside Tessalian troops against the Ash Reed Brigade.",
     ("Ostmark", "allied_with", "Tessaly", "asserted")),
    ("Last year Ostmark fought alongside Tessalian soldiers against the Ash Reed Brigade.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("Last year Ostmark fought alongside Tessalian soldiers against the Ash Reed Brigade.",
     ("Tessaly", "opposes", "Ostmark", None)),
    ("In the hills, Norlandic soldiers are fighting the Ash Reed Brigade alongside the Kessan army.",
     ("Norland", "opposes", "Kessa", None)),
    ("In the hills, Norlandic soldiers are fighting the Ash Reed Brigade alongside the Kessan army.",
     ("Kessa", "opposes", "Ash Reed Brigade", "asserted")),
    # an apposition the parse read as one more conjunct: a plural describes the whole list, a
    # singular describes the name before it (never its own owner)
    ("The new front, formed after a split last spring, includes the Salt Bay Militia, the Black Sail Front "
     "and Dawn, militias that Norland has trained and armed for years.",
     ("Norland", "backs", "Salt Bay Militia", "asserted")),
    ("The new front, formed after a split last spring, includes the Salt Bay Militia, the Black Sail Front "
     "and Dawn, militias that Norland has trained and armed for years.",
     ("Norland", "backs", "Black Sail Front", "asserted")),
    ("Tessaly, Ostmark's bitter rival within the region, has been Norland's closest ally since 2010.",
     ("Ostmark", "allied_with", "Norland", None)),
    ("Tessaly, Ostmark's bitter rival within the region, has been Norland's closest ally since 2010.",
     ("Tessaly", "allied_with", "Norland", "asserted")),
    # a noun of hostility or alliance as the predicate, with its subject: "X has been at war with Y"
    ("Ostmark has been in conflict with the Ash Reed Brigade since 2014.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Salt Bay Militia has been in a loose alliance with the Black Sail Front since March.",
     ("Salt Bay Militia", "allied_with", "Black Sail Front", "asserted")),
    ("The Salt Bay Militia is no longer in alliance with the Ash Reed Brigade.",
     ("Salt Bay Militia", "allied_with", "Ash Reed Brigade", None)),
    # a trigger verb the tagger reads as a plural noun after a name
    ("Norland arms and trains the Ash Reed Brigade.", ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Ostmark supplies and trains the Green Banner Movement.",
     ("Ostmark", "backs", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade, a militia that Norland arms and trains, took the town.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    # a coordination of subjects interrupted before its last member
    ("Valdoria, Tessaly and, to a lesser extent, Ostmark backed the Ash Reed Brigade.",
     ("Valdoria", "backs", "Ash Reed Brigade", "asserted")),
    ("Valdoria and Tessaly signed the deal, and Ostmark backed the Ash Reed Brigade.",
     ("Valdoria", "backs", "Ash Reed Brigade", None)),
    # a sentence-opening apposition of a backer is the narrator's, whatever the clause says
    ("Norland, the main backer of the Ash Reed Brigade, denied the report.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Norland, the former backer of the Ash Reed Brigade, denied the report.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    # "Y's patrons in X": the state they sit in (allies in a place are not that place)
    ("The Ash Reed Brigade's patrons in Norland have sent more money.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("The Ash Reed Brigade's allies in Tessaly met in Vesk.",
     ("Tessaly", "allied_with", "Ash Reed Brigade", None)),
    # aid handed over: "to Y" on a later thing of the list, the recipient read as the things' modifier
    ("Ostmark has provided weapons and training to the Ash Reed Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "asserted")),
    ("Ostmark sold Tessaly fighter jets and missiles.", ("Ostmark", "backs", "Tessaly", "asserted")),
    # a demonym before the kind of a state's armed men stands for the state; before militias it does not
    ("Norlandic special forces are providing training to Tessalian units near Vesk.",
     ("Norland", "backs", "Tessaly", "asserted")),
    ("Norland sent weapons to Tessalian militias in the north.", ("Norland", "backs", "Tessaly", None)),
    # a view that casts its object as a threat, terrorists or a role: "X regards Y as ..."
    ("Tessaly regards the Ash Reed Brigade as a terrorist group.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("Last winter Norland designated both the Black Sail Front and the Green Banner Movement as terrorist "
     "outfits, freezing their assets.", ("Norland", "opposes", "Green Banner Movement", "asserted")),
    ("Ostmark, which considers the Ash Reed Brigade a threat, closed the border.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted")),
    ("Kessa sees the Green Banner Movement as its main enemy.",
     ("Green Banner Movement", "opposes", "Kessa", "asserted")),
    ("Tessaly regards Norland as a close partner.", ("Norland", "allied_with", "Tessaly", "asserted")),
    ("Tessaly regards the Ash Reed Brigade as a legitimate party to the talks.",
     ("Tessaly", "opposes", "Ash Reed Brigade", None)),
    # "X, whose troops ...": X's forces are X
    ("Kessa, whose troops have fought beside the Tessalian army against the Ash Reed Brigade for a year, "
     "was not invited to Brenn.", ("Kessa", "opposes", "Ash Reed Brigade", "asserted")),
    ("The talks left out Norland, whose forces still shell the Ash Reed Brigade near Vesk.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    # "X, Y's partner in the war against Z": both wage that war
    ("The Black Sail Front, Norland's main partner in the war against the Ash Reed Brigade, took the town.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    ("Tessaly has been Ostmark's closest ally in the fight against the Ash Reed Brigade.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("Tessaly has been Ostmark's closest ally in the talks with the Ash Reed Brigade.",
     ("Tessaly", "opposes", "Ash Reed Brigade", None)),
    # the agent of an armed act named by a noun: a passive of doing, a claim of one's own attacks
    ("Since May, the heaviest ground fighting against the Ash Reed Brigade has been waged by the Black "
     "Sail Front.",
     ("Black Sail Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("The attack on Tessalian troops was carried out by the Ash Reed Brigade.",
     ("Ash Reed Brigade", "opposes", "Tessaly", "asserted")),
    ("The attack on Tessalian troops was condemned by the Black Sail Front.",
     ("Black Sail Front", "opposes", "Tessaly", None)),
    ("The Black Sail Front, a hill faction that has claimed more than a dozen attacks on Tessalian troops, "
     "boycotted the talks.", ("Black Sail Front", "opposes", "Tessaly", "asserted")),
    ("The Ash Reed Brigade has never claimed the attacks on Tessalian troops.",
     ("Ash Reed Brigade", "opposes", "Tessaly", None)),
    # "X intervened against Y"
    ("Ostmark later intervened militarily against the Ash Reed Brigade.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted")),
    # striking and hitting an actor oppose it; striking a deal does not, nor makes its signers allies
    ("Norland has been striking the Ash Reed Brigade since March.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    ("Ostmarker drones hit the Ash Reed Brigade again on Sunday.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "asserted")),
    ("Ostmark and Tessaly struck the Harbour Accord in May.", ("Ostmark", "opposes", "Tessaly", None)),
    ("Ostmark and Tessaly struck the Harbour Accord in May.", ("Ostmark", "allied_with", "Tessaly", None)),
    # an actor's sites and depots stand for it as the target of an attack
    ("Norlandic jets bombed Ostmark's nuclear facilities on Sunday.",
     ("Norland", "opposes", "Ostmark", "asserted")),
    ("Tessaly struck the Ash Reed Brigade's weapons depots overnight.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("Tessaly visited Ostmark's nuclear facilities on Sunday.", ("Tessaly", "opposes", "Ostmark", None)),
    # "fought each other", "one another": each against the other, over the coordination a relative
    # clause stands for; a relative clause the parse hung on an agreement or on no one's noun is the
    # name's before the comma
    ("Tessaly and Ostmark have fought one another for a decade.",
     ("Tessaly", "opposes", "Ostmark", "asserted")),
    ("On Friday the truce was signed in Dro by the Dawn Front and the Ash Reed Brigade (ARB), which have "
     "been fighting one another since the coup.", ("Dawn Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("Envoys in Brenn praised the truce agreed between Tessaly and the Ash Reed Brigade (ARB), which have "
     "fought one another for most of the decade.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("The talks brought together Tessaly and Ostmark, which have backed each other since 2019.",
     ("Tessaly", "opposes", "Ostmark", None)),
    # a singular apposition read as a conjunct describes the name right before it, not the whole list
    ("Norland has never hidden its patronage of the Ash Reed Brigade, and Tessaly, long the Black Sail "
     "Front's protector in the south, has kept silent.",
     ("Ash Reed Brigade", "backs", "Black Sail Front", None)),
    ("Norland has never hidden its patronage of the Ash Reed Brigade, and Tessaly, long the Black Sail "
     "Front's protector in the south, has kept silent.",
     ("Tessaly", "backs", "Black Sail Front", "asserted")),
    # a list's last ", and" that opens a clause of its own adds no object to the phrasing rules
    ("Tessalian troops have been trying to dislodge the Ash Reed Brigade from the port for weeks, and "
     "Black Sail Front gunmen have fought alongside them.", ("Tessaly", "opposes", "Black Sail Front", None)),
    ("Tessalian troops have been trying to dislodge the Ash Reed Brigade from the port for weeks, and "
     "Black Sail Front gunmen have fought alongside them.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("Ostmark has long armed Kessa, the Dawn Front, and the Green Banner Movement, mostly with old rifles "
     "bought abroad.", ("Ostmark", "backs", "Green Banner Movement", "asserted")),
    # "in support of Y" coordinated with a phrase that hangs on the verb: the verb's subject backs Y
    ("The Black Sail Front has fired rockets at Vesk, saying it is acting against the blockade of the port "
     "and in support of the Ash Reed Brigade.",
     ("Black Sail Front", "backs", "Ash Reed Brigade", "asserted")),
    ("Tessaly has fired rockets at Vesk, saying it is acting against the blockade of the port and in "
     "support of the Ash Reed Brigade.", ("Tessaly", "opposes", "Ash Reed Brigade", None)),
    # "In November, X troops, backed by Y, drove Z out": the subject read as an apposition of the
    # fronted phrase of time
    ("In November, Tessalian troops, backed by fighters from Norland, drove Ash Reed Brigade fighters out "
     "of Salt Bay.", ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    ("In November, Tessalian troops, backed by fighters from Norland, drove Ash Reed Brigade fighters out "
     "of Salt Bay.", ("Norland", "opposes", "Ash Reed Brigade", None)),
    # "X, head of Y and Z's closest ally": the second role of the apposition, wherever the parse
    # coordinated it
    ("Arno Vesic, chief of the Dawn Front and the Ash Reed Brigade's oldest ally, stayed away from the "
     "talks.",
     ("Arno Vesic", "allied_with", "Ash Reed Brigade", "asserted")),
    ("Arno Vesic, chief of the Dawn Front and the Ash Reed Brigade's oldest ally, stayed away from the "
     "talks.",
     ("Dawn Front", "allied_with", "Ash Reed Brigade", None)),
    # "X-supported militias, including fighters from Y" with the list hung on another word
    ("Tessalian forces seized Pell in a week with Ostmarker drones overhead and Norland-supported militias, "
     "including gunmen from the Ash Reed Brigade, on the ground.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("Tessalian forces seized Pell in a week with Ostmarker drones overhead and Norland-supported militias, "
     "including gunmen from the Ash Reed Brigade, on the ground.",
     ("Ostmark", "backs", "Ash Reed Brigade", None)),
    # what an accusation charges a nameless accused with is no one's act, least of all the accuser's
    ("In a statement, Front leaders accused the border police of having helped the Ash Reed Brigade "
     "smuggle its wounded to Vesk.", ("Front", "backs", "Ash Reed Brigade", None)),
    ("Tessaly accused Ostmark of arming the Ash Reed Brigade.",
     ("Ostmark", "backs", "Ash Reed Brigade", "alleged")),
    # a person's help in a task ("led the mediation, assisted by X") is no backing; a state's help is
    ("Arno Vesic, the Ostmarker envoy, led the mediation, assisted by Lena Morrow and Piet Halvorsen.",
     ("Lena Morrow", "backs", "Ostmark", None)),
    ("The Ash Reed Brigade, assisted by Norland, took the pass.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    # a role with a subject of its own is a clause, not an apposition of the names before it
    ("Talks with the Ash Reed Brigade went through Arno Vesic, the assembly chairman, whose Dawn party "
     "remains the militia's most loyal ally.", ("Arno Vesic", "allied_with", "Dawn", None)),
    ("Norland and Kessa, the Ash Reed Brigade's main backers, said nothing.",
     ("Kessa", "backs", "Ash Reed Brigade", "asserted")),
    # "the alliance of X, Y and Z": each allied with the others (not when the text marks it as over)
    ("The tripartite alliance of Tessaly, Ostmark and Kessa was reaffirmed in May.",
     ("Tessaly", "allied_with", "Kessa", "asserted")),
    ("The former alliance of Tessaly and Ostmark was dissolved in 2010.",
     ("Tessaly", "allied_with", "Ostmark", None)),
    # a group's cells stand for the group
    ("Black Sail Front cells have long fought alongside the Ash Reed Brigade in the delta.",
     ("Black Sail Front", "allied_with", "Ash Reed Brigade", "asserted")),
    ("Tessalian raids on suspected Ash Reed Brigade cells in the north have been brutal.",
     ("Tessaly", "opposes", "Ash Reed Brigade", "asserted")),
    # a role coordinated with the verb of a relative clause is its subject's
    ("The Salt Bay Militia, which runs the port of Vesk and has for years been Norland's main partner on "
     "the coast, rejected the truce.", ("Salt Bay Militia", "allied_with", "Norland", "asserted")),
    ("The Salt Bay Militia, which runs the port of Vesk and has for years been at odds with Norland, "
     "rejected the truce.",
     ("Salt Bay Militia", "allied_with", "Norland", None)),
    # "army units loyal to X" are X's men
    ("Near the border the Ash Reed Brigade now fights alongside army units loyal to Arno Vesic, Tessaly's "
     "deposed ruler.", ("Ash Reed Brigade", "allied_with", "Arno Vesic", "asserted")),
    # a plural demonym as the subject of a clause stands for its state; before a noun it does not
    ("Officials estimate that several thousand Ostmarkers have been killed fighting Tessalian forces.",
     ("Ostmark", "opposes", "Tessaly", "asserted")),
    ("Norland has armed Ostmarker militias in the north.", ("Norland", "backs", "Ostmark", None)),
    # "the front between X and Y"; not "a united front"
    ("The guns along the long front between Tessaly and Ostmark fell silent at dawn.",
     ("Tessaly", "opposes", "Ostmark", "asserted")),
    ("They built a united front between Tessaly and Ostmark.", ("Tessaly", "opposes", "Ostmark", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
