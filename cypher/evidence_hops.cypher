// The claims behind each hop of a set of paths, in one round trip: for every distinct hop
// {key, from, to, type, either_way} the $limit most recent claims (same order as evidence.cypher).
UNWIND $hops AS h
CALL (h) {
  CALL (h) {
    MATCH (s:Entity {id: h.from})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity {id: h.to})
    WHERE c.type = h.type
    RETURN s, c, o
    UNION
    MATCH (s:Entity {id: h.to})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Entity {id: h.from})
    WHERE h.either_way AND c.type = h.type
    RETURN s, c, o
  }
  MATCH (a:Article)-[:STATES]->(c)
  WITH s, c, o, a
  ORDER BY a.published IS NULL, a.published DESC, c.confidence DESC, c.id
  LIMIT $limit
  RETURN collect({claim_id: c.id, relation: c.type, subject: s.id, subject_name: s.name, object: o.id,
                  object_name: o.name, sentence: c.sentence, confidence: c.confidence, extractor: c.extractor,
                  article_id: a.id, article_title: a.title, article_url: a.url,
                  published: toString(a.published)}) AS evidence
}
RETURN h.key AS key, evidence
