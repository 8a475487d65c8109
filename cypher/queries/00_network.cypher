// The network at a glance
// Actors and what the articles say links them: click a node to expand it, a relationship to see its claims and sources.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.source = 'article'
RETURN a, r, b
LIMIT 150
