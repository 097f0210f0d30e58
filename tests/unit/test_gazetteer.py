"""The shipped gazetteer tables and the lookup API over them."""

from __future__ import annotations

import csv
import re
import time
from collections import defaultdict
from pathlib import Path

import pytest

from pactgraph.loaders.gazetteer import GazEntry, Gazetteer, GazetteerError
from pactgraph.ontology.statements import normalise

DATA = Path(__file__).resolve().parents[2] / "loaders" / "data"

#: The 193 UN member states, by id: an independent list, so a dropped row fails here.
UN_MEMBERS = """
afghanistan albania algeria andorra angola antigua-and-barbuda argentina armenia australia austria
azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia
bosnia-and-herzegovina botswana brazil brunei bulgaria burkina-faso burundi cambodia cameroon canada
cape-verde central-african-republic chad chile china colombia comoros republic-of-the-congo
democratic-republic-of-the-congo costa-rica cote-d-ivoire croatia cuba cyprus czech-republic denmark
djibouti dominica dominican-republic ecuador egypt el-salvador equatorial-guinea eritrea estonia eswatini
ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea
guinea-bissau guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati north-korea south-korea kuwait kyrgyzstan laos latvia
lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
mali malta marshall-islands mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar namibia nauru nepal netherlands new-zealand nicaragua niger nigeria
north-macedonia norway oman pakistan palau panama papua-new-guinea paraguay peru philippines poland
portugal qatar romania russia rwanda saint-kitts-and-nevis saint-lucia saint-vincent-and-the-grenadines
samoa san-marino sao-tome-and-principe saudi-arabia senegal serbia seychelles sierra-leone singapore
slovakia slovenia solomon-islands somalia south-africa south-sudan spain sri-lanka sudan suriname sweden
switzerland syria tajikistan tanzania thailand timor-leste togo tonga trinidad-and-tobago tunisia turkey
turkmenistan tuvalu uganda ukraine united-arab-emirates united-kingdom united-states uruguay uzbekistan
vanuatu venezuela vietnam yemen zambia zimbabwe
""".split()  # noqa: SIM905 - a block of words reads better than 193 quoted strings

#: Normalised forms that name more than one entry on purpose; the extractor decides from context.
SHARED_FORMS = {
    # Both Congos are "Congo" and "Congolese"; wires mostly mean the DRC, listed first.
    "congo": {"democratic-republic-of-the-congo", "republic-of-the-congo"},
    "congolese": {"democratic-republic-of-the-congo", "republic-of-the-congo"},
    # "Korea", "Korean(s)" fit both Koreas; South Korea is listed first.
    "korea": {"south-korea", "north-korea"},
    "korean": {"south-korea", "north-korea"},
    "koreans": {"south-korea", "north-korea"},
    # "Dominican(s)" is the demonym of both Dominica and the Dominican Republic.
    "dominican": {"dominican-republic", "dominica"},
    "dominicans": {"dominican-republic", "dominica"},
    # Belgium's capital, and the usual metonym for the European Union.
    "brussels": {"belgium", "european-union"},
}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _table(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("states.tsv", ["id", "name", "wikidata", "aliases", "demonyms", "capitals", "ambiguous"]),
        (
            "organizations.tsv",
            ["id", "name", "type", "wikidata", "aliases", "demonyms", "capitals", "ambiguous"],
        ),
    ],
)
def test_tables_have_their_columns_on_every_row(table: str, columns: list[str]) -> None:
    lines = (DATA / table).read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == columns
    for number, line in enumerate(lines[1:], 2):
        assert line.count("\t") == len(columns) - 1, f"{table}:{number} has the wrong number of fields"
        for value in line.split("\t"):
            assert value == value.strip(" "), f"{table}:{number}: stray spaces around {value!r}"


def test_ids_are_unique_slugs(gaz: Gazetteer) -> None:
    ids = [entry.id for entry in gaz.entries]
    assert len(ids) == len(set(ids))
    for entry_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", entry_id), entry_id


def test_every_un_member_state_is_present(gaz: Gazetteer) -> None:
    assert len(UN_MEMBERS) == 193 == len(set(UN_MEMBERS))
    states = {entry.id for entry in gaz.entries if entry.type == "State"}
    assert set(UN_MEMBERS) - states == set()
    assert {"holy-see", "palestine", "kosovo", "taiwan", "sahrawi-republic"} <= states
    assert len(states) >= 195


def test_types_qids_and_ambiguous_forms_are_well_formed(gaz: Gazetteer) -> None:
    for entry in gaz.entries:
        assert entry.type in ("State", "Organization"), entry.id
        assert entry.wikidata is None or re.fullmatch(r"Q[1-9]\d*", entry.wikidata), entry.id
        assert entry.ambiguous <= {surface for surface, _ in entry.forms()}, entry.id
    qids = [entry.wikidata for entry in gaz.entries if entry.wikidata]
    assert len(qids) == len(set(qids)), "two entries share a QID"
    assert all(entry.wikidata for entry in gaz.entries if entry.type == "State")


def test_only_the_listed_forms_are_shared_between_entries(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for surface, hit in gaz.surface_forms():
        owners[normalise(surface)].add(hit.entry.id)
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert shared == SHARED_FORMS


@pytest.mark.parametrize(
    ("surface", "entry_id", "form"),
    [
        ("Kremlin", "russia", "capital"),
        ("the Kremlin", "russia", "capital"),
        ("Moscow", "russia", "capital"),
        ("Russia", "russia", "name"),
        ("Russian Federation", "russia", "alias"),
        ("Turkish", "turkey", "demonym"),
        ("Türkiye", "turkey", "alias"),
        ("Turkiye", "turkey", "alias"),
        ("U.S.", "united-states", "alias"),
        ("US", "united-states", "alias"),
        ("the White House", "united-states", "capital"),
        ("AU", "african-union", "alias"),
        ("African Union", "african-union", "name"),
        ("UN", "united-nations", "alias"),
        ("U.N.", "united-nations", "alias"),
        ("Security Council", "un-security-council", "alias"),
        ("Doctors Without Borders", "msf", "alias"),
        ("Ivory Coast", "cote-d-ivoire", "alias"),
        ("Cote d'Ivoire", "cote-d-ivoire", "alias"),
        ("Côte d’Ivoire", "cote-d-ivoire", "alias"),
        ("DR Congo", "democratic-republic-of-the-congo", "alias"),
        ("Kiev", "ukraine", "capital"),
        ("Emiratis", "united-arab-emirates", "demonym"),
        ("Britons", "united-kingdom", "demonym"),
        ("Downing Street", "united-kingdom", "capital"),
        ("the Elysee", "france", "capital"),
        ("the West", "the-west", "name"),
        ("Western", "the-west", "demonym"),
        ("the Vatican", "holy-see", "alias"),
        ("SADR", "sahrawi-republic", "alias"),
        ("RUSSIA", "russia", "name"),
    ],
)
def test_lookup_finds_the_entry_and_form(gaz: Gazetteer, surface: str, entry_id: str, form: str) -> None:
    hits = gaz.lookup(surface)
    assert [(hit.entry.id, hit.form) for hit in hits] == [(entry_id, form)]


@pytest.mark.parametrize(
    "surface", ["us", "Us", "Who", "Au", "car", "turkey", "chad", "the kremlin", "Atlantis", "", "   ", "'s"]
)
def test_lookup_keeps_the_case_shape_of_names_and_acronyms(gaz: Gazetteer, surface: str) -> None:
    assert gaz.lookup(surface) == ()


def test_shared_forms_give_one_hit_per_entry_most_usual_first(gaz: Gazetteer) -> None:
    assert [hit.entry.id for hit in gaz.lookup("Congo")] == [
        "democratic-republic-of-the-congo",
        "republic-of-the-congo",
    ]
    assert {hit.form for hit in gaz.lookup("Brussels")} == {"capital"}


def test_ambiguous_forms_are_flagged(gaz: Gazetteer) -> None:
    for surface in ("Chad", "Jordan", "Georgia", "Niger", "Guinea"):
        (hit,) = gaz.lookup(surface)
        assert surface in hit.entry.ambiguous
    assert "Turkey" not in gaz.get("turkey").ambiguous
    assert "Russia" not in gaz.get("russia").ambiguous


def test_get_and_surface_forms(gaz: Gazetteer) -> None:
    russia = gaz.get("russia")
    assert russia is not None and russia.wikidata == "Q159" and russia.type == "State"
    assert gaz.get("nato").type == "Organization"
    assert gaz.get("no-such-entry") is None
    forms = list(gaz.surface_forms())
    assert ("Kremlin", "capital") in {(surface, hit.form) for surface, hit in forms if hit.entry is russia}
    assert len(forms) > 1000


def test_gazetteer_is_immutable(gaz: Gazetteer) -> None:
    with pytest.raises(AttributeError):
        gaz.entries = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        gaz.get("russia").name = "Muscovy"  # type: ignore[misc]


def test_from_rows_builds_a_small_gazetteer() -> None:
    gaz = Gazetteer.from_rows(
        [
            {
                "id": "ruritania",
                "name": "Ruritania",
                "wikidata": "",
                "aliases": "Kingdom of Ruritania",
                "demonyms": "Ruritanian|Ruritanians",
                "capitals": "Strelsau",
                "ambiguous": "",
            },
            {"id": "league", "name": "League of Nations", "type": "Organization", "aliases": "LoN"},
        ]
    )
    assert gaz.get("ruritania") == GazEntry(
        id="ruritania",
        name="Ruritania",
        type="State",
        wikidata=None,
        aliases=("Kingdom of Ruritania",),
        demonyms=("Ruritanian", "Ruritanians"),
        capitals=("Strelsau",),
        ambiguous=frozenset(),
    )
    assert [hit.form for hit in gaz.lookup("Strelsau")] == ["capital"]
    assert [hit.entry.id for hit in gaz.lookup("LoN")] == ["league"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "Not A Slug", "name": "X"}, "not a slug"),
        ({"id": "x", "name": ""}, "name is empty"),
        ({"id": "x", "name": "X", "type": "ArmedGroup"}, "type 'ArmedGroup'"),
        ({"id": "x", "name": "X", "wikidata": "159"}, "not a QID"),
        ({"id": "x", "name": "X", "ambiguous": "Y"}, "does not have"),
    ],
)
def test_bad_rows_are_refused_with_a_clear_message(row: dict[str, str], message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.from_rows([row])


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(GazetteerError, match="twice"):
        Gazetteer.from_rows([{"id": "x", "name": "X"}, {"id": "x", "name": "Y"}])


def test_loading_is_cached_and_fast_enough_for_once_per_process(gaz: Gazetteer) -> None:
    assert Gazetteer.default() is gaz
    build = Gazetteer.default.__wrapped__  # the uncached loader
    best = min(_seconds(lambda: build(Gazetteer)) for _ in range(3))
    assert best < 0.2, f"loading the gazetteer took {best * 1000:.0f} ms"
    start = time.perf_counter()
    for _ in range(10_000):
        gaz.lookup("the Kremlin")
    assert (time.perf_counter() - start) / 10_000 < 0.0005


def _seconds(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start
