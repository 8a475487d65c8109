// The shortest paths (up to ten, shortest first) between two entities over schema relationships only
// (derived from claims, or kb facts). The relationship types are the schema's own list, written out so
// the search never walks through articles and claims; tests/test_schema.py checks it matches schema.json.
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = SHORTEST 10 (a)-[:DEVELOPS|LEADS|WORKS_FOR|FOUNDED|PART_OF|BASED_IN|MEMBER_OF|ENACTS|REVOKES|RESTRICTS|LIFTS_RESTRICTIONS_ON|REGULATES|INVESTS_IN|PARTNERS_WITH|COMPETES_WITH|ACQUIRES|SUPPLIES|SUPPORTS|OPPOSES|ALLIED_WITH|PARTICIPATES_IN|HOSTS]-{1,6}(b)
WHERE length(p) <= $max_hops
RETURN [n IN nodes(p) | {id: n.id, name: n.name, type: n.type}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, source: r.source,
                                 claims: r.claims, articles: r.articles, confidence: r.confidence}] AS hops
ORDER BY size(hops)
LIMIT $limit
