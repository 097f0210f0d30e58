"""GET /relations and its shortcuts /opposition and /alliances: who stands how to whom."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from pactgraph.api.deps import DriverDep, SettingsDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import RelationPage
from pactgraph.api.params import EndName, RelationFilterParams
from pactgraph.graph import read
from pactgraph.ontology.vocabulary import RelationName

router = APIRouter(tags=["relations"])

_RUSSIA = {"id": "russia", "name": "Russia", "type": "State", "aliases": ["Moscow", "Kremlin"],
           "wikidata": "Q159"}
_OPPOSITION_EXAMPLE = {"data": [{
    "predicate": "opposes", "subject": _RUSSIA,
    "object": {"id": "turkey", "name": "Turkey", "type": "State", "aliases": ["Ankara"], "wikidata": "Q43"},
    "evidence_count": 1, "sources": ["00_idlib_2019.txt"], "first_seen": "2019-05-06",
    "last_seen": "2019-05-06", "confidence": 0.85,
    "matched": {"evidence_count": 1, "sources": ["00_idlib_2019.txt"], "first_seen": "2019-05-06",
                "last_seen": "2019-05-06"},
    "evidence": [{"document": "00_idlib_2019.txt", "document_id": "d6b7db82e94d8c186d686fb8",
                  "date": "2019-05-06", "status": "asserted", "start": 1522, "end": 1722,
                  "sentence": "Despite being on opposing sides, Russia and Turkey found common cause in "
                              "seeking to avert a major Syrian regime offensive on Idlib ...",
                  "rule": "on-opposing-sides-x-and-y", "confidence": 0.85, "predicate": "opposes"}]}],
    "count": 1}
_ALLIANCE_EXAMPLE = {"data": [{
    "predicate": "allied_with",
    "subject": {"id": "iran", "name": "Iran", "type": "State", "aliases": ["Tehran"], "wikidata": "Q794"},
    "object": {"id": "houthi", "name": "Houthi", "type": "ArmedGroup", "aliases": ["Houthis"],
               "wikidata": None},
    "evidence_count": 1, "sources": ["01_yemen_hodeidah_2019.txt"], "first_seen": "2019-01-16",
    "last_seen": "2019-01-16", "confidence": 0.8,
    "matched": {"evidence_count": 1, "sources": ["01_yemen_hodeidah_2019.txt"], "first_seen": "2019-01-16",
                "last_seen": "2019-01-16"},
    "evidence": [{"document": "01_yemen_hodeidah_2019.txt", "document_id": "9e84d3e5f306d2f03460979d",
                  "date": "2019-01-16", "status": "asserted", "start": 386, "end": 555,
                  "sentence": "The Saudi-led coalition, which backs the internationally recognised "
                              "government of President Abd-Rabbu Mansour Hadi, has fought the Iran-aligned "
                              "Houthis since March 2015.", "rule": "x-aligned-y", "confidence": 0.8,
                  "predicate": "allied_with"}]}],
    "count": 1}


def _example(body: dict[str, Any]) -> dict[int | str, dict[str, Any]]:
    return {200: {"content": {"application/json": {"example": body}}}, **error_responses(422, 503)}

Predicate = RelationName


@router.get("/relations", response_model=RelationPage,
            summary="Any relation between actors, agreements and places, with the sentences",
            responses=error_responses(422, 503))
def relations(
    driver: DriverDep,
    settings: SettingsDep,
    predicate: Annotated[Predicate | None, Query(description="The relation; without it, every relation.",
                                                 examples=["backs"])] = None,
    subject: Annotated[EndName, Query(examples=["Turkey"])] = None,
    object: Annotated[EndName, Query(examples=["NLF"])] = None,
    actor: Annotated[EndName, Query(description="Either end: a name, alias or id.")] = None,
    *,
    filters: RelationFilterParams,
) -> dict[str, Any]:
    """Subject/object pairs, most evidence first, each with its documents, dates and sentences.
    A symmetric relation (`opposes`, `allied_with`) comes once, its filtered end as `subject`."""
    return read.find_relations(driver, predicate, subject=subject, object=object, actor=actor,
                               database=settings.neo4j_database, **filters.arguments())


def _symmetric(predicate: str, noun: str):
    def route(
        driver: DriverDep,
        settings: SettingsDep,
        actor: Annotated[EndName, Query(description="One side: a name, alias or id.",
                                        examples=["Russia"])] = None,
        other: Annotated[EndName, Query(description="The other side.")] = None,
        *,
        filters: RelationFilterParams,
    ) -> dict[str, Any]:
        return read.find_relations(driver, predicate, subject=actor, object=other,
                                   database=settings.neo4j_database, **filters.arguments())

    route.__doc__ = (f"Pairs of actors {noun}, most evidence first, each once with `actor` as `subject`; "
                     f"`/relations?predicate={predicate}` with either end.")
    route.__name__ = predicate
    return route


router.add_api_route("/opposition", _symmetric("opposes", "on opposing sides"), methods=["GET"],
                     response_model=RelationPage, summary="Who opposes whom, with the sentences",
                     responses=_example(_OPPOSITION_EXAMPLE))
router.add_api_route("/alliances", _symmetric("allied_with", "allied with each other"), methods=["GET"],
                     response_model=RelationPage, summary="Who is allied with whom, with the sentences",
                     responses=_example(_ALLIANCE_EXAMPLE))
