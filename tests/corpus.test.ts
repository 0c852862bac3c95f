/**
 * The hostile corpus (tests/corpus/<area>/<case>/): inputs a careless or malicious user
 * can hand the CLI. Each case runs the real command as a process on a throw-away project
 * and pins what it prints and its exit code; every case must finish in seconds, print no
 * stack trace, write nothing outside the output folders and leave no temporary file.
 * Large inputs are generated here, never committed. See tests/corpus/README.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

const CORPUS = join(import.meta.dirname, 'corpus');
const BASE = join(import.meta.dirname, 'fixtures/base');
const BIN = join(import.meta.dirname, '../bin/aftercare.mjs');

interface Case {
  /** Arguments after `aftercare`; `<root>` is the project folder. Default: validate --root <root>. */
  args?: string[];
  /** Lay the base project under the case's files (default true). */
  base?: boolean;
  /** Text fed to standard input. */
  stdin?: string;
  /** Made before the run: links, pipes and generated files. */
  setup?: Setup[];
  /** Exit code expected (also pinned in expected.txt). */
  exit: number;
}

type Setup =
  | { link: string; to: string }
  | { fifo: string }
  | { generate: string; text: string; times: number; before?: string; after?: string }
  | { bytes: string; hex: string };

const cases = readdirSync(CORPUS)
  .filter((area) => statSync(join(CORPUS, area)).isDirectory())
  .flatMap((area) => readdirSync(join(CORPUS, area)).filter((c) => existsSync(join(CORPUS, area, c, 'case.yaml'))).map((c) => `${area}/${c}`))
  .sort();

/** Every file under a folder, with its size, to prove a run wrote only where it may. */
function listing(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      // lstat: links are listed, never followed (some cases are loops).
      const st = lstatSync(full, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) stack.push(full);
      else out.set(relative(root, full), st.isFile() ? st.size : -1);
    }
  }
  return out;
}

function prepare(name: string, spec: Case): string {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-corpus-'));
  if (spec.base !== false) cpSync(BASE, root, { recursive: true });
  const files = join(CORPUS, name, 'files');
  if (existsSync(files)) cpSync(files, root, { recursive: true });
  for (const step of spec.setup ?? []) {
    if ('link' in step) {
      mkdirSync(dirname(join(root, step.link)), { recursive: true });
      symlinkSync(step.to.startsWith('/') ? step.to : join(root, step.to), join(root, step.link));
    } else if ('fifo' in step) {
      mkdirSync(dirname(join(root, step.fifo)), { recursive: true });
      spawnSync('mkfifo', [join(root, step.fifo)]);
    } else if ('generate' in step) {
      mkdirSync(dirname(join(root, step.generate)), { recursive: true });
      writeFileSync(join(root, step.generate), `${step.before ?? ''}${step.text.repeat(step.times)}${step.after ?? ''}`);
    } else {
      mkdirSync(dirname(join(root, step.bytes)), { recursive: true });
      writeFileSync(join(root, step.bytes), Buffer.from(step.hex.replace(/\s+/g, ''), 'hex'));
    }
  }
  return root;
}

describe.each(cases)('%s', (name) => {
  it('answers as pinned, in seconds, with no trace and nothing stray written', async () => {
    const spec = load(readFileSync(join(CORPUS, name, 'case.yaml'), 'utf8')) as Case;
    const root = prepare(name, spec);
    try {
      const before = listing(root);
      const args = (spec.args ?? ['validate', '--root', '<root>']).map((a) => a.replaceAll('<root>', root));
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
      const printed = `${r.stdout}${r.stderr ? `--- stderr\n${r.stderr}` : ''}`.replaceAll(root, '<root>');
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
