"""Signatories and mediators of agreements: constructions added for ``party_to`` and ``brokered``, each
on sentences written for these tests (invented names).

Each row: an invented text, then a relation that must be read (subject, predicate, object, status)
or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "signed ... by X, and by the leaders of Y: A, B and C": every person of the "by" list, wherever the
    # parse hangs it; not one named inside an "of" phrase, nor one after the list's clause
    ("On a school bench in Dorn, the Pell Truce was signed by Colonel Arno Vesic, nephew of President "
     "Tomas Verlin, and by two envoys of the Dawn Front: Mira Solen and Ivo Brandt.",
     ("Ivo Brandt", "party_to", "Pell Truce", "asserted")),
    ("On a school bench in Dorn, the Pell Truce was signed by Colonel Arno Vesic, nephew of President "
     "Tomas Verlin, and by two envoys of the Dawn Front: Mira Solen and Ivo Brandt.",
     ("Arno Vesic", "party_to", "Pell Truce", "asserted")),
    ("On a school bench in Dorn, the Pell Truce was signed by Colonel Arno Vesic, nephew of President "
     "Tomas Verlin, and by two envoys of the Dawn Front: Mira Solen and Ivo Brandt.",
     ("Tomas Verlin", "party_to", "Pell Truce", None)),
    ("The Rook Accord, signed after midnight by the rebel negotiator Mira Solen and the army's deputy "
     "chief, Ivo Brandt, left the border question open.",
     ("Ivo Brandt", "party_to", "Rook Accord", "asserted")),
    ("The Rook Accord was signed by Mira Solen and Ivo Brandt while Tomas Verlin, who had flown in from "
     "Kessa, watched from the back row.",
     ("Tomas Verlin", "party_to", "Rook Accord", None)),
    # "the signing ... of the A by X, ..., and Y": the noun's "by" list
    ("Crowds in Hale cheered Monday's signing of the Rook Accord by the Dawn Front's chairman, Mira Solen, "
     "and the Valdorian envoy, Ivo Brandt.",
     ("Mira Solen", "party_to", "Rook Accord", "asserted")),
    ("Crowds in Hale cheered Monday's signing of the Rook Accord by the Dawn Front's chairman, Mira Solen, "
     "in the presence of Ivo Brandt.",
     ("Ivo Brandt", "party_to", "Rook Accord", None)),
    # "the document was signed by ...": the agreement in context; "by W as mediator" is a broker's signature
    ("Valdoria and the Dawn Front agreed the Pell Truce on Monday. Talks had lasted a week. In Corvin the "
     "document was signed first by the two rebel commanders, Mira Solen and Ivo Brandt, then by Ostmark as "
     "mediator.",
     ("Ivo Brandt", "party_to", "Pell Truce", "asserted")),
    ("Valdoria and the Dawn Front agreed the Pell Truce on Monday. Talks had lasted a week. In Corvin the "
     "document was signed first by the two rebel commanders, Mira Solen and Ivo Brandt, then by Ostmark as "
     "mediator.",
     ("Ostmark", "party_to", "Pell Truce", None)),
    ("Valdoria and the Dawn Front agreed the Pell Truce on Monday. Talks had lasted a week. Mira Solen "
     "signed the document in Corvin.",
     ("Mira Solen", "party_to", "Pell Truce", "asserted")),
    ("Valdoria and the Dawn Front agreed the Pell Truce on Monday. Talks had lasted a week. Mira Solen "
     "never signed the document.",
     ("Mira Solen", "party_to", "Pell Truce", None)),
    # "the talks were mediated by X": the talks of the agreement the text is about, however far back it
    # was named; not talks the text marks as others ("three rounds of fishing talks")
    ("Valdoria and the Dawn Front signed the Pell Truce on Monday. Fighting had lasted a decade. Thousands "
     "fled the hills. Ostmark facilitated the negotiations in its capital.",
     ("Ostmark", "brokered", "Pell Truce", "asserted")),
    ("Valdoria and the Dawn Front signed the Pell Truce on Monday. Fighting had lasted a decade. Thousands "
     "fled the hills. Tessaly chaired the negotiations in its capital.",
     ("Tessaly", "brokered", "Pell Truce", "asserted")),
    ("Valdoria and the Dawn Front signed the Pell Truce on Monday. Fighting had lasted a decade. Thousands "
     "fled the hills. Back in 2009 Ostmark mediated three rounds of fishing talks between Valdoria and "
     "Norland.",
     ("Ostmark", "brokered", "Pell Truce", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_agreement_frames(text, expected):
    check(text, expected)
