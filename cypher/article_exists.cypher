// Which of these article ids are already stored, with their text hash (for fast resume).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text_hash AS text_hash
