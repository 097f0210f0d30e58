"""Row building for the writer: pure functions, no Neo4j."""

from __future__ import annotations

from graph.writer import document_row, entity_rows, evidence_rows, name_keys, relation_key, relation_rows
from ontology.statements import Document, Entity, Evidence, Extraction, Relation

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


def test_evidence_ids_are_stable_and_distinct_per_status():
    again = _rel(IRAN, "backs", REBELS, "Iran denied arming the rebels.", status="denied")
    assert again.id == DENIED.id
    assert _rel(IRAN, "backs", REBELS, "Iran denied arming the rebels.").id != DENIED.id


def test_relation_rows_only_for_asserted_statements():
    rows = relation_rows(EXTRACTION)
    assert set(rows) == {("backs", "Actor", "Actor"), ("opposes", "Actor", "Actor")}
    assert rows[("backs", "Actor", "Actor")] == [{"subject_id": "russia", "object_id": "syrian-government"}]


def test_symmetric_relations_go_from_the_smaller_id():
    assert relation_key(OPPOSES) == ("russia", "opposes", "turkey")
    assert relation_key(BACKS) == ("russia", "backs", "syrian-government")
    assert relation_rows(EXTRACTION)[("opposes", "Actor", "Actor")] == [
        {"subject_id": "russia", "object_id": "turkey"}]


def test_mixed_labels_group_apart():
    idlib = Entity("idlib", "Idlib", "Place")
    governs = _rel(SOCHI, "governs", idlib, "Turkey and Russia clashed.")
    brokered = _rel(RUSSIA, "brokered", SOCHI, "Turkey and Russia clashed.")
    extraction = Extraction(DOC, relations=(governs, brokered))
    assert set(evidence_rows(extraction)) == {("Agreement", "Place"), ("Actor", "Agreement")}
    assert set(relation_rows(extraction)) == {("governs", "Agreement", "Place"),
                                              ("brokered", "Actor", "Agreement")}
