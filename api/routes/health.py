"""Liveness and readiness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from graphkit.api.deps import get_store
from graphkit.api.models import Health

router = APIRouter(tags=["health"])


@router.get("/health", response_model=Health)
def health(request: Request) -> Health:
    """Neo4j reachable, schema applied, versions (503 when Neo4j is down)."""
    store = get_store(request)
    info = store.health()
    return Health(status="ok", graphkit_version="0.1.0", **info)
