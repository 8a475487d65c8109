// Delete an article node (its claims and mentions were cleared first).
MATCH (a:Article {id: $article_id})
DETACH DELETE a
RETURN count(*) AS deleted
