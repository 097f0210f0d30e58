"""Events in a real Neo4j: stored once with their roles, idempotent, exported as RDF."""

from __future__ import annotations

import dataclasses

import pytest
from rdflib import XSD, Graph, Literal, URIRef

from pactgraph.graph.rdf.export import serialize
from pactgraph.graph.schema import counts
from pactgraph.graph.writer import write_extraction
from pactgraph.loaders import extract
from pactgraph.loaders.documents import document_from_text
from pactgraph.ontology.namespace import PG
from pactgraph.ontology.statements import Document, Entity, Event, Evidence, Extraction

pytestmark = pytest.mark.neo4j

BODY = ("Russian jets bombed Idlib on Friday, killing 12 people, the United Nations said. "
        "Russia denied bombing a hospital.")
DOC = Document(Document.make_id(BODY), "events.txt", BODY, date="2019-05-06")
RUSSIA = Entity("russia", "Russia", "State", ("Moscow",), wikidata="Q159")
UN = Entity("united-nations", "United Nations", "Organization", ("UN",))
REBELS = Entity("rebels", "Rebels", "ArmedGroup")
IDLIB = Entity("idlib", "Idlib", "Place")


def _evidence(sentence: str) -> Evidence:
    start = BODY.index(sentence)
    return Evidence(DOC.id, sentence, start, start + len(sentence), "event-assault")


FIRST = _evidence("Russian jets bombed Idlib on Friday, killing 12 people, the United Nations said.")
SECOND = _evidence("Russia denied bombing a hospital.")
STRIKE = Event("assault", "bombed", BODY.index("bombed"), FIRST, agents=(RUSSIA,), targets=(REBELS,),
               place=IDLIB, date="2019-05-03", date_precision="day", killed=12, reported_by=UN)
DENIED = Event("assault", "bombing", BODY.index("bombing"), SECOND, agents=(RUSSIA,), status="denied")
EXTRACTION = Extraction(DOC, events=(STRIKE, DENIED))

ROLES = """
MATCH (e:Event {id: $id})
OPTIONAL MATCH (e)-[r]->(x)
RETURN e {.*} AS event, collect([type(r), x.id]) AS roles
"""


def _event(driver, db, event_id):
    record = driver.execute_query(ROLES, {"id": event_id}, database_=db).records[0]
    return record["event"], sorted(tuple(pair) for pair in record["roles"])


def test_events_are_stored_with_their_roles_and_document(empty_graph, settings):
    db = settings.neo4j_database
    write_extraction(empty_graph, EXTRACTION, database=db)
    node, roles = _event(empty_graph, db, STRIKE.id)
    assert roles == [("AGENT", "russia"), ("IN_DOCUMENT", DOC.id), ("PLACE", "idlib"),
                     ("REPORTED_BY", "united-nations"), ("TARGET", "rebels")]
    assert {k: node[k] for k in ("type", "trigger", "date", "date_precision", "killed", "status")} == {
        "type": "assault", "trigger": "bombed", "date": "2019-05-03", "date_precision": "day", "killed": 12,
        "status": "asserted"}
    assert BODY[node["start"]:node["end"]] == node["sentence"]
    denied, denied_roles = _event(empty_graph, db, DENIED.id)
    assert denied["status"] == "denied" and ("AGENT", "russia") in denied_roles
    labels = empty_graph.execute_query("MATCH (e:Event {id: $id}) RETURN labels(e) AS l",
                                       {"id": STRIKE.id}, database_=db).records[0]["l"]
    assert labels == ["Event"]


def test_writing_events_twice_changes_nothing(empty_graph, settings):
    db = settings.neo4j_database
    first = write_extraction(empty_graph, EXTRACTION, database=db)
    assert first.events == 2 and first.nodes_created > 0 and first.relationships_created > 0
    before = counts(empty_graph, database=db)
    snapshot = _event(empty_graph, db, STRIKE.id)
    again = write_extraction(empty_graph, EXTRACTION, database=db)
    assert (again.nodes_created, again.relationships_created, again.labels_added) == (0, 0, 0)
    assert counts(empty_graph, database=db) == before
    assert _event(empty_graph, db, STRIKE.id) == snapshot


def test_a_role_the_extraction_no_longer_gives_is_removed(empty_graph, settings):
    db = settings.neo4j_database
    write_extraction(empty_graph, EXTRACTION, database=db)
    fewer = dataclasses.replace(STRIKE, targets=())
    write_extraction(empty_graph, Extraction(DOC, events=(fewer, DENIED)), database=db)
    _, roles = _event(empty_graph, db, STRIKE.id)
    assert ("TARGET", "rebels") not in roles and ("AGENT", "russia") in roles


def test_an_extracted_document_stores_its_events(empty_graph, settings):
    db = settings.neo4j_database
    text = ("Syrian and Russian jets bombed Idlib last week, killing at least 20 civilians, "
            "the Syrian Observatory for Human Rights said.")
    doc = document_from_text(text, "seedlike.txt", date="2019-05-06")
    extraction = extract(doc)
    assert extraction.events
    write_extraction(empty_graph, extraction, database=db)
    rows = empty_graph.execute_query(
        "MATCH (e:Event)-[:AGENT]->(a:Actor) MATCH (e)-[:REPORTED_BY]->(r:Actor) "
        "RETURN e.type AS type, e.killed AS killed, collect(a.id) AS agents, r.name AS reporter",
        database_=db).records
    assert len(rows) == 1
    assert (rows[0]["type"], rows[0]["killed"], sorted(rows[0]["agents"]), rows[0]["reporter"]) == (
        "assault", 20, ["russia", "syria"], "Syrian Observatory for Human Rights")


def test_events_export_as_rdf(empty_graph, settings):
    db = settings.neo4j_database
    write_extraction(empty_graph, EXTRACTION, database=db)
    base = "https://example.org/id/"
    g = Graph().parse(data=serialize(empty_graph, database=db, fmt="turtle", base_iri=base), format="turtle")
    event = URIRef(base + "event/" + STRIKE.id)
    assert g.value(event, PG.eventType) == PG.eventAssault
    assert (event, PG.agent, URIRef(base + "actor/russia")) in g
    assert (event, PG.target, URIRef(base + "actor/rebels")) in g
    assert (event, PG.place, URIRef(base + "place/idlib")) in g
    assert (event, PG.reportedBy, URIRef(base + "actor/united-nations")) in g
    assert (event, PG.inDocument, URIRef(base + "document/" + DOC.id)) in g
    assert g.value(event, PG.killed) == Literal(12, datatype=XSD.nonNegativeInteger)
    assert g.value(event, PG.date) == Literal("2019-05-03", datatype=XSD.date)
    assert g.value(URIRef(base + "event/" + DENIED.id), PG.status) == PG.statusDenied
