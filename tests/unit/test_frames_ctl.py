"""Holds of places (``controls``) in the shapes news gives them, and the places they name (invented
sentences, invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

DF = "Dawn Front"

CASES = [
    # a town no list knows, named before the verb that takes it: the place is still a place (a verb said of
    # men too, "captured", "held", needs the place named as one)
    ("The town of Olo was captured by the Dawn Front in May.", (DF, "controls", "Olo", "asserted")),
    ("The port of Olo is held by the Dawn Front.", (DF, "controls", "Olo", "asserted")),
    ("The Dawn Front said Varo was captured by its fighters on Monday.", (DF, "controls", "Varo", None)),
    ("Olo was retaken by Tessalian troops in June.", ("Tessaly", "controls", "Olo", "asserted")),
    ("Olo, which the Dawn Front captured in May, is now quiet.", (DF, "controls", "Olo", "asserted")),
    ("Olo is a city the Dawn Front has held since dawn.", (DF, "controls", "Olo", "asserted")),
    # "Z fell to X", "the fall of Z to X"
    ("Olo fell to the Dawn Front in May.", (DF, "controls", "Olo", "asserted")),
    ("Pell has fallen to the Dawn Front.", (DF, "controls", "Pell", "asserted")),
    ("The port of Pell fell to Tessalian forces after a week of fighting.",
     ("Tessaly", "controls", "Pell", "asserted")),
    ("Marsk, which fell to the Dawn Front in May, is cut off.", (DF, "controls", "Marsk", "asserted")),
    ("The fall of Olo province to the Dawn Front alarmed Tessaly.", (DF, "controls", "Olo", "asserted")),
    ("Pell could fall to the Dawn Front within days.", (DF, "controls", "Pell", None)),
    ("Olo fell silent after the Dawn Front's attack.", (DF, "controls", "Olo", None)),
    ("Support for the Dawn Front fell to 10% in Olo.", (DF, "controls", "Olo", None)),
    ("Olo fell into chaos after the Dawn Front withdrew.", (DF, "controls", "Olo", None)),
    # a noun of taking: "X's capture of Z", "the seizure of Z by X"
    ("The Dawn Front's capture of the town of Olo in May alarmed Tessaly.",
     (DF, "controls", "Olo", "asserted")),
    ("The Dawn Front's seizure of the port of Olo in May alarmed Tessaly.",
     (DF, "controls", "Olo", "asserted")),
    ("The capture of Olo province by the Dawn Front alarmed Tessaly.", (DF, "controls", "Olo", "asserted")),
    ("The Dawn Front's attempt to seize Olo failed.", (DF, "controls", "Olo", None)),
    ("The fall of Olo's mayor pleased the Dawn Front.", (DF, "controls", "Olo", None)),
    # a hold set off after the place: "Z, now in the hands of X", "Z, under X control"
    ("The town of Olo, now in the hands of the Dawn Front, was quiet on Monday.",
     (DF, "controls", "Olo", "asserted")),
    ("The town of Olo, now in Dawn Front hands, was quiet on Monday.", (DF, "controls", "Olo", "asserted")),
    # (a man in someone's hands is a hostage)
    ("Marr, now in the hands of the Dawn Front, appeared in a video on Monday.",
     (DF, "controls", "Marr", None)),
    ("Olo, under Dawn Front control since 2019, is cut off.", (DF, "controls", "Olo", "asserted")),
    ("Olo is under Dawn Front control.", (DF, "controls", "Olo", "asserted")),
    ("Olo is under the control of the Dawn Front.", (DF, "controls", "Olo", "asserted")),
    # "the X stronghold of Z", "Z, the X's stronghold"
    ("Tessaly shelled the Dawn Front stronghold of Olo.", (DF, "controls", "Olo", "asserted")),
    ("Olo, the Dawn Front's stronghold, was shelled.", (DF, "controls", "Olo", "asserted")),
    # driven out, ousted: the one driven out holds the place no more
    ("The Dawn Front was driven out of Olo in May.", (DF, "controls", "Olo", None)),
    ("Tessalian forces drove the Dawn Front out of Olo.", ("Tessaly", "controls", "Olo", "asserted")),
    ("Tessaly ousted the Dawn Front from Olo.", ("Tessaly", "controls", "Olo", "asserted")),
    ("Tessaly ousted the Dawn Front from Olo.", (DF, "controls", "Olo", None)),
    ("The Dawn Front lost Olo to Tessaly in May.", ("Tessaly", "controls", "Olo", "asserted")),
    ("The Dawn Front lost Olo in May.", (DF, "controls", "Olo", None)),
    ("The Dawn Front wrested control of Olo from Tessaly.", ("Tessaly", "controls", "Olo", None)),
    # a hold that ended, or was only tried or threatened
    ("The Dawn Front held Olo until 2019.", (DF, "controls", "Olo", None)),
    ("The Dawn Front no longer controls Olo.", (DF, "controls", "Olo", None)),
    ("The Dawn Front tried to take Olo.", (DF, "controls", "Olo", None)),
    ("The Dawn Front besieged Olo for a month.", (DF, "controls", "Olo", None)),
    ("The Dawn Front threatened to seize Olo.", (DF, "controls", "Olo", "hypothetical")),
    ("The Dawn Front failed to capture Olo.", (DF, "controls", "Olo", None)),
    ("Tessaly denies that its troops hold Olo.", ("Tessaly", "controls", "Olo", "denied")),
    # other senses of the words of taking and holding
    ("The Dawn Front took part in talks in Olo.", (DF, "controls", "Olo", None)),
    ("The Dawn Front seized weapons in Olo.", (DF, "controls", "Olo", None)),
    ("Norlandic troops captured 40 fighters near Olo.", ("Norland", "controls", "Olo", None)),
    ("Tessaly imposed control of prices in Pell.", ("Tessaly", "controls", "Pell", None)),
    ("Norland and Tessaly held talks in Olo.", ("Norland", "controls", "Olo", None)),
    ("Tessaly held elections in Pell last year.", ("Tessaly", "controls", "Pell", None)),
    ("A meeting held in Olo by the Dawn Front ended without agreement.", (DF, "controls", "Olo", None)),
    ("The Dawn Front took responsibility for the attack on Olo.", (DF, "controls", "Olo", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"{e[0]}-{e[1]}:{t[:40]}" for t, e in CASES])
def test_control_case(text, expected):
    check(text, expected)
