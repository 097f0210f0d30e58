"""Place mentions typed as places: geographic heads, regions named by a compass word, places moved to,
and names coordinated with a place (invented sentences and names)."""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check


def _types(text: str) -> dict[str, str | None]:
    resolved = _read(document_from_text(text, "t.txt", date="2021-06-15"), GAZ)[3]
    return {e.name: e.type for e in resolved if e is not None}


CASES = [
    # "X Point", "X Pass": a geographic head makes the name a place, so it can be held
    ("The Ash Reed Brigade has held Morrow Point since the spring.",
     ("Ash Reed Brigade", "controls", "Morrow Point", "asserted")),
    ("The Green Banner Movement still controls Tarsel Pass, the only road north.",
     ("Green Banner Movement", "controls", "Tarsel Pass", "asserted")),
    # negative: a person is not held as a place
    ("The Ash Reed Brigade has held talks with Oskar Pelling since the spring.",
     ("Ash Reed Brigade", "controls", "Oskar Pelling", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_place_phrasing(text, expected):
    check(text, expected)


@pytest.mark.parametrize("text, name", [
    ("The convoy reached Morrow Point before dawn and turned back.", "Morrow Point"),
    ("Clashes have spread to Lower Vantor in recent weeks.", "Lower Vantor"),
    ("The rebel chief moved his headquarters to Keldarra last year.", "Keldarra"),
    ("Fighting spread to South Ombara and Green Hollis overnight.", "Green Hollis"),
    ("The town was renamed the district seat of Mavelo in 1990.", "Mavelo"),
])
def test_a_place_is_typed_as_a_place(text, name):
    assert _types(text).get(name) == "Place", _types(text)


def test_talking_to_a_man_does_not_make_him_a_place():
    types = _types("The envoy talked to Dariel Voss on Monday.")
    assert types.get("Dariel Voss") != "Place", types


def test_a_direction_before_a_place_the_tables_lack_stays_in_its_name():
    text = "Keldarra has been divided since the war. The Green Banner Movement still holds west Keldarra."
    check(text, ("Green Banner Movement", "controls", "west Keldarra", "asserted"))
    check(text, ("Green Banner Movement", "controls", "Keldarra", None))
    types = _types(text)
    assert types.get("west Keldarra") == "Place" and types.get("Keldarra") == "Place", types


def test_a_name_met_only_with_a_direction_keeps_its_bare_form():
    text = "The Green Banner Movement still holds west Keldarra."
    check(text, ("Green Banner Movement", "controls", "Keldarra", "asserted"))
    check(text, ("Green Banner Movement", "controls", "west Keldarra", None))


@pytest.mark.parametrize("text, expected", [
    ("The truce covers the north and east, where both sides kept their positions.",
     ("truce", "governs", "north and east", "asserted")),
    ("The accord requires Norland to leave the south within a year.",
     ("accord", "governs", "south", "asserted")),
    # negative: a direction that only qualifies a noun ("the south bank") is no region of its own
    ("The accord requires Norland to leave the south bank within a year.",
     ("accord", "governs", "south", None)),
])
def test_a_region_named_by_its_direction_alone(text, expected):
    check(text, expected)


def test_a_body_named_after_a_lake_is_the_body_and_the_lake_a_place():
    types = _types("The Lake Varno Community brokered the truce.")
    assert types.get("Lake Varno Community") == "Organization", types
    assert _types("The rebels now hold Lake Varno.").get("Lake Varno") == "Place"
