"""What the peer benchmarks (``bench/upsert.py``, ``bench/rdf_import.py``) share.

The peers run on the same Neo4j as pactgraph, one after the other, each into an emptied
database. neo4j-graphrag's ``Neo4jWriter`` merges relationships with
``apoc.merge.relationship``, so the benchmarks' local server is started with APOC core
(``bench/apoc/pom.xml``: Maven resolves it from Maven Central into ``~/.m2``; the server's
``plugins/`` folder gets links to the jars, never copies, and nothing goes in git). A server
of your own (``PACTGRAPH_BENCH_NEO4J_URI``) must have APOC installed already.

"Empty" differs by side on purpose: pactgraph's side starts from :func:`bench.common.fresh_database`
(wiped, its own constraints and indexes), a peer's side from a wiped database with *no* schema
but the one the peer creates itself: pactgraph's uniqueness constraints on ``Actor.id`` and the
like would otherwise be checked on every node the peer writes under those labels, a cost the peer
would not pay on its own database.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import ROOT, bench_settings, fresh_database, machine

if TYPE_CHECKING:
    import neo4j

APOC_POM = ROOT / "bench" / "apoc" / "pom.xml"
#: The procedure neo4j-graphrag's writer calls; its presence tells that APOC is loaded.
APOC_PROCEDURE = "apoc.merge.relationship"


def apoc_jars() -> list[Path]:
    """APOC core and its runtime libraries in the Maven cache, resolved by Maven on first use."""
    settings = bench_settings()
    cached = settings.pactgraph_home / "classpath" / "apoc.txt"
    if cached.exists():
        jars = [Path(jar) for jar in cached.read_text(encoding="utf-8").strip().split(os.pathsep) if jar]
        if jars and all(jar.is_file() for jar in jars):
            return jars
    mvn = shutil.which("mvn")
    if not mvn:
        raise SystemExit("mvn not found: Maven fetches APOC for the neo4j-graphrag benchmark")
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(".tmp")
    done = subprocess.run([mvn, "-B", "-q", "-f", str(APOC_POM), "dependency:build-classpath",
                           "-Dmdep.includeScope=runtime", f"-Dmdep.outputFile={partial}"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0 or not partial.exists():
        raise SystemExit(f"Maven could not resolve APOC: {(done.stdout + done.stderr).strip()[-500:]}")
    partial.replace(cached)
    return apoc_jars()


def has_procedure(driver: neo4j.Driver, database: str, name: str) -> bool:
    """Whether the server offers the procedure ``name``."""
    records, _, _ = driver.execute_query("SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) AS n",
                                         name=name, database_=database)
    return bool(records[0]["n"])


@contextmanager
def driver_with_apoc() -> Iterator[tuple[neo4j.Driver, str]]:
    """A driver on the benchmarks' Neo4j with APOC loaded, restarting the local one if it lacks it."""
    if not os.environ.get("PACTGRAPH_BENCH_NEO4J_URI"):
        os.environ["NEO4J_PLUGIN_JARS"] = os.pathsep.join(str(jar) for jar in apoc_jars())
    settings = bench_settings()
    from pactgraph.graph.connection import open_driver

    driver = open_driver(settings)
    try:
        if not has_procedure(driver, settings.neo4j_database, APOC_PROCEDURE):
            if settings.neo4j_uri:
                raise SystemExit(f"{settings.neo4j_uri} has no {APOC_PROCEDURE}: install APOC core there")
            # Started earlier without plugins (by another benchmark): start it again with them.
            from pactgraph.graph.server.local import LocalNeo4j

            driver.close()
            LocalNeo4j.from_settings(settings).stop()
            driver = open_driver(settings)
            if not has_procedure(driver, settings.neo4j_database, APOC_PROCEDURE):
                raise SystemExit(f"APOC did not load: see {settings.pactgraph_home / 'logs'}")
        yield driver, settings.neo4j_database
    finally:
        driver.close()


def empty_database(driver: neo4j.Driver, database: str) -> None:
    """Wipe every node and drop every constraint and index but the two token lookups, for a peer."""
    from pactgraph.graph.schema import wipe

    wipe(driver, database=database)
    with driver.session(database=database) as session:
        for record in list(session.run("SHOW CONSTRAINTS YIELD name")):
            session.run(f"DROP CONSTRAINT `{record['name']}` IF EXISTS").consume()
        for record in list(session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")):
            session.run(f"DROP INDEX `{record['name']}` IF EXISTS").consume()


def pactgraph_database(driver: neo4j.Driver, database: str) -> None:
    """What a peer left dropped too, then pactgraph's own fresh database (wiped, its schema)."""
    empty_database(driver, database)
    fresh_database(driver, database)


def markdown_table(title: str, header: list[str], rows: list[list[str]]) -> str:
    """A markdown table under a title and the machine line, as the README shows them."""
    lines = [f"### {title}", "", f"`{machine()}`", "",
             "| " + " | ".join(header) + " |",
             "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
