"""Closed lists of the ontology's names, as plain Python.

These lists mirror ``pactgraph.ttl`` (the source of truth); a test fails when
the two drift apart. Labels and relationship types used in Cypher are taken
only from here, never from user input.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

#: Actor subclasses, the labels a node carries beside ``Actor``.
ACTOR_TYPES: Final = ("State", "ArmedGroup", "Organization", "Person")
#: Every entity type that extraction emits.
ENTITY_TYPES: Final = (*ACTOR_TYPES, "Agreement", "Place")

#: The relations between entities (snake case as in the extraction output): the ten between actors,
#: agreements and places, and where a place lies.
RelationName = Literal[
    "backs",
    "opposes",
    "allied_with",
    "party_to",
    "brokered",
    "governs",
    "leader_of",
    "member_of",
    "evolved_from",
    "controls",
    "located_in",
]
RELATIONS: Final[tuple[RelationName, ...]] = get_args(RelationName)
SYMMETRIC: Final = frozenset({"opposes", "allied_with"})

_COLLECTIVE: Final = frozenset({"State", "ArmedGroup", "Organization"})

#: Subject and object types each relation accepts.
DOMAIN_RANGE: Final[dict[str, tuple[frozenset[str], frozenset[str]]]] = {
    "backs": (frozenset(ACTOR_TYPES), frozenset(ACTOR_TYPES)),
    "opposes": (frozenset(ACTOR_TYPES), frozenset(ACTOR_TYPES)),
    "allied_with": (frozenset(ACTOR_TYPES), frozenset(ACTOR_TYPES)),
    "party_to": (frozenset(ACTOR_TYPES), frozenset({"Agreement"})),
    "brokered": (frozenset(ACTOR_TYPES), frozenset({"Agreement"})),
    "governs": (frozenset({"Agreement"}), frozenset({"Place"})),
    "leader_of": (frozenset({"Person"}), frozenset(ACTOR_TYPES)),
    "member_of": (frozenset(ACTOR_TYPES), frozenset(ACTOR_TYPES)),
    "evolved_from": (_COLLECTIVE, _COLLECTIVE),
    "controls": (frozenset(ACTOR_TYPES), frozenset({"Place"})),
    "located_in": (frozenset({"Place"}), frozenset({"Place"})),
}

#: How a statement stands in the text.
StatusName = Literal["asserted", "denied", "alleged", "hypothetical"]
STATUSES: Final[tuple[StatusName, ...]] = get_args(StatusName)

#: Kinds of agreement.
AGREEMENT_KINDS: Final = (
    "ceasefire",
    "truce",
    "peace agreement",
    "memorandum",
    "declaration",
    "framework",
    "agreement",
)

#: Kinds of event, aligned with PLOVER (the Open Event Data Alliance's successor to CAMEO).
#: Stored lower case (``Event.type``); the ontology's SKOS concepts (pg:eventTypes) carry the
#: alignment in their comments. CAMEO codes are the PLOVER 2021 conversion table's.
EventTypeName = Literal[
    "assault",  # PLOVER ASSAULT (CAMEO 18, 19, 20): air strike, shelling, bombing, offensive, raid, killing
    "fight",  # PLOVER ASSAULT, firearms/heavy-weapons modes (CAMEO 193, 194): clashes, battles, fighting
    "consult",  # PLOVER CONSULT (CAMEO 04): talks, meetings, visits, phone calls, negotiations
    "agree",  # PLOVER AGREE and SUPPORT "sign formal agreement" (CAMEO 03, 057): signed, struck a deal
    "aid",  # PLOVER AID (CAMEO 07): delivered aid, supplies, weapons or troops to someone
    "protest",  # PLOVER PROTEST (CAMEO 14): demonstrations, rallies, marches, strikes, riots
    "accuse",  # PLOVER ACCUSE, disapprove mode (CAMEO 11): condemned, accused, blamed, denounced
    "coerce",  # PLOVER COERCE and SANCTION (CAMEO 16, 17): arrests, sanctions, blockades, expulsions
    "displace",  # no PLOVER type (PLOVER codes the cause): people fled or were displaced
]
EVENT_TYPES: Final[tuple[EventTypeName, ...]] = get_args(EventTypeName)
#: The RDF serialisations pactgraph writes and reads, in the order the command line lists them, and
#: their media types (``Content-Type``, and ``Accept`` negotiation).
RdfFormat = Literal["turtle", "nt", "nquads", "jsonld", "trig"]
RDF_MEDIA_TYPES: Final[dict[RdfFormat, str]] = {
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "trig": "application/trig",
}

#: How precise an event date is: an ISO prefix of 10, 7 or 4 characters.
DATE_PRECISIONS: Final = ("day", "month", "year")


def relationship_type(predicate: str) -> str:
    """The Neo4j relationship type of a relation name (``allied_with`` -> ``ALLIED_WITH``)."""
    if predicate not in RELATIONS:
        raise ValueError(f"unknown relation {predicate!r}; expected one of {', '.join(RELATIONS)}")
    return predicate.upper()


def labels_for(entity_type: str) -> tuple[str, ...]:
    """The node labels of an entity type, general first (``Person`` -> ``("Actor", "Person")``)."""
    if entity_type in ACTOR_TYPES:
        return ("Actor", entity_type)
    if entity_type in ENTITY_TYPES:
        return (entity_type,)
    raise ValueError(f"unknown entity type {entity_type!r}; expected one of {', '.join(ENTITY_TYPES)}")
