"""Nominal references ("the group", "the movement") and what they resolve to, on sentences written
for these tests (states and bodies from the phrasing tests' gazetteer, groups named by their form)."""

from __future__ import annotations

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check


def _resolved(text: str, word: str) -> list[str | None]:
    """The entity each nominal mention ``word`` resolves to (None when unresolved)."""
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, mentions, _clusters, resolved, _raw = _read(doc, GAZ)
    return [resolved[m.entity].name if m.entity >= 0 and resolved[m.entity] else None
            for m in mentions if m.kind == "nominal" and m.name == word]


TEXT = ("The United Nations asked the Dawn Front to leave the valley. The United Nations said the "
        "United Nations would send observers. Norland has long been the movement's main protector.")


def test_the_movement_is_the_armed_group_not_a_body_of_states_named_more_often():
    assert _resolved(TEXT, "movement") == ["Dawn Front"]
    check(TEXT, ("Norland", "backs", "Dawn Front", "asserted"))


def test_the_movement_is_never_the_united_nations():
    check(TEXT, ("Norland", "backs", "United Nations", None))


def test_the_mission_may_still_be_a_body_of_states():
    text = ("The African Union sent monitors to Kessa. The Dawn Front shelled the mission's camp "
            "on Monday.")
    assert _resolved(text, "mission") == ["African Union"]


def _pronouns(text: str) -> list[tuple[str, str | None]]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, mentions, _clusters, resolved, _raw = _read(doc, GAZ)
    return [(m.text, resolved[m.entity].name if m.entity >= 0 and resolved[m.entity] else None)
            for m in mentions if m.kind == "pronoun"]


def test_his_excellency_is_the_person_named_after_it_not_the_one_before():
    text = ("Minister Anton Brel spoke first, and His Excellency Dr. Pavel Oster, the Tessalian president, "
            "closed the meeting.")
    assert _pronouns(text) == [("His", "Pavel Oster")]


def test_his_before_a_noun_is_still_the_person_before():
    text = "Minister Anton Brel and his deputy Pavel Oster signed the accord."
    assert _pronouns(text) == [("his", "Anton Brel")]


def test_his_excellency_without_a_name_after_it_is_nobody():
    text = "Minister Anton Brel met His Excellency the President of Tessaly on Monday."
    assert _pronouns(text) == [("His", None)]
