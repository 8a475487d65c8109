"""Every error graphkit raises on purpose.

The tree is small so callers can catch at the level they care about::

    GraphkitError
    ├── ConfigError            settings, credentials, missing tools (Java, Maven)
    ├── SchemaError            schema or knowledge-base data that does not validate
    ├── InputError             an article file or field that cannot be used
    ├── ExtractionError        the NLP pipeline cannot be built or run
    ├── NotFoundError          an id that is not in the graph
    ├── QueryRefusedError      a user Cypher query that is not read-only
    ├── QueryError             a user Cypher query Neo4j rejects (syntax, types, timeout)
    └── StoreError             Neo4j failed or is unreachable
        ├── StoreUnavailableError
        └── ServerError        the local Neo4j server cannot be installed or started

Driver exceptions are translated in :mod:`graphkit.store` only; the API maps
this tree to status codes in one handler and the CLI prints ``str(exc)`` and
exits non-zero. Every message says what to do next.
"""

from __future__ import annotations


class GraphkitError(Exception):
    """Root of every graphkit error."""


class ConfigError(GraphkitError):
    """A setting, credential or required tool is missing or wrong."""


class SchemaError(GraphkitError):
    """Schema or knowledge-base data does not validate."""


class InputError(GraphkitError):
    """An input file or field cannot be used; the message names it."""

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(f"{source}: {message}" if source else message)
        self.source = source
        self.reason = message


class ExtractionError(GraphkitError):
    """The NLP pipeline cannot be built or run."""


class NotFoundError(GraphkitError):
    """An id that the graph does not hold."""


class QueryRefusedError(GraphkitError):
    """A user query that graphkit refuses to run (writes, files, admin procedures)."""


class QueryError(GraphkitError):
    """A user's Cypher query that Neo4j rejected: syntax, unknown function, timeout."""


class StoreError(GraphkitError):
    """Neo4j rejected an operation."""


class StoreUnavailableError(StoreError):
    """Neo4j cannot be reached."""


class ServerError(StoreError):
    """The local Neo4j server cannot be installed, started or stopped."""


__all__ = [
    "ConfigError",
    "ExtractionError",
    "GraphkitError",
    "InputError",
    "NotFoundError",
    "QueryError",
    "QueryRefusedError",
    "SchemaError",
    "ServerError",
    "StoreError",
    "StoreUnavailableError",
]
