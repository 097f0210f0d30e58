"""The ontology's terms as a closed rdflib namespace, and the other vocabularies the export uses.

``PG`` lists every term of ``pactgraph.ttl`` and nothing else: ``PG.backs`` works,
``PG.back`` raises. ``tests/unit/test_ontology.py`` fails when this file and the
Turtle drift apart.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Final

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

HERE: Final = Path(__file__).resolve().parent
#: The OWL ontology in Turtle, the source of truth.
ONTOLOGY_PATH: Final = HERE / "pactgraph.ttl"
#: The JSON-LD context of the export (inline, never fetched).
CONTEXT_PATH: Final = HERE / "context.jsonld"
#: The SHACL shapes every export satisfies.
SHAPES_PATH: Final = HERE / "shapes.ttl"
SHAPES_IRI: Final = URIRef("https://w3id.org/pactgraph/shapes")

ONTOLOGY_IRI: Final = URIRef("https://w3id.org/pactgraph/ontology")
VERSION_IRI: Final = URIRef("https://w3id.org/pactgraph/ontology/0.2.0")

SEM: Final = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD: Final = Namespace("http://www.wikidata.org/entity/")


class PG(DefinedNamespace):
    """The pactgraph ontology, ``https://w3id.org/pactgraph/ontology#``."""

    _NS = Namespace("https://w3id.org/pactgraph/ontology#")
    _fail = True

    # Annotation properties
    relationName: URIRef  # snake-case name of a relation in the extraction output
    neo4jType: URIRef  # Neo4j relationship type of a relation

    # Classes
    Actor: URIRef
    State: URIRef
    ArmedGroup: URIRef
    Organization: URIRef
    Person: URIRef
    Agreement: URIRef
    Event: URIRef
    Place: URIRef
    Document: URIRef
    Evidence: URIRef
    Relation: URIRef
    AgreementKind: URIRef
    EventType: URIRef
    Status: URIRef

    # Relations between entities
    backs: URIRef
    opposes: URIRef
    alliedWith: URIRef
    partyTo: URIRef
    brokered: URIRef
    governs: URIRef
    leaderOf: URIRef
    memberOf: URIRef
    evolvedFrom: URIRef
    controls: URIRef
    locatedIn: URIRef

    # Event roles
    agent: URIRef
    target: URIRef
    place: URIRef
    date: URIRef

    # Event details
    eventType: URIRef
    trigger: URIRef
    datePrecision: URIRef
    killed: URIRef
    displaced: URIRef
    reportedBy: URIRef

    # Actor details
    typeSeen: URIRef

    # Agreement and document details
    kind: URIRef
    agreementStatus: URIRef
    publishedOn: URIRef
    source: URIRef

    # Provenance
    evidence: URIRef
    inDocument: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    rule: URIRef
    status: URIRef
    confidence: URIRef
    firstSeen: URIRef
    lastSeen: URIRef

    # Concept schemes and their concepts
    agreementKinds: URIRef
    kindCeasefire: URIRef
    kindTruce: URIRef
    kindPeaceAgreement: URIRef
    kindMemorandum: URIRef
    kindDeclaration: URIRef
    kindFramework: URIRef
    kindAgreement: URIRef
    statuses: URIRef
    statusAsserted: URIRef
    statusDenied: URIRef
    statusAlleged: URIRef
    statusHypothetical: URIRef
    eventTypes: URIRef
    eventAssault: URIRef
    eventFight: URIRef
    eventConsult: URIRef
    eventAgree: URIRef
    eventAid: URIRef
    eventProtest: URIRef
    eventAccuse: URIRef
    eventCoerce: URIRef
    eventDisplace: URIRef


#: Relation name (extraction output, ``vocabulary.RELATIONS``) -> property.
RELATION_PROPERTIES: Final[dict[str, URIRef]] = {
    "backs": PG.backs,
    "opposes": PG.opposes,
    "allied_with": PG.alliedWith,
    "party_to": PG.partyTo,
    "brokered": PG.brokered,
    "governs": PG.governs,
    "leader_of": PG.leaderOf,
    "member_of": PG.memberOf,
    "evolved_from": PG.evolvedFrom,
    "controls": PG.controls,
    "located_in": PG.locatedIn,
}

#: Entity type (``vocabulary.ENTITY_TYPES``, the Neo4j label) -> class.
ENTITY_CLASSES: Final[dict[str, URIRef]] = {
    "State": PG.State,
    "ArmedGroup": PG.ArmedGroup,
    "Organization": PG.Organization,
    "Person": PG.Person,
    "Agreement": PG.Agreement,
    "Place": PG.Place,
}

#: Evidence status (``vocabulary.STATUSES``) -> concept.
STATUS_CONCEPTS: Final[dict[str, URIRef]] = {
    "asserted": PG.statusAsserted,
    "denied": PG.statusDenied,
    "alleged": PG.statusAlleged,
    "hypothetical": PG.statusHypothetical,
}

#: Agreement kind (``vocabulary.AGREEMENT_KINDS``) -> concept.
KIND_CONCEPTS: Final[dict[str, URIRef]] = {
    "ceasefire": PG.kindCeasefire,
    "truce": PG.kindTruce,
    "peace agreement": PG.kindPeaceAgreement,
    "memorandum": PG.kindMemorandum,
    "declaration": PG.kindDeclaration,
    "framework": PG.kindFramework,
    "agreement": PG.kindAgreement,
}

#: Event type (``vocabulary.EVENT_TYPES``) -> concept.
EVENT_TYPE_CONCEPTS: Final[dict[str, URIRef]] = {
    "assault": PG.eventAssault,
    "fight": PG.eventFight,
    "consult": PG.eventConsult,
    "agree": PG.eventAgree,
    "aid": PG.eventAid,
    "protest": PG.eventProtest,
    "accuse": PG.eventAccuse,
    "coerce": PG.eventCoerce,
    "displace": PG.eventDisplace,
}


@cache
def jsonld_context() -> dict[str, Any]:
    """The ``@context`` object of ``context.jsonld`` (read from the package, never fetched)."""
    with CONTEXT_PATH.open(encoding="utf-8") as f:
        context: dict[str, Any] = json.load(f)["@context"]
    return context
