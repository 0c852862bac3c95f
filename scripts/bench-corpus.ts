/**
 * The worst time and peak memory over the hostile corpus (tests/corpus), each case run as
 * a whole process under /usr/bin/time -v. A benchmark, not a test: run it by hand,
 * `npx tsx scripts/bench-corpus.ts`, and quote its table. Pending cases (known to hang
 * today) are left out unless `--all` is given; each then stops at 60 seconds.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { argsOf, BIN, cases, prepare, readCase } from '../tests/helpers/corpus.ts';

interface Row { name: string; seconds: number; megabytes: number; exit: number | null }
const rows: Row[] = [];
const all = process.argv.includes('--all');
for (const name of cases) {
  const spec = readCase(name);
  if (spec.pending && !all) continue;
  const root = prepare(name, spec);
  try {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, BIN, ...argsOf(spec, root)], { cwd: root, input: spec.stdin ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
    const field = (label: string) => new RegExp(`${label}: (.+)`).exec(r.stderr)?.[1]?.trim() ?? '';
    const [m = '0', s = '0'] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').slice(-2);
    rows.push({ name, seconds: Number(m) * 60 + Number(s), megabytes: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, exit: r.status });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
rows.sort((a, b) => b.seconds - a.seconds);
console.log('case                                         wall s   peak MB  exit');
for (const r of rows.slice(0, 10)) console.log(`${r.name.padEnd(44)} ${r.seconds.toFixed(2).padStart(6)}  ${r.megabytes.toFixed(0).padStart(7)}  ${r.exit}`);
const worstMemory = rows.reduce((a, b) => (b.megabytes > a.megabytes ? b : a));
console.log(`\n${rows.length} cases; worst time ${rows[0]!.seconds.toFixed(2)} s (${rows[0]!.name}); peak memory ${worstMemory.megabytes.toFixed(0)} MB (${worstMemory.name}).`);
