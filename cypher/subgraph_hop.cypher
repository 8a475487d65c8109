// One hop of a subgraph export: the relationships of the given entities to other entities.
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(n:Entity)
WHERE type(r) IN $types
RETURN DISTINCT startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.source AS origin,
       r.claims AS claims, r.articles AS articles, r.confidence AS confidence, n.id AS neighbor
LIMIT $limit
