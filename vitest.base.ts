import { createRequire } from 'node:module';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const sourceFirst = ['source', ...defaultServerConditions.filter((condition) => condition !== 'module')];

/**
 * Shared by every workspace's vitest.config.ts: workspace packages resolve to
 * their TypeScript sources, and graphql to one copy (Apollo loads it through
 * require; two copies would fail with "from another module or realm").
 */
export default defineConfig({
  resolve: {
    conditions: sourceFirst,
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: sourceFirst, externalConditions: ['source'] } },
  test: {
    pool: 'forks',
    // Only unexpected errors: the tests' deliberate failures would fill the output. (Hive Gateway reads LOG_LEVEL too.)
    env: { LOG_LEVEL: 'error' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
