// Governments' policies over time
// Enacted and revoked policies in the order the articles report them.
MATCH (g:Entity)<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(p:Policy)
WHERE c.type IN ['ENACTS', 'REVOKES']
MATCH (a:Article)-[:STATES]->(c)
RETURN a.published AS date, g.name AS actor, c.type AS action, p.name AS policy, c.sentence AS evidence
ORDER BY date
