import { defineConfig } from 'vitest/config';

// Tests of pure code (the extractor, name keys) need no database: their own project has no
// globalSetup, so `npx vitest run tests/extract` starts no Neo4j.
const PURE = ['tests/extract/**/*.test.ts', 'tests/model/**/*.test.ts'];
const exclude = ['**/node_modules/**', '**/.git/**', '**/.data/**', 'tools/**'];

export default defineConfig({
  test: {
    // Database tests share one database, so files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'pure', include: PURE, exclude } },
      {
        extends: true,
        test: {
          name: 'db',
          exclude: [...exclude, ...PURE],
          // One Neo4j for the whole run (NEO4J_URI, testcontainers, or the local runner).
          globalSetup: ['tests/setup/neo4j.ts'],
          setupFiles: ['tests/setup/close-driver.ts'],
        },
      },
    ],
  },
});
