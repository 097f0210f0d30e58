"""Labels and relationship types reach Cypher only from the ontology's closed lists."""

from __future__ import annotations

import pytest

from pactgraph.graph.queries.rdf import (
    DESCRIBED_LABELS,
    IMPORT_LABELS,
    describe_evidence,
    describe_node,
    import_actors,
    import_evidence,
    import_nodes,
    import_relations,
)
from pactgraph.graph.queries.reads import find_paths, resolve_entities
from pactgraph.graph.queries.writes import MERGE_ACTORS, merge_entities, merge_evidence, merge_relations
from pactgraph.graph.writer import write_extraction
from pactgraph.ontology.statements import Document, Entity, Evidence, Extraction, Relation
from pactgraph.ontology.vocabulary import ACTOR_TYPES, ENTITY_TYPES, RELATIONS

PREDICATE_PAYLOADS = [
    "BACKS]->() DETACH DELETE n //",
    "backs]->() WITH 1 AS x MATCH (n) DETACH DELETE n //",
    "BACKS",  # right word, wrong case: only the ontology's names are accepted
    "backs` DETACH DELETE n //",
    "",
]
LABEL_PAYLOADS = [
    "State {id: 'x'}) DETACH DELETE n //",
    "State:Admin",
    "Actor`) MATCH (m) DETACH DELETE m //",
    "state",
    "Evidence",
    "Document",
]


@pytest.mark.parametrize("payload", PREDICATE_PAYLOADS)
def test_relation_builder_refuses_predicate_payloads(payload):
    with pytest.raises(ValueError):
        merge_relations(payload, "Actor", "Actor")


@pytest.mark.parametrize("payload", LABEL_PAYLOADS)
def test_builders_refuse_label_payloads(payload):
    with pytest.raises(ValueError):
        merge_entities(payload)
    with pytest.raises(ValueError):
        merge_evidence(payload, "Actor")
    with pytest.raises(ValueError):
        merge_evidence("Actor", payload)
    with pytest.raises(ValueError):
        merge_relations("backs", payload, "Actor")
    with pytest.raises(ValueError):
        resolve_entities(payload)


@pytest.mark.parametrize("entity_type", ENTITY_TYPES)
def test_every_ontology_type_builds(entity_type):
    text = merge_entities(entity_type)
    assert "$rows" in text
    if entity_type in ACTOR_TYPES:
        # One query for every actor type: the label is the row's own type, set on creation.
        assert text == MERGE_ACTORS and "n:$(row.type)" in text
    else:
        assert f":{entity_type}" in text


@pytest.mark.parametrize("predicate", RELATIONS)
def test_every_ontology_relation_builds(predicate):
    assert f":{predicate.upper()}]" in merge_relations(predicate, "Actor", "Actor")


class RecordingDriver:
    """Stands in for a driver: records whether any session was opened."""

    def __init__(self) -> None:
        self.sessions = 0

    def session(self, **_):  # pragma: no cover - must never be reached
        self.sessions += 1
        raise AssertionError("a payload reached the database")


def _tampered(attribute: str, payload: str) -> Extraction:
    body = "Russia backs Damascus."
    doc = Document(Document.make_id(body), "x.txt", body)
    subject = Entity("russia", "Russia", "State")
    obj = Entity("syrian-government", "Syrian government", "State")
    relation = Relation(subject, "backs", obj, Evidence("x.txt", body, 0, len(body), "r"))
    # The dataclasses validate on construction; simulate a bypass to test the writer's own check.
    target = subject if attribute == "type" else relation
    object.__setattr__(target, attribute, payload)
    return Extraction(doc, relations=(relation,))


@pytest.mark.parametrize("payload", PREDICATE_PAYLOADS)
def test_writer_refuses_predicate_payloads_before_any_query(payload):
    driver = RecordingDriver()
    with pytest.raises(ValueError):
        write_extraction(driver, _tampered("predicate", payload), database="neo4j")
    assert driver.sessions == 0


@pytest.mark.parametrize("payload", LABEL_PAYLOADS)
def test_writer_refuses_label_payloads_before_any_query(payload):
    driver = RecordingDriver()
    with pytest.raises(ValueError):
        write_extraction(driver, _tampered("type", payload), database="neo4j")
    assert driver.sessions == 0


def test_queries_take_values_only_as_parameters():
    text = merge_entities("State") + merge_evidence("Actor", "Place")
    assert "row.id" in text and "$rows" in text and "'" not in text


@pytest.mark.parametrize(("predicates", "hops"), [
    (("backs]->() DETACH DELETE n //",), 2), (("BACKS",), 2), ((), 2), (("backs",), 0),
    (("backs",), 5), (("backs",), "2}]-() DETACH DELETE n //"), (("backs",), True),
])
def test_the_path_builder_refuses_anything_outside_its_closed_lists(predicates, hops):
    with pytest.raises(ValueError):
        find_paths(predicates, hops)


# --- the read-only runner's text checks (before any plan is asked for) -------------------------

@pytest.mark.parametrize("cypher", [
    "CALL db.labels()",
    "call\ndbms.components()",
    "MATCH (n) CALL apoc.periodic.iterate('a', 'b', {}) YIELD batches RETURN batches",
    "CALL `db`.labels()",
    "CALL`db`.labels()",
    "MATCH (n) OPTIONAL CALL db.labels() YIELD label RETURN label",
    "SHOW USERS",
    "  terminate transactions 'neo4j-transaction-1'",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "load  csv with headers from 'http://x' AS row RETURN row",
    "PROFILE MATCH (n) RETURN n",
    "EXPLAIN MATCH (n) RETURN n",
    "USE system SHOW USERS",
])
def test_read_only_text_check_refuses(cypher):
    from pactgraph.graph.cypher_check import check_read_query
    from pactgraph.graph.errors import QueryRefused

    with pytest.raises(QueryRefused):
        check_read_query(cypher)


@pytest.mark.parametrize("cypher", [
    "MATCH (n) RETURN n",
    "MATCH (n) CALL (n) { RETURN n.name AS name } RETURN name",
    "MATCH (n) CALL { RETURN 1 AS one } RETURN n, one",
    "MATCH (n) WHERE n.name = 'CALL db.labels()' RETURN n // LOAD CSV",
    "MATCH (n:Recall) RETURN n.callsign",
    "MATCH (n) OPTIONAL CALL (n) { RETURN n.name AS name } RETURN name",
    "MATCH (n) CALL(n){ RETURN 1 AS one } RETURN one",
    "MATCH (n) RETURN n.showcase AS show",
])
def test_read_only_text_check_allows(cypher):
    from pactgraph.graph.cypher_check import check_read_query

    check_read_query(cypher)


@pytest.mark.parametrize("payload", LABEL_PAYLOADS)
def test_import_builders_refuse_label_payloads(payload):
    with pytest.raises(ValueError):
        import_actors(payload)
    with pytest.raises(ValueError):
        import_evidence(payload, "Actor")
    with pytest.raises(ValueError):
        import_relations("backs", "Actor", payload)
    if payload not in IMPORT_LABELS:
        with pytest.raises(ValueError):
            import_nodes(payload)


@pytest.mark.parametrize("payload", PREDICATE_PAYLOADS)
def test_import_relation_builder_refuses_predicate_payloads(payload):
    with pytest.raises(ValueError):
        import_relations(payload, "Actor", "Actor")


# Document and Evidence are kinds GET /id describes; Evidence only by its own query.
@pytest.mark.parametrize("payload", [p for p in LABEL_PAYLOADS if p not in ("Document", "Evidence")]
                         + ["Actor|Evidence", "Evidence) DETACH DELETE e //"])
def test_describe_builders_refuse_label_payloads(payload):
    with pytest.raises(ValueError):
        describe_node(payload)
    with pytest.raises(ValueError):
        describe_evidence(payload)
    with pytest.raises(ValueError):
        describe_node("Evidence")


def test_describe_builders_take_the_described_labels():
    for label in DESCRIBED_LABELS:
        assert f":{label} {{id: $id}}" in describe_node(label)
    assert describe_evidence("Evidence").startswith("MATCH (e:Evidence {id: $id})")
