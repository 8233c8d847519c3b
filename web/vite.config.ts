import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The built app is served by the C++ server from web/dist under a strict CSP
// (script-src 'self'; style-src 'self'): no inline scripts or styles may be emitted.
export default defineConfig({
  plugins: [svelte()],
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    // No inline modulepreload polyfill; all supported browsers have modulepreload.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into JS; CSS is always a separate file.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    sourcemap: false,
  },
  server: {
    // `npm run dev`: API calls go to a locally running server.
    proxy: { '/api': process.env.RMT_BASE_URL ?? 'http://127.0.0.1:18080' },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 1,
  },
});
