/**
 * Bad content never crashes and never passes silently: each case gives located
 * diagnostics (pinned in its expected.txt) and no rule runs on half-loaded content.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { fixtureProject, printed } from './helpers/fixture-project.ts';

const DIR = join(import.meta.dirname, 'fixtures/bad-input');

describe.each(readdirSync(DIR).sort())('%s', (name) => {
  it('gives located diagnostics as pinned', async () => {
    const root = fixtureProject(join(DIR, name));
    try {
      const result = checkProject(root);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of result.diagnostics) {
        expect(d.location.line).toBeGreaterThanOrEqual(1);
        expect(d.location.column).toBeGreaterThanOrEqual(1);
        expect(d.message).not.toMatch(/\n\s+at /);
      }
      // Info notes (such as computed expiry dates) belong to other tests.
      const problems = result.diagnostics.filter((d) => d.severity !== 'info');
      await expect(printed(problems, root)).toMatchFileSnapshot(join(DIR, name, 'expected.txt'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

it('refuses a 10 MB file with one diagnostic and reads none of it', () => {
  const root = fixtureProject(join(DIR, 'empty-file'));
  try {
    writeFileSync(join(root, 'content/records/standard.yaml'), `title: x\n# ${'长'.repeat(3_500_000)}\n`);
    const { diagnostics } = checkProject(root);
    expect(diagnostics.map((d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.ruleId}`)).toEqual([
      'content/records/standard.yaml:1:1 parse/too-large',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
