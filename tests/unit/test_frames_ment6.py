"""Typing and joining of people's names, on texts written for these tests (invented names only)."""

from __future__ import annotations

from .test_frames_mentions import _entities

# -- a surname used alone before the full name: its plain mentions are no evidence against a person ----------

_LIVEBLOG = ("09:10 Dravenko says his columns will turn back. 09:40 Dravenko has not spoken since the call. "
             "10:05 Footage shows Dravenko in a courtyard. 10:20 Nobody names Dravenko. "
             "10:25 Dravenko has gone. 10:30 Dravenko, the militia's founder, leaves the city. "
             "11:00 The prosecutor says the case against Oleg Dravenko will be dropped.")


def test_a_surname_met_often_before_the_full_name_joins_the_person():
    found = _entities(_LIVEBLOG)
    assert found["Dravenko"] == ("Oleg Dravenko", "Person")
    assert found["Oleg Dravenko"] == ("Oleg Dravenko", "Person")


def test_the_surname_after_the_stays_apart():
    found = _entities("The Dravenko have taken the pass. The Dravenko say the road is theirs. "
                      "The Dravenko shelled the bridge. Oleg Dravenko is a farmer in Corvin.")
    assert found["Dravenko"][0] != "Oleg Dravenko"


# -- a person's name after "the government of": a person's shape, not an armed group -------------------------

def test_a_government_of_a_full_name_is_led_by_a_person():
    found = _entities("Officials in Corvin accused Valdoria of arming the rebels; "
                      "the government of Anselm Dravetti denies it.")
    assert found["Anselm Dravetti"] == ("Anselm Dravetti", "Person")


def test_a_numbered_fleet_is_no_person():
    found = _entities("Valdoria, whose Ninth Fleet is based in Corvin, denies it.")
    assert found["Ninth Fleet"][1] != "Person"
