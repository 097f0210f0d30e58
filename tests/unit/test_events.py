"""Events: a table of written phrasings, the seed article, counts, and properties of the output."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pactgraph.loaders import extract
from pactgraph.loaders.documents import document_from_text
from pactgraph.loaders.events import find_triggers, parse_count
from pactgraph.ontology.statements import Entity, Event, Evidence
from tests.conftest import DEV_CORPUS

#: Publication date of the table's documents (a Wednesday).
DATE = "2024-05-15"
ANY = object()


def events(text: str, date: str = DATE) -> list[Event]:
    return list(extract(document_from_text(text, "t.txt", date=date)).events)


@dataclasses.dataclass(frozen=True)
class Case:
    text: str
    type: str
    agents: set[str] | object = ANY
    targets: set[str] | object = ANY
    place: str | None | object = ANY
    killed: int | None | object = None
    displaced: int | None | object = None
    reporter: str | None | object = None
    date: str | None | object = ANY
    status: str = "asserted"


CASES = [
    Case("Russian warplanes bombed the town of Maarat al-Numan on Sunday, killing at least 12 civilians, "
         "the Syrian Observatory for Human Rights said.",
         "assault", agents={"russia"}, killed=12, reporter="syrian-observatory-for-human-rights",
         date="2024-05-12"),
    Case("Israeli air strikes on Rafah killed 27 people on Tuesday, according to the United Nations.",
         "assault", agents={"israel"}, killed=27, reporter="united-nations", date="2024-05-14"),
    Case("Fighters of the Islamic State attacked an army checkpoint near Kirkuk last week.",
         "assault", agents={"islamic-state"}, place="kirkuk", date="2024-05"),
    Case("Turkish and Iranian foreign ministers met in Ankara on Thursday.",
         "consult", agents={"turkey", "iran"}, place="place-ankara", date="2024-05-09"),
    Case("President Emmanuel Macron spoke by phone with Vladimir Putin on Friday.",
         "consult", agents={"emmanuel-macron"}, targets={"vladimir-putin"}, date="2024-05-10"),
    Case("The European Union imposed sanctions on Belarus in March.",
         "coerce", agents={"european-union"}, targets={"belarus"}, date="2024-03"),
    Case("The World Food Programme delivered food aid to Yemen last month.",
         "aid", targets={"yemen"}, date="2024-04"),
    Case("More than 2.5m people have fled Sudan since April, the UN refugee agency says.",
         "displace", place="place-sudan", displaced=2_500_000, reporter="united-nations", date="2024-04"),
    Case("The fighting has displaced about 120,000 people in the region, the United Nations said.",
         "displace", displaced=120_000, reporter="united-nations"),
    Case("Thousands of people protested against the government in Belgrade on Sunday.",
         "protest", place="place-belgrade", date="2024-05-12"),
    Case("Hamas and Fatah signed a reconciliation deal in Cairo on October 12, 2017.",
         "agree", agents={"hamas", "fatah"}, place="place-cairo", date="2017-10-12"),
    Case("Azerbaijan said its forces had shelled Armenian positions near Lachin.",
         "assault", agents={"azerbaijan"}, targets={"armenia"}, place="lachin", reporter="azerbaijan"),
    Case("Ukraine accused Russia of shelling the nuclear plant.",
         "accuse", agents={"ukraine"}, targets={"russia"}),
    Case("Ukraine accused Russia of shelling the nuclear plant.",
         "assault", agents={"russia"}, status="alleged"),
    Case("Russia denied bombing the hospital in Aleppo.",
         "assault", agents={"russia"}, place="aleppo", status="denied"),
    Case("The Russian army could launch a new offensive on Kharkiv in the spring.",
         "assault", agents={"russia"}, status="hypothetical"),
    Case("According to officials, mediation over the winter averted an assault on the port city by the Iraqi "
         "army.",
         "assault", agents={"iraq"}, status="hypothetical"),
    Case("Talks about an offensive on Idlib would be a mistake, Turkey warned.",
         "assault", agents=set(), status="hypothetical", reporter="turkey"),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.type}:{c.text[:40]}" for c in CASES])
def test_a_phrasing_gives_its_event(case: Case):
    found = [e for e in events(case.text) if e.type == case.type]
    assert found, f"no {case.type} event in {case.text!r}: {events(case.text)}"
    event = found[0]
    checks = {
        "agents": {a.id for a in event.agents},
        "targets": {t.id for t in event.targets},
        "place": event.place.id if event.place else None,
        "killed": event.killed,
        "displaced": event.displaced,
        "reporter": event.reported_by.id if event.reported_by else None,
        "date": event.date,
        "status": event.status,
    }
    for name, got in checks.items():
        expected = getattr(case, name)
        if expected is not ANY:
            assert got == expected, f"{name} of {case.text!r}"


@pytest.mark.parametrize("text", [
    "There were no air strikes on Idlib on Sunday.",
    "The minister signed autographs for an hour.",
    "The group's political office opened in March.",
    "Analysts discussed the economy.",
])
def test_no_event_where_nothing_happened(text):
    assert events(text) == []


@pytest.mark.parametrize("text", [
    "Talks about an offensive would be a mistake.",
    "Officials fear an attack on the capital by the rebels.",
    "If Moscow sends troops to Belarus, the alliance would respond.",
])
def test_nothing_asserted_where_it_is_only_imagined(text):
    assert [e for e in events(text) if e.status == "asserted"] == []


def test_two_events_in_one_sentence_keep_their_own_actors_and_dates():
    text = ("Envoys from Chile and Peru conferred in Lima last week, while Mr Kessa and Mr Brenk spoke by "
            "telephone on Monday.")
    found = events(text)
    assert [e.type for e in found] == ["consult", "consult"]
    first, second = found
    assert {a.id for a in first.agents} == {"chile", "peru"} and first.date == "2024-05"
    assert first.place is not None and first.place.name == "Lima"
    assert second.date == "2024-05-13" and second.date_precision == "day"
    assert {a.name for a in second.agents} == {"Kessa", "Brenk"}


@pytest.mark.parametrize(("text", "expected"), [
    ("39", 39), ("at least 39 civilians", 39), ("more than 100,000 people", 100_000), ("2.5m", 2_500_000),
    ("2.5 million", 2_500_000), ("1.2bn", 1_200_000_000), ("twelve", 12), ("a dozen", 12),
    ("nearly 500", 500),
    ("dozens", None), ("many", None),
])
def test_counts(text, expected):
    assert parse_count(text) == expected


def test_triggers_are_whole_words_and_phrases_never_nested():
    body = "Air strikes hit the attacker's base; talks followed, and the army shot down two drones."
    found = [(body[s:e], kind) for s, e, kind, _ in find_triggers(body)]
    assert found == [("Air strikes", "assault"), ("talks", "consult"), ("shot down", "assault")]


# --- the seed article ----------------------------------------------------------------------------

SEED = DEV_CORPUS / "00_idlib_2019.txt"


@pytest.fixture(scope="module")
def seed():
    from pactgraph.loaders import read_document

    if not SEED.exists():
        pytest.skip("the shared dev corpus is not here")
    doc = read_document(SEED)
    return doc, extract(doc).events


def test_seed_the_air_raids_on_idlib_by_syria_and_russia_last_week(seed):
    _, found = seed
    raids = next(e for e in found if e.trigger == "air raids")
    assert raids.type == "assault" and raids.status == "asserted"
    assert {a.id for a in raids.agents} == {"syria", "russia"}
    assert raids.place is not None and raids.place.id == "idlib"
    assert (raids.date, raids.date_precision) == ("2019-04", "month")


def test_seed_the_tolls_and_who_reports_them(seed):
    _, found = seed
    by_count = {(e.killed, e.displaced): e for e in found if e.killed or e.displaced}
    observatory = by_count[(39, None)]
    assert observatory.type == "assault"
    assert observatory.reported_by is not None
    assert observatory.reported_by.name == "Syrian Observatory for Human Rights"
    assert by_count[(None, 100_000)].type == "displace"
    un = by_count[(None, 140_000)]
    assert un.reported_by is not None and un.reported_by.id == "united-nations"
    assert un.place is not None and un.place.id == "idlib"
    assert by_count[(200, None)].reported_by == un.reported_by


def test_seed_talks_in_astana_and_a_condemnation_on_friday(seed):
    _, found = seed
    astana = next(e for e in found if e.type == "consult" and e.place and e.place.name == "Astana")
    assert {a.id for a in astana.agents} == {"turkey", "russia", "iran"}
    who = next(e for e in found if e.type == "accuse")
    assert who.agents[0].id == "who" and who.date == "2019-05-03"


def test_seed_averted_and_deterred_offensives_are_hypothetical(seed):
    _, found = seed
    averted = [e for e in found if "averted" in e.evidence.sentence or "avert" in e.evidence.sentence]
    assert averted
    assert all(e.status == "hypothetical" for e in averted if e.trigger in ("assault", "offensive"))


def test_seed_offsets_point_at_the_sentence(seed):
    doc, found = seed
    assert found
    for e in found:
        assert doc.body[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert e.evidence.start <= e.trigger_start < e.evidence.end
        assert doc.body[e.trigger_start:e.trigger_start + len(e.trigger)] == e.trigger


# --- the Event statement --------------------------------------------------------------------------

RUSSIA = Entity("russia", "Russia", "State")
IDLIB = Entity("idlib", "Idlib", "Place")
EVIDENCE = Evidence("doc1", "Russian jets bombed Idlib.", 0, 26, "event-assault")


def test_an_event_id_is_stable_and_its_json_carries_everything():
    event = Event("assault", "bombed", 13, EVIDENCE, agents=(RUSSIA,), place=IDLIB, date="2019-04",
                  date_precision="month", killed=3)
    again = dataclasses.replace(event, killed=4)
    assert event.id == again.id and len(event.id) == 16
    out = event.as_json("a.txt")
    assert out["doc"] == "a.txt" and out["type"] == "assault" and out["agents"][0]["id"] == "russia"
    assert out["place"]["id"] == "idlib" and out["killed"] == 3 and out["reported_by"] is None
    assert out["evidence"] == {"sentence": EVIDENCE.sentence, "start": 0, "end": 26, "rule": "event-assault"}


@pytest.mark.parametrize("bad", [
    {"type": "bombing"}, {"status": "rumoured"}, {"date": "2019"}, {"date_precision": "day"},
    {"agents": (IDLIB,)}, {"place": RUSSIA}, {"killed": -1},
])
def test_an_event_outside_the_ontology_is_refused(bad):
    fields = {"type": "assault", "trigger": "bombed", "trigger_start": 13, "evidence": EVIDENCE, **bad}
    with pytest.raises(ValueError):
        Event(**fields)


# --- properties ---------------------------------------------------------------------------------

_WORDS = ["Russia", "Turkey", "the", "rebels", "bombed", "attacked", "Idlib", "killed", "at", "least", "39",
          "people", "said", "the UN", "on", "Friday", "talks", "in", "Astana", "would", "not", ",", ".",
          "fled", "2.5m", "according to", "its", "forces", "accused", "of", "shelling", "“", "”", ";"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_never_crashes_and_offsets_always_point_at_the_evidence(words):
    text = " ".join(words)
    if not text.strip(" ,.;“”"):
        return
    doc = document_from_text(text, "h.txt", date=DATE)
    for e in extract(doc).events:
        assert doc.body[e.evidence.start:e.evidence.end] == e.evidence.sentence
        assert doc.body[e.trigger_start:e.trigger_start + len(e.trigger)] == e.trigger
