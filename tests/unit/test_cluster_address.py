"""`--scheduler` addresses (pipeline/cluster.py): a scheduler's address or local:N, anything else refused."""

from __future__ import annotations

import pytest

from pactgraph.pipeline.cluster import ClusterError, parse_scheduler


@pytest.mark.parametrize(("address", "parsed"), [
    ("local:2", 2),
    ("local:1", 1),
    (" local:64 ", 64),
    ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    ("scheduler.example:8786", "scheduler.example:8786"),
])
def test_addresses(address, parsed):
    assert parse_scheduler(address) == parsed


@pytest.mark.parametrize("address", ["local:0", "local:65", "local:", "local:two", "local", "",
                                     "tcp://a b:1"])
def test_bad_addresses_are_refused_naming_them(address):
    with pytest.raises(ClusterError, match="--scheduler"):
        parse_scheduler(address)
