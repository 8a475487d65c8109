"""Load Cypher statements from ``cypher/*.cypher`` by name.

Keeping every statement in a file keeps queries reviewable and lets users run
them in cypher-shell; code passes values only as parameters.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from graphkit.errors import SchemaError


@cache
def cypher(name: str) -> str:
    """The text of ``cypher/<name>.cypher`` (comments kept; Neo4j ignores them)."""
    path = resources.files("graphkit.cypher").joinpath(f"{name}.cypher")
    if not path.is_file():
        raise SchemaError(f"no Cypher file cypher/{name}.cypher in the installed package; reinstall graphkit")
    return path.read_text(encoding="utf-8")


def statements(name: str) -> list[str]:
    """The statements of a multi-statement file such as ``schema.cypher`` (split on ``;``)."""
    body = "\n".join(line for line in cypher(name).splitlines() if not line.strip().startswith("//"))
    return [s.strip() for s in body.split(";") if s.strip()]
