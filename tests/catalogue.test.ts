/**
 * The catalogue of non-rule diagnostics (src/diagnostics/catalogue.ts), checked like the
 * rules: every id src/ uses is catalogued, every entry has its docs page, ids are unique
 * and never collide with a rule's.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../src/diagnostics/catalogue.ts';
import { rules } from '../src/rules/index.ts';

const ROOT = join(import.meta.dirname, '..');
const DOCS = join(ROOT, 'docs/errors');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : /\.(ts|mjs|astro)$/.test(name) ? [full] : [];
  });
}

/** String literals shaped like `group/name` outside comments, import specifiers and paths. */
function idsUsedIn(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/\bfrom\s+['"][^'"]+['"]/g, '')
    .replace(/\bimport\(\s*['"][^'"]+['"]\s*\)/g, '');
  return [...code.matchAll(/['"`]([a-z][a-z0-9]*\/[a-z][a-z0-9-]*)['"`]/g)]
    .map((m) => m[1]!)
    // Paths (a folder that may not exist yet, such as the code cache under lib/) are not ids.
    .filter((s) => !existsSync(join(ROOT, s)) && !s.startsWith('lib/'));
}

const ruleIds = new Set(rules.map((r) => r.meta.id));

describe('the catalogue of non-rule diagnostics', () => {
  it('holds every id that src/ uses outside the rules', () => {
    const missing: string[] = [];
    for (const file of [...sources(join(ROOT, 'src')), join(ROOT, 'bin/aftercare.mjs')]) {
      for (const id of idsUsedIn(file)) if (!CATALOGUE.has(id) && !ruleIds.has(id)) missing.push(`${relative(ROOT, file)}: ${id}`);
    }
    expect(missing, 'add these to src/diagnostics/catalogue.ts (with a docs/errors page)').toEqual([]);
  });

  it('never reuses a rule id', () => {
    expect([...CATALOGUE.keys()].filter((id) => ruleIds.has(id))).toEqual([]);
  });

  it.each([...CATALOGUE.values()].map((e) => [e.id, e] as const))('%s has a docs page, a title and a message', (id, entry) => {
    expect(id).toMatch(/^[a-z]+\/[a-z][a-z0-9-]*$/);
    const page = join(DOCS, `${id}.md`);
    expect(existsSync(page), `docs/errors/${id}.md`).toBe(true);
    expect(readFileSync(page, 'utf8').split('\n')[0]).toBe(`# ${id}`);
    expect(entry.title.length).toBeGreaterThan(0);
    expect(entry.message).toBeTruthy();
  });

  it('has no docs page for an id it does not hold', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => {
        const full = join(dir, n);
        if (statSync(full).isDirectory()) return walk(full);
        return n.endsWith('.md') && n !== 'README.md' ? [relative(DOCS, full).replace(/\.md$/, '')] : [];
      });
    expect(walk(DOCS).filter((id) => !CATALOGUE.has(id))).toEqual([]);
  });
});
