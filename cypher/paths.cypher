// Shortest paths between two entities over schema relationships (derived from claims, or kb facts).
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE length(p) <= $max_hops AND all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | {id: n.id, name: n.name, type: n.type}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, source: r.source,
                                 claims: r.claims, articles: r.articles, confidence: r.confidence}] AS hops
LIMIT $limit
