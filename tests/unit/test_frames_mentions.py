"""Mentions, their types and their entities, on sentences written for these tests.

Each test reads an invented text (states from the phrasing tests' gazetteer, other names typed by their
form or context) and checks the entities the resolver makes of it, or a relation that depends on them.
"""

from __future__ import annotations

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check


def _entities(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text -> (its entity's name, its entity's type)."""
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, mentions, _clusters, resolved, _raw = _read(doc, GAZ)
    out = {}
    for m in mentions:
        e = resolved[m.entity] if m.entity >= 0 else None
        if e is not None:
            out[m.text] = (e.name, e.type)
    return out


def _titles(text: str) -> dict[str, str]:
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, mentions, _clusters, _resolved, _raw = _read(doc, GAZ)
    return {m.text: m.title for m in mentions if m.kind == "name"}


# -- a state by the form of its name -------------------------------------------------------------------

def test_a_kingdom_of_a_name_is_a_state_and_its_short_name_the_same_state():
    found = _entities("Merovan's neighbour, the Kingdom of Dastria, hosted the talks for a year. "
                      "Dastria also leads the team that monitors the truce.")
    assert found["Kingdom of Dastria"] == ("Kingdom of Dastria", "State")
    assert found["Dastria"] == ("Kingdom of Dastria", "State")


def test_a_republic_of_a_name_takes_its_demonym():
    found = _entities("The Republic of Sarvenia signed the accord in March. "
                      "Sarvenian troops then left the hills.")
    assert found["Republic of Sarvenia"] == ("Republic of Sarvenia", "State")
    assert found["Sarvenian"] == ("Republic of Sarvenia", "State")


def test_an_armed_groups_emirate_is_no_state():
    found = _entities("The Islamic Emirate of Korvasht claimed the attack on the convoy.")
    assert found["Islamic Emirate of Korvasht"][1] != "State"


# -- the head of a name built with "of"/"for" ---------------------------------------------------------

def test_a_movement_for_the_liberation_of_a_place_is_a_group_not_a_place():
    text = ("In the long war of the 1980s the United Movement for the Liberation of Sarvia (UMLS), led by "
            "Anton Brel, held the capital and the coast with Norlandic guns and money.")
    assert _entities(text)["United Movement for the Liberation of Sarvia"][1] == "ArmedGroup"
    check(text, ("Anton Brel", "leader_of", "United Movement for the Liberation of Sarvia", "asserted"))


def test_a_union_of_a_place_is_an_organisation():
    found = _entities("Under Ilse Marrow the Democratic Union of Istvara did not campaign in the north "
                      "this year.")
    assert found["Democratic Union of Istvara"][1] == "Organization"


# -- where a name ends --------------------------------------------------------------------------------

def test_a_name_ends_before_of_president_and_a_mans_name():
    found = _entities("Dolan's rivals lost the vote to the Unity Alliance of President Marek Dolan "
                      "last week.")
    assert found["Unity Alliance"][1] == "ArmedGroup"
    assert found["Marek Dolan"] == ("Marek Dolan", "Person")
    assert "Unity Alliance of President Marek Dolan" not in found


def test_an_office_of_the_president_stays_one_name():
    found = _entities("The Office of the President said the talks would resume.")
    assert "Office of the President" in found


def test_prime_minister_opening_a_sentence_keeps_its_first_word():
    titles = _titles("Will the truce hold? Prime Minister Aldo Ferrant said the prime concern was the port.")
    assert titles["Aldo Ferrant"] == "Prime Minister"


# -- a surname alone, and names that are no one's ----------------------------------------------------

def test_a_surname_alone_is_the_person_named_in_full():
    found = _entities("The deal was agreed with the consent of Tomas Verlin. "
                      "Verlin, in a televised address, called for calm.")
    assert found["Verlin"] == ("Tomas Verlin", "Person")


def test_the_place_in_a_groups_name_is_no_surname():
    found = _entities("Fighters of the Sons of Varda militia guard the rebel depots. "
                      "Observers led by Varda will watch the truce.")
    assert found["Varda"][0] != "Sons of Varda"


# -- the state "the government" stands for -----------------------------------------------------------

_MEDIATED = ("Valdoria and the Ash Reed Brigade resumed talks on Monday. "
             "The talks were mediated by Tessaly, and Tessalian diplomats drafted the text. "
             "Tessaly has long facilitated contacts with the rebels, and Tessaly's envoy flew in on Sunday. "
             "The Ash Reed Brigade has fought the government since 2010.")


def test_the_government_is_the_side_not_the_mediator():
    check(_MEDIATED, ("Ash Reed Brigade", "opposes", "Valdoria", "asserted"))


def test_the_government_is_not_the_state_that_mediates():
    check(_MEDIATED, ("Ash Reed Brigade", "opposes", "Tessaly", None))


def test_a_possessed_government_with_a_description_is_the_state_the_text_is_about():
    text = ("Norland's caretaker government and the Ash Reed Brigade met again. Tessaly sent observers, and "
            "Tessaly and Kessa paid for the venue, while Tessalian monitors watched. "
            "The Ash Reed Brigade has fought the government since 2010.")
    check(text, ("Ash Reed Brigade", "opposes", "Norland", "asserted"))


# -- numbers, particles and plural titles inside names ------------------------------------------------

def test_a_units_ordinal_is_part_of_its_name():
    found = _entities("Norland's 52nd Mountain Division, then commanded by Ivo Brask, held the pass.")
    assert found["52nd Mountain Division"] == ("52nd Mountain Division", "ArmedGroup")
    found = _entities("The Kessan 9th Army crossed the river at dawn.")
    assert found["9th Army"][1] == "ArmedGroup"


def test_an_ordinal_before_a_common_name_is_no_unit():
    found = _entities("The talks resumed on the 5th May in Varnhold.")
    assert not any(text.startswith("5th") for text in found)


def test_y_joins_two_capitalised_words_of_one_name():
    found = _entities("Bishop Tomas Arrieta y Valdez, the envoy of the church, mediated the talks.")
    assert found["Tomas Arrieta y Valdez"] == ("Tomas Arrieta y Valdez", "Person")


def test_a_plural_title_before_a_list_of_names_is_no_part_of_the_first():
    found = _entities("Three men of the Ash Reed Brigade's command, Commanders Ilan Sorvo, Petr Adamek "
                      "and Juno Kalvi, put their names to the text after midnight.")
    assert found["Ilan Sorvo"] == ("Ilan Sorvo", "Person")
    assert "Commanders Ilan Sorvo" not in found


# -- a people's name before a man's ------------------------------------------------------------------

def test_a_peoples_name_after_a_demonym_is_no_part_of_the_mans_name():
    found = _entities("At the head of the Dawn Front stands the Valdorian Kethari Ilyas Ar Venno, who once "
                      "served as an officer.")
    assert found["Ilyas Ar Venno"] == ("Ilyas Ar Venno", "Person")
    assert "Kethari Ilyas Ar Venno" not in found


def test_a_peoples_name_after_the_is_no_part_of_a_three_word_name():
    found = _entities("The attack was claimed by the Kethari Ilyas Ar Venno on Sunday.")
    assert found["Ilyas Ar Venno"] == ("Ilyas Ar Venno", "Person")


def test_a_laws_name_after_the_keeps_its_first_word():
    found = _entities("Parliament passed the Harbour Organic Law after a long night of debate.")
    assert "Harbour Organic Law" in found


# -- names built with "in" ---------------------------------------------------------------------------

def test_a_state_in_the_region_is_one_armed_groups_name():
    found = _entities("The Free State in the Upper Marra claimed the raid on the convoy.")
    assert found["Free State in the Upper Marra"] == ("Free State in the Upper Marra", "ArmedGroup")


def test_an_office_in_a_place_is_a_body_and_a_region_in_a_place_a_place():
    found = _entities("The Harbour Liaison Office in Varnhold shut its doors once the deal was signed. "
                      "Under the deal, the Autonomous Region in Upper Marra gets its own police.")
    assert found["Harbour Liaison Office in Varnhold"][1] == "Organization"
    assert found["Autonomous Region in Upper Marra"][1] == "Place"


def test_a_common_noun_in_the_place_is_no_name():
    found = _entities("Valdoria's army in the North fought the Ash Reed Brigade.")
    assert not any(" in the " in text for text in found)


def test_a_capitals_name_after_a_particle_ends_another_name():
    found = _entities("The Ash Reed Brigade retook the port town of Salva da Corvin on Sunday.")
    assert found["Salva da Corvin"][1] == "Place"
    assert "Corvin" not in found


def test_two_names_that_share_a_plural_head_are_two_groups():
    found = _entities("Ivo Brask and Petr Adamek came to the table as heads of the self-proclaimed Varna and "
                      "Ostrel People's Republics.")
    assert found["Varna"] == ("Varna People's Republic", "ArmedGroup")
    assert found["Ostrel People's Republics"] == ("Ostrel People's Republic", "ArmedGroup")


def test_a_named_group_before_and_keeps_its_own_name():
    found = _entities("Talks between the Ash Reed Brigade and Dawn Fighters resumed.")
    assert found["Ash Reed Brigade"][0] == "Ash Reed Brigade"


_GUARANTEED = ("In May a truce between the government of Vellmar and the Dawn Front took effect. "
               "The Kingdom of Dastria and the Republic of Sarvenia stood as guarantors at each round "
               "of talks. "
               "The Dawn Front has fought the government since 2010.")


def test_a_name_after_the_government_of_is_a_state_and_the_side():
    assert _entities(_GUARANTEED)["Vellmar"] == ("Vellmar", "State")
    check(_GUARANTEED, ("Dawn Front", "opposes", "Vellmar", "asserted"))


def test_a_guarantor_state_is_not_the_government():
    check(_GUARANTEED, ("Dawn Front", "opposes", "Kingdom of Dastria", None))


def test_the_government_of_a_man_does_not_make_him_a_state():
    found = _entities("The government of Marek Dolan fell in May.")
    assert found["Marek Dolan"][1] == "Person"
