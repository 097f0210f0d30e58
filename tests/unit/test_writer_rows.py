"""Row building for the writer: pure functions, no Neo4j."""

from __future__ import annotations

import pytest

from pactgraph.graph.queries.events import EVENT_ROLES, MERGE_EVENTS, merge_event_roles
from pactgraph.graph.queries.writes import (
    MERGE_ACTORS,
    MERGE_DOCUMENTS,
    merge_entities,
    merge_evidence,
    merge_relations,
    pair_key,
)
from pactgraph.graph.writer import (
    _plan,
    document_row,
    entity_rows,
    event_role_rows,
    event_rows,
    evidence_rows,
    name_keys,
    relation_key,
    relation_rows,
)
from pactgraph.ontology.statements import Document, Entity, Event, Evidence, Extraction, Relation

BODY = "Moscow and Tehran back the regime. Iran denied arming the rebels. Turkey and Russia clashed."
DOC = Document(Document.make_id(BODY), "a.txt", BODY, date="2019-05-06", title="T", source="wire")
RUSSIA = Entity("russia", "Russia", "State", ("Moscow",))
IRAN = Entity("iran", "Iran", "State", ("Tehran",))
SYRIA = Entity("syrian-government", "Syrian government", "State", ("Assad regime", "Damascus"))
REBELS = Entity("rebels", "Rebels", "ArmedGroup")
TURKEY = Entity("turkey", "Turkey", "State")
SOCHI = Entity("sochi-agreement", "Sochi agreement", "Agreement", kind="truce", date="2018-09")


def _rel(subject, predicate, obj, sentence, status="asserted", confidence=0.9):
    start = BODY.index(sentence)
    return Relation(subject, predicate, obj, Evidence(DOC.name, sentence, start, start + len(sentence), "r"),
                    status=status, confidence=confidence)


BACKS = _rel(RUSSIA, "backs", SYRIA, "Moscow and Tehran back the regime.")
DENIED = _rel(IRAN, "backs", REBELS, "Iran denied arming the rebels.", status="denied")
OPPOSES = _rel(TURKEY, "opposes", RUSSIA, "Turkey and Russia clashed.")
EXTRACTION = Extraction(DOC, entities=(SYRIA, SOCHI), relations=(BACKS, DENIED, OPPOSES))


def test_document_row():
    assert document_row(EXTRACTION) == {"id": DOC.id, "name": "a.txt", "date": "2019-05-06", "title": "T",
                                        "source": "wire"}


def test_name_keys_fold_case_accents_and_the():
    assert name_keys("Türkiye", ["The Regime", "TURKIYE", ""]) == ["turkiye", "regime"]


def test_entity_rows_are_grouped_by_type_one_row_per_id_with_alias_union():
    syria_elsewhere = Entity("syrian-government", "Damascus government", "State", ("Assad regime", "SAA"))
    extraction = Extraction(DOC, entities=(SYRIA, syria_elsewhere, SOCHI), relations=(BACKS,))
    rows = entity_rows(extraction)
    assert sorted(rows) == ["Agreement", "State"]
    syria = next(r for r in rows["State"] if r["id"] == "syrian-government")
    assert syria["name"] == "Syrian government"
    assert syria["aliases"] == ["Assad regime", "Damascus", "Damascus government", "SAA"]
    assert syria["keys"][0] == "syrian government" and "saa" in syria["keys"]
    assert [r["id"] for r in rows["State"]].count("syrian-government") == 1
    sochi = rows["Agreement"][0]
    assert (sochi["kind"], sochi["date"], sochi["aliases"]) == ("truce", "2018-09", [])


def test_evidence_rows_keep_every_status_and_default_to_the_document_date():
    rows = evidence_rows(EXTRACTION)
    assert list(rows) == [("Actor", "Actor")]
    by_status = {r["status"]: r for r in rows[("Actor", "Actor")]}
    assert set(by_status) == {"asserted", "denied"}
    denied = by_status["denied"]
    assert denied["id"] == DENIED.id and denied["date"] == "2019-05-06"
    assert BODY[denied["start"]:denied["end"]] == denied["sentence"]
    assert (denied["subject_id"], denied["predicate"], denied["object_id"]) == ("iran", "backs", "rebels")
    assert denied["pair"] == "Actor:iran|backs|Actor:rebels"


def test_evidence_ids_are_stable_and_distinct_per_status():
    again = _rel(IRAN, "backs", REBELS, "Iran denied arming the rebels.", status="denied")
    assert again.id == DENIED.id
    assert _rel(IRAN, "backs", REBELS, "Iran denied arming the rebels.").id != DENIED.id


def test_relation_rows_only_for_asserted_statements():
    rows = relation_rows(EXTRACTION)
    assert set(rows) == {("backs", "Actor", "Actor"), ("opposes", "Actor", "Actor")}
    assert rows[("backs", "Actor", "Actor")] == [{"subject_id": "russia", "object_id": "syrian-government",
                                                  "pair": "Actor:russia|backs|Actor:syrian-government"}]


def test_symmetric_relations_go_from_the_smaller_id():
    assert relation_key(OPPOSES) == ("russia", "opposes", "turkey")
    assert relation_key(BACKS) == ("russia", "backs", "syrian-government")
    assert relation_rows(EXTRACTION)[("opposes", "Actor", "Actor")] == [
        {"subject_id": "russia", "object_id": "turkey", "pair": "Actor:russia|opposes|Actor:turkey"}]


def test_mixed_labels_group_apart():
    idlib = Entity("idlib", "Idlib", "Place")
    governs = _rel(SOCHI, "governs", idlib, "Turkey and Russia clashed.")
    brokered = _rel(RUSSIA, "brokered", SOCHI, "Turkey and Russia clashed.")
    extraction = Extraction(DOC, relations=(governs, brokered))
    assert set(evidence_rows(extraction)) == {("Agreement", "Place"), ("Actor", "Agreement")}
    assert set(relation_rows(extraction)) == {("governs", "Agreement", "Place"),
                                              ("brokered", "Actor", "Agreement")}


# --- events -------------------------------------------------------------------------------------

IDLIB = Entity("idlib", "Idlib", "Place")
UN = Entity("united-nations", "United Nations", "Organization", ("UN",))
STRIKES = Event("assault", "back", BODY.index("back"), BACKS.evidence, agents=(RUSSIA, IRAN),
                targets=(SYRIA,), place=IDLIB, date="2019-04", date_precision="month", killed=39,
                reported_by=UN)
DENIED_STRIKE = Event("assault", "arming", BODY.index("arming"), DENIED.evidence, agents=(IRAN,),
                      status="denied")
WITH_EVENTS = Extraction(DOC, relations=(BACKS,), events=(STRIKES, DENIED_STRIKE, STRIKES))


def test_event_rows_one_per_event_any_status_with_the_sentence_and_its_roles():
    rows = event_rows(WITH_EVENTS)
    assert [r["id"] for r in rows] == [STRIKES.id, DENIED_STRIKE.id]
    row = rows[0]
    assert {k: row[k] for k in ("type", "trigger", "date", "date_precision", "killed", "displaced", "status",
                                "rule")} == {
        "type": "assault", "trigger": "back", "date": "2019-04", "date_precision": "month", "killed": 39,
        "displaced": None, "status": "asserted", "rule": "r"}
    assert BODY[row["start"]:row["end"]] == row["sentence"]
    assert row["roles"] == [{"type": "AGENT", "id": "russia"}, {"type": "AGENT", "id": "iran"},
                            {"type": "TARGET", "id": "syrian-government"}, {"type": "PLACE", "id": "idlib"},
                            {"type": "REPORTED_BY", "id": "united-nations"}]
    assert rows[1]["status"] == "denied"


def test_event_role_rows_by_role_without_repeats():
    rows = event_role_rows(WITH_EVENTS)
    assert set(rows) == {"agent", "target", "place", "reported_by"}
    assert rows["agent"] == [{"event_id": STRIKES.id, "entity_id": "russia"},
                             {"event_id": STRIKES.id, "entity_id": "iran"},
                             {"event_id": DENIED_STRIKE.id, "entity_id": "iran"}]
    assert rows["place"] == [{"event_id": STRIKES.id, "entity_id": "idlib"}]


def test_event_roles_are_entities_to_merge():
    rows = entity_rows(WITH_EVENTS)
    assert {r["id"] for r in rows["Place"]} == {"idlib"}
    assert "united-nations" in {r["id"] for r in rows["Organization"]}


def test_events_are_written_after_their_entities_in_the_same_plan():
    plan = [query for query, _ in _plan([WITH_EVENTS], batch_size=1000)]
    events_at = plan.index(MERGE_EVENTS)
    assert all(q != MERGE_EVENTS for q in plan[:events_at])
    assert plan.index(merge_entities("Place")) < events_at
    assert set(plan[events_at + 1:]) == {merge_event_roles(r) for r in EVENT_ROLES}


def test_an_extraction_without_events_writes_no_event_query():
    plan = [query for query, _ in _plan([EXTRACTION], batch_size=1000)]
    assert MERGE_EVENTS not in plan


@pytest.mark.parametrize("payload", ["agent]->(x) DETACH DELETE x //", "AGENT", "agents", ""])
def test_the_event_role_builder_refuses_anything_outside_its_closed_list(payload):
    with pytest.raises(ValueError):
        merge_event_roles(payload)


@pytest.mark.parametrize("role", list(EVENT_ROLES))
def test_every_event_role_builds_with_values_as_parameters(role):
    rel, label = EVENT_ROLES[role]
    text = merge_event_roles(role)
    assert f"[:{rel}]" in text and f"(x:{label} " in text
    assert "$rows" in text and "'" not in text


# --- batches of documents ---------------------------------------------------------------------

BODY2 = "Tehran backs the rebels. Russia and Turkey clashed again."
DOC2 = Document(Document.make_id(BODY2), "b.txt", BODY2, date="2019-06-01")
REBELS_AS_STATE = Entity("rebels", "The rebels", "State")
SECOND = Extraction(DOC2, relations=(
    Relation(IRAN, "backs", REBELS_AS_STATE, Evidence(DOC2.name, "Tehran backs the rebels.", 0, 24, "r")),
    Relation(RUSSIA, "opposes", TURKEY, Evidence(DOC2.name, "Russia and Turkey clashed again.", 25, 57, "r")),
))


def _rows_of(plan, query):
    return [row for q, params in plan if q == query for row in params["rows"]]


def test_a_batch_sends_each_kind_of_row_once_not_once_per_document():
    one = _plan([EXTRACTION], batch_size=1000)
    both = _plan([EXTRACTION, SECOND], batch_size=1000)
    assert len({q for q, _ in both}) == len(both)  # no query twice
    assert [q for q, _ in both] == [q for q, _ in one]  # SECOND states nothing of a new kind
    assert [r["id"] for r in _rows_of(both, MERGE_DOCUMENTS)] == [DOC.id, DOC2.id]


def test_a_batch_keeps_document_order_so_the_first_document_names_and_types_an_actor():
    plan = _plan([EXTRACTION, SECOND], batch_size=1000)
    rebels = [(r["name"], r["type"]) for r in _rows_of(plan, MERGE_ACTORS) if r["id"] == "rebels"]
    assert rebels == [("Rebels", "ArmedGroup"), ("The rebels", "State")]
    reversed_plan = _plan([SECOND, EXTRACTION], batch_size=1000)
    assert [r["type"] for r in _rows_of(reversed_plan, MERGE_ACTORS) if r["id"] == "rebels"] == [
        "State", "ArmedGroup"]


def test_a_batch_ties_each_evidence_row_to_its_own_document():
    plan = _plan([EXTRACTION, SECOND], batch_size=1000)
    evidence = _rows_of(plan, merge_evidence("Actor", "Actor"))
    assert {(r["sentence"], r["document_id"]) for r in evidence} >= {
        ("Moscow and Tehran back the regime.", DOC.id), ("Tehran backs the rebels.", DOC2.id)}


def test_a_pair_stated_in_two_documents_gets_one_summary_row():
    plan = _plan([EXTRACTION, SECOND], batch_size=1000)
    pairs = _rows_of(plan, merge_relations("opposes", "Actor", "Actor"))
    assert pairs == [{"subject_id": "russia", "object_id": "turkey",
                      "pair": "Actor:russia|opposes|Actor:turkey"}]


def test_rows_are_split_into_round_trips_of_batch_size():
    plan = _plan([EXTRACTION, SECOND], batch_size=1)
    assert [len(p["rows"]) for q, p in plan if q == MERGE_DOCUMENTS] == [1, 1]


def test_both_directions_of_a_symmetric_statement_share_one_pair_key():
    key = pair_key
    assert key("opposes", "Actor", "turkey", "Actor", "russia") == \
        key("opposes", "Actor", "russia", "Actor", "turkey") == "Actor:russia|opposes|Actor:turkey"
    # Not for a directed predicate, and labels are part of the key (ids are unique per label only).
    assert key("backs", "Actor", "turkey", "Actor", "russia") == "Actor:turkey|backs|Actor:russia"
    assert key("governs", "Agreement", "idlib", "Place", "idlib") == "Agreement:idlib|governs|Place:idlib"
