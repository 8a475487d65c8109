// Write analytics results back as node properties (the map holds only pagerank, betweenness or community).
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props
RETURN count(e) AS written
