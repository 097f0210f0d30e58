"""``pactgraph db``: the project's local Neo4j (used when ``NEO4J_URI`` is unset).

Exit status: 0 on success; ``status`` exits 0 when the server runs and
answers, 1 when its process runs but does not answer, 3 when it does not run
(the LSB convention). Errors are one line on stderr that names the log file.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from pactgraph.ontology.errors import PactgraphError
from pactgraph.settings import Settings, get_settings

if TYPE_CHECKING:
    from pactgraph.graph.server.local import LocalNeo4j

db_app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

out = Console(soft_wrap=True, highlight=False)
err = Console(stderr=True, soft_wrap=True, highlight=False)


def _fail(error: Exception, code: int = 1) -> typer.Exit:
    err.print(f"error: {error}", markup=False)
    return typer.Exit(code)


def _external(settings: Settings) -> bool:
    if settings.neo4j_uri:
        out.print(f"NEO4J_URI is set ({settings.neo4j_uri}): an external Neo4j is configured; "
                  "the local one is not used.", markup=False)
        return True
    return False


def _local(settings: Settings) -> LocalNeo4j:
    from pactgraph.graph.server.local import LocalNeo4j

    try:
        return LocalNeo4j.from_settings(settings)
    except PactgraphError as e:
        raise _fail(e) from e


def _announce_fetch(local: LocalNeo4j) -> None:
    if not local.jars_ready():
        err.print(f"Fetching Neo4j {local.version} with Maven into ~/.m2 (about 130 MB on first use)...",
                  markup=False)


@db_app.command()
def start() -> None:
    """Start the local Neo4j (fetching its jars on first use) and wait until it answers."""
    settings = get_settings()
    if _external(settings):
        return
    local = _local(settings)
    _announce_fetch(local)
    try:
        status = local.start()
    except PactgraphError as e:
        raise _fail(e) from e
    if local.startup_seconds is None:
        out.print(f"[green]Neo4j {status.version} is already running[/] at {status.uri} (pid {status.pid}).")
    else:
        out.print(f"[green]Neo4j {status.version} started[/] at {status.uri} (pid {status.pid}) "
                  f"in {local.startup_seconds:.1f} s.")
    out.print(f"home {status.home}, log {status.log}", markup=False)


@db_app.command()
def stop(
    timeout: Annotated[float, typer.Option(help="Seconds to wait after SIGTERM before SIGKILL.")] = 60.0,
    strays: Annotated[bool, typer.Option(
        "--strays", help="Also stop pactgraph Neo4j servers of other homes that hold the Bolt port "
                         "or whose home folder is gone (e.g. left by an earlier clone).")] = False,
) -> None:
    """Stop the local Neo4j (SIGTERM; SIGKILL only if it does not stop in time)."""
    settings = get_settings()
    if _external(settings):
        return
    local = _local(settings)
    try:
        result = local.stop(timeout=timeout, strays=strays)
    except PactgraphError as e:
        raise _fail(e) from e
    pids = ", ".join(map(str, result.pids))
    if result.how == "not running":
        out.print("Neo4j was not running.")
    elif result.how == "killed":
        out.print(f"[yellow]Neo4j (pid {pids}) did not stop within {timeout:.0f} s and was killed[/] "
                  f"(SIGKILL); see {local.log_file}.")
    else:
        out.print(f"Neo4j stopped (pid {pids}).")


@db_app.command()
def status() -> None:
    """Whether the local Neo4j runs and answers (or, with NEO4J_URI, whether that server answers)."""
    settings = get_settings()
    if settings.neo4j_uri:
        _external_status(settings)
        return
    local = _local(settings)
    state = local.status()
    if not state.running:
        out.print(f"Neo4j {state.version} is not running (home {state.home}).", markup=False)
        raise typer.Exit(3)
    word = "[green]running[/]" if state.answering else "[yellow]running but not answering[/]"
    out.print(f"Neo4j {state.version} {word} at {state.uri} (pid {state.pid})")
    out.print(f"home {state.home}\nlog {state.log}\npassword {local.password_file}", markup=False)
    if not state.answering:
        raise typer.Exit(1)


def _external_status(settings: Settings) -> None:
    from pactgraph.graph.connection import open_driver

    try:
        driver = open_driver(settings)
    except PactgraphError as e:
        raise _fail(e, code=3) from e
    try:
        agent = driver.get_server_info().agent
    finally:
        driver.close()
    out.print(f"[green]{agent} answers[/] at {settings.neo4j_uri} (external, NEO4J_URI).")


@db_app.command()
def fetch() -> None:
    """Resolve the Neo4j jars with Maven into ~/.m2 (start does this on first use)."""
    settings = get_settings()
    local = _local(settings)
    _announce_fetch(local)
    try:
        classpath = local.ensure_jars()
    except PactgraphError as e:
        raise _fail(e) from e
    jars = len(classpath.split(os.pathsep))
    out.print(f"Neo4j {local.version}: {jars} jars ready ({local.classpath_file}).", markup=False)


@db_app.command()
def clean(
    yes: Annotated[bool, typer.Option("--yes", help="Confirm: the stored graph is deleted.")] = False,
) -> None:
    """Stop the local Neo4j and delete its data, logs and password (the next start begins afresh)."""
    settings = get_settings()
    if _external(settings):
        return
    if not yes:
        raise _fail(ValueError("this deletes the local graph; run again with --yes"), code=2)
    local = _local(settings)
    try:
        local.stop()
        local.delete_data()
    except PactgraphError as e:
        raise _fail(e) from e
    out.print(f"Deleted the local Neo4j's data under {local.home}.", markup=False)
