"""``python -m pactgraph``: the ``pactgraph`` command line."""

from pactgraph.cli import main

main()
