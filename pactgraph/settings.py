"""Settings from the environment (and an optional ``.env`` file).

Built once per process by :func:`get_settings`; tests override it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Final

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The Neo4j the project runs and tests against (Community, from Maven Central): its one place.
NEO4J_VERSION: Final = "5.26.30"


def _default_home() -> Path:
    import os

    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "pactgraph"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    #: A server of the user's own; when unset the project's local Neo4j is used.
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: SecretStr | None = None
    neo4j_database: str = "neo4j"
    #: A document's write is retried this long (seconds) while Neo4j is unreachable or busy.
    neo4j_write_retry_seconds: float = Field(30.0, ge=0, le=600)

    #: Required by the HTTP routes that write or run Cypher.
    pactgraph_api_key: SecretStr | None = None
    #: POST /cypher: the server stops a query after this many seconds; at most this many rows come back.
    pactgraph_cypher_timeout: float = Field(10.0, gt=0, le=300)
    pactgraph_cypher_max_rows: int = Field(1000, ge=1, le=100_000)
    #: POST /cypher and ``pactgraph query`` run as this Neo4j user when it is set: one with a
    #: read-only role, on a server that has roles (Neo4j Community has none; see the README).
    pactgraph_cypher_user: str | None = None
    pactgraph_cypher_password: SecretStr | None = None
    #: POST /cypher: an answer is cut (``truncated``) before its rows come to more JSON than this (bytes).
    pactgraph_cypher_max_bytes: int = Field(8 * 1024 * 1024, ge=1024, le=1024 ** 3)
    #: Documents larger than this (bytes) are refused, naming the file: extraction time grows
    #: faster than the text (about 19 s for 1 MB on a 2-core VM), so a 50 MB file would not end.
    pactgraph_max_document_bytes: int = Field(1_048_576, ge=1)
    #: A request body larger than this (bytes) is a 413, refused while it is read and before the
    #: key is checked: a posted document's text is at most PACTGRAPH_MAX_DOCUMENT_BYTES, and JSON
    #: can spell each of its characters in up to 6 bytes.
    pactgraph_max_body_bytes: int = Field(8 * 1024 * 1024, ge=1024, le=1024 ** 3)
    #: GET /export: Turtle, JSON-LD and TriG are built in memory, so an export past this many
    #: triples is a 413 that says to stream N-Triples or N-Quads (which have no bound).
    pactgraph_export_max_triples: int = Field(200_000, ge=1, le=100_000_000)
    #: GET /export: at most this many run at once; one more is a 503 with Retry-After.
    pactgraph_max_exports: int = Field(2, ge=1, le=64)
    #: ``pactgraph import``: a file is parsed in memory (about 1.2 GiB per million triples), so one
    #: larger than this many bytes is refused unread, and a parse past this many triples stops there.
    pactgraph_import_max_bytes: int = Field(256 * 1024 * 1024, ge=1024, le=64 * 1024 ** 3)
    pactgraph_import_max_triples: int = Field(1_000_000, ge=1, le=1_000_000_000)
    #: Where IRIs of exported entities are minted.
    pactgraph_base_iri: str = "https://w3id.org/pactgraph/id/"

    #: State folder of the local Neo4j (conf, data, logs, password, pid).
    pactgraph_home: Path = Field(default_factory=_default_home)
    neo4j_bolt_port: int = 7687
    neo4j_version: str = NEO4J_VERSION
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    neo4j_start_timeout: float = 120.0
    java_home: Path | None = None
    #: Extra plugin jars for the local Neo4j, separated by ``os.pathsep``: only the peer
    #: benchmarks set it (APOC, which neo4j-graphrag's writer needs); pactgraph itself needs none.
    neo4j_plugin_jars: str = ""


def cypher_auth(settings: Settings) -> tuple[str, str] | None:
    """The credentials user Cypher runs with, or None for the driver's own."""
    if not settings.pactgraph_cypher_user:
        return None
    password = settings.pactgraph_cypher_password
    return settings.pactgraph_cypher_user, password.get_secret_value() if password else ""


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read from the environment on first use."""
    return Settings()
