"""Export -> wipe -> import -> export gives the same graph, for every format, on the dev corpus."""

from __future__ import annotations

import pytest
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from pactgraph.cli import app as cli_app
from pactgraph.graph.rdf.importer import import_rdf
from pactgraph.graph.schema import counts, ensure_schema, wipe

from ..rdf_helpers import ALL_FORMATS, QUAD_FORMATS, export_text, parse_dataset, parse_union

pytestmark = pytest.mark.neo4j

BASE = "https://example.org/pg/"
#: Properties held as lists whose order RDF does not keep (a set of labels, of names).
_UNORDERED = ("aliases", "keys", "types_seen")


def _state(driver, database: str) -> tuple[list, list]:
    """Every node and relationship with its properties, keyed by stable ids (list order of names ignored)."""
    def props(value: dict) -> dict:
        return {k: sorted(v) if k in _UNORDERED else v for k, v in value.items()}

    nodes = driver.execute_query("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props",
                                 database_=database).records
    rels = driver.execute_query("MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, "
                                "properties(r) AS props", database_=database).records
    return (sorted((r["id"], sorted(r["labels"]), sorted(props(r["props"]).items())) for r in nodes),
            sorted((r["a"], r["type"], r["b"], sorted(props(r["props"]).items())) for r in rels))


@pytest.fixture(scope="module")
def original(dev_corpus_graph, settings):
    database = settings.neo4j_database
    exports = {fmt: export_text(dev_corpus_graph, database=database, fmt=fmt, base_iri=BASE)
               for fmt in ALL_FORMATS}
    return exports, counts(dev_corpus_graph, database=database), _state(dev_corpus_graph, database)


def _reimport(driver, database: str, text: str, fmt: str) -> None:
    wipe(driver, database=database)
    ensure_schema(driver, database=database)
    import_rdf(driver, text, fmt=fmt, database=database, base_iri=BASE)


def _same(before: str, after: str, fmt: str) -> bool:
    if fmt not in QUAD_FORMATS:
        return isomorphic(parse_union(before, fmt), parse_union(after, fmt))
    a, b = parse_dataset(before, fmt), parse_dataset(after, fmt)
    names = {g.identifier for g in a.graphs()}
    return names == {g.identifier for g in b.graphs()} and all(
        isomorphic(a.graph(name), b.graph(name)) for name in names)


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_export_wipe_import_export_is_isomorphic_with_equal_counts(original, dev_corpus_graph, settings, fmt):
    exports, original_counts, _ = original
    database = settings.neo4j_database
    _reimport(dev_corpus_graph, database, exports[fmt], fmt)
    assert counts(dev_corpus_graph, database=database) == original_counts
    again = export_text(dev_corpus_graph, database=database, fmt=fmt, base_iri=BASE)
    assert _same(exports[fmt], again, fmt)


def test_an_import_restores_every_property_of_every_node_and_relationship(original, dev_corpus_graph,
                                                                         settings):
    exports, _, state = original
    database = settings.neo4j_database
    _reimport(dev_corpus_graph, database, exports["turtle"], "turtle")
    assert _state(dev_corpus_graph, database) == state


def test_importing_twice_changes_nothing(original, dev_corpus_graph, settings):
    exports, original_counts, state = original
    database = settings.neo4j_database
    _reimport(dev_corpus_graph, database, exports["nt"], "nt")
    import_rdf(dev_corpus_graph, exports["nt"], fmt="nt", database=database, base_iri=BASE)
    assert counts(dev_corpus_graph, database=database) == original_counts
    assert _state(dev_corpus_graph, database) == state


def test_pactgraph_import_reads_a_file_by_its_extension(original, dev_corpus_graph, settings, tmp_path,
                                                        monkeypatch):
    exports, original_counts, _ = original
    database = settings.neo4j_database
    wipe(dev_corpus_graph, database=database)
    path = tmp_path / "graph.trig"
    path.write_text(exports["trig"], encoding="utf-8")
    monkeypatch.setattr(settings, "pactgraph_base_iri", BASE)
    result = CliRunner().invoke(cli_app, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "0 resources skipped" in result.output
    assert counts(dev_corpus_graph, database=database) == original_counts


def test_pactgraph_import_names_a_file_it_cannot_read(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix pg: <x> . this is not turtle", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["import", str(bad)])
    assert result.exit_code == 1
    assert "broken.ttl" in result.output and "not valid turtle" in result.output
    unknown = tmp_path / "graph.xml"
    unknown.write_text("<rdf/>", encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["import", str(unknown)])
    assert result.exit_code == 1 and "--format" in result.output
