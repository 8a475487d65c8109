"""Articles from URLs, fetched politely: timeouts, a size limit, retries, an honest User-Agent.

Addresses on private, loopback or link-local networks are refused unless the
caller allows them (``GRAPHKIT_ALLOW_PRIVATE_URLS=true``; the tests do, for a
loopback server), so a URL list cannot be used to probe internal services.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
from graphkit.ingest.feed_reader import looks_like_feed, parse_feed
from graphkit.ingest.html_reader import parse_html
from graphkit.ingest.skips import Skipped

from graphkit.errors import InputError
from graphkit.model import Article

USER_AGENT = "graphkit/0.1 (AI-geopolitics knowledge graph; article ingestion)"


def check_address(url: str, *, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InputError("only http and https URLs can be fetched", source=url)
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise InputError(f"the host name does not resolve ({exc.strerror})", source=url) from exc
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            raise InputError(
                f"refused: {parts.hostname} is a private or loopback address ({addr}); "
                "set GRAPHKIT_ALLOW_PRIVATE_URLS=true to fetch from your own network",
                source=url,
            )


def fetch(url: str, *, max_bytes: int, timeout: float = 20.0, retries: int = 2, allow_private: bool = False) -> tuple[bytes, str]:
    """Body and content type of a URL; raises InputError naming the URL."""
    check_address(url, allow_private=allow_private)
    last: Exception | None = None
    for attempt in range(retries + 1):
        try:
            with httpx.stream("GET", url, timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}) as r:
                if r.status_code >= 400:
                    raise InputError(f"the server answered {r.status_code}", source=url)
                body = bytearray()
                for chunk in r.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise InputError(f"the page is over the {max_bytes:,}-byte limit; raise GRAPHKIT_MAX_ARTICLE_BYTES", source=url)
                return bytes(body), r.headers.get("content-type", "")
        except InputError:
            raise
        except httpx.HTTPError as exc:
            last = exc
            time.sleep(0.5 * (attempt + 1))
    raise InputError(f"could not be fetched after {retries + 1} tries ({last})", source=url)


def read_url(url: str, *, max_bytes: int, allow_private: bool = False) -> Iterator[Article | Skipped]:
    try:
        body, ctype = fetch(url, max_bytes=max_bytes, allow_private=allow_private)
    except InputError as exc:
        yield Skipped(url, exc.reason)
        return
    try:
        if looks_like_feed(body) or "xml" in ctype and b"<html" not in body[:1024].lower():
            yield from parse_feed(body, source=url)
        elif "html" in ctype or b"<html" in body[:2048].lower():
            yield parse_html(body.decode("utf-8", errors="replace"), source=url, url=url)
        else:
            from graphkit.ingest.readers import parse_markdown

            art = parse_markdown(body.decode("utf-8", errors="replace"), source=url)
            yield Article.create(text=art.text, title=art.title, url=url, source=art.source, published=art.published)
    except InputError as exc:
        yield Skipped(url, exc.reason)
