"""Text in, ontology-typed statements out: reading documents and extracting relations.

    read_document(path) -> Document            a UTF-8 news file (``DocumentError`` if unreadable)
    iter_documents(paths) -> Document | error   files and folders, one result per file
    document_from_text(text, name, ...)         a document received over HTTP
    extract(document) -> Extraction             entities and relations with their evidence

Loaders never touch the graph database.
"""

from pactgraph.loaders.documents import document_from_text, iter_documents, read_document
from pactgraph.loaders.errors import DocumentError
from pactgraph.loaders.extract import extract

__all__ = ["DocumentError", "document_from_text", "extract", "iter_documents", "read_document"]
