"""The Turtle ontology, its closed Python namespace and ontology/vocabulary.py stay in step."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection

from pactgraph.ontology import vocabulary
from pactgraph.ontology.namespace import (
    CONTEXT_PATH,
    ENTITY_CLASSES,
    EVENT_TYPE_CONCEPTS,
    KIND_CONCEPTS,
    ONTOLOGY_IRI,
    ONTOLOGY_PATH,
    PG,
    RELATION_PROPERTIES,
    STATUS_CONCEPTS,
    VERSION_IRI,
    jsonld_context,
)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _pg_terms_defined(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s in PG}


def test_the_ontology_has_an_iri_a_version_and_a_description(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert (ONTOLOGY_IRI, OWL.versionIRI, VERSION_IRI) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, RDFS.label) and onto.value(ONTOLOGY_IRI, RDFS.comment)


def test_every_term_of_the_turtle_is_in_the_namespace_and_back(onto):
    in_turtle = _pg_terms_defined(onto)
    in_python = set(dir(PG))
    assert in_turtle - in_python == set(), "terms in pactgraph.ttl missing from ontology/namespace.py"
    assert in_python - in_turtle == set(), "terms in ontology/namespace.py missing from pactgraph.ttl"


def test_the_namespace_is_closed():
    with pytest.raises(AttributeError):
        PG.back  # noqa: B018
    with pytest.raises(AttributeError):
        PG["Allied_With"]


def test_no_term_is_used_without_being_defined(onto):
    used = {term for triple in onto for term in triple if isinstance(term, URIRef) and term in PG}
    assert used <= _pg_terms_defined(onto)


def test_every_term_has_a_type_a_label_and_a_comment(onto):
    missing = [
        str(term) for term in _pg_terms_defined(onto)
        if not all(onto.value(term, prop) for prop in (RDF.type, RDFS.label, RDFS.comment))
    ]
    assert missing == []


@pytest.mark.parametrize("entity_type", vocabulary.ENTITY_TYPES)
def test_every_entity_type_is_a_class(onto, entity_type):
    cls = ENTITY_CLASSES[entity_type]
    assert cls == PG[entity_type], "the class's local name is the Neo4j label"
    assert (cls, RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("actor_type", vocabulary.ACTOR_TYPES)
def test_actor_types_are_actors(onto, actor_type):
    assert (PG[actor_type], RDFS.subClassOf, PG.Actor) in onto


def test_the_classes_align_with_prov_sem_and_schema(onto):
    prov = "http://www.w3.org/ns/prov#"
    for cls, parent in [(PG.Actor, prov + "Agent"), (PG.Document, prov + "Entity"),
                        (PG.Evidence, prov + "Entity"), (PG.Event, "http://semanticweb.cs.vu.nl/2009/11/sem/Event"),
                        (PG.Place, "https://schema.org/Place"), (PG.Person, "https://schema.org/Person")]:
        assert (cls, RDFS.subClassOf, URIRef(parent)) in onto
    assert (PG.inDocument, RDFS.subPropertyOf, URIRef(prov + "wasDerivedFrom")) in onto


@pytest.mark.parametrize("relation", vocabulary.RELATIONS)
def test_every_relation_is_an_object_property_with_its_names(onto, relation):
    prop = RELATION_PROPERTIES[relation]
    assert (prop, RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(prop, PG.relationName) == Literal(relation)
    assert onto.value(prop, PG.neo4jType) == Literal(vocabulary.relationship_type(relation))


def test_relation_properties_are_exactly_the_annotated_ones(onto):
    annotated = {str(name): prop for prop, name in onto.subject_objects(PG.relationName)}
    assert annotated == RELATION_PROPERTIES
    assert set(RELATION_PROPERTIES) == set(vocabulary.RELATIONS)


def _entity_types(onto: Graph, cls) -> frozenset[str]:
    """The entity types (leaf classes) a domain or range admits, unions and subclasses expanded."""
    members = onto.value(cls, OWL.unionOf)
    if members is not None:
        return frozenset().union(*(_entity_types(onto, m) for m in Collection(onto, members)))
    subclasses = set(onto.subjects(RDFS.subClassOf, cls))
    if subclasses:
        return frozenset().union(*(_entity_types(onto, s) for s in subclasses))
    return frozenset({str(cls).removeprefix(str(PG))})


@pytest.mark.parametrize("relation", vocabulary.RELATIONS)
def test_domains_and_ranges_agree_with_the_vocabulary(onto, relation):
    prop = RELATION_PROPERTIES[relation]
    domain, range_ = vocabulary.DOMAIN_RANGE[relation]
    assert _entity_types(onto, onto.value(prop, RDFS.domain)) == domain
    assert _entity_types(onto, onto.value(prop, RDFS.range)) == range_


@pytest.mark.parametrize("relation", vocabulary.RELATIONS)
def test_symmetric_relations_are_owl_symmetric(onto, relation):
    symmetric = (RELATION_PROPERTIES[relation], RDF.type, OWL.SymmetricProperty) in onto
    assert symmetric == (relation in vocabulary.SYMMETRIC)


@pytest.mark.parametrize(("values", "concepts", "cls", "scheme"), [
    (vocabulary.STATUSES, STATUS_CONCEPTS, PG.Status, PG.statuses),
    (vocabulary.AGREEMENT_KINDS, KIND_CONCEPTS, PG.AgreementKind, PG.agreementKinds),
    (vocabulary.EVENT_TYPES, EVENT_TYPE_CONCEPTS, PG.EventType, PG.eventTypes),
])
def test_statuses_and_kinds_are_concepts_whose_notation_is_the_stored_value(onto, values, concepts, cls,
                                                                              scheme):
    assert tuple(concepts) == tuple(values)
    for value, concept in concepts.items():
        assert (concept, RDF.type, cls) in onto
        assert (concept, SKOS.inScheme, scheme) in onto
        assert onto.value(concept, SKOS.notation) == Literal(value)
    assert set(onto.subjects(SKOS.inScheme, scheme)) == set(concepts.values())
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto


def test_event_types_say_how_they_align_with_plover(onto):
    for concept in EVENT_TYPE_CONCEPTS.values():
        assert "PLOVER" in str(onto.value(concept, RDFS.comment))


def test_event_details_describe_events(onto):
    for name in ("eventType", "trigger", "datePrecision", "killed", "displaced", "reportedBy"):
        assert onto.value(PG[name], RDFS.domain) == PG.Event
    assert onto.value(PG.reportedBy, RDFS.range) == PG.Actor
    # the provenance of an event is told with the same terms as an evidence's
    for name in ("inDocument", "sentence", "start", "end", "rule", "status"):
        members = set(Collection(onto, onto.value(onto.value(PG[name], RDFS.domain), OWL.unionOf)))
        assert members == {PG.Evidence, PG.Event}


def test_event_roles_and_provenance_terms_exist():
    for name in ("agent", "target", "place", "date", "evidence", "inDocument", "sentence", "start", "end",
                 "rule", "status", "confidence", "firstSeen", "lastSeen", "publishedOn"):
        assert PG[name] == URIRef(str(PG) + name)


def test_the_jsonld_context_is_local_and_maps_only_known_terms():
    context = jsonld_context()
    assert json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"] == context
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.startswith("http")}
    for term, value in context.items():
        iri = value["@id"] if isinstance(value, dict) else value
        if iri.startswith("@") or term in prefixes:
            continue
        prefix, _, local = iri.partition(":")
        assert prefix in prefixes, term
        if prefix == "pg":
            assert PG[local]  # raises on a term the ontology lacks
    assert all(not str(v).startswith("http") or k in prefixes for k, v in context.items())


# --- the SHACL shapes -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shapes() -> Graph:
    from pactgraph.ontology.namespace import SHAPES_PATH

    return Graph().parse(SHAPES_PATH, format="turtle")


def _sh(local: str) -> URIRef:
    return URIRef("http://www.w3.org/ns/shacl#" + local)


def _in_lists(shapes: Graph) -> list[set]:
    return [set(Collection(shapes, node)) for node in shapes.objects(None, _sh("in"))]


def test_the_shapes_use_only_terms_the_ontology_defines(onto, shapes):
    used = {term for triple in shapes for term in triple if isinstance(term, URIRef) and term in PG}
    assert used <= _pg_terms_defined(onto)


def test_the_shapes_list_every_status_kind_event_type_and_relation(shapes):
    lists = _in_lists(shapes)
    for values in (STATUS_CONCEPTS.values(), KIND_CONCEPTS.values(), EVENT_TYPE_CONCEPTS.values(),
                   RELATION_PROPERTIES.values()):
        assert set(values) in lists


@pytest.mark.parametrize("relation", vocabulary.RELATIONS)
def test_the_shapes_check_each_relation_with_the_vocabulary_domain_and_range(shapes, relation):
    prop = RELATION_PROPERTIES[relation]
    shape = URIRef(f"https://w3id.org/pactgraph/shapes#{prop.split('#')[1]}Shape")
    assert (shape, _sh("targetSubjectsOf"), prop) in shapes
    domain, range_ = vocabulary.DOMAIN_RANGE[relation]

    def classes(node) -> frozenset[str]:
        direct = shapes.value(node, _sh("class"))
        if direct is not None:
            found = {str(direct).split("#")[1]}
        else:
            union = Collection(shapes, shapes.value(shapes.value(node, _sh("node")), _sh("or")))
            found = {str(shapes.value(alt, _sh("class"))).split("#")[1] for alt in union}
        return frozenset(vocabulary.ACTOR_TYPES if found == {"Actor"} else found)

    value_shape = shapes.value(shape, _sh("property"))
    assert shapes.value(value_shape, _sh("path")) == prop
    assert classes(shape) == domain
    assert classes(value_shape) == range_


def test_every_property_has_a_domain_and_a_range(onto):
    properties = {p for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                  for p in onto.subjects(RDF.type, kind)}
    assert len(properties) > 30
    missing = [str(p) for p in properties if None in (onto.value(p, RDFS.domain), onto.value(p, RDFS.range))]
    assert missing == []


def test_the_ontology_names_its_prefix_and_versions(onto):
    vann = "http://purl.org/vocab/vann/"
    assert str(onto.value(ONTOLOGY_IRI, URIRef(vann + "preferredNamespacePrefix"))) == "pg"
    assert str(onto.value(ONTOLOGY_IRI, URIRef(vann + "preferredNamespaceUri"))) == str(PG)
    assert str(VERSION_IRI).endswith("/" + str(onto.value(ONTOLOGY_IRI, OWL.versionInfo)))
    assert onto.value(ONTOLOGY_IRI, OWL.priorVersion) is not None
