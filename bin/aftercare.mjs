#!/usr/bin/env node
// The `aftercare` command. The CLI is TypeScript; on first use (and whenever src/ changes)
// it is bundled with esbuild into node_modules/.cache, so a run pays for no transpiling.
// Where that cache cannot be written, it runs through tsx instead: slower, same result.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

// Checking a project is a short burst of cold code: V8's optimising compiler costs more
// than it saves there (measured: about a third of the CPU of `validate`). An audit of a
// long document is hot, repeated work, where it pays; it keeps it.
if (process.argv[2] !== 'audit') v8.setFlagsFromString('--no-opt');

// `aftercare export --out - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const bundle = join(root, 'node_modules/.cache/aftercare/cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

async function load() {
  try {
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(join(root, 'src'))) {
      const { buildSync } = await import('esbuild');
      mkdirSync(dirname(bundle), { recursive: true });
      const tmp = `${bundle}.${process.pid}.tmp`;
      buildSync({ entryPoints: [entry], outfile: tmp, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' });
      renameSync(tmp, bundle);
    }
    return await import(pathToFileURL(bundle).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return import(pathToFileURL(entry).href);
  }
}

const { main } = await load();
process.exitCode = main(process.argv.slice(2), { home: root });
