// A firm's models and chips
// Which AI models and hardware each firm develops, as the articles state it.
MATCH (f:Firm)-[r:DEVELOPS {source: 'article'}]->(m)
RETURN f.name AS firm, collect(m.name) AS develops
ORDER BY size(develops) DESC
