"""Seeing the network: style, guide, saved queries, analytics write-back, rendered pictures, and a real browser."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient
from graphkit.api.main import create_app
from graphkit.ingest.batch import ingest_paths

from graphkit.config import Settings
from graphkit.graph_analytics import compute, write_back
from graphkit.guide import saved_queries
from graphkit.render import render
from graphkit.server import LocalServer
from graphkit.store import Store
from graphkit.style import PALETTE, grass
from tests.conftest import SAMPLES, wait_for_http

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def sample_graph(store: Store, extractor) -> Store:
    with store.driver.session() as s:
        s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS").consume()
    ingest_paths([SAMPLES], store=store, extractor=extractor, max_bytes=10**7)
    for metric in ("pagerank", "betweenness", "communities"):
        write_back(store, metric, compute(store, metric))
    return store


def test_grass_file_in_the_repo_is_the_generated_style() -> None:
    assert (ROOT / "cypher" / "graphkit.grass").read_text() == grass()


def test_style_colours_every_label_and_captions_by_name() -> None:
    style = grass()
    for label, (fill, _) in PALETTE.items():
        assert re.search(rf"node\.{label} \{{[^}}]*color: {fill};[^}}]*caption: \"\{{name\}}\";", style), label
    assert 'caption: "<type>";' in style


def test_guide_and_style_are_served_with_cors(sample_graph: Store, neo4j_settings: Settings) -> None:
    with TestClient(create_app(neo4j_settings, store=sample_graph)) as c:
        guide = c.get("/browser/guide")
        assert guide.status_code == 200 and guide.headers["access-control-allow-origin"] == "*"
        assert guide.text.count('class="pre-scrollable code runnable"') == len(saved_queries())
        pre = c.options("/browser/guide", headers={"Origin": "http://127.0.0.1:7474", "Access-Control-Request-Method": "GET"})
        assert pre.status_code == 204 and pre.headers["access-control-allow-origin"] == "*"
        assert c.get("/browser/style.grass").text == grass()


@pytest.mark.parametrize("query", saved_queries(), ids=lambda q: q.name)
def test_every_saved_query_runs_and_returns_rows_on_the_sample_graph(sample_graph: Store, query) -> None:
    assert query.title and query.explanation
    with sample_graph.driver.session() as s:
        rows = list(s.run(query.cypher))
    assert rows, f"{query.name} returned no rows"


def test_render_writes_a_picture(sample_graph: Store, tmp_path: Path) -> None:
    out = render(sample_graph, "Anthropic", tmp_path / "anthropic.png")
    assert out.stat().st_size > 20_000
    svg = render(sample_graph, "firm:anthropic", tmp_path / "anthropic.svg")
    assert "Claude 4" in svg.read_text()


def test_local_server_config_opens_guide_and_style_after_connect(neo4j_settings: Settings) -> None:
    conf = (LocalServer(neo4j_settings).conf_dir / "neo4j.conf").read_text()
    assert f"play http://127.0.0.1:{neo4j_settings.api_port}/browser/guide" in conf
    assert "browser.remote_content_hostname_whitelist=*" in conf


@pytest.fixture()
def api_server(sample_graph: Store, neo4j_settings: Settings) -> Iterator[str]:
    server = uvicorn.Server(uvicorn.Config(create_app(neo4j_settings, store=sample_graph), host="127.0.0.1",
                                           port=neo4j_settings.api_port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{neo4j_settings.api_port}"
    wait_for_http(base + "/browser/style.grass")
    yield base
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium); "
                                             "the real-browser test of Neo4j Browser needs it")
def test_neo4j_browser_shows_the_guide_and_a_styled_graph(api_server: str, neo4j_settings: Settings, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    server = LocalServer(neo4j_settings)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(server.browser_url())
        page.fill('[data-testid="password"]', server.password() or "")
        page.click('[data-testid="connect"]')
        page.wait_for_selector("text=graphkit: the AI-geopolitics graph", timeout=30_000)
        page.click('[data-testid="nextSlide"]')
        page.locator('[data-testid="carousel"] pre').first.click()
        page.click('[data-testid="editor-Run"]')
        page.wait_for_selector("svg g.node", timeout=30_000)
        page.wait_for_timeout(2000)
        shot = tmp_path / "neo4j-browser.png"
        page.screenshot(path=str(shot))
        fills = {page.locator("svg g.node circle").nth(i).get_attribute("fill")
                 for i in range(min(60, page.locator("svg g.node circle").count()))}
        browser.close()
    assert shot.stat().st_size > 50_000
    assert {f for f in fills if f} & {fill for fill, _ in PALETTE.values()}, fills
    ours = [e for e in errors if api_server in e or "guide" in e.lower() or "grass" in e.lower()]
    assert not ours, ours
