"""The walking skeleton end to end, as a user runs it: CLI ingest -> Neo4j -> HTTP -> RDF.

Runs against a real Neo4j (the local one, or NEO4J_URI).
"""

from __future__ import annotations

import shutil

import pytest
import rdflib
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from pactgraph.api.app import create_app
from pactgraph.cli import app as cli_app
from pactgraph.graph.schema import counts

from .. import conftest

pytestmark = pytest.mark.neo4j

SEED = conftest.EXAMPLES / "00_idlib_2019.txt"


@pytest.fixture()
def seeded(empty_graph, settings, tmp_path):
    """The seed article ingested through the CLI, as a user would."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    result = CliRunner().invoke(cli_app, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    return empty_graph


@pytest.fixture()
def client(seeded, settings):
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _names(end: dict) -> set[str]:
    return {end["name"], *end.get("aliases", [])}


def test_turkey_backs_the_national_liberation_front(client):
    response = client.get("/backing", params={"backer": "Turkey"})
    assert response.status_code == 200
    body = response.json()
    rows = [row for row in body["data"] if "National Liberation Front" in _names(row["backed"])]
    assert rows, body
    evidence = rows[0]["evidence"]
    assert any("Turkey-backed National Liberation Front" in e["sentence"] for e in evidence)
    assert all(e["document"] == "00_idlib_2019.txt" and e["date"] == "2019-05-06" for e in evidence)


@pytest.mark.parametrize("name", ["Syrian government", "Assad regime", "Damascus", "the regime"])
def test_russia_and_iran_back_the_syrian_government_by_any_alias(client, name):
    response = client.get("/backing", params={"backed": name})
    assert response.status_code == 200, response.text
    backers = {row["backer"]["name"] for row in response.json()["data"]}
    assert {"Russia", "Iran"} <= backers
    sentences = [e["sentence"] for row in response.json()["data"] for e in row["evidence"]]
    assert any("Moscow and Tehran back the regime" in s for s in sentences)


def test_the_sochi_agreement_governs_idlib(client):
    response = client.get("/agreements", params={"zone": "Idlib"})
    assert response.status_code == 200
    rows = response.json()["data"]
    sochi = [row for row in rows if "Sochi" in row["name"]]
    assert sochi, rows
    agreement = sochi[0]
    assert agreement["date"].startswith("2018-09")
    assert {"Russia", "Turkey"} <= {broker["name"] for broker in agreement["brokers"]}
    assert any("truce brokered by Russia and Turkey" in e["sentence"] for e in agreement["evidence"])


def test_ingesting_twice_changes_nothing(seeded, settings, tmp_path):
    before = counts(seeded, database=settings.neo4j_database)
    result = CliRunner().invoke(cli_app, ["ingest", str(SEED)])
    assert result.exit_code == 0, result.output
    assert counts(seeded, database=settings.neo4j_database) == before
    assert before[0] > 0 and before[1] > 0


def test_turtle_export_holds_the_backing_facts(seeded):
    result = CliRunner().invoke(cli_app, ["export", "--format", "turtle"])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph().parse(data=result.stdout, format="turtle")

    def names(node) -> set[str]:
        return {str(label) for prop in (rdflib.RDFS.label, rdflib.SKOS.altLabel)
                for label in graph.objects(node, prop)}

    backs = [(names(s), names(o)) for s, p, o in graph if str(p).endswith("#backs")]
    assert any("Turkey" in s and "National Liberation Front" in o for s, o in backs), backs
    for backer in ("Russia", "Iran"):
        assert any(backer in s and "Assad regime" in o for s, o in backs), backs


def test_bad_files_are_named_and_the_good_ones_stored(empty_graph, settings, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "latin1.txt").write_bytes("date 2020-01-01\n\nLa trêve signée à Genève.".encode("latin-1"))
    result = CliRunner().invoke(cli_app, ["ingest", str(folder)])
    assert result.exit_code != 0
    problems = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(problems) == 3, result.stderr
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert sum(name in line for line in problems) == 1, problems
    stored = empty_graph.execute_query(
        "MATCH (d:Document) RETURN d.name AS name", database_=settings.neo4j_database
    ).records
    assert [record["name"] for record in stored] == ["good.txt"]
