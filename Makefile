# The README's commands. They run in a virtual environment inside the clone, .venv/,
# created by `make install` (or by the first `make run` / `make test`) from python3;
# PYTHON=... uses another interpreter. The local Neo4j is used unless NEO4J_URI is set.

VENV = .venv
PYTHON ?= $(VENV)/bin/python
PACTGRAPH = $(PYTHON) -m pactgraph

.PHONY: model rules install fetch db-start db-stop db-status test test-db-stop run lint bench bench-setup \
	bench-extract bench-ingest bench-upsert bench-import bench-export bench-api bench-graph bench-db-stop clean-db

# The venv is created only for the default PYTHON; an interpreter given with PYTHON=... is used as it is.
install: $(if $(filter $(VENV)/bin/python,$(PYTHON)),$(VENV)/bin/python)
	$(PYTHON) -m pip install -e '.[test]'
	$(PACTGRAPH) db fetch

$(VENV)/bin/python:
	python3 -m venv $(VENV)

fetch:
	$(PACTGRAPH) db fetch

db-start:
	$(PACTGRAPH) db start

db-stop:
	$(PACTGRAPH) db stop

db-status:
	$(PACTGRAPH) db status

# Integration tests wipe their database, so they never use yours: they start a Neo4j
# of their own in .pactgraph-test/ on port 7688 (a free one if another clone's holds it;
# or use PACTGRAPH_TEST_NEO4J_URI),
# and leave it running for the next run.
# Installs first when the interpreter cannot import the project and pytest (a fresh clone).
test:
	@$(PYTHON) -c "import pactgraph, pytest" 2>/dev/null || $(MAKE) --no-print-directory install PYTHON=$(PYTHON)
	$(PYTHON) -m pytest $(PYTEST_ARGS)

test-db-stop:
	PACTGRAPH_HOME=$${PACTGRAPH_TEST_HOME:-$(CURDIR)/.pactgraph-test} \
	NEO4J_BOLT_PORT=$${PACTGRAPH_TEST_BOLT_PORT:-7688} NEO4J_URI= $(PACTGRAPH) db stop

run: install db-start
	$(PACTGRAPH) ingest examples/
	$(PACTGRAPH) serve

# Retrains the tagger and parser that ship in loaders/parser/model from a UD treebank folder
# (en_ewt/ to train on, en_pud/ to measure), about 45 minutes on two cores.
TREEBANKS ?= ../shared/treebanks
model:
	$(PYTHON) -m pactgraph.loaders.parser.build --treebanks $(TREEBANKS)

# How many documents of the shared corpora each relation rule fires in (bench/rules.py).
rules:
	$(PYTHON) bench/rules.py

lint:
	$(PYTHON) -m ruff check .
	$(PYTHON) -m mypy

# The benchmark suite (bench/run.py): extraction, ingest, upsert and RDF import beside their
# peers, export, API latency under load; one table at the end, also in bench/results/latest.md.
# It uses a Neo4j of its own in .pactgraph-bench/ (port 7692) and wipes it: never yours.
# BENCH_ARGS=--update-readme puts the table in README.md; BENCH_ARGS=--quick checks the suite runs.
bench: bench-setup
	$(PYTHON) bench/run.py $(BENCH_ARGS)

# What the benchmarks need beyond the project: the peers they compare with, and wrk, the HTTP
# load generator (a Debian package; apt-get needs root).
bench-setup:
	$(PYTHON) -m pip install -q -e '.[test,bench]'
	@command -v wrk >/dev/null || { echo "installing wrk (apt-get; needs root)"; \
	  apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }; }

# Extraction throughput on one core (the dev corpus cycled to 10,000 documents).
bench-extract:
	$$(command -v taskset >/dev/null && echo taskset -c 0) $(PYTHON) bench/extract.py

bench-ingest:
	$(PYTHON) bench/ingest.py

# Bulk upsert beside neo4j-graphrag's Neo4jWriter, and RDF import beside rdflib-neo4j's store, as
# ratios; on the benchmarks' Neo4j (wiped), which they restart with APOC (fetched by Maven) for
# the graphrag writer. ARGS=--quick checks that they run; ARGS="--statements N --repeat R" sizes them.
bench-upsert:
	$(PYTHON) bench/upsert.py $(ARGS)

bench-import:
	$(PYTHON) bench/rdf_import.py $(ARGS)

# Stops the benchmarks' two Neo4j servers (the common one, and the API graph's).
bench-db-stop:
	PACTGRAPH_HOME=$${PACTGRAPH_BENCH_HOME:-$(CURDIR)/.pactgraph-bench} \
	NEO4J_BOLT_PORT=$${PACTGRAPH_BENCH_BOLT_PORT:-7692} NEO4J_URI= $(PACTGRAPH) db stop
	PACTGRAPH_HOME=$(CURDIR)/.pactgraph-bench-api NEO4J_BOLT_PORT=7697 NEO4J_URI= $(PACTGRAPH) db stop

# N-Triples export speed and peak memory at 10^4, 10^5 and 10^6 triples, on the benchmarks' Neo4j.
bench-export:
	$(PYTHON) bench/export_nt.py

# API latency percentiles and throughput under 50 concurrent clients (wrk over loopback), on a
# seeded synthetic graph in the benchmarks' own Neo4j (it wipes that database: never yours).
# BENCH_API_ARGS="--scale 0.1" for a smaller graph.
bench-api: bench-setup
	PACTGRAPH_BENCH_HOME=$(CURDIR)/.pactgraph-bench-api PACTGRAPH_BENCH_BOLT_PORT=7697 \
	  $(PYTHON) bench/api_load.py $(BENCH_API_ARGS)

# /graph latency on hubs of 200 neighbours and the page's draw time in headless Chromium, on the
# API benchmark's graph (built once, shared with bench-api). Needs chromium (apt-get install chromium).
bench-graph:
	PACTGRAPH_BENCH_HOME=$(CURDIR)/.pactgraph-bench-api PACTGRAPH_BENCH_BOLT_PORT=7697 \
	  $(PYTHON) bench/graph_page.py $(BENCH_GRAPH_ARGS)

# Stops the local Neo4j and deletes its graph, logs and password.
clean-db:
	$(PACTGRAPH) db clean --yes
