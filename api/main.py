"""Build the FastAPI app: settings, one driver for the app's life, routers, one error handler."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from graphkit.api.deps import AuthError
from graphkit.api.routes import analytics, articles, browser, cypher, entities, graph, health, stats
from starlette.exceptions import HTTPException as StarletteHTTPException

from graphkit.config import Settings, get_settings
from graphkit.errors import (
    ConfigError,
    GraphkitError,
    InputError,
    NotFoundError,
    QueryError,
    QueryRefusedError,
    SchemaError,
    StoreError,
    StoreUnavailableError,
)
from graphkit.store import Store

STATUS = [
    (AuthError, 401),
    (NotFoundError, 404),
    (InputError, 422),
    (SchemaError, 422),
    (QueryRefusedError, 400),
    (QueryError, 400),
    (StoreUnavailableError, 503),
    (ConfigError, 503),
    (StoreError, 503),
]


class RateLimiter:
    """A token bucket per client address: ``per_minute`` requests on average, short bursts allowed."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(10.0, self.rate * 5)
        self.buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """0 when the request may go ahead, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        tokens, last = self.buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1:
            self.buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate
        self.buckets[client] = (tokens - 1, now)
        if len(self.buckets) > 10_000:  # forget idle clients
            self.buckets = {k: v for k, v in self.buckets.items() if now - v[1] < 60}
        return 0.0


def _error(status: int, kind: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"type": kind, "message": message}})


def status_for(exc: GraphkitError) -> int:
    if isinstance(exc, AuthError):
        return exc.status
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings
        app.state.store = store
        app.state.extractor = None
        if app.state.store is None:
            try:
                app.state.store = Store.connect(settings)
            except GraphkitError:
                app.state.store = None  # answered 503 per request until Neo4j is reachable
        yield
        if app.state.store is not None and store is None:
            app.state.store.close()

    app = FastAPI(
        title="graphkit",
        version="0.1.0",
        description="A knowledge graph of AI geopolitics: entities, typed relations, and the sentences behind them.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.extractor = None
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["X-API-Key", "Content-Type"])

    limiter = RateLimiter(settings.rate_limit_per_minute)

    @app.middleware("http")
    async def limit_rate(request: Request, call_next):  # type: ignore[no-untyped-def]
        client = request.client.host if request.client else "unknown"
        wait = limiter.take(client)
        if wait > 0:
            response = _error(429, "RateLimited", f"too many requests from {client}; retry in {wait:.1f}s "
                                                  "(the limit is GRAPHKIT_RATE_LIMIT_PER_MINUTE)")
            response.headers["Retry-After"] = str(max(1, round(wait)))
            return response
        return await call_next(request)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):  # type: ignore[no-untyped-def]
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > settings.max_body_bytes:
            return _error(413, "PayloadTooLarge", f"the request body is over {settings.max_body_bytes} bytes; send a smaller article")
        return await call_next(request)

    @app.exception_handler(GraphkitError)
    async def graphkit_error(request: Request, exc: GraphkitError) -> JSONResponse:
        return _error(status_for(exc), type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors():
            where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
            parts.append(f"{where}: {err.get('msg')}")
        return _error(422, "ValidationError", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "HTTPError", str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        return _error(500, "InternalError", "unexpected server error; the server log has the details")

    for module in (health, entities, graph, articles, stats, analytics, cypher, browser):
        app.include_router(module.router)
    return app
