// The client-facing site. Its content collections read the same content/ files with the
// same zod schemas as the CLI (src/content.config.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { cpSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * `astro build` empties dist/; the documents `aftercare build` wrote to out/downloads/ are
 * published with the site as dist/downloads/ once it is built.
 */
const downloads = {
  name: 'aftercare-downloads',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const from = fileURLToPath(new URL('./out/downloads/', import.meta.url));
      if (existsSync(from)) cpSync(from, fileURLToPath(new URL('./downloads/', dir)), { recursive: true });
    },
  },
};

export default defineConfig({
  integrations: [mdx(), downloads],
  output: 'static',
  // Tests build the site from fixture projects: keep their content cache apart.
  ...(process.env.AFTERCARE_CACHE_DIR ? { cacheDir: process.env.AFTERCARE_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  i18n: { defaultLocale: 'zh-cn', locales: ['zh-cn', 'en'], routing: { prefixDefaultLocale: false } },
});
