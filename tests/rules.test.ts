/**
 * The rule tester: every rule has a docs page and at least one valid and one invalid
 * fixture. A valid fixture gives no diagnostic from its rule and must have made the rule
 * examine something (its `examined` count); an invalid one gives
 * exactly the diagnostics pinned in its expected.txt (the printed output).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/rules/index.ts';
import { checkProject } from '../src/project.ts';
import { fixtureProject, printed } from './helpers/fixture-project.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/rules');
const DOCS = join(import.meta.dirname, '../docs/rules');

describe.each(rules.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const dir = join(FIXTURES, id);
  const cases = existsSync(dir) ? readdirSync(dir).sort() : [];

  it('has a docs page', () => {
    expect(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
  });
  it('has valid and invalid fixtures', () => {
    expect(cases.filter((c) => c.startsWith('valid-')).length, `tests/fixtures/rules/${id}/valid-*`).toBeGreaterThan(0);
    expect(cases.filter((c) => c.startsWith('invalid-')).length, `tests/fixtures/rules/${id}/invalid-*`).toBeGreaterThan(0);
  });

  for (const name of cases) {
    it(name, async () => {
      const root = fixtureProject(join(dir, name));
      try {
        const result = checkProject(root, { rules: [rule] });
        expect(result.rulesSkipped, 'the fixture content must load without errors').toBe(false);
        const own = result.diagnostics.filter((d) => d.ruleId === id);
        if (name.startsWith('valid-')) {
          expect(printed(own, root)).toBe(printed([], root));
          // A rule that looked at nothing passes any fixture: make sure this one was exercised.
          expect(result.examined.get(id) ?? 0, `${id} examined nothing in ${name} (call ctx.examined() where it looks at something)`).toBeGreaterThan(0);
        } else {
          expect(own.length, 'an invalid fixture must trigger its rule').toBeGreaterThan(0);
          await expect(printed(own, root)).toMatchFileSnapshot(join(dir, name, 'expected.txt'));
        }
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

it('the base fixture is clean under every rule', () => {
  const result = checkProject(join(import.meta.dirname, 'fixtures/base'));
  const problems = result.diagnostics.filter((d) => d.severity !== 'info');
  expect(printed(problems, join(import.meta.dirname, 'fixtures/base'))).toBe(printed([], ''));
});
