/**
 * The site reads the same content/ with the same schemas: a real `astro build` over a
 * fixture project lists every entry, and content the CLI rejects fails the site build too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadProject } from '../src/content/load.ts';
import { fixtureProject } from './helpers/fixture-project.ts';

const ROOT = join(import.meta.dirname, '..');
const BASE = join(import.meta.dirname, 'fixtures/base');

function astroBuild(projectRoot: string) {
  const work = mkdtempSync(join(tmpdir(), 'aftercare-site-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build', '--outDir', join(work, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, AFTERCARE_ROOT: projectRoot, AFTERCARE_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { ...r, work, html: () => readFileSync(join(work, 'dist/index.html'), 'utf8') };
}

it('astro build lists every entry the CLI loads', { timeout: 120_000 }, () => {
  const build = astroBuild(BASE);
  try {
    expect(build.status, build.stderr).toBe(0);
    const html = build.html();
    const { entries } = loadProject(BASE);
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(html).toContain(`data-collection="${e.collection}" data-id="${e.id}"`);
    expect(html).toContain('示例工程公司');
  } finally {
    rmSync(build.work, { recursive: true, force: true });
  }
});

it('astro build rejects what the schema rejects', { timeout: 120_000 }, () => {
  const project = fixtureProject(BASE);
  writeFileSync(join(project, 'content/team/standard.yaml'), 'name: { zh: 售后服务部 }\nheadcount: "ten"\nmembers: [{ role: lead, count: 1 }]\n');
  const build = astroBuild(project);
  try {
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain('headcount');
  } finally {
    rmSync(build.work, { recursive: true, force: true });
    rmSync(project, { recursive: true, force: true });
  }
});
