// One article with the entities it mentions and the claims it states.
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH e, m ORDER BY m.count DESC, e.name
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, name: e.name, type: e.type, mentions: m.count} END) AS entities
}
CALL (a) {
  OPTIONAL MATCH (a)-[:STATES]->(c:Claim)-[:SUBJECT]->(s:Entity)
  OPTIONAL MATCH (c)-[:OBJECT]->(o:Entity)
  WITH c, s, o ORDER BY c.start
  RETURN collect(CASE WHEN c IS NULL THEN null ELSE {id: c.id, type: c.type, subject: s.id, subject_name: s.name,
                 object: o.id, object_name: o.name, sentence: c.sentence, confidence: c.confidence} END) AS claims
}
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, toString(a.published) AS published,
       toString(a.ingested_at) AS ingested_at, a.text AS text, entities, claims
