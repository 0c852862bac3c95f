import { defineConfig } from 'vitest/config';

// `npm run test:e2e`: the real LibreOffice, poppler and fonts (scripts/install-e2e-deps.sh).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
