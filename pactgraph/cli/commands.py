"""The ``pactgraph`` command line, its app and its commands but ``ingest`` and ``db`` (see
CONTRACT.md for the commands users rely on).

Errors go to stderr, one line per problem, naming the input; the exit status
is non-zero when any input failed, after all the rest was done.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from pactgraph.cli.common import command_driver as _driver
from pactgraph.cli.common import err, out
from pactgraph.cli.common import problem as _problem
from pactgraph.cli.db import db_app
from pactgraph.cli.ingest import ingest
from pactgraph.ontology.errors import PactgraphError
from pactgraph.ontology.vocabulary import RdfFormat
from pactgraph.pipeline.report import count as _count
from pactgraph.settings import get_settings

app = typer.Typer(
    name="pactgraph",
    help="A knowledge graph of political and armed actors, their alliances, agreements and events, "
         "from news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(db_app, name="db", help="The project's local Neo4j (used when NEO4J_URI is unset).")

__all__ = ["app", "main"]

log = logging.getLogger(__name__)


class ExtractFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"




@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of plain-text news (*.txt).")],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f", help="jsonl: one relation per line.")] = (
        ExtractFormat.table
    ),
) -> None:
    """Extract relations from documents, without a database."""
    from pactgraph.loaders import iter_documents
    from pactgraph.loaders.errors import DocumentError
    from pactgraph.loaders.extract import extract_many

    failed = read = relations = 0
    table = Table("doc", "subject", "predicate", "object", "status", "sentence")
    for item, extraction in extract_many(iter_documents(paths,
                                                        max_bytes=get_settings().pactgraph_max_document_bytes)):
        if isinstance(item, DocumentError) or extraction is None:
            failed += 1
            _problem(str(item))
            continue
        read += 1
        relations += len(extraction.relations)
        for relation in extraction.relations:
            if format is ExtractFormat.jsonl:
                sys.stdout.write(json.dumps(relation.as_json(item.name), ensure_ascii=False) + "\n")
            else:
                sentence = relation.evidence.sentence
                table.add_row(item.name, relation.subject.name, relation.predicate, relation.object.name,
                              relation.status, sentence if len(sentence) < 90 else sentence[:87] + "...")
    if format is ExtractFormat.table:
        out.print(table)
    err.print(f"{_count(read, 'document')} read ({_count(relations, 'relation')}), {failed} unreadable.",
              markup=False)
    if failed:
        raise typer.Exit(1)


app.command()(ingest)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Processes serving requests (each with its own "
                                         "driver); more than one uses more cores for the Python side.")] = 1,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs)."""
    import uvicorn

    if workers == 1:
        from pactgraph.api.app import create_app

        uvicorn.run(create_app(get_settings()), host=host, port=port, log_level="info")
        return
    # Several processes need an import string: each worker builds its own app (and driver).
    # The settings come from the environment in each, as they do here.
    get_settings()  # fail here, once, on bad settings rather than in every worker
    uvicorn.run("pactgraph.api.app:create_app", factory=True, host=host, port=port, workers=workers,
                log_level="info")


@app.command()
def export(
    format: Annotated[RdfFormat,
                      typer.Option("--format", "-f", help="RDF serialisation.")] = "turtle",
    output: Annotated[Path | None,
                      typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
    actor: Annotated[str | None, typer.Option(
        help="Only this actor's neighbourhood (a name, alias or id).")] = None,
    predicate: Annotated[str | None, typer.Option(
        help="Only statements of this relation (backs, opposes, ...).")] = None,
    since: Annotated[str | None, typer.Option(
        help="Only statements and events dated on or after (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(
        help="Only statements and events dated on or before (YYYY[-MM[-DD]]).")] = None,
) -> None:
    """Export the graph as RDF under the ontology in ontology/pactgraph.ttl.

    N-Triples and N-Quads are written page by page as they are read; the other formats are
    built in memory first.
    """
    from pactgraph.graph.rdf.export import serialize
    from pactgraph.graph.rdf.filters import export_filter
    from pactgraph.graph.rdf.stream import STREAM_MEDIA_TYPES, stream

    settings = get_settings()
    database, base = settings.neo4j_database, settings.pactgraph_base_iri
    with _driver() as driver:
        try:
            filters = export_filter(driver, database=database, actor=actor, predicate=predicate,
                                    since=since, until=until)
        except (ValueError, PactgraphError) as e:
            _problem(str(e))
            raise typer.Exit(1) from e
        if format in STREAM_MEDIA_TYPES:
            chunks = stream(driver, database=database, fmt=format, base_iri=base, filters=filters)
        else:
            chunks = iter([serialize(driver, database=database, fmt=format, base_iri=base,
                                     filters=filters)])
        if output is None:
            try:
                for chunk in chunks:
                    sys.stdout.write(chunk)
                sys.stdout.flush()
            except BrokenPipeError:
                # The reader stopped (`| head`): not an error. Point stdout at /dev/null so the
                # interpreter's own flush at exit does not fail again.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        else:
            with output.open("w", encoding="utf-8") as f:
                for chunk in chunks:
                    f.write(chunk)
            err.print(f"wrote {output}", markup=False)


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="An RDF file that `pactgraph export` wrote.")],
    format: Annotated[RdfFormat | None, typer.Option(
        "--format", "-f", help="RDF serialisation (default: by extension: .ttl .nt .nq .jsonld .trig).",
    )] = None,
    base_iri: Annotated[str | None, typer.Option(
        "--base-iri", help="Base the file's IRIs were minted under (default PACTGRAPH_BASE_IRI).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Name every resource, term and "
                                          "statement left out, one line each.")] = False,
) -> None:
    """Import an RDF export (Turtle, N-Triples, N-Quads, JSON-LD or TriG) into Neo4j.

    It only adds: stored nodes keep what the file leaves out, summaries are recounted from the
    graph. What it leaves out is counted by kind (listed with --verbose), and the exit status is 1.
    A file past PACTGRAPH_IMPORT_MAX_BYTES or PACTGRAPH_IMPORT_MAX_TRIPLES, or JSON-LD naming a
    context to fetch, is refused before anything is written.
    """
    from pactgraph.graph.rdf.decode import SKIP_KINDS
    from pactgraph.graph.rdf.importer import import_rdf
    from pactgraph.graph.rdf.parse import format_of, read_bounded
    from pactgraph.graph.schema import ensure_schema

    settings = get_settings()
    try:
        fmt = format_of(file, format)
        data = read_bounded(file, settings.pactgraph_import_max_bytes)
    except (OSError, ValueError, PactgraphError) as e:
        _problem(f"{file}: {e.strerror if isinstance(e, OSError) and e.strerror else e}")
        raise typer.Exit(1) from e
    with _driver() as driver:
        ensure_schema(driver, database=settings.neo4j_database)
        try:
            summary = import_rdf(driver, data, fmt=fmt, database=settings.neo4j_database,
                                 base_iri=base_iri or settings.pactgraph_base_iri,
                                 max_bytes=settings.pactgraph_import_max_bytes,
                                 max_triples=settings.pactgraph_import_max_triples)
        except PactgraphError as e:
            _problem(f"{file}: {e}")
            raise typer.Exit(1) from e
    kinds = ", ".join(f"{n} {SKIP_KINDS[kind]}" for kind, n in summary.skipped_by_kind.items())
    err.print(f"{file}: {_count(summary.triples, 'triple')} read; {_count(summary.nodes_created, 'node')} "
              f"and {_count(summary.relationships_created, 'relationship')} added, "
              f"{summary.skipped} resources skipped" + (f": {kinds}." if kinds else "."), markup=False)
    if verbose:
        for kind, items in summary.skipped_items.items():
            for item in items:
                err.print(f"{file}: skipped ({SKIP_KINDS[kind]}): {item}", markup=False)
    if summary.skipped:
        raise typer.Exit(1)


def _parse_params(raw: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for item in raw:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected k=v, got {item!r}", param_hint="--param")
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


@app.command()
def query(
    cypher: Annotated[str, typer.Argument(help="A read-only Cypher query.")],
    param: Annotated[list[str] | None,
                     typer.Option("--param", "-p", help="k=v (v read as JSON if it parses).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Rows as JSON lines.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 1000,
) -> None:
    """Run a read-only Cypher query (writes and procedure calls are refused)."""
    from pactgraph.graph.cypher import run_read_only
    from pactgraph.settings import cypher_auth

    params = _parse_params(param or [])
    settings = get_settings()
    with _driver() as driver:
        try:
            rows = run_read_only(driver, cypher, params, database=settings.neo4j_database, limit=limit,
                                 auth=cypher_auth(settings))
        except PactgraphError as e:
            _problem(str(e))
            raise typer.Exit(1) from e
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(*(rows[0].keys() if rows else ["(no rows)"]))
    for row in rows:
        table.add_row(*(json.dumps(v, ensure_ascii=False, default=str) if not isinstance(v, str) else v
                        for v in row.values()))
    out.print(table)


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
