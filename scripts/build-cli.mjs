#!/usr/bin/env node
// `npm run build:cli` (also run by `prepare`, `npm run build` and `npm test`): bundles the
// TypeScript CLI and its libraries into one CommonJS file, lib/aftercare.cjs, that
// bin/aftercare.mjs runs. One file means no module resolution at start-up and lets the
// launcher keep a V8 code cache for it (vm.Script cachedData: Node 20 has no
// module.enableCompileCache, and no code cache for ES modules).
// TypeScript stays outside: 9 MB, loaded only by `aftercare schemas`/`build`.
import { buildSync } from 'esbuild';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'lib/aftercare.cjs');
const tmp = `${outfile}.${process.pid}.tmp`;
mkdirSync(dirname(outfile), { recursive: true });
try {
  buildSync({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: tmp,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['typescript', 'docx', 'docx/layout', 'linebreak'],
    // pdf-lib's ES modules, so that what we do not use (forms, images, the standard fonts) is
    // left out or never run at start-up; and its compression on Node's zlib, not pako.
    alias: { 'pdf-lib': 'pdf-lib/es/index.js', pako: join(root, 'src/render/pdf/pako-zlib.ts') },
    // The sources are ES modules; the bundle is CommonJS, where import.meta is empty.
    define: { 'import.meta.url': '__aftercare_import_meta_url' },
    banner: { js: `'use strict';\nconst __aftercare_import_meta_url = require('node:url').pathToFileURL(__filename).href;` },
    // Whitespace and syntax only: a third smaller, which saves a few milliseconds of reading
    // and compiling per run (measured); identifiers are kept, so a stack trace in a bug
    // report still names our functions.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  renameSync(tmp, outfile);
} catch (error) {
  rmSync(tmp, { force: true });
  throw error;
}
// A new bundle makes every code cache stale: the launcher keys them by the bundle's
// size and time, but drop the old ones here so they do not pile up.
rmSync(join(root, 'lib/cache'), { recursive: true, force: true });
