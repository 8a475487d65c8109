// graphkit's uniqueness constraints that exist.
SHOW CONSTRAINTS YIELD name WHERE name IN ['entity_id', 'article_id', 'claim_id']
RETURN collect(name) AS names
