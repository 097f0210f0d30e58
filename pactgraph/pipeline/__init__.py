"""The ingest pipeline: from documents to the graph, the one path that ``pactgraph ingest``,
``POST /documents`` and the distributed ingest share.

* :mod:`pactgraph.pipeline.extraction`: extraction here or in ``--workers`` local processes;
* :mod:`pactgraph.pipeline.cluster`: extraction on a Dask cluster (``--scheduler``);
* :mod:`pactgraph.pipeline.store`: the writes, a transaction per batch of documents or per document.

It may import the ontology, the loaders, the graph and the settings; never the HTTP API or the
command line, which both call it.
"""
