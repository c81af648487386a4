// Vite builds the web app (src/web) into dist/web, which the server serves in production.
// In development the dev server proxies /api to the API server on port 3000.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
// Where the API server listens in development (CANBO_API_URL overrides, e.g. for a second instance).
const api = process.env.CANBO_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: path.join(here, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: api, changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { '/api': { target: api, changeOrigin: false } } },
});
