import { defineConfig } from 'vitest/config'

// `npm run test:pages`: the pages people use, in a real headless Chromium (Debian's `chromium`).
export default defineConfig({
  test: {
    include: ['test/pages/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A page waits on a real server and a real browser: on a loaded machine a reload or a first
    // paint takes seconds, not the one second expect.poll allows by default.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
})
