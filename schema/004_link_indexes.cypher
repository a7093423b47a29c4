// Indexes behind the linker's candidate lookup (src/link/neo4jIndex.ts), so its cost per
// article does not grow with the archive.
// Surname hits: alias keys that end in " <surname>". A text index serves ENDS WITH; the
// range index behind alias_key cannot.
CREATE TEXT INDEX alias_key_text IF NOT EXISTS FOR (n:Alias) ON (n.key);
// Role hits: roles by their normalised title (nameWords of the title, written by MERGE_ROLES),
// looked up by equality and STARTS WITH.
CREATE INDEX role_title_key IF NOT EXISTS FOR (n:Role) ON (n.titleKey);
