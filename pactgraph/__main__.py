"""``python -m pactgraph``: the ``pactgraph`` command line."""

from pactgraph.api.cli import main

main()
