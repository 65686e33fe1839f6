import { defineConfig } from 'vitest/config'

// `npm run test:worker`: the app on workerd (`wrangler dev`), driven over HTTP, on the local PostgreSQL.
export default defineConfig({
  test: {
    include: ['test/worker/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // workerd and PostgreSQL on a loaded machine answer in seconds, not the one second expect.poll allows by default.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
})
