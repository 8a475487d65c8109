// Neighbours of an entity over the derived and kb relationships, filtered and keyset-paginated on (neighbour id, type, direction, source).
MATCH (e:Entity {id: $id})-[r]-(n:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = e) OR ($direction = 'in' AND endNode(r) = e))
  AND ($min_confidence IS NULL OR coalesce(r.confidence, 1.0) >= $min_confidence)
  AND ($min_articles IS NULL OR coalesce(r.articles, 0) >= $min_articles)
  AND ($since IS NULL OR r.last_seen >= date($since))
  AND ($until IS NULL OR r.first_seen <= date($until))
WITH e, r, n, CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS dir
WITH e, r, n, dir, n.id + '|' + type(r) + '|' + dir + '|' + coalesce(r.source, '') AS cursor
WHERE $after IS NULL OR cursor > $after
RETURN n.id AS id, n.name AS name, n.type AS type, type(r) AS relation, dir AS direction,
       r.source AS source, r.claims AS claims, r.articles AS articles, r.confidence AS confidence,
       toString(r.first_seen) AS first_seen, toString(r.last_seen) AS last_seen, cursor
ORDER BY cursor
LIMIT $limit
