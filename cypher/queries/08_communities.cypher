// Communities
// Groups of actors more tightly linked to each other than to the rest (Louvain, written by `graphkit analytics`).
MATCH (e:Entity) WHERE e.community IS NOT NULL
WITH e.community AS community, collect(e.name) AS members
RETURN community, size(members) AS size, members[0..12] AS sample
ORDER BY size DESC
LIMIT 10
