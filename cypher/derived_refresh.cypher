// Recompute the direct relationship for each (subject, type, object) from its claims:
// claims, independent articles, combined confidence (noisy-or over articles, each at its best claim),
// first and last publication date.
// A key left with no claim loses its relationship. Types come from the schema's list only.
UNWIND $keys AS k
MATCH (s:Entity {id: k.subject})
MATCH (o:Entity {id: k.object})
OPTIONAL MATCH (c:Claim {key: k.subject + '|' + k.type + '|' + k.object})
OPTIONAL MATCH (a:Article)-[:STATES]->(c)
WITH s, o, k, a, count(c) AS n, max(c.confidence) AS best
WITH s, o, k, sum(n) AS claims, count(a) AS articles, collect(best) AS confidences,
     min(a.published) AS first_seen, max(a.published) AS last_seen
CALL (s, o, k, claims) {
  WITH s, o, k WHERE claims = 0
  OPTIONAL MATCH (s)-[r:$(k.type) {source: 'article'}]->(o)
  DELETE r
}
CALL (s, o, k, claims, articles, confidences, first_seen, last_seen) {
  WITH s, o, k, claims, articles, confidences, first_seen, last_seen WHERE claims > 0
  MERGE (s)-[r:$(k.type) {source: 'article'}]->(o)
  SET r.claims = claims, r.articles = articles,
      r.confidence = 1.0 - reduce(p = 1.0, x IN confidences | p * (1.0 - x)),
      r.first_seen = first_seen, r.last_seen = last_seen
}
RETURN count(*) AS refreshed
