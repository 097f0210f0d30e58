"""What the commands of ``pactgraph`` share: their consoles, their error line and their driver."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer
from rich.console import Console

from pactgraph.ontology.errors import PactgraphError
from pactgraph.settings import get_settings

if TYPE_CHECKING:
    import neo4j

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True, highlight=False)


def problem(message: str) -> None:
    """One line on stderr, ``error: ...``."""
    err.print(f"error: {message}", markup=False)


@contextmanager
def command_driver() -> Iterator[neo4j.Driver]:
    """The one driver of this command; starts the local Neo4j on demand (exit 2 if it cannot)."""
    from pactgraph.graph.connection import open_driver

    settings = get_settings()
    try:
        driver = open_driver(settings)
    except PactgraphError as e:
        problem(str(e))
        raise typer.Exit(2) from e
    try:
        yield driver
    finally:
        driver.close()
