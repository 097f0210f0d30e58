"""Rows as the export queries return them -> RDF, without Neo4j."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import PROV

from pactgraph.graph.rdf.dataset import FORMATS, MEDIA_TYPES, add_quads, new_dataset, serialize_dataset
from pactgraph.graph.rdf.mapping import (
    Iris,
    confidence_literal,
    date_literal,
    evidence_quads,
    node_quads,
    wikidata_iri,
)
from pactgraph.ontology.namespace import PG

BASE = "https://example.org/id/"
IRIS = Iris.of(BASE)
DOC = "3f2a9c0d1e5b7a8c9d0e1f2a"

TURKEY = {
    "key": "turkey",
    "labels": ["Actor", "State"],
    "node": {"id": "turkey", "name": "Turkey", "type": "State", "aliases": ["Ankara", "Turkish"],
             "wikidata": "Q43", "keys": ["turkey", "ankara"]},
    "relations": [
        {"type": "BACKS", "object_id": "national-liberation-front", "object_labels": ["Actor", "ArmedGroup"],
         "first_seen": "2019-05-06", "last_seen": "2019-06-01", "confidence": 0.9,
         "evidence": ["ev1"]},
        {"type": "BROKERED", "object_id": "sochi-agreement", "object_labels": ["Agreement"],
         "first_seen": "2019-05-06", "last_seen": "2019-05-06", "confidence": 0.8, "evidence": ["ev3"]},
    ],
}
NLF = {"key": "national-liberation-front", "labels": ["Actor", "ArmedGroup"],
       "node": {"id": "national-liberation-front", "name": "National Liberation Front", "aliases": ["NLF"]},
       "relations": []}
SOCHI = {"key": "sochi-agreement", "labels": ["Agreement"],
         "node": {"id": "sochi-agreement", "name": "Sochi agreement", "aliases": ["Sochi deal"],
                  "kind": "truce", "date": "2018-09", "status": "violated"},
         "relations": [{"type": "GOVERNS", "object_id": "idlib", "object_labels": ["Place"],
                        "first_seen": "2019-05-06", "last_seen": "2019-05-06", "confidence": 0.8,
                        "evidence": []}]}
DOCUMENT = {"key": DOC, "labels": ["Document"],
            "node": {"id": DOC, "name": "00_idlib_2019.txt", "date": "2019-05-06", "title": "Idlib"},
            "relations": []}
BACKING_EVIDENCE = {
    "key": "ev1",
    "evidence": {"id": "ev1", "predicate": "backs", "status": "asserted", "confidence": 0.9,
                 "sentence": "Fighters of the Turkey-backed National Liberation Front were seen near the "
                             "crossing, residents said.",
                 "start": 1234, "end": 1301, "rule": "x_backed_y", "date": "2019-05-06"},
    "subject_id": "turkey", "subject_labels": ["Actor", "State"],
    "object_id": "national-liberation-front", "object_labels": ["Actor", "ArmedGroup"],
    "document_id": DOC,
}
DENIED_EVIDENCE = {
    "key": "ev2",
    "evidence": {"id": "ev2", "predicate": "backs", "status": "denied", "confidence": 0.7,
                 "sentence": "Iran denies arming the group.", "start": 5, "end": 34, "rule": "deny",
                 "date": "2019-05-06"},
    "subject_id": "iran", "subject_labels": ["Actor", "State"],
    "object_id": "national-liberation-front", "object_labels": ["Actor", "ArmedGroup"],
    "document_id": DOC,
}

TURKEY_IRI = URIRef(BASE + "actor/turkey")
NLF_IRI = URIRef(BASE + "actor/national-liberation-front")
DOC_IRI = URIRef(BASE + "document/" + DOC)
EV1 = URIRef(BASE + "evidence/ev1")


def _graph(*quads_lists) -> Graph:
    graph = Graph()
    for quads in quads_lists:
        for s, p, o, _ in quads:
            graph.add((s, p, o))
    return graph


def _dataset() -> Dataset:
    dataset = new_dataset(IRIS)
    for row in (TURKEY, NLF, SOCHI, DOCUMENT):
        add_quads(dataset, node_quads(row, IRIS))
    for row in (BACKING_EVIDENCE, DENIED_EVIDENCE):
        add_quads(dataset, evidence_quads(row, IRIS))
    return dataset


def test_an_actor_gets_both_classes_its_names_and_its_wikidata_item():
    g = _graph(node_quads(TURKEY, IRIS))
    assert {PG.Actor, PG.State} == set(g.objects(TURKEY_IRI, RDF.type))
    assert g.value(TURKEY_IRI, RDFS.label) == Literal("Turkey")
    assert set(g.objects(TURKEY_IRI, SKOS.altLabel)) == {Literal("Ankara"), Literal("Turkish")}
    assert g.value(TURKEY_IRI, OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q43")


def test_an_asserted_relation_is_a_direct_triple_and_a_reified_summary():
    g = _graph(node_quads(TURKEY, IRIS))
    assert (TURKEY_IRI, PG.backs, NLF_IRI) in g
    rel = URIRef(BASE + "relation/turkey/backs/national-liberation-front")
    assert (rel, RDF.type, PG.Relation) in g
    assert (g.value(rel, RDF.subject), g.value(rel, RDF.predicate), g.value(rel, RDF.object)) == \
        (TURKEY_IRI, PG.backs, NLF_IRI)
    assert g.value(rel, PG.evidence) == EV1
    assert g.value(rel, PG.confidence) == Literal("0.9", datatype=XSD.decimal)
    assert g.value(rel, PG.firstSeen) == Literal("2019-05-06", datatype=XSD.date)
    assert g.value(rel, PG.lastSeen) == Literal("2019-06-01", datatype=XSD.date)
    assert (TURKEY_IRI, PG.brokered, URIRef(BASE + "agreement/sochi-agreement")) in g


def test_an_agreement_has_its_kind_date_and_status_and_governs_its_zone():
    g = _graph(node_quads(SOCHI, IRIS))
    sochi = URIRef(BASE + "agreement/sochi-agreement")
    assert set(g.objects(sochi, RDF.type)) == {PG.Agreement}
    assert g.value(sochi, PG.kind) == PG.kindTruce
    assert g.value(sochi, PG.date) == Literal("2018-09", datatype=XSD.gYearMonth)
    assert g.value(sochi, PG.agreementStatus) == Literal("violated")
    assert (sochi, PG.governs, URIRef(BASE + "place/idlib")) in g


def test_a_kind_outside_the_scheme_falls_back_to_the_generic_concept():
    row = {**SOCHI, "node": {**SOCHI["node"], "kind": "deal"}, "relations": []}
    g = _graph(node_quads(row, IRIS))
    assert g.value(URIRef(BASE + "agreement/sochi-agreement"), PG.kind) == PG.kindAgreement


def test_a_document_has_its_name_title_and_publication_date():
    g = _graph(node_quads(DOCUMENT, IRIS))
    assert (DOC_IRI, RDF.type, PG.Document) in g
    assert g.value(DOC_IRI, RDFS.label) == Literal("00_idlib_2019.txt")
    assert g.value(DOC_IRI, PG.publishedOn) == Literal("2019-05-06", datatype=XSD.date)


def test_evidence_is_a_reified_statement_in_the_named_graph_of_its_document():
    quads = list(evidence_quads(BACKING_EVIDENCE, IRIS))
    assert {q[3] for q in quads} == {DOC_IRI}
    g = _graph(quads)
    assert (EV1, RDF.type, PG.Evidence) in g
    assert (g.value(EV1, RDF.subject), g.value(EV1, RDF.predicate), g.value(EV1, RDF.object)) == \
        (TURKEY_IRI, PG.backs, NLF_IRI)
    assert g.value(EV1, PG.status) == PG.statusAsserted
    assert "Turkey-backed National Liberation Front" in g.value(EV1, PG.sentence)
    assert (g.value(EV1, PG.start).toPython(), g.value(EV1, PG.end).toPython()) == (1234, 1301)
    assert g.value(EV1, PG.rule) == Literal("x_backed_y")
    assert g.value(EV1, PG.inDocument) == DOC_IRI
    assert g.value(EV1, PROV.wasDerivedFrom) == DOC_IRI
    assert g.value(EV1, PG.date) == Literal("2019-05-06", datatype=XSD.date)


def test_a_denied_statement_is_evidence_only_never_a_direct_triple():
    g = _graph(evidence_quads(DENIED_EVIDENCE, IRIS))
    iran = URIRef(BASE + "actor/iran")
    assert (iran, PG.backs, NLF_IRI) not in g
    assert g.value(URIRef(BASE + "evidence/ev2"), PG.status) == PG.statusDenied


def test_symmetric_relations_are_named_smaller_id_first():
    row = {"labels": ["Actor", "State"], "node": {"id": "turkey", "name": "Turkey"},
           "relations": [{"type": "OPPOSES", "object_id": "russia", "object_labels": ["Actor", "State"],
                          "evidence": []}]}
    g = _graph(node_quads(row, IRIS))
    assert (URIRef(BASE + "relation/russia/opposes/turkey"), RDF.type, PG.Relation) in g


def test_event_roles_are_direct_triples():
    row = {"labels": ["Event"],
           "node": {"id": "idlib-strikes", "name": "Idlib air strikes", "date": "2019-04"},
           "relations": [{"type": "AGENT", "object_id": "russia", "object_labels": ["Actor", "State"]},
                         {"type": "PLACE", "object_id": "idlib", "object_labels": ["Place"]}]}
    g = _graph(node_quads(row, IRIS))
    event = URIRef(BASE + "event/idlib-strikes")
    assert (event, RDF.type, PG.Event) in g
    assert (event, PG.agent, URIRef(BASE + "actor/russia")) in g
    assert (event, PG.place, URIRef(BASE + "place/idlib")) in g
    assert not list(g.subjects(RDF.type, PG.Relation))


EVENT = {
    "key": "e1",
    "labels": ["Event"],
    "node": {"id": "e1", "type": "assault", "trigger": "air raids", "date": "2019-04",
             "date_precision": "month", "killed": 39, "displaced": None, "status": "asserted",
             "rule": "event-assault",
             "sentence": "The United Nations counted 39 dead after Russian air raids on positions of the "
                         "group around Idlib in April.",
             "start": 10, "end": 75},
    "relations": [
        {"type": "AGENT", "object_id": "russia", "object_labels": ["Actor", "State"]},
        {"type": "TARGET", "object_id": "national-liberation-front",
         "object_labels": ["Actor", "ArmedGroup"]},
        {"type": "PLACE", "object_id": "idlib", "object_labels": ["Place"]},
        {"type": "REPORTED_BY", "object_id": "united-nations", "object_labels": ["Actor", "Organization"]},
        {"type": "IN_DOCUMENT", "object_id": DOC, "object_labels": ["Document"]},
    ],
}
EVENT_IRI = URIRef(BASE + "event/e1")


def test_an_event_has_its_type_roles_reporter_and_document():
    g = _graph(node_quads(EVENT, IRIS))
    assert (EVENT_IRI, RDF.type, PG.Event) in g
    assert g.value(EVENT_IRI, PG.eventType) == PG.eventAssault
    assert (EVENT_IRI, PG.agent, URIRef(BASE + "actor/russia")) in g
    assert (EVENT_IRI, PG.target, NLF_IRI) in g
    assert (EVENT_IRI, PG.place, URIRef(BASE + "place/idlib")) in g
    assert (EVENT_IRI, PG.reportedBy, URIRef(BASE + "actor/united-nations")) in g
    assert (EVENT_IRI, PG.inDocument, DOC_IRI) in g and (EVENT_IRI, PROV.wasDerivedFrom, DOC_IRI) in g
    assert not list(g.subjects(RDF.type, PG.Relation))


def test_an_event_has_its_date_counts_status_and_sentence():
    g = _graph(node_quads(EVENT, IRIS))
    assert g.value(EVENT_IRI, PG.date) == Literal("2019-04", datatype=XSD.gYearMonth)
    assert g.value(EVENT_IRI, PG.datePrecision) == Literal("month")
    assert g.value(EVENT_IRI, PG.killed) == Literal(39, datatype=XSD.nonNegativeInteger)
    assert g.value(EVENT_IRI, PG.displaced) is None
    assert g.value(EVENT_IRI, PG.status) == PG.statusAsserted
    assert g.value(EVENT_IRI, PG.trigger) == Literal("air raids")
    assert g.value(EVENT_IRI, PG.sentence) == Literal(EVENT["node"]["sentence"])
    assert g.value(EVENT_IRI, PG.start) == Literal(10, datatype=XSD.integer)


@pytest.mark.parametrize(("node", "absent"), [
    ({"id": "e2", "type": "looting"}, PG.eventType),
    ({"id": "e2", "type": "assault", "killed": -3}, PG.killed),
    ({"id": "e2", "type": "assault", "status": "rumoured"}, PG.status),
])
def test_event_values_outside_the_ontology_are_left_out(node, absent):
    g = _graph(node_quads({"labels": ["Event"], "node": node, "relations": []}, IRIS))
    assert (URIRef(BASE + "event/e2"), RDF.type, PG.Event) in g
    assert g.value(URIRef(BASE + "event/e2"), absent) is None


@pytest.mark.parametrize("row", [
    {"labels": ["Actor", "State"], "node": {"name": "No id"}, "relations": []},
    {"labels": ["Mystery"], "node": {"id": "x"}, "relations": []},
    {"labels": ["Actor"], "node": {"id": "x"}, "relations": [{"type": "DROP_ALL", "object_id": "y",
                                                             "object_labels": ["Actor"]}]},
])
def test_malformed_rows_are_skipped_not_crashed_on(row):
    quads = list(node_quads(row, IRIS))
    assert all(p != URIRef(str(PG) + "drop_all") for _, p, _, _ in quads)
    if row["labels"] != ["Actor"]:
        assert quads == []


@pytest.mark.parametrize(("raw", "expected"), [
    ("evil id/../x", BASE + "actor/evil%20id%2F..%2Fx"),
    ("sochi-agreement", BASE + "actor/sochi-agreement"),
    ("al-qāʿida", BASE + "actor/al-q%C4%81%CA%BFida"),
    ("<script>", BASE + "actor/%3Cscript%3E"),
])
def test_ids_are_encoded_into_one_path_segment(raw, expected):
    assert IRIS.node(["Actor"], raw) == URIRef(expected)


@pytest.mark.parametrize("base", ["not an iri", "relative/path/", "https://example.org/id with space/"])
def test_a_bad_base_iri_is_refused(base):
    with pytest.raises(ValueError, match="base IRI"):
        Iris.of(base)


def test_a_base_without_a_trailing_slash_gets_one():
    assert Iris.of("https://example.org/id").base == "https://example.org/id/"


@pytest.mark.parametrize(("value", "expected"), [
    ("2019-05-06", Literal("2019-05-06", datatype=XSD.date)),
    ("2018-09", Literal("2018-09", datatype=XSD.gYearMonth)),
    ("2018", Literal("2018", datatype=XSD.gYear)),
    ("2019-02-30", Literal("2019-02-30")),
    ("September 2018", Literal("September 2018")),
    (None, None),
    ("", None),
])
def test_dates_are_typed_by_their_precision(value, expected):
    assert date_literal(value) == expected


def test_neo4j_dates_are_dates():
    import neo4j.time

    assert date_literal(neo4j.time.Date(2019, 5, 6)) == Literal("2019-05-06", datatype=XSD.date)


@pytest.mark.parametrize(("value", "expected"), [
    (0.9, "0.9"), (0.8999999, "0.8999999"), (2 / 3, "0.6666666666666666"), (1, "1"), ("0.75", "0.75"),
    (None, None), ("high", None),
])
def test_confidence_is_a_short_decimal(value, expected):
    literal = confidence_literal(value)
    assert (None if literal is None else str(literal)) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Q159", "http://www.wikidata.org/entity/Q159"),
    ("http://www.wikidata.org/entity/Q43", "http://www.wikidata.org/entity/Q43"),
    ("https://www.wikidata.org/wiki/Q794", "http://www.wikidata.org/entity/Q794"),
    ("Q0", None), ("159", None), ("Q159> . <x", None), (None, None),
])
def test_wikidata_items(value, expected):
    result = wikidata_iri(value)
    assert (None if result is None else str(result)) == expected


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_parses_back_to_the_same_triples(fmt):
    dataset = _dataset()
    text = serialize_dataset(dataset, fmt, IRIS)
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    if fmt == "trig":
        parsed = Dataset()
        parsed.parse(data=text, format="trig")
        back = Graph()
        for s, p, o, _ in parsed.quads((None, None, None, None)):
            back.add((s, p, o))
    else:
        back = Graph().parse(data=text, format={"jsonld": "json-ld"}.get(fmt, fmt))
    assert isomorphic(back, union)
    assert MEDIA_TYPES[fmt]


def test_trig_keeps_one_named_graph_per_document():
    text = serialize_dataset(_dataset(), "trig", IRIS)
    parsed = Dataset()
    parsed.parse(data=text, format="trig")
    named = parsed.graph(DOC_IRI)
    assert (EV1, RDF.type, PG.Evidence) in named
    assert (TURKEY_IRI, PG.backs, NLF_IRI) not in named
    assert (TURKEY_IRI, PG.backs, NLF_IRI) in parsed.graph(IRIS.merged)
    assert len(parsed.graph(DATASET_DEFAULT_GRAPH_ID)) == 0, "everything lives in a named graph"
    assert str(IRIS.merged) == BASE + "graph/merged"


def test_jsonld_uses_the_local_context_and_compact_terms():
    import json

    data = json.loads(serialize_dataset(_dataset(), "jsonld", IRIS))
    assert isinstance(data["@context"], dict), "the context is inline, never a remote address"
    turkey = next(node for node in data["@graph"] if node.get("id") == str(TURKEY_IRI))
    assert turkey["backs"] == str(NLF_IRI)
    assert set(turkey["type"]) == {"Actor", "State"}


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown RDF format"):
        serialize_dataset(_dataset(), "rdfxml", IRIS)


def test_the_other_types_documents_gave_an_actor_are_kept():
    row = {**TURKEY, "node": {**TURKEY["node"], "types_seen": ["State", "Organization", "Place"]}}
    g = _graph(node_quads(row, IRIS))
    assert {str(t) for t in g.objects(TURKEY_IRI, PG.typeSeen)} == {"Organization"}
    assert {PG.Actor, PG.State} == set(g.objects(TURKEY_IRI, RDF.type))


def test_a_dataset_stops_at_its_bound():
    from pactgraph.graph.errors import ExportTooLarge
    from pactgraph.graph.rdf.dataset import add_quads, new_dataset

    quads = [(URIRef(f"https://example.org/{i}"), RDFS.label, Literal(str(i)), None) for i in range(10)]
    dataset = new_dataset(IRIS)
    assert add_quads(dataset, quads[:5], limit=5) == 5
    dataset = new_dataset(IRIS)
    with pytest.raises(ExportTooLarge, match="more than 5 triples.*format=nt"):
        add_quads(dataset, quads, limit=5, fmt="Turtle")
    assert len(dataset) == 5
