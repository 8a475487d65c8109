// The projected graph for analytics: entity-to-entity relationships of the given types, optionally by entity type and date.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
  AND ($entity_type IS NULL OR (a.type = $entity_type AND b.type = $entity_type))
  AND ($since IS NULL OR r.source = 'kb' OR r.last_seen >= date($since))
  AND ($until IS NULL OR r.source = 'kb' OR r.first_seen <= date($until))
RETURN a.id AS source, b.id AS target, type(r) AS type, coalesce(r.articles, 1) AS weight
