// Articles, newest first, keyset-paginated on (published, id).
MATCH (a:Article)
WITH a, coalesce(toString(a.published), '0000-00-00') + '|' + a.id AS cursor
WHERE $after IS NULL OR cursor < $after
OPTIONAL MATCH (a)-[:STATES]->(c:Claim)
WITH a, cursor, count(c) AS claims
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, toString(a.published) AS published,
       toString(a.ingested_at) AS ingested_at, claims, cursor
ORDER BY cursor DESC
LIMIT $limit
