"""One actor, one node: second names, initials in another language and syllabic acronyms join the actor they
name; names that differ by a faction's suffix, or that two names could spell, stay apart (invented sentences,
invented names).

Each row: a sentence written for this test, then a relation that must be read (subject, predicate, object,
status) or, with ``None`` as status, one that must not be read as asserted.
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text, extract

from .test_extract_phrasings import GAZ, check

CASES = [
    # "known by its initials": a second name in another language's initials
    ("The Olo Freedom Movement, known by its Olo initials GOM, met Tessaly in Pell. GOM has fought Kessa "
     "since 1990.", ("Olo Freedom Movement", "opposes", "Kessa", "asserted")),
    ("The Varn Patriotic Front, known by the acronym PAVAR, met Tessaly in Pell. PAVAR has fought Kessa "
     "since 1990.", ("Varn Patriotic Front", "opposes", "Kessa", "asserted")),
    # ... after a reference that resolves to the named group
    ("The Olo Freedom Movement met Tessaly in Pell. Ilo Varsk spoke on behalf of the movement, known by "
     "its Olo initials GOM, on Monday. GOM has fought Kessa since 1990.",
     ("Olo Freedom Movement", "opposes", "Kessa", "asserted")),
    # "also known as Y or Z": the third name too
    ("The Dawn Front, also known as the DFO or Zorya, attacked Tessaly. Zorya has fought Kessa since 1990.",
     ("Dawn Front", "opposes", "Kessa", "asserted")),
    # a syllabic acronym the text never defines, spelled by one name of the text
    ("The Olo Defence Forces ambushed a convoy on Monday. OLODEF fighters also attacked Tessaly.",
     ("Olo Defence Forces", "opposes", "Tessaly", "asserted")),
    ("The Varn Popular Army has lost ground this year. VARPOP fighters attacked Kessa on Monday.",
     ("Varn Popular Army", "opposes", "Kessa", "asserted")),
    # ... but not when two names of the text could spell it
    ("The Olo Defence Forces and the Olo Democratic Front met in Pell. OLODEF fighters attacked Tessaly.",
     ("Olo Defence Forces", "opposes", "Tessaly", None)),
    ("The Olo Defence Forces and the Olo Democratic Front met in Pell. OLODEF fighters attacked Tessaly.",
     ("Olo Democratic Front", "opposes", "Tessaly", None)),
    # a body's name without its first words and its "in Z" is that body; two bodies that end so are not
    ("A United Nations Observer Mission in Olo counts shell craters. Tessaly backs the Observer Mission.",
     ("Tessaly", "backs", "United Nations Observer Mission in Olo", "asserted")),
    ("The Tessaly Verification Mission in Olo counts violations. Norland backs the Verification Mission. "
     "The Kessa Verification Mission counts too.",
     ("Norland", "backs", "Tessaly Verification Mission in Olo", None)),
    # "jihadist-held Z", "rebel-held Z": the armed group the text is talking about holds it
    ("The Dawn Front has fought Tessaly since May. Its last units are dug in around jihadist-held Olo.",
     ("Dawn Front", "controls", "Olo", "asserted")),
    ("Norland has backed the Olo Council since May. Tessaly shelled rebel-held Pell.",
     ("Olo Council", "controls", "Pell", None)),
    # a faction with a suffix is another actor
    ("The Dawn Front-North attacked Kessa. The Dawn Front signed a truce with Tessaly.",
     ("Dawn Front", "opposes", "Kessa", None)),
    ("The Dawn Front-North attacked Kessa. The Dawn Front signed a truce with Tessaly.",
     ("Dawn Front-North", "opposes", "Kessa", "asserted")),
    # a state's army and rebels named after the same state are two actors
    ("The Tessaly rebels attacked Kessa. The Tessalian army shelled the Dawn Front.",
     ("Tessaly", "opposes", "Kessa", None)),
    # two men who share a surname stay two men
    ("Ilo Varsk leads the Dawn Front. His cousin Pero Varsk leads the Olo Freedom Movement.",
     ("Ilo Varsk", "leader_of", "Olo Freedom Movement", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_one_actor_one_node(text, expected):
    check(text, expected)


def test_a_dotted_abbreviation_before_a_participle_is_its_own_name():
    """"the U.S.-backed Zorya rebels": the state backs them, and "Zorya" alone is the group's name."""
    text = ("Tessaly signed a truce with the U.S.-backed Zorya rebels. The Zoryas have fought Kessa "
            "since 1981.")
    relations = extract(document_from_text(text, "t.txt", date="2021-06-15")).relations
    ids = {(r.subject.id, r.predicate, r.object.id) for r in relations}
    assert ("united-states", "backs", "zorya") in ids
    assert ("zorya", "opposes", "kessa") in ids
    assert not any("backed" in r.subject.id or "backed" in r.object.id for r in relations)


def test_names_are_not_merged_across_two_actors_an_acronym_could_spell():
    text = ("The Olo Defence Forces and the Olo Democratic Front met in Pell. OLODEF fighters attacked "
            "Tessaly.")
    relations = extract(document_from_text(text, "t.txt", date="2021-06-15"), gazetteer=GAZ).relations
    assert any(r.subject.id == "olodef" for r in relations)


def test_a_name_said_to_be_a_coalition_is_the_coalition_and_its_gloss_is_an_alias():
    """"X (“Y”) is a coalition of ...": X, not a man for its two capitalised words, is "the coalition" and
    "the alliance" after it; the gloss in brackets is its name in translation, not a group of its own."""
    text = ("Zorya Vanta (“Dawn Together”) is a coalition of Olo gangs. The alliance controls most of Pell "
            "and fights the Tessalian police.")
    entities = {e.id: e for e in extract(document_from_text(text, "t.txt", date="2021-06-15"),
                                         gazetteer=GAZ).entities}
    assert entities["zorya-vanta"].type == "ArmedGroup"
    assert "Dawn Together" in entities["zorya-vanta"].aliases
    assert "dawn-together" not in entities
    assert not any(k.startswith(("alliance", "coalition")) for k in entities)


def test_a_man_who_builds_coalitions_stays_a_man():
    text = "Ilo Varsk is a coalition builder. He leads the Dawn Front."
    relations = extract(document_from_text(text, "t.txt", date="2021-06-15"), gazetteer=GAZ).relations
    assert [(r.subject.type, r.predicate) for r in relations] == [("Person", "leader_of")]


def test_a_capital_the_text_names_as_a_place_is_no_second_name_of_its_state():
    """"talks in Brenn": the place is a node of its own; the state does not also go by its name (two nodes
    under one name); "Brenn backs X": the capital stands for its state, and is its name there."""
    def aliases(text: str) -> dict[str, tuple[str, ...]]:
        doc = document_from_text(text, "t.txt", date="2021-06-15")
        return {e.id: e.aliases for e in extract(doc, gazetteer=GAZ).entities}

    found = aliases("Tessaly's army shelled the Dawn Front. Talks in Brenn failed.")
    assert "place-brenn" in found and "Brenn" not in found["tessaly"]
    assert "Brenn" in aliases("Brenn backs the Dawn Front.")["tessaly"]
