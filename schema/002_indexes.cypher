// Lookup and ordering indexes for the read API: articles by date, quotes in text order and
// by kind, roles by title, entities by exact name or Wikidata id.
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX quote_start IF NOT EXISTS FOR (n:Quote) ON (n.start);
CREATE INDEX quote_kind IF NOT EXISTS FOR (n:Quote) ON (n.kind);
CREATE INDEX role_title IF NOT EXISTS FOR (n:Role) ON (n.title);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_wikidata_id IF NOT EXISTS FOR (n:Entity) ON (n.wikidataId);
CREATE INDEX fact_kind IF NOT EXISTS FOR (n:Fact) ON (n.kind);
