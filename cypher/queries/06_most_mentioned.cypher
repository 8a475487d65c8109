// The most mentioned actors
// Entities by the number of articles that mention them.
MATCH (a:Article)-[:MENTIONS]->(e:Entity)
RETURN e.name AS entity, e.type AS type, count(a) AS articles
ORDER BY articles DESC, entity
LIMIT 25
