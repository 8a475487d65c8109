// Ids of entities currently in the graph among a candidate list.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS ids
