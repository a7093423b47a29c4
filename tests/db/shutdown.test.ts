import { describe, expect, it } from 'vitest';
import { onShutdown, runShutdownHooks } from '../../src/db/shutdown.js';

describe('shutdown hooks', () => {
  it('run newest first, once, and keep going after one fails', async () => {
    const order: string[] = [];
    onShutdown('neo4j', () => void order.push('neo4j'));
    onShutdown('driver', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('driver');
    });
    onShutdown('broken', () => {
      throw new Error('boom');
    });
    const unregister = onShutdown('unregistered', () => void order.push('unregistered'));
    onShutdown('graphql', () => void order.push('graphql'));
    unregister();

    await runShutdownHooks();
    await runShutdownHooks();
    expect(order).toEqual(['graphql', 'driver', 'neo4j']);
  });
});
