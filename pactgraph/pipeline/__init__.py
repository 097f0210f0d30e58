"""The ingest pipeline: from documents to the graph, the one path that ``pactgraph ingest``,
``POST /documents`` and the distributed ingest share.

* :mod:`pactgraph.pipeline.ingest`: an ingest of files and folders from end to end, what
  ``pactgraph ingest`` runs: the documents read and extracted, a text already read skipped, the
  rest stored in batches (or with ``--bulk`` by the offline importer), and the report;
* :mod:`pactgraph.pipeline.extraction`: extraction here or in ``--workers`` local processes;
* :mod:`pactgraph.pipeline.cluster`: extraction on a Dask cluster (``--scheduler``);
* :mod:`pactgraph.pipeline.store`: the writes, a transaction per batch of documents (noticing when
  Neo4j is down, and listing what it did not store) or per document (``POST /documents``);
* :mod:`pactgraph.pipeline.bulk`: ``--bulk``, the first load into an empty local database;
* :mod:`pactgraph.pipeline.report`: the report of a run, and why a run is refused.

It may import the ontology, the loaders, the graph and the settings; never the HTTP API or the
command line, which both call it. This module imports nothing, so that naming the default batch
costs the command line nothing.
"""

#: Documents per transaction in `pactgraph ingest`: enough that round trips stop mattering
#: (a document's rows take about as long to send as a batch of a hundred's), few enough that
#: a failed transaction costs little to redo and holds its locks briefly.
INGEST_BATCH = 100
