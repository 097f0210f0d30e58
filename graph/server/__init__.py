"""The project's own Neo4j, for when ``NEO4J_URI`` is unset: a Community server run from Maven jars.

* :mod:`~pactgraph.graph.server.local`: :class:`~pactgraph.graph.server.local.LocalNeo4j` starts,
  stops and reports on it (``pactgraph db start/stop/status``);
* :mod:`~pactgraph.graph.server.home`: its home folder, configuration, password and command line;
* :mod:`~pactgraph.graph.server.maven`: its jars, resolved by Maven from ``neo4j/pom.xml``;
* :mod:`~pactgraph.graph.server.processes`: its processes and the holder of its port, through psutil.

Linux and macOS (see the README's "The local Neo4j"); not Windows.
"""
