/**
 * `aftercare build --watch` as a real process on a copy of the second example: it builds,
 * builds again when a content file changes (once, for a burst of writes), keeps watching
 * after a build with errors, and stops cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../bin/aftercare.mjs');
const work = mkdtempSync(join(tmpdir(), 'aftercare-watch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('rebuilds on change, survives an error, stops on SIGTERM', async () => {
  cpSync(join(import.meta.dirname, '../examples/antai-security'), work, { recursive: true, filter: (f) => !f.includes('/out') && !f.includes('/schemas') });
  const child = spawn(process.execPath, [BIN, 'build', '--watch', '--root', work], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout.on('data', (d: Buffer) => (err += d.toString()));
  const until = async (what: RegExp, from: number) => {
    for (let t = 0; t < 600 && !what.test(err.slice(from)); t++) await new Promise((r) => setTimeout(r, 100));
    expect(err.slice(from)).toMatch(what);
  };
  await until(/watching content\/ and templates\/ for changes/, 0);
  const manifest = join(work, 'out/downloads/manifest.json');
  const first = statSync(manifest).mtimeMs;

  // A burst of writes to one file: one more build.
  const bid = join(work, 'content/bids/zhengwu-centre.yaml');
  let mark = err.length;
  for (let i = 0; i < 3; i++) appendFileSync(bid, `# edit ${i}\n`);
  await until(/content\/bids\/zhengwu-centre\.yaml changed, building again[\s\S]*wrote \d+ documents[\s\S]*watching for changes/, mark);
  expect(err.slice(mark).match(/building again/g)).toHaveLength(1);
  expect(statSync(manifest).mtimeMs).toBeGreaterThan(first);

  // Broken YAML: a located error, nothing written, and still watching.
  mark = err.length;
  const good = readFileSync(bid, 'utf8');
  writeFileSync(bid, `${good}\nproject: [unclosed\n`);
  await until(/zhengwu-centre\.yaml:\d+:\d+\s+error[\s\S]*watching for changes/, mark);
  writeFileSync(bid, good);
  mark = err.length;
  await until(/wrote \d+ documents/, mark);

  child.kill('SIGTERM');
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  expect(code).toBe(0);
  expect(err).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}, 90_000);
