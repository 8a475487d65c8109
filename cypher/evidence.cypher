// The claims behind a relationship: sentence, article, date and confidence.
// With $either_way (no type given, or a symmetric type) claims in the other direction count too.
CALL () {
  MATCH (s:Entity {id: $subject})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity {id: $object})
  RETURN s, c, o
  UNION
  MATCH (s:Entity {id: $object})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity {id: $subject})
  WHERE $either_way
  RETURN s, c, o
}
WITH s, c, o WHERE $type IS NULL OR c.type = $type
MATCH (a:Article)-[:STATES]->(c)
RETURN c.id AS claim_id, c.type AS relation, s.id AS subject, s.name AS subject_name, o.id AS object,
       o.name AS object_name, c.sentence AS sentence, c.confidence AS confidence, c.extractor AS extractor,
       a.id AS article_id, a.title AS article_title, a.url AS article_url, toString(a.published) AS published
ORDER BY a.published IS NULL, a.published DESC, c.confidence DESC, c.id
LIMIT $limit
