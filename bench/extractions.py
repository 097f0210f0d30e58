"""Seeded synthetic pre-extracted documents, shaped like what ``loaders`` produce from news.

Why not the dev corpus: the write benchmarks need 10^5 statements and more, with the sharing
a real corpus has. So, with a fixed seed:

* documents of about 20 statements (the dev corpus cycled to 10^4 documents gives 17 a
  document), each about a handful of actors, an agreement or two and a few places;
* actors, agreements and places drawn from pools whose popularity falls off like a power law,
  so a few actors (the Russias and Turkeys) are in a large share of the documents and most are
  in a few, and every document shares actors with many others;
* every relation of the ontology but ``located_in``, each between the types its domain and range
  allow, in proportions near the dev corpus's; symmetric ones in both directions;
* statuses as text gives them: most asserted, some denied, alleged or hypothetical (evidence
  only, no typed relationship);
* names with aliases, some actors with a Wikidata id, agreements with kind, date and status.

No events: the benchmarks measure relation statements. (``bench/synthetic.py`` builds a far
larger graph for the API's reads; this one is sized and shaped for the write benchmarks, a
list of ``Extraction``s as ingest hands them to the writer.)
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from pactgraph.ontology.statements import Document, Entity, Evidence, Extraction, Relation

#: Statements a document holds, on average (uniform in 10..30).
PER_DOCUMENT = 20
ACTOR_TYPES = ("State", "ArmedGroup", "Organization", "Person")
_ACTOR_TYPE_WEIGHTS = (20, 35, 20, 25)
#: (predicate, subject kind, object kind, weight); kinds: actor, person, collective, agreement, place.
_PREDICATES = (
    ("backs", "actor", "actor", 18), ("opposes", "actor", "actor", 20), ("allied_with", "actor", "actor", 10),
    ("member_of", "actor", "collective", 10), ("leader_of", "person", "collective", 8),
    ("evolved_from", "collective", "collective", 3), ("party_to", "actor", "agreement", 10),
    ("brokered", "actor", "agreement", 6), ("governs", "agreement", "place", 5),
    ("controls", "actor", "place", 10),
)
_STATUSES = (("asserted", 85), ("denied", 7), ("alleged", 5), ("hypothetical", 3))
_KINDS = ("ceasefire", "truce", "peace agreement", "memorandum")
_AGREEMENT_STATUSES = (None, "in force", "violated", "collapsed")


@dataclass(frozen=True, slots=True)
class _Pools:
    actors: list[Entity]
    agreements: list[Entity]
    places: list[Entity]
    #: Cumulative draw weights by pool.
    weights: dict[str, list[float]]
    #: Stand-ins for a document whose cast has no person, or no collective actor.
    person: Entity
    collective: Entity


def _skewed(size: int, exponent: float = 0.9) -> list[float]:
    """Power-law popularity, as cumulative weights: rank r is drawn with weight 1 / (r + 1) ** exponent.

    Cumulative, so that each draw is a bisection rather than a sum over the whole pool.
    """
    return list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(size)))


def _pools(statements: int, rng: random.Random) -> _Pools:
    """Entity pools sized to the corpus: one actor per 10 statements, an agreement per 100, a place per 50."""
    actors = []
    for i in range(max(40, statements // 10)):
        entity_type = rng.choices(ACTOR_TYPES, _ACTOR_TYPE_WEIGHTS)[0]
        name = f"Actor {i}" if entity_type != "Person" else f"Person {i} Surname{i}"
        aliases = tuple(f"{name} alias {j}" for j in range(rng.randint(0, 3)))
        actors.append(Entity(f"actor-{i:07d}", name, entity_type, aliases,
                             wikidata=f"Q{1000 + i}" if rng.random() < 0.3 else None))
    agreements = [Entity(f"agreement-{i:06d}", f"Accord {i}", "Agreement", (f"Accord {i} deal",),
                         kind=rng.choice(_KINDS), date=f"20{10 + i % 15:02d}-{1 + i % 12:02d}",
                         status=rng.choice(_AGREEMENT_STATUSES))
                  for i in range(max(5, statements // 100))]
    places = [Entity(f"place-{i:06d}", f"Place {i}", "Place", (f"Place {i} province",))
              for i in range(max(10, statements // 50))]
    return _Pools(actors, agreements, places,
                  {"actors": _skewed(len(actors)), "agreements": _skewed(len(agreements)),
                   "places": _skewed(len(places))},
                  person=next(a for a in actors if a.type == "Person"),
                  collective=next(a for a in actors if a.type != "Person"))


def _cast(pools: _Pools, rng: random.Random) -> dict[str, list[Entity]]:
    """The entities one document is about, by kind."""
    drawn = rng.choices(pools.actors, cum_weights=pools.weights["actors"], k=rng.randint(5, 10))
    actors = list({e.id: e for e in drawn}.values())
    if len(actors) < 2:
        actors.append(rng.choice(pools.actors))
    persons = [a for a in actors if a.type == "Person"] or [pools.person]
    collectives = [a for a in actors if a.type != "Person"] or [pools.collective]
    return {"actor": actors, "person": persons, "collective": collectives,
            "agreement": rng.choices(pools.agreements, cum_weights=pools.weights["agreements"],
                                     k=rng.randint(1, 2)),
            "place": rng.choices(pools.places, cum_weights=pools.weights["places"], k=rng.randint(1, 3))}


def _document(number: int, pools: _Pools, rng: random.Random) -> Extraction:
    """One document of 10..30 statements among its cast, each in its own sentence."""
    cast = _cast(pools, rng)
    name = f"synthetic-{number:06d}.txt"
    date = f"20{10 + number % 15:02d}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    sentences: list[str] = []
    relations: list[Relation] = []
    offset = 0
    predicates = [p[:3] for p in _PREDICATES]
    weights = [p[3] for p in _PREDICATES]
    statuses, status_weights = zip(*_STATUSES, strict=True)
    for i in range(rng.randint(PER_DOCUMENT - 10, PER_DOCUMENT + 10)):
        predicate, s_kind, o_kind = rng.choices(predicates, weights)[0]
        subject, obj = rng.choice(cast[s_kind]), rng.choice(cast[o_kind])
        if subject.id == obj.id:
            continue
        status = rng.choices(statuses, status_weights)[0]
        sentence = (f"In item {number}.{i}, {subject.name} {predicate.replace('_', ' ')} {obj.name}"
                    f"{'' if status == 'asserted' else f' ({status})'}, officials said on the record.")
        sentences.append(sentence)
        relations.append(Relation(subject, predicate, obj,
                                  Evidence(name, sentence, offset, offset + len(sentence),
                                           f"bench-{predicate}"),
                                  status=status, confidence=round(rng.uniform(0.5, 0.95), 3), date=date))
        offset += len(sentence) + 1
    body = " ".join(sentences)
    document = Document(id=Document.make_id(body), name=name, body=body, date=date,
                        title=f"Synthetic report {number}", source="bench")
    return Extraction(document=document, relations=tuple(relations))


def extractions(statements: int, *, seed: int = 7) -> Iterator[Extraction]:
    """Documents until about ``statements`` relation statements were produced; the same for a seed."""
    rng = random.Random(seed)
    pools = _pools(statements, rng)
    produced = number = 0
    while produced < statements:
        extraction = _document(number, pools, rng)
        produced += len(extraction.relations)
        number += 1
        yield extraction
