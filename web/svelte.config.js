import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('svelte/compiler').CompileOptions & { preprocess: unknown }} */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Styles go to .css files (never injected at runtime): the server's CSP has no 'unsafe-inline'.
    css: 'external',
    runes: true,
  },
};
