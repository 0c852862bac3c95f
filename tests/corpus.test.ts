/**
 * The hostile corpus (tests/corpus/<area>/<case>/): inputs a careless or malicious user
 * can hand the CLI. Each case runs the real command as a process on a throw-away project
 * and pins what it prints and its exit code; every case must finish in seconds, print no
 * stack trace, write nothing outside the output folders and leave no temporary file.
 * Large inputs are generated here, never committed. See tests/corpus/README.md.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argsOf, BIN, CORPUS, cases, listing, prepare, readCase } from './helpers/corpus.ts';

describe.each(cases)('%s', (name) => {
  const spec = readCase(name);
  const test = spec.pending ? it.skip : it;
  test(spec.pending ? `pending: ${spec.pending}` : 'answers as pinned, in seconds, with no trace and nothing stray written', async () => {
    const root = prepare(name, spec);
    try {
      const before = listing(root);
      const args = argsOf(spec, root);
      const r = spawnSync(process.execPath, [BIN, ...args], {
        cwd: root,
        input: spec.stdin ?? '',
        encoding: 'utf8',
        // A hang guard, not a speed test: a case still running after this has failed.
        timeout: 30_000,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.error, `${name} did not finish: ${r.error?.message}`).toBeUndefined();
      // The launcher's note about a stale bundle (a developer's checkout) is not the case's output.
      const stderr = r.stderr.replace(/^aftercare: lib\/aftercare\.cjs is missing.*\n/m, '');
      const printed = `${r.stdout}${stderr ? `--- stderr\n${stderr}` : ''}`.replaceAll(root, '<root>');
      expect(printed).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
      expect(printed.length, 'a bounded report').toBeLessThan(200_000);
      await expect(`${printed}--- exit ${r.status}\n`).toMatchFileSnapshot(join(CORPUS, name, 'expected.txt'));
      expect(r.status).toBe(spec.exit);
      // Nothing written but the output folders; no temporary file left behind.
      const after = listing(root);
      const written = [...after.keys()].filter((f) => !before.has(f) && !/^(out|schemas|dist)\//.test(f));
      expect(written).toEqual([]);
      expect([...after.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
