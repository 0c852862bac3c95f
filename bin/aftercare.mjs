#!/usr/bin/env node
// The `aftercare` command. It runs lib/aftercare.cjs, the CLI bundled by `npm run build:cli`
// (which `npm install`, `npm ci`, `npm run build` and `npm test` run first), through a V8
// code cache so that a run compiles almost nothing.
//
// When the bundle is missing or older than src/ (someone edited the TypeScript and did not
// rebuild; or package-lock.json, after a library changed), it runs the sources through tsx, with a one-line warning. A stale bundle would
// check content with yesterday's rules and say nothing, and refusing to run would break
// the edit-and-try loop of someone working on a rule; tsx is slower (about a second) but
// gives the same result, and the warning says how to get the fast path back.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const command = process.argv[2] ?? '';

// Checking a project is a short burst of cold code: V8's optimising compiler costs more
// than it saves there (measured: about a third of the CPU of `validate`). An audit of a
// long document is hot, repeated work, where it pays; it keeps it.
if (command !== 'audit') v8.setFlagsFromString('--no-opt');
// The text reader's regular expressions (long alternations of the organisation's words) run
// many times each: compiled to machine code at once, rather than interpreted on their first
// run, they cost a fifth less CPU in `validate` (measured with hyperfine, user time).
v8.setFlagsFromString('--no-regexp-tier-up');

// `aftercare export --out - | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'lib/aftercare.cjs');

/** The newest modification time under a folder (0 when it does not exist: a packed install). */
function newestSource(dir) {
  let newest = 0;
  let items;
  try {
    items = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const item of items) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The bundle holds src/ and the libraries: it is stale once either changed after it. */
function newestInput() {
  let newest = newestSource(join(root, 'src'));
  for (const file of ['package-lock.json', 'scripts/build-cli.mjs']) {
    try {
      newest = Math.max(newest, statSync(join(root, file)).mtimeMs);
    } catch {
      // not in a packed install
    }
  }
  return newest;
}

function bundleStat() {
  try {
    return statSync(bundle);
  } catch {
    return undefined;
  }
}

/**
 * Runs the bundle as CommonJS through vm.Script with V8 cached data (what
 * `v8-compile-cache` does): the cache holds every function the last run of this command
 * compiled, so the next run skips parsing and compiling them. One cache per command,
 * since `--help` compiles little and `validate` much; keyed by Node, the bundle's size and
 * time, and the V8 flags above. V8 rejects a cache that does not fit; it is then rewritten.
 */
async function runBundle(stat) {
  const flags = command === 'audit' ? 'opt' : 'noopt';
  const key = `${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${flags}`;
  const safeCommand = /^[a-z]+$/.test(command) ? command : 'other';
  const cacheDir = join(root, 'lib/cache');
  const cacheFile = join(cacheDir, `${safeCommand}-${key}.bin`);
  const useCache = !process.env.AFTERCARE_NO_CODE_CACHE;
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  const code = await module.exports.main(process.argv.slice(2), { home: root });
  if (useCache && (!cachedData || script.cachedDataRejected)) {
    // Best effort: a read-only install simply runs without a cache.
    try {
      mkdirSync(cacheDir, { recursive: true });
      for (const old of readdirSync(cacheDir)) if (old.startsWith(`${safeCommand}-`)) rmSync(join(cacheDir, old), { force: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // no cache this time
    }
  }
  return code;
}

async function runSources() {
  process.stderr.write('aftercare: lib/aftercare.cjs is missing or older than src/ (or package-lock.json); running the sources through tsx (slow). Run `npm run build:cli`.\n');
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(pathToFileURL(join(root, 'src/cli/main.ts')).href);
  return main(process.argv.slice(2), { home: root });
}

const stat = bundleStat();
process.exitCode = stat && stat.mtimeMs >= newestInput() ? await runBundle(stat) : await runSources();
