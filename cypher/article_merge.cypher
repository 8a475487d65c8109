// Create or update article nodes.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title,
    a.url = article.url,
    a.source = article.source,
    a.published = CASE WHEN article.published IS NULL THEN null ELSE date(article.published) END,
    a.text_hash = article.text_hash,
    a.text = article.text,
    a.ingested_at = datetime()
