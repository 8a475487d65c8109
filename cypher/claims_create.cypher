// Create claims with their evidence, linked to their article, subject and object.
UNWIND $rows AS row
MATCH (a:Article {id: row.article_id})
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
CREATE (c:Claim {id: row.id, type: row.type, key: row.subject + '|' + row.type + '|' + row.object,
                 sentence: row.sentence, start: row.start, end: row.end,
                 confidence: row.confidence, extractor: row.extractor})
CREATE (a)-[:STATES]->(c)
CREATE (c)-[:SUBJECT]->(s)
CREATE (c)-[:OBJECT]->(o)
