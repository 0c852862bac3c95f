/**
 * The bundled example is the product's default content: it must validate with no error
 * and no warning, give every rule something to check, and the README's rule list must
 * match the rules that run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { rules } from '../src/rules/index.ts';
import { readmeWithRuleList } from '../src/cli/rule-list.ts';
import { printed } from './helpers/fixture-project.ts';

const ROOT = join(import.meta.dirname, '..');
const result = checkProject(ROOT);

it('validates with no error and no warning', () => {
  const problems = result.diagnostics.filter((d) => d.severity !== 'info');
  expect(printed(problems, ROOT)).toBe(printed([], ROOT));
});

it.each(rules.map((r) => r.meta.id))('gives %s something to check', (id) => {
  expect(result.examined.get(id) ?? 0).toBeGreaterThan(0);
});

it('has at least two bids, each with eight requirements, ★ clauses and one accepted deviation among them', () => {
  const bids = result.model.bids.map((b) => b.entry.data);
  expect(bids.length).toBeGreaterThanOrEqual(2);
  for (const bid of bids) {
    expect(bid.requirements.length).toBeGreaterThanOrEqual(8);
    expect(bid.requirements.some((r) => r.starred)).toBe(true);
  }
  expect(bids.some((b) => b.requirements.some((r) => r.acceptedDeviation))).toBe(true);
});

it('README lists exactly the rules (run `npx aftercare rules --write-readme`)', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toBe(readmeWithRuleList(readme));
});
