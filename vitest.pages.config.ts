import { defineConfig } from 'vitest/config'

// `npm run test:pages`: the pages people use, in a real headless Chromium (Debian's `chromium`).
export default defineConfig({
  test: {
    include: ['test/pages/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
