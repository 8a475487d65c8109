// The path between two actors
// The shortest connections between Keir Starmer and Anthropic over stated relationships and background facts (change the names to explore).
MATCH (a:Entity {name: 'Keir Starmer'}), (b:Entity {name: 'Anthropic'})
MATCH p = SHORTEST 3 (a)-[r WHERE r.source IS NOT NULL]-{1,5}(b)
RETURN p
