// Node count for one label (the label comes from the schema's list).
MATCH (n:$($label)) RETURN count(n) AS count
