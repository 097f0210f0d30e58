"""The status of accusations, denials and reported claims, on sentences written for these tests.

Each row is an invented sentence and the one status the text gives a relation in it (one sentence gives
one status for one relation, however many readings find it), or ``None``: the relation is not read at all.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import extract

from .test_extract_phrasings import GAZ


def statuses(text: str, subject: str, predicate: str, obj: str) -> set[str]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    return {r.status for r in extract(doc, gazetteer=GAZ).relations
            if subject in {r.subject.name, *r.subject.aliases} and r.predicate == predicate
            and obj in {r.object.name, *r.object.aliases}}


CASES = [
    # a passive accusation: the accused is the passive subject, and the relation is alleged
    ("Norland is accused of arming the Ash Reed Brigade in the hills.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("For two years Ostmark has been accused of training the Green Banner Movement.",
     ("Ostmark", "backs", "Green Banner Movement", "alleged")),
    ("Kessa now stands accused of financing the Ash Reed Brigade.",
     ("Kessa", "backs", "Ash Reed Brigade", "alleged")),
    ("Tessaly was blamed for equipping the Green Banner Movement before the border war.",
     ("Tessaly", "backs", "Green Banner Movement", "alleged")),
    ("Valdoria is suspected of sheltering the Ash Reed Brigade near its northern border.",
     ("Valdoria", "backs", "Ash Reed Brigade", "alleged")),
    ("Ostmark, accused by Kessa of funding the Green Banner Movement, called for an inquiry.",
     ("Ostmark", "backs", "Green Banner Movement", "alleged")),
    ("Ostmark, accused by Kessa of funding the Green Banner Movement, called for an inquiry.",
     ("Kessa", "backs", "Green Banner Movement", None)),
    ("Ostmark, which Valdoria accuses of arming the Ash Reed Brigade, wants talks.",
     ("Ostmark", "backs", "Ash Reed Brigade", "alleged")),
    ("Norland, accused of arming the Ash Reed Brigade, is a member of the Harbour Council.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    # a clause of time, cause or contrast with its own subject is given, whatever the verbs above it say
    ("Kessa denies training the Ash Reed Brigade, while Norland funds the Green Banner Movement.",
     ("Norland", "backs", "Green Banner Movement", "asserted")),
    ("Kessa denies training the Ash Reed Brigade, while Norland funds the Green Banner Movement.",
     ("Kessa", "backs", "Ash Reed Brigade", "denied")),
    ("Kessa refused to sign the accord because Norland funds the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    # a passive claim ("is believed to", "is said to")
    ("Norland is widely believed to finance the Green Banner Movement.",
     ("Norland", "backs", "Green Banner Movement", "alleged")),
    ("Tessaly is said to have trained the Ash Reed Brigade in secret camps.",
     ("Tessaly", "backs", "Ash Reed Brigade", "alleged")),
    # the charge denied in an aside after it
    ("Kessa has been accused of arming the Ash Reed Brigade, a charge it rejects.",
     ("Kessa", "backs", "Ash Reed Brigade", "denied")),
    ("Tessaly is accused of funding the Green Banner Movement, accusations it has always denied.",
     ("Tessaly", "backs", "Green Banner Movement", "denied")),
    ("Valdoria accuses Norland of training the Ash Reed Brigade, which Norland flatly denies.",
     ("Norland", "backs", "Ash Reed Brigade", "denied")),
    ("Valdoria accuses Norland of training the Ash Reed Brigade in its border camps.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    # denials
    ("Ostmark denied on Monday that it had financed the Green Banner Movement.",
     ("Ostmark", "backs", "Green Banner Movement", "denied")),
    ("Norland has again denied arming the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "denied")),
    ("Kessa denies any support for the Green Banner Movement.",
     ("Kessa", "backs", "Green Banner Movement", "denied")),
    # a report the parse reads although it hangs the clause on the verb
    ("Valdoria was alarmed by reports that Norland had supplied the Ash Reed Brigade with rockets.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    # hedges and attribution
    ("Tessaly reportedly trained the Green Banner Movement last winter.",
     ("Tessaly", "backs", "Green Banner Movement", "alleged")),
    ("Norland funds the Ash Reed Brigade, the Valdorian government said on Tuesday.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("Kessa says Ostmark finances the Green Banner Movement.",
     ("Ostmark", "backs", "Green Banner Movement", "alleged")),
    ("Ostmark has financed the Green Banner Movement since 2012, diplomats say.",
     ("Ostmark", "backs", "Green Banner Movement", "asserted")),
    ("The Ash Reed Brigade overran Salt Bay late on Sunday, aid workers and local residents said.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("Norland says it trains the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    # an unnamed source before its report is the wire's sourcing too; a pronoun or an actor is not
    ("Diplomats say Norland funds the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "asserted")),
    ("He says Norland funds the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("The Ash Reed Brigade has taken Salt Bay, according to residents.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("Norland funds the Ash Reed Brigade, according to Kessa.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    ("Norland has armed the Ash Reed Brigade for years, Western diplomats say.",
     ("Norland", "backs", "Ash Reed Brigade", "alleged")),
    # a past perfect under a report in the past is the report's tense; alone it is a hold that is over
    ("Aid workers said the Ash Reed Brigade had overrun Salt Bay.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "alleged")),
    ("The Ash Reed Brigade had overrun Salt Bay, aid workers said.",
     ("Ash Reed Brigade", "controls", "Salt Bay", "asserted")),
    ("The Ash Reed Brigade had held Salt Bay for a decade before the war.",
     ("Ash Reed Brigade", "controls", "Salt Bay", None)),
    # the speaker's own deal; a clause after a set-off attribution is the narrator's
    ("Valdoria says it mediated the May truce between Kessa and the Ash Reed Brigade in person.",
     ("Kessa", "party_to", "truce", "asserted")),
    ("Ash Reed Brigade rockets hit Salt Bay overnight, Tessaly said, hours after Kessa signed the Harbour "
     "Accord.",
     ("Kessa", "party_to", "Harbour Accord", "asserted")),
    # a minister speaking of the state's forces named by a common noun
    ("Valdoria moved two more brigades to the north this week. The armed forces have opened a broad assault "
     "on the Ash Reed Brigade, Defence Minister Pell Varo told parliament.",
     ("Valdoria", "opposes", "Ash Reed Brigade", "asserted")),
    # plans, conditions and what is over
    ("Tessaly could start arming the Green Banner Movement if the talks collapse.",
     ("Tessaly", "backs", "Green Banner Movement", "hypothetical")),
    ("Norland no longer finances the Ash Reed Brigade.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
    ("Kessa used to equip the Green Banner Movement.",
     ("Kessa", "backs", "Green Banner Movement", None)),
    # the accuser is no backer; an accusation of a deed against no actor
    ("Valdoria accused Ostmark of sheltering Ash Reed Brigade commanders in villas along its coast.",
     ("Valdoria", "backs", "Ash Reed Brigade", None)),
    ("Norland accused the Ash Reed Brigade of shelling villages.",
     ("Norland", "backs", "Ash Reed Brigade", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[f"{c[1][0]}-{c[1][1]}:{c[0][:40]}" for c in CASES])
def test_status(text: str, expected: tuple[str, str, str, str | None]) -> None:
    subject, predicate, obj, status = expected
    found = statuses(text, subject, predicate, obj)
    if status is None:
        assert not found, found
    else:
        assert found == {status}, found
