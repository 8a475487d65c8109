// Merge entities by id with their one type label (taken from the schema's list), and each article's mentions.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = [], e.created_at = datetime()
SET e:$(row.type)
SET e.wikidata = coalesce(e.wikidata, row.wikidata),
    e.country = coalesce(e.country, row.country),
    e.aliases = reduce(acc = coalesce(e.aliases, []), x IN row.aliases | CASE WHEN x IN acc OR x = e.name THEN acc ELSE acc + x END)
SET e.aliases_text = reduce(s = '', x IN e.aliases | s + ' | ' + x)
WITH e, row
MATCH (a:Article {id: row.article_id})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.mention_count
