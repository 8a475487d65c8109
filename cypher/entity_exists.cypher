// Whether an entity exists (a unique-index lookup; routes ask only when their own query found nothing).
MATCH (e:Entity {id: $id})
RETURN e.id AS id
