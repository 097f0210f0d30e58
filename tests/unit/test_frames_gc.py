"""Where a deal in context sends the armed men: the places of its terms, on texts written for these tests
(invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "Units of both sides are to be withdrawn from Z": a passive of the move, with a negated measure
    ("Valdoria and Tessaly initialled the Harbour Accord in a tent by the frontier on Sunday. Heavy units of "
     "the two sides are to be pulled back no fewer than four miles behind the line of contact.",
     ("Harbour Accord", "governs", "line of contact", "asserted")),
    # "rebel units are to move into Z, whose ...": the place before the comma, however the clause goes on
    ("The Dawn Front and Valdoria signed the Harbour Accord in Corvin. During the first ten days, rebel "
     "fighters are to move into a security zone near Brenn, whose borders may change later.",
     ("Harbour Accord", "governs", "security zone", "asserted")),
    # "X forces are to do A and then pull back to Z": the move after the first duty
    ("Tessaly and Kessa concluded the Harbour Accord last week after long talks. Tessalian forces are to "
     "guard the harbour for six months and then withdraw to the Lerin valley.",
     ("Harbour Accord", "governs", "Lerin valley", "asserted")),
    # with no deal in the sentences before, a move is no term of one
    ("Valdoria and Tessaly signed the Harbour Accord in March. The rains came early that year. Farmers "
     "lost most of the harvest. Tessalian forces are to withdraw to the Lerin valley.",
     ("Harbour Accord", "governs", "Lerin valley", None)),
    # "Under the terms agreed in W, ...": the terms of the deal in context; W is where they were agreed
    ("Tessaly and the Dawn Front accepted a truce late on Friday. Under the terms agreed in Brenn, Tessaly "
     "will lift its siege of the hill villages and will double the buffer zone around the dam.",
     ("truce", "governs", "buffer zone", "asserted")),
    ("Tessaly and the Dawn Front accepted a truce late on Friday. Under the terms agreed in Brenn, Tessaly "
     "will lift its siege of the hill villages and will double the buffer zone around the dam.",
     ("truce", "governs", "Brenn", None)),
    ("Tessaly and the Dawn Front accepted a truce late on Friday. Both armies then buried their dead. The "
     "harvest began. Under the terms of a later lease, Tessaly will run the buffer zone around the dam.",
     ("truce", "governs", "buffer zone", None)),
    # "Under its terms X withdrew from Z": a term carried out, in the past tense
    ("Kessa brokered the Harbour Accord in March. Under its terms the Dawn Front withdrew from Lerin and "
     "from two hill villages near it.",
     ("Harbour Accord", "governs", "Lerin", "asserted")),
    # "Rebel-held Z" at a sentence's start, "jihadist-held Z": the armed men of that kind hold Z
    ("The Dawn Front rebels stormed Olo in the spring. Rebel-held Olo has had no bread for a week.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    ("Drones circled above jihadist-held Lerin all night, residents said.",
     ("jihadists", "controls", "Lerin", "asserted")),
    ("Rebel leaders met in Lerin on Monday.",
     ("rebels", "controls", "Lerin", None)),
    # "A, an offshoot of the banned B, which guards Z", "A, a town downriver from the capital, B, which X
    # captured": the relative clause goes on describing A, the name the apposition is about
    ("Norland still pays the Harbour Force, an offshoot of the banned Ash Reed Brigade, which guards the dam "
     "at Lerin.",
     ("Harbour Force", "controls", "Lerin", "asserted")),
    ("Norland still pays the Harbour Force, an offshoot of the banned Ash Reed Brigade, which guards the dam "
     "at Lerin.",
     ("Ash Reed Brigade", "controls", "Lerin", None)),
    ("Tessalian engineers are rebuilding the bridge at Olo, a market town downriver from the district "
     "capital, Pim, which Tessalian soldiers captured last Friday.",
     ("Tessaly", "controls", "Olo", "asserted")),
    ("Tessalian engineers are rebuilding the bridge at Olo, a market town downriver from the district "
     "capital, Pim, which Tessalian soldiers captured last Friday.",
     ("Tessaly", "controls", "Pim", None)),
    # "the valley", "the capital" alone: the one such place the text (for "the capital", its sentence) named
    ("Floods in November cut off Osk and other towns of the Pell valley. The Dawn Front, which has held the "
     "valley for two years, opened one road for aid trucks from Tessaly.",
     ("Dawn Front", "controls", "Pell valley", "asserted")),
    ("By nightfall in Corvin the Dawn Front, whose gunmen had taken the palace hours earlier, had firm "
     "control of the capital.",
     ("Dawn Front", "controls", "Corvin", "asserted")),
    ("Floods in November cut off Osk in the Pell valley and Rask in the Lerin valley. "
     "The Dawn Front, which has held the valley for two years, opened one road for aid trucks from Tessaly.",
     ("Dawn Front", "controls", "Pell valley", None)),
    # a plan of one side's army, with no deal at all
    ("Tessalian forces are to move into the Lerin valley next week, the general said.",
     ("Tessaly", "governs", "Lerin valley", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_frame(text, expected):
    check(text, expected)
