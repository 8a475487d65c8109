"""Read-only Cypher for people who want the full query language over HTTP."""

from __future__ import annotations

from fastapi import APIRouter
from graphkit.api.deps import CypherKey, SettingsDep, StoreDep
from graphkit.api.models import CypherIn, CypherOut

router = APIRouter(prefix="/v1", tags=["cypher"])


@router.post("/cypher", response_model=CypherOut, dependencies=[CypherKey])
def cypher(store: StoreDep, settings: SettingsDep, body: CypherIn) -> CypherOut:
    """Run read-only Cypher (READ transaction, timeout, row cap; writes, files and admin procedures refused)."""
    columns, rows, truncated = store.run_read_only(
        body.query, body.params, timeout=settings.cypher_timeout, max_rows=settings.cypher_max_rows
    )
    return CypherOut(columns=columns, rows=rows, count=len(rows), truncated=truncated)
