// Per-entity quote order for the read API: sortKey (src/write/sortKey.ts) on SAID_BY, ABOUT and
// ON_TOPIC is entity id + reversed date + article id + start + quote id, so a page of an
// entity's newest quotes is a range seek (STARTS WITH the entity's prefix) of k entries in
// index order, not a sort over all of its quotes.
CREATE INDEX said_by_sort_key IF NOT EXISTS FOR ()-[r:SAID_BY]-() ON (r.sortKey);
CREATE INDEX about_sort_key IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.sortKey);
CREATE INDEX on_topic_sort_key IF NOT EXISTS FOR ()-[r:ON_TOPIC]-() ON (r.sortKey);
