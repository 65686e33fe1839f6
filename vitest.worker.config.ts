import { defineConfig } from 'vitest/config'

// `npm run test:worker`: the app on workerd (`wrangler dev`), driven over HTTP, on the local PostgreSQL.
export default defineConfig({
  test: {
    include: ['test/worker/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
