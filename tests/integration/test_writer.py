"""The writer against a real Neo4j: idempotent, evidence reachable, denials kept apart."""

from __future__ import annotations

import pytest

from pactgraph.graph.schema import counts
from pactgraph.graph.writer import write_extraction
from pactgraph.ontology.statements import Document, Entity, Evidence, Extraction, Relation

pytestmark = pytest.mark.neo4j

TURKEY = Entity("turkey", "Turkey", "State", ("Ankara", "Turkish"), wikidata="Q43")
NLF = Entity("national-liberation-front", "National Liberation Front", "ArmedGroup", ("NLF",))
RUSSIA = Entity("russia", "Russia", "State", ("Moscow",), wikidata="Q159")
IRAN = Entity("iran", "Iran", "State", ("Tehran",))
SYRIA = Entity("syrian-government", "Syrian government", "State", ("Assad regime", "Damascus", "the regime"))
SOCHI = Entity("sochi-agreement", "Sochi agreement", "Agreement", ("Sochi deal",), kind="truce",
               date="2018-09-17", status="in force")
IDLIB = Entity("idlib", "Idlib", "Place", ("Idlib province",))
HODEIDAH = Entity("hodeidah-agreement", "Hodeidah agreement", "Agreement", kind="ceasefire",
                  date="2018-12-13")
HODEIDAH_CITY = Entity("hodeidah", "Hodeidah", "Place")
UN = Entity("united-nations", "United Nations", "Organization", ("UN",))

IDLIB_BODY = (
    "Syria's worst violence is undermining a fragile truce brokered by Russia and Turkey. "
    "A senior commander in the Turkey-backed National Liberation Front spoke. "
    "Moscow and Tehran back the regime of President Bashar al-Assad. "
    "The Sochi deal covers Idlib. "
    "Russia and Turkey are on opposing sides."
)
LATER_BODY = (
    "Iran denied that it backs the National Liberation Front. "
    "Russia backs the Assad regime, officials said. "
    "Türkiye, a NATO member, again stood against Moscow."
)
YEMEN_BODY = "The Hodeidah agreement, brokered by the United Nations, governs Hodeidah."


def _relation(doc: Document, subject: Entity, predicate: str, obj: Entity, sentence: str,
              status: str = "asserted", confidence: float = 0.9) -> Relation:
    start = doc.body.index(sentence)
    evidence = Evidence(doc.name, sentence, start, start + len(sentence), f"test:{predicate}")
    return Relation(subject, predicate, obj, evidence, status=status, confidence=confidence, date=doc.date)


def _sentence(body: str, fragment: str) -> str:
    for sentence in body.split(". "):
        if fragment in sentence:
            return sentence
    raise AssertionError(fragment)


def sample_extractions() -> list[Extraction]:
    """Three small documents: backing, a truce over Idlib, a denial, a second source."""
    idlib = Document(Document.make_id(IDLIB_BODY), "00_idlib_2019.txt", IDLIB_BODY, date="2019-05-06",
                     title="Idlib truce frays")
    s = lambda fragment: _sentence(IDLIB_BODY, fragment)  # noqa: E731
    first = Extraction(idlib, entities=(TURKEY, NLF, RUSSIA, IRAN, SYRIA, SOCHI, IDLIB), relations=(
        _relation(idlib, TURKEY, "backs", NLF, s("Turkey-backed")),
        _relation(idlib, RUSSIA, "backs", SYRIA, s("Moscow and Tehran")),
        _relation(idlib, IRAN, "backs", SYRIA, s("Moscow and Tehran"), confidence=0.8),
        _relation(idlib, RUSSIA, "brokered", SOCHI, s("truce brokered by")),
        _relation(idlib, TURKEY, "brokered", SOCHI, s("truce brokered by")),
        _relation(idlib, SOCHI, "governs", IDLIB, s("Sochi deal covers")),
        # symmetric, written larger id first: stored once, russia -> turkey
        _relation(idlib, TURKEY, "opposes", RUSSIA, s("opposing sides")),
    ))
    later = Document(Document.make_id(LATER_BODY), "01_later_2019.txt", LATER_BODY, date="2019-06-01")
    t = lambda fragment: _sentence(LATER_BODY, fragment)  # noqa: E731
    # Another document calls Turkey an organisation and uses another name: still one node.
    turkey_again = Entity("turkey", "Türkiye", "Organization", ("Turkey",))
    second = Extraction(later, relations=(
        _relation(later, IRAN, "backs", NLF, t("Iran denied"), status="denied"),
        _relation(later, RUSSIA, "backs", SYRIA, t("Russia backs"), confidence=0.95),
        _relation(later, RUSSIA, "opposes", turkey_again, t("stood against")),
    ))
    yemen = Document(Document.make_id(YEMEN_BODY), "02_yemen.txt", YEMEN_BODY, date="2019-01-10")
    third = Extraction(yemen, relations=(
        _relation(yemen, UN, "brokered", HODEIDAH, YEMEN_BODY),
        _relation(yemen, HODEIDAH, "governs", HODEIDAH_CITY, YEMEN_BODY),
    ))
    return [first, second, third]


def write_all(driver, database: str) -> list:
    return [write_extraction(driver, extraction, database=database) for extraction in sample_extractions()]


def _snapshot(driver, database: str) -> tuple[list, list]:
    nodes = driver.execute_query(
        "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id", database_=database
    ).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props "
        "ORDER BY a, t, b", database_=database,
    ).records
    return [(sorted(r["labels"]), r["props"]) for r in nodes], [r.data() for r in rels]


def test_writing_twice_changes_no_counts_and_no_properties(empty_graph, settings):
    db = settings.neo4j_database
    first = write_all(empty_graph, db)
    assert sum(s.nodes_created for s in first) > 0
    assert sum(s.relationships_created for s in first) > 0
    before, snapshot = counts(empty_graph, database=db), _snapshot(empty_graph, db)
    again = write_all(empty_graph, db)
    assert [(s.nodes_created, s.relationships_created, s.labels_added) for s in again] == [(0, 0, 0)] * 3
    assert counts(empty_graph, database=db) == before
    assert _snapshot(empty_graph, db) == snapshot


def test_evidence_is_reachable_from_the_relation(empty_graph, settings):
    db = settings.neo4j_database
    write_all(empty_graph, db)
    records = empty_graph.execute_query(
        """
        MATCH (s:Actor)-[r:BACKS]->(o:Actor {id: 'syrian-government'})
        MATCH (e:Evidence {predicate: 'backs', status: 'asserted'})-[:SUBJECT]->(s),
              (e)-[:OBJECT]->(o), (e)-[:IN_DOCUMENT]->(d:Document)
        RETURN s.id AS backer, r AS r, d.name AS doc, d.date AS date, e.sentence AS sentence
        ORDER BY backer, date
        """, database_=db,
    ).records
    russia = [r for r in records if r["backer"] == "russia"]
    assert [r["doc"] for r in russia] == ["00_idlib_2019.txt", "01_later_2019.txt"]
    rel = russia[0]["r"]
    assert rel["evidence_count"] == 2
    assert rel["sources"] == ["00_idlib_2019.txt", "01_later_2019.txt"]
    assert (rel["first_seen"], rel["last_seen"]) == ("2019-05-06", "2019-06-01")
    assert rel["confidence"] == pytest.approx(0.95)
    assert any("Moscow and Tehran back the regime" in r["sentence"] for r in records)


def test_denied_statements_are_evidence_only(empty_graph, settings):
    db = settings.neo4j_database
    write_all(empty_graph, db)
    typed = empty_graph.execute_query(
        "MATCH (:Actor {id: 'iran'})-[r:BACKS]->(:Actor {id: 'national-liberation-front'}) "
        "RETURN count(r) AS n",
        database_=db,
    ).records[0]["n"]
    assert typed == 0
    denied = empty_graph.execute_query(
        "MATCH (e:Evidence {status: 'denied'})-[:SUBJECT]->(:Actor {id: 'iran'}) RETURN e.sentence AS s",
        database_=db,
    ).records
    assert [r["s"] for r in denied] == ["Iran denied that it backs the National Liberation Front"]


def test_symmetric_relations_are_stored_once_from_the_smaller_id(empty_graph, settings):
    db = settings.neo4j_database
    write_all(empty_graph, db)
    records = empty_graph.execute_query(
        "MATCH (a)-[r:OPPOSES]->(b) RETURN a.id AS a, b.id AS b, r.evidence_count AS n", database_=db
    ).records
    assert [(r["a"], r["b"], r["n"]) for r in records] == [("russia", "turkey", 2)]


def test_one_actor_node_whatever_type_or_name_later_documents_give(empty_graph, settings):
    db = settings.neo4j_database
    write_all(empty_graph, db)
    records = empty_graph.execute_query(
        "MATCH (n:Actor {id: 'turkey'}) RETURN labels(n) AS labels, properties(n) AS p", database_=db
    ).records
    assert len(records) == 1
    labels, props = sorted(records[0]["labels"]), records[0]["p"]
    assert labels == ["Actor", "State"]
    assert props["type"] == "State" and props["types_seen"] == ["State", "Organization"]
    assert props["name"] == "Turkey"
    assert props["aliases"] == ["Ankara", "Turkish", "Türkiye"]
    assert "turkiye" in props["keys"] and props["wikidata"] == "Q43"


def test_entities_documents_and_agreement_properties(empty_graph, settings):
    db = settings.neo4j_database
    write_all(empty_graph, db)
    doc = empty_graph.execute_query(
        "MATCH (d:Document {name: '00_idlib_2019.txt'}) RETURN properties(d) AS p", database_=db
    ).records[0]["p"]
    assert doc["date"] == "2019-05-06" and doc["title"] == "Idlib truce frays" and len(doc["id"]) == 24
    sochi = empty_graph.execute_query(
        "MATCH (a:Agreement {id: 'sochi-agreement'})-[:GOVERNS]->(p:Place) RETURN a AS a, p.name AS zone",
        database_=db,
    ).records[0]
    assert sochi["zone"] == "Idlib"
    agreement = sochi["a"]
    assert (agreement["kind"], agreement["date"], agreement["status"]) == ("truce", "2018-09-17", "in force")


def test_every_evidence_carries_the_pair_key_of_its_typed_relationship(empty_graph, settings):
    db = settings.neo4j_database
    write_all(empty_graph, db)
    records = empty_graph.execute_query(
        "MATCH (s)<-[:SUBJECT]-(e:Evidence)-[:OBJECT]->(o) RETURN s.id AS s, o.id AS o, e.predicate AS p, "
        "e.pair AS pair", database_=db,
    ).records
    pairs = {(r["s"], r["p"], r["o"]): r["pair"] for r in records}
    assert pairs[("turkey", "backs", "national-liberation-front")] == \
        "Actor:turkey|backs|Actor:national-liberation-front"
    assert pairs[("sochi-agreement", "governs", "idlib")] == "Agreement:sochi-agreement|governs|Place:idlib"
    # Denied statements have a pair too (they count towards nothing until asserted elsewhere).
    assert pairs[("iran", "backs", "national-liberation-front")] == \
        "Actor:iran|backs|Actor:national-liberation-front"
    # Both directions of a symmetric statement share the stored relationship's pair.
    assert pairs[("turkey", "opposes", "russia")] == pairs[("russia", "opposes", "turkey")] == \
        "Actor:russia|opposes|Actor:turkey"


def test_a_graph_written_before_pair_keys_gets_them_and_its_summaries_stay_right(empty_graph, settings):
    from pactgraph.graph.queries.schema import PAIR_INDEX
    from pactgraph.graph.schema import ensure_schema

    db = settings.neo4j_database
    write_all(empty_graph, db)
    expected = _snapshot(empty_graph, db)
    # As an earlier version left it: no pair on evidence, no pair index.
    empty_graph.execute_query("MATCH (e:Evidence) REMOVE e.pair", database_=db)
    empty_graph.execute_query(f"DROP INDEX {PAIR_INDEX}", database_=db)
    ensure_schema(empty_graph, database=db)
    assert _snapshot(empty_graph, db) == expected
    indexes = empty_graph.execute_query("SHOW INDEXES YIELD name RETURN collect(name) AS names",
                                        database_=db).records[0]["names"]
    assert PAIR_INDEX in indexes
    # A new document on top is recounted with the backfilled evidence: a third source for Russia.
    body = "Russia backs the Syrian government, a diplomat said."
    doc = Document(Document.make_id(body), "03_more.txt", body, date="2019-07-01")
    write_extraction(empty_graph, Extraction(doc, relations=(_relation(doc, RUSSIA, "backs", SYRIA, body),)),
                     database=db)
    rel = empty_graph.execute_query(
        "MATCH (:Actor {id: 'russia'})-[r:BACKS]->(:Actor {id: 'syrian-government'}) RETURN r AS r",
        database_=db).records[0]["r"]
    assert rel["evidence_count"] == 3 and rel["last_seen"] == "2019-07-01"
    assert rel["sources"] == ["00_idlib_2019.txt", "01_later_2019.txt", "03_more.txt"]


def test_reads_look_names_up_by_scanning_when_the_full_text_index_is_missing(empty_graph, settings, caplog):
    """A read's lookups and question share one transaction; a failed index lookup ends it, and the
    whole read runs again by scanning, with the same answer."""
    from pactgraph.graph import read
    from pactgraph.graph.queries.schema import KEYS_INDEX
    from pactgraph.graph.schema import ensure_schema

    db = settings.neo4j_database
    write_all(empty_graph, db)
    backing = read.find_backing(empty_graph, backer="Moscow", backed="the regime", database=db)
    agreements = read.find_agreements(empty_graph, zone="Idlib province", database=db)
    assert backing["count"] == 1 and agreements["count"] == 1
    empty_graph.execute_query(f"DROP INDEX {KEYS_INDEX}", database_=db)
    try:
        assert read.find_backing(empty_graph, backer="Moscow", backed="the regime", database=db) == backing
        assert read.find_agreements(empty_graph, zone="Idlib province", database=db) == agreements
        assert "looked up by scanning" in caplog.text
    finally:
        ensure_schema(empty_graph, database=db)
        empty_graph.execute_query("CALL db.awaitIndexes(60)", database_=db)


def test_the_api_gives_a_graph_written_before_pair_keys_its_keys_before_answering(empty_graph, settings):
    from fastapi.testclient import TestClient

    from pactgraph.api.app import create_app
    from pactgraph.graph.queries.schema import PAIR_INDEX

    db = settings.neo4j_database
    write_all(empty_graph, db)
    empty_graph.execute_query("MATCH (e:Evidence) REMOVE e.pair", database_=db)
    empty_graph.execute_query(f"DROP INDEX {PAIR_INDEX}", database_=db)
    with TestClient(create_app(settings)) as client:
        response = client.get("/backing", params={"backer": "Moscow", "backed": "Assad regime"})
        assert response.status_code == 200, response.text
        [row] = response.json()["data"]
        assert len(row["evidence"]) == 2
        actor = client.get("/actors/russia").json()
        assert len(actor["relations"]["backs"][0]["evidence"]) == 2
    missing = empty_graph.execute_query("MATCH (e:Evidence) WHERE e.pair IS NULL RETURN count(e) AS n",
                                        database_=db).records[0]["n"]
    assert missing == 0
