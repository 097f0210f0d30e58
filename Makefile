# The README's commands. Uses .venv/bin/python when a .venv exists, else python3
# (override with PYTHON=...). The local Neo4j is used unless NEO4J_URI is set.

PYTHON ?= $(if $(wildcard .venv/bin/python),.venv/bin/python,python3)
PACTGRAPH = $(PYTHON) -m api.cli

.PHONY: install fetch db-start db-stop db-status test run lint bench clean-db

install:
	$(PYTHON) -m pip install -e '.[test]'
	$(PACTGRAPH) db fetch

fetch:
	$(PACTGRAPH) db fetch

db-start:
	$(PACTGRAPH) db start

db-stop:
	$(PACTGRAPH) db stop

db-status:
	$(PACTGRAPH) db status

# Integration tests start the local Neo4j on demand (and leave it running).
test:
	$(PYTHON) -m pytest $(PYTEST_ARGS)

run: install db-start
	$(PACTGRAPH) ingest examples/
	$(PACTGRAPH) serve

lint:
	$(PYTHON) -m ruff check .

# Extraction throughput on one core (the dev corpus cycled to 10,000 documents).
bench:
	$$(command -v taskset >/dev/null && echo taskset -c 0) $(PYTHON) bench/extract.py

# Stops the local Neo4j and deletes its graph, logs and password.
clean-db:
	$(PACTGRAPH) db clean --yes
