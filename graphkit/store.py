"""Neo4j persistence: the only module that talks to the driver.

Writes follow DESIGN.md "Provenance": an article STATES claims, each claim
names its SUBJECT and OBJECT, the article MENTIONS entities, and one direct
relationship per (subject, type, object) is derived from the claims. Each
article is written in one managed write transaction (retried by the driver on
transient errors), so its facts land together or not at all; re-writing an
article first clears its old claims, so repeating an ingest changes nothing.

Driver exceptions are translated here into :mod:`graphkit.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import neo4j
from neo4j import READ_ACCESS, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_exc

from graphkit.config import Settings
from graphkit.cypher_files import cypher, statements
from graphkit.errors import ConfigError, StoreError, StoreUnavailableError
from graphkit.model import Extraction
from graphkit.schema import LABELS, SCHEMA

T = TypeVar("T")


@dataclass
class WriteResult:
    """What one article write changed."""

    article_id: str
    entities: int
    claims: int
    #: entities an earlier version of the article mentioned and this one does not (they may have been deleted)
    dropped: tuple[str, ...] = ()


@dataclass
class GraphStats:
    """Counts per label and per relationship type."""

    labels: dict[str, int] = field(default_factory=dict)
    relationships: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, dict[str, int]]:
        return {"labels": self.labels, "relationships": self.relationships}


def resolve_connection(settings: Settings) -> tuple[str, tuple[str, str]]:
    """URI and auth: ``NEO4J_*`` when set, else the local server the launcher runs."""
    if settings.neo4j_uri:
        if settings.neo4j_password is None:
            raise ConfigError(f"NEO4J_URI is set to {settings.neo4j_uri} but NEO4J_PASSWORD is not; set it in the environment")
        return settings.neo4j_uri, (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    from graphkit.server import LocalServer

    server = LocalServer(settings)
    password = server.password()
    if password is None:
        raise ConfigError(
            "no Neo4j to talk to: start the local server with `graphkit neo4j start`, "
            "or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD for your own server"
        )
    return server.bolt_uri, ("neo4j", password)


@contextmanager
def translated_errors(action: str) -> Iterator[None]:
    """Turn driver exceptions into graphkit errors with a message that says what to do."""
    try:
        yield
    except (neo4j_exc.ServiceUnavailable, neo4j_exc.SessionExpired) as exc:
        raise StoreUnavailableError(
            f"Neo4j is unreachable while trying to {action} ({exc}). Is it running? "
            "`graphkit neo4j status` tells; `graphkit neo4j start` starts the local one."
        ) from exc
    except neo4j_exc.AuthError as exc:
        raise StoreUnavailableError(
            f"Neo4j refused the credentials while trying to {action}: check NEO4J_USER / NEO4J_PASSWORD"
        ) from exc
    except neo4j_exc.Neo4jError as exc:
        raise StoreError(f"Neo4j failed to {action}: {exc.code}: {exc.message}") from exc
    except neo4j_exc.DriverError as exc:
        raise StoreError(f"the Neo4j driver failed to {action}: {exc}") from exc


class Store:
    """A connection to one Neo4j database holding a graphkit graph."""

    def __init__(self, driver: neo4j.Driver, database: str) -> None:
        self.driver = driver
        self.database = database

    @classmethod
    def connect(cls, settings: Settings, *, apply_schema: bool = True) -> Store:
        uri, auth = resolve_connection(settings)
        driver = GraphDatabase.driver(uri, auth=auth, max_connection_lifetime=3600, notifications_min_severity="OFF")
        store = cls(driver, settings.neo4j_database)
        with translated_errors(f"connect to {uri}"):
            driver.verify_connectivity()
        if apply_schema:
            store.ensure_schema()
        return store

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- generic helpers ---------------------------------------------------
    def _write(self, fn: Callable[[ManagedTransaction], T], action: str) -> T:
        with translated_errors(action), self.driver.session(database=self.database) as session:
            return session.execute_write(fn)

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the read query ``cypher/<name>.cypher`` and return its rows as dicts."""
        def work(tx: ManagedTransaction) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(cypher(name), params)]

        with translated_errors(f"run {name}"), self.driver.session(
            database=self.database, default_access_mode=READ_ACCESS
        ) as session:
            return session.execute_read(work)

    def write_query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run the write query ``cypher/<name>.cypher`` in a managed transaction."""
        return self._write(lambda tx: [r.data() for r in tx.run(cypher(name), params)], f"run {name}")

    # -- schema ------------------------------------------------------------
    def ensure_schema(self) -> None:
        """Create constraints and indexes from ``cypher/schema.cypher`` (idempotent)."""
        with translated_errors("apply the graph schema"), self.driver.session(database=self.database) as session:
            for statement in statements("schema"):
                session.run(statement).consume()
            session.run("CALL db.awaitIndexes(60)").consume()

    # -- articles ----------------------------------------------------------
    def write(self, extraction: Extraction) -> WriteResult:
        """Store one article's extraction, replacing what an earlier write of it stated."""
        return self.write_many([extraction])[0]

    def write_many(self, extractions: list[Extraction], *, kb_facts: list[dict[str, Any]] | None = None) -> list[WriteResult]:
        """Store a batch of extractions in one transaction (a handful of round trips, whatever the size).

        The batch lands together or not at all. If it fails for a reason other
        than a transient one (which the driver retries), each article is tried
        on its own so one bad article cannot keep the others out.
        """
        if not extractions:
            return []
        rows = [_rows_for(x) for x in extractions]

        def work(tx: ManagedTransaction) -> list[WriteResult]:
            ids = [r["article"]["id"] for r in rows]
            cleared = _clear_articles(tx, ids)
            tx.run(cypher("article_merge"), articles=[r["article"] for r in rows]).consume()
            tx.run(cypher("entities_merge"), rows=[e for r in rows for e in r["entities"]]).consume()
            tx.run(cypher("claims_create"), rows=[c for r in rows for c in r["claims"]]).consume()
            keys = [k for old_keys, _ in cleared.values() for k in old_keys]
            keys += [{"subject": c["subject"], "type": c["type"], "object": c["object"]} for r in rows for c in r["claims"]]
            _refresh_derived(tx, keys)
            dropped = {}
            for r in rows:
                _, old_entities = cleared.get(r["article"]["id"], ([], []))
                dropped[r["article"]["id"]] = tuple(sorted(set(old_entities) - {e["id"] for e in r["entities"]}))
            gone = {i for ids in dropped.values() for i in ids}
            if gone:
                tx.run(cypher("orphans_delete"), entity_ids=sorted(gone)).consume()
            if kb_facts:
                # background facts touching this batch's entities land with it, so an interrupted run loses none
                tx.run(cypher("kb_facts_merge"), rows=kb_facts).consume()
            return [WriteResult(r["article"]["id"], len(r["entities"]), len(r["claims"]), dropped[r["article"]["id"]]) for r in rows]

        try:
            return self._write(work, f"store {len(rows)} article(s)")
        except StoreUnavailableError:
            raise
        except StoreError:
            if len(extractions) == 1:
                raise
            return [result for x in extractions for result in self.write_many([x], kb_facts=kb_facts)]

    def delete_article(self, article_id: str) -> bool:
        """Delete an article, its claims, and whatever relationship or entity only it supported."""

        def work(tx: ManagedTransaction) -> bool:
            found = tx.run("MATCH (a:Article {id: $id}) RETURN count(a) AS n", id=article_id).single()
            if not found or found["n"] == 0:
                return False
            keys, entity_ids = _clear_articles(tx, [article_id]).get(article_id, ([], []))
            tx.run(cypher("article_delete"), article_id=article_id).consume()
            _refresh_derived(tx, keys)
            tx.run(cypher("orphans_delete"), entity_ids=entity_ids).consume()
            return True

        return self._write(work, f"delete article {article_id}")

    def existing_articles(self, ids: Iterable[str]) -> dict[str, str]:
        """Map of stored article id → text hash, among ``ids``."""
        return {row["id"]: row["text_hash"] for row in self.read("article_exists", ids=list(ids))}

    def entity_ids_present(self, ids: Iterable[str]) -> set[str]:
        rows = self.read("kb_entity_ids", ids=list(ids))
        return set(rows[0]["ids"]) if rows else set()

    # -- user queries ------------------------------------------------------
    def run_read_only(self, query: str, params: dict[str, Any], *, timeout: float, max_rows: int) -> tuple[list[str], list[dict[str, Any]], bool]:
        """Run a user's Cypher only if it is read-only: text checks, EXPLAIN, a READ transaction, a timeout and a row cap.

        Returns (columns, rows, truncated)."""
        from graphkit.cypher_guard import check_procedure, check_text
        from graphkit.errors import QueryRefusedError

        check_text(query)

        def plan_check(tx: ManagedTransaction) -> None:
            summary = tx.run("EXPLAIN " + query, params).consume()
            if summary.query_type not in ("r", None):
                raise QueryRefusedError(f"refused: Neo4j classifies this query as '{summary.query_type}', not read-only")
            stack = [summary.plan] if summary.plan else []
            while stack:
                op = stack.pop()
                args = op.get("args", {}) if isinstance(op, dict) else {}
                if "ProcedureCall" in str(op.get("operatorType", "")):
                    details = str(args.get("Details", ""))
                    name = details.split("(")[0].strip()
                    if name:
                        check_procedure(name)
                stack.extend(op.get("children", []) if isinstance(op, dict) else [])

        def work(tx: ManagedTransaction) -> tuple[list[str], list[dict[str, Any]], bool]:
            result = tx.run(query, params)
            keys = list(result.keys())
            rows = []
            for record in result:
                if len(rows) >= max_rows:
                    return keys, rows, True
                rows.append(_jsonable(record.data()))
            return keys, rows, False

        from graphkit.errors import QueryError

        try:
            with translated_errors("run the query"), self.driver.session(
                database=self.database, default_access_mode=READ_ACCESS
            ) as session:
                session.execute_read(plan_check)
                return session.execute_read(neo4j.unit_of_work(timeout=timeout)(work))
        except StoreError as exc:
            cause = exc.__cause__
            if isinstance(cause, neo4j_exc.ClientError):
                raise QueryError(f"Neo4j rejected the query: {cause.message} (fix the Cypher and send it again)") from cause
            raise
        except (OverflowError, TypeError, ValueError) as exc:
            raise QueryError(f"a parameter cannot be sent to Neo4j ({exc}); use strings, booleans, "
                             "64-bit integers, floats, lists and maps") from exc

    # -- reporting ---------------------------------------------------------
    def stats(self) -> GraphStats:
        """Counts per schema label (plus Article and Claim) and per relationship type."""
        out = GraphStats()
        for label in ("Article", "Claim", "Entity", *LABELS):
            rows = self.read("stats_label", label=label)
            out.labels[label] = int(rows[0]["count"]) if rows else 0
        out.relationships = {row["type"]: int(row["count"]) for row in self.read("stats_relationships")}
        return out

    def health(self) -> dict[str, Any]:
        version = self.read("health_version")
        constraints = self.read("health_constraints")
        return {
            "neo4j_version": version[0]["version"] if version else None,
            "edition": version[0]["edition"] if version else None,
            "schema_applied": bool(constraints) and len(constraints[0]["names"]) == 3,
        }


def _jsonable(value: Any) -> Any:
    """Driver values (nodes, dates, points) as plain JSON-friendly values."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return str(value)


def _clear_articles(tx: ManagedTransaction, article_ids: list[str]) -> dict[str, tuple[list[dict[str, str]], list[str]]]:
    """Clear stored claims and mentions of these articles; per article, the keys and entity ids they touched."""
    out = {}
    for record in tx.run(cypher("article_clear"), article_ids=article_ids):
        keys = [k for k in record["keys"] if k and k.get("subject") and k.get("object")]
        out[record["article_id"]] = (keys, [i for i in record["entity_ids"] if i])
    return out


def _rows_for(extraction: Extraction) -> dict[str, Any]:
    """Parameter rows for one extraction (types checked against the schema's own lists)."""
    article = extraction.article
    art_row = {
        "id": article.id, "title": article.title, "url": article.url, "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "text_hash": article.text_hash, "text": article.text,
    }
    entity_rows = [
        {"id": e.id, "name": e.name, "type": SCHEMA.check_label(e.type), "aliases": e.aliases, "wikidata": e.wikidata,
         "country": e.country, "mention_count": max(1, len(e.mentions)), "article_id": article.id}
        for e in extraction.entities
    ]
    claims: dict[str, dict[str, Any]] = {}
    for rel in extraction.relations:
        subject, obj = rel.subject, rel.object
        if rel.type in SCHEMA.symmetric and obj < subject:
            subject, obj = obj, subject
        cid = rel.claim_id(article.id)
        claims[cid] = {
            "id": cid, "type": SCHEMA.check_relation(rel.type), "subject": subject, "object": obj,
            "sentence": rel.evidence, "start": rel.start, "end": rel.end, "confidence": rel.confidence,
            "extractor": rel.extractor, "article_id": article.id,
        }
    return {"article": art_row, "entities": entity_rows, "claims": list(claims.values())}


def _refresh_derived(tx: ManagedTransaction, keys: list[dict[str, str]]) -> None:
    unique = {(k["subject"], k["type"], k["object"]): k for k in keys}
    rows = [dict(k, type=SCHEMA.check_relation(k["type"])) for k in unique.values()]
    if rows:
        tx.run(cypher("derived_refresh"), keys=rows).consume()
