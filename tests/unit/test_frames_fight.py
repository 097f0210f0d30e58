"""Hostile acts read through what they hit and how the fighting is named (invented sentences and names).

Each row: a sentence, then a relation that must be read (subject, predicate, object, status) or, with
``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from .test_extract_phrasings import check

CASES = [
    # a light verb, a noun of fire and "with": "traded fire with Y"
    ("The Dawn Front has traded fire with the Ash Reed Brigade since the floods.",
     ("Dawn Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("Soldiers from Kessa exchanged fire with Ostmark troops near a bridge on Friday.",
     ("Kessa", "opposes", "Ostmark", "asserted")),
    # an attack on what an actor holds or fields
    ("The Ash Reed Brigade shelled positions held by the Dawn Front for two nights.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    ("The Green Banner Movement attacked a Ash Reed Brigade militia base at first light.",
     ("Green Banner Movement", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Dawn Front attacked the Green Banner Movement's supply lines again.",
     ("Dawn Front", "opposes", "Green Banner Movement", "asserted")),
    ("Ostmark launched an assault on depots run by the Dawn Front.",
     ("Ostmark", "opposes", "Dawn Front", "asserted")),
    ("Ash Reed Brigade gunmen raided a Dawn Front checkpoint outside Olo, killing a guard.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    ("Kessa has repeatedly shelled Dawn Front supply routes in the valley.",
     ("Kessa", "opposes", "Dawn Front", "asserted")),
    # negative: troops one fights beside are no target
    ("Green Banner Movement gunmen, who have fought alongside Kessa troops in the canal district for four "
     "winters, ignored the order.",
     ("Green Banner Movement", "opposes", "Kessa", None)),
    # the one who takes part in a fight named by a noun
    ("The Dawn Front has been locked in a bitter war with the Ash Reed Brigade since 2011.",
     ("Dawn Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement took part in a spring offensive against the Dawn Front.",
     ("Green Banner Movement", "opposes", "Dawn Front", "asserted")),
    ("Last month the Ash Reed Brigade joined the fight against the Green Banner Movement.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", "asserted")),
    ("Embroiled in a long war with the Dawn Front, Norland has cut its budget.",
     ("Norland", "opposes", "Dawn Front", "asserted")),
    ("The Ash Reed Brigade was engaged in fierce fighting with the Dawn Front outside Olo.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "asserted")),
    # negative: fighting beside someone is no fight with them
    ("The Ash Reed Brigade has been fighting with the Dawn Front against Kessa.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", None)),
    ("Norland joined Kessa in its long war against the Ash Reed Brigade.",
     ("Norland", "opposes", "Ash Reed Brigade", "asserted")),
    ("Norland joined Kessa in its long war against the Ash Reed Brigade.",
     ("Norland", "allied_with", "Kessa", "asserted")),
    ("Norland joined Kessa in its long war against the Ash Reed Brigade.",
     ("Norland", "member_of", "Kessa", None)),
    # negative: joining someone in a condemnation of an attack is no fight
    ("Norland joined Kessa in condemning the attack on the Ash Reed Brigade.",
     ("Norland", "opposes", "Ash Reed Brigade", None)),
    # the one an attack falls on
    ("Kessa fought off a night assault by the Green Banner Movement.",
     ("Green Banner Movement", "opposes", "Kessa", "asserted")),
    ("Ash Reed Brigade outposts came under fire from the Dawn Front after midnight.",
     ("Dawn Front", "opposes", "Ash Reed Brigade", "asserted")),
    ("The Green Banner Movement repelled an attack by the Ash Reed Brigade near the ford.",
     ("Ash Reed Brigade", "opposes", "Green Banner Movement", "asserted")),
    # what is fired at an actor's posts
    ("The Dawn Front fired mortars at Ostmark army posts along the ridge.",
     ("Dawn Front", "opposes", "Ostmark", "asserted")),
    # a weapon stands for the one that launched it, however the parse hangs the participle
    ("Drones launched by the Dawn Front hit Kessa's fuel depots before dawn.",
     ("Dawn Front", "opposes", "Kessa", "asserted")),
    ("Missiles fired by the Ash Reed Brigade struck an Ostmark army base.",
     ("Ash Reed Brigade", "opposes", "Ostmark", "asserted")),
    # a sentence that opens on a plural of fighting names no one
    ("Hostilities between Kessa and Ostmark flared again in the autumn.",
     ("Kessa", "opposes", "Ostmark", "asserted")),
    # the side attacked reports the attack on itself as a fact; a third party's report stays a claim
    ("Kessa's air strikes killed four Dawn Front fighters, the Dawn Front said.",
     ("Kessa", "opposes", "Dawn Front", "asserted")),
    ("The Green Banner Movement said it had repelled an assault by the Dawn Front.",
     ("Dawn Front", "opposes", "Green Banner Movement", "asserted")),
    ("Norland said the Dawn Front had shelled the Green Banner Movement.",
     ("Dawn Front", "opposes", "Green Banner Movement", "alleged")),
    ("Ostmark said Ash Reed Brigade gunmen had raided its border posts.",
     ("Ash Reed Brigade", "opposes", "Ostmark", "asserted")),
    # the accused named on a force noun ("the Y militia")
    ("The Dawn Front accused the Ash Reed Brigade militia of shelling its positions.",
     ("Ash Reed Brigade", "opposes", "Dawn Front", "alleged")),
    # a possessive pronoun on the fight stands for the light verb's subject, or for its owner
    ("The Green Banner Movement has stepped up its raids on Kessa's border posts.",
     ("Green Banner Movement", "opposes", "Kessa", "asserted")),
    ("The Dawn Front opened its largest offensive against Norland in a decade.",
     ("Dawn Front", "opposes", "Norland", "asserted")),
    ("The Ash Reed Brigade denied that its drones had struck Tessalian army barracks.",
     ("Ash Reed Brigade", "opposes", "Tessaly", "denied")),
    # "fought with Y against Z": the "against" phrase hung on the companion
    ("The Dawn Front fought with the Green Banner Movement against Ostmark in the delta.",
     ("Dawn Front", "opposes", "Ostmark", "asserted")),
    # status: a denial, a threat, an accusation
    ("Kessa denied that it had shelled positions held by the Dawn Front.",
     ("Kessa", "opposes", "Dawn Front", "denied")),
    ("Ostmark said it might join the fight against the Ash Reed Brigade.",
     ("Ostmark", "opposes", "Ash Reed Brigade", "hypothetical")),
    # negatives: a claim attacked, a place shelled, a condemnation, an end to the fighting, civilians
    ("Kessa attacked the Dawn Front's claims as lies.", ("Kessa", "opposes", "Dawn Front", None)),
    ("The Ash Reed Brigade shelled villages held by Kessa.",
     ("Ash Reed Brigade", "opposes", "Kessa", None)),
    ("Norland condemned an attack on the Green Banner Movement.",
     ("Norland", "opposes", "Green Banner Movement", None)),
    ("Kessa and Ostmark agreed to end the fight against smugglers.", ("Kessa", "opposes", "Ostmark", None)),
    ("The Dawn Front fired rockets at crowds near Valdoria's embassy.",
     ("Dawn Front", "opposes", "Valdoria", None)),
    ("Norland took part in talks with the Dawn Front.", ("Norland", "opposes", "Dawn Front", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_fight(text, expected):
    check(text, expected)
