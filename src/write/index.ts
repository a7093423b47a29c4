export { applySchema, readSchemaStatements, parseCypherStatements, SCHEMA_DIR } from './schema.js';
export { writeBundle, BundleError, type WriteSummary } from './writeBundle.js';
export { checkBundle } from './checkBundle.js';
