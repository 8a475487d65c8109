// Full-text search over entity names and aliases ($lucene is an escaped, fuzzy Lucene query built in code).
CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
WHERE $type IS NULL OR node.type = $type
RETURN node.id AS id, node.name AS name, node.type AS type, coalesce(node.aliases, []) AS aliases,
       node.wikidata AS wikidata, score
ORDER BY score DESC, name
LIMIT $limit
