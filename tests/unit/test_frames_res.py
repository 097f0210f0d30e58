"""A pronoun that opens its sentence as the subject is the antecedent the next pronoun of its kind continues.

"It raids X; Y has armed it": the second "it" is the first one's actor, not X named in between; "It has
held the town ... Its commander": the same actor, not a state named as a place in between.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # an object pronoun after a sentence-opening "it": the actor the first one stands for
    ("The Sand Wolf Front was founded by salt miners on the eastern plateau in 2019. It raids the Ash Reed "
     "Brigade near Pellin; Ostmark has quietly armed it since 2020.",
     ("Ostmark", "backs", "Sand Wolf Front", "asserted")),
    ("The Sand Wolf Front was founded by salt miners on the eastern plateau in 2019. It raids the Ash Reed "
     "Brigade near Pellin; Ostmark has quietly armed it since 2020.",
     ("Ostmark", "backs", "Ash Reed Brigade", None)),
    # "Its commander" in the sentence after one an "It" opens: that actor's commander
    ("The Sand Wolf Front was founded by salt miners on the eastern plateau in 2019. It has occupied the "
     "river port of Pellin for a year and has shelled Valdorian army camps along the canal. Its commander, "
     "Idris Cal, calls the truce a trap.",
     ("Idris Cal", "leader_of", "Sand Wolf Front", "asserted")),
    ("The Sand Wolf Front was founded by salt miners on the eastern plateau in 2019. It has occupied the "
     "river port of Pellin for a year and has shelled Valdorian army camps along the canal. Its commander, "
     "Idris Cal, calls the truce a trap.",
     ("Idris Cal", "leader_of", "Valdoria", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_sentence_opening_pronoun_is_continued(text, expected):
    check(text, expected)


#: A name given as a nom de guerre ("X, alias \u201cY\u201d") or one a man "calls himself" is a person's, so
#: the frames that need a person read it.
PERSON_CASES = [
    ("| Faction | Commander | Stance on talks |\n|---|---|---|\n"
     "| Sand Wolf Front (SWF) | Marta Quell, alias \"Nube\" | stays out |\n"
     "| Ash Reed Brigade (ARB) | Oren Vask | took part |",
     ("Marta Quell", "leader_of", "Sand Wolf Front", "asserted")),
    ("| Faction | Commander | Stance on talks |\n|---|---|---|\n"
     "| Sand Wolf Front (SWF) | Marta Quell, alias \"Nube\" | stays out |\n"
     "| Ash Reed Brigade (ARB) | Oren Vask | took part |",
     ("Marta Quell", "leader_of", "Ash Reed Brigade", None)),
    ("In 2016 a one-time ferry mechanic who calls himself Kestrel walked out of the Ash Reed Brigade with "
     "two hundred gunmen. Kestrel now commands the Sand Wolf Front.",
     ("Kestrel", "leader_of", "Sand Wolf Front", "asserted")),
    ("In 2016 a one-time ferry mechanic who calls himself Kestrel walked out of the Ash Reed Brigade with "
     "two hundred gunmen. Kestrel now commands the Sand Wolf Front.",
     ("Kestrel", "leader_of", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_CASES)
def test_a_nom_de_guerre_is_a_person(text, expected):
    check(text, expected)


#: "the militants", "the insurgents": armed men, so an armed group named before, never a body such as a
#: mission named in between.
ARMED_MEN_CASES = [
    ("The Sand Wolf Front has shelled fishing villages for years. Valdorian troops, advised by the Coastal "
     "Support Mission that Norland sent in March, now fight the militants street by street.",
     ("Valdoria", "opposes", "Sand Wolf Front", "asserted")),
    ("The Sand Wolf Front has shelled fishing villages for years. Valdorian troops, advised by the Coastal "
     "Support Mission that Norland sent in March, now fight the militants street by street.",
     ("Valdoria", "opposes", "Coastal Support Mission", None)),
]


@pytest.mark.parametrize(("text", "expected"), ARMED_MEN_CASES)
def test_armed_men_are_an_armed_group(text, expected):
    check(text, expected)
