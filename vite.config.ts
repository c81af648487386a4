// Vite builds the web app (src/web) into dist/web, which the server serves in production.
// In development the dev server proxies /api to the API server on port 3000.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
// Where the API server listens in development (CANBO_API_URL overrides, e.g. for a second instance).
const api = process.env.CANBO_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside each built text file over 1 KB, which the server
 * sends to browsers that accept them (@fastify/static preCompressed): on a slow 3G link the app's
 * JavaScript is about a third of its size (issue 12 measures the cell secretary's pages).
 */
function precompress(): Plugin {
  return {
    name: 'canbo-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of [...Object.keys(bundle), 'index.html']) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const full = path.join(options.dir ?? '', file);
        if (!fs.existsSync(full)) continue;
        const body = fs.readFileSync(full);
        if (body.length < 1024) continue;
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(body, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: path.join(here, 'src/web'),
  plugins: [react(), precompress()],
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
