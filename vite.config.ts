/**
 * The web explorer's build (`npm run build:web`): src/web → dist/web, served by `dyad serve` at `/`.
 * Tests use vitest.config.ts, which vitest prefers over this file. `npx vite` runs a dev server that
 * proxies the API to a `dyad serve` on DYAD_API (default http://127.0.0.1:8765).
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const api = process.env.DYAD_API ?? 'http://127.0.0.1:8765';

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  // Relative asset URLs, so the app also works behind a proxy under a sub-path.
  base: './',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Cytoscape alone is ~400 kB; it is loaded only by the network view.
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': api, '/openapi.json': api } },
});
