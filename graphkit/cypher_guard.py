"""Decide whether a user's Cypher may run on the read-only endpoint.

Three gates, all must pass: the text names no forbidden clause or procedure
(LOAD CSV, file or network access, exports, admin procedures — even ones
Neo4j classifies as read, such as ``apoc.load.json``); every procedure it
calls is on a small allowlist; and ``EXPLAIN`` classifies it as read-only
(checked by the store, which also runs it in a READ transaction with a
timeout and a row cap).
"""

from __future__ import annotations

import re

from graphkit.errors import QueryRefusedError

ALLOWED_PROCEDURES = (
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization", "db.schema.nodetypeproperties",
    "db.schema.reltypeproperties", "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships",
)
ALLOWED_PREFIXES = ("apoc.coll.", "apoc.text.", "apoc.map.", "apoc.meta.", "apoc.path.")
_FORBIDDEN = [
    (re.compile(r"\bLOAD\s+CSV\b", re.I), "LOAD CSV reads files and URLs"),
    (re.compile(r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|GRANT|DENY|REVOKE|FOREACH)\b", re.I), "write and admin clauses"),
    (re.compile(r"\bapoc\.(load|import|export|cypher|periodic|trigger|systemdb|do|refactor|create|merge|nodes\.delete|atomic|lock|log|util\.sleep)", re.I), "APOC procedures that read files, write, or run other Cypher"),
    (re.compile(r"\b(dbms|gds|db\.(create|drop|clear|checkpoint|awaitindex))\b", re.I), "administration procedures"),
    (re.compile(r"\b(USE|SHOW|TERMINATE|START|STOP)\s+", re.I), "administration commands"),
]
_CALL = re.compile(r"\bCALL\s+([A-Za-z_][\w.]*)\s*\(", re.I)
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_LINE_COMMENT = re.compile(r"//[^\n]*")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def normalise(query: str) -> str:
    """The query without comments and backtick quoting, so names cannot hide."""
    text = _BLOCK_COMMENT.sub(" ", query)
    text = _LINE_COMMENT.sub(" ", text)
    return text.replace("`", "")


def check_text(query: str) -> None:
    """Refuse forbidden clauses and procedures; raise :class:`QueryRefusedError` naming why."""
    if not query or not query.strip():
        raise QueryRefusedError("the query is empty; send a Cypher MATCH … RETURN …")
    text = normalise(query)
    without_strings = _STRING.sub("''", text)
    for pattern, why in _FORBIDDEN:
        if pattern.search(without_strings):
            raise QueryRefusedError(f"refused: {why} are not allowed on the read-only endpoint; use MATCH … RETURN …")
    for match in _CALL.finditer(without_strings):
        check_procedure(match.group(1))


def check_procedure(name: str) -> None:
    lowered = name.lower()
    if lowered in ALLOWED_PROCEDURES or lowered.startswith(ALLOWED_PREFIXES):
        return
    raise QueryRefusedError(
        f"refused: procedure {name} is not on the allowlist ({', '.join(ALLOWED_PROCEDURES)}, "
        f"{', '.join(p + '*' for p in ALLOWED_PREFIXES)})"
    )
