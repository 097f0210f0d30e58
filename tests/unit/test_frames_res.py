"""A pronoun that opens its sentence as the subject is the antecedent the next pronoun of its kind continues.

"It raids X; Y has armed it": the second "it" is the first one's actor, not X named in between; "It has
held the town ... Its commander": the same actor, not a state named as a place in between.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # an object pronoun after a sentence-opening "it": the actor the first one stands for
    ("The Sand Wolf Front emerged in 2019 among herders of the eastern hills. It raids the Red Hand "
     "Brigade near Pellin; Ostmark has quietly armed it since 2020.",
     ("Ostmark", "backs", "Sand Wolf Front", "asserted")),
    ("The Sand Wolf Front emerged in 2019 among herders of the eastern hills. It raids the Red Hand "
     "Brigade near Pellin; Ostmark has quietly armed it since 2020.",
     ("Ostmark", "backs", "Red Hand Brigade", None)),
    # "Its commander" in the sentence after one an "It" opens: that actor's commander
    ("The Sand Wolf Front emerged in 2019 among herders of the eastern hills. It has held the market town "
     "of Pellin since May and has ambushed Valdorian army convoys on the coast road. Its commander, "
     "Idris Cal, calls the truce a trap.",
     ("Idris Cal", "leader_of", "Sand Wolf Front", "asserted")),
    ("The Sand Wolf Front emerged in 2019 among herders of the eastern hills. It has held the market town "
     "of Pellin since May and has ambushed Valdorian army convoys on the coast road. Its commander, "
     "Idris Cal, calls the truce a trap.",
     ("Idris Cal", "leader_of", "Valdoria", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_sentence_opening_pronoun_is_continued(text, expected):
    check(text, expected)
