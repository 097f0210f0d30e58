"""Nominals and pronouns resolved across sentences, on short documents written for these tests (states and
bodies from the phrasing tests' gazetteer, groups and people invented): an object pronoun after two
coordinated verbs ("founded X and still leads it"), "the former" and "the latter", "the council" and
"the commission", and "the army" of a state named only inside a group's name."""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check


def _resolved(text: str, kind: str, word: str) -> list[str | None]:
    """The entity each mention of that kind and word resolves to (None when unresolved)."""
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, mentions, _clusters, resolved, _raw = _read(doc, GAZ)
    return [resolved[m.entity].name if m.entity >= 0 and resolved[m.entity] else None
            for m in mentions if m.kind == kind and m.text.lower() == word]


CASES = [
    # an object pronoun after a first verb's object: that object, not the actor of the sentence before
    ("Arno Vesic set up the Dusk Front in 2009 and still leads it, aides say.",
     ("Arno Vesic", "leader_of", "Dusk Front", "asserted")),
    ("The Dusk Front quit the Farmers League in 2015. Arno Vesic created the Dusk Front "
     "and now runs it from the hills.",
     ("Arno Vesic", "leader_of", "Farmers League", None)),
    ("Ostmark bombed the Grey Hill Front in May and later attacked it again near Olo.",
     ("Ostmark", "opposes", "Grey Hill Front", "asserted")),
    # "the former", "the latter": the first and the second of the pair named before
    ("The Ash Brigades and the Reed Front have fought over the delta all year. The former is armed by "
     "Tessaly, while the latter gets money from Norland.",
     ("Tessaly", "backs", "Ash Brigades", "asserted")),
    ("The Ash Brigades and the Reed Front have fought over the delta all year. The former is armed by "
     "Tessaly, while the latter gets money from Norland.",
     ("Norland", "backs", "Reed Front", "asserted")),
    ("The Ash Brigades and the Reed Front have fought over the delta all year. The former is armed by "
     "Tessaly, while the latter gets money from Norland.",
     ("Norland", "backs", "Tessaly", None)),
    # "the council": the council the text named before
    ("The Highland Elders Council was set up by nine clans in 2018. Kessa and Ostmark recognise the "
     "council. The Pell Valley Union joined the council last spring.",
     ("Pell Valley Union", "member_of", "Highland Elders Council", "asserted")),
    ("The Salt Coast Peace Commission was created by the African Union. The commission "
     "brokered a truce between the Dusk Front and Tessaly in March.",
     ("Salt Coast Peace Commission", "brokered", "truce", "asserted")),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_reference(text, expected):
    check(text, expected)


def test_it_after_founded_and_leads_is_the_group_founded():
    text = ("The Dusk Front quit the Farmers League. Arno Vesic built the Dusk Front and still "
            "heads it.")
    assert _resolved(text, "pronoun", "it") == ["Dusk Front"]


def test_the_former_before_a_noun_is_no_reference():
    text = "The Ash Brigades and the Reed Front met. The former president of Tessaly chaired the talks."
    assert _resolved(text, "pronoun", "former") == []


def test_the_latter_in_the_same_sentence_as_the_former_keeps_the_pair():
    text = ("Norland and Ostmark both claim the island. The former sent ships, and the latter sent "
            "planes in reply.")
    assert _resolved(text, "pronoun", "former") == ["Norland"]
    assert _resolved(text, "pronoun", "latter") == ["Ostmark"]


def test_a_council_no_name_has_named_is_no_actor():
    text = "The Dusk Front shelled Olo on Monday. The town council fled to the coast."
    assert _resolved(text, "nominal", "council") == [None]


def test_the_army_of_a_state_named_only_inside_a_group_name():
    text = ("Fighters of the Valdorian Liberation Front raided an army post on Friday. Tessaly condemned "
            "the raid. The army said it had killed six fighters of the Valdorian Liberation Front.")
    assert _resolved(text, "nominal", "army") == ["Valdoria"]


def test_a_state_named_on_its_own_keeps_the_army():
    text = ("Tessaly said fighters of the Valdorian Liberation Front raided a post in the south. Tessaly "
            "closed the border. The army said it had killed six fighters.")
    assert _resolved(text, "nominal", "army") == ["Tessaly"]


@pytest.mark.parametrize("text, word, expected", [
    # the group the sentence before opens on, not the one named last in it
    ("The Dusk Front raided a depot of the Grey Hill Front at dawn. The group, which Norland has armed "
     "for years, wants the salt mines.", "group", "Dusk Front"),
    ("The Dusk Front turned down a plan drafted by the Grey Hill Front and Ostmark on Friday. The movement "
     "says it will go on fighting.", "movement", "Dusk Front"),
    # a sentence that opens on "Its" continues the subject of the one before
    ("The Dusk Front took the town of Olo on Monday. The Dusk Front has fought Tessaly since 2014. Its "
     "men traded fire with the Grey Hill Front near the coast. The group said it held forty captives.",
     "group", "Dusk Front"),
    # with no subject to continue, the group named most
    ("Norland said the Grey Hill Front and the Dusk Front had both lost men. Tessaly blamed the Dusk Front "
     "for the shelling of Olo and the Dusk Front for a raid on Brenn. The group denied it.",
     "group", "Dusk Front"),
])
def test_a_group_nominal_is_the_subject_the_text_is_about(text, word, expected):
    assert _resolved(text, "nominal", word) == [expected]


def test_the_topic_makes_the_backer_right():
    check("The Dusk Front raided a depot of the Grey Hill Front at dawn. The group, which Norland has armed "
          "for years, wants the salt mines.", ("Norland", "backs", "Dusk Front", "asserted"))


COUNTED_CASES = [
    # "the three countries": the last three states named, each a party
    ("Tessaly, Ostmark and Norland met at Vesk in spring. The three countries signed the Salt Road "
     "Accord.", ("Norland", "party_to", "Salt Road Accord", "asserted")),
    ("Tessaly, Ostmark and Norland met at Vesk in spring. The three countries signed the Salt Road "
     "Accord.", ("Tessaly", "party_to", "Salt Road Accord", "asserted")),
    # "the two governments": the two states, as "the two countries" are
    ("Tessaly and Ostmark ended their border war in May. The two governments signed the Salt Road Accord "
     "in June.", ("Ostmark", "party_to", "Salt Road Accord", "asserted")),
    # a count of parties is not read as a count of states
    ("Kessa, Tessaly and Ostmark sent envoys to Vesk. The three parties signed the Salt Road Accord.",
     ("Kessa", "party_to", "Salt Road Accord", None)),
]


@pytest.mark.parametrize("text, expected", COUNTED_CASES, ids=[c[0][:40] for c in COUNTED_CASES])
def test_counted_states(text, expected):
    check(text, expected)


def test_the_government_of_a_state_named_only_by_a_part_of_it():
    text = ("The Dusk Front opened an offensive on government troops in northern Valdoria on Monday. Tessaly "
            "said it had shut its border. The movement accuses the government of neglecting the north.")
    assert _resolved(text, "nominal", "government") == ["Valdoria", "Valdoria"]


AGREEMENT_OBJECT_CASES = [
    # an object "it" of an agreement's verb: the agreement named before, not the verb's own subject
    ("Tessaly and the Dusk Front agreed the Olo Truce in May. Ostmark brokered it after long talks.",
     ("Ostmark", "brokered", "Olo Truce", "asserted")),
    ("Norland mediated the Salt Road Accord between Tessaly and the Dusk Front. The Grey Hill Front later "
     "signed it as well.", ("Grey Hill Front", "party_to", "Salt Road Accord", "asserted")),
]


@pytest.mark.parametrize("text, expected", AGREEMENT_OBJECT_CASES,
                         ids=[c[0][:40] for c in AGREEMENT_OBJECT_CASES])
def test_agreement_object(text, expected):
    check(text, expected)


def test_it_after_an_agreement_verb_is_the_agreement():
    text = "Tessaly and the Dusk Front agreed the Olo Truce in May. Ostmark brokered it after long talks."
    assert _resolved(text, "pronoun", "it") == ["Olo Truce"]


def test_it_after_another_verb_is_no_agreement():
    text = ("The Olo Truce was agreed in May. The Dusk Front took Brenn in June. Ostmark condemned it within "
            "hours.")
    assert "Olo Truce" not in _resolved(text, "pronoun", "it")


MORE_CASES = [
    # "the coalition" after "X, a coalition of ...": X, even when X's name ends in another word
    ("The Red Shore Alliance, a coalition of five armed groups, seized Olo in March. Ostmark has backed the "
     "alliance since 2019. The Dusk Front joined the coalition last year.",
     ("Dusk Front", "member_of", "Red Shore Alliance", "asserted")),
    # an object pronoun before "and": not the verb's own subject
    ("The Dusk Front holds the delta. Ostmark armed it and paid its officers for years.",
     ("Ostmark", "backs", "Dusk Front", "asserted")),
]


@pytest.mark.parametrize("text, expected", MORE_CASES, ids=[c[0][:40] for c in MORE_CASES])
def test_more_references(text, expected):
    check(text, expected)


def test_it_rejected_before_and_is_the_agreement():
    text = ("Tessaly and the Dusk Front agreed the Olo Truce in June. The Grey Hill Front rejected it and "
            "fought on.")
    assert _resolved(text, "pronoun", "it") == ["Olo Truce"]


def test_a_speaker_opening_the_sentence_before_is_no_topic():
    text = ("The Grey Hill Front holds the port of Olo. The Dusk Front says the Grey Hill Front is paid by "
            "Ostmark. The militants have also shelled Brenn.")
    assert _resolved(text, "nominal", "militants") == ["Grey Hill Front"]
