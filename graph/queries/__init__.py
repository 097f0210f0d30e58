"""Every Cypher statement of pactgraph, by name, in one module per concern.

* :mod:`~pactgraph.graph.queries.schema`: constraints, indexes, counts, wiping; the general labels
  and :func:`~pactgraph.graph.queries.schema.checked`, which every builder's names pass through;
* :mod:`~pactgraph.graph.queries.writes`: documents, entities, evidence and typed relationships;
* :mod:`~pactgraph.graph.queries.events`: events written and read, an agreement's violations;
* :mod:`~pactgraph.graph.queries.reads`: the API's lookups, relations, agreements, paths and
  neighbourhoods;
* :mod:`~pactgraph.graph.queries.rdf`: the RDF export (whole or filtered), one resource, the import.

Values always travel as ``$params``. Labels and relationship types cannot be parameters, so the
few builders take them only from the ontology's closed lists (``ontology.vocabulary``) and refuse
anything else with ``ValueError`` before a string is ever formatted.
"""
