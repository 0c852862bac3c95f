/**
 * Runs the free-text extractor over tests/fixtures/text/*.{md,txt} and prints precision and
 * recall for findings, conflicts and blanks against the hand-written *.expected.json files.
 *
 *   node_modules/.bin/tsx scripts/text-eval.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConflicts } from '../src/text/conflicts.ts';
import { combine, evaluate, type Evaluation, type Expected } from '../src/text/evaluate.ts';
import { extract } from '../src/text/extract.ts';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'text');

export interface FixtureResult {
  name: string;
  evaluation: Evaluation;
}

/** Evaluate every fixture that has an expected file. */
export function evaluateFixtures(dir = FIXTURES): FixtureResult[] {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.(md|txt)$/, '.expected.json')), 'utf8')) as Expected;
      const extraction = extract(text);
      return { name, evaluation: evaluate(extraction, findConflicts(extraction.commitments), expected) };
    });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

function main() {
  const verbose = process.argv.includes('--verbose');
  const results = evaluateFixtures();
  const row = (label: string, s: { matched: number; expected: number; found: number; precision: number; recall: number }) =>
    `  ${label.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}   (${s.matched} matched / ${s.found} found / ${s.expected} expected)`;
  for (const { name, evaluation: e } of results) {
    console.log(name);
    console.log(row('findings', e.findings));
    console.log(row('  core', e.core));
    console.log(row('conflicts', e.conflicts));
    console.log(row('blanks', e.blanks));
    if (verbose) {
      for (const k of ['findings', 'conflicts', 'blanks'] as const) {
        for (const m of e.missed[k]) console.log(`    missed   ${k.slice(0, -1)}: ${m}`);
        for (const s of e.spurious[k]) console.log(`    spurious ${k.slice(0, -1)}: ${s}`);
      }
    }
  }
  const total = (label: string, rs: FixtureResult[]) => {
    if (!rs.length) return;
    console.log(label);
    console.log(row('findings', combine(rs.map((r) => r.evaluation.findings))));
    console.log(row('  core', combine(rs.map((r) => r.evaluation.core))));
    console.log(row('conflicts', combine(rs.map((r) => r.evaluation.conflicts))));
    console.log(row('blanks', combine(rs.map((r) => r.evaluation.blanks))));
  };
  total('TOTAL (all fixtures)', results);
  total('held-out fixtures (heldout-*)', results.filter((r) => r.name.startsWith('heldout-')));
  total('development fixtures', results.filter((r) => !r.name.startsWith('heldout-')));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
