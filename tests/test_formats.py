"""News-native inputs: HTML, JSON Lines, RSS/Atom, URLs (from a loopback server), stdin, globs — and bad input."""

from __future__ import annotations

import http.server
import io
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from graphkit.ingest.readers import read_paths
from graphkit.ingest.skips import Skipped

ARTICLE_HTML = """<html><head><title>Chips and rules</title>
<meta property="og:site_name" content="Example Wire"><meta property="article:published_time" content="2025-03-04">
<script>var tracking = 1;</script><style>body {color: red}</style></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<article><h1>Chips and rules</h1>
<p>The Netherlands imposed export controls on ASML machines bound for China, officials in The Hague said on Tuesday.</p>
<p>Nvidia unveiled the B200 accelerator at its developer conference, and analysts expect strong demand from cloud firms.</p>
<p>The Bureau of Industry and Security added two Chinese firms to the Entity List in a separate move the same week.</p>
</article><footer>Copyright Example Wire. Subscribe now.</footer></body></html>"""

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>AI policy</title>
<item><title>Japan adopts AI law</title><link>https://news.example.org/japan-ai-law</link>
<pubDate>Tue, 27 May 2025 09:00:00 GMT</pubDate><description>Japan adopted the AI Promotion Act on Tuesday after a long debate in parliament.</description></item>
<item><title>Broken item</title><link>https://news.example.org/broken</link></item>
<item><title>Nvidia chips</title><link>https://news.example.org/nvidia</link>
<description>&lt;p&gt;Nvidia unveiled the H200 chip for data centres.&lt;/p&gt;</description></item>
</channel></rss>"""

BILLION_LAUGHS = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><title>&lol2;</title><description>&lol2;</description></item></channel></rss>"""


def items(paths, **kw) -> tuple[list, list[Skipped]]:
    out = list(read_paths(paths, max_bytes=kw.pop("max_bytes", 10**6), **kw))
    return [i for i in out if not isinstance(i, Skipped)], [i for i in out if isinstance(i, Skipped)]


def test_html_main_text_without_boilerplate_and_with_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(ARTICLE_HTML)
    [art], _ = items([tmp_path / "page.html"])
    assert "export controls on ASML" in art.text
    assert "tracking" not in art.text and "Subscribe" not in art.text and "About" not in art.text
    assert art.title == "Chips and rules"
    assert art.published is not None and art.published.isoformat() == "2025-03-04"


def test_html_with_only_scripts_and_styles_is_skipped_with_reason(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><script>x()</script><style>p{}</style></head><body></body></html>")
    arts, skipped = items([tmp_path / "empty.html"])
    assert not arts and "no main text" in skipped[0].reason


def test_jsonl_lines_land_and_a_bad_line_is_reported_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": "A", "text": "Anthropic released Claude 4.", "url": "https://e.org/a", "published": "2025-05-22"}),
        "{not json",
        json.dumps({"title": "B", "html": "<p>Google invested in Anthropic again this year.</p>", "source": "wire"}),
        json.dumps({"title": "C"}),
    ]
    (tmp_path / "dump.jsonl").write_text("\n".join(lines))
    arts, skipped = items([tmp_path / "dump.jsonl"])
    assert [a.title for a in arts] == ["A", "B"]
    assert arts[0].url == "https://e.org/a" and arts[0].published.isoformat() == "2025-05-22"
    assert "Google invested" in arts[1].text
    reasons = {s.source.rsplit(":", 1)[1]: s.reason for s in skipped}
    assert "line 2" in reasons["2"] and "text" in reasons["4"]


def test_rss_items_land_a_broken_item_is_reported(tmp_path: Path) -> None:
    (tmp_path / "feed.rss").write_text(RSS)
    arts, skipped = items([tmp_path / "feed.rss"])
    assert [a.url for a in arts] == ["https://news.example.org/japan-ai-law", "https://news.example.org/nvidia"]
    assert arts[0].published.isoformat() == "2025-05-27"
    assert "Nvidia unveiled the H200" in arts[1].text and "<p>" not in arts[1].text
    assert len(skipped) == 1 and skipped[0].source.endswith("#item2")


def test_feed_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    (tmp_path / "lolz.rss").write_text(BILLION_LAUGHS)
    arts, skipped = items([tmp_path / "lolz.rss"])
    assert not arts and "entity" in skipped[0].reason


def test_same_article_as_html_and_jsonl_is_one_article(tmp_path: Path) -> None:
    (tmp_path / "dump.jsonl").write_text(json.dumps({"title": "x", "text": "Some other text.", "url": "https://e.org/same"}))
    url_items, _ = items([tmp_path / "dump.jsonl"])
    (tmp_path / "p.html").write_text(ARTICLE_HTML.replace("<head>", '<head><link rel="canonical" href="https://e.org/same">'))
    html_items, _ = items([tmp_path / "p.html"])
    assert url_items[0].id == html_items[0].id


def test_globs_and_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("Alpha text.")
    (tmp_path / "b.md").write_text("Beta text.")
    monkeypatch.chdir(tmp_path)
    arts, _ = items(["*.md"])
    assert sorted(a.title for a in arts) == ["Alpha text.", "Beta text."]
    arts, _ = items(["-"], stdin=io.StringIO("---\ntitle: From stdin\n---\nNvidia unveiled the B200."))
    assert arts[0].title == "From stdin"
    _, skipped = items(["nothing-*.md"])
    assert "matches no file" in skipped[0].reason


class _Handler(http.server.BaseHTTPRequestHandler):
    pages = {"/article.html": ("text/html", ARTICLE_HTML), "/feed.rss": ("application/rss+xml", RSS)}
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>" + b"x" * 200_000)
            return
        ctype, body = self.pages.get(self.path, ("text/plain", None))
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        if body:
            self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture()
def web() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_urls_and_url_lists_from_a_loopback_server(web: str, tmp_path: Path) -> None:
    (tmp_path / "links.urls").write_text(f"# reading list\n{web}/article.html\n{web}/missing\n{web}/feed.rss\n")
    arts, skipped = items([tmp_path / "links.urls"], allow_private_urls=True)
    assert arts[0].url == f"{web}/article.html" and "ASML" in arts[0].text
    assert any(a.url == "https://news.example.org/nvidia" for a in arts)
    assert any("404" in s.reason for s in skipped)
    assert all(a.startswith("graphkit/") for a in _Handler.agents)


def test_private_and_loopback_urls_are_refused_by_default(web: str) -> None:
    arts, skipped = items([f"{web}/article.html"])
    assert not arts and "private or loopback" in skipped[0].reason


def test_oversized_download_is_refused(web: str) -> None:
    _, skipped = items([f"{web}/big"], allow_private_urls=True, max_bytes=50_000)
    assert "limit" in skipped[0].reason
