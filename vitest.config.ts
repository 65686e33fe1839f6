import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'emails/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Pages run in a real browser: `npm run test:pages` (vitest.pages.config.ts); the Worker on workerd: `npm run test:worker`.
    // test/postgres/ checks what only a PostgreSQL server has; it runs with TEST_DATABASE_URL.
    exclude: ['test/pages/**', 'test/worker/**', '**/node_modules/**', ...(process.env.TEST_DATABASE_URL ? [] : ['test/postgres/**'])],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
