"""The pactgraph ontology: the OWL file, its Python view and the statement model.

``ontology`` imports nothing else of pactgraph; every other package imports it.
"""
