// The path between two actors
// Shortest connections between Keir Starmer and Anthropic (change the names to explore).
MATCH (a:Entity {name: 'Keir Starmer'}), (b:Entity {name: 'Anthropic'})
MATCH p = shortestPath((a)-[*..5]-(b))
WHERE all(r IN relationships(p) WHERE r.source IN ['article', 'kb'])
RETURN p
