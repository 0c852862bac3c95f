/**
 * Throughput of the free-text extractor: `extract` + `findConflicts` over the text fixtures
 * repeated to about 2 MB (as one text, so conflicts span the whole of it), median of several
 * runs after a warm-up. Not a test: run by hand.
 *
 *   node_modules/.bin/tsx scripts/bench-audit-text.ts [--mb 2] [--runs 7]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findConflicts } from '../src/text/conflicts.ts';
import { extract } from '../src/text/extract.ts';
import { FIXTURES } from './text-eval.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetBytes = arg('mb', 2) * 1024 * 1024;
const runs = arg('runs', 7);

const fixtures = readdirSync(FIXTURES)
  .filter((f) => /\.(md|txt)$/.test(f))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));
const unit = fixtures.join('\n\n');
const copies = Math.max(1, Math.round(targetBytes / Buffer.byteLength(unit)));
const text = Array.from({ length: copies }, () => unit).join('\n\n');
const chars = text.length;
const bytes = Buffer.byteLength(text);

function once() {
  const start = performance.now();
  const { commitments, blanks } = extract(text);
  const mid = performance.now();
  const conflicts = findConflicts(commitments);
  const end = performance.now();
  return { extractMs: mid - start, conflictMs: end - mid, totalMs: end - start, commitments: commitments.length, blanks: blanks.length, conflicts: conflicts.length };
}

once(); // warm-up (regex compilation, JIT)
const results = Array.from({ length: runs }, once);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = median(results.map((r) => r.totalMs));
const r = results[0]!;
console.log(`text: ${chars.toLocaleString('en')} characters (${(bytes / 1024 / 1024).toFixed(2)} MB UTF-8), ${copies} copies of ${fixtures.length} fixtures`);
console.log(`found: ${r.commitments} commitments, ${r.blanks} blanks, ${r.conflicts} conflicts`);
console.log(`extract        median ${median(results.map((x) => x.extractMs)).toFixed(0).padStart(6)} ms`);
console.log(`findConflicts  median ${median(results.map((x) => x.conflictMs)).toFixed(0).padStart(6)} ms`);
console.log(`total          median ${total.toFixed(0).padStart(6)} ms over ${runs} runs`);
console.log(`throughput     ${Math.round(chars / (total / 1000)).toLocaleString('en')} characters/s (${(bytes / 1024 / 1024 / (total / 1000)).toFixed(2)} MB/s)`);
