"""Graph statistics."""

from __future__ import annotations

from fastapi import APIRouter
from graphkit.api.deps import StoreDep
from graphkit.api.models import Stats

router = APIRouter(prefix="/v1", tags=["stats"])


@router.get("/stats", response_model=Stats)
def stats(store: StoreDep) -> Stats:
    """Counts per label and per relationship type."""
    return Stats(**store.stats().as_dict())
