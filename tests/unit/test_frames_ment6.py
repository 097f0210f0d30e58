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


# -- a one-word name with a title once: a man, though its other mentions are bare ----------------------------

_COLONEL = ("Colonel Varuka sent his men back to their villages. In the east every recruit was Varuka's "
            "recruit. The port was run by Varuka. Officials say the army helped Varuka slip away to Corvin.")


def test_a_one_word_name_titled_once_is_a_person():
    assert _entities(_COLONEL)["Varuka"] == ("Varuka", "Person")


def test_a_one_word_name_never_titled_stays_no_person():
    text = _COLONEL.replace("Colonel Varuka", "Varuka")
    assert _entities(text)["Varuka"][1] != "Person"


# -- a state's formal name: "the Sultanate of X", "the Principality of X" ------------------------------------

def test_a_sultanate_of_a_name_is_one_state():
    found = _entities("Kessa thanked the brotherly Sultanate of Marzuk, which hosted the talks. "
                      "Marzuk will send observers.")
    assert found["Sultanate of Marzuk"] == ("Sultanate of Marzuk", "State")
    assert found["Marzuk"] == ("Sultanate of Marzuk", "State")
    assert "Sultanate" not in found


# -- "the Armed Forces Salvation Council": a common first word before a group's head stays in the name ------

def test_a_common_first_word_before_a_head_stays_in_the_name():
    found = _entities("Dawn Front columns and the Armed Forces Salvation Council held the ridge together "
                      "until the rains came.")
    assert found["Armed Forces Salvation Council"][0] == "Armed Forces Salvation Council"


def test_a_common_word_opening_a_sentence_is_no_part_of_a_name():
    found = _entities("Armed Dawn Front fighters entered Corvin on Monday.")
    assert not any(k.startswith("Armed") for k in found)


# -- "the Supreme National Council": a rank opening a body's name after "the" stays in the name --------------

def test_a_rank_opening_a_body_name_after_the_stays_in_it():
    found = _entities("Kessa sent its envoy to meet the Supreme Harbour Council in Hale.")
    assert found["Supreme Harbour Council"] == ("Supreme Harbour Council", "Organization")


def test_a_title_before_a_man_stays_a_title():
    found = _entities("Kessa thanked General Omar Varuk for the talks.")
    assert found["Omar Varuk"] == ("Omar Varuk", "Person")


# -- a headline's verb before a deal: "Kessa and Tessaly agree truce" ----------------------------------------

def test_a_headline_verb_is_no_part_of_the_deal_name():
    found = _entities("Kessa and Tessaly agree truce, envoy says")
    assert found["truce"] == ("truce", "Agreement")


def test_a_modifier_of_the_deal_stays_in_its_name():
    found = _entities("Kessa and Tessaly signed a fragile truce in May.")
    assert found["truce"] == ("fragile truce", "Agreement")
