// The evidence behind an edge
// Every sentence that states Anthropic develops a model, with its article.
MATCH (s:Entity {name: 'Anthropic'})<-[:SUBJECT]-(c:Claim {type: 'DEVELOPS'})-[:OBJECT]->(o:Entity)
MATCH (a:Article)-[:STATES]->(c)
RETURN o.name AS model, c.sentence AS sentence, c.confidence AS confidence, a.title AS article, a.url AS url
