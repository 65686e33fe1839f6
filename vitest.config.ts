import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'emails/**/*.test.ts'],
    // Pages run in a real browser: `npm run test:pages` (vitest.pages.config.ts).
    exclude: ['test/pages/**', '**/node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
