// The bench merges bundles as batch ingest does (src/write/mergeBundles.ts).
export { mergeBundles } from '../../src/write/mergeBundles.js';
