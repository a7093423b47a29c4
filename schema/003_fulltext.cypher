// Free-text search: quote wording, and entity names together with their aliases
// (query with db.index.fulltext.queryNodes('quote_text' | 'entity_names', $q)).
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text];
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];
