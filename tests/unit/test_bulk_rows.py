"""The bulk load's rows and CSV files (graph/bulk.py), and what `ingest --bulk` refuses: no Neo4j."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

import pactgraph.cli.commands
import pactgraph.cli.ingest
from pactgraph.graph.bulk import ARRAY_DELIMITER, BulkDataError, BulkGraph, _field
from pactgraph.ontology.statements import Document, Entity, Event, Evidence, Extraction, Relation
from pactgraph.settings import Settings


def _document(body: str, name: str, date: str | None) -> Document:
    return Document(Document.make_id(body), name, body, date=date, source=name)


def _relation(doc: Document, subject: Entity, predicate: str, obj: Entity, sentence: str,
              status: str = "asserted", confidence: float = 0.8) -> Relation:
    start = doc.body.index(sentence)
    return Relation(subject, predicate, obj, Evidence(doc.id, sentence, start, start + len(sentence), "r"),
                    status=status, confidence=confidence)


RUSSIA = Entity("russia", "Russia", "State", ("Moscow",))
RUSSIA_AS_GROUP = Entity("russia", "Russian Federation", "ArmedGroup", ("Moscow", "Kremlin"), wikidata="Q159")
TURKEY = Entity("turkey", "Turkey", "State")
IDLIB = Entity("idlib", "Idlib", "Place")
TRUCE = Entity("sochi", "Sochi deal", "Agreement", kind="truce")
TRUCE_LATER = Entity("sochi", "Sochi truce", "Agreement", kind="ceasefire", date="2018-09", status="violated")

FIRST = _document("Turkey and Russia clashed. Russia backs Turkey.", "b.txt", "2019-05-06")
SECOND = _document("Russia and Turkey fought. Turkey denied backing Russia.", "a.txt", "2018-01-02")
THIRD = _document("Russia and Turkey clashed again.", "c.txt", None)


def _extractions() -> list[Extraction]:
    one = Extraction(FIRST, entities=(TRUCE,), relations=(
        _relation(FIRST, TURKEY, "opposes", RUSSIA, "Turkey and Russia clashed.", confidence=0.7),
        _relation(FIRST, RUSSIA, "backs", TURKEY, "Russia backs Turkey."),
    ))
    two = Extraction(SECOND, entities=(TRUCE_LATER,), relations=(
        # The other direction of a symmetric relation counts towards the same relationship.
        _relation(SECOND, RUSSIA_AS_GROUP, "opposes", TURKEY, "Russia and Turkey fought.", confidence=0.9),
        _relation(SECOND, TURKEY, "backs", RUSSIA_AS_GROUP, "Turkey denied backing Russia.", status="denied"),
    ), events=(Event("fight", "fought", SECOND.body.index("fought"),
                     Evidence(SECOND.id, "Russia and Turkey fought.", 0, 25, "e"),
                     agents=(RUSSIA_AS_GROUP, TURKEY), place=IDLIB),))
    three = Extraction(THIRD, relations=(
        _relation(THIRD, RUSSIA, "opposes", TURKEY, "Russia and Turkey clashed again."),))
    return [one, two, three]


@pytest.fixture()
def graph() -> BulkGraph:
    graph = BulkGraph()
    for extraction in _extractions():
        graph.add(extraction)
    return graph


def test_the_first_document_names_and_types_an_entity_and_the_rest_are_kept_beside(graph):
    russia = graph.entities[("Actor", "russia")]
    assert (russia["name"], russia["type"]) == ("Russia", "State")
    assert russia["types_seen"] == ["State", "ArmedGroup"]
    assert russia["aliases"] == ["Moscow", "Kremlin", "Russian Federation"]
    assert russia["wikidata"] == "Q159"
    assert graph.entities[("Actor", "turkey")]["aliases"] == []
    truce = graph.entities[("Agreement", "sochi")]
    # kind and date keep the first value given, status the last.
    assert (truce["name"], truce["kind"], truce["date"], truce["status"]) == (
        "Sochi deal", "truce", "2018-09", "violated")
    assert truce["aliases"] == ["Sochi truce"]


def test_a_relationship_summary_counts_the_asserted_evidence_of_its_pair_in_both_directions(graph):
    assert set(graph.relations) == {("OPPOSES", "Actor", "russia", "Actor", "turkey"),
                                    ("BACKS", "Actor", "russia", "Actor", "turkey")}
    summaries = graph.summaries()
    opposes = summaries[graph.relations[("OPPOSES", "Actor", "russia", "Actor", "turkey")]]
    assert opposes == {"evidence_count": 3, "sources": ["a.txt", "b.txt", "c.txt"],
                       "first_seen": "2018-01-02", "last_seen": "2019-05-06", "confidence": 0.9}
    backs = summaries[graph.relations[("BACKS", "Actor", "russia", "Actor", "turkey")]]
    # The denial (turkey backs russia) is evidence only: no relationship, and not counted here.
    assert backs["evidence_count"] == 1
    assert len(graph.evidence) == 5
    assert sum(1 for row in graph.evidence.values() if row["status"] == "denied") == 1


def test_events_link_their_roles_and_document(graph):
    (event_id,) = graph.events
    assert {(rel, label, end) for e, rel, label, end in graph.event_links if e == event_id} == {
        ("AGENT", "Actor", "russia"), ("AGENT", "Actor", "turkey"), ("PLACE", "Place", "idlib"),
        ("IN_DOCUMENT", "Document", SECOND.id)}


def test_the_csv_files_hold_every_node_and_relationship_with_typed_headers(graph, tmp_path):
    files = graph.write_csv(tmp_path)
    rows = 0
    headers = {}
    for path in sorted(tmp_path.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            table = list(csv.reader(f))
        headers[path.stem.split("-", 1)[1]] = table[0]
        rows += len(table) - 1
    assert rows == files.rows == graph.node_count + graph.relationship_count
    # Nodes are numbered across the files (the importer's own ids); each keeps its id property.
    assert headers["actor"][:3] == [":ID", ":LABEL", "id"]
    assert "confidence:double" in headers["evidence"] and "start:long" in headers["evidence"]
    assert headers["opposes"] == [":START_ID", ":END_ID", "evidence_count:long",
                                  "sources:string[]", "first_seen", "last_seen", "confidence:double"]
    arguments = files.arguments()
    assert any(a.startswith("--nodes=Evidence=") for a in arguments)
    assert any(a.startswith("--relationships=OPPOSES=") for a in arguments)
    assert "--multiline-fields=false" in arguments
    assert "--id-type=actual" in arguments
    numbers = []
    for argument in files.node_args:
        with open(argument.rpartition("=")[2], encoding="utf-8", newline="") as f:
            numbers += [int(row[0]) for row in list(csv.reader(f))[1:]]
    assert numbers == list(range(graph.node_count))


def test_a_value_across_lines_turns_on_multiline_fields(tmp_path):
    body = "Russia backs\nTurkey."
    doc = _document(body, "n.txt", None)
    graph = BulkGraph()
    graph.add(Extraction(doc, relations=(_relation(doc, RUSSIA, "backs", TURKEY, body),)))
    assert "--multiline-fields=true" in graph.write_csv(tmp_path).arguments()


@pytest.mark.parametrize(("value", "written"), [
    (None, ""),                      # no property
    ("", '""'),                      # an empty string, kept
    ('say "no"', '"say ""no"""'),
    ("a,b", '"a,b"'),
    (3, "3"),
    (0.85, "0.85"),
    (["x", "y"], f'"x{ARRAY_DELIMITER}y"'),
])
def test_fields(value, written):
    assert _field(value) == written


@pytest.mark.parametrize("value", [[f"a{ARRAY_DELIMITER}b"], float("nan")])
def test_values_the_files_cannot_carry_are_refused(value):
    with pytest.raises(BulkDataError):
        _field(value)


def test_bulk_refuses_a_server_of_ones_own(monkeypatch, tmp_path):
    settings = Settings(neo4j_uri="bolt://127.0.0.1:1", _env_file=None)
    monkeypatch.setattr(pactgraph.cli.ingest, "get_settings", lambda: settings)
    (tmp_path / "a.txt").write_text("Russia backs Turkey.", encoding="utf-8")
    result = CliRunner().invoke(pactgraph.cli.app, ["ingest", "--bulk", str(tmp_path)])
    assert result.exit_code == 2
    assert "--bulk loads the project's local Neo4j" in result.stderr
    assert "NEO4J_URI is set" in result.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "2", "--scheduler", "local:2"], "--workers and --scheduler"),
    (["--shared-fs"], "--shared-fs goes with --scheduler"),
])
def test_options_that_do_not_go_together(tmp_path, args, message):
    result = CliRunner().invoke(pactgraph.cli.app, ["ingest", *args, str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.stderr
