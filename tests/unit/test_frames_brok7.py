"""Go-betweens of agreements (``brokered``): constructions of round 7, each on texts written for these tests
(invented names, the phrasing tests' gazetteer).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

_SIGNED = "In May the Dawn Front signed the Pell Truce with Valdoria in Olo, ending a long war. "

CASES = [
    # a relative clause hung on one name of a list, with a plural verb or a plural role: the whole list
    (_SIGNED + "The envoys praised Norland, Ostmark and Tessaly, which have mediated the talks since 2019.",
     ("Norland", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The envoys praised Norland, Ostmark and Tessaly, which have mediated the talks since 2019.",
     ("Ostmark", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "At the closing session the envoys thanked Norland, Ostmark and the Grey Sea Council, which "
     "are to serve as guarantors of the truce for its first two years.",
     ("Ostmark", "brokered", "Pell Truce", "hypothetical")),
    # a singular verb leaves the clause on the one name it hangs on
    (_SIGNED + "The envoys praised Norland, Ostmark and Tessaly, which chaired the talks in Vesk.",
     ("Tessaly", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The envoys praised Norland, Ostmark and Tessaly, which chaired the talks in Vesk.",
     ("Ostmark", "brokered", "Pell Truce", None)),
    # "co-chaired by X": the participle after "co-" given to the parser alone
    (_SIGNED + "Every round of the talks in Vesk was co-chaired by Ostmark and Tessaly, at the request of "
     "both sides.",
     ("Ostmark", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Every round of the talks in Vesk was co-chaired by Ostmark and Tessaly, at the request of "
     "both sides.",
     ("Tessaly", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The talks, co-hosted by Ostmark, ended in June.",
     ("Ostmark", "brokered", "Pell Truce", None)),
    # "X led the mediation, assisted by A and B": the helpers of a go-between of the talks mediated too
    (_SIGNED + "Amar Quist, the envoy of the Grey Sea Council, led the mediation, assisted by Lena Varo and "
     "Tomas Rell, a retired judge.",
     ("Lena Varo", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Amar Quist, the envoy of the Grey Sea Council, led the mediation, assisted by Lena Varo and "
     "Tomas Rell, a retired judge.",
     ("Tomas Rell", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Amar Quist led the delegation, assisted by Lena Varo.",
     ("Lena Varo", "brokered", "Pell Truce", None)),
    # "said the accord, negotiated ... and facilitated by B, applied to ..." with the second participle on
    # "said": B facilitated the accord (the narrator's words), the one who spoke did not
    (_SIGNED + "Asked about its reach, Lena Varo said the truce, drafted under the auspices of the Grey Sea "
     "Council and facilitated by Ostmark, would hold along the whole coast.",
     ("Ostmark", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "Asked about its reach, Lena Varo said the truce, drafted under the auspices of the Grey Sea "
     "Council and facilitated by Ostmark, would hold along the whole coast.",
     ("Lena Varo", "brokered", "Pell Truce", None)),
    # names listed after a plural go-between role, however the parse hangs the list
    (_SIGNED + "Two guarantor states, Ostmark and Norland, attended every round.",
     ("Norland", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The guarantors, Ostmark and Norland, attended every round.",
     ("Norland", "brokered", "Pell Truce", "asserted")),
    (_SIGNED + "The guarantors and Norland attended every round.",
     ("Norland", "brokered", "Pell Truce", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][0] + ":" + c[0][-40:] for c in CASES])
def test_brokers(text, expected):
    check(text, expected)
