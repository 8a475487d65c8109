// Claims about an entity, ordered by the publication date of the article that states them.
MATCH (e:Entity {id: $id})<-[:SUBJECT|OBJECT]-(c:Claim)<-[:STATES]-(a:Article)
MATCH (c)-[:SUBJECT]->(s:Entity)
MATCH (c)-[:OBJECT]->(o:Entity)
RETURN toString(a.published) AS date, c.type AS relation, s.id AS subject, s.name AS subject_name,
       o.id AS object, o.name AS object_name, c.sentence AS sentence, c.confidence AS confidence,
       a.id AS article_id, a.title AS article_title, a.url AS article_url
ORDER BY a.published IS NULL, a.published, a.title, c.start
LIMIT $limit
