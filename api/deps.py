"""FastAPI dependencies as ``Annotated`` aliases: the store, settings and API-key checks."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, Request

from graphkit.config import Settings
from graphkit.errors import ConfigError, GraphkitError, StoreUnavailableError
from graphkit.store import Store


class AuthError(GraphkitError):
    """A missing or wrong API key (401/403)."""

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> Store:
    store = request.app.state.store
    if store is None:
        try:
            store = Store.connect(request.app.state.settings)
        except ConfigError as exc:
            raise StoreUnavailableError(str(exc)) from exc
        request.app.state.store = store
    return store


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
StoreDep = Annotated[Store, Depends(get_store)]


def _check_key(expected: str | None, given: str | None, what: str, env: str) -> None:
    if not expected:
        raise AuthError(f"{what} is disabled: the server has no key; set {env} to enable it", status=403)
    if not given:
        raise AuthError(f"{what} needs an API key: send it in the X-API-Key header", status=401)
    if not hmac.compare_digest(expected.encode(), given.encode()):
        raise AuthError("the API key is wrong; check the X-API-Key header", status=403)


def require_api_key(settings: SettingsDep, x_api_key: Annotated[str | None, Header()] = None) -> None:
    key = settings.api_key.get_secret_value() if settings.api_key else None
    _check_key(key, x_api_key, "this write endpoint", "GRAPHKIT_API_KEY")


def require_cypher_key(settings: SettingsDep, x_api_key: Annotated[str | None, Header()] = None) -> None:
    if not settings.cypher_enabled:
        raise AuthError("the Cypher endpoint is switched off (GRAPHKIT_CYPHER_ENABLED=false)", status=403)
    key = settings.cypher_api_key.get_secret_value() if settings.cypher_api_key else None
    if key is None:
        return  # open read-only endpoint unless a key is configured
    _check_key(key, x_api_key, "the Cypher endpoint", "GRAPHKIT_CYPHER_API_KEY")


ApiKey = Depends(require_api_key)
CypherKey = Depends(require_cypher_key)
