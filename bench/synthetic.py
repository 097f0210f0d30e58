"""A seeded synthetic graph of 10^5 actors and over 10^6 relation statements, written through the writer.

Why synthetic: the dev corpus has a few hundred statements, and the API's reads only show how
they scale on a graph whose hubs are as lopsided as real ones. So the graph here has:

* actors of every type: a few hundred states, tens of thousands of armed groups, organisations
  and people (``ACTORS`` in all), some with an alias;
* places in a three-level containment (countries > provinces > towns, ``located_in``);
* agreements with parties, brokers and governed zones (``party_to``, ``brokered``, ``governs``);
* ``backs``, ``opposes``, ``allied_with``, ``member_of``, ``leader_of`` between actors, their
  ends drawn from Zipf-like weights, so a few states back or oppose thousands of groups while
  most actors have a handful of relations;
* every statement stated in one to a few documents (its evidence), documents dated over
  fifteen years, a few statements denied or alleged (evidence only, no typed relationship);
* events (``/events``): assaults, fights, talks, protests... with one or two agents drawn like
  the backers (so a few states are agents of thousands), an optional target, a place drawn like
  the governed zones, some with a date and a toll, a few alleged; drawn from a generator of their
  own, so the statements are the same with or without them.

Everything is drawn from ``random.Random(seed)``: the same arguments give the same graph, the
same document bodies and so the same ids. :func:`expected_counts` says what the database should
hold once it is written, without writing, so a benchmark can reuse a graph already built.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from pactgraph.ontology.statements import Document, Entity, Event, Evidence, Extraction, Relation
from pactgraph.ontology.vocabulary import SYMMETRIC

#: Agreement kinds the generator uses.
KINDS = ("ceasefire", "truce", "peace agreement", "memorandum")
#: Statuses other than asserted, and how often a statement has one.
OTHER_STATUSES = ("denied", "alleged")
OTHER_STATUS_SHARE = 0.05


@dataclass(frozen=True)
class Sizes:
    """How big the synthetic graph is (defaults: 100,200 actors, about 1.07 * 10^6 statements)."""

    states: int = 200
    groups: int = 50_000
    organisations: int = 20_000
    people: int = 30_000
    countries: int = 40
    provinces: int = 400
    towns: int = 3_000
    agreements: int = 5_000
    #: Distinct actor-to-actor pairs per predicate (each stated in 1..4 documents, 1.74 on average).
    backs: int = 220_000
    opposes: int = 150_000
    allied_with: int = 95_000
    member_of: int = 95_000
    leader_of: int = 20_000
    documents: int = 50_000
    #: Events, each in one document that has statements.
    events: int = 100_000
    seed: int = 20_240_601

    @property
    def actors(self) -> int:
        return self.states + self.groups + self.organisations + self.people

    def scaled(self, factor: float) -> Sizes:
        """The same shape, ``factor`` times as big (for quick runs and tests)."""
        def n(value: int, least: int = 2) -> int:
            return max(least, int(value * factor))
        return Sizes(states=n(self.states, 5), groups=n(self.groups, 10), organisations=n(self.organisations),
                     people=n(self.people, 5), countries=n(self.countries), provinces=n(self.provinces, 4),
                     towns=n(self.towns, 8), agreements=n(self.agreements, 4), backs=n(self.backs, 10),
                     opposes=n(self.opposes, 5), allied_with=n(self.allied_with, 5),
                     member_of=n(self.member_of, 5), leader_of=n(self.leader_of),
                     documents=n(self.documents, 5), events=n(self.events, 5), seed=self.seed)


class _Zipf:
    """Draws indexes 0..n-1 with weight 1 / (rank + 1) ** exponent, ranks shuffled once per pool."""

    def __init__(self, rng: random.Random, n: int, exponent: float) -> None:
        order = list(range(n))
        rng.shuffle(order)
        self.order = order
        self.cumulative = list(itertools.accumulate(1.0 / (k + 1) ** exponent for k in range(n)))

    def draw(self, rng: random.Random) -> int:
        return self.order[bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])]


@dataclass(frozen=True, slots=True)
class _Statement:
    """One mention: document number, predicate, subject, object, status, position in the document."""

    document: int
    predicate: str
    subject: Entity
    object: Entity
    status: str


#: Event types drawn (the first most often) and the trigger each sentence uses.
EVENT_KINDS = ("assault", "fight", "consult", "accuse", "protest", "aid", "agree", "coerce", "displace")
EVENT_TRIGGERS = {"assault": "shelled", "fight": "clashed with", "consult": "met", "accuse": "condemned",
                  "protest": "protested against", "aid": "sent aid to", "agree": "signed a deal with",
                  "coerce": "sanctioned", "displace": "displaced people from"}


@dataclass(frozen=True, slots=True)
class _Event:
    """One event as drawn: type, agents, targets, place, date, toll, status."""

    type: str
    agents: tuple[Entity, ...]
    targets: tuple[Entity, ...]
    place: Entity | None
    date: str | None
    killed: int | None
    status: str


class SyntheticGraph:
    """The graph's entities and statements, drawn once; :meth:`extractions` yields it document by document."""

    def __init__(self, sizes: Sizes = Sizes()) -> None:
        self.sizes = sizes
        rng = random.Random(sizes.seed)
        self.states = [Entity(f"state-{i}", f"State {i}", "State", (f"Capital {i}",))
                       for i in range(sizes.states)]
        self.groups = [Entity(f"group-{i}", f"Group {i}", "ArmedGroup",
                              (f"G{i} fighters",) if i % 3 == 0 else ()) for i in range(sizes.groups)]
        self.organisations = [Entity(f"organisation-{i}", f"Organisation {i}", "Organization")
                              for i in range(sizes.organisations)]
        self.people = [Entity(f"person-{i}", f"Person {i}", "Person") for i in range(sizes.people)]
        self.countries = [Entity(f"country-{i}", f"Country {i}", "Place") for i in range(sizes.countries)]
        self.provinces = [Entity(f"province-{i}", f"Province {i}", "Place") for i in range(sizes.provinces)]
        self.towns = [Entity(f"town-{i}", f"Town {i}", "Place") for i in range(sizes.towns)]
        self.agreements = [
            Entity(f"agreement-{i}", f"Accord {i}", "Agreement", kind=KINDS[i % len(KINDS)],
                   date=f"{2010 + i % 15}-{1 + i % 12:02d}")
            for i in range(sizes.agreements)]
        self.statements = self._draw(rng)
        self.events = self._draw_events(random.Random(sizes.seed + 1))

    # --- drawing ---------------------------------------------------------------------------------

    def _draw(self, rng: random.Random) -> list[_Statement]:
        s = self.sizes
        pairs: list[tuple[str, Entity, Entity]] = []
        # Containment: every province in a country, every town in a province.
        pairs += [("located_in", p, self.countries[rng.randrange(s.countries)]) for p in self.provinces]
        pairs += [("located_in", t, self.provinces[rng.randrange(s.provinces)]) for t in self.towns]
        # Agreements: 2-3 parties, 1-2 brokers (mostly states), 1-3 zones at any level.
        states = _Zipf(rng, s.states, 1.0)
        groups = _Zipf(rng, s.groups, 0.7)
        places = self.towns + self.provinces + self.countries
        zones = _Zipf(rng, len(places), 0.8)
        for agreement in self.agreements:
            parties = {self.states[states.draw(rng)].id: self.states[states.draw(rng)]}
            for _ in range(rng.randint(1, 2)):
                party = self.groups[groups.draw(rng)]
                parties[party.id] = party
            pairs += [("party_to", p, agreement) for p in parties.values()]
            brokers = {b.id: b for b in (self.states[states.draw(rng)] for _ in range(rng.randint(1, 2)))}
            pairs += [("brokered", b, agreement) for b in brokers.values()]
            governed = {z.id: z for z in (places[zones.draw(rng)] for _ in range(rng.randint(1, 3)))}
            pairs += [("governs", agreement, z) for z in governed.values()]
        # Actor relations: hubs among states (backers, opponents) and among groups (the backed).
        actors = self.states + self.groups + self.organisations + self.people
        any_actor = _Zipf(rng, len(actors), 0.9)
        organisations = _Zipf(rng, s.organisations, 0.8)
        people = _Zipf(rng, s.people, 0.5)

        def backer() -> Entity:
            return self.states[states.draw(rng)] if rng.random() < 0.6 else actors[any_actor.draw(rng)]

        def group() -> Entity:
            return self.groups[groups.draw(rng)] if rng.random() < 0.8 else actors[any_actor.draw(rng)]

        draws = (("backs", s.backs, backer, group),
                 ("opposes", s.opposes, backer, group),
                 ("allied_with", s.allied_with, group, group),
                 ("member_of", s.member_of, lambda: actors[any_actor.draw(rng)],
                  lambda: self.organisations[organisations.draw(rng)]),
                 ("leader_of", s.leader_of, lambda: self.people[people.draw(rng)], group))
        for predicate, count, first, second in draws:
            seen: set[tuple[str, str]] = set()
            while len(seen) < count:
                a, b = first(), second()
                key = (a.id, b.id) if predicate not in SYMMETRIC or a.id < b.id else (b.id, a.id)
                if a.id == b.id or key in seen:
                    continue
                seen.add(key)
                pairs.append((predicate, a, b))
        # Every actor in at least one statement (the Zipf tails would leave some out): a membership.
        used = {a.id for _, a, _ in pairs} | {b.id for _, _, b in pairs}
        for actor in actors:
            if actor.id not in used:
                other = self.organisations[organisations.draw(rng)]
                if other.id == actor.id:
                    other = self.organisations[(int(actor.id.rsplit("-", 1)[1]) + 1) % s.organisations]
                pairs.append(("member_of", actor, other))
        # Mentions: each pair in 1..4 documents (mean 1 + e^-0.8 + e^-1.6 + e^-2.4 = 1.74), a few
        # denied or alleged.
        statements = []
        for predicate, a, b in pairs:
            for _ in range(1 + min(3, int(rng.expovariate(0.8)))):
                status = "asserted"
                if rng.random() < OTHER_STATUS_SHARE:
                    status = OTHER_STATUSES[rng.randrange(len(OTHER_STATUSES))]
                statements.append(_Statement(rng.randrange(s.documents), predicate, a, b, status))
        statements.sort(key=lambda st: st.document)
        return statements

    def _draw_events(self, rng: random.Random) -> dict[int, list[_Event]]:
        """Events by document number, in documents that have statements (those that are written)."""
        s = self.sizes
        documents = sorted({st.document for st in self.statements})
        states = _Zipf(rng, s.states, 1.0)
        actors = self.states + self.groups + self.organisations + self.people
        any_actor = _Zipf(rng, len(actors), 0.9)
        places = self.towns + self.provinces + self.countries
        where = _Zipf(rng, len(places), 0.8)

        def actor() -> Entity:
            return self.states[states.draw(rng)] if rng.random() < 0.5 else actors[any_actor.draw(rng)]

        events: dict[int, list[_Event]] = {}
        for _ in range(s.events):
            number = documents[rng.randrange(len(documents))]
            kind = EVENT_KINDS[min(len(EVENT_KINDS) - 1, int(rng.expovariate(0.6)))]
            agents = tuple({a.id: a for a in (actor() for _ in range(rng.randint(1, 2)))}.values())
            target = actor() if rng.random() < 0.6 else None
            targets = (target,) if target is not None and target.id not in {a.id for a in agents} else ()
            place = places[where.draw(rng)] if rng.random() < 0.85 else None
            date = None
            if rng.random() < 0.4:
                day = self.document_date(number)
                date = day if rng.random() < 0.5 else day[:7]
            violent = kind in ("assault", "fight") and rng.random() < 0.5
            killed = int(rng.expovariate(0.05)) if violent else None
            status = "alleged" if rng.random() < OTHER_STATUS_SHARE else "asserted"
            events.setdefault(number, []).append(_Event(kind, agents, targets, place, date, killed, status))
        return events

    # --- output ----------------------------------------------------------------------------------

    @staticmethod
    def document_date(number: int) -> str:
        """Documents spread over 2010..2024, a date per document."""
        return f"{2010 + number % 15}-{1 + (number // 15) % 12:02d}-{1 + (number // 180) % 28:02d}"

    def extractions(self) -> Iterator[Extraction]:
        """Every document's extraction, in document order (one per document that has a statement)."""
        for number, group in itertools.groupby(self.statements, key=lambda st: st.document):
            yield self._extraction(number, list(group))

    def _extraction(self, number: int, statements: Sequence[_Statement]) -> Extraction:
        name = f"synthetic-{number:06d}.txt"
        date = self.document_date(number)
        sentences: list[str] = []
        relations: list[Relation] = []
        offset = len(f"Report {number}.") + 1
        for k, st in enumerate(statements):
            verb = st.predicate.replace("_", " ")
            if st.status == "denied":
                sentence = f"{st.subject.name} denied that it {verb} {st.object.name} ({k})."
            elif st.status == "alleged":
                sentence = f"Critics said {st.subject.name} {verb} {st.object.name} ({k})."
            else:
                sentence = f"{st.subject.name} {verb} {st.object.name}, sources said ({k})."
            evidence = Evidence(name, sentence, offset, offset + len(sentence), "synthetic")
            relations.append(Relation(st.subject, st.predicate, st.object, evidence, status=st.status,
                                      confidence=0.5 + (number + k) % 50 / 100, date=date))
            sentences.append(sentence)
            offset += len(sentence) + 1
        events: list[Event] = []
        for k, ev in enumerate(self.events.get(number, ())):
            trigger = EVENT_TRIGGERS[ev.type]
            who = " and ".join(a.name for a in ev.agents)
            sentence = f"{who} {trigger}" + (f" {ev.targets[0].name}" if ev.targets else "") + (
                f" in {ev.place.name}" if ev.place else "") + f" (event {k})."
            evidence = Evidence(name, sentence, offset, offset + len(sentence), "synthetic")
            events.append(Event(ev.type, trigger, offset + len(who) + 1, evidence, agents=ev.agents,
                                targets=ev.targets, place=ev.place, date=ev.date,
                                date_precision=None if ev.date is None else
                                ("day" if len(ev.date) == 10 else "month"),
                                killed=ev.killed, status=ev.status))
            sentences.append(sentence)
            offset += len(sentence) + 1
        body = f"Report {number}. " + " ".join(sentences)
        document = Document(id=Document.make_id(body), name=name, body=body, date=date)
        return Extraction(document=document, relations=tuple(relations), events=tuple(events))

    def expected_counts(self) -> dict[str, int]:
        """What the database holds once every extraction is written: nodes by label, typed relationships."""
        documents = len({st.document for st in self.statements})
        entities = {(e.type if e.type in ("Agreement", "Place") else "Actor", e.id)
                    for st in self.statements for e in (st.subject, st.object)}
        entities |= {(e.type if e.type == "Place" else "Actor", e.id)
                     for events in self.events.values() for ev in events
                     for e in (*ev.agents, *ev.targets, *((ev.place,) if ev.place else ()))}
        by_label = Counter(label for label, _ in entities)
        typed = set()
        for st in self.statements:
            if st.status != "asserted":
                continue
            a, b = st.subject.id, st.object.id
            if st.predicate in SYMMETRIC and b < a:
                a, b = b, a
            typed.add((st.predicate, a, b))
        return {"Actor": by_label["Actor"], "Agreement": by_label["Agreement"], "Place": by_label["Place"],
                "Document": documents, "Evidence": len(self.statements), "typed": len(typed),
                "Event": sum(len(events) for events in self.events.values())}

    def sample(self, rng: random.Random, predicate: str, end: str, n: int) -> list[Entity]:
        """``n`` entities drawn uniformly among those at ``end`` (``subject``/``object``) of ``predicate``."""
        pool = {(st.subject if end == "subject" else st.object).id: (st.subject if end == "subject"
                                                                      else st.object)
                for st in self.statements if st.predicate == predicate and st.status == "asserted"}
        ordered = sorted(pool.values(), key=lambda e: e.id)
        return [ordered[rng.randrange(len(ordered))] for _ in range(n)]
