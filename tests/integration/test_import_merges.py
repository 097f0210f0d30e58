"""An import only adds what it can prove, and says what it left out; the next export still
satisfies the SHACL shapes (hand-written, partial and foreign files included)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pactgraph.cli import app as cli_app
from pactgraph.graph.rdf.export import serialize
from pactgraph.graph.rdf.filters import export_filter
from pactgraph.graph.rdf.importer import import_rdf
from pactgraph.graph.schema import counts

from ..rdf_helpers import parse_union, validate
from .test_rdf_roundtrip import _state

pytestmark = pytest.mark.neo4j

PG = "https://w3id.org/pactgraph/ontology#"
PREFIXES = f"""@prefix pg: <{PG}> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


@pytest.fixture()
def graph(dev_graph, settings):
    """The dev corpus, as ingest stores it (re-ingested when an earlier test changed it)."""
    return dev_graph


def _export(driver, settings, **filters) -> str:
    found = export_filter(driver, database=settings.neo4j_database, **filters) if filters else None
    return serialize(driver, database=settings.neo4j_database, fmt="turtle",
                     base_iri=settings.pactgraph_base_iri, filters=found)


def _import(driver, settings, text: str):
    return import_rdf(driver, text, fmt="turtle", database=settings.neo4j_database,
                      base_iri=settings.pactgraph_base_iri)


def _conforms(driver, settings) -> None:
    conforms, report = validate(parse_union(_export(driver, settings), "turtle"))
    assert conforms, report[:3000]


def test_export_then_import_into_the_same_graph_changes_nothing(graph, settings):
    database = settings.neo4j_database
    before = (counts(graph, database=database), _state(graph, database))
    summary = _import(graph, settings, _export(graph, settings))
    assert summary.skipped == 0, summary.skipped_items
    assert (counts(graph, database=database), _state(graph, database)) == before


def test_a_filtered_export_imported_back_changes_nothing(graph, settings):
    """Issue 14: export --actor Russia --until 2019-12 then import rewrote Russia->Syria BACKS."""
    database = settings.neo4j_database
    before = (counts(graph, database=database), _state(graph, database))
    part = _export(graph, settings, actor="Russia", until="2019-12")
    summary = _import(graph, settings, part)
    assert summary.skipped == 0, summary.skipped_items
    assert (counts(graph, database=database), _state(graph, database)) == before


def _actor(driver, settings, actor_id: str) -> dict:
    return driver.execute_query("MATCH (a:Actor {id: $id}) RETURN properties(a) AS p", id=actor_id,
                                database_=settings.neo4j_database).records[0]["p"]


def test_a_file_restating_an_actor_with_less_takes_nothing_from_it(graph, settings):
    before = _actor(graph, settings, "russia")
    assert before["aliases"] and before.get("wikidata")
    text = PREFIXES + (f'<{settings.pactgraph_base_iri}actor/russia> a pg:Actor, pg:State ; '
                       'rdfs:label "Russia" .\n')
    summary = _import(graph, settings, text)
    assert summary.skipped == 0
    assert _actor(graph, settings, "russia") == before
    _conforms(graph, settings)


def test_a_file_adding_an_alias_adds_it(graph, settings):
    before = _actor(graph, settings, "russia")
    text = (PREFIXES + "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
            f'<{settings.pactgraph_base_iri}actor/russia> a pg:Actor, pg:State ; rdfs:label "Russland" ; '
            'skos:altLabel "Rossiya" .\n')
    _import(graph, settings, text)
    after = _actor(graph, settings, "russia")
    assert after["name"] == before["name"] and after["wikidata"] == before["wikidata"]
    assert set(after["aliases"]) == set(before["aliases"]) | {"Russland", "Rossiya"}
    _conforms(graph, settings)


def test_evidence_about_actors_the_file_does_not_type_is_linked_and_counted(graph, settings):
    base, database = settings.pactgraph_base_iri, settings.neo4j_database
    document = graph.execute_query("MATCH (d:Document) RETURN d.id AS id ORDER BY id LIMIT 1",
                                   database_=database).records[0]["id"]
    text = PREFIXES + f"""
<{base}evidence/hand-1> a pg:Evidence ; rdf:subject <{base}actor/iran> ; rdf:predicate pg:backs ;
    rdf:object <{base}actor/hezbollah> ; pg:status pg:statusAsserted ;
    pg:sentence "Iran backs Hezbollah." ; pg:start 0 ; pg:end 21 ; pg:inDocument <{base}document/{document}> .
"""
    backs_query = ("MATCH (:Actor {id: 'iran'})-[r:BACKS]->(:Actor {id: 'hezbollah'}) "
                   "RETURN r.evidence_count AS n")
    before = [r["n"] for r in graph.execute_query(backs_query, database_=database).records]
    summary = _import(graph, settings, text)
    assert summary.skipped == 0, summary.skipped_items
    links = graph.execute_query(
        "MATCH (e:Evidence {id: 'hand-1'}) RETURN COUNT { (e)-[:SUBJECT]->(:Actor {id: 'iran'}) } AS s, "
        "COUNT { (e)-[:OBJECT]->(:Actor {id: 'hezbollah'}) } AS o, COUNT { (e)-[:IN_DOCUMENT]->() } AS d",
        database_=database).records[0]
    assert (links["s"], links["o"], links["d"]) == (1, 1, 1)
    after = [r["n"] for r in graph.execute_query(backs_query, database_=database).records]
    assert after == [(before[0] if before else 0) + 1]
    _conforms(graph, settings)


def test_a_bare_statement_without_evidence_is_not_made_and_exits_1(graph, settings, tmp_path):
    base, database = settings.pactgraph_base_iri, settings.neo4j_database
    before = counts(graph, database=database)
    path = tmp_path / "bare.ttl"
    path.write_text(PREFIXES + f"<{base}actor/iceland> a pg:Actor, pg:State ; rdfs:label \"Iceland\" .\n"
                    f"<{base}actor/iceland> pg:backs <{base}actor/syria> .\n"
                    f"<{base}actor/atlantis> pg:backs <{base}actor/syria> .\n"
                    f"<{base}evidence/orphan> a pg:Evidence ; rdf:subject <{base}actor/atlantis> ; "
                    f"rdf:predicate pg:backs ; rdf:object <{base}actor/syria> ; "
                    f"pg:status pg:statusAsserted ; pg:sentence \"x y\" ; pg:start 0 ; pg:end 3 ; "
                    f"pg:inDocument <{base}document/nowhere> .\n")
    result = CliRunner().invoke(cli_app, ["import", str(path), "--verbose"])
    assert result.exit_code == 1, result.stderr
    assert "statements without asserted evidence" in result.stderr
    assert "evidence whose subject, object or document is in neither" in result.stderr
    assert f"skipped (evidence whose subject, object or document is in neither the file nor the graph): " \
           f"{base}evidence/orphan" in result.stderr
    none = graph.execute_query("MATCH (:Actor {id: 'iceland'})-[r:BACKS]->() RETURN count(r) AS n",
                               database_=database).records[0]["n"]
    assert none == 0
    assert graph.execute_query("MATCH (e:Evidence {id: 'orphan'}) RETURN count(e) AS n",
                               database_=database).records[0]["n"] == 0
    assert counts(graph, database=database)[0] == before[0] + 1  # Iceland itself
    _conforms(graph, settings)


FOREIGN = """@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
<https://example.org/people/alice> a foaf:Person ; foaf:name "Alice" ;
    foaf:knows <https://example.org/people/bob> .
<https://example.org/people/bob> a schema:Person ; schema:name "Bob" .
"""


@pytest.mark.parametrize(("text", "words"), [
    (FOREIGN, ["2 resources of another vocabulary", "3 predicates the import does not read"]),
    (PREFIXES + "<https://w3id.org/pactgraph/id/actor/syria> pg:favours "
                "<https://w3id.org/pactgraph/id/actor/iran> .\n",
     ["1 pg: terms the ontology does not define"]),
])
def test_foreign_and_unknown_terms_give_exit_1_with_counts(graph, settings, tmp_path, text, words):
    database = settings.neo4j_database
    before = (counts(graph, database=database), _state(graph, database))
    path = tmp_path / "other.ttl"
    path.write_text(text)
    result = CliRunner().invoke(cli_app, ["import", str(path)])
    assert result.exit_code == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert (counts(graph, database=database), _state(graph, database)) == before
    _conforms(graph, settings)


def test_event_roles_at_entities_in_neither_the_file_nor_the_graph_are_counted_and_exit_1(
        graph, settings, tmp_path):
    base, database = settings.pactgraph_base_iri, settings.neo4j_database
    document = graph.execute_query("MATCH (d:Document) RETURN d.id AS id ORDER BY id LIMIT 1",
                                   database_=database).records[0]["id"]
    path = tmp_path / "event.ttl"
    path.write_text(PREFIXES + f"""
<{base}event/hand-made> a pg:Event ; pg:eventType pg:eventAssault ; pg:status pg:statusAsserted ;
    pg:trigger "struck" ; pg:sentence "Atlantis struck Iran." ; pg:start 0 ; pg:end 21 ;
    pg:agent <{base}actor/atlantis> ; pg:target <{base}actor/iran> ;
    pg:place <{base}place/nowhere-land> ;
    pg:inDocument <{base}document/{document}>, <{base}document/no-such-document> .
""")
    result = CliRunner().invoke(cli_app, ["import", str(path), "--verbose"])
    assert result.exit_code == 1, result.stderr
    assert "3 event roles and documents that point at what is in neither the file nor the graph" \
        in result.stderr, result.stderr
    for gone in (f"{PG}agent {base}actor/atlantis", f"{PG}place {base}place/nowhere-land",
                 f"{PG}inDocument {base}document/no-such-document"):
        assert f"{base}event/hand-made {gone}" in result.stderr, result.stderr
    links = graph.execute_query(
        "MATCH (e:Event {id: 'hand-made'})-[r]->(x) RETURN type(r) AS rel, x.id AS id ORDER BY rel",
        database_=database).records
    assert [(r["rel"], r["id"]) for r in links] == [("IN_DOCUMENT", document), ("TARGET", "iran")]
    assert graph.execute_query("MATCH (x) WHERE x.id IN ['atlantis', 'nowhere-land', 'no-such-document'] "
                               "RETURN count(x) AS n", database_=database).records[0]["n"] == 0
    _conforms(graph, settings)


@pytest.mark.parametrize(("bound", "value", "words"), [
    ("pactgraph_import_max_bytes", 1024, "PACTGRAPH_IMPORT_MAX_BYTES"),
    ("pactgraph_import_max_triples", 50, "PACTGRAPH_IMPORT_MAX_TRIPLES"),
])
def test_a_file_past_the_import_bounds_is_refused_naming_the_bound_and_nothing_is_written(
        graph, settings, tmp_path, monkeypatch, bound, value, words):
    database = settings.neo4j_database
    before = (counts(graph, database=database), _state(graph, database))
    path = tmp_path / "graph.ttl"
    # The graph's own export (which changes nothing) and one new actor (which would be added).
    path.write_text(_export(graph, settings) + PREFIXES + f"<{settings.pactgraph_base_iri}actor/iceland> "
                    'a pg:Actor, pg:State ; rdfs:label "Iceland" .\n', encoding="utf-8")
    monkeypatch.setattr(settings, bound, value)
    result = CliRunner().invoke(cli_app, ["import", str(path)])
    assert result.exit_code == 1, result.stderr
    assert "graph.ttl" in result.stderr and words in result.stderr, result.stderr
    assert (counts(graph, database=database), _state(graph, database)) == before
