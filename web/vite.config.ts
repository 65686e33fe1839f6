import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The participants' and coordinators' pages, built into web/dist and served by the Hono app from
// the API's own origin. `npm run dev:web` proxies the API to a server on :3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020', // WeChat's in-app browser and the 360/QQ browsers lag a little behind
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/openapi.json', '/docs', '/follow-up', '/answer', '/invite', '/reset-password', '/calendar'].map((p) => [p, 'http://localhost:3000'])),
  },
})
