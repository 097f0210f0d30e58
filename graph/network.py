"""A neighbourhood (``graph.read.neighbourhood``) as GraphML or GEXF, for Gephi and Cytoscape desktop.

networkx builds a directed multigraph (two entities may be linked by several predicates, and by
the same one in several statuses) and writes it with its own writers. Node and edge attributes
are the JSON answer's, flattened to the scalars both formats can type: lists become text joined
by ``"; "``, and missing values are left out.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any, Final

import networkx as nx

#: The media type of each format.
MEDIA_TYPES: Final = {"graphml": "application/graphml+xml", "gexf": "application/gexf+xml"}


def _scalars(values: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if value is None:
            continue
        out[key] = "; ".join(str(v) for v in value) if isinstance(value, list | tuple) else value
    return out


def to_networkx(answer: Mapping[str, Any]) -> nx.MultiDiGraph:
    """The neighbourhood as a networkx multigraph: nodes by id, edges keyed by the answer's edge id."""
    graph = nx.MultiDiGraph(centre=answer["centre"]["id"], depth=answer["depth"])
    for node in answer["nodes"]:
        attributes = _scalars({k: v for k, v in node.items() if k != "id"})
        attributes["label"] = node["name"]
        graph.add_node(node["id"], **attributes)
    for edge in answer["edges"]:
        attributes = _scalars({k: v for k, v in edge.items() if k not in ("id", "source", "target")})
        attributes["label"] = edge["predicate"]
        # Gephi draws an edge's weight as its width: the number of documents that state it.
        attributes["weight"] = len(edge["sources"])
        attributes["documents"] = attributes.pop("sources", "")
        graph.add_edge(edge["source"], edge["target"], key=edge["id"], **attributes)
    return graph


def write(answer: Mapping[str, Any], fmt: str) -> bytes:
    """The neighbourhood in ``fmt`` (``graphml`` or ``gexf``), UTF-8 XML."""
    graph = to_networkx(answer)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r}; expected one of {', '.join(MEDIA_TYPES)}")
    return buffer.getvalue()
