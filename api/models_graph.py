"""Response models of GET /graph: one neighbourhood as nodes and edges."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from pactgraph.ontology.vocabulary import StatusName

_TURKEY: JsonDict = {"id": "turkey", "name": "Turkey", "kind": "State", "type": "State",
                     "aliases": ["Ankara", "Turkish"], "wikidata": "Q43", "depth": 0}
_NLF: JsonDict = {"id": "national-liberation-front", "name": "National Liberation Front",
                  "kind": "ArmedGroup", "type": "ArmedGroup", "aliases": ["NLF"], "wikidata": None,
                  "depth": 1}


class GraphNode(BaseModel):
    """An actor, agreement or place of the neighbourhood."""

    id: str
    name: str
    kind: str = Field(description="What it is, as the page draws it: State, ArmedGroup, Organization, "
                                  "Person, Agreement or Place.")
    type: str | None = None
    aliases: list[str] = []
    wikidata: str | None = None
    depth: int = Field(description="Hops from the centre (0: the centre).")


class GraphEdge(BaseModel):
    """The statements of one subject, predicate, object and status, summarised."""

    id: str = Field(description="`subject|predicate|status|object`.")
    source: str = Field(description="Id of the subject (of a symmetric relation: the smaller id).")
    target: str = Field(description="Id of the object.")
    predicate: str
    status: StatusName
    symmetric: bool = Field(description="A relation without direction (opposes, allied_with).")
    evidence_count: int = Field(description="Statements that passed the filters.")
    sources: list[str] = Field(description="Their documents.")
    first_seen: str | None = Field(None, description="Earliest document date.")
    last_seen: str | None = Field(None, description="Latest document date.")
    confidence: float | None = Field(None, description="The highest confidence of its statements.")


#: An answer of GET /graph?actor=turkey (cut to one edge), for the OpenAPI examples.
EXAMPLE: JsonDict = {
    "centre": _TURKEY, "depth": 1, "nodes": [_TURKEY, _NLF],
    "edges": [{"id": "turkey|backs|asserted|national-liberation-front", "source": "turkey",
               "target": "national-liberation-front", "predicate": "backs", "status": "asserted",
               "symmetric": False, "evidence_count": 1, "sources": ["00_idlib_2019.txt"],
               "first_seen": "2019-05-06", "last_seen": "2019-05-06", "confidence": 0.9}],
    "count": 1, "truncated": False}


class GraphAnswer(BaseModel):
    """One neighbourhood; `format=graphml` or `format=gexf` gives the same subgraph as XML."""

    model_config = ConfigDict(json_schema_extra={"examples": [EXAMPLE]})
    centre: GraphNode
    depth: int
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    count: int = Field(description="Number of edges.")
    truncated: bool = Field(description="Whether `limit` cut the answer (raise it, or filter).")
