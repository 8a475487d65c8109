"""Articles: list, read, ingest (API key), delete (API key)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from graphkit.api.deps import ApiKey, StoreDep
from graphkit.api.models import ArticleDetail, ArticleIn, Articles, IngestResult
from graphkit.ingest.batch import kb_facts_for
from graphkit.ingest.readers import parse_date, parse_markdown

from graphkit.errors import InputError, NotFoundError
from graphkit.model import Article

router = APIRouter(prefix="/v1/articles", tags=["articles"])
ArticleId = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("", response_model=Articles)
def list_articles(
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    after: Annotated[str | None, Query(max_length=300)] = None,
) -> Articles:
    """Articles, newest first (keyset-paginated with ?after=)."""
    rows = store.read("articles_list", limit=limit, after=after)
    return Articles(data=rows, count=len(rows), next_after=rows[-1]["cursor"] if len(rows) == limit else None)


@router.get("/{article_id}", response_model=ArticleDetail)
def get_article(store: StoreDep, article_id: ArticleId) -> ArticleDetail:
    """An article with its entities and claims."""
    rows = store.read("article_get", id=article_id)
    if not rows:
        raise NotFoundError(f"no article with id {article_id!r}; list them with GET /v1/articles")
    row = rows[0]
    row["entities"] = [e for e in row["entities"] if e]
    row["claims"] = [c for c in row["claims"] if c]
    return ArticleDetail(**row)


@router.post("", response_model=IngestResult, status_code=201, dependencies=[ApiKey])
def post_article(store: StoreDep, request: Request, body: ArticleIn) -> IngestResult:
    """Extract and store one article (text or Markdown with front matter); needs X-API-Key."""
    if body.text.lstrip().startswith("---"):
        article = parse_markdown(body.text, source="request body")
        if body.title or body.url:
            article = Article.create(text=article.text, title=body.title or article.title, url=body.url or article.url,
                                     source=body.source or article.source, published=article.published)
    else:
        if not body.text.strip():
            raise InputError("field 'text' is blank; send the article text")
        article = Article.create(text=body.text, title=body.title, url=body.url, source=body.source,
                                 published=parse_date(body.published, source="field 'published'"))
    extractor = request.app.state.extractor
    if extractor is None:
        from graphkit.ingest.extract import Extractor

        extractor = Extractor(model=request.app.state.settings.spacy_model)
        request.app.state.extractor = extractor
    extraction = extractor.extract(article)
    [result] = store.write_many([extraction], kb_facts=kb_facts_for(extractor.kb, {e.id for e in extraction.entities}))
    return IngestResult(article_id=result.article_id, stored=True, entities=result.entities, claims=result.claims)


@router.delete("/{article_id}", status_code=204, dependencies=[ApiKey])
def delete_article(store: StoreDep, article_id: ArticleId) -> None:
    """Delete an article, its claims, and whatever only it supported; needs X-API-Key."""
    if not store.delete_article(article_id):
        raise NotFoundError(f"no article with id {article_id!r}; list them with GET /v1/articles")
