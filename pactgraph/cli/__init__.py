"""The ``pactgraph`` command line (Typer): ``pactgraph.cli:main`` is the console script.

* :mod:`pactgraph.cli.commands`: the app and the commands ``extract``, ``serve``, ``export``,
  ``import`` and ``query``;
* :mod:`pactgraph.cli.ingest`: ``pactgraph ingest``;
* :mod:`pactgraph.cli.db`: ``pactgraph db`` (the project's local Neo4j);
* :mod:`pactgraph.cli.common`: the consoles, the error line and the driver the commands share.

The command line sits above the HTTP layer: it may import ``pactgraph.api`` (``serve`` runs the
app), never the other way round.
"""

from pactgraph.cli.commands import app, main

__all__ = ["app", "main"]
