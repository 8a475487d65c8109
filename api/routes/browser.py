"""What Neo4j Browser fetches from graphkit: the guide (``:play``) and the style (``:style``)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse, PlainTextResponse

from graphkit.guide import guide_html
from graphkit.style import grass

router = APIRouter(prefix="/browser", tags=["browser"])
# Neo4j Browser loads these cross-origin from its own page (port 7474), so they carry an open CORS header.
CORS = {"Access-Control-Allow-Origin": "*"}
PREFLIGHT = {**CORS, "Access-Control-Allow-Methods": "GET, OPTIONS", "Access-Control-Allow-Headers": "*",
             "Access-Control-Max-Age": "600"}


@router.options("/{path:path}", include_in_schema=False)
def preflight(path: str) -> Response:
    """Browsers ask first (CORS preflight) before fetching the guide or style from another origin."""
    return Response(status_code=204, headers=PREFLIGHT)


@router.get("/guide", response_class=HTMLResponse)
def guide() -> HTMLResponse:
    """The graphkit Browser guide: run it in Neo4j Browser with :play <this URL>."""
    return HTMLResponse(guide_html(), headers=CORS)


@router.get("/style.grass", response_class=PlainTextResponse)
def style() -> PlainTextResponse:
    """graphkit's Browser style sheet (GraSS): colours by entity type, captions by name."""
    return PlainTextResponse(grass(), headers=CORS)
