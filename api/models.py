"""Response models of the HTTP API (separate from the storage and extraction models)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    type: str = Field(examples=["NotFoundError"])
    message: str = Field(examples=["no entity with id 'firm:nope'; search with GET /v1/entities?q=…"])


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: str
    neo4j_version: str | None = None
    edition: str | None = None
    schema_applied: bool = False
    graphkit_version: str


class EntityBase(BaseModel):
    """What every view of an entity shows."""

    id: str
    name: str
    type: str
    aliases: list[str] = []
    wikidata: str | None = None


class EntityHit(EntityBase):
    score: float


class EntityHits(BaseModel):
    data: list[EntityHit]
    count: int


class RelationCount(BaseModel):
    type: str
    count: int


class ArticleBase(BaseModel):
    """What every view of an article shows."""

    id: str
    title: str | None = None
    url: str | None = None
    published: str | None = None


class ArticleRef(ArticleBase):
    mentions: int | None = None


class EntityDetail(EntityBase):
    country: str | None = None
    pagerank: float | None = None
    betweenness: float | None = None
    community: int | None = None
    relation_counts: list[RelationCount] = []
    articles: list[ArticleRef] = []
    article_count: int = 0


class Neighbor(BaseModel):
    id: str
    name: str
    type: str
    relation: str
    direction: str
    source: str | None = None
    claims: int | None = None
    articles: int | None = None
    confidence: float | None = None
    first_seen: str | None = None
    last_seen: str | None = None


class Neighbors(BaseModel):
    data: list[Neighbor]
    count: int
    next_after: str | None = Field(default=None, description="pass as ?after= to get the next page")


class ClaimView(BaseModel):
    """One claim as the API shows it: who, what, whom, the sentence and its article."""

    relation: str
    subject: str
    subject_name: str
    object: str
    object_name: str
    sentence: str
    confidence: float
    article_id: str
    article_title: str | None = None
    article_url: str | None = None


class TimelineItem(ClaimView):
    date: str | None


class Timeline(BaseModel):
    data: list[TimelineItem]
    count: int


class PathNode(BaseModel):
    id: str
    name: str
    type: str


class PathHop(BaseModel):
    type: str
    from_: str = Field(alias="from")
    to: str
    source: str | None = None
    claims: int | None = None
    articles: int | None = None
    confidence: float | None = None
    evidence: list[dict[str, Any]] = []

    model_config = {"populate_by_name": True}


class GraphPath(BaseModel):
    nodes: list[PathNode]
    hops: list[PathHop]


class Paths(BaseModel):
    data: list[GraphPath]
    count: int


class EvidenceItem(ClaimView):
    claim_id: str
    extractor: str | None = None
    published: str | None = None


class Evidence(BaseModel):
    data: list[EvidenceItem]
    count: int


class ArticleSummary(ArticleBase):
    source: str | None = None
    ingested_at: str | None = None
    claims: int = 0


class Articles(BaseModel):
    data: list[ArticleSummary]
    count: int
    next_after: str | None = None


class ArticleDetail(ArticleBase):
    source: str | None = None
    ingested_at: str | None = None
    text: str | None = None
    entities: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []


class ArticleIn(BaseModel):
    """An article to ingest: text or Markdown (front matter allowed)."""

    text: str = Field(min_length=1, examples=["Nvidia unveiled the H200 chip. The US Commerce Department restricted exports of the H20 to China."])
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, examples=["2025-01-13"])


class IngestResult(BaseModel):
    article_id: str
    stored: bool
    entities: int
    claims: int


class Stats(BaseModel):
    labels: dict[str, int]
    relationships: dict[str, int]


class AnalyticsRow(BaseModel):
    id: str
    name: str | None = None
    type: str | None = None
    value: float


class Analytics(BaseModel):
    metric: str
    data: list[AnalyticsRow]
    count: int
    written: int | None = None


class CypherIn(BaseModel):
    query: str = Field(examples=["MATCH (n:Firm) RETURN n.name LIMIT 5"])
    params: dict[str, Any] = {}


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    count: int
    truncated: bool
