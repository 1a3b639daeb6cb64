import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Run with the web/ folder as root: `vite build web` or scripts/build-web.mjs (npm run build:web).
//
// The built output must keep the server's strict CSP (src/server/security-headers.ts): no inline
// script or style and no data: URLs. Vite emits external module scripts and CSS files; inlining of
// small assets as data: URLs is off, and so is the module-preload polyfill (every browser we
// support preloads modules natively, so the helper is dead weight).
export default defineConfig({
  // Relative to the root (web/): Vite's cache stays out of the app folder.
  cacheDir: '../node_modules/.vite-web',
  plugins: [react()],
  logLevel: 'warn',
  // `npx vite web` serves the app with hot reload on http://localhost:5173 and forwards API calls
  // to a local `custos serve` (self-signed certificate, hence secure: false).
  server: {
    proxy: { '/api': { target: 'https://localhost:8443', secure: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
