// The client-facing site. Its content collections read the same content/ files with the
// same zod schemas as the CLI (src/content.config.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  output: 'static',
  // Tests build the site from fixture projects: keep their content cache apart.
  ...(process.env.AFTERCARE_CACHE_DIR ? { cacheDir: process.env.AFTERCARE_CACHE_DIR } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  i18n: { defaultLocale: 'zh-cn', locales: ['zh-cn', 'en'], routing: { prefixDefaultLocale: false } },
});
