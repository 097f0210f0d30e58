"""``pactgraph ingest --bulk``: a first load into an empty local database by Neo4j's offline importer.

The extractions are folded in memory into the rows the writer would send
(:class:`pactgraph.graph.bulk.BulkGraph`), written as CSV files and loaded by
``neo4j-admin database import`` with the server stopped; the server is then started again and
the schema built. The database must be empty before extraction, and still be after it: anything
written meanwhile would be lost under the import.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from pactgraph.graph.bulk import BulkGraph, after_import, import_files
from pactgraph.graph.errors import GraphUnavailable
from pactgraph.graph.schema import counts, ensure_schema
from pactgraph.graph.server.local import LocalNeo4j
from pactgraph.ontology.errors import PactgraphError
from pactgraph.pipeline.report import IngestRefused, Report, count, one_line

if TYPE_CHECKING:
    import neo4j

    from pactgraph.ontology.statements import Document, Extraction
    from pactgraph.settings import Settings


class BulkLoad:
    """The documents of one ``--bulk`` ingest, gathered for the offline importer."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database = settings.neo4j_database
        self.graph = BulkGraph()
        self.accepted: list[Document] = []

    def check_empty(self, driver: neo4j.Driver) -> None:
        """IngestRefused unless the database is empty (or answers at all)."""
        try:
            nodes, relationships = counts(driver, database=self.database)
        except GraphUnavailable as e:
            raise IngestRefused(str(e)) from e
        if nodes or relationships:
            raise IngestRefused(
                f"--bulk needs an empty database: {self.database} holds {count(nodes, 'node')} and "
                f"{count(relationships, 'relationship')} (`pactgraph db clean --yes` empties it; ingest "
                "without --bulk adds to it)")

    def check_still_empty(self, driver: neo4j.Driver) -> None:
        """IngestRefused when someone else wrote to the database during extraction."""
        nodes, relationships = counts(driver, database=self.database)
        if nodes or relationships:
            raise IngestRefused(f"--bulk needs an empty database: {self.database} was written to during "
                                f"extraction ({count(nodes, 'node')}); nothing was loaded")

    def add(self, document: Document, extraction: Extraction) -> None:
        self.graph.add(extraction)
        self.accepted.append(document)

    def load(self, connect: Callable[[], AbstractContextManager[neo4j.Driver]], report: Report,
             problem: Callable[[str], None]) -> None:
        """Write the CSV files, import them with the server stopped, start it, build the schema.

        A load that fails puts every document on the report's list of documents not stored.
        """
        database = self.database
        local = LocalNeo4j.from_settings(self.settings)
        folder = Path(tempfile.mkdtemp(prefix="bulk-", dir=local.home))
        try:
            loaded = False
            if self.accepted:
                try:
                    files = self.graph.write_csv(folder / "csv")
                    import_files(local, files, database=database, report=folder / "import.report")
                    loaded = True
                except (PactgraphError, ValueError, OSError) as e:
                    problem(f"bulk load failed: {one_line(str(e))}")
                    report.not_stored.extend(document.path or document.name for document in self.accepted)
            with connect() as driver:
                if loaded:
                    after_import(driver, database=database)
                    report.nodes, report.relationships = counts(driver, database=database)
                    report.stored = len(self.accepted)
                    report.relations = self.graph.relations_read
                else:
                    ensure_schema(driver, database=database)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
