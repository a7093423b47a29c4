import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One Neo4j for the whole run (NEO4J_URI, testcontainers, or the local runner).
    globalSetup: ['tests/setup/neo4j.ts'],
    setupFiles: ['tests/setup/close-driver.ts'],
    // Database tests share that one database, so files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    exclude: ['**/node_modules/**', '**/.git/**', '**/.data/**', 'tools/**'],
  },
});
