// One entity with its relationship counts per type and the articles that mention it most.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(:Entity)
  WITH type(r) AS t, count(r) AS n WHERE t IS NOT NULL
  RETURN collect({type: t, count: n}) AS relation_counts
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
  WITH a, m ORDER BY m.count DESC, a.published DESC LIMIT $top_articles
  RETURN collect(CASE WHEN a IS NULL THEN null ELSE {id: a.id, title: a.title, url: a.url, published: toString(a.published), mentions: m.count} END) AS articles
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[:MENTIONS]->(e)
  RETURN count(a) AS article_count
}
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, e.wikidata AS wikidata,
       e.country AS country, e.pagerank AS pagerank, e.betweenness AS betweenness, e.community AS community,
       relation_counts, articles, article_count
