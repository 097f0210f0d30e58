"""Precision of holder nouns and participles read from the parse (invented sentences).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate,
object, status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # "Y's affiliate in Z": Y owns the role, Z is only where it acts
    ("Vardia's soldiers now face two foes in the hills: the KDR, the Nelvan Front's affiliate in the Dusar, "
     "and the Orlan Guard, a regional branch of the Sarn group.",
     ("KDR", "member_of", "Dusar", None)),
    ("Vardia's soldiers now face two foes in the hills: the KDR, the Nelvan Front's affiliate in the Dusar, "
     "and the Orlan Guard, a regional branch of the Sarn group.",
     ("KDR", "member_of", "Nelvan Front", "asserted")),
    ("Ivo Tarn, a commander in the Nelvan Front, said the talks failed.",
     ("Ivo Tarn", "member_of", "Nelvan Front", "asserted")),
    # "X, ..., and Y, a local branch of Z" with the apposition hung on the first conjunct: it describes Y
    ("Since the spring Vardia's police have hunted KDR, Nelvan's affiliate in the Dusar, and the Orlan "
     "Guard, a regional branch of the Sarn Movement.",
     ("KDR", "member_of", "Sarn Movement", None)),
    ("Since the spring Vardia's police have hunted KDR, Nelvan's affiliate in the Dusar, and the Orlan "
     "Guard, a regional branch of the Sarn Movement.",
     ("Orlan Guard", "member_of", "Sarn Movement", "asserted")),
    # "signed by Y, now led by X": the participle after the "by" phrase describes Y, it brokers nothing
    ("After ten weeks of talks in Hale the Harbour Accord was signed by the cabinet, now led by acting "
     "President Tomas Varel, by the Ash Reed Brigade and by two minor parties.",
     ("Tomas Varel", "brokered", "Harbour Accord", None)),
    ("After ten weeks of talks in Hale the Harbour Accord was signed by the cabinet, now led by acting "
     "President Tomas Varel, by the Ash Reed Brigade and by two minor parties.",
     ("Ash Reed Brigade", "brokered", "Harbour Accord", None)),
    ("The Harbour Accord was signed in May by Valdoria and the Ash Reed Brigade, mediated by Kessa.",
     ("Kessa", "brokered", "Harbour Accord", "asserted")),
    # "X, a nationalist party": a kind of organisation, no party to the deal in context
    ("The Harbour Accord held for a year. The new cabinet includes the Dawn Front, a nationalist party.",
     ("Dawn Front", "party_to", "Harbour Accord", None)),
    ("The Harbour Accord held for a year. The Dawn Front, a small left-wing party, joined the cabinet.",
     ("Dawn Front", "party_to", "Harbour Accord", None)),
    ("The Harbour Accord held for a year. The Dawn Front, a party to the accord, joined the cabinet.",
     ("Dawn Front", "party_to", "Harbour Accord", "asserted")),
    ("The Harbour Accord held for a year. The Dawn Front, the only party that signed it, joined the cabinet.",
     ("Dawn Front", "party_to", "Harbour Accord", "asserted")),
    # "a Scandian member of Y": one person from there, not the place or people as the member
    ("The Harbour Accord held. A Scandian member of the Joint Commission told reporters that nobody had "
     "fired a shot in May.",
     ("Scandian", "member_of", "Joint Commission", None)),
    ("The Harbour Accord held. Tessaly, a member of the Joint Commission, sent more monitors.",
     ("Tessaly", "member_of", "Joint Commission", "asserted")),
    # a quotation closed before ", and": the list of brokers inside it ends there
    ("Valdoria broke the news of the truce, saying it followed \"two days of secret talks mediated by "
     "Kessa\", and Ostmark's Prime Minister Ivo Tarn later praised Kessa on the radio.",
     ("Ivo Tarn", "brokered", "truce", None)),
    ("Valdoria broke the news of the truce, saying it followed \"two days of secret talks mediated by "
     "Kessa\", and Ostmark's Prime Minister Ivo Tarn later praised Kessa on the radio.",
     ("Ostmark", "brokered", "truce", None)),
    ("Valdoria broke the news of the truce, saying it followed \"two days of secret talks mediated by "
     "Kessa\", and Ostmark's Prime Minister Ivo Tarn later praised Kessa on the radio.",
     ("Kessa", "brokered", "truce", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_precision(text, expected):
    check(text, expected)
