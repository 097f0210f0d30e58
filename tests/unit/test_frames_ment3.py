"""Mentions, names and resolution, on sentences written for these tests (invented names only).

Each test reads an invented text and checks the entities the resolver makes of it, or a relation that
depends on them.
"""

from __future__ import annotations

from .test_extract_phrasings import check
from .test_frames_mentions import _entities, _titles

# -- an agreement named by its subject: "the Agreement on a X", "the Treaty on the X" -----------------------

def test_an_agreement_on_a_titled_subject_keeps_its_whole_name():
    check("The Dawn Front signed the Agreement on a Lasting Settlement of the Orvel Conflict with Valdoria.",
          ("Dawn Front", "party_to", "Agreement on a Lasting Settlement of the Orvel Conflict", "asserted"))


def test_an_agreement_on_the_subject_is_no_agreement_in_context():
    found = _entities("Kessa and Valdoria signed the Treaty on the Common Frontier in the spring.")
    assert found["Treaty on the Common Frontier"] == ("Treaty on the Common Frontier", "Agreement")
    check("Kessa and Valdoria signed the Treaty on the Common Frontier in the spring.",
          ("Kessa", "party_to", "Common Frontier", None))


def test_and_joins_the_subject_of_an_agreement_on():
    check("The Dawn Front and Tessaly signed the Accord on a Fair and Durable Peace.",
          ("Tessaly", "party_to", "Accord on a Fair and Durable Peace", "asserted"))


def test_forces_in_the_subject_of_an_agreement_on_make_no_armed_group():
    found = _entities("Tessaly and the Dawn Front initialled the Agreement on a Cessation of Raids and "
                      "Pullback of Forces at a farmhouse near Olo.")
    assert found["Agreement on a Cessation of Raids and Pullback of Forces"][1] == "Agreement"


def test_a_body_of_an_accord_stays_a_body():
    found = _entities("The Council of National Accord met in Corvin on Monday.")
    assert found["Council of National Accord"][1] != "Agreement"


# -- "the Government of X": the state X, not a body of its own ----------------------------------------------

def test_the_government_of_a_name_is_that_state():
    found = _entities("The Government of Selwara and the Dawn Front signed the accord. "
                      "Selwara will withdraw.")
    assert found["Government of Selwara"] == ("Selwara", "State")
    assert found["Selwara"] == ("Selwara", "State")


def test_the_government_of_a_republic_is_that_republic():
    found = _entities("The Government of the Republic of Selwara signed the accord. Selwara will withdraw.")
    assert found["Government of the Republic of Selwara"] == ("Republic of Selwara", "State")
    assert found["Selwara"] == ("Republic of Selwara", "State")


def test_a_government_of_national_unity_stays_a_body():
    found = _entities("The Government of National Unity met in Corvin on Monday.")
    assert found["Government of National Unity"] == ("Government of National Unity", "Organization")


# -- a name without its first word: "the Kolva Home Guard ... the Home Guard" -----------------------

def test_the_tail_of_a_groups_name_after_the_is_that_group():
    found = _entities("The Kolva Home Guard collects tolls on the valley road. "
                      "Residents say the Home Guard taxes every truck.")
    assert found["Home Guard"] == ("Kolva Home Guard", "ArmedGroup")
    check("The Kolva Home Guard collects tolls on the valley road. "
          "The Home Guard's commander, Piet Harlo, sleeps in a different village each night.",
          ("Piet Harlo", "leader_of", "Kolva Home Guard", "asserted"))


def test_the_tail_before_the_full_name_is_not_linked():
    found = _entities("The Home Guard met on Monday. The Kolva Home Guard fought on Tuesday.")
    assert found["Home Guard"] == ("Home Guard", "ArmedGroup")


def test_a_tail_two_names_share_is_not_linked():
    found = _entities("The Kolva Home Guard and the Velka Home Guard met at the ford in May. "
                      "The Home Guard split in two a few weeks later.")
    assert found["Home Guard"] == ("Home Guard", "ArmedGroup")


# -- a list item's bullet is no determiner: "• The X-led coalition." -----------------------------------

def test_a_bulleted_led_coalition_is_the_coalition():
    found = _entities("Here are the main forces.\n• The Valdoria-led coalition. It bombs the hills.")
    assert found["coalition"] == ("Valdoria-led coalition", "ArmedGroup")
    check("Here are the main forces.\n• The Valdoria-led coalition. It bombs the hills.",
          ("Valdoria", "member_of", "Valdoria-led coalition", "asserted"))


def test_a_bulleted_coalition_takes_no_other_member():
    check("Here are the main forces.\n• The Valdoria-led coalition. Tessaly bombs the hills.",
          ("Tessaly", "member_of", "Valdoria-led coalition", None))


# -- a title opening a sentence before a man's name stays his title ------------------------------------------

def test_a_title_opening_a_sentence_is_kept_when_the_text_also_writes_it_in_lower_case():
    titles = _titles("The president spoke first. President Ama Dube then suspended the talks.")
    assert titles["Ama Dube"] == "President"


def test_a_sentence_opening_word_before_no_name_is_no_title():
    titles = _titles("The general spoke first. General elections were then held in Corvin.")
    assert "elections" not in " ".join(titles)
    assert all(t == "" for t in titles.values())


# -- a region named by two directions ------------------------------------------------------------------------

def test_a_region_of_two_directions_is_one_place():
    found = _entities("A teacher in Valdoria's North-West region was killed on Monday.")
    assert found["North-West"] == ("North-West", "Place")
    assert "North-" not in found


# -- a live blog's time stamp opens an entry like a sentence -------------------------------------------------

def test_a_common_word_after_a_time_stamp_is_no_name():
    text = ("The truce held overnight, and the military kept to its barracks.\n"
            "07:50 – Military planners in Tessaly count on its ally Norland for drones.")
    assert "Military" not in _entities(text)
    check(text, ("Tessaly", "allied_with", "Norland", "asserted"))


def test_a_name_after_a_time_stamp_is_still_a_name():
    found = _entities("The truce held overnight.\n09:40 – Tessaly says the truce holds.")
    assert found["Tessaly"][0] == "Tessaly"


# -- "X Y, known as Z": one actor under a second name --------------------------------------------------------

def test_a_name_known_as_a_nickname_is_one_person():
    found = _entities("For a decade the militia answered to Colonel Vasil Orhan Teke, known as Tekko, who "
                      "now lives in exile. Tekko still phones his officers from Brenn.")
    assert found["Tekko"] == ("Vasil Orhan Teke", "Person")


def test_an_alias_in_quotes_is_the_same_person():
    found = _entities('The splinter bloc is led by Alejo Ramos, alias "Koma", a former quartermaster of '
                      'the Dawn Front.')
    assert found["Koma"] == ("Alejo Ramos", "Person")


def test_a_name_that_was_known_as_another_is_not_merged_by_this():
    found = _entities("The Dawn Front, which was known as the Ash Reed until 2019, holds Kovera.")
    assert found["Ash Reed"][0] != "Dawn Front"
