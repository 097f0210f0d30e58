"""One resource of the graph as RDF, for GET /id/{kind}/{id}: the IRIs the export mints, dereferenced.

A resource's description is what the export says about it and around it: its classes, names
and details; its typed relations either way, each with its summary and ``pg:evidence`` links;
its neighbours' classes and names (so a reader can label them); and every statement about it
(asserted, denied, alleged or hypothetical), with its sentence, in the named graph of its
document. The mapping is the export's own (``graph/rdf/mapping.py``), so both say the same.
"""

from __future__ import annotations

from typing import Any, Final

import neo4j
from rdflib import Dataset

from pactgraph.graph.errors import NotFound
from pactgraph.graph.queries.rdf import describe_evidence, describe_node
from pactgraph.graph.queries.schema import NODE_LABELS
from pactgraph.graph.rdf.dataset import add_quads, new_dataset
from pactgraph.graph.rdf.mapping import EXPORT_TYPES, Iris, evidence_quads, node_quads
from pactgraph.graph.schema import driver_errors
from pactgraph.ontology.vocabulary import RELATIONS, relationship_type

#: IRI path segment (``{base}{kind}/{id}``) -> the node label it names.
KINDS: Final = {"actor": "Actor", "agreement": "Agreement", "place": "Place", "event": "Event",
                "document": "Document", "evidence": "Evidence"}


def describe(driver: neo4j.Driver, kind: str, id: str, *, database: str, base_iri: str) -> Dataset:
    """The description of ``{base_iri}{kind}/{id}``; NotFound when the graph has no such node."""
    label = KINDS.get(kind)
    if label is None:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    params: dict[str, Any] = {"id": id, "types": list(EXPORT_TYPES), "labels": list(NODE_LABELS),
                              "relation_types": [relationship_type(p) for p in RELATIONS]}

    def work(tx: neo4j.ManagedTransaction) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        nodes = [] if label == "Evidence" else [
            r.data() for r in tx.run(describe_node(label), params)]
        evidence = [r.data() for r in tx.run(describe_evidence(label), params)]
        return nodes, evidence

    with driver_errors(), driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        nodes, evidence = session.execute_read(work)
    if not nodes and not evidence:
        raise NotFound(kind, id)
    iris = Iris.of(base_iri)
    dataset = new_dataset(iris)
    for row in nodes:
        add_quads(dataset, node_quads(row, iris))
    documents = {row["document_id"]: row["document"] for row in evidence if row.get("document")}
    for document_id, properties in sorted(documents.items()):
        add_quads(dataset, node_quads({"labels": ["Document"], "node": {**properties, "id": document_id},
                                       "relations": []}, iris))
    for row in evidence:
        add_quads(dataset, evidence_quads(row, iris))
    return dataset
