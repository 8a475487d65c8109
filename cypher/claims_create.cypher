// Create an article's claims with their evidence, linked to subject and object.
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (c:Claim {id: row.id, type: row.type, sentence: row.sentence, start: row.start, end: row.end,
                 confidence: row.confidence, extractor: row.extractor})
CREATE (a)-[:STATES]->(c)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)
