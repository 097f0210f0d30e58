"""RDF -> rows for the import queries, without Neo4j."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from pactgraph.graph.errors import ImportTooLarge, RdfError
from pactgraph.graph.rdf.dataset import serialize_dataset
from pactgraph.graph.rdf.decode import decode, parse_iri
from pactgraph.graph.rdf.importer import plan
from pactgraph.graph.rdf.mapping import Iris
from pactgraph.graph.rdf.parse import format_of, parse, read_bounded
from pactgraph.ontology.statements import normalise

from .test_rdf_mapping import BASE, DOC, IRIS, _dataset

BACKS = ("backs", "Actor", "Actor")


@pytest.fixture(scope="module", params=["turtle", "nt", "jsonld", "trig"])
def rows(request):
    return decode(parse(serialize_dataset(_dataset(), request.param, IRIS), request.param), IRIS)


def test_actors_come_back_with_their_class_names_keys_and_wikidata_item(rows):
    turkey = next(row for row in rows.actors["State"] if row["id"] == "turkey")
    assert turkey["name"] == "Turkey" and turkey["type"] == "State"
    assert turkey["aliases"] == ["Ankara", "Turkish"] and turkey["wikidata"] == "Q43"
    assert turkey["keys"] == [normalise(n) for n in ("Turkey", "Ankara", "Turkish")]
    assert turkey["types_seen"] == ["State"]


def test_an_agreement_comes_back_with_its_kind_date_and_status(rows):
    (sochi,) = rows.nodes["Agreement"]
    assert (sochi["kind"], sochi["date"], sochi["status"]) == ("truce", "2018-09", "violated")


def test_evidence_comes_back_with_its_statement_and_document(rows):
    evidence = {row["id"]: row for row in rows.evidence[("Actor", "Actor")]}
    assert evidence["ev2"]["props"]["status"] == "denied" and evidence["ev2"]["props"]["predicate"] == "backs"
    assert evidence["ev1"]["props"]["start"] == 1234 and evidence["ev1"]["props"]["confidence"] == 0.9
    assert {k: v for k, v in evidence["ev1"].items() if k != "props"} == {
        "id": "ev1", "subject_id": "turkey", "object_id": "national-liberation-front",
        "pair": "Actor:turkey|backs|Actor:national-liberation-front", "document_id": DOC}
    assert None not in evidence["ev1"]["props"].values()


def test_an_asserted_relation_comes_back_as_its_pair_to_recount(rows):
    """The summary is not read from the file (it may hold a part): the graph recounts it."""
    (row,) = [r for r in rows.relations[BACKS] if r["subject_id"] == "turkey"]
    assert row == {"subject_id": "turkey", "object_id": "national-liberation-front",
                   "pair": "Actor:turkey|backs|Actor:national-liberation-front"}


def test_our_own_export_leaves_nothing_out(rows):
    assert rows.skipped == 0, dict(rows.skipped_items)


def test_every_planned_query_comes_from_the_closed_lists(rows):
    for _, query, params in plan(rows, batch_size=1):
        assert "UNWIND $rows" in query and len(params["rows"]) == 1


def test_iris_outside_the_base_or_of_unknown_kinds_are_not_ids():
    assert parse_iri(URIRef(BASE + "actor/al-qaeda%2Firaq"), IRIS) == ("Actor", "al-qaeda/iraq")
    assert parse_iri(URIRef(BASE + "relation/a/backs/b"), IRIS) is None
    assert parse_iri(URIRef("https://elsewhere.org/actor/x"), IRIS) is None
    assert parse_iri(URIRef(BASE + "actor/"), IRIS) is None


def test_resources_under_another_base_are_skipped_and_counted():
    other = Iris.of("https://elsewhere.org/id/")
    text = serialize_dataset(_dataset(), "nt", IRIS)
    rows = decode(parse(text, "nt"), other)
    assert rows.skipped > 0 and not rows.actors and not rows.nodes


@pytest.mark.parametrize(("name", "fmt"), [("a.ttl", "turtle"), ("a.NT", "nt"), ("a.nq", "nquads"),
                                           ("a.jsonld", "jsonld"), ("a.trig", "trig")])
def test_the_format_follows_the_extension(name, fmt):
    assert format_of(Path(name)) == fmt


def test_an_unknown_extension_or_format_is_refused():
    with pytest.raises(ValueError, match="--format"):
        format_of(Path("graph.rdf"))
    with pytest.raises(ValueError, match="unknown RDF format"):
        format_of(Path("graph.ttl"), "rdfxml")


def test_bad_syntax_is_an_rdf_error():
    with pytest.raises(RdfError, match="not valid turtle"):
        parse("<a> <b> .", "turtle")


def test_resources_the_writer_could_not_have_stored_are_skipped_with_their_reason():
    text = f"""
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<{BASE}actor/nameless> a pg:Actor, pg:State .
<{BASE}actor/classless> a pg:Actor ; <http://www.w3.org/2000/01/rdf-schema#label> "Classless" .
<{BASE}evidence/e1> a pg:Evidence ; rdf:subject <{BASE}actor/nameless> ; rdf:predicate pg:likes ;
    rdf:object <{BASE}actor/classless> ; pg:status pg:statusAsserted .
<{BASE}evidence/e2> a pg:Evidence ; rdf:subject <{BASE}actor/classless> ; rdf:predicate pg:backs ;
    rdf:object <{BASE}place/p1> ; pg:status pg:statusAsserted ; pg:sentence "Classless backs it." .
<{BASE}place/p1> a pg:Place ; <http://www.w3.org/2000/01/rdf-schema#label> "Somewhere" .
"""
    rows = decode(parse(text, "turtle"), IRIS)
    assert not rows.actors and not rows.evidence
    assert [row["id"] for row in rows.nodes["Place"]] == ["p1"]
    incomplete = " | ".join(rows.skipped_items["incomplete"])
    assert len(rows.skipped_items["incomplete"]) == 4
    assert "an actor without a class" in incomplete and "a actor" not in incomplete
    assert "without an rdfs:label" in incomplete and "without one of the ten relations" in incomplete
    assert "without its sentence, or pg:start and pg:end" in incomplete
    assert rows.skipped_items["unknown_term"] == ["https://w3id.org/pactgraph/ontology#likes (1 triple)"]
    assert rows.skipped == 5


FOREIGN = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
<https://example.org/people/alice> a foaf:Person ; foaf:name "Alice" ;
    foaf:knows <https://example.org/people/bob> .
<https://example.org/people/bob> a schema:Person ; schema:name "Bob" .
<https://example.org/note> schema:text "untyped" .
"""


def test_a_foreign_file_is_counted_by_kind_not_read_as_nothing():
    rows = decode(parse(FOREIGN, "turtle"), IRIS)
    assert not rows.actors and not rows.nodes and not rows.evidence and not rows.relations
    assert sorted(rows.skipped_items["foreign"]) == ["https://example.org/people/alice",
                                                     "https://example.org/people/bob"]
    assert rows.skipped_items["untyped"] == ["https://example.org/note"]
    # foaf:name, foaf:knows, schema:name, schema:text
    assert len(rows.skipped_items["unknown_predicate"]) == 4


def test_a_statement_names_ends_the_file_does_not_type():
    """The graph may hold them: the rows carry the ids from the IRIs, the write finds the nodes."""
    text = f"""
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
<{BASE}actor/russia> pg:backs <{BASE}actor/syria> .
<{BASE}actor/russia> pg:likes <{BASE}actor/syria> .
<https://example.org/x> pg:backs <{BASE}actor/syria> .
"""
    rows = decode(parse(text, "turtle"), IRIS)
    assert rows.relations[BACKS] == [{"subject_id": "russia", "object_id": "syria",
                                      "pair": "Actor:russia|backs|Actor:syria"}]
    assert rows.skipped_items["unsupported_statement"] == [
        f"https://example.org/x https://w3id.org/pactgraph/ontology#backs {BASE}actor/syria"]
    assert rows.skipped_items["unknown_term"] == ["https://w3id.org/pactgraph/ontology#likes (1 triple)"]


def test_event_roles_are_kept_only_when_their_entity_can_be_in_the_graph():
    """A role at an IRI of ours of the right kind may be in the graph (the write checks); a role at
    anything else, or at the wrong kind of node, is counted, never dropped without a word."""
    text = f"""
@prefix pg: <https://w3id.org/pactgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<{BASE}place/idlib> a pg:Place ; rdfs:label "Idlib" .
<{BASE}event/e1> a pg:Event ; pg:eventType pg:eventAssault ;
    pg:agent <{BASE}actor/russia>, <https://example.org/someone> ;
    pg:target <{BASE}place/idlib> ;
    pg:place <{BASE}place/idlib>, <{BASE}actor/syria> ;
    pg:inDocument <{BASE}document/d1>, <{BASE}actor/syria> .
"""
    rows = decode(parse(text, "turtle"), IRIS)
    assert {role: [(r["event_id"], r["entity_id"]) for r in role_rows]
            for role, role_rows in rows.roles.items()} == {"agent": [("e1", "russia")],
                                                           "place": [("e1", "idlib")]}
    assert [(r["event_id"], r["document_id"]) for r in rows.event_documents] == [("e1", "d1")]
    event = f"{BASE}event/e1"
    assert sorted(rows.skipped_items["unresolved_role"]) == sorted([
        f"{event} https://w3id.org/pactgraph/ontology#agent https://example.org/someone",
        f"{event} https://w3id.org/pactgraph/ontology#target {BASE}place/idlib",
        f"{event} https://w3id.org/pactgraph/ontology#place {BASE}actor/syria",
        f"{event} https://w3id.org/pactgraph/ontology#inDocument {BASE}actor/syria",
    ])
    kinds = {kind for kind, query, _ in plan(rows) if "Event" in query and "MERGE (e)-[:" in query}
    assert kinds == {"roles"}


# --- bounds: what is read is bounded before it is parsed, and parsed only in safe ways ---------


@pytest.mark.parametrize("fmt", ["turtle", "nt", "nquads", "jsonld", "trig"])
def test_a_parse_stops_at_the_first_triple_past_the_bound(fmt):
    dataset = _dataset()
    text = dataset.serialize(format="nquads") if fmt == "nquads" else serialize_dataset(dataset, fmt, IRIS)
    size = len(parse(text, fmt))
    assert size > 10
    with pytest.raises(ImportTooLarge, match="PACTGRAPH_IMPORT_MAX_TRIPLES") as refused:
        parse(text, fmt, max_triples=10)
    assert refused.value.limit == 10 and "split it" in str(refused.value)


def test_a_dense_turtle_file_is_bounded_by_its_triples_not_its_bytes():
    """Forty bytes of Turtle can state many triples: the bound counts what the parse adds."""
    objects = ", ".join(f":o{i}" for i in range(5000))
    text = f"@prefix : <https://example.org/> .\n:s :p {objects} ."
    with pytest.raises(ImportTooLarge, match="more than 1,000 triples"):
        parse(text, "turtle", max_triples=1000)
    assert len(parse(text, "turtle", max_triples=5000)) == 5000


def test_a_text_past_the_byte_bound_is_refused_before_it_is_parsed():
    with pytest.raises(ImportTooLarge, match="more than 1,024 bytes.*PACTGRAPH_IMPORT_MAX_BYTES"):
        parse("not even RDF " * 100, "turtle", max_bytes=1024)


def test_a_file_past_the_byte_bound_is_refused_and_one_within_is_read(tmp_path):
    path = tmp_path / "big.nt"
    path.write_bytes(b"#" * 2048)
    with pytest.raises(ImportTooLarge, match="PACTGRAPH_IMPORT_MAX_BYTES"):
        read_bounded(path, max_bytes=2047)
    assert read_bounded(path, max_bytes=2048) == b"#" * 2048


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_read_only_up_to_the_bound():
    """A device (or a pipe) has no size to check: it is read to one byte past the bound, no more."""
    with pytest.raises(ImportTooLarge):
        read_bounded(Path("/dev/zero"), max_bytes=4096)


@pytest.mark.parametrize("context", [
    '"http://127.0.0.1:9/context.jsonld"',
    '[{"pg": "https://w3id.org/pactgraph/ontology#"}, "file:///etc/hostname"]',
    '{"@import": "http://127.0.0.1:9/context.jsonld"}',
])
def test_a_json_ld_context_to_fetch_is_refused_before_anything_is_fetched(context):
    text = ('{"@context": {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, "@graph": [{"@id": "https://e.org/a",'
            f' "@context": {context}, "rdfs:label": "A"}}]}}')
    with pytest.raises(RdfError, match="not read: the JSON-LD"):
        parse(text, "jsonld")


def test_json_ld_with_its_context_inline_is_read():
    text = ('{"@context": {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"}, '
            '"@id": "https://e.org/a", "rdfs:label": "A", "rdfs:comment": "@context is a word here"}')
    assert len(parse(text, "jsonld")) == 2


def test_json_ld_that_is_not_json_is_an_rdf_error():
    with pytest.raises(RdfError, match="not valid jsonld"):
        parse('{"@id": ', "jsonld")
