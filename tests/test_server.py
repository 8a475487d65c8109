"""The Neo4j launcher: status, clear errors for missing tools and taken ports."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphkit.config import Settings
from graphkit.errors import ConfigError, ServerError
from graphkit.server import LocalServer, new_password
from tests.conftest import make_settings


def test_running_test_server_reports_status(neo4j_settings: Settings) -> None:
    status = LocalServer(neo4j_settings).status()
    assert status.running and status.pid
    assert "Bolt bolt://127.0.0.1" in status.describe()


def test_config_is_loopback_only_with_apoc_allowlisted(neo4j_settings: Settings) -> None:
    conf = (LocalServer(neo4j_settings).conf_dir / "neo4j.conf").read_text()
    assert "server.default_listen_address=127.0.0.1" in conf
    assert "apoc.*" not in conf.replace("apoc.coll.*", "").replace("apoc.text.*", "").replace("apoc.map.*", "") \
        .replace("apoc.meta.*", "").replace("apoc.path.*", "")


def test_generated_password_is_private_and_outside_the_repo(neo4j_settings: Settings) -> None:
    creds = LocalServer(neo4j_settings).credentials_file
    assert creds.stat().st_mode & 0o077 == 0
    assert Path(__file__).resolve().parents[1] not in creds.resolve().parents


def test_generated_passwords_never_look_like_a_command_line_option() -> None:
    drawn = [new_password() for _ in range(2000)]
    assert all(p.isalnum() and len(p) == 24 for p in drawn)
    assert len(set(drawn)) == len(drawn)


def test_taken_port_is_reported_with_the_setting_to_change(neo4j_settings: Settings, tmp_path: Path) -> None:
    clash = make_settings(tmp_path, neo4j_bolt_port=neo4j_settings.neo4j_bolt_port)
    with pytest.raises(ServerError, match="GRAPHKIT_NEO4J_BOLT_PORT"):
        LocalServer(clash).start()


def test_missing_maven_is_reported_with_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    settings = make_settings(tmp_path, neo4j_dist_dir=tmp_path / "dist")
    with pytest.raises(ConfigError, match="Maven"):
        LocalServer(settings).install()


def test_missing_java_is_reported_with_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "no-jdk"))
    with pytest.raises(ConfigError, match="Java 17"):
        LocalServer(make_settings(tmp_path))._java()


def test_stop_when_not_running_says_so(tmp_path: Path) -> None:
    assert LocalServer(make_settings(tmp_path)).stop() is False
