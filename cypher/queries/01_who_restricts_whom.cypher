// Who restricts whom
// Restrictions and lifted restrictions stated by the articles, with how many sources say so.
MATCH (a:Entity)-[r:RESTRICTS|LIFTS_RESTRICTIONS_ON {source: 'article'}]->(b:Entity)
RETURN a.name AS actor, type(r) AS action, b.name AS target, r.articles AS sources, r.last_seen AS last_seen
ORDER BY sources DESC, actor
