// Entities by id (for exports, and the existence check of routes whose own query came back empty).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type, e.wikidata AS wikidata, e.pagerank AS pagerank, e.community AS community
