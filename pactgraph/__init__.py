"""pactgraph: a knowledge graph of political and armed actors, their alliances, the agreements
between them and the events they take part in, built from news.

One import package. Its subpackages are the project's top-level folders, reached through the links
``pactgraph/ontology``, ``pactgraph/loaders``, ``pactgraph/graph`` and ``pactgraph/api`` (a wheel holds
the files themselves), and the shell around them, folders of its own:

* :mod:`pactgraph.ontology` (``ontology/``): the vocabulary and the statement model every layer shares;
* :mod:`pactgraph.loaders` (``loaders/``): documents to statements, never touching Neo4j;
* :mod:`pactgraph.graph` (``graph/``): Neo4j (the local server, schema, writer, queries, RDF);
* :mod:`pactgraph.api` (``api/``): the HTTP API;
* :mod:`pactgraph.pipeline` (``pactgraph/pipeline/``): the ingest the command line and the API share;
* :mod:`pactgraph.cli` (``pactgraph/cli/``): the command line;
* :mod:`pactgraph.settings`: the environment and ``.env``, read once per process.
"""
