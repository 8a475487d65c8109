// Delete entities that no article mentions and no claim names any more (their kb facts go with them).
UNWIND $entity_ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)<-[:MENTIONS]-(:Article) AND NOT (e)<-[:SUBJECT|OBJECT]-(:Claim)
DETACH DELETE e
RETURN count(*) AS deleted
