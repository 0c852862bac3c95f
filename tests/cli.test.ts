/**
 * The command line as a user meets it: real processes, exit codes, help on every
 * command, JSON output, and no output written while the content has errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureProject } from './helpers/fixture-project.ts';

const BIN = join(import.meta.dirname, '../bin/aftercare.mjs');
const BASE = join(import.meta.dirname, 'fixtures/base');
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('aftercare', () => {
  it.each(['validate', 'export', 'schemas', 'build', 'rules'])('%s --help prints its usage and exits 0', (command) => {
    const r = run(command, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`aftercare ${command}`);
  });

  it('exits 2 with the list of commands on an unknown command', () => {
    const r = run('valdate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "valdate"');
    expect(r.err).toContain('validate');
  });

  it('exits 2 on an unknown option or a bad format', () => {
    const typo = run('validate', '--fromat', 'json');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain("aftercare validate: Unknown option '--fromat'. Did you mean --format?");
    const r = run('validate', '--root', BASE, '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--format must be pretty or json');
  });

  it('validates clean content with exit 0', () => {
    const r = run('validate', '--root', BASE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^0 error\(s\)/m);
  });

  it('prints located errors, no stack trace, exit 1, and writes nothing on export', () => {
    const root = fixtureProject(join(import.meta.dirname, 'fixtures/bad-input/wrong-types-and-typos'));
    try {
      const r = run('validate', '--root', root);
      expect(r.code).toBe(1);
      expect(r.err).toContain('content/service-levels/standard.yaml:7:23  error  schema/unknown-key');
      expect(r.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
      const e = run('export', '--root', root);
      expect(e.code).toBe(1);
      expect(existsSync(join(root, 'out/model.json'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints JSON diagnostics with --format json', () => {
    const root = fixtureProject(join(import.meta.dirname, 'fixtures/rules/sla/conflicting-commitments/invalid-same-conditions'));
    try {
      const r = run('validate', '--root', root, '--format', 'json');
      expect(r.code).toBe(1);
      const json = JSON.parse(r.out) as { diagnostics: { ruleId: string; location: { file: string; line: number }; related?: unknown[] }[]; summary: { error: number } };
      const conflict = json.diagnostics.find((d) => d.ruleId === 'sla/conflicting-commitments');
      expect(conflict?.location).toMatchObject({ file: 'content/service-levels/standard.yaml', line: 8 });
      expect(conflict?.related).toHaveLength(1);
      expect(json.summary.error).toBeGreaterThan(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exports the resolved model as JSON', () => {
    const r = run('export', '--root', BASE, '--out', '-');
    expect(r.code).toBe(0);
    const model = JSON.parse(r.out) as { bids: { id: string; commitments: { target: string; calendarMinutes: { max: number } }[] }[] };
    const onsite = model.bids[0]!.commitments.filter((c) => c.target === 'onsite').map((c) => c.calendarMinutes.max);
    expect(onsite).toEqual([120, 240, 360]);
  });
});
