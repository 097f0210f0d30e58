"""``extract``: one document in, its entities and relations out (pure, no I/O)."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from pactgraph.loaders.clusters import Cluster
from pactgraph.loaders.dates import combine, find_dates
from pactgraph.loaders.errors import DocumentError
from pactgraph.loaders.events import find_events
from pactgraph.loaders.inference import Found
from pactgraph.loaders.mentions import Mention, find_mentions
from pactgraph.loaders.relations import Extractor, unique
from pactgraph.loaders.resolve import ResolvedEntity, finish, resolve
from pactgraph.loaders.syntax import Parse, parse_many
from pactgraph.loaders.text import Sentence, split_sentences, tokenize
from pactgraph.ontology.statements import Document, Entity, Evidence, Extraction, Relation

T = TypeVar("T")

log = logging.getLogger(__name__)

_STRUCK = re.compile(r"\b(?:struck|signed|agreed|reached|hammered\s+out|thrashed\s+out|concluded|sealed|"
                     r"brokered|announced|clinched)\b[^.;]{0,25}$")


_STRUCK_BEFORE = re.compile(r"\b(?:struck|signed|agreed|reached|sealed|concluded|announced|clinched)\s+"
                            r"(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,3}$")


def _gazetteer() -> object | None:
    try:
        from pactgraph.loaders.gazetteer import Gazetteer
    except ImportError:  # the tables are optional: names are still found by their shape
        return None
    return Gazetteer.default()


def _agreement_date(body: str, cluster_mentions: list[Mention], sentences: list[Sentence],
                    reference: str | None) -> str | None:
    """When an agreement was struck: the time expressions attached to its signing."""
    refs = []
    for m in cluster_mentions:
        s = sentences[m.sent]
        tail = body[m.end:s.end]
        # "X and Y agreed a truce in Qamishli last Tuesday": the sentence that makes the deal dates it
        made_here = _STRUCK_BEFORE.search(body, max(s.start, m.start - 40), m.start) is not None
        for t in find_dates(tail, reference, offset=m.end):
            lead = body[max(m.end, t.start - 60):t.start]
            if _STRUCK.search(lead) or t.start - m.end < 8 and "of" in body[m.end:t.start] or (
                    made_here and t.start - m.end < 40 and not re.search(r"[,;]", body[m.end:t.start])):
                refs.append(t)
    best = combine(refs, reference)
    return best.value if best else None


def _entity(e: ResolvedEntity, date: str | None = None) -> Entity:
    return Entity(id=e.id, name=e.name, type=e.type, aliases=e.aliases, wikidata=e.wikidata,
                  kind=e.kind, date=date)


@dataclass(slots=True)
class _Reading:
    """One document read up to its relations: what ``extract`` needs of it besides them."""

    sentences: list[Sentence]
    mentions: list[Mention]
    clusters: list[Cluster]
    resolved: list[ResolvedEntity | None]
    extractor: Extractor


def _reading(document: Document, gaz: object | None) -> _Reading:
    body = document.body
    tokens = tokenize(body)
    sentences = split_sentences(tokens, body)
    mentions = find_mentions(body, tokens, sentences, gaz, document.date)
    clusters = resolve(mentions, body, gaz)
    resolved = finish(clusters, gaz, document.id)
    return _Reading(sentences, mentions, clusters, resolved,
                    Extractor(body, sentences, mentions, resolved, gaz, tokens))


def _read(document: Document, gaz: object | None):
    r = _reading(document, gaz)
    return r.sentences, r.mentions, r.clusters, r.resolved, r.extractor.run()


def fired_rules(document: Document, *, gazetteer: object | None = None) -> Counter[str]:
    """How many relations each rule read in a document, before duplicates are merged (for rule reports)."""
    gaz = gazetteer if gazetteer is not None else _gazetteer()
    return Counter(f.rule for f in _read(document, gaz)[-1])


def extract(document: Document, *, gazetteer: object | None = None) -> Extraction:
    """The entities and relations one document states, each relation with its evidence sentence."""
    gaz = gazetteer if gazetteer is not None else _gazetteer()
    r = _reading(document, gaz)
    return _extraction(document, r, r.extractor.run())


def extract_many(items: Iterable[Document | T], *, gazetteer: object | None = None,
                 batch: int = 16) -> Iterator[tuple[Document | DocumentError | T, Extraction | None]]:
    """Each item with its extraction (``None`` for an item that is not a document), in order: what
    ``extract`` gives each document, with the sentences of up to ``batch`` documents parsed together
    (the parser reads a larger batch faster). A document whose extraction fails comes back as a
    ``DocumentError`` naming it and the failure, and the others go on."""
    gaz = gazetteer if gazetteer is not None else _gazetteer()
    pending: list[Document | T] = []

    def flush() -> Iterator[tuple[Document | DocumentError | T, Extraction | None]]:
        documents = {i: item for i, item in enumerate(pending) if isinstance(item, Document)}
        readings: dict[int, _Reading] = {}
        failed: dict[int, DocumentError] = {}
        for i, d in documents.items():
            try:
                readings[i] = _reading(d, gaz)
            except Exception as e:  # noqa: BLE001 (one document's failure is reported, the rest go on)
                failed[i] = _failure(d, e)
        parses = _parses(readings)
        for i, item in enumerate(pending):
            if i in failed:
                yield failed[i], None
            elif (r := readings.get(i)) is None:
                yield item, None
            else:
                try:
                    extraction = _extraction(documents[i], r, r.extractor.run(parses.get(i)))
                except Exception as e:  # noqa: BLE001
                    yield _failure(documents[i], e), None
                else:
                    yield item, extraction
        pending.clear()

    waiting = 0  # documents in ``pending``
    for item in items:
        pending.append(item)
        waiting += isinstance(item, Document)
        if waiting >= batch:
            yield from flush()
            waiting = 0
    yield from flush()


def _parses(readings: dict[int, _Reading]) -> dict[int, dict[int, Parse]]:
    """The documents' parses, parsed together; when that fails, each document's alone (a document whose
    parse fails is parsed again in ``run``, which reports it)."""
    try:
        return dict(zip(readings, parse_many([r.extractor.parse_job() for r in readings.values()]),
                        strict=True))
    except Exception as e:  # noqa: BLE001
        log.warning("the parse of %d documents together failed (%s): each is parsed alone", len(readings), e)
        out: dict[int, dict[int, Parse]] = {}
        for i, r in readings.items():
            try:
                out[i] = parse_many([r.extractor.parse_job()])[0]
            except Exception:  # noqa: BLE001, S112
                continue
        return out


def _failure(document: Document, error: Exception) -> DocumentError:
    log.error("%s: extraction failed", document.path or document.name, exc_info=error)
    reason = f"extraction failed ({type(error).__name__}: {error})"
    return DocumentError(document.path or document.name, reason)


def _extraction(document: Document, r: _Reading, raw: list[Found]) -> Extraction:
    body = document.body
    sentences, mentions, clusters, resolved = r.sentences, r.mentions, r.clusters, r.resolved
    found = list(unique(raw))

    dates: dict[str, str | None] = {}
    for c, e in zip(clusters, resolved, strict=True):
        if e is not None and e.type == "Agreement":
            dates[e.id] = _agreement_date(body, [mentions[i] for i in c.mentions], sentences, document.date)
    entities: dict[str, Entity] = {}

    def entity(e: ResolvedEntity) -> Entity:
        out = entities.get(e.id)
        if out is None:
            out = entities[e.id] = _entity(e, dates.get(e.id))
        return out

    relations = []
    for f in found:
        sentence = body[f.sentence.start:f.sentence.end]
        evidence = Evidence(doc=document.id, sentence=sentence, start=f.sentence.start, end=f.sentence.end,
                            rule=f.rule)
        relations.append(Relation(subject=entity(f.subject), predicate=f.predicate, object=entity(f.object),
                                  evidence=evidence, status=f.status, confidence=f.confidence,
                                  date=document.date))
    relations.sort(key=lambda r: (r.evidence.start, r.predicate, r.subject.id, r.object.id))
    events = find_events(body, sentences, mentions, resolved, document.date, document.id, entity=entity)
    return Extraction(document=document, entities=tuple(entities.values()), relations=tuple(relations),
                      events=tuple(events))


__all__ = ["extract", "extract_many", "fired_rules", "replace"]
