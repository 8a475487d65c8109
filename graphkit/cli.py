"""The ``graphkit`` command: a thin adapter over the library.

Each command parses its arguments, makes one library call, and turns a
:class:`~graphkit.errors.GraphkitError` into its message on stderr and a
non-zero exit code. A command's docstring is its ``--help``.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

from graphkit.config import Settings, get_settings
from graphkit.errors import ConfigError, GraphkitError, InputError

EXIT_ERROR = 1
EXIT_SKIPPED = 3  # ingest finished but some inputs were skipped


def _store(settings: Settings):
    from graphkit.store import Store

    return Store.connect(settings)


def _extractor(settings: Settings):
    from graphkit.ingest.extract import Extractor

    return Extractor(model=settings.spacy_model)


def cmd_neo4j(args: argparse.Namespace, settings: Settings) -> int:
    """Run the local Neo4j 5 community server (installed from Maven Central on first start).

    backup FILE dumps the database (neo4j-admin database dump), restore FILE loads one;
    the server is stopped for either and started again. Example: graphkit neo4j start
    """
    from graphkit.server import LocalServer

    server = LocalServer(settings)
    if args.action in {"backup", "restore"}:
        if not args.file:
            print(f"graphkit neo4j {args.action} needs a FILE (e.g. graph.dump)", file=sys.stderr)
            return EXIT_ERROR
        if args.action == "backup":
            print(f"wrote {server.backup(Path(args.file))}")
        else:
            server.restore(Path(args.file))
            print(f"restored {args.file}")
        return 0
    if args.action == "start":
        if settings.neo4j_uri:
            print(f"note: NEO4J_URI is set ({settings.neo4j_uri}); graphkit commands use that server, not this one",
                  file=sys.stderr)
        status = server.start()
        print(status.describe())
    elif args.action == "stop":
        print("Neo4j stopped." if server.stop() else "Neo4j was not running.")
    else:
        status = server.status()
        print(status.describe())
        return 0 if status.running else EXIT_ERROR
    return 0


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    """Print what graphkit extracts from article files, without storing anything.

    With --json, one extraction JSON object per article, one per line (the
    contract in DESIGN.md). Example: graphkit extract article.md --json
    """
    from graphkit.ingest.readers import Skipped, read_paths

    extractor = _extractor(settings)
    failed = False
    for item in read_paths(list(args.files), max_bytes=settings.max_article_bytes,
                           allow_private_urls=settings.allow_private_urls):
        if isinstance(item, Skipped):
            print(f"{item.source}: {item.reason}", file=sys.stderr)
            failed = failed or not item.kept
            continue
        extraction = extractor.extract(item)
        if args.json:
            print(json.dumps(extraction.to_json_dict(), ensure_ascii=False))
            continue
        print(f"# {item.title or item.id}")
        for e in extraction.entities:
            print(f"  {e.type:13s} {e.name}  ({len(e.mentions)} mentions)")
        names = {e.id: e.name for e in extraction.entities}
        for r in extraction.relations:
            print(f"  {names[r.subject]} -[{r.type} {r.confidence:.2f}]-> {names[r.object]}")
            print(f"      “{textwrap.shorten(r.evidence, 160)}”")
    return EXIT_ERROR if failed else 0


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Extract articles and store them in Neo4j: files, folders, globs, URLs, or - for standard input.

    Formats: Markdown/text with YAML front matter, HTML pages, JSON Lines,
    RSS/Atom feeds, .urls lists. Re-running changes nothing and resumes after
    an interruption; bad inputs are reported by name and skipped (exit code 3).
    Example: graphkit ingest samples/ feeds/*.rss https://example.org/article.html
    """
    from graphkit.ingest.batch import ingest_paths
    from tqdm import tqdm

    with _store(settings) as store:
        extractor = _extractor(settings)
        bar = tqdm(unit=" articles", disable=args.quiet or not sys.stderr.isatty(), file=sys.stderr)

        def progress(summary) -> None:
            bar.update(1)
            bar.set_postfix(entities=summary.entities, claims=summary.claims)

        summary = ingest_paths(
            list(args.paths), store=store, extractor=extractor, max_bytes=settings.max_article_bytes,
            allow_private_urls=settings.allow_private_urls,
            batch_size=args.batch_size or settings.batch_size, force=args.force, workers=args.workers,
            on_article=progress,
        )
        bar.close()
    print(json.dumps(summary.as_dict(), indent=2) if args.json else summary.describe())
    return EXIT_SKIPPED if summary.skipped else 0


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    """Delete an article, its claims, and whatever only it supported.

    Example: graphkit delete 3f2a9c...
    """
    with _store(settings) as store:
        if not store.delete_article(args.article_id):
            print(f"no article with id {args.article_id!r}; `graphkit stats` or GET /v1/articles lists them",
                  file=sys.stderr)
            return EXIT_ERROR
    print(f"deleted article {args.article_id}")
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    """Counts per label and per relationship type.

    Example: graphkit stats --json
    """
    with _store(settings) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats.as_dict(), indent=2, sort_keys=True))
    else:
        for label, n in stats.labels.items():
            print(f"{label:16s} {n}")
        for rel, n in sorted(stats.relationships.items()):
            print(f"{rel:24s} {n}")
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Score extraction on annotated articles (same rules as shared/tools/score.py).

    Example: graphkit eval ../shared/corpus/dev --verbose
    """
    from graphkit.ingest.readers import read_file

    from graphkit.evaluate import evaluate

    extractor = _extractor(settings)
    unreadable: list[str] = []

    def predict(path: Path) -> dict:
        try:
            return extractor.extract(read_file(path, max_bytes=settings.max_article_bytes)).to_json_dict()
        except InputError as exc:
            print(str(exc), file=sys.stderr)
            unreadable.append(path.name)
            return {"entities": [], "relations": []}

    report = evaluate(Path(args.corpus), predict)
    report.unreadable = unreadable
    print(json.dumps(report.as_dict()) if args.json else report.describe(verbose=args.verbose))
    return 1 if unreadable else 0  # (the scores stand, as score.py's do; the exit status says some are not real)


def ensure_port_free(host: str, port: int) -> None:
    """Fail before any work when the API's address is taken, rather than after ingesting, in a server log line.

    A second `graphkit up` (or `serve`) on the same port is the usual cause."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"cannot serve the API on {host}:{port}: the address is in use ({exc.strerror}); another "
                "`graphkit up` or `graphkit serve` is probably running — stop it, or pick another port with "
                "--port or GRAPHKIT_API_PORT"
            ) from None


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    """Serve the HTTP API (OpenAPI docs at /docs).

    Example: graphkit serve --port 8000
    """
    import uvicorn
    from graphkit.api.main import create_app

    host, port = args.host or settings.api_host, args.port or settings.api_port
    ensure_port_free(host, port)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
    return 0


def cmd_up(args: argparse.Namespace, settings: Settings) -> int:
    """The whole thing with no configuration: start Neo4j, ingest the sample articles, serve the API.

    Prints where to look (Neo4j Browser, the API docs). Stop with Ctrl-C;
    `graphkit neo4j stop` stops the database. Example: graphkit up
    """
    from graphkit.samples import samples_dir
    from graphkit.server import LocalServer

    if not args.no_serve:
        ensure_port_free(args.host or settings.api_host, args.port or settings.api_port)
    if not settings.neo4j_uri:
        status = LocalServer(settings).start()
        print(status.describe(), flush=True)
    ns = argparse.Namespace(paths=[str(p) for p in (args.paths or [samples_dir()])], batch_size=None,
                            force=False, quiet=True, json=False, workers=1)
    cmd_ingest(ns, settings)
    host, port = args.host or settings.api_host, args.port or settings.api_port
    server = LocalServer(settings)
    if settings.uses_local_server:
        print(f"\nNeo4j Browser: {server.browser_url()}")
        print(f"               user neo4j, password in {server.credentials_file};")
        print("               after you log in, graphkit's style is applied and its guide opens")
    print(f"API docs:      http://{host}:{port}/docs")
    print(f"Try:           curl 'http://{host}:{port}/v1/entities?q=anthropic'", flush=True)
    if args.no_serve:
        return 0
    return cmd_serve(argparse.Namespace(host=host, port=port), settings)


def cmd_browser(args: argparse.Namespace, settings: Settings) -> int:
    """Print (or open) Neo4j Browser for the local server, with graphkit's guide and style.

    After you connect, Browser applies the style and opens the guide by itself
    (the API must be running: `graphkit up` or `graphkit serve`).
    Example: graphkit browser --open
    """
    from graphkit.server import LocalServer

    server = LocalServer(settings)
    url = server.browser_url() if settings.uses_local_server else "your Neo4j Browser"
    print(f"Neo4j Browser: {url}")
    if settings.uses_local_server:
        print(f"  user neo4j, password in {server.credentials_file}")
    print(f"Guide:         :play {server.api_url}/browser/guide")
    print(f"Style:         :style {server.api_url}/browser/style.grass")
    if args.open and settings.uses_local_server:
        import webbrowser

        webbrowser.open(url)
    return 0


def cmd_analytics(args: argparse.Namespace, settings: Settings) -> int:
    """Compute PageRank, betweenness and communities (networkx) and write them onto the entities.

    The Browser guide's "most central actors" and "communities" queries read them.
    Example: graphkit analytics
    """
    from graphkit.graph_analytics import compute, write_back

    with _store(settings) as store:
        for metric in args.metric or ["pagerank", "betweenness", "communities"]:
            rows = compute(store, metric)
            written = write_back(store, metric, rows)
            top = ", ".join(f"{r['name']} ({r['value']:.3g})" for r in rows[:5]) if metric != "communities" else \
                f"{len({r['value'] for r in rows})} communities"
            print(f"{metric:12s} written to {written} entities; top: {top}")
    return 0


def cmd_render(args: argparse.Namespace, settings: Settings) -> int:
    """Draw an entity's neighbourhood to a PNG or SVG file for reports.

    Example: graphkit render "Anthropic" --out anthropic.png
    """
    from graphkit.render import render

    with _store(settings) as store:
        out = render(store, args.entity, Path(args.out), hops=args.hops)
    print(f"wrote {out}")
    return 0


def cmd_kb(args: argparse.Namespace, settings: Settings) -> int:
    """Validate the knowledge base and print its size per type (or look a name up).

    Example: graphkit kb --lookup Whitehall
    """
    from collections import Counter

    from graphkit.kb import load_kb

    kb = load_kb(Path(args.file) if args.file else None)
    if args.lookup:
        hits = kb.lookup(args.lookup)
        for e in hits:
            print(json.dumps(e.model_dump(exclude_defaults=True), ensure_ascii=False))
        return 0 if hits else EXIT_ERROR
    counts = Counter(e.type for e in kb.entries)
    print(f"{len(kb)} entities, {len(kb.facts())} background facts")
    for t, n in counts.most_common():
        print(f"  {t:13s} {n}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="graphkit", description="AI-geopolitics news → a Neo4j knowledge graph.")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, fn: Callable[[argparse.Namespace, Settings], int]) -> argparse.ArgumentParser:
        doc = fn.__doc__ or ""
        p = sub.add_parser(name, help=doc.strip().splitlines()[0], description=textwrap.dedent(doc),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.set_defaults(func=fn)
        return p

    p = add("neo4j", cmd_neo4j)
    p.add_argument("action", choices=["start", "stop", "status", "backup", "restore"])
    p.add_argument("file", nargs="?", help="the dump file, for backup and restore")
    p = add("extract", cmd_extract)
    p.add_argument("files", nargs="+", help="article files or folders")
    p.add_argument("--json", action="store_true", help="print the extraction JSON, one object per line")
    p = add("ingest", cmd_ingest)
    p.add_argument("paths", nargs="+", help="files, folders, globs, URLs, or - for standard input")
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--force", action="store_true", help="re-extract articles even when stored unchanged")
    p.add_argument("--workers", type=int, default=1, help="extraction processes (each parses and extracts whole batches)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p = add("delete", cmd_delete)
    p.add_argument("article_id")
    p = add("stats", cmd_stats)
    p.add_argument("--json", action="store_true")
    p = add("eval", cmd_eval)
    p.add_argument("corpus", help="folder of NN_slug.md articles with NN_slug.gold.json beside them")
    p.add_argument("--verbose", action="store_true", help="per-article scores and misses")
    p.add_argument("--json", action="store_true", help="one JSON summary line")
    p = add("serve", cmd_serve)
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p = add("up", cmd_up)
    p.add_argument("paths", nargs="*", help="articles to ingest (default: the bundled samples)")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.add_argument("--no-serve", action="store_true", help="stop after ingesting")
    p = add("browser", cmd_browser)
    p.add_argument("--open", action="store_true", help="open it in your web browser")
    p = add("analytics", cmd_analytics)
    p.add_argument("--metric", action="append", choices=["pagerank", "betweenness", "communities"])
    p = add("render", cmd_render)
    p.add_argument("entity", help="an entity id or name")
    p.add_argument("--out", required=True, help="FILE.png or FILE.svg")
    p.add_argument("--hops", type=int, default=1, choices=[1, 2])
    p = add("kb", cmd_kb)
    p.add_argument("--file", help="a knowledge-base file to validate instead of the packaged one")
    p.add_argument("--lookup", help="print the entries a surface form names")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args, get_settings()))
    except GraphkitError as exc:
        print(f"graphkit: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("graphkit: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # python -m graphkit.cli
    sys.exit(main())
