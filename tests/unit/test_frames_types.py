"""The type of a name no list knows, read from the institutions the text gives it, and what descriptive
plurals ("the rebels", "the militants") may resolve to; and the relations around the actors that decide it
(a broker's official, the two states whose truce ends their own fighting, the scope of a deal a speaker
reports, the side a signatory signs for, a charge read on its object); on sentences written for these tests
(invented states, groups and places; the phrasing tests' gazetteer knows none of them but its own).
"""

from __future__ import annotations

import pytest

from pactgraph.loaders import document_from_text
from pactgraph.loaders.extract import _read

from .test_extract_phrasings import GAZ, check


def _types(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each resolved entity's name (and each of its aliases) with its type and aliases."""
    doc = document_from_text(text, "t.txt", date="2021-06-15")
    _sentences, _mentions, _clusters, resolved, _raw = _read(doc, GAZ)
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for e in resolved:
        if e is not None:
            for n in (e.name, *e.aliases):
                out.setdefault(n, (e.type, e.aliases))
    return out


TYPES = [
    # a name that owns a state's institutions is a state
    ("The Velmora government said on Monday it would not negotiate with the insurgents.", "Velmora", "State"),
    ("Ostrav's defence ministry said its jets had struck a depot near Kesh.", "Ostrav", "State"),
    ("The president of Dravia, Anel Kostic, flew to Morrin on Tuesday.", "Dravia", "State"),
    ("Harlan's prime minister, Teo Vasse, said the border crossings would stay shut.", "Harlan", "State"),
    ("The Harlan military shelled positions held by the Kaldi militia near Brel.", "Harlan", "State"),
    ("The Tesmar army and the Vosk rebels have fought each other since 2019.", "Tesmar", "State"),
    ("Pelvan's parliament voted on Thursday to back the Sable Forces.", "Pelvan", "State"),
    ("Skirra, whose foreign minister visited Morrin last week, backs the Ardent Front.", "Skirra", "State"),
    ("The Norvik embassy in Morrin was closed after the protests.", "Norvik", "State"),
    ("Troops of the Corvan armed forces were deployed to support the Ledrian Liberation Army.", "Corvan",
     "State"),
    ("Tesk, whose president, Amal Dorr, lent her lakeside villa for the talks, has no army to speak of.",
     "Tesk", "State"),
    ("Velsa's army chief, General Pov Arkin, said the Kaldi militia was retreating.", "Velsa", "State"),
    ("The Mardan authorities accused the Iskar Brigade of shelling the port.", "Mardan", "State"),
    ("Ambassadors from Kelvar and Dunmor attended the signing in Ossa.", "Dunmor", "State"),
    ("The foreign ministers of Ulvenia and Tresh met in Ossa to discuss the truce.", "Ulvenia", "State"),
    ("The foreign ministers of Ulvenia and Tresh met in Ossa to discuss the truce.", "Tresh", "State"),
    ("Weapons reached the Dune Front through neighbouring Askar, diplomats say.", "Askar", "State"),
    ("The president of the Kalvorian Federation, Ida Rusk, opened the summit.", "Kalvorian Federation",
     "State"),
    # groups, places and bodies keep their own type
    ("Sable Forces commander Rilo Danek said his fighters held Brel province.", "Sable Forces", "ArmedGroup"),
    ("Sable Forces commander Rilo Danek said his fighters held Brel province.", "Brel", "Place"),
    ("The Kaldi militia ambushed a convoy near the town of Ordu on Friday.", "Kaldi militia", "ArmedGroup"),
    ("The Kaldi militia ambushed a convoy near the town of Ordu on Friday.", "Ordu", "Place"),
    ("Kesh residents said the Askari militia had left the town.", "Kesh", "Place"),
    ("The president of the Marn Workers' Party, Ilsa Dorn, called for talks.", "Marn Workers' Party",
     "Organization"),
    ("Two winters ago the Red Vale Front captured the province of Anvel from the army.", "Anvel", "Place"),
    # "X troops" alone is one vote of the two a state needs
    ("Velmora troops dug trenches on a ridge above Kesh.", "Velmora", "ArmedGroup"),
    ("Hundreds of fighters have joined the XVF government in the hills, officials say.", "XVF", "ArmedGroup"),
    ("The shelling came from neighbouring Ossa province, villagers said.", "Ossa province", "Place"),
]


@pytest.mark.parametrize("text, name, kind", TYPES, ids=[f"{c[1]}:{c[0][:40]}" for c in TYPES])
def test_type_of_a_name_no_list_knows(text, name, kind):
    assert _types(text)[name][0] == kind


def test_a_man_who_owns_an_army_stays_a_man():
    text = ("General Ravo Dunn took power in a coup last year. Dunn's army now patrols the capital, and "
            "Dunn's president-for-life title was approved by decree.")
    assert _types(text)["Ravo Dunn"][0] == "Person"


def test_a_state_named_after_another_states_possessive_is_not_its_own_state():
    text = "Valdoria's Kelmar government said on Friday that it would reopen the border."
    types = _types(text)
    assert "Kelmar" in types
    assert types["Kelmar"][0] != "State"


PLURAL_DOC = ("The Velmora government said on Friday it was ready to meet the rebels. Velmora's army had "
              "retaken the town of Hollin in May. Tarvan has armed the Vosk rebels since 2020.")


def test_the_rebels_are_never_the_state_that_talks_to_them():
    types = _types(PLURAL_DOC)
    assert types["Velmora"][0] == "State"
    assert "rebels" not in types["Velmora"][1]


@pytest.mark.parametrize("text, plural", [
    ("The Dorva Front seized the port of Marvo in May. In Marvo, the rebels now collect taxes at every "
     "jetty.", "rebels"),
    ("The Dorva Front seized the port of Marvo in May. At Marvo, the militants now collect a fee from every "
     "boat.", "militants"),
])
def test_armed_men_after_a_fronted_place_are_not_the_place(text, plural):
    types = _types(text)
    assert plural in types["Dorva Front"][1]
    assert plural not in types["Marvo"][1]


CASES = [
    # relations of invented states, typed by their institutions
    ("Harlan's prime minister, Teo Vasse, said the border crossings would stay shut.",
     ("Teo Vasse", "leader_of", "Harlan", "asserted")),
    ("Orvan, a militia backed by the Velmora government, seized the town of Ordu.",
     ("Velmora", "backs", "Orvan", "asserted")),
    ("Fighting flared again between Ostrav and the Red Vale Front. Ostrav's president, Dara Myn, said the "
     "rebels had broken the truce. The rebels, backed by neighbouring Skirra, hold the province of Anvel.",
     ("Skirra", "backs", "Red Vale Front", "asserted")),
    ("Fighting flared again between Ostrav and the Red Vale Front. Ostrav's president, Dara Myn, said the "
     "rebels had broken the truce. The rebels, backed by neighbouring Skirra, hold the province of Anvel.",
     ("Red Vale Front", "controls", "Anvel", "asserted")),
    ("Fighting flared again between Ostrav and the Red Vale Front. Ostrav's president, Dara Myn, said the "
     "rebels had broken the truce. The rebels, backed by neighbouring Skirra, hold the province of Anvel.",
     ("Skirra", "backs", "Ostrav", None)),
    ("The Marn Union Party called for talks with the Kaldi militia. The Velsa government has fought the "
     "militia since 2016. The militants, who control the Ardan valley, rejected the call.",
     ("Kaldi militia", "controls", "Ardan valley", "asserted")),
    ("The Marn Union Party called for talks with the Kaldi militia. The Velsa government has fought the "
     "militia since 2016. The militants, who control the Ardan valley, rejected the call.",
     ("Velsa", "controls", "Ardan valley", None)),
    # an official of the broker is not a broker himself unless the text says he mediated
    ("Kessa mediated the Sarvo truce in 2022 while its special envoy, Lina Borg, was on leave.",
     ("Lina Borg", "brokered", "Sarvo truce", None)),
    # two states whose truce ends their own fighting are at war with each other
    ("Meeting in Pell on 3 March, Norland and Ostmark signed a truce that halted a month of shelling along "
     "the lakes.", ("Norland", "opposes", "Ostmark", "asserted")),
    ("Meeting in Pell on 3 March, Norland and Ostmark signed a truce that covers the lake district.",
     ("Norland", "opposes", "Ostmark", None)),
    # the scope of a deal a speaker reports is no claim of the speaker's
    ("The envoy said the Sarvo truce applied to the districts of Mell and Orran.",
     ("Sarvo truce", "governs", "Orran", "asserted")),
    # a signatory signs for the side named before "by": "for X by its commander, Y"
    ("Tessaly's cabinet saw the Harbour Accord only after it had been countersigned for the Dawn Front by "
     "its commander, Ilan Vos, and for the Government by Pavel Oster.",
     ("Ilan Vos", "leader_of", "Dawn Front", "asserted")),
    ("The Mell pact bears two signatures: it was countersigned on behalf of the Government by Pavel Oster, "
     "who runs the justice ministry, and on behalf of the Dawn Front by its chief, Ilan Vos, at a school in "
     "Tessaly.",
     ("Ilan Vos", "leader_of", "Dawn Front", "asserted")),
    ("The Mell pact bears two signatures: it was countersigned on behalf of the Government by Pavel Oster, "
     "who runs the justice ministry, and on behalf of the Dawn Front by its chief, Ilan Vos, at a school in "
     "Tessaly.",
     ("Ilan Vos", "leader_of", "Tessaly", None)),
    ("With President Ana Veld of Tessaly looking on from the front row, the Harbour Accord was countersigned "
     "for the Government by Justice Minister Pavel Oster.",
     ("Pavel Oster", "member_of", "Tessaly", "asserted")),
    # a charge: "accused X of letting ... fight alongside Y"
    ("A note from Ostmark's cabinet on 2 June accused Tessaly of letting dozens of its young men fight "
     "alongside the Dune Front.", ("Tessaly", "allied_with", "Dune Front", "alleged")),
    ("A note from Ostmark's cabinet on 2 June accused Tessaly of letting dozens of its young men fight "
     "alongside the Dune Front.", ("Tessaly", "allied_with", "Dune Front", None)),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[1][1] + ":" + c[0][:40] for c in CASES])
def test_relations_of_names_no_list_knows(text, expected):
    check(text, expected)
