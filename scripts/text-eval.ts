/**
 * Runs the free-text extractor over tests/fixtures/text/*.{md,txt} and prints precision and
 * recall for findings, conflicts and blanks against the hand-written *.expected.json files,
 * per fixture and per set:
 *
 * - development: used while building the extractor (no prefix), and `letter-*`, letters
 *   rendered from our own templates and content (every statement true, so no conflicts);
 * - held-out (`heldout-*`): labelled before the extractor was first run on them; the
 *   README's limitations came from them, so they have since been worked on;
 * - new held-out (`unseen-*`): written and labelled after those fixes were planned, before
 *   the extractor was run on them, and not tuned on;
 * - fresh (`fresh-*`): written and labelled by hand for the reader of real documents (tables by
 *   header, times from other events, penalties, customer/region/fault-type tiers, English
 *   on-site clauses, blanks in every script) before that code was run on them;
 * - second fresh (`blind-*`): written and labelled after that code was finished, in wording not
 *   used while building it, before it was run on them.
 *
 *   node_modules/.bin/tsx scripts/text-eval.ts [--verbose] [--only NAME-PREFIX]
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

export type FixtureSet = 'development' | 'letters' | 'held-out' | 'new held-out' | 'fresh' | 'second fresh';

/** Which set a fixture belongs to, by its name. */
export function setOf(name: string): FixtureSet {
  if (name.startsWith('heldout-')) return 'held-out';
  if (name.startsWith('unseen-')) return 'new held-out';
  if (name.startsWith('fresh-')) return 'fresh';
  if (name.startsWith('blind-')) return 'second fresh';
  if (name.startsWith('letter-')) return 'letters';
  return 'development';
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
  const only = process.argv.indexOf('--only');
  const results = evaluateFixtures().filter((r) => only < 0 || r.name.startsWith(process.argv[only + 1] ?? ''));
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
  total('development fixtures (no prefix)', results.filter((r) => setOf(r.name) === 'development'));
  total('our rendered letters (letter-*)', results.filter((r) => setOf(r.name) === 'letters'));
  total('held-out fixtures (heldout-*)', results.filter((r) => setOf(r.name) === 'held-out'));
  total('new held-out fixtures (unseen-*)', results.filter((r) => setOf(r.name) === 'new held-out'));
  total('fresh fixtures (fresh-*)', results.filter((r) => setOf(r.name) === 'fresh'));
  total('second fresh fixtures (blind-*)', results.filter((r) => setOf(r.name) === 'second fresh'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
