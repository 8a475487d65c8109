// Background facts from the knowledge base, between entities already in the graph; kept apart by source 'kb'.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:$(row.type) {source: 'kb'}]->(o)
SET r.since = row.since, r.until = row.until
RETURN count(r) AS merged
