"""POST /documents: extract a document sent over HTTP and store it, as `pactgraph ingest` does."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from pactgraph.api.deps import ApiKeyDep, SettingsDep, WriteDriverDep
from pactgraph.api.errors import error_responses
from pactgraph.api.models import DocumentIn, DocumentStored
from pactgraph.loaders import document_from_text
from pactgraph.pipeline.store import ingest_document

router = APIRouter(tags=["write"])


@router.post("/documents", response_model=DocumentStored, status_code=201,
             summary="Extract a document and store what it states (needs the API key)",
             responses={200: {"model": DocumentStored, "description": "The graph already held this text"},
                        **error_responses(400, 401, 403, 422, 503)})
def post_document(
    _: ApiKeyDep,
    body: DocumentIn,
    response: Response,
    driver: WriteDriverDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """The same extraction and the same idempotent write as `pactgraph ingest`, one transaction:
    201 when the text is new, 200 when it was already stored (nothing is added twice)."""
    document = document_from_text(body.text, body.name, date=body.date, title=body.title,
                                  max_bytes=settings.pactgraph_max_document_bytes)
    summary = ingest_document(driver, document, database=settings.neo4j_database)[1]
    created = summary.nodes_created > 0
    if not created:
        response.status_code = 200
    return {"document": {"id": document.id, "name": document.name, "date": document.date,
                         "title": document.title},
            "created": created, "relations": summary.relations, "evidence": summary.evidence,
            "events": summary.events, "nodes_created": summary.nodes_created,
            "relationships_created": summary.relationships_created}
