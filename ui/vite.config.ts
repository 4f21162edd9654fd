import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// MOJ Frontend's Sass names govuk-frontend as "node_modules/govuk-frontend/…", so the UI folder
// itself is a load path as well as its node_modules.
const here = dirname(fileURLToPath(import.meta.url));

// The Tauri window loads the built files; the dev server is only for `npx tauri dev`.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 1420, strictPort: true },
  build: {
    target: 'safari15',
    outDir: 'dist',
    emptyOutDir: true,
    // Everything in files: the CSP forbids inline scripts and styles.
    assetsInlineLimit: 0,
  },
  css: { preprocessorOptions: { scss: { quietDeps: true, loadPaths: [here, join(here, 'node_modules')] } } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/lib/i18n/welsh.setup.ts'],
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
