// setupFiles entry: each test file's driver (tests/support/neo4j.ts) is closed when the file ends.
import { afterAll } from 'vitest';
import { closeTestDriver } from '../support/neo4j.js';

afterAll(async () => {
  await closeTestDriver();
});
