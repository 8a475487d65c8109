// Remove the claims and mentions of these articles before they are (re)written.
// Returns what they touched so derived relationships and orphans can be refreshed.
UNWIND $article_ids AS article_id
MATCH (a:Article {id: article_id})
OPTIONAL MATCH (a)-[:STATES]->(c:Claim)
OPTIONAL MATCH (c)-[:SUBJECT]->(s:Entity)
OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
WITH a, collect(DISTINCT CASE WHEN c IS NULL THEN null ELSE {subject: s.id, type: c.type, object: o.id} END) AS keys,
     collect(DISTINCT c) AS claims
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
WITH a, keys, claims, collect(DISTINCT e.id) AS entity_ids, collect(m) AS mentions
FOREACH (c IN claims | DETACH DELETE c)
FOREACH (m IN mentions | DELETE m)
RETURN a.id AS article_id, keys, entity_ids
