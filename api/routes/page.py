"""GET /: the explorer page, and /static/: its scripts, styles and the vendored Cytoscape.js.

The page is plain HTML, CSS and JavaScript in ``api/static/`` (no build step); it reads the
same routes as any other client: /actors, /graph, /relations, /paths and /agreements/{id}.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

#: The page's files, shipped inside the package (``package-data`` in pyproject.toml).
STATIC = Path(__file__).resolve().parent.parent / "static"

router = APIRouter(tags=["page"])


@router.get("/", response_class=FileResponse, response_model=None, summary="The explorer page",
            responses={200: {"content": {"text/html": {"schema": {"type": "string"}, "example": (
                "<!doctype html>\n<html lang=\"en\">\n<head>\n<title>pactgraph explorer</title>\n...")}},
                             "description": "Search an actor, draw its neighbourhood, read the evidence."}})
def page() -> FileResponse:
    """The graph explorer: `/?actor=ID` opens an actor's (or a place's) neighbourhood,
    `/?agreement=ID` an agreement's view, `/?from_actor=A&to_actor=B` the paths between two."""
    return FileResponse(STATIC / "index.html", media_type="text/html")
